import { describe, expect, it } from "vitest";
import { checkPlan } from "../check-plan";
import { type PlanFile, planFileSchema } from "../plan";
import { calendarPlan } from "./fixture-plan";
import { addNewTypes, criterionFromProposal, proposeCriterion } from "./index";
import { each, inActivity, propose } from "./proposal-helpers";

describe("proposeCriterion: issue 15, the field's words and the heading's period", () => {
  it('takes the period of the heading above the text ("Succeskriterier (2013)") when the text names none', () => {
    const p = proposeCriterion("12 mentorforløb", {
      plan: calendarPlan,
      owner: inActivity("jobmuligheder"),
      period: "2016",
    });
    expect(p.targets).toEqual([{ period: "2016", value: 12 }]);
    expect(p.confidence).toBe("high");
    expect(propose("12 mentorforløb", inActivity("jobmuligheder")).targets).toEqual([{ period: "plan", value: 12 }]);
  });

  it("the text's own period wins over the heading's", () => {
    const p = proposeCriterion("12 mentorforløb om året", {
      plan: calendarPlan,
      owner: inActivity("jobmuligheder"),
      period: "2016",
    });
    expect(p.targets).toEqual(each(12, ["2016", "2017", "2018", "2019"]));
  });

  it('"henvendelser fra beboere" counts residents\' contacts; outreach "kontakt til 100 beboere" does not filter', () => {
    expect(propose("100 henvendelser fra beboere blev modtaget", inActivity("familieraadgivning")).measure).toEqual({
      kind: "contacts",
      count: "records",
      filters: { residentsOnly: true },
    });
  });

  it("a stage named word for word beats an outcome whose words lie apart", () => {
    const p = propose("8 beboere kom i praktik kortere tid", inActivity("praktik"));
    expect(p.measure).toMatchObject({ kind: "funnelStage", courseType: "smaa-skridt", stage: "praktik" });
  });
});

describe("proposeCriterion: a plan that does not have the type yet (issue 15)", () => {
  const bare: PlanFile = planFileSchema.parse({
    formatVersion: 1,
    slug: "ny",
    kind: "helhedsplan",
    title: "Ny plan",
    owner: { name: "Boligselskabet" },
    period: { start: "2020-01-01", end: "2023-12-31" },
    focusAreas: [{ key: "unge", title: "Unge", activities: [{ key: "mentor", title: "Mentorindsats" }] }],
  });

  it("Mindst 12 unge starter et mentorforløb om året → courses started of a new mentor course type, offered", () => {
    const p = proposeCriterion("Mindst 12 unge starter et mentorforløb om året", {
      plan: bare,
      owner: inActivity("mentor"),
    });
    expect(p.measure).toMatchObject({ kind: "coursesStarted", courseType: "mentorforloeb", count: "persons" });
    expect(p.creates?.courseType).toMatchObject({ key: "mentorforloeb", name: "Mentorforløb", category: "mentoring" });
    expect(p.targets).toEqual(each(12, ["2020", "2021", "2022", "2023"]));
    expect(p.notes.join(" ")).not.toMatch(/Måles som (forskellige )?deltagere/);
    expect(p.notes.join(" ")).toMatch(/unge/);
  });

  it("the created types make the plan valid; without them it is not", () => {
    const p = proposeCriterion("5 beboere kommer i job om året", { plan: bare, owner: inActivity("mentor") });
    expect(p.measure).toMatchObject({ kind: "outcomes", outcomes: ["job"], count: "persons" });
    const plan = structuredClone(bare);
    plan.focusAreas[0].activities[0].criteria.push(criterionFromProposal(p, "job", "5 beboere kommer i job om året"));
    expect(checkPlan(plan).length).toBeGreaterThan(0);
    expect(addNewTypes(plan, inActivity("mentor"), p.creates)).toHaveLength(1);
    expect(checkPlan(plan)).toEqual([]);
  });

  it("5 årlige beboerblade → events of a new event type Beboerblade", () => {
    const p = proposeCriterion("5 årlige beboerblade", { plan: bare, owner: inActivity("mentor") });
    expect(p.measure).toEqual({ kind: "events", filters: { eventTypes: ["beboerblade"] } });
    expect(p.creates?.eventType).toEqual({ key: "beboerblade", name: "Beboerblade" });
  });
});
