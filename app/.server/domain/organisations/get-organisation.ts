import { asc, eq } from "drizzle-orm";
import { authorize } from "../../auth/authorize";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { memberships, organisations, users } from "../../db/schema";
import { userError } from "../../errors";

/** The organisations the actor is a member of, with whether they may manage each. */
export async function myOrganisations(db: Database, actor: Extract<Actor, { kind: "user" }>) {
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .orderBy(asc(organisations.name));
  return rows
    .filter((o) => actor.memberships.some((m) => m.organisationId === o.id))
    .map((o) => ({ ...o, manage: can(actor, "organisation.manage", { type: "organisation", organisationId: o.id }) }));
}

/**
 * An organisation as its administrators see it: settings and members. Needs the manage right.
 * @example const org = await getOrganisationAdmin(db, actor, "lejerbo-koebenhavn");
 */
export async function getOrganisationAdmin(db: Database, actor: Actor, slug: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!org) throw userError("not-found", "organisationNotFound");
  await authorize(db, actor, "organisation.manage", { type: "organisation", organisationId: org.id });
  const members = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      sensitiveAccess: memberships.sensitiveAccess,
      disabled: users.disabledAt,
      totpEnabled: users.totpEnabled,
      lastSignInAt: users.lastSignInAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, org.id))
    .orderBy(asc(users.name));
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    requireTotp: org.requireTotp,
    oidc: {
      issuer: org.oidcIssuer,
      clientId: org.oidcClientId,
      hasSecret: !!org.oidcClientSecret,
      emailDomain: org.oidcEmailDomain,
    },
    members: members.map((m) => ({
      ...m,
      disabled: !!m.disabled,
      lastSignInAt: m.lastSignInAt?.toISOString() ?? null,
    })),
  };
}
