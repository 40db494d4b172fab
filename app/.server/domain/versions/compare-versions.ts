import { diffPlans } from "~/plan-format/diff-plans";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";
import { versionsOf } from "./version-store";

/**
 * A plan's versions (newest first) and the difference between two of them, for everyone who may
 * read the plan: the steering group approves versions and must see what changed. By default the
 * newest version is compared with the one before it.
 */
export async function compareVersions(
  db: Database,
  actor: Actor,
  slug: string,
  chosen: { from?: number; to?: number } = {},
) {
  const { plan, planId } = await getPlan(db, actor, slug);
  const versions = await versionsOf(db, planId);
  const pick = (n: number | undefined, fallback: number) => {
    const v = versions.find((x) => x.number === (n ?? fallback));
    if (n !== undefined && !v) throw userError("not-found", "versionNotFound", { params: { n } });
    return v;
  };
  const to = pick(chosen.to, versions[0]?.number ?? 0);
  const from = pick(chosen.from, versions.find((v) => to && v.number < to.number)?.number ?? -1);
  return {
    plan: { title: plan.title, owner: plan.owner.name },
    versions,
    from,
    to,
    diff: from && to ? diffPlans(from.document, to.document) : undefined,
  };
}
