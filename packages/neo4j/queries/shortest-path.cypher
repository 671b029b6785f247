// The shortest path between two named entities.
// Both are matched by id, name or alias, ignoring case; the path runs through
// entities only (never through an Article), in any direction, up to 6 hops.
// @param from  first entity: id, name or alias (example: Donald Trump)
// @param to    second entity: id, name or alias (example: CECOT)
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($from))
MATCH (b:Entity)
WHERE (b.id = $to OR toLower(b.name) = toLower($to)
       OR any(alias IN b.aliases WHERE toLower(alias) = toLower($to)))
  AND a <> b
MATCH path = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(path) WHERE n:Entity)
RETURN length(path) AS hops,
       [n IN nodes(path) | n.name] AS entities,
       [r IN relationships(path) | type(r)] AS relations,
       path
ORDER BY hops
