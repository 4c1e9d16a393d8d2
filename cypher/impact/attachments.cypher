// What hangs off a set of affected nodes: the tasks that target them, the indicators that measure
// them, the agencies that own or operate them, and the layers they sit in.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  OPTIONAL MATCH (t:Task)-[:TARGETS]->(n)
  RETURN collect(DISTINCT t.id) AS tasks
}
CALL {
  WITH n
  OPTIONAL MATCH (i:Indicator)-[:MEASURES]->(n)
  RETURN collect(DISTINCT i.id) AS indicators
}
CALL {
  WITH n
  OPTIONAL MATCH (n)-[:OWNED_BY|OPERATED_BY]->(a:Node)
  RETURN collect(DISTINCT a.id) AS agencies
}
CALL {
  WITH n
  OPTIONAL MATCH (n)-[:IN_LAYER]->(l:ArchitectureLayer)
  RETURN collect(DISTINCT l.id) AS layers
}
RETURN id, tasks, indicators, agencies, layers
