import { describe, expect, it } from "vitest";
import { validatePlanData } from "~/plan-format/parse-plan-file";
import { indexPlan } from "~/plan-format/plan-index";
import { canonicalPlan } from "~/plan-format/serialize-plan";
import { applyReview } from "./apply-review";
import { bindCriteria } from "./bind-criteria";
import { blocksFromText } from "./blocks";
import { readBudgetTable } from "./budget";
import { periodOfLabel, splitCriteria } from "./criteria";
import { blocksFromHtml } from "./html-blocks";
import { readStaffing } from "./parts";
import { readPlan } from "./read-plan";

// A plan written for this test in the shape Danish plans take (not one of the seeds): a contents
// list, numbered focus areas and activities, labelled fields, a dated criteria heading, a budget table.
const plan = [
  "Boligsocial helhedsplan for Nordparken 2021-2024",
  "",
  "Indholdsfortegnelse",
  "1. Indsatsområder\t3",
  "1.1 Uddannelse og livschancer\t3",
  "1.1.1 Lektiecafé\t4",
  "1.1.2 Mentorordning\t5",
  "1.2 Kriminalitetsforebyggelse\t6",
  "1.2.1 Natteravne\t7",
  "2. Organisering\t8",
  "",
  "Helhedsplanen løber i perioden 1. marts 2021-28. februar 2024.",
  "",
  "1. Indsatsområder",
  "1.1 Uddannelse og livschancer",
  "Formål: Flere unge gennemfører en uddannelse.",
  "1.1.1 Lektiecafé",
  "Målgruppe:\tBørn i 4.-9. klasse i afdelingerne",
  "Medarbejderressourcer:\tLektiecaféleder 10 timer pr. uge samt Frivilligkoordinator 3 timer pr. uge",
  "Succeskriterier (2022):\t40 børn deltager i lektiecaféen 25 børn kommer mindst 10 gange",
  "1.1.2 Mentorordning",
  "Succeskriterier",
  "- Mindst 12 unge starter et mentorforløb om året",
  "- 5 unge kommer i job eller uddannelse om året",
  "1.2 Kriminalitetsforebyggelse",
  "1.2.1 Natteravne",
  "Leverancer",
  "- 4 årlige tryghedsvandringer",
  "Økonomi",
  "\t2021/kr.\t2022/kr.\t2023/kr.",
  "Natteravne\t50.000\t50.000\t?",
  "2. Organisering",
  "2.1 Styregruppen",
  "Styregruppen mødes fire gange om året.",
].join("\n");

