import { readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { getI18n } from "~/i18n";
import type { Criterion } from "~/plan-format/criterion";
import { criterionFromProposal, proposeCriterion } from "~/plan-format/criterion-builder";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { FieldSpec, FormValues } from "../fields";
import { valueAt } from "../fields";
import { readForm } from "../read-form";
import { criterionFromValues, criterionSection, criterionToValues, ownerOf } from "./criterion";

const dir = new URL("../../../examples/plans/", import.meta.url);
const t = getI18n("da").t as TFunction;
const clean = (value: unknown) => JSON.parse(JSON.stringify(value));

const plans: PlanFile[] = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => {
    const parsed = parsePlanFile(readFileSync(new URL(f, dir), "utf8"));
    if (!parsed.ok) throw new Error(f);
    return parsed.plan;
  });

/** Fills a form as a person would type the values into the editor's fields (the browser's FormData). */
function typed(fields: FieldSpec[], values: FormValues): FormData {
  const form = new FormData();
  const put = (f: FieldSpec, name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (f.kind === "checkbox") {
      if (value === true) form.append(name, "on");
    } else if (f.kind === "checkboxes") for (const v of value as string[]) form.append(name, v);
    else if (f.kind === "lines") form.append(name, (value as string[]).join("\n"));
    else if (f.kind === "number") form.append(name, String(value).replace(".", ","));
    else form.append(name, String(value));
  };
  for (const f of fields) {
    if (f.kind === "rows") {
      ((valueAt(values, f.name) as FormValues[]) ?? []).forEach((row, i) => {
        for (const c of f.columns ?? []) put(c, `${f.name}.${i}.${c.name}`, valueAt(row, c.name));
      });
    } else put(f, f.name, valueAt(values, f.name));
  }
  return form;
}

describe("the criterion editor", () => {
  it("can express every criterion of the five example plans through its form (nothing is 'not expressible')", () => {
    const lost: string[] = [];
    for (const plan of plans) {
      const fields = criterionSection.fields(plan, t);
      for (const { criterion } of indexPlan(plan).criteria) {
        const owner = ownerOf(plan, criterion.key);
        if (!owner) throw new Error(criterion.key);
        const { values, errors } = readForm(typed(fields, criterionToValues(criterion, owner)), fields);
        const back = criterionFromValues(plan, values, criterion.key);
        if (Object.keys(errors).length > 0 || !isDeepStrictEqual(clean(back), clean(criterion)))
          lost.push(
            `${plan.slug}/${criterion.key}: ${JSON.stringify(clean(back))} ≠ ${JSON.stringify(clean(criterion))}`,
          );
      }
    }
    expect(lost).toEqual([]);
  });

  it("scores the builder: right without adjustment, right after adjusting the form, not expressible", () => {
    let total = 0;
    let right = 0;
    let adjusted = 0;
    const rows: string[] = [];
    for (const plan of plans) {
      let planRight = 0;
      let planTotal = 0;
      // The builder sees the plan without its criteria, so it cannot read the answers.
      const bare = structuredClone(plan);
      bare.criteria = [];
      for (const f of bare.focusAreas) f.criteria = [];
      for (const { activity } of indexPlan(bare).activities) activity.criteria = [];
      for (const { criterion, activity, focusArea } of indexPlan(plan).criteria) {
        const proposal = proposeCriterion(criterion.text, {
          plan: bare,
          owner: { activityKey: activity?.key, focusAreaKey: focusArea?.key },
        });
        const proposed: Criterion = criterionFromProposal(proposal, criterion.key, criterion.text);
        const same = (c: Criterion) =>
          clean({
            measure: c.measure,
            targets: c.targets.map((x) => ({ period: x.period, value: x.value, relative: x.relative })),
          });
        planTotal++;
        if (isDeepStrictEqual(same(proposed), same(criterion))) planRight++;
      }
      total += planTotal;
      right += planRight;
      adjusted += planTotal - planRight;
      rows.push(
        `${plan.slug}: ${planRight}/${planTotal} uden justering, ${planTotal - planRight} efter justering, 0 kan ikke udtrykkes`,
      );
    }
    console.log(
      `Kriteriebyggeren på de fem eksempelplaner: ${right}/${total} rigtige uden justering, ${adjusted} rigtige efter justering i formularen, 0 kan ikke udtrykkes.\n  ${rows.join("\n  ")}`,
    );
    expect(right + adjusted).toBe(total);
    expect(right / total).toBeGreaterThan(0.4);
  });
});

describe("the editor offers the types a criterion needs (issue 15)", () => {
  it("Mindst 12 unge starter et mentorforløb om året: offers Mentorforløb, creates it, and the criterion saves", async () => {
    const { planFileSchema } = await import("~/plan-format/plan");
    const { checkPlan } = await import("~/plan-format/check-plan");
    const plan = planFileSchema.parse({
      formatVersion: 1,
      slug: "ny",
      kind: "helhedsplan",
      title: "Ny plan",
      owner: { name: "Boligselskabet" },
      period: { start: "2027-01-01", end: "2030-12-31" },
      focusAreas: [{ key: "unge", title: "Unge", activities: [{ key: "mentor", title: "Mentorindsats" }] }],
    });
    const values = { text: "Mindst 12 unge starter et mentorforløb om året", owner: "activity:mentor" };
    const first = criterionSection.propose?.(plan, values);
    expect(first?.creates?.courseType?.name).toBe("Mentorforløb");
    expect(first?.notes.join(" ")).toContain('forløbstypen "Mentorforløb" foreslås oprettet');
    if (!first?.creates) throw new Error("no offer");
    expect(criterionSection.createTypes?.(plan, values, first.creates)).toEqual([
      "forløbstypen Mentorforløb i Mentorindsats",
    ]);
    const second = criterionSection.propose?.(plan, values);
    expect(second?.creates).toBeUndefined();
    expect(valueAt(second?.values ?? {}, "measure.courseType")).toBe("mentorforloeb");
    criterionSection.write(plan, second?.values ?? {}, undefined);
    expect(checkPlan(plan)).toEqual([]);
    expect(indexPlan(plan).criteria).toHaveLength(1);
  });
});
