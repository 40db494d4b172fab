import { describe, expect, it } from "vitest";
import { addNewTypes, proposeCriterion } from "~/plan-format/criterion-builder";
import { describeMeasure } from "~/plan-format/describe-measure";
import { blocksFromText } from "./blocks";
import { readPlan } from "./read-plan";

// Criterion sentences written for this test in the style of the helhedsplaner of 2019–2026 on
// Landsbyggefonden's template (not taken from any plan), proposed in a freshly imported plan that
// has no course or event types yet: what the builder reads, and the rule sentence it shows.
const plan = readPlan(
  blocksFromText(
    [
      "Boligsocial helhedsplan for Nordhøj 2022-2025",
      "Indsatsområde 1: Uddannelse og livschancer",
      "Aktivitet: Lektiecafé og mentorer",
      "Indsatsområde 2: Beskæftigelse",
      "Aktivitet: Jobindsats",
      "Indsatsområde 3: Kriminalitetsforebyggelse",
      "Aktivitet: Gadeplan",
      "Indsatsområde 4: Sundhed og trivsel",
      "Aktivitet: Fællesskaber",
    ].join("\n"),
  ),
  "nordhoej.txt",
).plan;
const [learning, jobs, street, together] = plan.focusAreas.map((f) => ({ activityKey: f.activities[0].key }));
const years = (value: number) => ["2022", "2023", "2024", "2025"].map((period) => ({ period, value }));

/** The proposal and its rule sentence (with the types it offers to create added to a copy of the plan). */
function propose(text: string, owner: { activityKey: string }) {
  const p = proposeCriterion(text, { plan, owner });
  const copy = structuredClone(plan);
  addNewTypes(copy, owner, p.creates);
  return { ...p, rule: describeMeasure(copy, { measure: p.measure }, owner) };
}

