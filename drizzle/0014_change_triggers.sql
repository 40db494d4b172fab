-- The same triggers as 0008 now also say WHICH rows a revision changed (logbook_changes), so the
-- live målopfyldelse catches up from those rows instead of reading the whole logbook again.
-- Attendance is keyed by its event, course stages and follow-ups by their course. A statement that
-- changes more than 200 keys of a plan (an import) logs one row with a null key: read everything.
UPDATE logbook_revisions SET logged_from = revision;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_logbook_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key_column text := CASE TG_TABLE_NAME
    WHEN 'attendance' THEN 'event_id'
    WHEN 'course_stages' THEN 'course_id'
    WHEN 'course_follow_ups' THEN 'course_id'
    ELSE 'id' END;
  rows_table text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
BEGIN
  -- A transaction that changes nothing the figures read (anonymisation, retention; 0012) keeps the revision.
  IF current_setting('helhed.figures_unchanged', true) = 'on' THEN
    RETURN NULL;
  END IF;
  EXECUTE format($sql$
    WITH changed AS (
      SELECT DISTINCT r.plan_id, r.%1$I AS row_key FROM %2$I r
       WHERE EXISTS (SELECT 1 FROM plans p WHERE p.id = r.plan_id)
    ), per_plan AS (
      SELECT plan_id, count(*) AS n FROM changed GROUP BY plan_id
    ), bumped AS (
      INSERT INTO logbook_revisions AS l (plan_id, revision) SELECT plan_id, 1 FROM per_plan
      ON CONFLICT (plan_id) DO UPDATE SET revision = l.revision + 1
      RETURNING l.plan_id, l.revision
    )
    INSERT INTO logbook_changes (plan_id, revision, table_name, row_key)
      SELECT b.plan_id, b.revision, %3$L, c.row_key
        FROM bumped b JOIN per_plan p ON p.plan_id = b.plan_id JOIN changed c ON c.plan_id = b.plan_id
       WHERE p.n <= 200
      UNION ALL
      SELECT b.plan_id, b.revision, %3$L, NULL FROM bumped b JOIN per_plan p ON p.plan_id = b.plan_id
       WHERE p.n > 200
  $sql$, key_column, rows_table, TG_TABLE_NAME);
  RETURN NULL;
END
$$;
