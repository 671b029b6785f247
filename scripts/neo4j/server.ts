/**
 * The local Neo4j without the CLI around it, for .ci/run and scripts:
 *   tsx scripts/neo4j/server.ts build [--quiet] | start | stop | status
 * `pnpm kg neo4j …` is the same with nicer output; this entry point depends on
 * nothing but packages/neo4j/src/server, so CI can build and clean up even if
 * another command module is broken.
 */
import {
  buildLauncher,
  localNeo4jStatus,
  NOT_RUNNING_EXIT_CODE,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../packages/neo4j/src/server';

const [command, ...flags] = process.argv.slice(2);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

try {
  const t0 = Date.now();
  switch (command) {
    case 'build': {
      const built = await buildLauncher({ quiet: flags.includes('--quiet') });
      console.log(
        built
          ? `Neo4j launcher built in ${seconds(Date.now() - t0)}`
          : 'Neo4j launcher already built',
      );
      break;
    }
    case 'start': {
      const result = await startLocalNeo4j({ onProgress: (line) => console.log(line) });
      console.log(
        result.alreadyRunning
          ? `Neo4j already running (pid ${result.pid})`
          : `Neo4j started (pid ${result.pid}) in ${seconds(result.startupMs)}: ${result.boltUri} ${result.browserUrl} user ${result.user}`,
      );
      break;
    }
    case 'stop': {
      const result = await stopLocalNeo4j();
      console.log(
        result.wasRunning
          ? `Neo4j (pid ${result.pid}) stopped in ${seconds(result.stopMs)}`
          : 'Neo4j not running',
      );
      break;
    }
    case 'status': {
      const status = localNeo4jStatus();
      console.log(status.running ? `Neo4j running (pid ${status.pid})` : 'Neo4j not running');
      if (!status.running) process.exitCode = NOT_RUNNING_EXIT_CODE;
      break;
    }
    default:
      console.error('usage: tsx scripts/neo4j/server.ts build [--quiet] | start | stop | status');
      process.exitCode = 2;
  }
} catch (error) {
  const hint = (error as { hint?: string }).hint;
  console.error(
    `error: ${error instanceof Error ? error.message : String(error)}${hint ? ` (${hint})` : ''}`,
  );
  process.exitCode = 1;
}
