-- A transaction that changes nothing the figures read (anonymisation, retention) says so with
-- set_config('helhed.figures_unchanged', 'on', true); the plan's logbook revision then stays,
-- so no reader reloads the plan's figures because of it.
CREATE OR REPLACE FUNCTION bump_logbook_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('helhed.figures_unchanged', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO logbook_revisions (plan_id, revision)
      SELECT DISTINCT o.plan_id, 1 FROM old_rows o WHERE EXISTS (SELECT 1 FROM plans p WHERE p.id = o.plan_id)
      ON CONFLICT (plan_id) DO UPDATE SET revision = logbook_revisions.revision + 1;
  ELSE
    INSERT INTO logbook_revisions (plan_id, revision)
      SELECT DISTINCT n.plan_id, 1 FROM new_rows n WHERE EXISTS (SELECT 1 FROM plans p WHERE p.id = n.plan_id)
      ON CONFLICT (plan_id) DO UPDATE SET revision = logbook_revisions.revision + 1;
  END IF;
  RETURN NULL;
END
$$;
