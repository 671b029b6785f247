/**
 * One self-contained HTML file: script, styles and data inlined, no network.
 * Data is embedded as JSON in a `type="application/json"` script with every `<`
 * (and `>`, `&`, U+2028/9) escaped, so `</script>` or `<!--` in a name or
 * sentence cannot end the element; the page reads it with JSON.parse and
 * inserts strings as text only. A CSP with a per-file nonce blocks any other
 * script and all network access.
 */
import { randomBytes } from 'node:crypto';
import { ENTITY_TYPE_SPECS, MODALITIES, type EntityType, type KgDocument } from '@news-kg/schema';
import { buildGraph, type KgGraph } from './build-graph';
import { layoutGraph, type LayoutOptions } from './layout';
import { pageAssets } from './page-bundle';
import { PAGE_DATA_ELEMENT_ID, type PageData } from './page-data';

export interface RenderOptions {
  /** Page heading; default: the article title (one article) or a count of articles. */
  title?: string;
  /**
   * Where positions are computed: 'node' (now, deterministic), 'browser' (the page
   * lays out; in a web worker above 500 nodes), or 'auto' (node up to 3,000 nodes).
   */
  layout?: 'node' | 'browser' | 'auto';
  layoutOptions?: LayoutOptions;
}

/** JSON that is safe inside an HTML `<script>` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Inline `</script` inside the bundled code would end the element; break it up. */
function scriptSafe(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function defaultTitle(doc: KgDocument): string {
  if (doc.documents.length === 1) return doc.documents[0]?.title ?? 'News graph';
  return `News graph of ${doc.documents.length} articles`;
}

/** The data the page reads, built from a graph (laid out or not). */
export function pageData(graph: KgGraph, title: string, laidOut: boolean): PageData {
  const typeLabels = Object.fromEntries(
    Object.entries(ENTITY_TYPE_SPECS).map(([t, spec]) => [t, spec.plural]),
  ) as Record<EntityType, string>;
  return { title, graph: graph.export(), laidOut, typeLabels, modalities: MODALITIES };
}

/** Builds and (by default) lays out the graph of `doc`, returning the page data. */
export function documentPageData(doc: KgDocument, opts: RenderOptions = {}): PageData {
  const graph = buildGraph(doc);
  const where = opts.layout ?? 'auto';
  const inNode = where === 'node' || (where === 'auto' && graph.order <= 3000);
  if (inNode) layoutGraph(graph, opts.layoutOptions);
  return pageData(graph, opts.title ?? defaultTitle(doc), inNode);
}

/** A complete HTML page for `data`. */
export function renderPageHtml(data: PageData): string {
  const { js, css } = pageAssets();
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'worker-src blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(data.title)}</title>
<style>${css}</style>
</head>
<body>
<div id="kg-app"></div>
<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">${jsonForScript(data)}</script>
<script nonce="${nonce}">${scriptSafe(js)}</script>
</body>
</html>
`;
}

/** `doc` as one self-contained HTML string (opens from file:// with no network). */
export function renderStandaloneHtml(doc: KgDocument, opts: RenderOptions = {}): string {
  return renderPageHtml(documentPageData(doc, opts));
}
