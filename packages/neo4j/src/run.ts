import type { Driver } from 'neo4j-driver';
import { KgUserError } from '@news-kg/schema';
import {
  describeNeo4jError,
  openDriver,
  resolveConnection,
  type Neo4jConnection,
} from './connection';

/**
 * Opens a driver for `conn`, runs `work`, closes the driver. Driver failures (lost
 * connection, refused credentials, unknown database) become one-line KgUserErrors
 * naming the URI and the fix; query errors keep the server's first line.
 */
export async function withNeo4j<T>(
  work: (driver: Driver, conn: Neo4jConnection) => Promise<T>,
  conn: Neo4jConnection = resolveConnection(),
): Promise<T> {
  const driver = await openDriver(conn);
  try {
    return await work(driver, conn);
  } catch (error) {
    if (error instanceof KgUserError) throw error;
    if (isDriverError(error)) throw describeNeo4jError(error, conn);
    throw error;
  } finally {
    await driver.close();
  }
}

function isDriverError(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    error.name === 'Neo4jError'
  );
}
