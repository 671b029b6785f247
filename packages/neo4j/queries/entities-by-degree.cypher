// Entities by type, ranked by degree.
// Degree counts distinct relations (a fact stated by two articles counts once);
// `neighbours` counts distinct connected entities and `articles` the articles that
// mention the entity. Give a type to rank one type only.
// @param type   entity type such as Person or Prison, or null for every type (default: null)
// @param limit  rows to return (default: 25)
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
OPTIONAL MATCH (e)-[r]-(n:Entity)
WITH e, count(DISTINCT r.relationId) AS degree, count(DISTINCT n) AS neighbours
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article)
WHERE m.count > 0
RETURN e.type AS type, e.name AS entity, e.id AS id, degree, neighbours, count(m) AS articles
ORDER BY type, degree DESC, neighbours DESC, entity
LIMIT toInteger($limit)
