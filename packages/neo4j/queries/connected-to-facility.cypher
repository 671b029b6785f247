// Everything connected to a given prison or court.
// Each neighbour of the facility, the relation (in or out), its stance, who it is
// attributed to and how many articles state it. The facility is matched by id,
// name or alias, ignoring case.
// @param name  prison or court: id, name or alias (example: CECOT)
MATCH (f:Entity)
WHERE (f:Prison OR f:Court)
  AND (f.id = $name OR toLower(f.name) = toLower($name)
       OR any(alias IN f.aliases WHERE toLower(alias) = toLower($name)))
MATCH (f)-[r]-(n:Entity)
OPTIONAL MATCH (source:Entity {id: r.attributedTo})
RETURN f.name AS facility,
       CASE WHEN startNode(r) = f THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation,
       n.name AS entity,
       n.type AS type,
       r.modality AS stance,
       source.name AS attributedTo,
       count(DISTINCT r.articleId) AS articles
ORDER BY facility, direction, relation, entity
