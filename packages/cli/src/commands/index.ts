import type { Command } from 'commander';
import { registerBuild } from './build';
import { registerExtract } from './extract';
import { registerNeo4j } from './neo4j';
import { registerLoad } from './load';
import { registerUnload } from './unload';
import { registerExport } from './export';
import { registerQuery } from './query';
import { registerRender } from './render';
import { registerServe } from './serve';

/** Each command module adds itself to the program; order is the order in `--help`. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerBuild,
  registerExtract,
  registerNeo4j,
  registerLoad,
  registerUnload,
  registerExport,
  registerQuery,
  registerRender,
  registerServe,
];
