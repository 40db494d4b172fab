import { findOrCreateOrganisation } from "~/.server/db/repositories/organisations";
import { addMember } from "~/.server/domain/accounts/add-member";
import { readConfig } from "~/.server/env";
import { userError } from "~/.server/errors";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed user add EMAIL --name NAVN --organisation ORG --role ROLLE`: the operator adds a member (e.g. the first administrator). */
export const userAdd: CliCommand = {
  words: ["user", "add"],
  usage: "helhed user add EMAIL --name NAVN --organisation ORG --role ROLLE [--sensitive]",
  summary: "Tilføj en bruger til en organisation og vis invitationslinket (driftsopgave)",
  actor: "operator",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        name: { type: "string" },
        organisation: { type: "string" },
        role: { type: "string" },
        sensitive: { type: "boolean" },
      },
      this.usage,
    );
    const [email] = positionals;
    if (!email || !values.organisation || !values.role)
      throw userError("bad-arguments", "cliUsage", { params: { usage: this.usage } });
    const { publicUrl } = readConfig(io.env, io.cwd);
    const result = await withDatabase(io, async ({ db }) => {
      const organisationId = await findOrCreateOrganisation(db, values.organisation as string);
      return addMember(
        db,
        { kind: "system", reason: "cli:user-add" },
        organisationId,
        { email, name: values.name ?? email, role: values.role as "staff", sensitiveAccess: !!values.sensitive },
        publicUrl,
      );
    });
    io.out(`Brugeren ${email} er medlem af ${values.organisation} som ${values.role}.`);
    if (result.invitation) io.out(`Invitationslink (gælder 24 timer): ${result.invitation}`);
    return 0;
  },
};
