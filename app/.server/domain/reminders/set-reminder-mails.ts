import { eq } from "drizzle-orm";
import type { UserActor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";

/**
 * Switches the signed-in user's daily reminder mails on or off (their own setting only).
 * @example await setReminderMails(db, actor, false);
 */
export async function setReminderMails(db: Database, actor: UserActor, on: boolean) {
  await db.update(users).set({ reminderMails: on }).where(eq(users.id, actor.userId));
}

/** Whether the user gets the daily reminder mails. */
export async function reminderMailsOn(db: Database, actor: UserActor): Promise<boolean> {
  const [row] = await db.select({ on: users.reminderMails }).from(users).where(eq(users.id, actor.userId));
  return row?.on ?? false;
}
