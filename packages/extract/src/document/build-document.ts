import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION,
  allowsType,
  relationId,
  type Entity,
  type Evidence,
  type KgDocument,
  type Mention,
  type Relation,
} from '@news-kg/schema';
import type { EntityRec, MentionRec, RelationCandidate } from '../model';
import type { Sentence } from '../nlp/types';

export interface DocumentMeta {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
}

/** Bookkeeping attributes of coreference that are not facts about the entity. */
const INTERNAL_ATTRIBUTES = new Set(['family', 'restricted', 'numbers', 'members']);

export const GENERATOR = { name: '@news-kg/extract', version: '0.1.0' };

/**
 * Assembles the KG document: entities that are named in the text or take part
 * in a relation, relations merged by their content id with every piece of
 * evidence, all offsets into `documents[0].text`.
 */
export function buildDocument(
  meta: DocumentMeta,
  text: string,
  sentences: Sentence[],
  entities: Iterable<EntityRec>,
  candidates: RelationCandidate[],
): KgDocument {
  const byKey = new Map<string, EntityRec>();
  for (const e of entities) byKey.set(e.key, e);

  // Relations: type-checked, merged by id.
  const merged = new Map<string, Relation>();
  const asserted = new Set(
    candidates
      .filter((c) => c.modality === 'asserted')
      .map((c) => `${c.subject}|${c.predicate}|${c.object}`),
  );
  for (const c of candidates) {
    const s = byKey.get(c.subject);
    const o = byKey.get(c.object);
    if (!s || !o || s.key === o.key) continue;
    if (!allowsType(c.predicate, 'subject', s.type) || !allowsType(c.predicate, 'object', o.type))
      continue;
    if (c.attributedTo && !byKey.has(c.attributedTo)) continue;
    // A statement the narrator asserts elsewhere needs no second, claimed copy.
    if (c.modality === 'claimed' && asserted.has(`${c.subject}|${c.predicate}|${c.object}`))
      continue;
    const sentence = sentences[c.sent]!;
    const start = sentence.tokens[c.from]!.start;
    const end = sentence.tokens[Math.max(c.from, c.to - 1)]!.end;
    const evidence: Evidence = {
      documentId: meta.id,
      sentence: sentence.text,
      sentenceIndex: sentence.index,
      start,
      end,
      text: text.slice(start, end),
      rule: c.rule,
      section: sentence.section,
    };
    const id = cachedRelationId(c);
    const existing = merged.get(id);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === start && e.end === end && e.rule === c.rule))
        existing.evidence.push(evidence);
      existing.confidence = Math.max(existing.confidence, round(c.confidence));
      existing.date ??= c.date;
      if (c.qualifiers) existing.qualifiers = { ...c.qualifiers, ...existing.qualifiers };
      continue;
    }
    merged.set(id, {
      id,
      subject: c.subject,
      predicate: c.predicate,
      object: c.object,
      confidence: round(c.confidence),
      modality: c.modality,
      attributedTo: c.attributedTo,
      date: c.date,
      evidence: [evidence],
      ...(c.qualifiers ? { qualifiers: sortKeys(c.qualifiers) } : {}),
    });
  }
  const relations = [...merged.values()];
  const used = new Set<string>();
  for (const r of relations) {
    used.add(r.subject);
    used.add(r.object);
    if (r.attributedTo) used.add(r.attributedTo);
  }

  const out: Entity[] = [];
  for (const e of byKey.values()) {
    const strong = e.mentions.some(
      (m) => !m.weak && m.kind !== 'pronoun' && m.kind !== 'description',
    );
    if (!strong && !used.has(e.key)) continue;
    const mentions = uniqueMentions(e.mentions).map((m) => toMention(meta.id, text, sentences, m));
    const aliases = [...e.aliases].filter((a) => a !== e.name).sort();
    const attributes: Record<string, string> = {};
    if (e.country && e.type !== 'Country') attributes.country = e.country.name;
    for (const [k, v] of Object.entries(e.attributes))
      if (!INTERNAL_ATTRIBUTES.has(k)) attributes[k] = v;
    out.push({
      id: e.key,
      name: e.name,
      type: e.type,
      aliases,
      mentions,
      ...(Object.keys(attributes).length ? { attributes: sortKeys(attributes) } : {}),
    });
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    documents: [
      {
        id: meta.id,
        title: meta.title,
        url: meta.url,
        publishedAt: meta.publishedAt,
        source: meta.source,
        sha256: createHash('sha256').update(text).digest('hex'),
        language: 'en',
        text,
      },
    ],
    entities: out,
    relations,
  };
}

function uniqueMentions(mentions: MentionRec[]): MentionRec[] {
  const seen = new Set<string>();
  const out: MentionRec[] = [];
  for (const m of mentions) {
    const key = `${m.sent}:${m.from}:${m.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out.sort((a, b) => a.sent - b.sent || a.from - b.from);
}

function toMention(
  documentId: string,
  text: string,
  sentences: Sentence[],
  m: MentionRec,
): Mention {
  const s = sentences[m.sent]!;
  const start = s.tokens[m.from]!.start;
  const end = s.tokens[m.to - 1]!.end;
  return {
    documentId,
    start,
    end,
    text: text.slice(start, end),
    sentence: s.text,
    sentenceIndex: s.index,
    section: s.section,
    rule: m.rule,
    confidence: round(m.confidence),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** `relationId` memoised across articles (its 64-bit hash is slow); bounded like the entity ids. */
const RELATION_IDS = new Map<string, string>();
function cachedRelationId(c: RelationCandidate): string {
  const cacheKey = `${c.subject}\u0000${c.predicate}\u0000${c.object}\u0000${c.modality}\u0000${c.attributedTo ?? '\u0001'}`;
  let id = RELATION_IDS.get(cacheKey);
  if (id === undefined) {
    id = relationId({
      subject: c.subject,
      predicate: c.predicate,
      object: c.object,
      modality: c.modality,
      attributedTo: c.attributedTo,
    });
    if (RELATION_IDS.size >= 50_000) RELATION_IDS.clear();
    RELATION_IDS.set(cacheKey, id);
  }
  return id;
}
