// The changes recorded after revision $since, up to $until, of one epoch, oldest first.
MATCH (c:GraphChange)
WHERE c.revision > $since AND c.revision <= $until AND c.epoch = $epoch
RETURN c.revision AS revision, c.change AS change
ORDER BY revision
