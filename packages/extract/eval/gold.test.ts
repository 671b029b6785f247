import { describe, expect, it } from 'vitest';
import { GoldFormatError, parseGold } from './gold';

const base = {
  article: 'x.txt',
  entities: [
    { name: 'Ana Ruiz', type: 'Person', aliases: ['Ruiz'] },
    { name: 'Supreme Court', type: 'Court', aliases: [] },
    { name: 'Ruritania', type: 'Country', aliases: [] },
  ],
  relations: [
    {
      subject: 'Ana Ruiz',
      predicate: 'JUDGE_OF',
      object: 'Supreme Court',
      modality: 'asserted',
      attributedTo: null,
    },
  ],
};

const problems = (json: unknown): string[] => {
  try {
    parseGold(json);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(GoldFormatError);
    return (err as GoldFormatError).problems;
  }
};

describe('parseGold', () => {
  it('accepts a well-formed file and defaults aliases', () => {
    const g = parseGold({
      ...base,
      entities: [...base.entities, { name: 'Ruritanian government', type: 'Government' }],
    });
    expect(g.entities[3]!.aliases).toEqual([]);
  });
  it('rejects unknown types, predicates and modalities', () => {
    expect(
      problems({ ...base, entities: [{ name: 'X', type: 'Planet', aliases: [] }], relations: [] }),
    ).toHaveLength(1);
    expect(
      problems({ ...base, relations: [{ ...base.relations[0], predicate: 'LIKES' }] }).join(),
    ).toMatch(/predicate/);
    expect(
      problems({ ...base, relations: [{ ...base.relations[0], modality: 'rumoured' }] }).join(),
    ).toMatch(/modality/);
  });
  it('rejects names that are not gold entities', () => {
    expect(
      problems({ ...base, relations: [{ ...base.relations[0], object: 'High Court' }] }).join(),
    ).toMatch(/"High Court" is not a gold entity/);
    expect(
      problems({
        ...base,
        relations: [{ ...base.relations[0], modality: 'claimed', attributedTo: 'Nobody' }],
      }).join(),
    ).toMatch(/attributedTo "Nobody"/);
  });
  it('rejects subject or object types the predicate does not allow', () => {
    const bad = {
      subject: 'Ruritania',
      predicate: 'JUDGE_OF',
      object: 'Supreme Court',
      modality: 'asserted',
      attributedTo: null,
    };
    expect(problems({ ...base, relations: [bad] }).join()).toMatch(
      /subject "Ruritania" has type Country/,
    );
  });
  it('rejects an alias shared by two entities of one type, and duplicate relations', () => {
    const clash = {
      ...base,
      entities: [...base.entities, { name: 'Luis Ruiz', type: 'Person', aliases: ['ruiz'] }],
    };
    expect(problems(clash).join()).toMatch(/also names Person "Ana Ruiz"/);
    expect(problems({ ...base, relations: [base.relations[0], base.relations[0]] }).join()).toMatch(
      /duplicate/,
    );
  });
  it('rejects an asserted relation with a speaker', () => {
    expect(
      problems({ ...base, relations: [{ ...base.relations[0], attributedTo: 'Ana Ruiz' }] }).join(),
    ).toMatch(/asserted relation has no attributedTo/);
  });
});
