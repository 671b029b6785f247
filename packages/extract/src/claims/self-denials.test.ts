import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const CHARGE =
  'Kenyan prosecutors charged the businessman John Otieno with drug trafficking on Monday.';

function denials(text: string): string[] {
  return relationLines(extractText(text)).filter((l) => l.includes(' DENIED '));
}

describe("denials in a speaker's own words", () => {
  it('"my client never …" in a lawyer\'s quotation denies the client\'s accuser', () => {
    expect(
      denials(
        `${CHARGE} "My client has never had anything to do with drugs," his lawyer, Mary Wanjiku, told reporters.`,
      ),
    ).toEqual(['Mary Wanjiku DENIED Kenyan prosecutors']);
  });

  it('reads reported speech: "her client had never …", "he had nothing to do with …"', () => {
    expect(
      denials(
        `${CHARGE} His lawyer, Mary Wanjiku, said her client had never had anything to do with drugs.`,
      ),
    ).toEqual(['Mary Wanjiku DENIED Kenyan prosecutors']);
    expect(denials(`${CHARGE} Otieno said he had nothing to do with the drugs.`)).toEqual([
      'John Otieno DENIED Kenyan prosecutors',
    ]);
  });

  it('is no denial when the accuser speaks of the accused, or a quotation is about someone else', () => {
    expect(denials(`${CHARGE} Prosecutors said he had never paid taxes.`)).toEqual([]);
    expect(
      denials(`${CHARGE} "He has never been to Mombasa," said Peter Kamau, a neighbour.`),
    ).toEqual([]);
  });
});
