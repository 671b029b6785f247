// Paths from a head of state to a prison.
// A head of state is a person who is PRESIDENT_OF or PRIME_MINISTER_OF a country or
// government. For each such person and each prison, the shortest connections (any
// direction, up to 4 hops, through entities only), with the relations along the way.
MATCH (head:Person)-[:PRESIDENT_OF|PRIME_MINISTER_OF]->(:Country|Government)
WITH DISTINCT head
MATCH (prison:Prison)
MATCH path = allShortestPaths((head)-[*..4]-(prison))
WHERE all(n IN nodes(path) WHERE n:Entity)
RETURN DISTINCT head.name AS headOfState,
       prison.name AS prison,
       length(path) AS hops,
       [n IN nodes(path) | n.name] AS via,
       [r IN relationships(path) | type(r) + CASE r.modality WHEN 'asserted' THEN '' ELSE ' (' + r.modality + ')' END] AS relations
ORDER BY hops, headOfState, prison
