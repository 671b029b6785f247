/**
 * Saved analyst queries (`packages/neo4j/queries/*.cypher`) and running any query.
 *
 * A saved query starts with a header of `//` comments:
 *   // <title: the question it answers>
 *   // <more description…>
 *   // @param name   what it is (example: CECOT)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { KgUserError } from '@news-kg/schema';
import type { DbOptions } from './setup';
import { repoRoot } from './paths';

export interface SavedQueryParam {
  name: string;
  description: string;
  /** From `(default: X)` in the description, parsed like a `--param` value. */
  default?: unknown;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: SavedQueryParam[];
  cypher: string;
  file: string;
}

export function savedQueriesDir(): string {
  return join(repoRoot(), 'packages', 'neo4j', 'queries');
}

export function parseSavedQuery(file: string, text: string): SavedQuery {
  const lines = text.split('\n');
  const header: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('//')) break;
    header.push(line.replace(/^\/\/ ?/, ''));
  }
  const params: SavedQueryParam[] = [];
  const prose: string[] = [];
  for (const line of header) {
    const param = /^@param\s+(\w+)\s*(.*)$/.exec(line.trim());
    if (param) {
      const description = param[2]!.trim();
      const dflt = /\(default: ([^)]*)\)/.exec(description);
      params.push({
        name: param[1]!,
        description,
        ...(dflt ? { default: parseParam(`${param[1]}=${dflt[1]}`)[1] } : {}),
      });
    } else prose.push(line);
  }
  const [title = '', ...rest] = prose.filter((l, i) => i > 0 || l.trim());
  return {
    name: basename(file, '.cypher'),
    title: title.trim(),
    description: rest.join('\n').trim(),
    params,
    cypher: lines.slice(header.length).join('\n').trim(),
    file,
  };
}

export function listSavedQueries(dir = savedQueriesDir()): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseSavedQuery(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

export function getSavedQuery(name: string, dir = savedQueriesDir()): SavedQuery {
  const all = listSavedQueries(dir);
  const query = all.find((q) => q.name === name);
  if (!query) {
    throw new KgUserError(`no saved query "${name}"`, {
      hint: `one of: ${all.map((q) => q.name).join(', ')}`,
    });
  }
  return query;
}

/**
 * `k=v` → a parameter. Integers become Neo4j integers (so `LIMIT $n` works), other JSON
 * values (numbers, booleans, null, arrays, objects, "quoted strings") are parsed, and
 * anything else is kept as a string.
 */
export function parseParam(spec: string): [string, unknown] {
  const eq = spec.indexOf('=');
  if (eq <= 0) {
    throw new KgUserError(`bad --param "${spec}"`, { hint: 'write it as name=value' });
  }
  const key = spec.slice(0, eq).trim();
  const raw = spec.slice(eq + 1);
  if (/^-?\d+$/.test(raw.trim())) return [key, neo4j.int(raw.trim())];
  try {
    return [key, JSON.parse(raw)];
  } catch {
    return [key, raw];
  }
}

/** The parameters of a saved query: the given ones, then defaults; a missing required one is refused. */
export function savedQueryParams(
  query: SavedQuery,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...given };
  const missing: string[] = [];
  for (const p of query.params) {
    if (p.name in out) continue;
    if ('default' in p) out[p.name] = p.default;
    else missing.push(p.name);
  }
  if (missing.length) {
    throw new KgUserError(
      `saved query "${query.name}" needs ${missing.map((m) => `--param ${m}=…`).join(' ')}`,
      {
        hint: query.params.map((p) => `${p.name}: ${p.description}`).join('; '),
      },
    );
  }
  return out;
}

export function parseParams(specs: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(specs.map(parseParam));
}

export interface QueryResult {
  keys: string[];
  rows: Array<Record<string, unknown>>;
}

/** Runs a query (read-only unless `write`), returning plain JS values (see `toPlain`). */
export async function runQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
  options: DbOptions & { write?: boolean } = {},
): Promise<QueryResult> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: options.write ? 'WRITE' : 'READ',
  });
  try {
    const work = (tx: ManagedTransaction) => tx.run(cypher, params);
    const res = options.write ? await session.executeWrite(work) : await session.executeRead(work);
    return {
      keys: res.records[0]?.keys.map(String) ?? [],
      rows: res.records.map((r) =>
        Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])),
      ),
    };
  } finally {
    await session.close();
  }
}

/**
 * Driver values → JSON-friendly values: nodes become `{labels, ...properties}`,
 * relationships `{type, ...properties}`, paths a list of alternating nodes and
 * relationships, temporal values ISO strings, integers numbers.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return { _labels: value.labels, ...plainProps(value.properties) };
  if (neo4j.isRelationship(value)) return { _type: value.type, ...plainProps(value.properties) };
  if (neo4j.isPath(value)) {
    const out: unknown[] = [toPlain(value.start)];
    for (const segment of value.segments)
      out.push(toPlain(segment.relationship), toPlain(segment.end));
    return out;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainProps(value as Record<string, unknown>);
  return value;
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toPlain(v)]));
}

/** One readable cell: entities as `Name (Type)`, relationships as `-[TYPE]->`, paths as chains. */
export function formatCell(value: unknown, max = 80): string {
  const text = formatValue(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length && isPlainNode(value[0]) && value.length % 2 === 1) {
      // A path.
      return value
        .map((v, i) => (i % 2 ? `-[${(v as { _type: string })._type}]->` : formatValue(v)))
        .join(' ');
    }
    return value.map(formatValue).join(', ');
  }
  if (isPlainNode(value)) {
    const name = value.name ?? value.title ?? value.id ?? '';
    const label = value._labels.find((l) => l !== 'Entity') ?? value._labels[0] ?? '';
    return `${String(name)} (${label})`;
  }
  if (value && typeof value === 'object' && '_type' in value) return `-[${String(value._type)}]->`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isPlainNode(value: unknown): value is { _labels: string[]; [k: string]: unknown } {
  return Boolean(
    value && typeof value === 'object' && Array.isArray((value as { _labels?: unknown })._labels),
  );
}
