import type { Driver } from 'neo4j-driver';
import { ARTICLE_LABEL, ENTITY_LABEL } from './model';

/** Names of the schema objects the loader relies on. */
export const SCHEMA_STATEMENTS = [
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:${ENTITY_LABEL}) REQUIRE e.id IS UNIQUE`,
  `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) REQUIRE a.id IS UNIQUE`,
  // Eventually consistent: Lucene is updated just after commit, in the background, instead
  // of inside it (commits of 1000-row batches were ~3x slower with it synchronous).
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:${ENTITY_LABEL}) ON EACH [e.name, e.aliases]
   OPTIONS {indexConfig: {\`fulltext.eventually_consistent\`: true}}`,
] as const;

export interface DbOptions {
  /** Database name; undefined means the server's default. */
  database?: string | undefined;
}

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function ensureSchema(driver: Driver, options: DbOptions = {}): Promise<void> {
  const session = driver.session({ database: options.database });
  try {
    // An entity_names index made before it was eventually consistent is rebuilt once.
    const ft = await session.run(
      `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names'
       RETURN options.indexConfig['fulltext.eventually_consistent'] AS ec`,
    );
    if (ft.records.length && ft.records[0]!.get('ec') !== true) {
      await session.run('DROP INDEX entity_names IF EXISTS');
    }
    // Range indexes on type and name were dropped from the model: the type labels already
    // index types, name look-ups go through entity_names, and each index costs every write.
    await session.run('DROP INDEX entity_type IF EXISTS');
    await session.run('DROP INDEX entity_name IF EXISTS');
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
