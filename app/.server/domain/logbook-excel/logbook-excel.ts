import { indexPlan } from "~/plan-format/plan-index";
import { recordAudit } from "../../audit/record-audit";
import { type Action, relationTo } from "../../auth/policy";
import { today as currentDay } from "../../clock";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import { activityResource, type LogbookContext, reachableActivityIds } from "../logbook/logbook-context";
import { buildWorkbook } from "./build-workbook";
import { exportRows } from "./export-rows";
import {
  type Layouts,
  loadMappings,
  type MappingRequest,
  mappingProblems,
  resolveLayouts,
  type SheetMapping,
  saveMapping,
} from "./layout";
import { planLists } from "./lists";
import { readWorkbook } from "./read-workbook";
import { looseName } from "./sheets";
import { checkRows, type ImportProblem, type SheetCount } from "./validate-import";
import { writeImport } from "./write-import";

/** What a check or an import of a workbook found, and (for an import) what it wrote. */
export interface ImportReport {
  /** True when every sheet is understood and no row has a problem. */
  ready: boolean;
  /** True when the rows were written. */
  imported: boolean;
  counts: SheetCount[];
  problems: ImportProblem[];
  notes: string[];
  /** Sheets whose columns the user must choose before anything can be checked. */
  mappingNeeded: MappingRequest[];
  ignoredSheets: string[];
  /** How many rows would be (or were) written, and how many were already in the plan. */
  totals: { rows: number; create: number; existing: number };
  elapsedMs: number;
}

/**
 * Refuses (and logs the refusal) unless the actor may do the action on at least one activity of
 * the plan: the Excel page, template, export and import are for people who log.
 */
export async function requireSomeActivity(db: Database, ctx: LogbookContext, action: Action) {
  const reach = reachableActivityIds(ctx, action);
  if (reach === "all" || reach.size > 0) return;
  await recordAudit(db, ctx.actor, {
    action,
    resourceType: "plan",
    resourceId: ctx.planId,
    organisationId: ctx.resource.organisationId,
    outcome: "denied",
  });
  throw userError("forbidden", "forbidden");
}

