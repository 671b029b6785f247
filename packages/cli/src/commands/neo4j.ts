import { relative } from 'node:path';
import type { Command } from 'commander';
import {
  buildLauncher,
  localBoltAnswers,
  localNeo4jPassword,
  localNeo4jStatus,
  localPortsInUse,
  NOT_RUNNING_EXIT_CODE,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jStatus,
} from '@news-kg/neo4j';
import { KgUserError } from '@news-kg/schema';
import type { RegisterCommand } from './index';

const shown = (file: string): string => relative(process.cwd(), file) || file;

function describe(status: LocalNeo4jStatus): string[] {
  return [
    `  Bolt:      ${status.boltUri}`,
    `  Browser:   ${status.browserUrl}`,
    `  User:      ${status.user}`,
    `  Password:  kept in ${shown(status.passwordFile)} (\`pnpm kg neo4j password\` prints it)`,
    `  Log:       ${shown(status.logFile)}`,
  ];
}

function remoteNote(): string | undefined {
  return process.env.NEO4J_URI
    ? `note: NEO4J_URI is set (${process.env.NEO4J_URI}), so the other commands and tests use that server, not this one`
    : undefined;
}

const print = (json: boolean, data: unknown, lines: (string | undefined)[]): void => {
  if (json) console.log(JSON.stringify(data, null, 2));
  else for (const line of lines) if (line !== undefined) console.log(line);
};

export const registerNeo4j: RegisterCommand = (program: Command) => {
  const neo4j = program
    .command('neo4j')
    .description(
      "Run the project's own Neo4j 5.26 (Bolt 127.0.0.1:7687, Browser http://127.0.0.1:7474/browser/)",
    )
    .addHelpText(
      'after',
      '\nData, log, pid and the generated password live in .neo4j/ (git-ignored).\n' +
        'Set NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to use another Neo4j 5 instead.',
    );

  neo4j
    .command('start')
    .description(
      'Build the launcher if needed (Maven), start Neo4j in the background and wait until Bolt answers',
    )
    .option('--timeout <seconds>', 'how long to wait for Bolt to answer', '180')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { timeout: string; json?: boolean }) => {
      const timeoutMs = Number(opts.timeout) * 1000;
      if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
        throw new KgUserError(
          `--timeout must be a positive number of seconds, not "${opts.timeout}"`,
        );
      }
      const result = await startLocalNeo4j({
        timeoutMs,
        onProgress: opts.json ? undefined : (line) => console.error(line),
      });
      const headline = result.alreadyRunning
        ? `Neo4j is already running (pid ${result.pid}); nothing to do.`
        : `Neo4j is running (pid ${result.pid}), ready after ${(result.startupMs / 1000).toFixed(1)} s.`;
      print(opts.json ?? false, result, [headline, ...describe(result), remoteNote()]);
    });

  neo4j
    .command('stop')
    .description('Stop the local Neo4j cleanly (SIGTERM, then wait for it to exit)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const result = await stopLocalNeo4j();
      const line = !result.wasRunning
        ? 'Neo4j is not running; nothing to stop.'
        : `Neo4j (pid ${result.pid}) stopped${result.forced ? ' (it ignored SIGTERM and was killed)' : ' cleanly'} in ${(result.stopMs / 1000).toFixed(1)} s.`;
      print(opts.json ?? false, result, [line]);
    });

  neo4j
    .command('status')
    .description('Say whether the local Neo4j runs (exit code 0 running, 3 not running)')
    .option('--json', 'print the status as JSON')
    .action(async (opts: { json?: boolean }) => {
      const status = localNeo4jStatus();
      const boltAnswers = status.running ? await localBoltAnswers() : false;
      const lines = status.running
        ? [
            `Neo4j is running (pid ${status.pid})${boltAnswers ? ' and Bolt answers' : ', but Bolt does not answer yet'}.`,
            ...describe(status),
          ]
        : ['Neo4j is not running (start it with `pnpm kg neo4j start`).'];
      const portsInUse = status.running ? [] : await localPortsInUse();
      for (const { port, owner } of portsInUse) {
        lines.push(
          `  note: port ${port} is in use by another program${owner ? ` (${owner})` : ''}; start would fail`,
        );
      }
      print(opts.json ?? false, { ...status, boltAnswers, portsInUse }, [...lines, remoteNote()]);
      if (!status.running) process.exitCode = NOT_RUNNING_EXIT_CODE;
    });

  neo4j
    .command('password')
    .description('Print the local Neo4j password (from NEO4J_PASSWORD or .neo4j/password)')
    .action(() => {
      const password = localNeo4jPassword();
      if (!password) {
        throw new KgUserError('the local Neo4j has no password yet', {
          hint: 'start it once with `pnpm kg neo4j start`',
        });
      }
      console.log(password);
    });

  neo4j
    .command('build')
    .description(
      'Build the launcher only (mvn -B package in scripts/neo4j); start does this on first use',
    )
    .option('-q, --quiet', "hide Maven's download lines")
    .option('--force', 'rebuild even when the build is current')
    .action(async (opts: { quiet?: boolean; force?: boolean }) => {
      const started = Date.now();
      const built = await buildLauncher({ quiet: opts.quiet ?? false, force: opts.force ?? false });
      console.log(
        built
          ? `Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`
          : 'Neo4j launcher is already built.',
      );
    });
};
