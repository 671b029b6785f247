export { EXIT } from './exit-codes';
export type { BuildSummary } from './commands/build';
