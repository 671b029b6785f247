/**
 * The KG document contract: what `extract` writes and what `neo4j` and `viz` read.
 *
 * The zod schemas are the single source of truth; the TypeScript types are
 * inferred from them and the committed JSON Schema is generated from them.
 */
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, PREDICATES, type Predicate } from './ontology';

export const SCHEMA_VERSION = '1.0';

const offset = z.int().nonnegative();
const confidence = z.number().min(0).max(1);
const isoDate = z.iso.date().describe('ISO 8601 calendar date, YYYY-MM-DD');

export const SectionSchema = z
  .enum(['title', 'body', 'caption', 'credit'])
  .describe('Part of the article the text came from; captions and credits carry less weight.');

export const ArticleDocumentSchema = z.object({
  id: z.string().min(1).describe('Stable article id, used by every mention and evidence.'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  source: z.string().nullable().describe('Publisher or input path the text came from.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 of the article text'),
  language: z.string().optional(),
  text: z.string().optional().describe('The cleaned article text that all offsets index into.'),
});

export const MentionSchema = z.object({
  documentId: z.string().min(1),
  start: offset,
  end: offset,
  text: z.string(),
  sentence: z.string().describe('Text of the sentence containing the mention.'),
  sentenceIndex: z.int().nonnegative().optional(),
  section: SectionSchema.optional(),
  rule: z.string().optional().describe('Id of the rule that recognised or resolved the mention.'),
  confidence: confidence.optional(),
});

export const EntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
  attributes: z.record(z.string(), z.string()).optional(),
});

export const EvidenceSchema = z.object({
  documentId: z.string().min(1),
  sentence: z.string().describe('Text of the sentence that states the relation.'),
  sentenceIndex: z.int().nonnegative().optional(),
  start: offset.describe('Start of `text` in the article text.'),
  end: offset,
  text: z.string().describe('The span that states the relation.'),
  rule: z.string().min(1).describe('Id of the extraction rule.'),
  section: SectionSchema.optional(),
});

export const RelationSchema = z.object({
  id: z.string().min(1),
  subject: z.string().min(1).describe('Entity id.'),
  predicate: z
    .enum(PREDICATES as [string, ...string[]])
    .describe('UPPER_SNAKE predicate from the ontology.'),
  object: z.string().min(1).describe('Entity id.'),
  confidence,
  modality: z.enum(MODALITIES),
  attributedTo: z
    .string()
    .nullable()
    .describe('Entity id of whoever claims, alleges or denies it.'),
  date: isoDate.nullable(),
  evidence: z.array(EvidenceSchema).min(1),
  qualifiers: z.record(z.string(), z.string()).optional(),
});

export const KgDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }).optional(),
  documents: z.array(ArticleDocumentSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});

export type Section = z.infer<typeof SectionSchema>;
export type ArticleDocument = z.infer<typeof ArticleDocumentSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relation = z.infer<typeof RelationSchema> & { predicate: Predicate };
export type KgDocument = Omit<z.infer<typeof KgDocumentSchema>, 'relations'> & {
  relations: Relation[];
};