describe("reading a plan document", () => {
  const reading = readPlan(blocksFromText(plan), "nordparken.txt");

  it("finds the period with its exact days, the title, focus areas and activities (the contents list first)", () => {
    expect(reading.plan.period).toEqual({ start: "2021-03-01", end: "2024-02-28" });
    expect(reading.plan.title).toBe("Boligsocial helhedsplan for Nordparken 2021-2024");
    expect(reading.plan.focusAreas.map((f) => [f.number, f.title, f.activities.map((a) => a.title)])).toEqual([
      ["1.1", "Uddannelse og livschancer", ["Lektiecafé", "Mentorordning"]],
      ["1.2", "Kriminalitetsforebyggelse", ["Natteravne"]],
    ]);
    expect(reading.plan.focusAreas[0].purposes).toEqual(["Flere unge gennemfører en uddannelse."]);
    expect(reading.plan.governance.map((g) => [g.name, g.kind])).toEqual([["Styregruppen", "steeringGroup"]]);
  });

  it("reads fields, staffing lines, the budget table, and criteria with the period their heading names", () => {
    const cafe = reading.plan.focusAreas[0].activities[0];
    expect(cafe.targetGroup).toBe("Børn i 4.-9. klasse i afdelingerne");
    expect(cafe.staffing).toEqual([
      { role: "Lektiecaféleder", hoursPerWeek: 10 },
      { role: "Frivilligkoordinator", hoursPerWeek: 3 },
    ]);
    expect(reading.criteria.map((c) => [c.text, c.period ?? null, c.confidence])).toEqual([
      ["40 børn deltager i lektiecaféen", "2022", "high"],
      ["25 børn kommer mindst 10 gange", "2022", "high"],
      ["Mindst 12 unge starter et mentorforløb om året", null, "high"],
      ["5 unge kommer i job eller uddannelse om året", null, "high"],
      ["4 årlige tryghedsvandringer", null, "low"],
    ]);
    expect(reading.plan.budget?.lines).toEqual([
      {
        label: "Natteravne",
        activity: "natteravne",
        amounts: [
          { year: 2021, amount: 50000 },
          { year: 2022, amount: 50000 },
          { year: 2023, amount: null },
        ],
      },
    ]);
  });

  it("binds every criterion into a draft that validates, creating the course and event types it needs", () => {
    const { plan: draft, proposals } = bindCriteria(reading);
    const checked = validatePlanData(JSON.parse(JSON.stringify(canonicalPlan(draft))));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const mentor = proposals.find((p) => p.read.text.startsWith("Mindst 12 unge"));
    expect(mentor?.proposal.measure).toMatchObject({ kind: "coursesStarted", courseType: "mentorforloeb" });
    expect(mentor?.added).toEqual(["forløbstypen Mentorforløb i Mentorordning"]);
    expect(proposals.find((p) => p.read.text.startsWith("4 årlige"))?.proposal.measure).toMatchObject({
      kind: "events",
    });
    expect(proposals.find((p) => p.read.text.startsWith("40 børn"))?.proposal.targets).toEqual([
      { period: "2022", value: 40 },
    ]);
  });

  it("applies the review: a dropped criterion and activity go, a corrected target is set", () => {
    const { plan: draft, proposals } = bindCriteria(reading);
    const [first, second] = proposals;
    const reviewed = applyReview(draft, {
      drop: ["focusAreas.1.activities.0"],
      criteria: { [first.key]: { keep: true, value: 45 }, [second.key]: { keep: false } },
    });
    const criteria = indexPlan(reviewed).criteria.map(({ criterion }) => criterion);
    expect(criteria.find((c) => c.key === first.key)?.targets).toEqual([{ period: "2022", value: 45 }]);
    expect(criteria.some((c) => c.key === second.key)).toBe(false);
    expect(reviewed.focusAreas[1].activities).toEqual([]);
  });
});

describe("the reader's pieces", () => {
  it("splits criteria run together on one line, not inside one", () => {
    expect(splitCriteria("100 familier deltog i aktiviteterne 50 deltagende forældre gennemførte et kursus")).toEqual([
      "100 familier deltog i aktiviteterne",
      "50 deltagende forældre gennemførte et kursus",
    ]);
    expect(splitCriteria("At der etableres 20 frivillige mentorforløb om året")).toEqual([
      "At der etableres 20 frivillige mentorforløb om året",
    ]);
    expect(splitCriteria("At 20 beboere kommer i beskæftigelse At 16 beboere kommer i uddannelse")).toEqual([
      "At 20 beboere kommer i beskæftigelse",
      "At 16 beboere kommer i uddannelse",
    ]);
  });

  it("reads the period of a heading", () => {
    const plan = { start: "2013-01-01", end: "2016-12-31" };
    expect(periodOfLabel("(2013)", plan)).toBe("2013");
    expect(periodOfLabel("2013-16", plan)).toBe("plan");
    expect(periodOfLabel("2019", plan)).toBeUndefined();
  });

  it("reads staffing ranges and averages, and budget cells with unknown amounts", () => {
    expect(readStaffing("Boligsocial medarbejdere 1 – 2 timer pr. uge. (gennemsnit over året)").staffing).toEqual([
      {
        role: "Boligsocial medarbejdere",
        hoursPerWeek: 1,
        hoursPerWeekMax: 2,
        averaged: true,
        note: "gennemsnit over året",
      },
    ]);
    expect(
      readBudgetTable([
        ["", "2017", "2018"],
        ["Bylivspuljen", "233.000", "?"],
      ])?.lines,
    ).toEqual([
      {
        label: "Bylivspuljen",
        amounts: [
          { year: 2017, amount: 233000 },
          { year: 2018, amount: null },
        ],
      },
    ]);
  });

  it("keeps a Word document's tables as tables and its headings as headings", () => {
    const blocks = blocksFromHtml(
      "<h2>1.1 Lektiecafé</h2><p>Formål: læring</p><table><tr><td>Rolle</td><td>Timer</td></tr><tr><td>Leder</td><td>10</td></tr></table>",
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["heading", "1.1 Lektiecafé"],
      ["paragraph", "Formål: læring"],
      ["table", "Rolle\tTimer\nLeder\t10"],
    ]);
  });
});
