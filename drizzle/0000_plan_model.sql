CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"focus_area_id" uuid NOT NULL,
	"parent_id" uuid,
	"key" text NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"problem" text,
	"purposes" jsonb NOT NULL,
	"goals" jsonb NOT NULL,
	"target_group" text,
	"content" text,
	"schedule" text,
	"deliverables" jsonb NOT NULL,
	"collaboration" text,
	"has_responsible" boolean DEFAULT false NOT NULL,
	"responsible_text" text,
	"measurement_method" text,
	"local_evaluation" text,
	"anchoring" text,
	"attendance" jsonb
);
--> statement-breakpoint
CREATE TABLE "activity_partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"activity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"role" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"activity_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"stages" jsonb NOT NULL,
	"outcomes" jsonb NOT NULL,
	"follow_up_months" jsonb NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "focus_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"problem" text,
	"description" text,
	"purposes" jsonb NOT NULL,
	"goals" jsonb NOT NULL,
	"measurement_method" text
);
--> statement-breakpoint
CREATE TABLE "staffing" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"activity_id" uuid NOT NULL,
	"role" text NOT NULL,
	"hours_per_week" double precision,
	"hours_per_week_max" double precision,
	"fte" double precision,
	"averaged" boolean,
	"partner_key" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "area_statistics" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"area_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"period" text,
	"date" date,
	"comparison_area" text,
	"comparison_value" double precision,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"area_id" uuid NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"tenancies" integer,
	"residents" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "budget_amounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"line_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount" bigint,
	"footnote_key" text
);
--> statement-breakpoint
CREATE TABLE "budget_footnotes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"activity_id" uuid,
	"source_id" uuid,
	"footnote_key" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "budget_sources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"local" boolean
);
--> statement-breakpoint
CREATE TABLE "budget_stated_totals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"year" integer NOT NULL,
	"amount" bigint NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "criteria" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"focus_area_id" uuid,
	"activity_id" uuid,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"measure" jsonb NOT NULL,
	"direction" text NOT NULL,
	"baseline_value" double precision,
	"baseline_period" text,
	"baseline_date" date,
	"baseline_comparison_value" double precision,
	"baseline_note" text,
	"has_baseline" boolean DEFAULT false NOT NULL,
	"profile" jsonb,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "criterion_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"criterion_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision,
	"relative" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "governance_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"mandate" text,
	"duties" jsonb NOT NULL,
	"meeting_cadence" text,
	"meetings_per_year" integer
);
--> statement-breakpoint
CREATE TABLE "governance_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"group_id" uuid NOT NULL,
	"role" text NOT NULL,
	"count" integer,
	"partner_key" text,
	"name" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"due" text NOT NULL,
	"activity_id" uuid,
	"responsible" text,
	"status" text NOT NULL,
	"done_date" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"format_version" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"owner_name" text NOT NULL,
	"owner_partner_key" text,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"municipality" text,
	"funder" text,
	"source" text,
	"summary" text,
	"foreword" text,
	"background" text,
	"vision" text,
	"main_purposes" jsonb NOT NULL,
	"evaluation" text,
	"theory_of_change_description" text,
	"has_theory_of_change" boolean DEFAULT false NOT NULL,
	"has_budget" boolean DEFAULT false NOT NULL,
	"budget_note" text,
	"logbook" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "toc_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"from_node_id" uuid NOT NULL,
	"to_node_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "toc_nodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"level" text NOT NULL,
	"label" text NOT NULL,
	"ref_key" text
);
--> statement-breakpoint
CREATE TABLE "plan_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"body" text NOT NULL,
	"date" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "plan_partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "plan_roles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"partner_key" text,
	"responsibilities" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_parent_id_activities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_partner_id_plan_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."plan_partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_types" ADD CONSTRAINT "course_types_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_types" ADD CONSTRAINT "course_types_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_types" ADD CONSTRAINT "course_types_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing" ADD CONSTRAINT "staffing_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing" ADD CONSTRAINT "staffing_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing" ADD CONSTRAINT "staffing_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD CONSTRAINT "area_statistics_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_amounts" ADD CONSTRAINT "budget_amounts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_amounts" ADD CONSTRAINT "budget_amounts_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_amounts" ADD CONSTRAINT "budget_amounts_line_id_budget_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_footnotes" ADD CONSTRAINT "budget_footnotes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_footnotes" ADD CONSTRAINT "budget_footnotes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_source_id_budget_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."budget_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_sources" ADD CONSTRAINT "budget_sources_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_sources" ADD CONSTRAINT "budget_sources_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_stated_totals" ADD CONSTRAINT "budget_stated_totals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_stated_totals" ADD CONSTRAINT "budget_stated_totals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_targets" ADD CONSTRAINT "criterion_targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_targets" ADD CONSTRAINT "criterion_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_targets" ADD CONSTRAINT "criterion_targets_criterion_id_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_groups" ADD CONSTRAINT "governance_groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_groups" ADD CONSTRAINT "governance_groups_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_members" ADD CONSTRAINT "governance_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_members" ADD CONSTRAINT "governance_members_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_members" ADD CONSTRAINT "governance_members_group_id_governance_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."governance_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toc_links" ADD CONSTRAINT "toc_links_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toc_links" ADD CONSTRAINT "toc_links_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toc_links" ADD CONSTRAINT "toc_links_from_node_id_toc_nodes_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."toc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toc_links" ADD CONSTRAINT "toc_links_to_node_id_toc_nodes_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."toc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toc_nodes" ADD CONSTRAINT "toc_nodes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toc_nodes" ADD CONSTRAINT "toc_nodes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approvals" ADD CONSTRAINT "plan_approvals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approvals" ADD CONSTRAINT "plan_approvals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_partners" ADD CONSTRAINT "plan_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_partners" ADD CONSTRAINT "plan_partners_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_roles" ADD CONSTRAINT "plan_roles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_roles" ADD CONSTRAINT "plan_roles_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_plan_idx" ON "activities" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_plan_key_idx" ON "activities" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "activity_partners_plan_idx" ON "activity_partners" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "course_types_plan_idx" ON "course_types" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "course_types_plan_key_idx" ON "course_types" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "focus_areas_plan_idx" ON "focus_areas" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "focus_areas_plan_key_idx" ON "focus_areas" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "staffing_plan_idx" ON "staffing" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "area_statistics_plan_idx" ON "area_statistics" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "areas_plan_idx" ON "areas" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "areas_plan_key_idx" ON "areas" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "departments_plan_idx" ON "departments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "budget_amounts_plan_idx" ON "budget_amounts" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "budget_footnotes_plan_idx" ON "budget_footnotes" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_footnotes_plan_key_idx" ON "budget_footnotes" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "budget_lines_plan_idx" ON "budget_lines" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "budget_sources_plan_idx" ON "budget_sources" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_sources_plan_key_idx" ON "budget_sources" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "budget_stated_totals_plan_idx" ON "budget_stated_totals" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "criteria_plan_idx" ON "criteria" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "criteria_plan_key_idx" ON "criteria" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "criterion_targets_plan_idx" ON "criterion_targets" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "governance_groups_plan_idx" ON "governance_groups" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_groups_plan_key_idx" ON "governance_groups" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "governance_members_plan_idx" ON "governance_members" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "milestones_plan_idx" ON "milestones" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_plan_key_idx" ON "milestones" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "toc_links_plan_idx" ON "toc_links" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "toc_nodes_plan_idx" ON "toc_nodes" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "toc_nodes_plan_key_idx" ON "toc_nodes" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "plan_approvals_plan_idx" ON "plan_approvals" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_partners_plan_idx" ON "plan_partners" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_partners_plan_key_idx" ON "plan_partners" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "plan_roles_plan_idx" ON "plan_roles" USING btree ("plan_id");