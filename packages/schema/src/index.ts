export * from './ontology';
export * from './document';
export * from './validate';
export * from './ids';
export * from './merge';
export * from './errors';
export { kgDocumentJsonSchema } from './json-schema';
