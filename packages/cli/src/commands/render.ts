import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import {
  KgUserError,
  formatIssues,
  mergeDocuments,
  validateDocument,
  type KgDocument,
} from '@news-kg/schema';
import { renderStandaloneHtml, type RenderOptions } from '@news-kg/viz';
import type { RegisterCommand } from './index';

/** Reads and validates one contract document, with one-line errors for the user. */
export function readGraphFile(file: string): KgDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KgUserError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      {
        hint: 'give the path of a graph.json written by `kg extract` or `kg export`',
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KgUserError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const result = validateDocument(json);
  if (!result.ok) {
    throw new KgUserError(`${file} is not a valid KG document: ${formatIssues(result.issues, 3)}`, {
      hint: 'check it against packages/schema/kg-document.schema.json',
    });
  }
  return result.document;
}

/** One document from one or more files (merged on their content-derived ids). */
export function readGraphFiles(files: string[]): KgDocument {
  const docs = files.map(readGraphFile);
  return docs.length === 1 ? docs[0]! : mergeDocuments(docs);
}

export function renderOptions(opts: {
  title?: string;
  layout: string;
  seed?: number;
}): RenderOptions {
  return {
    ...(opts.title ? { title: opts.title } : {}),
    layout: opts.layout as RenderOptions['layout'],
    layoutOptions: opts.seed !== undefined ? { seed: opts.seed } : {},
  };
}

export function layoutOption(): Option {
  return new Option(
    '--layout <where>',
    'compute positions in node (deterministic) or in the browser',
  )
    .choices(['auto', 'node', 'browser'])
    .default('auto');
}

export function seedOption(): Option {
  return new Option('--seed <n>', 'layout seed (same graph + seed = same picture)').argParser(
    (v) => {
      const n = Number(v);
      if (!Number.isInteger(n)) throw new KgUserError(`--seed must be an integer, got "${v}"`);
      return n;
    },
  );
}

export const registerRender: RegisterCommand = (program: Command) => {
  program
    .command('render')
    .description(
      'Write the graph as one self-contained HTML page (Sigma.js view; no server, no network)',
    )
    .argument('<files...>', 'KG documents (graph.json); several are merged into one graph')
    .option('--out <file>', 'write the HTML here (default: standard output)')
    .option('--title <text>', 'page heading (default: the article title)')
    .addOption(layoutOption())
    .addOption(seedOption())
    .option('--json', 'print what was written as JSON')
    .addHelpText(
      'after',
      '\nThe page inlines its script, styles and data; open it from disk, attach it or publish it as is.\n' +
        'Examples:\n  pnpm kg render graph.json --out graph.html\n  pnpm kg render a.json b.json --title "Deportations" --out story.html',
    )
    .action(
      (
        files: string[],
        opts: { out?: string; title?: string; layout: string; seed?: number; json?: boolean },
      ) => {
        const doc = readGraphFiles(files);
        const html = renderStandaloneHtml(doc, renderOptions(opts));
        if (!opts.out) {
          process.stdout.write(html);
          return;
        }
        try {
          writeFileSync(opts.out, html);
        } catch (error) {
          throw new KgUserError(
            `cannot write ${opts.out}: ${(error as NodeJS.ErrnoException).code ?? error}`,
          );
        }
        const summary = {
          out: opts.out,
          bytes: Buffer.byteLength(html),
          entities: doc.entities.length,
          relations: doc.relations.length,
        };
        if (opts.json) console.log(JSON.stringify(summary));
        else
          console.error(
            `wrote ${summary.out} (${Math.round(summary.bytes / 1024)} KiB): ${summary.entities} entities, ${summary.relations} relations`,
          );
      },
    );
};
