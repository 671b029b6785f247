import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { KgUserError, formatIssues, validateDocument, type KgDocument } from '@news-kg/schema';
import { DEFAULT_BATCH_SIZE, loadValidDocuments, withNeo4j } from '@news-kg/neo4j';
import type { RegisterCommand } from './index';

export const registerLoad: RegisterCommand = (program: Command) => {
  program
    .command('load')
    .description(
      'Validate KG documents (graph.json) and load them into Neo4j: batched, idempotent, one article at a time atomically',
    )
    .argument('<files...>', 'contract documents written by `kg extract` (- reads standard input)')
    .addOption(
      new Option('--batch-size <rows>', 'rows (entities + relations) per transaction')
        .default(DEFAULT_BATCH_SIZE)
        .argParser(positiveInt),
    )
    .addOption(
      new Option('--concurrency <n>', 'transactions in flight at once (whole articles each)')
        .default(1)
        .argParser(positiveInt),
    )
    .option('--force', 're-write articles even when their content is already loaded')
    .option('--json', 'print the load statistics as JSON')
    .addHelpText(
      'after',
      '\nEvery file is validated before anything is written; an invalid one refuses the whole load.\n' +
        'Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, or the local server (`pnpm kg neo4j start`).',
    )
    .action(
      async (
        files: string[],
        opts: { batchSize: number; concurrency: number; force?: boolean; json?: boolean },
      ) => {
        const docs = files.map(readDocument);
        const bar =
          process.stderr.isTTY && !opts.json
            ? new SingleBar({
                format: 'loading [{bar}] {value}/{total} batches',
                stream: process.stderr,
              })
            : undefined;
        const stats = await withNeo4j((driver, conn) =>
          loadValidDocuments(driver, docs, {
            database: conn.database,
            batchSize: opts.batchSize,
            concurrency: opts.concurrency,
            force: opts.force,
            onBatch: ({ batch, batches }) => {
              if (!bar) return;
              if (batch === 1) bar.start(batches, 0);
              bar.update(batch);
            },
          }),
        ).finally(() => bar?.stop());
        if (opts.json) {
          console.log(JSON.stringify(stats, null, 2));
          return;
        }
        const rate = stats.relationshipsCreated / Math.max(stats.ms / 1000, 1e-3);
        console.log(
          `loaded ${stats.articles} article(s): ${stats.created} new, ${stats.replaced} replaced, ` +
            `${stats.unchanged} unchanged; ${stats.relationshipsCreated} relationships created, ` +
            `${stats.relationshipsDeleted} deleted, ${stats.nodesCreated} nodes created in ` +
            `${stats.batches} batch(es), ${(stats.ms / 1000).toFixed(2)} s (${Math.round(rate)} rel/s)`,
        );
      },
    );
};

function readDocument(file: string): KgDocument {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (error) {
    throw new KgUserError(`cannot read ${file}: ${(error as Error).message.split('\n')[0]}`, {
      hint: 'give the path of a graph.json written by `pnpm kg extract`',
    });
  }
  const result = validateDocument(input);
  if (!result.ok) {
    throw new KgUserError(
      `${file} is invalid, nothing was loaded: ${formatIssues(result.issues, 8)}`,
      {
        hint: 'fix the listed paths or re-run `pnpm kg extract`',
      },
    );
  }
  return result.document;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new KgUserError(`expected a positive integer, not "${value}"`);
  return n;
}
