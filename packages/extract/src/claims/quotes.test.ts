import { describe, expect, it } from 'vitest';
import { extractText } from '../test-support/extract-text';

/** Relations as "subject PREDICATE object modality speaker" lines. */
function stances(text: string): string[] {
  const doc = extractText(text);
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.map(
    (r) =>
      `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)} ${r.modality} ${
        r.attributedTo ? name.get(r.attributedTo) : '-'
      }`,
  );
}

describe('quotations over several sentences', () => {
  it('attributes a sentence of a quotation to the speaker named after it closes', () => {
    expect(
      stances(
        '"The National Police arrested Ana Ruiz without a warrant. They held her at Kira ' +
          'prison for a week," Tom Lee said.',
      ),
    ).toContain('National Police ARRESTED Ana Ruiz claimed Tom Lee');
  });

  it('carries the speaker on to a quotation that opens the next sentence', () => {
    expect(
      stances(
        '"My client is innocent," Tom Lee said. "The National Police arrested Ana Ruiz without a warrant."',
      ),
    ).toContain('National Police ARRESTED Ana Ruiz claimed Tom Lee');
  });

  it('leaves a quotation without a speaker, and the narrator, asserted', () => {
    expect(
      stances('"The National Police arrested Ana Ruiz without a warrant." The case continues.'),
    ).toContain('National Police ARRESTED Ana Ruiz asserted -');
    expect(
      stances(
        '"My client is innocent," Tom Lee said.\n\nThe National Police arrested Ana Ruiz on Monday.',
      ),
    ).toContain('National Police ARRESTED Ana Ruiz asserted -');
  });

  it('reads "this is a political trial" in a quotation as criticism of the court', () => {
    expect(
      stances(
        'The High Court convicted Ana Banda of fraud on Monday. "My client did nothing wrong," ' +
          'Wezi Tembo told reporters. "This is a political trial dressed up as a corruption case."',
      ),
    ).toContain('Wezi Tembo CRITICIZED High Court asserted -');
  });
});

describe("a speaker's own stance", () => {
  it('is an act of speech, not a claim the speaker makes about it', () => {
    expect(stances('Ana Ruiz said she criticised the Justice Ministry.')).toContain(
      'Ana Ruiz CRITICIZED Justice Ministry asserted -',
    );
  });
});
