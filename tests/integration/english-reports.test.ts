import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { loadDemo } from "~/.server/demo/load-demo";
import { followUpView } from "~/.server/domain/follow-up/follow-up-view";
import { getPlan } from "~/.server/domain/plans/get-plan";
import type { ReportDocument } from "~/.server/reports/document";
import { reportKinds } from "~/.server/reports/report-kinds";
import { getI18n } from "~/i18n";
import { describeMeasure } from "~/plan-format/describe-measure";
import { indexPlan } from "~/plan-format/plan-index";
import { danishLeft, stringsOf } from "../support/danish-text";
import { examplePlanSlugs, loadExamplePlan } from "../support/report-files";
import { createTestDatabase } from "../support/test-database";

const system = { kind: "system", reason: "test" } as const;

/** All the text a report document shows. */
function documentText(doc: ReportDocument): string {
  const parts = [doc.title, doc.subtitle, doc.byline, doc.classification];
  for (const b of doc.blocks) {
    if (b.kind === "heading" || b.kind === "paragraph") parts.push(b.text);
    if (b.kind === "list") parts.push(...b.items);
    if (b.kind === "svg") parts.push(b.alt);
    if (b.kind === "facts" || b.kind === "keyFigures") parts.push(...b.items.flatMap((i) => [i.label, i.value]));
    if (b.kind === "table")
      parts.push(b.caption, ...b.columns.map((c) => c.label), ...b.rows.flat(), ...(b.footer ?? []));
  }
  return parts.filter(Boolean).join("\n");
}

describe("English readers get English reports and rule sentences", () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
    await loadDemo(h.db);
  }, 120_000);
  afterAll(async () => h?.close());

  it("the detector finds Danish left outside the plan's own texts", () => {
    expect(danishLeft("Antal forskellige deltagere i Lektiecafé", ["Lektiecafé"])).toEqual(["Antal", "deltagere"]);
    expect(danishLeft("Number of different participants in Lektiecafé", ["Lektiecafé"])).toEqual([]);
  });

  it("states every rule of the example plans in English", () => {
    const en = getI18n("en").t;
    for (const slug of examplePlanSlugs) {
      const plan = loadExamplePlan(slug);
      const rules = indexPlan(plan).criteria.map((c) =>
        describeMeasure(plan, c.criterion, { activityKey: c.activity?.key, focusAreaKey: c.focusArea?.key }, en),
      );
      expect(danishLeft(rules.join("\n"), stringsOf(plan)), slug).toEqual([]);
    }
  });

  for (const slug of ["staermosegaarden", "amager-tryghedsplan-2017"])
    for (const [kind, period] of [
      ["status", "2018Q4"],
      ["funder", "2018"],
      ["lbf", "2018"],
    ] as const)
      it(`writes ${slug}'s ${kind} report in English`, async () => {
        const { plan, planId } = await getPlan(h.db, system, slug, "report.internal");
        const doc = await reportKinds[kind].build({
          plan,
          planId,
          db: h.db,
          actor: system,
          period,
          today: "2019-02-01",
          lang: "en",
        });
        expect(doc.title).not.toMatch(/[æøå]/);
        // What the organisation wrote stays as written: the plan, and the reasons given for moving milestones.
        const written = (await followUpView(h.db, system, slug, "2019-02-01")).milestones.flatMap((m) =>
          stringsOf(m.history),
        );
        expect(danishLeft(documentText(doc), [...stringsOf(plan), ...written])).toEqual([]);
      });
});
