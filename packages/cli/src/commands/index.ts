import type { Command } from 'commander';
import { registerNeo4j } from './neo4j';

/** Each command module adds itself to the program; order is the order in `--help`. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerNeo4j];
