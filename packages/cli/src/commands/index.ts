import type { Command } from 'commander';

/** Each command module adds itself to the program; order is the order in `--help`. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
