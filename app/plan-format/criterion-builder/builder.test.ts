import { describe, expect, it } from "vitest";
import { checkPlan } from "../check-plan";
import { criterionSchema } from "../criterion";
import type { CriterionOwner } from "../describe-measure";
import { planFileSchema } from "../plan";
import { calendarPlan, fixtureInput } from "./fixture-plan";
import { criterionFromProposal } from "./index";
import { each, inActivity, inFocusArea, propose } from "./proposal-helpers";

describe("proposeCriterion: the examples", () => {
  it("12 mentorforløb om året → courses of the mentor type, one target per plan year", () => {
    const p = propose("12 mentorforløb om året", inActivity("jobmuligheder"));
    expect(p.measure).toEqual({ kind: "coursesStarted", count: "courses", courseType: "mentorforloeb" });
    expect(p.targets).toEqual(each(12));
    expect(p.confidence).toBe("high");
  });

  it("uses calendar years when the plan starts 1 January", () => {
    const p = propose("12 mentorforløb om året", inActivity("jobmuligheder"), calendarPlan);
    expect(p.targets).toEqual(each(12, ["2016", "2017", "2018", "2019"]));
  });

  it("mindst 15 deltagere i snit det første år og 20 de følgende år → average attendance, PY1 15, PY2… 20", () => {
    const p = propose("mindst 15 deltagere i snit det første år og 20 de følgende år", inActivity("tryghed"));
    expect(p.measure).toEqual({ kind: "averageAttendance" });
    expect(p.targets).toEqual([
      { period: "PY1", value: 15 },
      { period: "PY2", value: 20 },
      { period: "PY3", value: 20 },
      { period: "PY4", value: 20 },
    ]);
  });

  it("fraflytningsprocenten falder fra 8 % til 6 % → the area figure, baseline 8, target 6, down", () => {
    const p = propose("At fraflytningsprocenten falder fra 8 % til 6 %");
    expect(p.measure).toEqual({
      kind: "externalStatistic",
      statistic: "Fraflytningsprocent",
      unit: "percent",
      comparisonArea: "Odense Kommune",
      source: "Odense Kommunes monitoreringssystem",
    });
    expect(p.baseline).toEqual({ value: 8 });
    expect(p.targets).toEqual([{ period: "plan", value: 6 }]);
    expect(p.direction).toBe("down");
  });

  it("reads the periods of a change: first half of 2014 to the end of the plan", () => {
    const p = propose(
      "At fraflytningsprocenten falder fra ca. 8 % for første halvår af 2014 til ca. 6 % ved helhedsplanens afslutning",
    );
    expect(p.baseline).toEqual({ value: 8, period: "2014H1" });
    expect(p.targets).toEqual([{ period: "PY4", value: 6 }]);
    const up = propose("At andelen i beskæftigelse stiger fra 20 % i 2015 til 30 % i første halvår af 2018");
    expect(up.baseline).toEqual({ value: 20, period: "2015" });
    expect(up.targets).toEqual([{ period: "2018H1", value: 30 }]);
    expect(up.direction).toBe("up");
  });

  it("hver fjerde i job eller uddannelse inden for to år → outcome rate 25 % within 24 months", () => {
    const p = propose("Hver fjerde er kommet i job eller uddannelse inden for to år", inActivity("ips"));
    expect(p.measure).toEqual({
      kind: "outcomeRate",
      count: "persons",
      courseType: "ips-forloeb",
      outcomes: ["job", "uddannelse"],
      withinMonths: 24,
    });
    expect(p.targets).toEqual([{ period: "plan", value: 25 }]);
  });

  it("halvdelen … inden for et år, and a success rate in per cent", () => {
    const half = propose("Halvdelen af deltagerne kommer i fleksjob inden for et år", inActivity("ips"));
    expect(half.measure).toMatchObject({ kind: "outcomeRate", outcomes: ["fleksjob"], withinMonths: 12 });
    expect(half.targets).toEqual([{ period: "plan", value: 50 }]);
    const rate = propose("En succesrate på 33 % i job", inActivity("ips"));
    expect(rate.measure).toMatchObject({ kind: "outcomeRate", outcomes: ["job"] });
  });

  it("75 borgere om året → distinct participants, in the activity's courses", () => {
    const p = propose("75 borgere om året", inActivity("ips"));
    expect(p.measure).toEqual({ kind: "participants", source: "courses" });
    expect(p.targets).toEqual(each(75));
  });

  it("3 tryghedsfremmende aktiviteter årligt → events of that type", () => {
    const p = propose("Mindst 3 tryghedsfremmende aktiviteter arrangeres årligt", inActivity("tryghed"));
    expect(p.measure).toEqual({ kind: "events", filters: { eventTypes: ["tryghedsfremmende-aktivitet"] } });
    expect(p.targets).toEqual(each(3));
  });

  it("5 beboerblade om året → events of type beboerblad", () => {
    const p = propose("5 beboerblade om året", inActivity("beboerblad"));
    expect(p.measure).toEqual({ kind: "events", filters: { eventTypes: ["beboerblad"] } });
    expect(p.targets).toEqual(each(5));
  });
});

