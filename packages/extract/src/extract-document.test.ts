import { describe, expect, it } from 'vitest';
import { validateDocument } from '@news-kg/schema';
import { InputError } from './errors';
import { entityOf, extractText, relationLines } from './test-support/extract-text';

describe('extractDocument: titles and appositions', () => {
  it('links a titled person to the country and portfolio in the title', () => {
    const doc = extractText(
      'Peruvian Interior Minister Rosa Delgado said on Monday that the border would stay open.',
    );
    expect(relationLines(doc)).toContain('Rosa Delgado MINISTER_OF Peru');
    const rel = doc.relations.find((r) => r.predicate === 'MINISTER_OF');
    expect(rel?.qualifiers?.portfolio).toBe('interior');
  });

  it('implies the court from a judge title and locates it', () => {
    const doc = extractText(
      'US District Judge Karen Holloway in Boston on Tuesday blocked the transfer of the prisoners.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Karen Holloway JUDGE_OF US District Court');
    expect(entityOf(doc, 'US District Court')?.type).toBe('Court');
  });

  it('reads "X, the president of Y"', () => {
    const doc = extractText(
      'Protesters booed Andres Molina, the president of Ecuador, during the visit.',
    );
    expect(relationLines(doc)).toContain('Andres Molina PRESIDENT_OF Ecuador');
  });

  it('reads the reverse possessive apposition "Y\'s Justice Minister, X"', () => {
    const doc = extractText(
      "Colombia's Justice Minister, Pedro Aranda, criticized the ruling of the Constitutional Court.",
    );
    expect(relationLines(doc)).toContain('Pedro Aranda MINISTER_OF Colombia');
  });
});

describe('extractDocument: possessives, cue words and acronyms', () => {
  it('locates a prison named with a possessive country and resolves its acronym both ways', () => {
    const doc = extractText(
      "The inmates were moved to Peru's Northern Detention Center (NDC) last week. The NDC, an acronym used by officials, holds 900 prisoners.",
    );
    const prison = entityOf(doc, 'Northern Detention Center');
    expect(prison?.type).toBe('Prison');
    expect(prison?.aliases).toContain('NDC');
    expect(relationLines(doc)).toContain('Northern Detention Center LOCATED_IN Peru');
  });

  it('types names by their head word and by a following cue noun', () => {
    const doc = extractText(
      'Prosecutors said the Red Serpent criminal gang paid officials. Parliament passed the Public Order Act in May.',
    );
    expect(entityOf(doc, 'Red Serpent')?.type).toBe('CriminalOrganization');
    expect(entityOf(doc, 'Public Order Act')?.type).toBe('Law');
  });

  it('defines an acronym from "ABC — an acronym for Long Name"', () => {
    const doc = extractText(
      'The men were sent to the FMP — an acronym for Federal Maximum Prison in Portuguese — on Friday.',
    );
    expect(entityOf(doc, 'Federal Maximum Prison')?.aliases).toContain('FMP');
  });
});

