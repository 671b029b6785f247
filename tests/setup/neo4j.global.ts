/**
 * Global setup of the `int` vitest project (and of nothing else): makes sure a
 * real Neo4j answers before the integration tests run.
 *
 * - NEO4J_URI set: use that server as is (Docker neo4j:5, Aura, …); nothing is started.
 * - otherwise: start the project's own server (`pnpm kg neo4j start`) unless it
 *   already runs, and stop it afterwards only if this setup started it.
 *
 * The connection is handed to the tests with `inject('neo4j')`.
 */
import type { TestProject } from 'vitest/node';
import {
  resolveConnection,
  type Neo4jConnection,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '@news-kg/neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let startedHere = false;
  if (!process.env.NEO4J_URI) {
    const result = await startLocalNeo4j({
      quietBuild: process.env.CI === 'true',
      onProgress: (line) => console.log(`[neo4j] ${line}`),
    });
    startedHere = !result.alreadyRunning;
    console.log(
      result.alreadyRunning
        ? `[neo4j] using the running local server (pid ${result.pid}) at ${result.boltUri}`
        : `[neo4j] started the local server (pid ${result.pid}) in ${(result.startupMs / 1000).toFixed(1)} s at ${result.boltUri}`,
    );
  } else {
    console.log(`[neo4j] NEO4J_URI is set: testing against ${process.env.NEO4J_URI}`);
  }
  project.provide('neo4j', resolveConnection());

  return async () => {
    if (!startedHere) return;
    const stopped = await stopLocalNeo4j();
    console.log(`[neo4j] stopped the local server in ${(stopped.stopMs / 1000).toFixed(1)} s`);
  };
}
