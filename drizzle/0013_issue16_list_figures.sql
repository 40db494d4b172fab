ALTER TABLE "area_statistics" ADD COLUMN "list_figure" text;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD COLUMN "list_area" text;