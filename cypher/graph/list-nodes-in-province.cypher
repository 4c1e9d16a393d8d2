// list-nodes for one province: the same filters and order, but the (kind, province) index seeks
// the province's nodes instead of scanning every node of the kind (at national scale a kind has
// a million nodes and a province a thirtieth of them).
MATCH (n:Node)
WHERE n.kind = $kind AND n.province = $province
  AND ($level IS NULL OR n.level = $level)
  AND ($componentKind IS NULL OR n.componentKind = $componentKind)
  AND ($period IS NULL OR n.period = $period)
  AND ($architecture IS NULL
       OR EXISTS { (:Node {id: $architecture})-[:INCLUDES]->(n) }
       OR EXISTS { (n)-[:LISTED_IN]->(:Node {id: $architecture}) })
  AND ($layer IS NULL OR EXISTS { (n)-[:IN_LAYER]->(:Node {id: $layer}) })
  AND ($lead IS NULL OR EXISTS { (n)-[:LED_BY]->(:Node {id: $lead}) })
  AND ($plan IS NULL OR EXISTS { (n)-[:LISTED_IN]->(:Node {id: $plan}) })
WITH n ORDER BY coalesce(n.order, 0), n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total, [x IN matched[$offset..($offset + $limit)] | properties(x)] AS nodes