describe("the criterion builder on sentences in the national template's style", () => {
  it("'Antal beboere, der kommer i job eller uddannelse: 40' → outcomes of a new job course type, whole plan", () => {
    const p = propose("Antal beboere, der kommer i job eller uddannelse: 40", jobs);
    expect(p.measure).toMatchObject({ kind: "outcomes", count: "persons", outcomes: ["job", "uddannelse"] });
    expect(p.creates?.courseType?.name).toBe("Jobforløb");
    expect(p.targets).toEqual([{ period: "plan", value: 40 }]);
    expect(p.rule).toContain("afsluttet med Job eller Uddannelse");
  });

  it("'Antal afholdte arrangementer for unge: 24 om året' counts events, not the young people", () => {
    const p = propose("Antal afholdte arrangementer for unge: 24 om året", street);
    expect(p.measure.kind).toBe("events");
    expect(p.targets).toEqual(years(24));
  });

  it("'Antal familier, der deltager i forældrekurser: 30' counts households taking part", () => {
    const p = propose("Antal familier, der deltager i forældrekurser: 30", learning);
    expect(p.measure).toEqual({ kind: "households", source: "events" });
  });

  it("'Antal børn, der deltager i lektiecaféen: 35 om året' counts different participants per year", () => {
    const p = propose("Antal børn, der deltager i lektiecaféen: 35 om året", learning);
    expect(p.measure.kind).toBe("participants");
    expect(p.targets).toEqual(years(35));
  });

  it("'80 % af deltagerne oplever …' and 'Mindst 80 % af deltagerne i lektiecaféen oplever …' ask the question only", () => {
    expect(propose("80 % af deltagerne oplever øget trivsel", together).measure).toMatchObject({
      kind: "survey",
      question: "Oplever øget trivsel",
    });
    const p = propose(
      "Mindst 80 % af deltagerne i lektiecaféen oplever at have fået hjælp til deres lektier",
      learning,
    );
    expect(p.measure).toMatchObject({ kind: "survey", question: "Oplever at have fået hjælp til deres lektier" });
    expect(p.targets).toEqual([{ period: "plan", value: 80 }]);
  });

  it("'Mindst 12 unge starter et mentorforløb om året' → courses started of a new mentor type; asks for the age band", () => {
    const p = propose("Mindst 12 unge starter et mentorforløb om året", learning);
    expect(p.measure).toMatchObject({ kind: "coursesStarted", courseType: "mentorforloeb" });
    expect(p.targets).toEqual(years(12));
    expect(p.notes.join(" ")).toContain("aldersgruppen");
  });

  it("a share that reaches an outcome, where the plan has no course type yet, is an outcome rate, not a survey", () => {
    const p = propose("50 % af de ledige deltagere kommer i job eller uddannelse inden for et år", jobs);
    expect(p.measure).toMatchObject({ kind: "outcomeRate", outcomes: ["job", "uddannelse"], withinMonths: 12 });
    expect(p.creates?.courseType).toBeDefined();
    const kept = propose("70 % af de unge i mentorforløb fastholdes i uddannelse", learning);
    expect(kept.measure).toMatchObject({ kind: "outcomeRate", outcomes: ["fastholdt-i-uddannelse"] });
    expect(kept.rule).toContain("Fastholdt i uddannelse");
  });

  it("compound words of the field: 'ungdomsuddannelse', 'sundhedsforløbene', 'afholdte tryghedsvandringer', 'i mentorforløb'", () => {
    expect(propose("Antal unge, der starter på en ungdomsuddannelse: 20", learning).measure).toMatchObject({
      kind: "outcomes",
      outcomes: ["uddannelse"],
    });
    const health = propose("60 % af deltagerne i sundhedsforløbene gennemfører forløbet", together);
    expect(health.measure).toMatchObject({ kind: "outcomeRate", courseType: "sundhedsforloeb" });
    expect(health.creates?.courseType?.name).toBe("Sundhedsforløb");
    expect(propose("Antal afholdte tryghedsvandringer: 2 om året", street).measure).toEqual({
      kind: "events",
      filters: { eventTypes: ["tryghedsvandringer"] },
    });
    expect(propose("Antal unge i mentorforløb: 15", learning).measure).toMatchObject({
      kind: "coursesStarted",
      courseType: "mentorforloeb",
    });
  });

  it("'kriminalitetsforebyggende forløb' is a course, not the crime figure; a programme is a course; a completed education one outcome", () => {
    const course = propose("Antal unge, der deltager i kriminalitetsforebyggende forløb: 25", street);
    expect(course.measure).toMatchObject({ kind: "coursesStarted", courseType: "kriminalitetsforebyggende-forloeb" });
    expect(course.creates?.courseType?.name).toBe("Kriminalitetsforebyggende forløb");
    expect(propose("Mindre kriminalitet i området", street).measure.kind).toBe("externalStatistic");
    const programme = propose("Antal forældre, der gennemfører et forældreprogram: 24", learning);
    expect(programme.measure).toMatchObject({ kind: "outcomes", courseType: "foraeldreprogram" });
    expect(propose("Antal unge, der gennemfører en ungdomsuddannelse: 10 om året", learning).measure).toMatchObject({
      kind: "outcomes",
      outcomes: ["gennemfoert-uddannelse"],
    });
  });

  it("referrals, volunteers, walks and a change of an area figure read as before", () => {
    expect(propose("Antal beboere, der henvises til jobcentret: 50 i alt", jobs).measure.kind).toBe("referrals");
    expect(propose("Mindst 10 frivillige er aktive i fællesskaberne hvert år", together).measure.kind).toBe(
      "volunteers",
    );
    const walks = propose("Mindst 4 tryghedsvandringer om året", street);
    expect(walks.measure).toEqual({ kind: "events", filters: { eventTypes: ["tryghedsvandringer"] } });
    const change = propose("Andelen af beboere i beskæftigelse stiger fra 42 % til 48 %", jobs);
    expect(change.measure.kind).toBe("externalStatistic");
    expect(change.baseline).toEqual({ value: 42 });
    expect(change.direction).toBe("up");
  });
});
