CREATE TABLE "logbook_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" bigint NOT NULL,
	"table_name" text NOT NULL,
	"row_key" uuid
);
--> statement-breakpoint
ALTER TABLE "logbook_revisions" ADD COLUMN "logged_from" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "logbook_changes" ADD CONSTRAINT "logbook_changes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "logbook_changes_plan_revision_idx" ON "logbook_changes" USING btree ("plan_id","revision");