/**
 * Serves the graph page on 127.0.0.1 (never on all interfaces). The page is the
 * same HTML as the standalone file; `render` runs per request so that a reload
 * shows the current graph (e.g. a fresh Neo4j export).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphServerOptions {
  /** Produces the page HTML; called for every request of `/`. */
  render: () => string | Promise<string>;
  /** 0 picks a free port. Default 4173. */
  port?: number;
  host?: string;
}

export interface GraphServer {
  url: string;
  port: number;
  close(): Promise<void>;
  server: Server;
}

export async function startGraphServer(opts: GraphServerOptions): Promise<GraphServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const common = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...common, allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') {
      res.writeHead(200, { ...common, 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path !== '/' && path !== '/index.html') {
      res.writeHead(404, { ...common, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve()
      .then(() => opts.render())
      .then((html) => {
        res.writeHead(200, { ...common, 'content-type': 'text/html; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : html);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { ...common, 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `could not render the graph: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4173, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
