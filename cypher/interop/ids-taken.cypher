// Which of these candidate ids already exist (for making new ids from names).
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id
