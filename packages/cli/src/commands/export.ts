import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { KgUserError, validateDocument, formatIssues, type KgDocument } from '@news-kg/schema';
import { exportDocument, parseParams, withNeo4j, type ExportSelector } from '@news-kg/neo4j';
import {
  EXPORT_FORMATS as FILE_FORMATS,
  isExportFormat,
  renderExport,
  writeExport,
} from '../formats';
import type { RegisterCommand } from './index';

/** Output formats; `--format` picks one (gexf, graphml, csv, cypher come later). */
export const EXPORT_FORMATS: Record<string, (doc: KgDocument) => string> = {
  json: (doc) => `${JSON.stringify(doc, null, 2)}\n`,
};

export const registerExport: RegisterCommand = (program: Command) => {
  program
    .command('export')
    .description(
      'Read the graph back from Neo4j into a KG document (the contract `kg extract` writes)',
    )
    .option('--article <id>', 'only this article: its entities, mentions, relations and evidence')
    .option(
      '--cypher <query>',
      'a read-only query: the entities, relationships, paths and articles it returns',
    )
    .option('--param <k=v>', 'parameter for --cypher (repeatable)', collect, [] as string[])
    .addOption(
      new Option('--format <format>', 'output format')
        .choices([...Object.keys(EXPORT_FORMATS), ...FILE_FORMATS])
        .default('json'),
    )
    .option('--out <file>', 'write here instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  pnpm kg export --out graph.json\n  pnpm kg export --article dw-2025-03-21 --out a.json\n' +
        '  pnpm kg export --cypher "MATCH p=(:Person)-[:HELD_IN]->(:Prison) RETURN p" --out held.json',
    )
    .action(
      async (opts: {
        article?: string;
        cypher?: string;
        param: string[];
        format: string;
        out?: string;
      }) => {
        if (opts.article !== undefined && opts.cypher !== undefined) {
          throw new KgUserError('give --article or --cypher, not both');
        }
        const selector: ExportSelector =
          opts.article !== undefined
            ? { articleId: opts.article }
            : opts.cypher !== undefined
              ? { cypher: opts.cypher, params: parseParams(opts.param) }
              : {};
        const doc = await withNeo4j((driver, conn) =>
          exportDocument(driver, selector, { database: conn.database }),
        );
        const check = validateDocument(doc);
        if (!check.ok) {
          // A bug, not a user error: the graph holds something the contract refuses.
          throw new Error(`exported document is invalid: ${formatIssues(check.issues, 5)}`);
        }
        if (isExportFormat(opts.format)) {
          // gexf, graphml, csv (a folder for neo4j-admin import), cypher: see ../formats.
          if (!opts.out) {
            if (opts.format === 'csv') {
              throw new KgUserError('--format csv writes a folder of files', {
                hint: 'give --out <dir>',
              });
            }
            return void process.stdout.write(renderExport(doc, opts.format));
          }
          const paths = await writeExport(doc, opts.format, opts.out);
          console.error(
            `wrote ${paths.join(', ')}: ${doc.entities.length} entities, ${doc.relations.length} relations`,
          );
          return;
        }
        const text = EXPORT_FORMATS[opts.format]!(doc);
        if (opts.out) {
          writeFileSync(opts.out, text);
          console.error(
            `wrote ${opts.out}: ${doc.documents.length} article(s), ${doc.entities.length} entities, ${doc.relations.length} relations`,
          );
        } else process.stdout.write(text);
      },
    );
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
