import type { PlanFile } from "~/plan-format/plan";
import type { Action, Actor } from "../auth/policy";
import type { Database } from "../db/client";
import { applicationDocument } from "./application-document";
import type { ReportDocument } from "./document";
import { pixiDocument } from "./pixi-document";
import { planDocument } from "./plan-document";

/** What a report builder gets: the plan as the actor may read it, and the database for reports that need more. */
export interface ReportInput {
  plan: PlanFile;
  planId: string;
  db: Database;
  actor: Actor;
}

/** A kind of report on a plan: who may make it (the policy action) and how it is built. */
export interface ReportKind {
  summary: string;
  action: Action;
  build: (input: ReportInput) => ReportDocument | Promise<ReportDocument>;
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
};