describe('extractDocument: verbs, clauses and frames', () => {
  it('reads active and coordinated verbs with a shared object', () => {
    const doc = extractText('Guatemala received and arrested 40 migrants from Mexico.');
    const lines = relationLines(doc);
    expect(lines).toContain('Guatemala RECEIVED migrants');
    expect(lines).toContain('Guatemala ARRESTED migrants');
  });

  it('reads passives with and without an agent, and reduced relatives', () => {
    const doc = extractText(
      'The detainees were deported to Honduras by Mexico. Detainees held at the Santa Rosa Prison complained about the food.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Mexico DEPORTED detainees');
    expect(lines).toContain('detainees DEPORTED_TO Honduras');
    expect(lines).toContain('detainees HELD_IN Santa Rosa Prison');
  });

  it('reads an object relative clause with a designation', () => {
    const doc = extractText(
      'Police raided the Black Hand cartel, which Mexico has declared a terrorist organization.',
    );
    const rel = doc.relations.find((r) => r.predicate === 'DESIGNATED_AS');
    expect(rel).toBeDefined();
    expect(rel?.qualifiers?.designation).toBe('terrorist organization');
  });

  it('reads noun frames: order against, use of a law, payment from', () => {
    const doc = extractText(
      "Judge Ana Ruiz of the Supreme Court issued an order against the Interior Ministry. The judge criticized Rivera's use of the Public Safety Act.",
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Ana Ruiz ISSUED_ORDER_AGAINST Interior Ministry');
    expect(lines).toContain('Ana Ruiz JUDGE_OF Supreme Court');
  });

  it('keeps an unmapped verb between two named entities as RELATED_TO with the verb', () => {
    const doc = extractText('Carlos Mendez visited Juan Ortega in prison.');
    const rel = doc.relations.find((r) => r.predicate === 'RELATED_TO');
    expect(rel?.qualifiers?.verb).toBe('visit');
  });
});

describe('extractDocument: claims, negation and dates', () => {
  it('attributes reported speech and marks a negated claim as denied', () => {
    const doc = extractText(
      'Honduras on Friday said none of the prisoners had links to the Black Hand gang. The government of Mexico claims the prisoners were members of the Black Hand gang.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('prisoners MEMBER_OF Black Hand [denied by Honduras]');
    expect(lines.some((l) => /prisoners MEMBER_OF Black Hand \[claimed by /.test(l))).toBe(true);
    expect(lines).not.toContain('prisoners MEMBER_OF Black Hand');
  });

  it('marks hedged statements as alleged', () => {
    const doc = extractText('Police arrested 12 men allegedly linked to the Black Hand gang.');
    expect(relationLines(doc)).toContain('men MEMBER_OF Black Hand [alleged]');
  });

  it('never asserts a negated statement', () => {
    const doc = extractText('Chile did not deport the migrants to Peru.');
    for (const r of doc.relations) expect(r.modality).not.toBe('asserted');
  });

  it('resolves weekday dates against the publication date', () => {
    // 2025-03-21 is a Friday
    const doc = extractText('Peru last Saturday deported 30 migrants to Bolivia.');
    const rel = doc.relations.find((r) => r.predicate === 'DEPORTED');
    expect(rel?.date).toBe('2025-03-15');
  });
});

describe('extractDocument: places, origins and other frames', () => {
  it('reads datelines, "X of Y" and "X, the capital of Y"', () => {
    const doc = extractText(
      'Carlos Ruiz, 44, of Springfield, Ill., was arrested by the Federal Police. Arequipa, the capital of the region, hosted the talks.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Springfield LOCATED_IN Illinois');
    expect(lines).toContain('Carlos Ruiz LIVES_IN Springfield');
    expect(lines).toContain('Federal Police ARRESTED Carlos Ruiz');
  });

  it('reads "ordered the killing of X", "his cell in Y" and alliances', () => {
    const doc = extractText(
      'Prosecutors say Mario Vega ordered the killing of a rival, Luis Soto, from his cell in the Northern Penitentiary. The Black Hand gang is allied with the Red Serpent cartel.',
    );
    const lines = relationLines(doc);
    expect(lines.some((l) => l.startsWith('Mario Vega KILLED Luis Soto'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Mario Vega HELD_IN Northern Penitentiary'))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('Mario Vega KILLED Luis Soto [claimed by prosecutors]')),
    ).toBe(true);
    expect(lines).toContain('Black Hand AGREEMENT_WITH Red Serpent');
  });

  it('reads "received money from X" as a payment and a denied accusation as denied', () => {
    const doc = extractText(
      'Senator Ana Ruiz denied accusations that she had received $50,000 from the Black Hand gang.',
    );
    expect(relationLines(doc)).toContain('Black Hand PAID Ana Ruiz [denied by Ana Ruiz]');
  });
});

describe('extractDocument: stances from evaluation', () => {
  it('reads "S said that X ignored …" as an accusation and "called X illegal" as criticism', () => {
    const doc = extractText(
      'Judge Ana Ruiz of the Supreme Court said that the Interior Ministry had ignored her order. The judge called the Interior Ministry illegal and reckless.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Ana Ruiz ACCUSED_OF Interior Ministry');
    expect(lines).toContain('Ana Ruiz CRITICIZED Interior Ministry');
  });

  it('makes an unnamed hired organisation an entity and places it', () => {
    const doc = extractText(
      'The Interior Ministry said it has hired three foreign security firms in Peru.',
    );
    const lines = relationLines(doc);
    expect(lines.some((l) => /HIRED foreign security firms/.test(l))).toBe(true);
    expect(lines.some((l) => /^foreign security firms LOCATED_IN Peru/.test(l))).toBe(true);
  });
});

describe('extractDocument: coreference', () => {
  it('resolves surnames, pronouns and definite descriptions', () => {
    const doc = extractText(
      'Brazilian President Lucia Ferraz met reporters. Ferraz said she would sign the Border Act. The judge, Marcos Lima, was absent.',
    );
    const ferraz = entityOf(doc, 'Lucia Ferraz');
    expect(ferraz?.aliases).toContain('Ferraz');
    expect(
      doc.entities.filter((e) => e.type === 'Person' && e.name.endsWith('Ferraz')),
    ).toHaveLength(1);
  });

  it('turns a capital acting as a speaker into its government, and keeps it a place elsewhere', () => {
    const doc = extractText(
      'Lima has denounced the Black Hand gang. The talks took place in Lima.',
    );
    const gov = entityOf(doc, 'Government of Peru');
    expect(gov?.type).toBe('Government');
    expect(relationLines(doc)).toContain('Government of Peru CRITICIZED Black Hand');
    expect(entityOf(doc, 'Lima')?.type).toBe('Place');
  });

  it('never merges two people who share only a surname', () => {
    const doc = extractText(
      'Maria Costa and Pedro Costa testified. Maria Costa denied the charges.',
    );
    expect(entityOf(doc, 'Maria Costa')).toBeDefined();
    expect(entityOf(doc, 'Pedro Costa')).toBeDefined();
  });
});

describe('extractDocument: provenance, validity and determinism', () => {
  const text =
    'Ecuadorian Interior Minister Ana Vega said on Monday that police had arrested 20 gang members in Quito.';

  it('produces a valid document whose offsets index documents[0].text', () => {
    const doc = extractText(text);
    const result = validateDocument(doc);
    expect(result.ok).toBe(true);
    const stored = doc.documents[0]!.text!;
    for (const e of doc.entities)
      for (const m of e.mentions) expect(stored.slice(m.start, m.end)).toBe(m.text);
    for (const r of doc.relations) for (const ev of r.evidence) expect(ev.rule).toBeTruthy();
  });

  it('is deterministic: two runs are byte-identical', () => {
    expect(JSON.stringify(extractText(text))).toBe(JSON.stringify(extractText(text)));
  });

  it('rejects non-English text and input with no usable text', () => {
    expect(() =>
      extractText(
        'El gobierno anunció ayer una nueva ley de seguridad pública para todo el país y sus ciudadanos.',
      ),
    ).toThrow(InputError);
    expect(() => extractText('1. Skip to content\n2. Skip to main menu\n')).toThrow(InputError);
  });
});
