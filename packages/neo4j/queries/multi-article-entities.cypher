// Entities mentioned by more than one article.
// How many articles mention each entity and how often in total, most widely reported
// first, with the ids of the articles.
// @param minArticles  least number of articles (default: 2)
MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
WHERE m.count > 0
WITH e, count(a) AS articles, sum(m.count) AS mentions, collect(a.id) AS articleIds
WHERE articles >= $minArticles
RETURN e.type AS type, e.name AS entity, articles, mentions, articleIds
ORDER BY articles DESC, mentions DESC, entity
