// The evidence sentences behind a relationship.
// Every sentence (and the span in it) that states a relation between the subject and
// the object, with its article, stance and extraction rule, one row per sentence.
// Subject and object are matched by id, name or alias, ignoring case.
// @param subject    subject entity: id, name or alias (example: Donald Trump)
// @param object     object entity: id, name or alias (example: Alien Enemies Act)
// @param predicate  relation type such as INVOKED, or null for any (default: null)
MATCH (s:Entity)-[r]->(o:Entity)
WHERE (s.id = $subject OR toLower(s.name) = toLower($subject)
       OR any(alias IN s.aliases WHERE toLower(alias) = toLower($subject)))
  AND (o.id = $object OR toLower(o.name) = toLower($object)
       OR any(alias IN o.aliases WHERE toLower(alias) = toLower($object)))
  AND ($predicate IS NULL OR type(r) = $predicate)
MATCH (a:Article {id: r.articleId})
UNWIND range(0, size(r.sentences) - 1) AS i
RETURN s.name AS subject,
       type(r) AS relation,
       o.name AS object,
       r.modality AS stance,
       a.id AS article,
       a.publishedAt AS published,
       r.texts[i] AS span,
       r.sentences[i] AS sentence,
       r.rules[i] AS rule
ORDER BY relation, published, article, r.starts[i]
