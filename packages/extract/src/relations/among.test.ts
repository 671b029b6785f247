import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const members = (text: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(' MEMBER_OF '));

describe('members named through "among"', () => {
  it('reads "Among them was X" with "them" as the group it stands for', () => {
    expect(
      members(
        'Police in Malawi arrested 40 opposition supporters on Monday. ' +
          'Among them was Chikondi Banda, the party’s youth leader, who was held for a week.',
      ),
    ).toEqual(['Chikondi Banda MEMBER_OF supporters']);
  });

  it('reads "Among those transferred was X" as the group named just before', () => {
    expect(
      members(
        'Estonian authorities transferred 23 inmates on Tuesday. ' +
          'Among those transferred was Andres Kask, known as "Hunt".',
      ),
    ).toEqual(['Andres Kask MEMBER_OF inmates']);
  });

  it('reads "Among those detained" as a group the story detained, not the officers named since', () => {
    expect(
      members(
        'Kenyan police arrested 23 people in raids in Mombasa on Tuesday. ' +
          'More than 400 officers searched 31 properties across the county. ' +
          'Among those detained was Peter Odhiambo, 38, known as "Simba".',
      ),
    ).toEqual(['Peter Odhiambo MEMBER_OF people']);
  });

  it('reads "X was among the eleven men moved" and "23 people, among them X and Y"', () => {
    expect(
      members('Marko Vuk, who is serving 20 years, was among the eleven men moved to Spuž.'),
    ).toEqual(['Marko Vuk MEMBER_OF men']);
    expect(
      members('Police arrested 23 people, among them Ivan Horvat and Petar Kovač, on Friday.'),
    ).toEqual(['Ivan Horvat MEMBER_OF people', 'Petar Kovač MEMBER_OF people']);
  });

  it('takes no kinds of people for members, and nothing from "among the countries"', () => {
    expect(
      members('Police arrested 23 people, among them customs officers and dock workers.'),
    ).toEqual([]);
    expect(members('Malta is among the countries that extradite their citizens.')).toEqual([]);
  });
});
