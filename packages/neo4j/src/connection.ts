import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { KgUserError } from '@news-kg/schema';
import { LOCAL_PASSWORD_FILE, localNeo4jHome } from './paths';

export const LOCAL_BOLT_URI = 'bolt://127.0.0.1:7687';
export const LOCAL_BROWSER_URL = 'http://127.0.0.1:7474/browser/';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Undefined means the server's default database. */
  database: string | undefined;
  /** True for the project's own server (`pnpm kg neo4j start`), false when NEO4J_URI points elsewhere. */
  local: boolean;
}

/**
 * NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) selects any Neo4j 5 server;
 * without it, the project's local server and its generated password are used.
 */
export function resolveConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      local: false,
    };
  }
  return {
    uri: LOCAL_BOLT_URI,
    user: 'neo4j',
    password: env.NEO4J_PASSWORD ?? readLocalPassword(),
    database: env.NEO4J_DATABASE || undefined,
    local: true,
  };
}

function readLocalPassword(): string {
  const file = join(localNeo4jHome(), LOCAL_PASSWORD_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    // No password yet means the local server was never started; connecting
    // will fail with the "start it" hint from describeNeo4jError.
    return '';
  }
}

/** A driver that never logs credentials; callers close it. */
export function createDriver(conn: Neo4jConnection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxConnectionPoolSize: 20,
  });
}

/** Opens a driver and proves the server answers, or throws a one-line KgUserError. */
export async function openDriver(conn: Neo4jConnection = resolveConnection()): Promise<Driver> {
  const driver = createDriver(conn);
  try {
    await driver.verifyConnectivity(conn.database ? { database: conn.database } : {});
    // verifyConnectivity does not prove that a named database exists; a query does.
    if (conn.database) await driver.executeQuery('RETURN 1', {}, { database: conn.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw describeNeo4jError(error, conn);
  }
}

/** Maps driver errors to messages naming the URI and the fix; never includes the password. */
export function describeNeo4jError(error: unknown, conn: Neo4jConnection): KgUserError {
  const code = (error as { code?: string }).code ?? '';
  const startHint = conn.local
    ? 'start it with `pnpm kg neo4j start`'
    : 'check NEO4J_URI and that the server is running';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new KgUserError(`cannot reach Neo4j at ${conn.uri}`, { hint: startHint, cause: error });
  }
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new KgUserError(`Neo4j at ${conn.uri} refused the credentials for user "${conn.user}"`, {
      hint: conn.local
        ? 'unset NEO4J_PASSWORD to use the generated password in .neo4j/password'
        : 'check NEO4J_USER and NEO4J_PASSWORD',
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgUserError(
      `Neo4j at ${conn.uri} has no database "${conn.database ?? '(default)'}"`,
      {
        hint: 'check NEO4J_DATABASE, or create the database',
        cause: error,
      },
    );
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new KgUserError(`Neo4j at ${conn.uri} refused a write in a read-only query`, {
      hint: 'queries run read-only; add --write to `pnpm kg query` to allow writes',
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Schema')) {
    return new KgUserError(`Neo4j at ${conn.uri} refused the query: ${message}`, {
      hint: 'check the Cypher and its --param values',
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Transaction.Terminated') {
    return new KgUserError(`Neo4j at ${conn.uri} terminated the transaction: ${message}`, {
      hint: 'nothing of the interrupted batch was kept; run the command again',
      cause: error,
    });
  }
  return new KgUserError(`Neo4j at ${conn.uri} failed: ${message}`, {
    hint: startHint,
    cause: error,
  });
}
