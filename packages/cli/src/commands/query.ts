import type { Command } from 'commander';
import Table from 'cli-table3';
import { KgUserError } from '@news-kg/schema';
import {
  formatCell,
  getSavedQuery,
  listSavedQueries,
  parseParams,
  runQuery,
  savedQueryParams,
  withNeo4j,
} from '@news-kg/neo4j';
import type { RegisterCommand } from './index';

export const registerQuery: RegisterCommand = (program: Command) => {
  program
    .command('query')
    .description('Run Cypher (or a saved query from packages/neo4j/queries) and print a table')
    .argument('[cypher]', 'the query text')
    .option('--name <saved>', 'run a saved query by name (see --list)')
    .option(
      '--param <k=v>',
      'query parameter, repeatable; integers and JSON are parsed',
      collect,
      [] as string[],
    )
    .option('--list', 'list the saved queries and their parameters')
    .option('--write', 'allow the query to write (queries run read-only by default)')
    .option('--json', 'print the rows as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  pnpm kg query --list\n  pnpm kg query --name connected-to-facility --param name=CECOT\n' +
        '  pnpm kg query "MATCH (e:Person) RETURN e.name, size(e.aliases) AS aliases LIMIT $n" --param n=5 --json',
    )
    .action(
      async (
        cypher: string | undefined,
        opts: { name?: string; param: string[]; list?: boolean; write?: boolean; json?: boolean },
      ) => {
        if (opts.list) {
          const saved = listSavedQueries();
          if (opts.json) {
            console.log(
              JSON.stringify(
                saved.map(({ cypher: _c, file: _f, ...q }) => q),
                null,
                2,
              ),
            );
            return;
          }
          const table = new Table({
            head: ['name', 'question', 'parameters'],
            wordWrap: true,
            colWidths: [26, 60, 50],
            style: tableStyle(),
          });
          for (const q of saved) {
            table.push([
              q.name,
              q.title,
              q.params.map((p) => `${p.name}: ${p.description}`).join('\n'),
            ]);
          }
          console.log(table.toString());
          return;
        }
        if ((cypher === undefined) === (opts.name === undefined)) {
          throw new KgUserError('give either a Cypher query or --name <saved-query>', {
            hint: 'see `pnpm kg query --list`',
          });
        }
        let params = parseParams(opts.param);
        let text = cypher ?? '';
        if (opts.name !== undefined) {
          const saved = getSavedQuery(opts.name);
          params = savedQueryParams(saved, params);
          text = saved.cypher;
        }
        const result = await withNeo4j((driver, conn) =>
          runQuery(driver, text, params, { database: conn.database, write: opts.write }),
        );
        if (opts.json) {
          console.log(JSON.stringify(result.rows, null, 2));
          return;
        }
        if (!result.rows.length) {
          console.log('(no rows)');
          return;
        }
        const table = new Table({ head: result.keys, style: tableStyle() });
        for (const row of result.rows) table.push(result.keys.map((k) => formatCell(row[k])));
        console.log(table.toString());
        console.log(`${result.rows.length} row(s)`);
      },
    );
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Colours only on a terminal, so piped output and logs stay plain. */
function tableStyle() {
  return process.stdout.isTTY && !process.env.NO_COLOR ? {} : { head: [], border: [] };
}
