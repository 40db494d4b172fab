ALTER TABLE "plans" ADD COLUMN "content_revision" integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
-- The plan document's revision (issue 13): any change to a plan row or to a row of its parts raises
-- plans.content_revision, so the server may keep the assembled plan and read only this number per request.
-- Revisions come from a sequence: a revision seen inside a transaction that rolls back is never reused.
CREATE SEQUENCE plan_content_revisions START WITH 2;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_plan_content_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.content_revision := nextval('plan_content_revisions');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER plans_content_revision BEFORE UPDATE ON plans FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.* AND OLD.content_revision = NEW.content_revision) EXECUTE FUNCTION bump_plan_content_revision();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_plan_content_revision_of_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE plans SET content_revision = nextval('plan_content_revisions') WHERE id IN (SELECT DISTINCT plan_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE plans SET content_revision = nextval('plan_content_revisions') WHERE id IN (SELECT DISTINCT plan_id FROM old_rows);
  ELSE
    UPDATE plans SET content_revision = nextval('plan_content_revisions')
      WHERE id IN (SELECT plan_id FROM new_rows UNION SELECT plan_id FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER plan_partners_plan_revision_ins AFTER INSERT ON plan_partners REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_partners_plan_revision_upd AFTER UPDATE ON plan_partners REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_partners_plan_revision_del AFTER DELETE ON plan_partners REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_approvals_plan_revision_ins AFTER INSERT ON plan_approvals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_approvals_plan_revision_upd AFTER UPDATE ON plan_approvals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_approvals_plan_revision_del AFTER DELETE ON plan_approvals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_roles_plan_revision_ins AFTER INSERT ON plan_roles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_roles_plan_revision_upd AFTER UPDATE ON plan_roles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER plan_roles_plan_revision_del AFTER DELETE ON plan_roles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER areas_plan_revision_ins AFTER INSERT ON areas REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER areas_plan_revision_upd AFTER UPDATE ON areas REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER areas_plan_revision_del AFTER DELETE ON areas REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER departments_plan_revision_ins AFTER INSERT ON departments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER departments_plan_revision_upd AFTER UPDATE ON departments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER departments_plan_revision_del AFTER DELETE ON departments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER area_statistics_plan_revision_ins AFTER INSERT ON area_statistics REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER area_statistics_plan_revision_upd AFTER UPDATE ON area_statistics REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER area_statistics_plan_revision_del AFTER DELETE ON area_statistics REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER focus_areas_plan_revision_ins AFTER INSERT ON focus_areas REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER focus_areas_plan_revision_upd AFTER UPDATE ON focus_areas REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER focus_areas_plan_revision_del AFTER DELETE ON focus_areas REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER activities_plan_revision_ins AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER activities_plan_revision_upd AFTER UPDATE ON activities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER activities_plan_revision_del AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER activity_partners_plan_revision_ins AFTER INSERT ON activity_partners REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER activity_partners_plan_revision_upd AFTER UPDATE ON activity_partners REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER activity_partners_plan_revision_del AFTER DELETE ON activity_partners REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER staffing_plan_revision_ins AFTER INSERT ON staffing REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER staffing_plan_revision_upd AFTER UPDATE ON staffing REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER staffing_plan_revision_del AFTER DELETE ON staffing REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER course_types_plan_revision_ins AFTER INSERT ON course_types REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER course_types_plan_revision_upd AFTER UPDATE ON course_types REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER course_types_plan_revision_del AFTER DELETE ON course_types REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER criteria_plan_revision_ins AFTER INSERT ON criteria REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER criteria_plan_revision_upd AFTER UPDATE ON criteria REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER criteria_plan_revision_del AFTER DELETE ON criteria REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER criterion_targets_plan_revision_ins AFTER INSERT ON criterion_targets REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER criterion_targets_plan_revision_upd AFTER UPDATE ON criterion_targets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER criterion_targets_plan_revision_del AFTER DELETE ON criterion_targets REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER milestones_plan_revision_ins AFTER INSERT ON milestones REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER milestones_plan_revision_upd AFTER UPDATE ON milestones REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER milestones_plan_revision_del AFTER DELETE ON milestones REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER governance_groups_plan_revision_ins AFTER INSERT ON governance_groups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER governance_groups_plan_revision_upd AFTER UPDATE ON governance_groups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER governance_groups_plan_revision_del AFTER DELETE ON governance_groups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER governance_members_plan_revision_ins AFTER INSERT ON governance_members REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER governance_members_plan_revision_upd AFTER UPDATE ON governance_members REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER governance_members_plan_revision_del AFTER DELETE ON governance_members REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_sources_plan_revision_ins AFTER INSERT ON budget_sources REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_sources_plan_revision_upd AFTER UPDATE ON budget_sources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_sources_plan_revision_del AFTER DELETE ON budget_sources REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_lines_plan_revision_ins AFTER INSERT ON budget_lines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_lines_plan_revision_upd AFTER UPDATE ON budget_lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_lines_plan_revision_del AFTER DELETE ON budget_lines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_amounts_plan_revision_ins AFTER INSERT ON budget_amounts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_amounts_plan_revision_upd AFTER UPDATE ON budget_amounts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_amounts_plan_revision_del AFTER DELETE ON budget_amounts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_footnotes_plan_revision_ins AFTER INSERT ON budget_footnotes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_footnotes_plan_revision_upd AFTER UPDATE ON budget_footnotes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_footnotes_plan_revision_del AFTER DELETE ON budget_footnotes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_stated_totals_plan_revision_ins AFTER INSERT ON budget_stated_totals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_stated_totals_plan_revision_upd AFTER UPDATE ON budget_stated_totals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER budget_stated_totals_plan_revision_del AFTER DELETE ON budget_stated_totals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER toc_nodes_plan_revision_ins AFTER INSERT ON toc_nodes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER toc_nodes_plan_revision_upd AFTER UPDATE ON toc_nodes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER toc_nodes_plan_revision_del AFTER DELETE ON toc_nodes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER toc_links_plan_revision_ins AFTER INSERT ON toc_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER toc_links_plan_revision_upd AFTER UPDATE ON toc_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
--> statement-breakpoint
CREATE TRIGGER toc_links_plan_revision_del AFTER DELETE ON toc_links REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_plan_content_revision_of_parts();
