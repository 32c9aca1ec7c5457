-- Who a received case's defenders are (issue 24): ids from assets/taxonomies/defender-profiles.json,
-- marked by the desk at triage, for its trends.
ALTER TABLE received_case ADD COLUMN profiles TEXT NOT NULL DEFAULT '[]';
