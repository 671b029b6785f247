import { isEntityType, isPredicate, KgUserError, type KgDocument } from '@news-kg/schema';
import { ARTICLE_LABEL, ENTITY_LABEL, MENTIONED_IN, toPropertyGraph } from './model';

type CypherValue = string | number | boolean | null | CypherDate | CypherValue[];
interface CypherDate {
  date: string;
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A Cypher script that rebuilds the graph (`cypher-shell -f graph.cypher`, or paste it
 * into Neo4j Browser). Values are literals, not parameters, so every string goes
 * through `cypherString`; labels and relationship types are checked against the
 * ontology allow-list right where they are spliced in. One statement per line, each
 * ending in `;`, idempotent (MERGE on ids), so the script can be run twice.
 */
export function toCypherScript(doc: KgDocument): string {
  const g = toPropertyGraph(doc);
  const lines: string[] = [
    `// news-kg graph: ${g.entities.length} entities, ${g.relations.length} relations, ${g.articles.length} articles.`,
    '// Rebuild with: cypher-shell -u neo4j -p <password> -f graph.cypher',
    `CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;`,
    `CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:${ARTICLE_LABEL}) REQUIRE n.id IS UNIQUE;`,
  ];
  for (const a of g.articles) {
    lines.push(
      `MERGE (n:${ARTICLE_LABEL} {id: ${cypherString(a.id)}}) SET n += ${cypherMap({
        title: a.title,
        url: a.url,
        publishedAt: a.publishedAt && ISO_DATE.test(a.publishedAt) ? { date: a.publishedAt } : null,
        source: a.source,
        sha256: a.sha256,
        language: a.language,
      })};`,
    );
  }
  for (const e of g.entities) {
    lines.push(
      `MERGE (n:${ENTITY_LABEL} {id: ${cypherString(e.id)}}) SET n:${label(e.type)} SET n += ${cypherMap(
        {
          name: e.name,
          type: e.type,
          aliases: e.aliases,
          mentionCount: e.mentionCount,
          attributes: e.attributes,
        },
      )};`,
    );
  }
  for (const m of g.mentions) {
    lines.push(
      `MATCH (e:${ENTITY_LABEL} {id: ${cypherString(m.entity)}}), (a:${ARTICLE_LABEL} {id: ${cypherString(m.article)}}) MERGE (e)-[m:${MENTIONED_IN}]->(a) SET m.count = ${cypherLiteral(m.count)};`,
    );
  }
  for (const r of g.relations) {
    lines.push(
      `MATCH (s:${ENTITY_LABEL} {id: ${cypherString(r.subject)}}), (o:${ENTITY_LABEL} {id: ${cypherString(r.object)}}) MERGE (s)-[r:${relType(r.predicate)} {relationId: ${cypherString(r.id)}}]->(o) SET r += ${cypherMap(
        {
          modality: r.modality,
          confidence: r.confidence,
          attributedTo: r.attributedTo,
          date: r.date && ISO_DATE.test(r.date) ? { date: r.date } : null,
          evidenceCount: r.evidenceCount,
          sentences: r.sentences,
          articleIds: r.documentIds,
          evidence: r.evidence,
          qualifiers: r.qualifiers,
        },
      )};`,
    );
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

/** A map literal; keys are fixed identifiers from this module, never data. */
function cypherMap(map: Record<string, CypherValue>): string {
  const entries = Object.entries(map).map(([k, v]) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) throw new Error(`unsafe property key ${k}`);
    return `${k}: ${cypherLiteral(v)}`;
  });
  return `{${entries.join(', ')}}`;
}
