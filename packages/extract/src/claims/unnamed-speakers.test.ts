import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string): string[] => relationLines(extractText(text));

describe('reported speech by a speaker the text leaves unnamed', () => {
  it('keeps "the agency alleges that …" an allegation, not the narrator\'s fact', () => {
    expect(
      lines(
        'Tomas Rek was arrested. The agency alleges that Rek is a member of the Red Hand gang.',
      ),
    ).toContain('Tomas Rek MEMBER_OF Red Hand [alleged]');
  });

  it("still states the narrator's own apposition inside the reported clause as asserted", () => {
    const out = lines(
      'Tomas Rek was arrested. The agency alleges that Rek is a member of the Kestrel Boys, ' +
        'a Tamale-based network.',
    );
    expect(out).toContain('Tomas Rek MEMBER_OF Kestrel Boys [alleged]');
    expect(out).toContain('Kestrel Boys LOCATED_IN Tamale');
  });
});

describe('the neuter pronoun as an object', () => {
  it('does not take a town for "it" in "criticised it"', () => {
    const out = lines(
      'The Harbour Forum, a Tamale-based rights group, met in Tamale. It later criticised it.',
    );
    expect(out.filter((l) => l.endsWith('CRITICIZED Tamale'))).toEqual([]);
  });
});
