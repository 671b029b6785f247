/**
 * Builds valid contract documents from an article text and entity/relation
 * specs written by hand: offsets, sentences and ids are computed, never typed.
 * Used for the viz fixtures, the XSS test document and the benchmark graphs.
 */
import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION,
  assertValidDocument,
  entityId,
  relationId,
  type Entity,
  type EntityType,
  type KgDocument,
  type Modality,
  type Predicate,
  type Relation,
} from '@news-kg/schema';

export interface ArticleSpec {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  text: string;
}

export interface EntitySpec {
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Strings whose every occurrence in the text is a mention (default: name and aliases). */
  mentions?: string[];
}

export interface RelationSpec {
  subject: string;
  predicate: Predicate;
  object: string;
  modality?: Modality;
  /** Name of the entity that claims, alleges or denies it. */
  by?: string;
  /** Each: a string that picks the sentence, and the span in it that states the relation. */
  evidence: { sentence: string; span: string }[];
  qualifiers?: Record<string, string>;
  confidence?: number;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Paragraph- and punctuation-based sentence split; good enough for hand-written fixtures. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+?(?:[.!?]["”’)]*(?=\s|$)|$)/gm;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + body.length, text: body });
  }
  return out;
}

export function buildDocument(
  article: ArticleSpec,
  entities: EntitySpec[],
  relations: RelationSpec[],
  generator = { name: '@news-kg/viz document-builder', version: '1' },
): KgDocument {
  const sentences = splitSentences(article.text);
  const sentenceAt = (offset: number): { s: Sentence; index: number } => {
    const index = sentences.findIndex((s) => offset >= s.start && offset < s.end);
    const s = sentences[index];
    if (!s) throw new Error(`document-builder: offset ${offset} is in no sentence`);
    return { s, index };
  };

  const byName = new Map<string, Entity>();
  const out: Entity[] = entities.map((spec) => {
    const id = entityId(spec.type, spec.name);
    const surface = spec.mentions ?? [spec.name, ...(spec.aliases ?? [])];
    const mentions: Entity['mentions'] = [];
    for (const str of surface) {
      let from = 0;
      for (;;) {
        const at = article.text.indexOf(str, from);
        if (at < 0) break;
        from = at + str.length;
        const { s, index } = sentenceAt(at);
        if (mentions.some((m) => at < m.end && at + str.length > m.start)) continue;
        mentions.push({
          documentId: article.id,
          start: at,
          end: at + str.length,
          text: str,
          sentence: s.text,
          sentenceIndex: index,
          section: 'body',
          rule: 'hand',
          confidence: 1,
        });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const entity: Entity = {
      id,
      name: spec.name,
      type: spec.type,
      aliases: spec.aliases ?? [],
      mentions,
    };
    byName.set(spec.name, entity);
    return entity;
  });

  const idOf = (name: string): string => {
    const e = byName.get(name);
    if (!e) throw new Error(`document-builder: unknown entity "${name}"`);
    return e.id;
  };

  const rels: Relation[] = relations.map((spec) => {
    const key = {
      subject: idOf(spec.subject),
      predicate: spec.predicate,
      object: idOf(spec.object),
      modality: spec.modality ?? 'asserted',
      attributedTo: spec.by ? idOf(spec.by) : null,
    };
    return {
      id: relationId(key),
      ...key,
      confidence: spec.confidence ?? 0.9,
      date: null,
      evidence: spec.evidence.map((ev) => {
        const s = sentences.findIndex((x) => x.text.includes(ev.sentence));
        const sentence = sentences[s];
        if (!sentence) throw new Error(`document-builder: no sentence contains "${ev.sentence}"`);
        const within = sentence.text.indexOf(ev.span);
        if (within < 0) throw new Error(`document-builder: "${ev.span}" not in "${sentence.text}"`);
        const start = sentence.start + within;
        return {
          documentId: article.id,
          sentence: sentence.text,
          sentenceIndex: s,
          start,
          end: start + ev.span.length,
          text: ev.span,
          rule: 'hand',
          section: 'body' as const,
        };
      }),
      ...(spec.qualifiers ? { qualifiers: spec.qualifiers } : {}),
    };
  });

  return assertValidDocument(
    {
      schemaVersion: SCHEMA_VERSION,
      generator,
      documents: [
        {
          ...article,
          sha256: createHash('sha256').update(article.text).digest('hex'),
          language: 'en',
        },
      ],
      entities: out,
      relations: rels,
    },
    `document ${article.id}`,
  );
}
