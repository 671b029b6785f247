import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '@news-kg/schema';
import { extractDocument, readArticle } from './index';
import { relationLines } from './test-support/extract-text';

const demo = fileURLToPath(
  new URL(
    '../../../data/articles/dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt',
    import.meta.url,
  ),
);

describe.skipIf(!existsSync(demo))('the demo article', () => {
  it('yields a valid, deterministic document with the facts the issue asks for', async () => {
    const raw = await readArticle(demo);
    const doc = extractDocument(raw);
    expect(validateDocument(doc).ok).toBe(true);
    expect(JSON.stringify(extractDocument(raw))).toBe(JSON.stringify(doc));
    expect(doc.documents[0]).toMatchObject({
      publishedAt: '2025-03-21',
      title: 'Venezuela rejects US crime gang accusations as slur',
    });
    const lines = relationLines(doc);
    for (const expected of [
      'Donald Trump PRESIDENT_OF United States',
      'Donald Trump INVOKED Alien Enemies Act',
      'James Boasberg JUDGE_OF US District Court',
      'Terrorism Confinement Center LOCATED_IN El Salvador',
      'deportees HELD_IN Terrorism Confinement Center',
      'Government of the United States DESIGNATED_AS Tren de Aragua',
      'deportees MEMBER_OF Tren de Aragua [denied by Venezuela]',
    ]) {
      expect(lines).toContain(expected);
    }
    expect(
      lines.some((l) =>
        /^deportees MEMBER_OF Tren de Aragua \[claimed by (United States|Government of the United States)\]$/.test(
          l,
        ),
      ),
    ).toBe(true);
    // credits name a source, never a fact; boilerplate never becomes an entity
    const names = doc.entities.map((e) => e.name);
    expect(names).toContain('Reuters');
    expect(names.join('|')).not.toMatch(/Skip|Sinico|Edited/);
    expect(doc.relations.every((r) => r.evidence.every((e) => e.section !== 'credit'))).toBe(true);
  });
});
