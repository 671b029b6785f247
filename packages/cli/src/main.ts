#!/usr/bin/env node
// Entry point of `pnpm kg …`. Each command lives in its own module under commands/.
import { Command, CommanderError } from 'commander';
import { KgUserError } from '@news-kg/schema';
import { EXIT } from './exit-codes';
import { commands } from './commands';

const program = new Command('kg')
  .description('News knowledge-graph builder: extract, load into Neo4j, explore with Sigma.js')
  .showHelpAfterError()
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (or the help/version text).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof KgUserError) {
    console.error(`error: ${error.message}${error.hint ? ` (${error.hint})` : ''}`);
    return error.exitCode;
  }
  console.error('internal error (please report it):', error);
  return EXIT.internal;
}
