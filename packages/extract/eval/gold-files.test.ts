/**
 * The committed gold files are valid, and the scorer gives a document that states
 * exactly the gold (under its canonical names, or under its first alias) a perfect score.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from './gold';
import { goldToDocument } from './gold-to-document';
import { repoRoot } from './paths';
import { scoreArticle } from './score';

const goldDirs = [
  join(repoRoot(), 'data/gold'),
  join(repoRoot(), 'data/heldout/gold'),
  join(repoRoot(), 'data/heldout2/gold'),
  join(repoRoot(), 'data/heldout3/gold'),
  join(repoRoot(), 'data/heldout4/gold'),
  join(repoRoot(), 'data/heldout5/gold'),
  join(repoRoot(), 'data/heldout6/gold'),
  join(repoRoot(), 'data/heldout7/gold'),
  join(repoRoot(), 'data/heldout8/gold'),
  join(repoRoot(), 'data/heldout9/gold'),
  join(repoRoot(), 'data/heldout10/gold'),
  join(repoRoot(), 'data/heldout11/gold'),
  join(repoRoot(), 'data/heldout12/gold'),
  join(repoRoot(), 'data/heldout13/gold'),
];
const goldFiles = (dir: string): string[] =>
  readdirSync(dir).filter((f) => f.endsWith('.gold.json'));

describe('gold files', () => {
  it('data/gold has gold for at least five articles, the held-out sets for three and six each', () => {
    expect(goldFiles(goldDirs[0]!).length).toBeGreaterThanOrEqual(5);
    expect(goldFiles(goldDirs[1]!).length).toBeGreaterThanOrEqual(3);
    expect(goldFiles(goldDirs[2]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[3]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[4]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[5]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[6]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[7]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[8]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[9]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[10]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[11]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[12]!).length).toBeGreaterThanOrEqual(6);
    expect(goldFiles(goldDirs[13]!).length).toBeGreaterThanOrEqual(6);
  });
});

for (const dir of goldDirs) describeGoldDir(dir);

function describeGoldDir(dir: string): void {
  const files = goldFiles(dir);
  describe(dir.slice(repoRoot().length + 1), () => {
    for (const f of files) {
      it(`${f} is valid and scores 1.0 against itself`, () => {
        const gold = loadGold(join(dir, f));
        const s = scoreArticle(gold, goldToDocument(gold));
        expect(s.entities).toMatchObject({ fp: 0, fn: 0 });
        expect(s.relations).toMatchObject({ fp: 0, fn: 0 });
        expect(s.modality.agree).toBe(gold.relations.length);
        expect(s.attribution.agree).toBe(gold.relations.length);
      });

      it(`${f}: entities named by an alias still match`, () => {
        const gold = loadGold(join(dir, f));
        const doc = goldToDocument(gold);
        for (const e of doc.entities) {
          const alias = e.aliases[0];
          if (alias) e.name = alias;
        }
        const s = scoreArticle(gold, doc);
        expect(s.entities.fn).toBe(0);
        expect(s.relations.fn).toBe(0);
      });
    }
  });
}