/** The activities the actor may do the action on, in plan order. */
function activitiesFor(ctx: LogbookContext, action: Action) {
  const reach = reachableActivityIds(ctx, action);
  const order = new Map(indexPlan(ctx.plan).activities.map((a, i) => [a.activity.key, i]));
  return ctx.activities
    .filter((a) => reach === "all" || reach.has(a.id))
    .sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

/** The organisation whose column mappings are used: the actor's own in relation to the plan. */
export function mappingOrganisation(ctx: LogbookContext): string {
  if (ctx.actor.kind !== "user") return ctx.resource.organisationId;
  return relationTo(ctx.actor, ctx.resource)?.memberships[0]?.organisationId ?? ctx.resource.organisationId;
}

/**
 * The XLSX template for a plan's logbook: one sheet per kind of entry with Danish headings and
 * drop-downs from the plan (the activities the actor logs in), plus a guide and the lists.
 * @example const bytes = await logbookTemplate(db, ctx);
 */
export async function logbookTemplate(db: Database, ctx: LogbookContext, today = currentDay()): Promise<Buffer> {
  await requireSomeActivity(db, ctx, "logbook.write");
  return buildWorkbook({
    kind: "template",
    plan: { title: ctx.plan.title, slug: ctx.plan.slug, period: ctx.plan.period },
    lists: planLists(ctx, activitiesFor(ctx, "logbook.write")),
    generatedOn: today,
  });
}

/**
 * The plan's logbook as far as the actor may read it, in the template's layout (so it can be
 * imported again). Pseudonymous: no names, contact details, CPR, sensitive data or notes. The
 * export is written to the audit log with its counts.
 */
export async function logbookExport(db: Database, ctx: LogbookContext, today = currentDay()): Promise<Buffer> {
  await requireSomeActivity(db, ctx, "logbook.read");
  const readable = activitiesFor(ctx, "logbook.read");
  const lists = planLists(ctx, readable);
  const { data, counts } = await exportRows(db, ctx, lists, readable);
  const bytes = await buildWorkbook({
    kind: "export",
    plan: { title: ctx.plan.title, slug: ctx.plan.slug, period: ctx.plan.period },
    lists,
    data,
    generatedOn: today,
  });
  await recordAudit(db, ctx.actor, {
    action: "logbook.export",
    resourceType: "plan",
    resourceId: ctx.planId,
    organisationId: ctx.resource.organisationId,
    outcome: "allowed",
    details: counts,
  });
  return bytes;
}

/**
 * Checks a workbook and, unless `dryRun`, imports it: every row is checked first (the same
 * schemas, rules and policy as the forms); with any problem nothing is written, otherwise all
 * rows are written in one transaction. Sheets of one's own layout use the mapping chosen now
 * (`chosen`, remembered for the organisation) or one remembered before.
 * @example const report = await importLogbook(db, ctx, bytes, { dryRun: true });
 */
export async function importLogbook(
  db: Database,
  ctx: LogbookContext,
  bytes: Uint8Array,
  options: { dryRun?: boolean; chosen?: Map<string, SheetMapping>; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  await requireSomeActivity(db, ctx, "logbook.write");
  progress({ phase: "reading", done: 0, total: 0 });
  const raws = await readWorkbook(bytes);
  const organisationId = mappingOrganisation(ctx);
  const layouts: Layouts = resolveLayouts(raws, await loadMappings(db, organisationId), options.chosen);
  // A mapping chosen now is remembered for the organisation once it is complete.
  for (const [sheet, mapping] of options.chosen ?? []) {
    const raw = raws.find((r) => looseName(r.name) === sheet);
    if (raw && !mapping.draft && mappingProblems(raw, mapping).length === 0)
      await saveMapping(db, organisationId, raw.name, { target: mapping.target, columns: mapping.columns });
  }
  const report = (checked: Awaited<ReturnType<typeof checkRows>> | undefined, imported: boolean): ImportReport => {
    const counts = checked?.counts ?? [];
    const create = counts.reduce((s, c) => s + c.create, 0);
    const existing = counts.reduce((s, c) => s + c.existing, 0);
    return {
      ready: layouts.requests.length === 0 && (checked?.problems.length ?? 0) === 0,
      imported,
      counts,
      problems: checked?.problems ?? [],
      notes: [
        ...(checked?.notes ?? []),
        ...layouts.ignored.map((s) => `Arket «${s}» springes over.`),
        ...(checked && counts.every((c) => c.rows === 0) ? ["Filen har ingen rækker at indlæse."] : []),
      ],
      mappingNeeded: layouts.requests,
      ignoredSheets: layouts.ignored,
      totals: { rows: counts.reduce((s, c) => s + c.rows, 0), create, existing },
      elapsedMs: Math.round(performance.now() - started),
    };
  };
  if (layouts.requests.length > 0) return report(undefined, false);
  const lists = planLists(ctx, activitiesFor(ctx, "logbook.write"));
  const logRefusals = async (checked: Awaited<ReturnType<typeof checkRows>>) => {
    for (const r of checked.refusals)
      await recordAudit(db, ctx.actor, {
        action: r.action,
        resourceType: "activity",
        resourceId: r.activity.id,
        organisationId: activityResource(ctx, r.activity).organisationId,
        outcome: "denied",
        details: { via: "excel" },
      });
  };
  if (options.dryRun) {
    const checked = await checkRows(db, ctx, lists, layouts.mapped);
    await logRefusals(checked);
    return report(checked, false);
  }
  // Checked again inside the transaction, so nothing can change between the check and the writing.
  let checked: Awaited<ReturnType<typeof checkRows>> | undefined;
  const rows = layouts.mapped.reduce((s, m) => s + m.raw.rows.length, 0);
  progress({ phase: "checking", done: 0, total: rows });
  await db.transaction(async (tx) => {
    checked = await checkRows(tx, ctx, lists, layouts.mapped, (done) =>
      progress({ phase: "checking", done, total: rows }),
    );
    if (checked.problems.length === 0 && checked.counts.some((c) => c.create > 0))
      await writeImport(tx, ctx, checked.writes, (done, total) => progress({ phase: "writing", done, total }));
  });
  const done = checked as unknown as Awaited<ReturnType<typeof checkRows>>;
  await logRefusals(done);
  return report(done, done.problems.length === 0);
}

/** Where an import has got to: rows checked or written of how many (0 of 0 while the file is read). */
export interface ImportProgress {
  phase: "reading" | "checking" | "writing";
  done: number;
  total: number;
}

export type { ImportProblem, MappingRequest, SheetCount, SheetMapping };
