import { describe, expect, it } from 'vitest';
import { entityId, relationId, slugify } from './ids';

describe('ids', () => {
  it('slugifies names across accents, punctuation and case', () => {
    expect(slugify('Luiz Inácio Lula da Silva')).toBe('luiz-inacio-lula-da-silva');
    expect(slugify("O'Brien & Sons, Ltd.")).toBe('obrien-sons-ltd');
  });

  it('derives the same entity id from the same name and type only', () => {
    expect(entityId('Person', 'Ana Ruiz')).toBe(entityId('Person', 'ana  ruiz'));
    expect(entityId('Person', 'Georgia')).not.toBe(entityId('Country', 'Georgia'));
    expect(entityId('Place', '!!!')).toBe('place:unnamed');
  });

  it('keeps a claim and its denial apart', () => {
    const base = { subject: 'a', predicate: 'MEMBER_OF', object: 'b', attributedTo: 'c' } as const;
    const claimed = relationId({ ...base, modality: 'claimed' });
    expect(claimed).toMatch(/^rel:[0-9a-f]{16}$/);
    expect(relationId({ ...base, modality: 'claimed' })).toBe(claimed);
    expect(relationId({ ...base, modality: 'denied' })).not.toBe(claimed);
  });
});
