-- Edits and deletions (issue 23): a post gone from its channel is kept, flagged by a new version
-- that says so (same text, `deleted` TRUE, `fetched_at` = when the run noticed). A post seen again
-- later gets another version with `deleted` FALSE. Extraction reads only the live latest version.
ALTER TABLE raw_posts ADD COLUMN deleted BOOLEAN DEFAULT FALSE;
