import type { Database } from "../../db/client";
import { readStoredPlan } from "../../db/plan-store/read-stored-plan";
import type { LogbookContext } from "../logbook/logbook-context";
import { anonymiseParticipants, keepFiguresRevision } from "./anonymise-participants";
import { figuresNeed } from "./figures-need";
import { requirePersonRight } from "./person-access";

/**
 * Anonymises one participant in one transaction (a data subject's erasure request). What stays is
 * what the plan's figures need — under a new random code, unlinked from anything that could single
 * the person out — so every criterion's figure is unchanged.
 */
export async function anonymiseParticipant(
  db: Database,
  participantId: string,
  organisationId: string,
  planId: string,
  actor: LogbookContext["actor"],
  reason: "request" | "retention",
) {
  const need = figuresNeed((await readStoredPlan(db, planId)).plan);
  await db.transaction(async (tx) => {
    await keepFiguresRevision(tx);
    await anonymiseParticipants(tx, [participantId], need, { organisationId, planId, actor, reason });
  });
}

/**
 * Erases a person on request: identifying and sensitive data, consents, notes, and every
 * quasi-identifier and word the plan's figures do not need; their entries stay counted under an
 * anonymous code.
 */
export async function erasePerson(db: Database, ctx: LogbookContext, participantId: string) {
  const { participant } = await requirePersonRight(db, ctx, participantId, "person.erase");
  await anonymiseParticipant(db, participant.id, ctx.resource.organisationId, ctx.planId, ctx.actor, "request");
}
