import type { Command } from 'commander';
import { KgUserError, type KgDocument } from '@news-kg/schema';
import { exportDocument, withNeo4j } from '@news-kg/neo4j';
import { renderStandaloneHtml, startGraphServer } from '@news-kg/viz';
import type { RegisterCommand } from './index';
import { layoutOption, readGraphFiles, renderOptions, seedOption } from './render';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new KgUserError(`--port must be an integer from 0 to 65535, got "${value}"`);
  }
  return port;
}

export const registerServe: RegisterCommand = (program: Command) => {
  program
    .command('serve')
    .description(
      'Serve the graph view on 127.0.0.1 (from files, or exported from Neo4j without files)',
    )
    .argument('[files...]', 'KG documents (graph.json); without any, the whole graph in Neo4j')
    .option('--port <port>', 'port on 127.0.0.1 (0 picks a free one)', parsePort, 4173)
    .option('--title <text>', 'page heading')
    .addOption(layoutOption())
    .addOption(seedOption())
    .option('--json', 'print the URL as JSON once listening')
    .addHelpText(
      'after',
      '\nEach page load re-reads the files (or re-exports from Neo4j), so a reload shows the current graph.\n' +
        'Neo4j connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, or the local server.\n' +
        'Examples:\n  pnpm kg serve graph.json\n  pnpm kg serve --port 8080',
    )
    .action(
      async (
        files: string[],
        opts: { port: number; title?: string; layout: string; seed?: number; json?: boolean },
      ) => {
        const load: () => Promise<KgDocument> = files.length
          ? async () => readGraphFiles(files)
          : () =>
              withNeo4j((driver, conn) => exportDocument(driver, {}, { database: conn.database }));
        // Fail now, not on the first request, when the files or the server are wrong.
        const first = await load();
        if (!files.length && first.entities.length === 0) {
          console.error(
            'note: Neo4j holds no entities yet; load some with `pnpm kg load graph.json`',
          );
        }
        const render = renderOptions(opts);
        let pending: KgDocument | undefined = first;
        let server;
        try {
          server = await startGraphServer({
            port: opts.port,
            render: async () => {
              const doc = pending ?? (await load());
              pending = undefined;
              return renderStandaloneHtml(doc, render);
            },
          });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          throw new KgUserError(`cannot listen on 127.0.0.1:${opts.port}: ${code ?? error}`, {
            hint: code === 'EADDRINUSE' ? 'pick another --port (0 picks a free one)' : undefined,
          });
        }
        if (opts.json) console.log(JSON.stringify({ url: server.url, port: server.port }));
        else
          console.error(
            `serving ${files.length ? files.join(', ') : 'the Neo4j graph'} at ${server.url} (Ctrl+C to stop)`,
          );
        await new Promise<void>((resolve) => {
          const stop = (): void => {
            void server.close().then(resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      },
    );
};
