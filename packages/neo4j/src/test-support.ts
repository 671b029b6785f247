/** Helpers for this package's integration tests (not exported from the package). */
import { readFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { KgDocument } from '@news-kg/schema';

export const fixture = (name: string): KgDocument =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

/**
 * Copies a document into its own namespace (article, entity and relation ids get a
 * prefix), so that a test owns every node it creates and can count and delete them
 * without touching anyone else's data on the shared server.
 */
export function namespaced(doc: KgDocument, ns: string): KgDocument {
  const a = (id: string) => `${ns}-${id}`;
  const e = (id: string) => `${ns}/${id}`;
  return {
    ...doc,
    documents: doc.documents.map((d) => ({ ...d, id: a(d.id) })),
    entities: doc.entities.map((x) => ({
      ...x,
      id: e(x.id),
      aliases: [...x.aliases],
      mentions: x.mentions.map((m) => ({ ...m, documentId: a(m.documentId) })),
    })),
    relations: doc.relations.map((r) => ({
      ...r,
      id: e(r.id),
      subject: e(r.subject),
      object: e(r.object),
      attributedTo: r.attributedTo === null ? null : e(r.attributedTo),
      evidence: r.evidence.map((ev) => ({ ...ev, documentId: a(ev.documentId) })),
    })),
  };
}

export const uniqueNs = (tag: string): string =>
  `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}-${tag}`;

/** Counts of what lives in a namespace: entities, articles, mentions, predicate relationships. */
export async function counts(driver: Driver, ns: string) {
  const res = await driver.executeQuery(
    `CALL () { MATCH (e:Entity) WHERE e.id STARTS WITH $e RETURN count(e) AS entities, count(DISTINCT e.id) AS distinctEntities }
     CALL () { MATCH (a:Article) WHERE a.id STARTS WITH $a RETURN count(a) AS articles }
     CALL () { MATCH (e:Entity)-[m:MENTIONED_IN]->() WHERE e.id STARTS WITH $e RETURN count(m) AS mentionedIn, sum(m.count) AS mentions }
     CALL () { MATCH (s:Entity)-[r]->(:Entity) WHERE s.id STARTS WITH $e RETURN count(r) AS relationships, count(DISTINCT r.relationId) AS relations, sum(r.evidenceCount) AS evidence }
     RETURN entities, distinctEntities, articles, mentionedIn, mentions, relationships, relations, evidence`,
    { e: `${ns}/`, a: `${ns}-` },
  );
  return res.records[0]!.toObject() as Record<string, number>;
}

/** Deletes everything in a namespace (test clean-up only). */
export async function dropNamespace(driver: Driver, ns: string): Promise<void> {
  await driver.executeQuery('MATCH (a:Article) WHERE a.id STARTS WITH $a DETACH DELETE a', {
    a: `${ns}-`,
  });
  await driver.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH $e DETACH DELETE e', {
    e: `${ns}/`,
  });
}

/** A document normalised for comparison: sorted collections, no generator. */
export function normalise(doc: KgDocument): unknown {
  const clean = JSON.parse(JSON.stringify(doc)) as KgDocument;
  delete clean.generator;
  clean.documents.sort((x, y) => x.id.localeCompare(y.id));
  clean.entities.sort((x, y) => x.id.localeCompare(y.id));
  for (const e of clean.entities)
    e.mentions.sort((x, y) => x.documentId.localeCompare(y.documentId) || x.start - y.start);
  clean.relations.sort((x, y) => x.id.localeCompare(y.id));
  for (const r of clean.relations)
    r.evidence.sort((x, y) => x.documentId.localeCompare(y.documentId) || x.start - y.start);
  return clean;
}

/**
 * A TCP proxy in front of the server, so a test can cut a driver's live connections
 * (a real socket close, as when the network or the client dies).
 */
export async function tcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    /** Destroys every open connection through the proxy. */
    cut: () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    /** Stops accepting new connections too. */
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function boltTarget(uri: string): { host: string; port: number } {
  const url = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 7687) };
}
