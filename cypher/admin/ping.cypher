// Liveness of the database: answers when a read transaction can run.
RETURN 1 AS ok
