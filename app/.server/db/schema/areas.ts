import { date, doublePrecision, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { planPartColumns, planPartIndexes } from "./columns";

/** A housing area (boligområde). */
export const areas = pgTable(
  "areas",
  {
    ...planPartColumns(),
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
  },
  planPartIndexes("areas", true),
);

/** A housing department (afdeling) in an area. */
export const departments = pgTable(
  "departments",
  {
    ...planPartColumns(),
    areaId: uuid()
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
    number: text().notNull(),
    name: text().notNull(),
    tenancies: integer(),
    residents: integer(),
    note: text(),
  },
  planPartIndexes("departments"),
);

/** A figure from the area's problemkompleks, with its comparison area. */
export const areaStatistics = pgTable(
  "area_statistics",
  {
    ...planPartColumns(),
    areaId: uuid()
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
    key: text().notNull(),
    label: text().notNull(),
    value: doublePrecision().notNull(),
    unit: text().notNull(),
    period: text(),
    date: date({ mode: "string" }),
    comparisonArea: text(),
    comparisonValue: doublePrecision(),
    source: text(),
    /** Which figure of the § 61 a/§ 61 b check this is, and for which list area (see app/area-lists). */
    listFigure: text(),
    listArea: text(),
  },
  planPartIndexes("area_statistics"),
);
