/**
 * How each entity type and each modality looks. Plain data shared by the Node
 * side (graph building, GEXF colours) and the browser page (WebGL shapes, legend).
 */
import type { EntityType, Modality } from '@news-kg/schema';

/** Shapes drawn by the page's WebGL node program; the index is the shader's shape code. */
export const NODE_SHAPES = [
  'circle',
  'square',
  'hexagon',
  'diamond',
  'triangle',
  'frame',
  'triangle-down',
  'rounded-square',
  'ring',
  'pin',
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export interface EntityStyle {
  /** Singular human label ("Criminal organisation"). */
  label: string;
  /** Fill colour, #rrggbb. Chosen to stay apart for common colour-vision deficiencies together with the shape. */
  color: string;
  shape: NodeShape;
}

export const ENTITY_STYLES: Record<EntityType, EntityStyle> = {
  Person: { label: 'Person', color: '#2b6cb0', shape: 'circle' },
  Country: { label: 'Country', color: '#2f855a', shape: 'square' },
  Government: { label: 'Government', color: '#6b46c1', shape: 'hexagon' },
  Law: { label: 'Law', color: '#c05621', shape: 'diamond' },
  Court: { label: 'Court', color: '#0987a0', shape: 'triangle' },
  Prison: { label: 'Prison', color: '#2d3748', shape: 'frame' },
  CriminalOrganization: {
    label: 'Criminal organisation',
    color: '#c53030',
    shape: 'triangle-down',
  },
  Organization: { label: 'Organisation', color: '#b7791f', shape: 'rounded-square' },
  Group: { label: 'Group', color: '#d53f8c', shape: 'ring' },
  Place: { label: 'Place', color: '#744210', shape: 'pin' },
};

export function shapeIndex(shape: NodeShape): number {
  return NODE_SHAPES.indexOf(shape);
}

export interface ModalityStyle {
  /** Legend wording. */
  label: string;
  description: string;
  color: string;
  /** Solid, dashed or dotted stroke (the page draws dashes in WebGL). */
  stroke: 'solid' | 'dashed' | 'dotted';
}

export const MODALITY_STYLES: Record<Modality, ModalityStyle> = {
  asserted: {
    label: 'Reported as fact',
    description: 'The article states it in its own voice.',
    color: '#718096',
    stroke: 'solid',
  },
  claimed: {
    label: 'Claimed',
    description: 'Someone in the story says so; the article does not confirm it.',
    color: '#a0aec0',
    stroke: 'dashed',
  },
  alleged: {
    label: 'Alleged',
    description: 'An accusation or allegation, not established.',
    color: '#d69e2e',
    stroke: 'dashed',
  },
  denied: {
    label: 'Denied',
    description: 'Someone in the story rejects it.',
    color: '#e53e3e',
    stroke: 'dotted',
  },
};

/** Node size in pixels at default zoom: grows with the square root of degree, capped. */
export function nodeSizeForDegree(degree: number, order: number): number {
  const root = Math.sqrt(degree);
  if (order <= 300) return Math.min(30, 8 + root * 4);
  if (order <= 2000) return Math.min(16, 3 + root * 1.5);
  return Math.min(12, 1.5 + root);
}
