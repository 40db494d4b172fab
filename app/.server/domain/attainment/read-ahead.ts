import type { Actor } from "../../auth/policy";
import { can } from "../../auth/policy";
import type { Database } from "../../db/client";
import type { FoundPlan } from "../../db/repositories/access";
import { liveFacts, liveFactsHeld } from "./live-logbook";

/**
 * Starts reading a plan's logbook for its målopfyldelse while the page reads and checks the plan
 * document (decision 013i): on a cold plan the snapshot's query and unzip then overlap that work
 * instead of following it. Only for a plan not held already (a held plan's catch-up is the page's
 * read's to start) and a reader whose role may see the figures; the page's own read
 * joins this one (one read in flight per plan and revision) and checks the right in full. A
 * failure here is the page's to report when it reads, so it is not reported twice. `lookup` is
 * the request's own look-up of the plan by its slug (request-context's findPlan), not a query more.
 */
export function readAhead(db: Database, actor: Actor, lookup: Promise<FoundPlan | undefined>): void {
  (async () => {
    const found = await lookup;
    if (!found || liveFactsHeld(db, found.planId) || !can(actor, "attainment.read", found.resource)) return;
    await liveFacts(db, found.planId);
  })().catch(() => {});
}
