import { applyRetention } from "~/.server/domain/persons/apply-retention";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed retention run [--dry-run] [--today DATO]`: applies every organisation's retention rules now. */
export const retentionRun: CliCommand = {
  words: ["retention", "run"],
  usage: "helhed retention run [--dry-run] [--today ÅÅÅÅ-MM-DD]",
  summary: "Anvend slettereglerne nu (kører også automatisk hvert døgn i serveren)",
  actor: "operator",
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { "dry-run": { type: "boolean" }, today: { type: "string" } },
      this.usage,
    );
    const today = values.today ?? new Date().toISOString().slice(0, 10);
    const done = await withDatabase(io, ({ db }) => applyRetention(db, { today, dryRun: values["dry-run"] }));
    const counts: Record<string, number> = {};
    for (const d of done) counts[d.category] = (counts[d.category] ?? 0) + 1;
    io.out(
      `${values["dry-run"] ? "Ville slette" : "Slettet"} pr. ${today}: ` +
        (Object.entries(counts)
          .map(([k, n]) => `${k}: ${n}`)
          .join(", ") || "intet"),
    );
    return 0;
  },
};
