/**
 * What the Node side embeds in the page: the graph in graphology's serialisation
 * format plus the few ontology strings the legend needs. Shared by both sides;
 * no Node-only imports here.
 */
import type { SerializedGraph } from 'graphology-types';
import type { EntityType, Modality } from '@news-kg/schema';
import type { KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from './build-graph';

export interface PageData {
  /** Page heading: the article title for one article, else a count. */
  title: string;
  graph: SerializedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;
  /** True when node positions were computed before embedding; else the page lays out. */
  laidOut: boolean;
  /** Plural legend labels, from the ontology. */
  typeLabels: Record<EntityType, string>;
  modalities: readonly Modality[];
}

export const PAGE_DATA_ELEMENT_ID = 'kg-data';
