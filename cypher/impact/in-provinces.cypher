// Which of the affected nodes ($ids) belong to one of $provinces, or to no province when $national.
// Filters what impact reports; the walk itself has already crossed every province.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.province IN $provinces OR ($national AND n.province IS NULL)
RETURN n.id AS id
