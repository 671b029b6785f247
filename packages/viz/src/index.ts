export { buildGraph } from './build-graph';
export type {
  KgGraph,
  KgNodeAttributes,
  KgEdgeAttributes,
  KgEdgeEvidence,
  KgArticleInfo,
  KgGraphAttributes,
} from './build-graph';
export { layoutGraph, layoutPlan, seedPositions } from './layout';
export type { LayoutOptions, LayoutResult, LayoutPlan } from './layout';
export { ENTITY_STYLES, MODALITY_STYLES, NODE_SHAPES } from './entity-styles';
export type { EntityStyle, ModalityStyle, NodeShape } from './entity-styles';
export {
  renderStandaloneHtml,
  renderPageHtml,
  documentPageData,
  pageData,
  jsonForScript,
  escapeHtml,
} from './standalone-html';
export type { RenderOptions } from './standalone-html';
export type { PageData } from './page-data';
export { startGraphServer } from './graph-server';
export type { GraphServer, GraphServerOptions } from './graph-server';
