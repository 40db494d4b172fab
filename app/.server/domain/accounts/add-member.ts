import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { memberships, roles, users } from "../../db/schema";
import { userError } from "../../errors";
import { issueResetLink } from "./password-reset";

/** What an administrator fills in to add a member. */
export const addMemberSchema = z.object({
  email: z.email({ error: "emailInvalid" }).transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1, "personNameRequired"),
  role: z.enum(roles, { error: "chooseRole" }),
  sensitiveAccess: z.boolean().default(false),
});

/**
 * Adds a member to an organisation (creating the user if new) and returns the invitation link
 * (a 24-hour password link, also put in the outbox) for a new user.
 */
export async function addMember(
  db: Database,
  actor: Actor,
  organisationId: string,
  input: z.input<typeof addMemberSchema>,
  publicUrl: string,
): Promise<{ userId: string; invitation?: string }> {
  const parsed = addMemberSchema.safeParse(input);
  if (!parsed.success)
    throw userError(
      "invalid-member",
      "Tjek felterne.",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const m = parsed.data;
  await authorize(db, actor, "organisation.manage", { type: "organisation", organisationId });
  return db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, m.email));
    let invitation: string | undefined;
    if (!user) {
      [user] = await tx.insert(users).values({ id: randomUUID(), email: m.email, name: m.name }).returning();
      invitation = await issueResetLink(tx, user, publicUrl, 24);
    }
    await tx
      .insert(memberships)
      .values({ id: randomUUID(), organisationId, userId: user.id, role: m.role, sensitiveAccess: m.sensitiveAccess })
      .onConflictDoUpdate({
        target: [memberships.organisationId, memberships.userId],
        set: { role: m.role, sensitiveAccess: m.sensitiveAccess },
      });
    await recordAudit(tx, actor, {
      action: "organisation.addMember",
      resourceType: "user",
      resourceId: user.id,
      organisationId,
      outcome: "allowed",
      details: { role: m.role, sensitiveAccess: m.sensitiveAccess },
    });
    return { userId: user.id, invitation };
  });
}
