-- One word per concept (issue 12): a step is named as its task, and `run_summaries` says `step`.
-- The summaries recorded under the old short step names are renamed, so a rerun still replaces them.
ALTER TABLE run_summaries RENAME COLUMN stage TO step;
UPDATE run_summaries SET step = CASE step
    WHEN 'fetch' THEN 'fetch_posts'
    WHEN 'extract' THEN 'extract_facts'
    WHEN 'validate' THEN 'validate_facts'
    WHEN 'detect' THEN 'detect_alerts'
    WHEN 'load' THEN 'load_monthly_counts'
    ELSE step END
WHERE step IN ('fetch', 'extract', 'validate', 'detect', 'load');
