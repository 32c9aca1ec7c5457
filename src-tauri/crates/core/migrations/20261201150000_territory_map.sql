-- A photo of the community's own hand-drawn territory map, sealed as an attachment; the
-- network is drawn over it. JSON of the attachment (id, name, sha256, size), or NULL.
ALTER TABLE collective ADD COLUMN territory_map TEXT;
