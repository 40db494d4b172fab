import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import { hashPassword, passwordProblems, verifyPassword, weakPassword } from "../../auth/passwords";
import type { UserActor } from "../../auth/policy";
import { revokeAllSessions } from "../../auth/sessions";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { userError } from "../../errors";
import { passwordContext } from "./password-context";

/**
 * Changes the signed-in user's password after checking the current one and the new one's
 * quality; every other session of the user ends.
 */
export async function changePassword(
  db: Database,
  actor: UserActor,
  keepSessionId: string,
  input: { current: string; next: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.current)))
    throw userError("wrong-password", "currentPasswordWrong", [{ path: "current", message: "currentPasswordWrong" }]);
  const problems = await passwordProblems(input.next, user, await passwordContext(db, user.id));
  if (problems.length) throw weakPassword(problems[0], "next");
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.next) })
      .where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id, keepSessionId);
    await recordAudit(tx, actor, {
      action: "auth.changePassword",
      resourceType: "user",
      resourceId: user.id,
      outcome: "allowed",
    });
  });
}
