-- What each laptop's signed state file said at most (issue 19): the highest change file it had
-- published, and the highest it had applied from each laptop. A later state file saying less
-- comes from a vault that went back (a copy put back, its last saves deleted): the other laptops
-- point it out. Local only.
ALTER TABLE sync_joined ADD COLUMN published INTEGER;
ALTER TABLE sync_joined ADD COLUMN applied TEXT;
