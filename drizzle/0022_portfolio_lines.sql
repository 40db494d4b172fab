CREATE TABLE "portfolio_lines" (
	"plan_id" uuid NOT NULL,
	"period" text NOT NULL,
	"as_of" text NOT NULL,
	"revision" bigint NOT NULL,
	"content_revision" integer NOT NULL,
	"line" jsonb NOT NULL,
	"made_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portfolio_lines_plan_id_period_pk" PRIMARY KEY("plan_id","period")
);
--> statement-breakpoint
ALTER TABLE "portfolio_lines" ADD CONSTRAINT "portfolio_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;