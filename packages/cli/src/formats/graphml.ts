import type Graph from 'graphology';
import type { FlatAttributes, FlatValue } from './graph';
import { escapeXml } from './xml';

type GraphmlType = 'string' | 'double' | 'int' | 'boolean';

/**
 * GraphML (yEd, Cytoscape, NetworkX, Gephi). graphology-graphml only parses, so the
 * writer lives here: one `<key>` per attribute name with a declared type, every
 * string escaped (and characters XML cannot hold replaced), keyed edges.
 */
export function toGraphml(graph: Graph<FlatAttributes, FlatAttributes>): string {
  const nodeKeys = collectKeys(graph.mapNodes((_n, attrs) => attrs));
  const edgeKeys = collectKeys(graph.mapEdges((_e, attrs) => attrs));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const declare = (
    prefix: string,
    target: string,
    keys: Map<string, GraphmlType>,
  ): Map<string, string> => {
    const ids = new Map<string, string>();
    let i = 0;
    for (const [name, type] of keys) {
      const id = `${prefix}${i++}`;
      ids.set(name, id);
      out.push(
        `  <key id="${id}" for="${target}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
      );
    }
    return ids;
  };
  const nodeIds = declare('n', 'node', nodeKeys);
  const edgeIds = declare('e', 'edge', edgeKeys);
  out.push('  <graph id="G" edgedefault="directed">');
  graph.forEachNode((node, attrs) => {
    out.push(`    <node id="${escapeXml(node)}">`);
    pushData(out, attrs, nodeIds);
    out.push('    </node>');
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    out.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
    );
    pushData(out, attrs, edgeIds);
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function pushData(out: string[], attrs: FlatAttributes, ids: Map<string, string>): void {
  for (const [name, value] of Object.entries(attrs)) {
    const id = ids.get(name);
    if (id === undefined) continue;
    out.push(`      <data key="${id}">${escapeXml(String(value))}</data>`);
  }
}

function collectKeys(all: FlatAttributes[]): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const attrs of all) {
    for (const [name, value] of Object.entries(attrs)) {
      keys.set(name, widen(keys.get(name), typeOf(value)));
    }
  }
  return keys;
}

function typeOf(value: FlatValue): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

function widen(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (a === undefined || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}
