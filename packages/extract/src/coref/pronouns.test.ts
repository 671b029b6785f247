import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

/** Person pronouns on invented sentences. */
describe('person pronouns', () => {
  it('takes the named person, not a possessive pronoun, as the subject of "His lawyer, X, said"', () => {
    const lines = relationLines(
      extractText(
        'Marco Petrov was arrested in Sofia in May. ' +
          'His lawyer, Irina Vasova, said the charges were false. ' +
          'She criticized the Bulgarian Interior Ministry.',
      ),
    );
    expect(lines).toContain('Irina Vasova CRITICIZED Bulgarian Interior Ministry');
    expect(lines).not.toContain('Marco Petrov CRITICIZED Bulgarian Interior Ministry');
  });

  it('keeps a subject "he" on the earlier subject when only a possessive intervenes', () => {
    const lines = relationLines(
      extractText(
        'Marco Petrov was arrested in Sofia in May. His lawyer said the charges were false. ' +
          'He criticized the Bulgarian Interior Ministry.',
      ),
    );
    expect(lines).toContain('Marco Petrov CRITICIZED Bulgarian Interior Ministry');
  });

  it('does not resolve "he" in the "that" clause of an order to whoever gave the order', () => {
    expect(
      relationLines(
        extractText(
          'Viktor Hale was arrested in Lagos in May. On Monday he appeared before Judge Ama Owusu ' +
            'in Accra, who ordered that he be held at Kirikiri Prison.',
        ),
      ),
    ).toContain('Viktor Hale HELD_IN Kirikiri Prison');
    const lines = relationLines(
      extractText(
        'Judge Ama Owusu heard the case of Viktor Hale on Monday. ' +
          'She ruled that he be detained at Kirikiri Prison.',
      ),
    );
    expect(lines).toContain('Viktor Hale HELD_IN Kirikiri Prison');
    expect(lines).not.toContain('Ama Owusu HELD_IN Kirikiri Prison');
  });

  it('still resolves "he" in a "that" clause of speech to the speaker', () => {
    const lines = relationLines(
      extractText(
        'Judge Ama Owusu of Ghana spoke on Monday. She said that she had criticized the Ghanaian Interior Ministry.',
      ),
    );
    // (her own criticism is an act of speech, asserted, not a claim of hers)
    expect(lines).toContain('Ama Owusu CRITICIZED Ghanaian Interior Ministry');
  });
});

describe('pronouns and gender', () => {
  it('never makes a woman "he" or a man "she"', () => {
    const doc = extractText(
      'US District Judge Carol Baines sentenced Ivo Brandt to 12 years. He had been held at the Vardo Prison in Brooklyn.',
    );
    const held = relationLines(doc).filter((l) => l.includes(' HELD_IN '));
    expect(held).toContain('Ivo Brandt HELD_IN Vardo Prison');
    expect(held.filter((l) => l.startsWith('Carol Baines'))).toEqual([]);
  });

  it('reads the given name after a family name that opens the name ("Nguyen Thi Lan")', () => {
    const doc = extractText(
      'Tran Van Duc is wanted in Vietnam. Police arrested him on Monday. Nguyen Thi Lan, his lawyer, said she would appeal.',
    );
    expect(relationLines(doc)).toContain('Police ARRESTED Tran Van Duc');
    const lan = doc.entities.find((e) => e.name === 'Nguyen Thi Lan');
    expect(lan?.mentions.some((m) => m.text === 'she')).toBe(true);
  });

  it('takes a stated cue over the given name ("spokeswoman Jean Lund")', () => {
    const doc = extractText(
      'Ministry spokeswoman Jean Lund met Karl Brandt on Monday. She said the talks went well.',
    );
    const lund = doc.entities.find((e) => e.name === 'Jean Lund');
    expect(lund?.mentions.some((m) => m.text === 'She')).toBe(true);
  });
});

