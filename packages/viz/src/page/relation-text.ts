/** Relations in words, for the side panel, edge labels and tests. */
import type { KgEdgeAttributes } from '../build-graph';

/** "designated … as terrorist group" and similar qualifier tails. */
export function qualifierText(attr: KgEdgeAttributes): string {
  const q = attr.qualifiers ?? {};
  const parts: string[] = [];
  if (q.designation) parts.push(`as ${q.designation}`);
  if (q.charge) parts.push(`of ${q.charge}`);
  if (q.portfolio) parts.push(`(${q.portfolio})`);
  if (q.role) parts.push(`(${q.role})`);
  if (q.verb && attr.predicate === 'RELATED_TO') parts.push(`(“${q.verb}”)`);
  return parts.join(' ');
}

/** "Donald Trump invoked Alien Enemies Act". */
export function relationSentence(subject: string, attr: KgEdgeAttributes, object: string): string {
  const tail = qualifierText(attr);
  return `${subject} ${attr.label} ${object}${tail ? ` ${tail}` : ''}`;
}

/** "claimed by White House", "reported as fact", "denied by Venezuela". */
export function modalityText(attr: KgEdgeAttributes): string {
  if (attr.modality === 'asserted') return 'reported as fact';
  return attr.attributedToName ? `${attr.modality} by ${attr.attributedToName}` : attr.modality;
}

/** Short label drawn on the edge: "invoked", "member of (claimed)". */
export function edgeLabel(attr: KgEdgeAttributes): string {
  return attr.modality === 'asserted' ? attr.label : `${attr.label} (${attr.modality})`;
}