describe("proposeCriterion: what is counted", () => {
  it("participants at events, residents only", () => {
    const p = propose("25 beboere deltager i arrangementer og oplæg hvert år", inActivity("jobmuligheder"));
    expect(p.measure).toEqual({
      kind: "participants",
      source: "events",
      filters: { eventTypes: ["arrangement", "oplaeg"], residentsOnly: true },
    });
  });

  it("children and young people → an age band; 'unge' → the band in the activity's title", () => {
    const kids = propose("25 børn og unge deltager i arrangementer om året", inActivity("frivillige"));
    expect(kids.measure).toEqual({
      kind: "participants",
      source: "events",
      filters: { eventTypes: ["arrangement"], ageBand: { min: 0, max: 18 } },
    });
    const young = propose("Minimum 40 unge indgår årligt i projektet", inActivity("ung-i-job"));
    expect(young.measure).toEqual({
      kind: "participants",
      source: "courses",
      filters: { ageBand: { min: 14, max: 18 } },
    });
    const over = propose("Hvert år hjælpes 75 borgere over 30 år tættere på et job", inActivity("ips"));
    expect(over.measure).toEqual({
      kind: "coursesStarted",
      count: "persons",
      courseType: "ips-forloeb",
      filters: { ageBand: { min: 30 } },
    });
  });

  it("households using the counselling", () => {
    const p = propose("At mindst 20 familier anvender familierådgivningen om året", inActivity("familieraadgivning"));
    expect(p.measure).toEqual({ kind: "households", source: "contacts" });
    expect(p.targets).toEqual(each(20));
  });

  it("referrals to the kommune, counted as households, with the focus area as scope", () => {
    const p = propose(
      "At der skabes kontakt mellem mindst 10 sårbare familier og kommunen om året",
      inFocusArea("fa-tryghed"),
    );
    expect(p.measure).toEqual({
      kind: "referrals",
      count: "households",
      receivingBodies: ["familieraadgivere", "jobcenter"],
      filters: { focusArea: "fa-tryghed" },
    });
  });

  it("contacts: henvendelser, with topics", () => {
    const p = propose("100 henvendelser om økonomi og gæld om året", inActivity("familieraadgivning"));
    expect(p.measure).toEqual({ kind: "contacts", count: "records", topics: ["oekonomi"] });
  });

  it("volunteers becoming volunteers, in a role, from a target group", () => {
    const p = propose("8 socialt isolerede beboere bliver frivillige i beboerhuset om året", inFocusArea("fa-tryghed"));
    expect(p.measure).toEqual({
      kind: "volunteers",
      roles: ["beboerhuset"],
      filters: { focusArea: "fa-tryghed", targetGroupTags: ["socialt-isoleret"], newOnly: true },
    });
  });

  it("volunteers named by their role", () => {
    const p = propose("20 mentorer er aktive hvert år", inActivity("mentorer"));
    expect(p.measure).toEqual({ kind: "volunteers", roles: ["mentor"] });
  });

  it("a share of the participants of a course is an outcome rate; a share of the residents a survey", () => {
    const rate = propose("En tredjedel af deltagerne gennemfører forløbet", inActivity("mentorer"));
    expect(rate.measure).toEqual({
      kind: "outcomeRate",
      count: "persons",
      courseType: "mentorforloeb",
      outcomes: ["gennemfoert"],
    });
    expect(rate.targets).toEqual([{ period: "plan", value: 33.3 }]);
    const survey = propose("Et flertal af beboerne kender helhedsplanens aktiviteter", inActivity("beboerblad"));
    expect(survey.measure).toMatchObject({ kind: "survey", unit: "percent" });
    expect(survey.targets).toEqual([{ period: "plan", value: 50 }]);
  });

  it("assessments: a staff assessment named in the logbook", () => {
    const p = propose("20 deltagere styrkede deres sociale netværk", inActivity("frivillige"));
    expect(p.measure).toEqual({ kind: "assessments", assessment: "styrket-netvaerk" });
    expect(p.targets).toEqual([{ period: "plan", value: 20 }]);
  });

  it("outcomes: people getting a job or education, in the whole plan period", () => {
    const p = propose(
      "At hjælpe mindst 20 beboere i gang med regulært arbejde eller uddannelse",
      inActivity("praktik"),
    );
    expect(p.measure).toEqual({
      kind: "outcomes",
      count: "persons",
      courseType: "smaa-skridt",
      outcomes: ["beskaeftigelse", "uddannelse"],
    });
    expect(p.targets).toEqual([{ period: "plan", value: 20 }]);
  });

  it("a stage of the course (funnel)", () => {
    const p = propose("10 beboere kommer i praktik om året", inActivity("praktik"));
    expect(p.measure).toEqual({ kind: "funnelStage", count: "persons", courseType: "smaa-skridt", stage: "praktik" });
  });

  it("follow-up after N months, with a note about the other offsets", () => {
    const p = propose("Følge 10 udvalgte unge efter 3, 6 og 12 måneder", inActivity("ung-i-job"));
    expect(p.measure).toEqual({ kind: "followUp", count: "persons", courseType: "ung-i-job", offsetMonths: 3 });
    expect(p.notes.join(" ")).toMatch(/6 og 12 måneder/);
  });

  it("milestones: a milestone of the plan, or a yes/no", () => {
    const m = propose("Ansættelse af en familierådgiver", inActivity("familieraadgivning"));
    expect(m.measure).toEqual({ kind: "milestone", milestone: "raadgiver-ansat" });
    expect(m.targets).toEqual([]);
    const yesNo = propose("At der etableres et fast samarbejde med virksomhederne", inFocusArea("fa-job"));
    expect(yesNo.measure).toEqual({ kind: "milestone" });
    expect(yesNo.targets).toEqual([{ period: "plan", value: 1 }]);
  });

  it("surveys: better than the baseline measurement", () => {
    const p = propose(
      "At beboerne angiver at de er tryggere ved naboskabsundersøgelsen 2 år efter helhedsplanens start, sammenlignet med målingen ved helhedsplanens start",
    );
    expect(p.measure).toMatchObject({ kind: "survey", unit: "percent", source: "Naboskabsundersøgelsen" });
    expect(p.targets).toEqual([{ period: "2017", relative: "better-than-baseline" }]);
    expect(p.baseline).toEqual({ period: "2015" });
    expect(p.confidence).toBe("low");
  });

  it("fewer of something counted in the logbook: the first year is the baseline", () => {
    const p = propose("Antallet af unge, der falder fra, bliver mindre", inActivity("praktik"));
    expect(p.measure).toEqual({
      kind: "outcomes",
      count: "persons",
      courseType: "smaa-skridt",
      outcomes: ["frafald"],
    });
    expect(p.direction).toBe("down");
    expect(p.baseline).toEqual({ period: "PY1" });
    expect(p.targets.map((t) => t.period)).toEqual(["PY2", "PY3", "PY4"]);
  });
});

