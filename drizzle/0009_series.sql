CREATE TABLE "series_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"series_key" text NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"comparison_value" double precision,
	"source" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "series" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "series_values" ADD CONSTRAINT "series_values_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_values" ADD CONSTRAINT "series_values_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "series_values_plan_key_period_idx" ON "series_values" USING btree ("plan_id","series_key","period");--> statement-breakpoint
CREATE TRIGGER series_values_revision_insert AFTER INSERT ON series_values REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER series_values_revision_update AFTER UPDATE ON series_values REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
--> statement-breakpoint
CREATE TRIGGER series_values_revision_delete AFTER DELETE ON series_values REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_logbook_revision();
