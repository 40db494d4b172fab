-- The audit log is append-only and hash-chained (see app/.server/db/schema/audit.ts).
CREATE OR REPLACE FUNCTION audit_event_hash(prev text, e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    coalesce(prev, ''), e.seq::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_user_id::text, ''), coalesce(e.actor_email, ''), coalesce(e.organisation_id::text, ''),
    e.action, e.resource_type, coalesce(e.resource_id, ''), coalesce(e.person_id::text, ''),
    coalesce(e.reason, ''), e.outcome, coalesce(e.details::text, '')), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  last_row audit_events%ROWTYPE;
BEGIN
  -- One writer at a time; the query below then sees every committed row (fresh snapshot).
  PERFORM pg_advisory_xact_lock(7272740001);
  SELECT * INTO last_row FROM audit_events ORDER BY seq DESC NULLS LAST LIMIT 1;
  NEW.seq := coalesce(last_row.seq, 0) + 1;
  NEW.at := coalesce(NEW.at, now());
  NEW.prev_hash := last_row.hash;
  NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Revisionsloggen kan ikke ændres eller slettes (audit_events er append-only).';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
