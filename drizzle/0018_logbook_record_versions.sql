ALTER TABLE "assessments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "course_follow_ups" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "course_stages" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "criterion_values" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_series" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "series_values" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Every update of a logbook entry raises its version: an edit names the version it started from and
-- is refused when the stored one is newer (issue 12: an offline edit never overwrites silently).
CREATE OR REPLACE FUNCTION bump_record_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assessments_version BEFORE UPDATE ON assessments FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER consents_version BEFORE UPDATE ON consents FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER contacts_version BEFORE UPDATE ON contacts FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER course_follow_ups_version BEFORE UPDATE ON course_follow_ups FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER course_stages_version BEFORE UPDATE ON course_stages FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER courses_version BEFORE UPDATE ON courses FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER criterion_values_version BEFORE UPDATE ON criterion_values FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER event_series_version BEFORE UPDATE ON event_series FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER events_version BEFORE UPDATE ON events FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER households_version BEFORE UPDATE ON households FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER participants_version BEFORE UPDATE ON participants FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER referrals_version BEFORE UPDATE ON referrals FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER roster_entries_version BEFORE UPDATE ON roster_entries FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER series_values_version BEFORE UPDATE ON series_values FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
--> statement-breakpoint
CREATE TRIGGER volunteer_hours_version BEFORE UPDATE ON volunteer_hours FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bump_record_version();
