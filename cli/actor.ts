import { loadActorByEmail } from "~/.server/auth/load-actor";
import type { UserActor } from "~/.server/auth/policy";
import type { Database } from "~/.server/db/client";
import { userError } from "~/.server/errors";
import type { CliIo } from "./io";

/** The `--as` option every command that reads or writes plan data takes. */
export const asOption = { as: { type: "string" } } as const;

/**
 * The user a data command acts as: `--as EMAIL`, else HELHED_USER. The policy then decides, as
 * it does for the web app; the command line has no back door.
 */
export async function cliActor(db: Database, io: CliIo, as: string | undefined): Promise<UserActor> {
  const email = as ?? io.env.HELHED_USER;
  if (!email) throw userError("actor-required", "cliActorRequired");
  return loadActorByEmail(db, email);
}
