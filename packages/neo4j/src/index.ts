export * from './connection';
export { localNeo4jHome, repoRoot } from './paths';
