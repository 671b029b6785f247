/**
 * `pnpm eval:conll04 [--json] [--verbose] [--limit N]`
 *
 * Runs the extractor over each sentence of ../shared/datasets/conll04/dev.json (relative
 * to the repository root; CONLL04_DEV overrides the path), maps our predicates onto
 * CoNLL04's five relation types and prints relation micro P/R/F1 overall and per type.
 * The dataset is read at run time and never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  CONLL_TYPES,
  ConllRecordSchema,
  detokenize,
  scoreSentence,
  totalConll,
  predictionsFrom,
  type ConllPrediction,
  type SentenceScore,
} from './conll04';
import { ExtractorUnavailableError, loadExtractor } from './extractor';
import { repoRoot } from './paths';
import { fmt, renderTable } from './table';

function fail(message: string, hint?: string): never {
  process.stderr.write(`eval:conll04: ${message}\n${hint ? `hint: ${hint}\n` : ''}`);
  process.exit(1);
}

function datasetPath(): { path: string | null; tried: string } {
  const fromEnv = process.env.CONLL04_DEV;
  if (fromEnv) return { path: existsSync(fromEnv) ? fromEnv : null, tried: fromEnv };
  const candidates = [
    join(repoRoot(), '../shared/datasets/conll04/dev.json'),
    resolve(process.cwd(), '../shared/datasets/conll04/dev.json'),
  ];
  return { path: candidates.find((p) => existsSync(p)) ?? null, tried: candidates[0]! };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      'usage: pnpm eval:conll04 [--json] [--verbose] [--limit N]\n' +
        '  Relation P/R/F1 of the extractor on CoNLL04 dev (see packages/extract/EVALUATION.md).\n',
    );
    return;
  }
  const json = args.includes('--json');
  const verbose = args.includes('--verbose') || args.includes('-v');
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
  if (li >= 0 && !(limit > 0)) fail('--limit takes a positive number');

  const { path, tried } = datasetPath();
  if (!path) {
    process.stdout.write(
      `eval:conll04: skipped: CoNLL04 dev set not found at ${tried} (set CONLL04_DEV to its path)\n`,
    );
    return;
  }
  const parsed = z.array(ConllRecordSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    fail(`${path} is not in the expected CoNLL04 JSON form: ${parsed.error.issues[0]?.message}`);
  const records = parsed.data.slice(0, limit);

  const extractor = await loadExtractor();
  const scores: SentenceScore[] = [];
  const details: string[] = [];
  let failures = 0;
  const started = Date.now();
  for (const [i, record] of records.entries()) {
    const { text } = detokenize(record.tokens);
    const id = `conll04-dev-${record.orig_id ?? i}`;
    let predictions: ConllPrediction[] = [];
    try {
      const doc = await extractor.extractDocument({
        content: text,
        format: 'text',
        origin: `conll04/dev.json#${record.orig_id ?? i}`,
        // The sentence is body text: a title override stops it being taken for a headline.
        overrides: {
          id,
          title: `CoNLL04 dev sentence ${record.orig_id ?? i}`,
          source: 'CoNLL04 dev',
        },
      });
      predictions = predictionsFrom(doc);
    } catch (err) {
      failures++;
      if (verbose)
        details.push(`! ${id}: extractor failed: ${(err as Error).message.split('\n')[0]}`);
    }
    const s = scoreSentence(record, predictions);
    scores.push(s);
    if (verbose) {
      const gold = record.relations.map((r) => {
        const span = (k: number) => {
          const e = record.entities[k]!;
          return record.tokens.slice(e.start, e.end).join(' ');
        };
        return `${span(r.head)} ${r.type} ${span(r.tail)}`;
      });
      const pred = predictions.map((p) => `${p.head[0]} ${p.type} ${p.tail[0]}`);
      const tp = CONLL_TYPES.reduce((a, t) => a + s.strict[t].tp, 0);
      details.push(
        `${id}: ${text}\n   gold: ${gold.join('; ') || '-'}\n   pred: ${pred.join('; ') || '-'}  (strict tp ${tp})`,
      );
    }
  }
  const totals = totalConll(scores);
  const seconds = (Date.now() - started) / 1000;

  if (json) {
    process.stdout.write(
      JSON.stringify({ dataset: path, failures, seconds, ...totals }, null, 2) + '\n',
    );
    return;
  }
  if (verbose) process.stdout.write(details.join('\n') + '\n');
  const rows: string[][] = [];
  for (const t of [...CONLL_TYPES, 'overall (micro)'] as const) {
    const s = t === 'overall (micro)' ? totals.strict.overall : totals.strict.byType[t];
    const r = t === 'overall (micro)' ? totals.relaxed.overall : totals.relaxed.byType[t];
    rows.push([
      t,
      fmt(s.precision),
      fmt(s.recall),
      fmt(s.f1),
      `${s.tp}/${s.fp}/${s.fn}`,
      fmt(r.precision),
      fmt(r.recall),
      fmt(r.f1),
    ]);
  }
  process.stdout.write(
    `\nCoNLL04 dev: ${totals.sentences} sentences from ${path} (${seconds.toFixed(1)} s${failures ? `, ${failures} extractor failures` : ''})\n\n` +
      renderTable(
        ['relation', 'P', 'R', 'F1', 'tp/fp/fn', 'relaxed P', 'relaxed R', 'relaxed F1'],
        rows,
      ) +
      '\n\nstrict: entity text equal after normalisation; relaxed: one is a whole-word part of the other.\n',
  );
}

main().catch((err: unknown) => {
  if (err instanceof ExtractorUnavailableError)
    fail(err.message, 'the extractor is not ready; see packages/extract/src/index.ts');
  throw err;
});