describe("proposeCriterion: how attendance is logged", () => {
  it("counts attendance where the activity only logs headcounts (no names, so no distinct participants)", () => {
    const p = propose("Antallet af deltagere i tryghedsfremmende aktiviteter", inActivity("tryghed"));
    expect(p.measure).toEqual({ kind: "attendance", filters: { eventTypes: ["tryghedsfremmende-aktivitet"] } });
    expect(p.targets).toEqual([]);
  });
});

describe("proposeCriterion: periods", () => {
  it("i alt, i projektperioden and no period → the whole plan", () => {
    for (const text of ["60 mentorforløb i alt", "60 mentorforløb i projektperioden", "60 mentorforløb"])
      expect(propose(text, inActivity("jobmuligheder")).targets).toEqual([{ period: "plan", value: 60 }]);
  });

  it("a year named in the text", () => {
    expect(propose("10 mentorforløb i 2016", inActivity("jobmuligheder")).targets).toEqual([
      { period: "2016", value: 10 },
    ]);
  });

  it("a number per year: 15 in 2016 and 25 in 2017", () => {
    const p = propose("15 beboere deltager i afdelingsmøder i 2016 og 25 i 2017", inActivity("frivillige"));
    expect(p.measure).toEqual({
      kind: "participants",
      source: "events",
      filters: { eventTypes: ["afdelingsmoede"], residentsOnly: true },
    });
    expect(p.targets).toEqual([
      { period: "2016", value: 15 },
      { period: "2017", value: 25 },
    ]);
  });

  it("a range takes its lower bound, with a note", () => {
    const p = propose("Der gennemføres 2-4 tryghedsfremmende aktiviteter årligt", inActivity("tryghed"));
    expect(p.targets).toEqual(each(2));
    expect(p.notes.join(" ")).toMatch(/interval/);
  });
});