describe('"him" in a clause of its own', () => {
  it('may be the subject of the sentence around the clause', () => {
    const lines = relationLines(
      extractText(
        'Police arrested Mathews Rama and Peter Dube. Rama has always denied the allegation that ' +
          'Thabeng Civils paid him 47 million rand.',
      ),
    );
    expect(lines.some((l) => l.startsWith('Thabeng Civils PAID Mathews Rama'))).toBe(true);
    expect(
      relationLines(
        extractText(
          'Ernesto Mabunda appeared before a judge of the Maputo City Court, who formally charged him with kidnapping.',
        ),
      ),
    ).toContain('Maputo City Court CHARGED Ernesto Mabunda');
  });

  it('may be the object of the verb before it, when a body is the subject', () => {
    expect(
      relationLines(
        extractText('The Interior Ministry detained Tomas Vell, accusing him of spying.'),
      ),
    ).toContain('Interior Ministry ACCUSED_OF Tomas Vell');
  });

  it('is never the subject of its own clause', () => {
    expect(
      relationLines(
        extractText(
          'Juan Soto met Pedro Ruiz in the capital on Monday. Soto later praised him in a statement to the press.',
        ),
      ),
    ).toContain('Juan Soto SUPPORTED Pedro Ruiz');
  });
});

describe('"they" after people coordinated with "and"', () => {
  it('gives each coordinated person the relation, and outputs no group for them', () => {
    const doc = extractText(
      'The court jailed Ana Ruiz and Juan Soto on Monday. They were taken to Gldani Prison.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Ana Ruiz TRANSFERRED_TO Gldani Prison');
    expect(lines).toContain('Juan Soto TRANSFERRED_TO Gldani Prison');
    expect(doc.entities.some((e) => e.type === 'Group')).toBe(false);
  });

  it('prefers a group named after the coordination', () => {
    const lines = relationLines(
      extractText(
        'Ana Ruiz and Juan Soto met the activists on Monday. They were taken to Gldani Prison.',
      ),
    );
    expect(lines).toContain('activists TRANSFERRED_TO Gldani Prison');
    expect(lines).not.toContain('Ana Ruiz TRANSFERRED_TO Gldani Prison');
  });
});

describe('a pronoun held or moved after an official acted', () => {
  it('is the person acted on, not the judge who acted', () => {
    const lines = relationLines(
      extractText(
        'Mari Tamm, a reporter, was detained by police in Tallinn on Saturday. ' +
          'Investigating judge Liis Kask charged her on Monday with incitement. ' +
          'She was moved on Tuesday to Harku Prison.',
      ),
    );
    expect(lines).toContain('Mari Tamm TRANSFERRED_TO Harku Prison');
    expect(lines.some((l) => l.startsWith('Liis Kask TRANSFERRED_TO'))).toBe(false);
  });
});

describe('"its" after an acronym subject', () => {
  it('is the body the acronym names, not a thing named before', () => {
    const lines = relationLines(
      extractText(
        'Ana Banda, a member of the United Renewal Front (URF), was jailed by the High Court. ' +
          'Her lawyer spoke outside the High Court. The URF sees it differently. ' +
          'Its secretary general, Grace Mwale, said the party would appeal.',
      ),
    );
    expect(lines).toContain('Grace Mwale LEADS United Renewal Front');
    expect(lines).not.toContain('Grace Mwale LEADS High Court');
  });
});

describe('"its" before a role after a quotation', () => {
  it('is the body named before the quotation, not a country or government it mentions', () => {
    const lines = relationLines(
      extractText(
        'The Regional Court jailed Ana Ruiz for fraud. The Clean Hands Forum, which had joined ' +
          'the case, welcomed the ruling. "For years, Ruritanian voters have watched the ' +
          'government of France look away," said its president, Marta Lind.',
      ),
    );
    expect(lines).toContain('Marta Lind PRESIDENT_OF Clean Hands Forum');
    expect(
      lines.filter((l) => /^Marta Lind (PRESIDENT_OF|LEADS) (France|Government)/.test(l)),
    ).toEqual([]);
  });
});

describe('"its" after a quotation that closes the sentence before', () => {
  it('is the body that spoke before the quotation, not the last body named', () => {
    expect(
      relationLines(
        extractText(
          'The Land Rights Network said 11 villagers had been summoned by provincial police. "If they can arrest a journalist, what will they do to us?" said its director, Ana Sok.',
        ),
      ),
    ).toContain('Ana Sok LEADS Land Rights Network');
  });
});
