/**
 * `pnpm eval [--data DIR] [--verbose] [--json] [filter...]`
 *
 * Runs the extractor over every article in DIR/articles/ that has a gold file in
 * DIR/gold/ (DIR defaults to data/; data/heldout/ holds articles written after the
 * rules, for an honest generality figure) and prints entity and relation precision / recall / F1 per article and
 * overall (micro), plus modality and attribution agreement on matched relations.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadGold, GoldFormatError, type GoldFile } from './gold';
import { ExtractorUnavailableError, loadExtractor } from './extractor';
import { repoRoot } from './paths';
import {
  byPredicate,
  microAverage,
  scoreArticle,
  type ArticleScore,
  type RelationView,
} from './score';
import { fmt, ratio, renderTable } from './table';

interface Options {
  verbose: boolean;
  json: boolean;
  filters: string[];
  checkGold: boolean;
  dataDir: string;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    verbose: false,
    json: false,
    filters: [],
    checkGold: false,
    dataDir: 'data',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') {
      const dir = argv[++i];
      if (!dir) fail('--data needs a folder holding articles/ and gold/');
      opts.dataDir = dir;
    } else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--check-gold') opts.checkGold = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'usage: pnpm eval [--data DIR] [--verbose] [--json] [--check-gold] [filter...]\n' +
          '  Scores the extractor against DIR/gold/*.gold.json (see packages/extract/EVALUATION.md).\n' +
          '  --data DIR  folder with articles/ and gold/ (default data; data/heldout for the held-out set)\n' +
          '  --verbose  list matched, false-positive and false-negative entities and relations\n' +
          '  --json     print the scores as JSON\n' +
          '  --check-gold  only validate the gold files (no extractor needed)\n' +
          '  filter     only articles whose file name contains one of these strings\n',
      );
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}`, 'run pnpm eval --help');
    else opts.filters.push(a);
  }
  return opts;
}

function fail(message: string, hint?: string): never {
  process.stderr.write(`eval: ${message}\n${hint ? `hint: ${hint}\n` : ''}`);
  process.exit(1);
}

const rel = (r: RelationView): string =>
  `${r.subject} ${r.predicate} ${r.object} [${r.modality}${r.attributedTo ? ` by ${r.attributedTo}` : ''}]`;

function printVerbose(s: ArticleScore): void {
  const out: string[] = [`\n== ${s.article}`];
  out.push(`entities matched (${s.entityMatches.length}):`);
  for (const m of s.entityMatches)
    out.push(`  ✓ ${m.type} ${m.gold}${m.predicted !== m.gold ? ` ← "${m.predicted}"` : ''}`);
  out.push(`entity false positives (${s.falsePositiveEntities.length}):`);
  for (const e of s.falsePositiveEntities) out.push(`  + ${e.type} ${e.name}`);
  out.push(`entity false negatives (${s.falseNegativeEntities.length}):`);
  for (const e of s.falseNegativeEntities) out.push(`  - ${e.type} ${e.name}`);
  out.push(`relations matched (${s.matchedRelations.length}):`);
  for (const m of s.matchedRelations) {
    const flags = [
      m.modalityAgrees ? '' : `modality ${m.predicted.modality}≠${m.gold.modality}`,
      m.attributionAgrees
        ? ''
        : `attribution ${m.predicted.attributedTo ?? 'null'}≠${m.gold.attributedTo ?? 'null'}`,
    ].filter(Boolean);
    out.push(`  ✓ ${rel(m.gold)}${flags.length ? `  (${flags.join('; ')})` : ''}`);
  }
  out.push(`relation false positives (${s.falsePositiveRelations.length}):`);
  for (const r of s.falsePositiveRelations) out.push(`  + ${rel(r)}`);
  out.push(`relation false negatives (${s.falseNegativeRelations.length}):`);
  for (const r of s.falseNegativeRelations) out.push(`  - ${rel(r)}`);
  process.stdout.write(out.join('\n') + '\n');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const root = repoRoot();
  const dataDir = resolve(root, opts.dataDir);
  const goldDir = join(dataDir, 'gold');
  const articleDir = join(dataDir, 'articles');
  if (!existsSync(goldDir)) fail(`no gold directory at ${goldDir}`);

  const golds: { gold: GoldFile; path: string }[] = [];
  for (const f of readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const gold = loadGold(join(goldDir, f));
    const path = join(articleDir, gold.article);
    if (basename(f, '.gold.json') !== basename(gold.article, '.txt').replace(/\.x?html?$/, '')) {
      fail(`${f} names article ${gold.article}; the gold file must be <article-stem>.gold.json`);
    }
    if (!existsSync(path)) fail(`${f}: article ${path} does not exist`);
    if (opts.filters.length === 0 || opts.filters.some((x) => gold.article.includes(x))) {
      golds.push({ gold, path });
    }
  }
  if (golds.length === 0) fail('no gold files matched', 'see data/gold/');
  if (opts.checkGold) {
    for (const { gold } of golds) {
      process.stdout.write(
        `ok  ${gold.article}: ${gold.entities.length} entities, ${gold.relations.length} relations\n`,
      );
    }
    return;
  }

  const extractor = await loadExtractor();
  const scores: ArticleScore[] = [];
  const errors: string[] = [];
  for (const { gold, path } of golds) {
    let doc;
    try {
      doc = await extractor.extractDocument(await extractor.readArticle(path));
    } catch (err) {
      errors.push(`${gold.article}: extractor failed: ${(err as Error).message.split('\n')[0]}`);
      doc = { entities: [], relations: [] };
    }
    scores.push(scoreArticle(gold, doc));
  }
  const overall = microAverage(scores);

  if (opts.json) {
    const strip = (s: ArticleScore) =>
      opts.verbose
        ? s
        : {
            article: s.article,
            entities: s.entities,
            relations: s.relations,
            modality: s.modality,
            attribution: s.attribution,
          };
    process.stdout.write(
      JSON.stringify({ articles: scores.map(strip), overall, errors }, null, 2) + '\n',
    );
  } else {
    const header = [
      'article',
      'ent P',
      'ent R',
      'ent F1',
      'ent tp/fp/fn',
      'rel P',
      'rel R',
      'rel F1',
      'rel tp/fp/fn',
      'modality',
      'attrib',
    ];
    const row = (name: string, s: Omit<ArticleScore, 'article'> | typeof overall): string[] => [
      name,
      fmt(s.entities.precision),
      fmt(s.entities.recall),
      fmt(s.entities.f1),
      `${s.entities.tp}/${s.entities.fp}/${s.entities.fn}`,
      fmt(s.relations.precision),
      fmt(s.relations.recall),
      fmt(s.relations.f1),
      `${s.relations.tp}/${s.relations.fp}/${s.relations.fn}`,
      ratio(s.modality.agree, s.modality.matched),
      ratio(s.attribution.agree, s.attribution.matched),
    ];
    const rows = scores.map((s) => row(s.article.replace(/\.txt$/, ''), s));
    rows.push(row('overall (micro)', overall));
    if (opts.verbose) scores.forEach(printVerbose);
    if (opts.verbose) {
      const perPredicate = [...byPredicate(scores)].map(([p, c]) => [
        p,
        fmt(c.precision),
        fmt(c.recall),
        fmt(c.f1),
        `${c.tp}/${c.fp}/${c.fn}`,
      ]);
      process.stdout.write(
        '\nrelations by predicate (all articles)\n' +
          renderTable(['predicate', 'P', 'R', 'F1', 'tp/fp/fn'], perPredicate) +
          '\n',
      );
    }
    process.stdout.write('\n' + renderTable(header, rows) + '\n');
    process.stdout.write(
      '\nmodality / attrib: matched relations whose modality / attributedTo agree with gold.\n',
    );
  }
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => `eval: ${e}`).join('\n') + '\n');
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  if (err instanceof ExtractorUnavailableError || err instanceof GoldFormatError) {
    fail(
      err.message,
      err instanceof ExtractorUnavailableError
        ? 'the extractor is not ready; see packages/extract/src/index.ts'
        : 'fix the gold file; format in packages/extract/EVALUATION.md',
    );
  }
  throw err;
});