describe("proposals make valid criteria", () => {
  const texts: [string, CriterionOwner][] = [
    ["12 mentorforløb om året", inActivity("jobmuligheder")],
    ["mindst 15 deltagere i snit det første år og 20 de følgende år", inActivity("tryghed")],
    ["At fraflytningsprocenten falder fra ca. 8 % for første halvår af 2014 til ca. 6 % i første halvår af 2018", {}],
    ["Hver fjerde er kommet i job eller uddannelse inden for to år", inActivity("ips")],
    ["5 beboerblade om året", inActivity("beboerblad")],
    ["Øget tryghed", {}],
    ["Mindre kriminalitet", {}],
    ["Følge 10 udvalgte unge efter 3, 6 og 12 måneder", inActivity("ung-i-job")],
    ["Ansættelse af en familierådgiver", inActivity("familieraadgivning")],
    ["At der etableres et fast samarbejde med virksomhederne", inFocusArea("fa-job")],
    ["Noget helt andet", inActivity("tryghed")],
    ["", {}],
  ];

  it("every proposal passes the criterion schema and checkPlan", () => {
    const criteria = texts.map(([text, owner], i) => {
      const proposal = propose(text || "tom", owner);
      const criterion = criterionSchema.parse(criterionFromProposal(proposal, `k${i}`, text || "tom"));
      return { criterion, owner };
    });
    const input = structuredClone(fixtureInput);
    input.criteria = criteria.filter((c) => !c.owner.activityKey && !c.owner.focusAreaKey).map((c) => c.criterion);
    for (const fa of input.focusAreas ?? []) {
      fa.criteria = criteria.filter((c) => c.owner.focusAreaKey === fa.key).map((c) => c.criterion);
      const walk = (activities: NonNullable<typeof fa.activities>) => {
        for (const a of activities) {
          a.criteria = criteria.filter((c) => c.owner.activityKey === a.key).map((c) => c.criterion);
          walk(a.activities ?? []);
        }
      };
      walk(fa.activities ?? []);
    }
    const plan = planFileSchema.parse(input);
    expect(checkPlan(plan)).toEqual([]);
  });
});
