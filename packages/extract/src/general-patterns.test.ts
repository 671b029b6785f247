import { describe, expect, it } from 'vitest';
import { entityOf, extractText, relationLines } from './test-support/extract-text';

describe('qualified place names', () => {
  it('keeps "City, State" as an alias of the city', () => {
    const doc = extractText('The singer Marta Quill grew up in Bend, Ore., before moving east.');
    const bend = entityOf(doc, 'Bend');
    expect(bend?.type).toBe('Place');
    expect(bend?.aliases).toContain('Bend, Ore.');
    expect(relationLines(doc)).toContain('Bend LOCATED_IN Oregon');
  });
});

describe('killings', () => {
  const kills = (text: string): string[] =>
    relationLines(
      extractText(`${text} The police said the inquiry would continue for several weeks.`),
    ).filter((l) => l.includes('KILLED'));

  it('reads lethal shootings but not every shooting', () => {
    expect(kills('Omar Reyes fatally shot Lina Park near the harbour.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Lina Park was shot to death by Omar Reyes on Friday.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Omar Reyes shot Lina Park in the leg during the robbery.')).toEqual([]);
  });

  it('reads "X was the man who killed Y" and "X, a drifter who killed Y"', () => {
    expect(kills('Omar Reyes was the man who killed Lina Park.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Omar Reyes, a drifter who killed Lina Park, died in jail.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Omar Reyes met the man who killed Lina Park.')).toEqual([]);
  });

  it('reads killer nouns in appositions', () => {
    expect(kills('Omar Reyes, the assassin of Mayor Lina Park, was hanged.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills("Lina Park's killer, Omar Reyes, was hanged.")).toContain(
      'Omar Reyes KILLED Lina Park',
    );
  });

  it('does not take an adjectival demonym for the subject', () => {
    expect(
      kills('Omar Reyes, a Peruvian immigrant, was convicted of murdering Lina Park.'),
    ).toEqual(['Omar Reyes KILLED Lina Park']);
  });
});
