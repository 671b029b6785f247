/**
 * `kg extract <input> [--out graph.json]`: one article (file, URL or - for stdin)
 * → a KG document (JSON) valid under the schema contract.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { assertValidDocument, KgUserError } from '@news-kg/schema';
import { extractDocument, readArticle, type ArticleOverrides } from '@news-kg/extract';
import type { RegisterCommand } from './index';

interface ExtractOptions {
  out?: string;
  title?: string;
  date?: string;
  url?: string;
  id?: string;
  source?: string;
  compact?: boolean;
}

export const registerExtract: RegisterCommand = (program: Command) => {
  program
    .command('extract')
    .description(
      'Extract typed entities and relations (with provenance, modality and dates) from one English news article',
    )
    .argument('<input>', 'article: a .txt or .html file, an http(s) URL, or - for stdin')
    .option('-o, --out <file>', 'write the JSON document here instead of stdout')
    .option('--title <title>', 'article title (overrides the one found in the text)')
    .option('--date <YYYY-MM-DD>', 'publication date, used to resolve "on Friday", "last Saturday"')
    .option('--url <url>', 'canonical URL of the article')
    .option('--id <id>', 'document id (default: a slug of the file name, or of the title and date)')
    .option('--source <source>', 'publisher or source label')
    .option('--compact', 'print JSON on one line')
    .addHelpText(
      'after',
      '\nExamples:\n  pnpm kg extract ../shared/articles/dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt --out graph.json\n  curl -s https://example.org/story | pnpm kg extract - --url https://example.org/story',
    )
    .action(async (input: string, options: ExtractOptions) => {
      if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
        throw new KgUserError(`--date must be YYYY-MM-DD, got "${options.date}"`, {
          hint: 'for example --date 2025-03-21',
        });
      }
      const overrides: ArticleOverrides = {};
      for (const key of ['title', 'date', 'url', 'id', 'source'] as const) {
        if (options[key] !== undefined) overrides[key] = options[key];
      }
      const raw = await readArticle(input, overrides);
      const document = assertValidDocument(extractDocument(raw), 'extracted document');
      const json = `${JSON.stringify(document, null, options.compact ? 0 : 2)}\n`;
      if (options.out) {
        try {
          await writeFile(options.out, json);
        } catch (error) {
          throw new KgUserError(`cannot write ${options.out}: ${(error as Error).message}`, {
            hint: 'check that the directory exists and is writable',
            cause: error,
          });
        }
        const d = document;
        process.stderr.write(
          `wrote ${options.out}: ${d.entities.length} entities, ${d.relations.length} relations\n`,
        );
      } else {
        // `… | head` closes the pipe early; that is not an error.
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') process.exit(0);
          throw error;
        });
        process.stdout.write(json);
      }
    });
};
