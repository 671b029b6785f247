import type { Driver } from 'neo4j-driver';
import { collectEntities, removeContributions } from './load';
import type { DbOptions } from './setup';

export interface UnloadStats {
  /** Article ids that were found and removed. */
  removed: string[];
  /** Article ids that were not in the graph. */
  missing: string[];
  relationshipsDeleted: number;
  nodesDeleted: number;
}

/**
 * Removes what each article contributed, in one transaction: its mentions, its
 * relationships, the Article node, and every entity no other article supports.
 * Relationships and entities other articles also state are kept (with their aliases
 * recomputed from the remaining articles).
 */
export async function unloadArticles(
  driver: Driver,
  articleIds: string[],
  options: DbOptions = {},
): Promise<UnloadStats> {
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(async (tx) => {
      const stats: UnloadStats = {
        removed: [],
        missing: [],
        relationshipsDeleted: 0,
        nodesDeleted: 0,
      };
      const run = async (cypher: string, params: Record<string, unknown>) => {
        const res = await tx.run(cypher, params);
        const c = res.summary.counters.updates();
        stats.relationshipsDeleted += c.relationshipsDeleted;
        stats.nodesDeleted += c.nodesDeleted;
        return res;
      };
      const found = await run(
        'UNWIND $ids AS id MATCH (a:Article {id: id}) SET a.unloading = true RETURN a.id AS id',
        { ids: articleIds },
      );
      stats.removed = found.records.map((r) => r.get('id') as string);
      stats.missing = articleIds.filter((id) => !stats.removed.includes(id));
      if (!stats.removed.length) return stats;
      const touched = await removeContributions(run, stats.removed);
      await run('UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a', {
        ids: stats.removed,
      });
      if (touched.length) await collectEntities(run, touched);
      return stats;
    });
  } finally {
    await session.close();
  }
}
