export * from './connection';
export { localNeo4jHome, repoRoot } from './paths';
export * from './model';
export * from './setup';
export * from './load';
export * from './unload';
export * from './export';
export * from './queries';
export * from './run';
export {
  buildLauncher,
  isLauncherBuilt,
  localBoltAnswers,
  localConnection,
  localNeo4jPassword,
  localNeo4jStatus,
  localPortsInUse,
  LOCAL_USER,
  NOT_RUNNING_EXIT_CODE,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jStatus,
  type StartOptions,
  type StartResult,
  type StopResult,
} from './server';
