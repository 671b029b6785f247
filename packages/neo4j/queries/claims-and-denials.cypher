// Who claims or alleges what about whom, and who denies it.
// Every statement that is not a plain assertion (modality claimed, alleged or denied),
// plus accusations and denials stated as relations of their own (ACCUSED_OF, DENIED).
// `source` is whoever the article attributes the statement to; `deniedBy` lists those
// who deny the same subject-relation-object; `evidence` is one sentence stating it.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.modality <> 'asserted' OR type(r) IN ['ACCUSED_OF', 'DENIED']
OPTIONAL MATCH (attributed:Entity {id: r.attributedTo})
WITH s, r, o,
     coalesce(attributed.name,
              CASE WHEN type(r) IN ['ACCUSED_OF', 'DENIED'] THEN s.name END) AS source
OPTIONAL MATCH (s)-[d]->(o)
WHERE type(d) = type(r) AND d.modality = 'denied' AND r.modality <> 'denied'
OPTIONAL MATCH (denier:Entity {id: d.attributedTo})
RETURN source,
       r.modality AS stance,
       s.name AS subject,
       type(r) AS relation,
       o.name AS object,
       coalesce(r.q_charge, r.q_designation, r.q_verb) AS about,
       collect(DISTINCT denier.name) AS deniedBy,
       count(DISTINCT r.articleId) AS articles,
       head(collect(r.sentences[0])) AS evidence
ORDER BY source, subject, relation, object
