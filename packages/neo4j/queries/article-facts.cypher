// What one article states: every relation it contributed, with stance and source.
// One row per relation, in the order of the sentences that state them; `evidence` is the
// first span stating it. Use `pnpm kg query "MATCH (a:Article) RETURN a.id, a.title"` for ids.
// @param article  article id (example: dw-2025-03-21-venezuela-rejects-us-gang-accusations)
MATCH (:Article {id: $article})<-[:MENTIONED_IN]-(s:Entity)-[r]->(o:Entity)
WHERE r.articleId = $article
OPTIONAL MATCH (source:Entity {id: r.attributedTo})
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.modality AS stance,
       source.name AS attributedTo, r.date AS date, r.confidence AS confidence,
       r.texts[0] AS evidence
ORDER BY r.starts[0]
