import { join, resolve } from 'node:path';
import { LOCAL_PASSWORD_FILE, localNeo4jHome, repoRoot } from '../paths';

/** Where the launcher's sources, build output and runtime files live. */
export interface ServerFiles {
  /** scripts/neo4j: the Maven project with the Java launcher. */
  projectDir: string;
  pom: string;
  jvmOptions: string;
  neo4jConf: string;
  classesDir: string;
  libDir: string;
  /** Written after a successful build; holds a hash of the inputs. */
  buildStamp: string;
  /** The git-ignored runtime folder (.neo4j/). */
  home: string;
  pidFile: string;
  logFile: string;
  passwordFile: string;
  lockFile: string;
}

export function serverFiles(): ServerFiles {
  const projectDir = join(repoRoot(), 'scripts', 'neo4j');
  const target = join(projectDir, 'target');
  const home = resolve(localNeo4jHome());
  return {
    projectDir,
    pom: join(projectDir, 'pom.xml'),
    jvmOptions: join(projectDir, 'jvm.options'),
    neo4jConf: join(projectDir, 'neo4j.conf'),
    classesDir: join(target, 'classes'),
    libDir: join(target, 'lib'),
    buildStamp: join(target, 'kg-build.stamp'),
    home,
    pidFile: join(home, 'neo4j.pid'),
    logFile: join(home, 'neo4j.log'),
    passwordFile: join(home, LOCAL_PASSWORD_FILE),
    lockFile: join(home, 'start.lock'),
  };
}

/** Host and ports of the local server; fixed, as the issue and connection.ts expect. */
export const LOCAL_HOST = '127.0.0.1';
export const LOCAL_BOLT_PORT = 7687;
export const LOCAL_HTTP_PORT = 7474;
