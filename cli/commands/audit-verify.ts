import { sealAuditLog } from "~/.server/audit/seal-audit-log";
import { type BrokenLink, verifyAuditChain } from "~/.server/audit/verify-audit-chain";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

const problems: Record<BrokenLink["problem"], string> = {
  changed: "rækkens indhold passer ikke til dens hash — den er ændret i databasen",
  missing: "rækker før den mangler — de er slettet i databasen",
  relinked: "den peger ikke på rækken før sig — kæden er brudt eller rækker er byttet om",
};

/** `helhed audit verify`: seals what is waiting, then checks the whole hash chain of the audit log. */
export const auditVerify: CliCommand = {
  words: ["audit", "verify"],
  usage: "helhed audit verify [--no-seal]",
  actor: "operator",
  summary: "Kontrollér hele revisionsloggens hash-kæde og nævn det første brud",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { "no-seal": { type: "boolean" } }, this.usage);
    const report = await withDatabase(io, async ({ db }) => {
      if (!values["no-seal"]) await sealAuditLog(db);
      return verifyAuditChain(db);
    });
    const waiting = report.unsealed
      ? ` ${report.unsealed} rækker venter på at blive forseglet (ældste ${report.oldestUnsealedAt}).`
      : "";
    if (report.firstBroken) {
      const b = report.firstBroken;
      io.err(`Revisionsloggen er brudt ved række nr. ${b.seq} (id ${b.id}): ${problems[b.problem]}.`);
      io.err(`${report.sealed} forseglede rækker kontrolleret.${waiting}`);
      return 1;
    }
    io.out(`Revisionsloggen er hel: ${report.sealed} forseglede rækker kontrolleret.${waiting}`);
    return 0;
  },
};
