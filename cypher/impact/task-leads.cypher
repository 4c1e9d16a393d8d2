// Lead agencies of tasks and indicators.
UNWIND $ids AS id
MATCH (x:Node {id: id})-[:LED_BY]->(a:Node)
RETURN id, collect(a.id) AS leads
