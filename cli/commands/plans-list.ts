import { listPlans } from "~/.server/domain/plans/list-plans";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed plans list [--json]`: one line per plan. */
export const plansList: CliCommand = {
  words: ["plans", "list"],
  usage: "helhed plans list [--json] --as EMAIL",
  actor: "user",
  summary: "Vis alle planer",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { json: { type: "boolean" }, ...asOption }, this.usage);
    const plans = await withDatabase(io, async ({ db }) => listPlans(db, await cliActor(db, io, values.as)));
    if (values.json)
      io.out(
        JSON.stringify(
          plans.map(({ id, ...p }) => p),
          null,
          2,
        ),
      );
    else if (plans.length === 0) io.out('Der er ingen planer endnu. Indlæs eksemplerne med "helhed demo".');
    else
      for (const p of plans)
        io.out(
          `${p.slug.padEnd(28)} ${p.kind.padEnd(13)} ${p.periodStart} – ${p.periodEnd}  ${p.title} ` +
            `(${p.focusAreas} indsatsområder, ${p.activities} aktiviteter, ${p.criteria} succeskriterier)`,
        );
    return 0;
  },
};
