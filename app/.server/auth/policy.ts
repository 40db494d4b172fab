import type { Role } from "../db/schema/accounts";

/** Everything a user can be allowed or refused to do. */
export const actions = [
  "plan.list",
  "plan.read",
  "plan.import",
  "plan.export",
  "plan.edit",
  "plan.approve",
  "attainment.read",
  "attainment.drilldown",
  "logbook.read",
  "logbook.write",
  "person.read",
  "person.write",
  "person.sensitive",
  "person.export",
  "person.erase",
  "report.internal",
  "report.external",
  "audit.read",
  "organisation.read",
  "organisation.manage",
] as const;
export type Action = (typeof actions)[number];

/** A signed-in user: memberships per organisation and the activities they are assigned to. */
export interface UserActor {
  kind: "user";
  userId: string;
  email: string;
  name: string;
  memberships: { organisationId: string; role: Role; sensitiveAccess: boolean }[];
  assignedActivityIds: ReadonlySet<string>;
}

/** The operator at the server's shell (migrations, demo data, creating the first user). */
export interface SystemActor {
  kind: "system";
  reason: string;
}

/** Who is asking. */
export type Actor = UserActor | SystemActor;

/** What is asked about. Activity-scoped resources name the activity the data belongs to. */
export type Resource =
  | { type: "organisation"; organisationId: string }
  | { type: "plan"; organisationId: string; sharedWith: readonly string[] }
  | {
      type: "activity";
      organisationId: string;
      sharedWith: readonly string[];
      activityId: string;
      /** Organisations responsible for the activity (its responsible partners' linked organisations). */
      responsibleOrganisationIds: readonly string[];
    };

/** How the actor relates to a resource: member of its owner, or of an organisation it is shared with. */
export type Relation = "own" | "shared";

/** For which activities a grant holds: all, those the user is assigned to, those the user's organisation is responsible for. */
export type Scope = "all" | "assigned" | "responsible";
type Grant = Partial<Record<Action, Scope>>;

const aggregates: Grant = {
  "plan.list": "all",
  "plan.read": "all",
  "attainment.read": "all",
  "report.external": "all",
};
const personWork = (scope: Scope): Grant => ({
  "attainment.drilldown": scope,
  "logbook.read": scope,
  "logbook.write": scope,
  "person.read": scope,
  "person.write": scope,
  "person.sensitive": scope,
});
const planWork: Grant = {
  "plan.import": "all",
  "plan.export": "all",
  "plan.edit": "all",
  "plan.approve": "all",
  "person.export": "all",
  "person.erase": "all",
  "report.internal": "all",
  "organisation.read": "all",
};

/**
 * The permission table (docs/security.md has it as a table): per role and relation, which
 * actions are granted and for which activities. Anything not listed is refused.
 * `person.sensitive` also needs the membership's sensitiveAccess flag.
 */
export const grants: Record<Role, Record<Relation, Grant>> = {
  administrator: {
    own: { ...aggregates, ...personWork("all"), ...planWork, "audit.read": "all", "organisation.manage": "all" },
    shared: { ...aggregates, ...personWork("responsible") },
  },
  planManager: {
    own: { ...aggregates, ...personWork("all"), ...planWork },
    shared: { ...aggregates, ...personWork("responsible") },
  },
  staff: {
    // Staff log in their assigned activities; they may open another participant's record of
    // their own organisation's plan only with a stated reason (asked and audited).
    own: {
      ...aggregates,
      ...personWork("assigned"),
      "person.read": "all",
      "report.internal": "all",
      "organisation.read": "all",
    },
    shared: { ...aggregates, ...personWork("responsible") },
  },
  partnerStaff: {
    own: { "plan.list": "all", "plan.read": "all", ...personWork("responsible"), "organisation.read": "all" },
    shared: { "plan.list": "all", "plan.read": "all", ...personWork("responsible") },
  },
  steeringReader: { own: { ...aggregates, "organisation.read": "all" }, shared: aggregates },
  portfolioReader: { own: { ...aggregates, "organisation.read": "all" }, shared: aggregates },
};

/** The actor's memberships that relate it to a resource, strongest relation first; undefined if none. */
export function relationTo(actor: UserActor, resource: Resource) {
  const own = actor.memberships.filter((m) => m.organisationId === resource.organisationId);
  if (own.length > 0) return { relation: "own" as const, memberships: own };
  const sharedWith = "sharedWith" in resource ? resource.sharedWith : [];
  const shared = actor.memberships.filter((m) => sharedWith.includes(m.organisationId));
  if (shared.length > 0) return { relation: "shared" as const, memberships: shared };
  return undefined;
}

/**
 * The scopes under which the actor may do an action on a resource (empty: refused). For a
 * plan, a scope other than "all" means the action is allowed on some of its activities only,
 * and the caller must filter by `activityFilter`.
 */
export function scopesFor(actor: UserActor, action: Action, resource: Resource) {
  const related = relationTo(actor, resource);
  if (!related) return [];
  return related.memberships.flatMap((m) => {
    const scope = grants[m.role][related.relation][action];
    if (!scope || (action === "person.sensitive" && !m.sensitiveAccess)) return [];
    return [{ scope, organisationId: m.organisationId }];
  });
}

/**
 * The one policy function: may this actor do this action on this resource? Pure — every
 * route, loader, action and CLI command asks it (through `authorize`).
 * @example can(actor, "plan.read", { type: "plan", organisationId: owner, sharedWith: [] })
 */
export function can(actor: Actor | undefined, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  if (actor.kind === "system") return true;
  const scopes = scopesFor(actor, action, resource);
  if (resource.type !== "activity")
    return resource.type === "plan" ? scopes.length > 0 : scopes.some((s) => s.scope === "all");
  return scopes.some(
    (s) =>
      s.scope === "all" ||
      (s.scope === "assigned" && actor.assignedActivityIds.has(resource.activityId)) ||
      (s.scope === "responsible" && resource.responsibleOrganisationIds.includes(s.organisationId)),
  );
}

/**
 * The activities of a plan on which the actor may do an activity-scoped action: "all", or the
 * ids allowed (possibly none). Used to filter lists so a partner sees only its own activities.
 */
export function allowedActivityIds(
  actor: Actor,
  action: Action,
  plan: Extract<Resource, { type: "plan" }>,
  activities: readonly { id: string; responsibleOrganisationIds: readonly string[] }[],
): "all" | Set<string> {
  if (actor.kind === "system") return "all";
  const scopes = scopesFor(actor, action, plan);
  if (scopes.some((s) => s.scope === "all")) return "all";
  return new Set(
    activities
      .filter((a) =>
        can(actor, action, {
          ...plan,
          type: "activity",
          activityId: a.id,
          responsibleOrganisationIds: a.responsibleOrganisationIds,
        }),
      )
      .map((a) => a.id),
  );
}
