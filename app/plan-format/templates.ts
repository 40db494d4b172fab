import type { PlanFile, PlanKind } from "./plan";

/** The templates a new plan can start from. */
export const templateKinds = ["lbf-helhedsplan", "tryghedsplan", "projekt"] as const;
export type TemplateKind = (typeof templateKinds)[number];

const words = {
  eventTypes: [
    { key: "arrangement", name: "Arrangement" },
    { key: "oplaeg", name: "Oplæg" },
    { key: "moede", name: "Møde" },
    { key: "aabent-hus", name: "Åbent hus" },
    { key: "afdelingsmoede", name: "Afdelingsmøde" },
  ],
  targetGroupTags: [] as { key: string; name: string }[],
  contactTopics: [
    { key: "oekonomi", name: "Økonomi" },
    { key: "familie", name: "Familie og børn" },
    { key: "job-uddannelse", name: "Job og uddannelse" },
    { key: "bolig", name: "Bolig" },
  ],
  receivingBodies: [
    { key: "kommunen", name: "Kommunen" },
    { key: "jobcenter", name: "Jobcenteret" },
    { key: "gaeldsraadgivning", name: "Gældsrådgivning" },
    { key: "familieraadgivning", name: "Familierådgivningen" },
  ],
  assessmentTypes: [{ key: "styrket-netvaerk", name: "Styrket socialt netværk" }],
  volunteerRoles: [{ key: "frivillig", name: "Frivillig" }],
};

const focusArea = (key: string, title: string, number: string) => ({
  key,
  number,
  title,
  purposes: [],
  goals: [],
  criteria: [],
  activities: [],
});

/**
 * A new plan from a template: an LBF 2019–26 helhedsplan with its four fixed focus areas, a
 * tryghedsplan with a theory of change, or a grant-funded projekt.
 * @example const plan = planFromTemplate("lbf-helhedsplan", { slug: "nordparken", title: "Nordparken", owner: "Boligselskabet", start: "2023-01-01", end: "2026-12-31" });
 */
export function planFromTemplate(
  template: TemplateKind,
  base: { slug: string; title: string; owner: string; start: string; end: string },
): PlanFile {
  const kind: PlanKind = template === "lbf-helhedsplan" ? "helhedsplan" : template;
  const plan: PlanFile = {
    formatVersion: 1,
    slug: base.slug,
    kind,
    title: base.title,
    owner: { name: base.owner },
    period: { start: base.start, end: base.end },
    mainPurposes: [],
    criteria: [],
    areas: [],
    series: [],
    partners: [],
    focusAreas: [],
    milestones: [],
    governance: [],
    roles: [],
    approvals: [],
    logbook: words,
  };
  if (template === "lbf-helhedsplan") fillLbfHelhedsplan(plan);
  else if (template === "tryghedsplan") fillTryghedsplan(plan);
  else fillProjekt(plan);
  return plan;
}

/** LBF 2019–26: the fund, its four fixed focus areas, the co-financing sources, a steering and a follow group. */
function fillLbfHelhedsplan(plan: PlanFile) {
  plan.funder = "Landsbyggefonden";
  plan.focusAreas = [
    focusArea("uddannelse-og-livschancer", "Uddannelse og livschancer", "1"),
    focusArea("beskaeftigelse", "Beskæftigelse", "2"),
    focusArea("kriminalitetsforebyggelse", "Kriminalitetsforebyggelse", "3"),
    focusArea("sammenhaengskraft-og-medborgerskab", "Sammenhængskraft og medborgerskab", "4"),
  ];
  plan.budget = {
    sources: [
      { key: "lbf", name: "Landsbyggefonden" },
      { key: "kommune", name: "Kommunen", local: true },
      { key: "boligorganisation", name: "Boligorganisationen", local: true },
    ],
    lines: [],
    footnotes: [],
    statedTotals: [],
  };
  plan.governance = [
    {
      key: "styregruppe",
      name: "Styregruppen",
      kind: "steeringGroup",
      members: [],
      duties: ["Godkende budgetter og tilse at budgetterne holdes", "Sikre fremdrift og retning"],
      meetingsPerYear: 4,
    },
    { key: "foelgegruppe", name: "Følgegruppen", kind: "followGroup", members: [], duties: [] },
  ];
}

/** A tryghedsplan: three focus areas, the partnership (kommune, politi, SSP), a theory of change, its groups. */
function fillTryghedsplan(plan: PlanFile) {
  plan.focusAreas = [
    focusArea("dialog-og-kommunikation", "Dialog og kommunikation", "1"),
    focusArea("tryggere-byliv", "Tryggere byliv", "2"),
    focusArea("boern-unge-og-beboere", "Børn, unge og beboere", "3"),
  ];
  plan.partners = [
    { key: "kommunen", name: "Kommunen", kind: "municipality" },
    { key: "politiet", name: "Politiet", kind: "police" },
    { key: "ssp", name: "SSP", kind: "municipality" },
  ];
  plan.theoryOfChange = {
    nodes: [
      ...plan.focusAreas.map((f) => ({
        key: `fa-${f.key}`,
        level: "focusArea" as const,
        label: f.title,
        ref: f.key,
      })),
      { key: "oeget-tryghed", level: "effect", label: "Øget tryghed" },
      { key: "mindre-kriminalitet", level: "effect", label: "Mindre kriminalitet" },
    ],
    links: [],
  };
  plan.governance = [
    {
      key: "styregruppe",
      name: "Styregruppen",
      kind: "steeringGroup",
      members: [],
      duties: ["Godkende tryghedsplanen årligt"],
    },
    {
      key: "arbejdsgruppe",
      name: "Arbejdsgruppen",
      kind: "workingGroup",
      members: [],
      duties: ["Gennemføre tryghedsplanens aktiviteter"],
    },
  ];
  plan.budget = {
    sources: [{ key: "partnerskab", name: "Partnerskabets midler" }],
    lines: [],
    footnotes: [],
    statedTotals: [],
  };
}

/** A grant-funded projekt: one focus area, the grant applied for and own financing. */
function fillProjekt(plan: PlanFile) {
  plan.focusAreas = [focusArea("projektet", "Projektets indsats", "1")];
  plan.budget = {
    sources: [
      { key: "bevilling", name: "Ansøgt bevilling" },
      { key: "egenfinansiering", name: "Egenfinansiering", local: true },
    ],
    lines: [],
    footnotes: [],
    statedTotals: [],
  };
}
