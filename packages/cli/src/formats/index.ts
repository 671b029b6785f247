import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { KgUserError, type KgDocument } from '@news-kg/schema';
import { buildGraph, layoutGraph } from '@news-kg/viz';
import { toCsvFiles, writeCsvDir, CSV_FILES } from './csv';
import { toCypherScript, cypherString, cypherLiteral } from './cypher';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toExportGraph, type DrawnNode } from './graph';

export { toCsvFiles, writeCsvDir, CSV_FILES, toCypherScript, cypherString, cypherLiteral };
export { ARRAY_DELIMITER } from './csv';
export { toGexf, toGraphml, toExportGraph };
export { toPropertyGraph } from './model';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_DESCRIPTIONS: Record<ExportFormat, string> = {
  gexf: 'GEXF 1.3 for Gephi / Gephi Lite (one file)',
  graphml: 'GraphML for yEd, Cytoscape, NetworkX (one file)',
  csv: 'CSV for `neo4j-admin database import` (a folder of four files)',
  cypher: 'a Cypher script that rebuilds the graph (one file)',
};

/** The file (or, for csv, folder) name a format is written to by default. */
export const DEFAULT_EXPORT_NAMES: Record<ExportFormat, string> = {
  gexf: 'graph.gexf',
  graphml: 'graph.graphml',
  csv: 'csv',
  cypher: 'graph.cypher',
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function parseExportFormat(value: string): ExportFormat {
  const format = value.toLowerCase();
  if (!isExportFormat(format)) {
    throw new KgUserError(`unknown export format "${value}"`, {
      hint: `use one of ${EXPORT_FORMATS.join(', ')}`,
    });
  }
  return format;
}

export interface WriteExportOptions {
  /**
   * A drawn graph keyed by entity id whose x, y, size, color to keep; by default viz's
   * `buildGraph` + `layoutGraph` draw one, so Gephi opens the graph page's picture.
   */
  drawn?: { hasNode(key: string): boolean; getNodeAttributes(key: string): DrawnNode };
}

/**
 * Writes `doc` in `format` to `outPath` and returns the paths written. For `csv`,
 * `outPath` is a folder (created) that receives the node and relationship files;
 * when it ends in `.csv` its parent folder is used.
 */
export async function writeExport(
  doc: KgDocument,
  format: ExportFormat,
  outPath: string,
  options: WriteExportOptions = {},
): Promise<string[]> {
  if (format === 'csv') {
    const dir = extname(outPath).toLowerCase() === '.csv' ? dirname(outPath) : outPath;
    return writeCsvDir(doc, dir);
  }
  const text = renderExport(doc, format, options);
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, text);
  return [outPath];
}

/** The text of a single-file format (gexf, graphml, cypher). */
export function renderExport(
  doc: KgDocument,
  format: Exclude<ExportFormat, 'csv'>,
  options: WriteExportOptions = {},
): string {
  switch (format) {
    case 'gexf':
      return toGexf(toExportGraph(doc, options.drawn ?? drawGraph(doc)));
    case 'graphml':
      return toGraphml(toExportGraph(doc, options.drawn ?? drawGraph(doc)));
    case 'cypher':
      return toCypherScript(doc);
  }
}

/** The graph page's graph: viz's nodes with their colours, sizes and laid-out positions. */
export function drawGraph(doc: KgDocument): NonNullable<WriteExportOptions['drawn']> {
  const graph = buildGraph(doc);
  layoutGraph(graph);
  return graph;
}

/** Where `kg build` puts each export inside its output folder. */
export function exportPathIn(dir: string, format: ExportFormat): string {
  return join(dir, DEFAULT_EXPORT_NAMES[format]);
}
