// Worker bootstrap for runPool: registers tsx's ESM loader in this worker thread, then
// imports the TypeScript worker module named in workerData. (On Node 20, `--import tsx`
// in a worker's execArgv does not reach the worker's own imports; this does.)
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
