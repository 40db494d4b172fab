import { openWalkActions } from "~/.server/domain/safety-walks/walk-view";
import type { Language } from "~/i18n";
import { formYears, reportTrendPeriods } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import type { Action, Actor } from "../auth/policy";
import { today } from "../clock";
import type { Database } from "../db/client";
import { planAttainment } from "../domain/attainment/plan-attainment";
import { followUpView } from "../domain/follow-up/follow-up-view";
import { readReportNotes } from "../domain/reports/report-notes";
import { applicationDocument } from "./application-document";
import type { Audience } from "./attainment-blocks";
import type { ReportDocument } from "./document";
import { funderDocument } from "./funder-document";
import { lbfFormsDocument } from "./lbf-forms-document";
import { pixiDocument } from "./pixi-document";
import { planDocument } from "./plan-document";
import { reportLanguage } from "./report-language";
import { statusDocument } from "./status-document";

/** What a report builder gets: the plan as the actor may read it, and the database for reports that need more. */
export interface ReportInput {
  plan: PlanFile;
  planId: string;
  db: Database;
  actor: Actor;
  /** The period of a status or funder report (2016, 2016Q2, PY1, plan …); the whole plan if absent. */
  period?: string;
  /** Who it is for; outside readers never see small numbers. Internal if absent. */
  audience?: Audience;
  /** The date figures are computed as of (ISO). */
  today?: string;
  /** The reader's interface language: names, headings and sentences follow it (plan texts stay as written). */
  lang?: Language;
}

/** A kind of report on a plan: who may make it (the policy action) and how it is built. */
export interface ReportKind {
  summary: string;
  action: Action;
  build: (input: ReportInput) => ReportDocument | Promise<ReportDocument>;
  /** Reports with figures from the logbook: the audience decides the right needed (internal or external report). */
  fromLogbook?: boolean;
}

/** The right a report needs: its own, or for reports from the logbook the internal or external report right. */
export const reportAction = (kind: ReportKind, audience: Audience = "internal"): Action =>
  kind.fromLogbook ? (audience === "external" ? "report.external" : "report.internal") : kind.action;

async function figures(input: ReportInput) {
  const day = input.today ?? today();
  const period = input.period ?? "plan";
  const [attainment, follow, notes, walkActions] = await Promise.all([
    planAttainment(input.db, input.actor, input.plan.slug, period, day, {
      trendOver: reportTrendPeriods,
      lang: input.lang,
    }),
    followUpView(input.db, input.actor, input.plan.slug, day),
    readReportNotes(input.db, input.planId, period),
    openWalkActions(input.db, input.planId),
  ]);
  return {
    attainment,
    milestones: follow.milestones,
    budget: follow.budget,
    notes,
    walkActions,
    today: day,
    audience: input.audience ?? ("internal" as const),
    language: reportLanguage(input.lang),
  };
}

/**
 * The reports on a plan, by the name the CLI and the pages use. Add a kind here (e.g. status,
 * funder) and every caller offers it.
 */
export const reportKinds: Record<string, ReportKind> = {
  plan: { summary: "Plandokumentet", action: "plan.read", build: ({ plan }) => planDocument(plan) },
  pixi: { summary: "Kort udgave til beboerne (pixi)", action: "plan.read", build: ({ plan }) => pixiDocument(plan) },
  application: {
    summary: "Ansøgning om tilskud (projekter)",
    action: "plan.read",
    build: ({ plan }) => applicationDocument(plan),
  },
  status: {
    summary: "Statusnotat til styregruppen",
    action: "report.internal",
    fromLogbook: true,
    build: async (input) => statusDocument(await figures(input)),
  },
  lbf: {
    summary: "LBF-skemaer: målopfyldelsesskema og milepælsplan (Excel og Word)",
    action: "report.internal",
    fromLogbook: true,
    build: async (input) => {
      const f = await figures(input);
      const years = await Promise.all(
        formYears(f.attainment.period, input.plan.period).map(async (period) => ({
          period,
          rows: (await planAttainment(input.db, input.actor, input.plan.slug, period, f.today)).rows,
        })),
      );
      return lbfFormsDocument({ ...f, years });
    },
  },
  funder: {
    summary: "Årsrapport om målopfyldelse til bevillingsgiver",
    action: "report.internal",
    fromLogbook: true,
    build: async (input) => funderDocument(await figures(input)),
  },
};
