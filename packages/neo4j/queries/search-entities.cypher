// Find entities by name or alias, fuzzily, through the full-text index.
// Lucene syntax: `cecot`, `bukel~` (fuzzy), `"interior minister"`, `tren AND aragua`.
// Each hit with its type, score, aliases and how many articles mention it.
// @param text   what to look for (example: bukel~)
// @param limit  rows to return (default: 10)
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
OPTIONAL MATCH (node)-[m:MENTIONED_IN]->(:Article)
WHERE m.count > 0
RETURN node.name AS entity, node.type AS type, node.id AS id, round(score, 2) AS score,
       node.aliases AS aliases, count(m) AS articles
ORDER BY score DESC, articles DESC, entity
LIMIT toInteger($limit)
