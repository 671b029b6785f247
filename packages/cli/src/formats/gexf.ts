import { write } from 'graphology-gexf';
import type Graph from 'graphology';
import type { FlatAttributes, FlatValue } from './graph';
import { xmlSafe } from './xml';

const VIZ = new Set(['x', 'y', 'size', 'color']);
const CSS_COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|rgba?\([\d\s.,]+\))$/i;

/** GEXF 1.3 (Gephi, Gephi Lite) through graphology-gexf, with positions and colours when known. */
export function toGexf(graph: Graph<FlatAttributes, FlatAttributes>): string {
  return write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, attrs) => format(attrs),
    formatEdge: (_key, attrs) => ({
      ...format(attrs),
      weight: typeof attrs.evidence === 'number' ? attrs.evidence : 1,
    }),
  });
}

function format(attrs: FlatAttributes): {
  label: string;
  viz?: { x?: number; y?: number; size?: number; color?: string };
  attributes: Record<string, FlatValue>;
} {
  const attributes: Record<string, FlatValue> = {};
  const viz: { x?: number; y?: number; size?: number; color?: string } = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'label') continue;
    if (VIZ.has(name)) {
      if (name === 'color' && typeof value === 'string' && CSS_COLOR.test(value)) viz.color = value;
      else if (name !== 'color' && typeof value === 'number')
        viz[name as 'x' | 'y' | 'size'] = value;
      continue;
    }
    attributes[name] = typeof value === 'string' ? xmlSafe(value) : value;
  }
  return {
    label: xmlSafe(String(attrs.label ?? '')),
    ...(Object.keys(viz).length ? { viz } : {}),
    attributes,
  };
}
