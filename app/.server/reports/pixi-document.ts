import { formatNumber } from "~/format/format";
import type { Activity } from "~/plan-format/activity";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { areaTotals } from "./area-blocks";
import { type Block, h2, h3, list, p, type ReportDocument } from "./document";
import { amountText, firstSentence, partnerName, planPeriodText } from "./plan-text";

const what: Record<PlanFile["kind"], string> = {
  helhedsplan:
    "En boligsocial helhedsplan er en plan for, hvordan boligorganisationen, kommunen og en række samarbejdspartnere sammen gør boligområdet til et endnu bedre sted at bo. Planen beskriver, hvad der skal ske, for hvem, og hvordan vi kan se, om det virker.",
  tryghedsplan:
    "En tryghedsplan er en plan for, hvordan kommunen, politiet, SSP og boligorganisationen sammen gør området trygt at bo og færdes i. Planen siger, hvilke aktiviteter der skal være, og hvordan vi kan se, om det virker.",
  projekt:
    "Projektet er en indsats, hvor en forening eller organisation med støtte fra fx kommunen hjælper borgere i området. Her kan du læse, hvad projektet vil, og hvad det tilbyder.",
};

/** One line per activity: its title and what it is for, in a sentence. */
const activityLine = (a: Activity) => {
  const why = firstSentence(a.purposes[0] ?? a.goals[0] ?? a.content ?? a.targetGroup, 130);
  return why ? `${a.title}: ${why}` : a.title;
};

function keyFigures(plan: PlanFile): Block[] {
  const index = indexPlan(plan);
  const area = areaTotals(plan);
  const years = Number(plan.period.end.slice(0, 4)) - Number(plan.period.start.slice(0, 4)) + 1;
  const yearly = plan.budget?.statedTotals[0]?.amount;
  const items = [
    { label: "år varer planen", value: formatNumber(years) },
    { label: plan.focusAreas.length === 1 ? "indsatsområde" : "indsatsområder", value: String(plan.focusAreas.length) },
    { label: "aktiviteter", value: String(index.activities.length) },
    { label: "mål, vi følger", value: String(index.criteria.length) },
    ...(area.residents ? [{ label: "beboere i området", value: formatNumber(area.residents) }] : []),
    ...(area.tenancies ? [{ label: "boliger", value: formatNumber(area.tenancies) }] : []),
    ...(yearly ? [{ label: "om året til planen", value: amountText(yearly) }] : []),
  ];
  return [{ kind: "keyFigures", items: items.slice(0, 6) }];
}

/** A few of the plan's success criteria, the plan-level ones first, as the plan words them. */
function goals(plan: PlanFile): Block[] {
  const texts = indexPlan(plan).criteria.map((c) => firstSentence(c.criterion.text, 150));
  return texts.length
    ? [h2("Sådan ser vi, om det virker"), p("Vi følger blandt andet med i, om:"), list(texts.slice(0, 5))]
    : [];
}

function contacts(plan: PlanFile): string[] {
  const roles = plan.roles.map((r) => (r.organisation ? `${r.title}, ${partnerName(plan, r.organisation)}` : r.title));
  const responsible = [
    ...new Set(
      indexPlan(plan)
        .activities.flatMap((a) => a.activity.responsible?.partners ?? [])
        .map((k) => partnerName(plan, k)),
    ),
  ];
  return roles.length ? roles.slice(0, 6) : responsible.slice(0, 6);
}

/**
 * The short resident version (pixi-udgave) of a plan, 2–4 pages in plain Danish: what the plan
 * is, the vision, each focus area with its activities in one line each, how to take part and
 * whom to contact, and the key figures.
 */
export function pixiDocument(plan: PlanFile): ReportDocument {
  const people = contacts(plan);
  return {
    title: plan.title,
    subtitle: "Kort fortalt – til beboerne",
    byline: `${plan.owner.name} · ${planPeriodText(plan)}`,
    blocks: [
      h2("Hvad er planen?"),
      p(what[plan.kind]),
      p(
        `Planen gælder fra ${planPeriodText(plan).replace(" – ", " til ")}. Bag planen står ${plan.owner.name}${plan.municipality ? ` i samarbejde med ${plan.municipality}` : ""}.`,
      ),
      ...keyFigures(plan),
      ...(plan.vision ? [h2("Det vil vi"), p(firstSentence(plan.vision, 300))] : []),
      ...(plan.mainPurposes.length && !plan.vision
        ? [h2("Det vil vi"), list(plan.mainPurposes.slice(0, 4).map((x) => firstSentence(x, 140)))]
        : []),
      { kind: "pageBreak" },
      h2("Det sker i planen"),
      ...plan.focusAreas.flatMap((f) => {
        const why = firstSentence(f.purposes[0] ?? f.description ?? f.problem, 150);
        return [
          h3(f.title),
          ...(why ? [p(why)] : []),
          ...(f.activities.length ? [list(f.activities.map(activityLine))] : []),
        ];
      }),
      ...goals(plan),
      ...(plan.partners.length
        ? [
            h2("Hvem er med?"),
            p(
              `${plan.partners
                .slice(0, 12)
                .map((x) => x.name)
                .join(", ")}${plan.partners.length > 12 ? " og flere andre" : ""}.`,
            ),
          ]
        : []),
      h2("Sådan kan du være med"),
      p(
        "Alle aktiviteter er åbne for de beboere, de er lavet for. Du er velkommen til at komme forbi, høre mere eller selv hjælpe til som frivillig. Har du en idé, så sig det – planen bliver bedre af, at beboerne er med.",
      ),
      ...(people.length ? [h2("Kontakt"), p("Du kan altid spørge:"), list(people)] : []),
    ],
  };
}
