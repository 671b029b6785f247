import { planDocument, SCHEMA_STATEMENTS } from '@news-kg/neo4j';
import { isEntityType, isPredicate, KgUserError, type KgDocument } from '@news-kg/schema';
import { ARTICLE_LABEL, ENTITY_LABEL, MENTIONED_IN } from './model';

type CypherValue = string | number | boolean | null | CypherDate | CypherValue[];
interface CypherDate {
  date: string;
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A Cypher script that rebuilds the graph exactly as `kg load` writes it (`cypher-shell
 * -f graph.cypher`, or paste it into Neo4j Browser): the rows come from the loader's own
 * `planDocument`, so saved queries, `kg export` and re-loads work on the result.
 * `(:Entity:<Type>)` and `(:Article)` nodes, `(:Entity)-[:MENTIONED_IN]->(:Article)` and
 * one predicate relationship per (relation, article).
 *
 * Values are literals, not parameters, so every string goes through `cypherString`;
 * labels and relationship types are checked against the ontology allow-list right where
 * they are spliced in. One statement per line, each ending in `;`, idempotent (MERGE on
 * ids), so the script can be run twice.
 */
export function toCypherScript(doc: KgDocument): string {
  const plans = planDocument(doc);
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const entityIds = [...new Set(plans.flatMap((p) => p.entities.map((e) => e.id)))];
  const relationships = plans.reduce((n, p) => n + p.relations.length, 0);
  const lines: string[] = [
    `// news-kg graph: ${entityIds.length} entities, ${doc.relations.length} relations (${relationships} relationships, one per relation and article), ${plans.length} articles.`,
    '// Rebuild with: cypher-shell -u neo4j -p <password> -f graph.cypher',
    // The loader's own constraints and indexes (idempotent).
    ...SCHEMA_STATEMENTS.map((statement) => `${statement.replace(/\s+/g, ' ')};`),
  ];
  for (const { article: a } of plans) {
    lines.push(
      `MERGE (n:${ARTICLE_LABEL} {id: ${cypherString(a.id)}}) SET n += ${cypherMap({
        title: a.title,
        url: a.url,
        publishedAt: a.publishedAt && ISO_DATE.test(a.publishedAt) ? { date: a.publishedAt } : null,
        source: a.source,
        language: a.language,
        sha256: a.sha256,
        text: a.text,
        contentHash: a.contentHash,
      })}, n.loadedAt = datetime();`,
    );
  }
  for (const id of entityIds) {
    const e = entities.get(id)!;
    lines.push(
      `MERGE (n:${ENTITY_LABEL} {id: ${cypherString(e.id)}}) SET n:${label(e.type)} SET n += ${cypherMap(
        {
          name: e.name,
          type: e.type,
          aliases: e.aliases.filter((x) => x !== e.name),
          attributes:
            e.attributes && Object.keys(e.attributes).length ? JSON.stringify(e.attributes) : null,
        },
      )};`,
    );
  }
  for (const plan of plans) {
    for (const row of plan.entities) {
      lines.push(
        `MATCH (e:${ENTITY_LABEL} {id: ${cypherString(row.id)}}), (a:${ARTICLE_LABEL} {id: ${cypherString(row.articleId)}}) MERGE (e)-[m:${MENTIONED_IN}]->(a) SET m += ${cypherMap(
          {
            count: row.count,
            mentions: row.mentions,
            starts: row.starts,
            ends: row.ends,
            sentences: row.sentences,
            sentenceIndexes: row.sentenceIndexes,
            sections: row.sections,
            rules: row.rules,
            confidences: row.confidences,
            entityAliases: row.aliases,
            entityName: row.name,
            entityAttributes: row.attributes,
          },
        )};`,
      );
    }
  }
  for (const plan of plans) {
    for (const r of plan.relations) {
      const p = r.props;
      lines.push(
        `MATCH (s:${ENTITY_LABEL} {id: ${cypherString(r.s)}}), (o:${ENTITY_LABEL} {id: ${cypherString(r.o)}}) MERGE (s)-[r:${relType(r.predicate)} {relationId: ${cypherString(p.relationId)}, articleId: ${cypherString(p.articleId)}}]->(o) SET r += ${cypherMap(
          {
            modality: p.modality,
            attributedTo: p.attributedTo,
            date: p.date && ISO_DATE.test(p.date) ? { date: p.date } : null,
            confidence: p.confidence,
            qualifiers: p.qualifiers,
            evidenceCount: p.evidenceCount,
            sentences: p.sentences,
            texts: p.texts,
            starts: p.starts,
            ends: p.ends,
            sentenceIndexes: p.sentenceIndexes,
            sections: p.sections,
            rules: p.rules,
            ...r.q,
          },
        )};`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

function label(type: string): string {
  if (!isEntityType(type)) throw new KgUserError(`"${type}" is not an entity type of the ontology`);
  return type;
}

function relType(predicate: string): string {
  if (!isPredicate(predicate))
    throw new KgUserError(`"${predicate}" is not a predicate of the ontology`);
  return predicate;
}

/**
 * A single-quoted Cypher string literal. Backslash and quote are escaped, every
 * character below U+0020 (line breaks included) and U+2028/U+2029 become escape
 * sequences, so a literal never spans lines; lone surrogates become U+FFFD.
 */
export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  return `date(${cypherString(value.date)})`;
}

/** A map literal; keys are identifiers checked by pattern, values escaped literals. */
function cypherMap(map: Record<string, CypherValue>): string {
  const entries = Object.entries(map).map(([k, v]) => {
    // Fixed names from this module, plus `q_<key>` names the loader's plan already
    // restricted to /^q_[A-Za-z][A-Za-z0-9_]{0,39}$/; checked again here all the same.
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(k)) throw new Error(`unsafe property key ${k}`);
    return `${k}: ${cypherLiteral(v)}`;
  });
  return `{${entries.join(', ')}}`;
}
