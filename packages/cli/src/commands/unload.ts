import type { Command } from 'commander';
import { KgUserError } from '@news-kg/schema';
import { unloadArticles, withNeo4j } from '@news-kg/neo4j';
import type { RegisterCommand } from './index';

export const registerUnload: RegisterCommand = (program: Command) => {
  program
    .command('unload')
    .description(
      'Remove what articles contributed to Neo4j: their mentions, relations and the entities no other article supports',
    )
    .argument('<articleIds...>', 'article ids (documents[].id in the KG document)')
    .option('--json', 'print what was removed as JSON')
    .action(async (articleIds: string[], opts: { json?: boolean }) => {
      const stats = await withNeo4j((driver, conn) =>
        unloadArticles(driver, articleIds, { database: conn.database }),
      );
      if (opts.json) console.log(JSON.stringify(stats, null, 2));
      else
        console.log(
          `unloaded ${stats.removed.length} article(s): ${stats.relationshipsDeleted} relationships and ` +
            `${stats.nodesDeleted} nodes deleted`,
        );
      if (stats.missing.length) {
        throw new KgUserError(`not in the graph: ${stats.missing.join(', ')}`, {
          hint: 'list loaded articles with `pnpm kg query "MATCH (a:Article) RETURN a.id, a.title"`',
        });
      }
    });
};
