-- One edit can write several rows (starting a protocol from its template, sorting a workshop
-- note into a risk): the rows written in one transaction share a batch, and undo and redo
-- take the whole batch back, so one action is one undo. Older changes have no batch and
-- stand alone.
ALTER TABLE change_log ADD COLUMN batch TEXT;
CREATE INDEX change_log_batch ON change_log (batch);
