CREATE TABLE "logbook_snapshots" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"data" text NOT NULL,
	"made_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "logbook_revisions" ADD COLUMN "cleared" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "logbook_snapshots" ADD CONSTRAINT "logbook_snapshots_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Decision 013c: the logbook triggers also drop a plan's kept snapshot when its rows are updated or deleted.
CREATE OR REPLACE FUNCTION bump_logbook_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key_column text := CASE TG_TABLE_NAME
    WHEN 'attendance' THEN 'event_id'
    WHEN 'course_stages' THEN 'course_id'
    WHEN 'course_follow_ups' THEN 'course_id'
    ELSE 'id' END;
  rows_table text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
BEGIN
  -- A correction or an erasure (decision 013c): the plan's kept snapshot would still hold the row
  -- as it was, so it goes, and `cleared` tells a snapshot being written meanwhile not to land.
  IF TG_OP <> 'INSERT' THEN
    EXECUTE format($sql$
      WITH touched AS (
        SELECT DISTINCT r.plan_id FROM %1$I r WHERE EXISTS (SELECT 1 FROM plans p WHERE p.id = r.plan_id)
      ), marked AS (
        INSERT INTO logbook_revisions AS l (plan_id, cleared) SELECT plan_id, 1 FROM touched
        ON CONFLICT (plan_id) DO UPDATE SET cleared = l.cleared + 1
      )
      DELETE FROM logbook_snapshots s USING touched t WHERE s.plan_id = t.plan_id
    $sql$, rows_table);
  END IF;
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
