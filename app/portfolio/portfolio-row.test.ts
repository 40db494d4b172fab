import { describe, expect, it } from "vitest";
import { attainment } from "~/measures/attainment";
import { emptyFacts, examplePlan, planActivities } from "~/measures/test-support";
import { lbfAreaOf } from "./lbf-areas";
import { portfolioRow } from "./portfolio-row";

describe("lbfAreaOf", () => {
  it("keeps the four keys of the LBF template and places older focus areas by their words", () => {
    expect(lbfAreaOf({ key: "kriminalitetsforebyggelse", title: "x" })).toBe("kriminalitetsforebyggelse");
    expect(lbfAreaOf({ key: "fa-beskaeftigelse", title: "Beskæftigelse for ledige" })).toBe("beskaeftigelse");
    expect(lbfAreaOf({ key: "boern-unge-og-familier", title: "Børn, unge og familier" })).toBe(
      "uddannelse-og-livschancer",
    );
    expect(lbfAreaOf({ key: "dialog", title: "Dialog og kommunikation" })).toBe("sammenhaengskraft-og-medborgerskab");
    expect(lbfAreaOf({ key: "x", title: "Økonomi" })).toBe("andet");
  });
});

describe("portfolioRow", () => {
  it("counts every criterion once under its LBF area and hides a reach below five", () => {
    const plan = examplePlan("rum-for-liv.yaml");
    const rows = attainment(plan, emptyFacts({ activities: planActivities(plan) }), "plan", "2026-11-23");
    const row = portfolioRow(plan, rows, 3);
    const total = Object.values(row.areas).reduce((s, a) => s + a.criteria, 0);
    expect(total).toBe(rows.length);
    for (const a of Object.values(row.areas))
      expect(Object.values(a.byStatus).reduce((s, n) => s + (n ?? 0), 0)).toBe(a.criteria);
    expect(row.reach).toBeNull();
    expect(row.reachSuppressed).toBe(true);
    expect(portfolioRow(plan, rows, 0).reach).toBe(0);
    expect(portfolioRow(plan, rows, 5).reach).toBe(5);
  });
});
