-- Raises the plan's logbook revision in the same transaction as every change to its logbook
-- or structure, so the in-memory logbook of the live målopfyldelse is reloaded exactly when needed.
CREATE OR REPLACE FUNCTION bump_logbook_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
--> statement-breakpoint
CREATE TRIGGER activities_revision_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER activities_revision_update AFTER UPDATE ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER activities_revision_delete AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER milestones_revision_insert AFTER INSERT ON milestones REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER milestones_revision_update AFTER UPDATE ON milestones REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER milestones_revision_delete AFTER DELETE ON milestones REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER participants_revision_insert AFTER INSERT ON participants REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER participants_revision_update AFTER UPDATE ON participants REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER participants_revision_delete AFTER DELETE ON participants REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER households_revision_insert AFTER INSERT ON households REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER households_revision_update AFTER UPDATE ON households REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER households_revision_delete AFTER DELETE ON households REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER events_revision_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER events_revision_update AFTER UPDATE ON events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER events_revision_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER attendance_revision_insert AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER attendance_revision_update AFTER UPDATE ON attendance REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER attendance_revision_delete AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER event_series_revision_insert AFTER INSERT ON event_series REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER event_series_revision_update AFTER UPDATE ON event_series REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER event_series_revision_delete AFTER DELETE ON event_series REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER roster_entries_revision_insert AFTER INSERT ON roster_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER roster_entries_revision_update AFTER UPDATE ON roster_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER roster_entries_revision_delete AFTER DELETE ON roster_entries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER courses_revision_insert AFTER INSERT ON courses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER courses_revision_update AFTER UPDATE ON courses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER courses_revision_delete AFTER DELETE ON courses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER course_stages_revision_insert AFTER INSERT ON course_stages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER course_stages_revision_update AFTER UPDATE ON course_stages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER course_stages_revision_delete AFTER DELETE ON course_stages REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER course_follow_ups_revision_insert AFTER INSERT ON course_follow_ups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER course_follow_ups_revision_update AFTER UPDATE ON course_follow_ups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER course_follow_ups_revision_delete AFTER DELETE ON course_follow_ups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER contacts_revision_insert AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER contacts_revision_update AFTER UPDATE ON contacts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER contacts_revision_delete AFTER DELETE ON contacts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER referrals_revision_insert AFTER INSERT ON referrals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER referrals_revision_update AFTER UPDATE ON referrals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER referrals_revision_delete AFTER DELETE ON referrals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER assessments_revision_insert AFTER INSERT ON assessments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER assessments_revision_update AFTER UPDATE ON assessments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER assessments_revision_delete AFTER DELETE ON assessments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER volunteer_hours_revision_insert AFTER INSERT ON volunteer_hours REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER volunteer_hours_revision_update AFTER UPDATE ON volunteer_hours REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER volunteer_hours_revision_delete AFTER DELETE ON volunteer_hours REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER criterion_values_revision_insert AFTER INSERT ON criterion_values REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER criterion_values_revision_update AFTER UPDATE ON criterion_values REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER criterion_values_revision_delete AFTER DELETE ON criterion_values REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER milestone_updates_revision_insert AFTER INSERT ON milestone_updates REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER milestone_updates_revision_update AFTER UPDATE ON milestone_updates REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER milestone_updates_revision_delete AFTER DELETE ON milestone_updates REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
