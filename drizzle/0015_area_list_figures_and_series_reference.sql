ALTER TABLE "area_statistics" ADD COLUMN "list_figure" text;--> statement-breakpoint
ALTER TABLE "area_statistics" ADD COLUMN "list_area" text;--> statement-breakpoint
ALTER TABLE "series_values" ADD COLUMN "reference_value" double precision;