-- The audit log no longer chains under a global lock at insert (that lock was held until the
-- inserting transaction committed, and the head was found by sorting the whole table): a row is
-- inserted unsealed, and audit_seal() gives committed rows their place in the hash chain in short
-- transactions of their own. See docs/decisions/011-audit-log-sealing.md.
DROP TRIGGER IF EXISTS audit_events_chain ON audit_events;
--> statement-breakpoint
DROP FUNCTION IF EXISTS audit_events_chain();
--> statement-breakpoint
-- A new row is always unsealed: nobody can insert a row that claims a place in the chain.
CREATE OR REPLACE FUNCTION audit_events_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.seq := NULL;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  NEW.at := coalesce(NEW.at, now());
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_unsealed BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_unsealed();
--> statement-breakpoint
-- The only change ever allowed: sealing an unsealed row, its content untouched, as the next link
-- of the chain with the right hash. Everything else (any other UPDATE, DELETE, TRUNCATE) is refused.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
     AND (NEW.id, NEW.at, NEW.actor_user_id, NEW.actor_email, NEW.organisation_id, NEW.action,
          NEW.resource_type, NEW.resource_id, NEW.person_id, NEW.reason, NEW.outcome, NEW.details::text)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.at, OLD.actor_user_id, OLD.actor_email, OLD.organisation_id, OLD.action,
          OLD.resource_type, OLD.resource_id, OLD.person_id, OLD.reason, OLD.outcome, OLD.details::text)
     AND NEW.hash = audit_event_hash(NEW.prev_hash, NEW)
     AND (NEW.seq = 1 OR NEW.prev_hash IS NOT NULL)
     AND NEW.prev_hash IS NOT DISTINCT FROM (SELECT a.hash FROM audit_events a WHERE a.seq = NEW.seq - 1)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Revisionsloggen kan ikke ændres eller slettes (audit_events er append-only).';
END
$$;
--> statement-breakpoint
-- Seals up to max_rows committed, unsealed rows in id order and returns how many. One sealer at a
-- time (a try-lock: a second caller returns 0 at once instead of waiting); inserts never wait for it.
-- SECURITY DEFINER: the application's role may call it without having UPDATE on the table.
CREATE OR REPLACE FUNCTION audit_seal(max_rows integer DEFAULT 1000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  r audit_events%ROWTYPE;
  n integer := 0;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7272740002) THEN
    RETURN 0;
  END IF;
  SELECT a.seq, a.hash INTO head_seq, head_hash FROM audit_events a WHERE a.seq IS NOT NULL ORDER BY a.seq DESC LIMIT 1;
  FOR r IN SELECT * FROM audit_events a WHERE a.seq IS NULL ORDER BY a.id LIMIT max_rows LOOP
    r.seq := coalesce(head_seq, 0) + 1;
    r.prev_hash := head_hash;
    r.hash := audit_event_hash(r.prev_hash, r);
    UPDATE audit_events SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    head_seq := r.seq;
    head_hash := r.hash;
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;
