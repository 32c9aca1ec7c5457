-- Files sent with a case: the community chooses them among its incidents' sealed attachments;
-- the desk keeps what it received as sealed blobs of its own vault.
ALTER TABLE escalation_case ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
ALTER TABLE received_case ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
