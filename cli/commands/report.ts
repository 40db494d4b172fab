import { writeFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { getPlan } from "~/.server/domain/plans/get-plan";
import { userError } from "~/.server/errors";
import { reportFormats } from "~/.server/reports/report-formats";
import { reportAction, reportKinds } from "~/.server/reports/report-kinds";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

const names = (o: object) => Object.keys(o).join("|");

/** `helhed report SLUG --kind plan|pixi|application --format html|docx|pdf|xlsx --out FIL`: a report on a plan as a file. */
export const report: CliCommand = {
  words: ["report"],
  usage: `helhed report SLUG [--kind ${names(reportKinds)}] [--period 2016|2016Q2|PY1|plan] [--audience internal|external] [--format ${names(reportFormats)}] [--out FIL] --as EMAIL`,
  summary: "Dan en rapport om en plan (plandokument, pixi-udgave, ansøgning …) som fil",
  actor: "user",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        kind: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        period: { type: "string" },
        audience: { type: "string" },
        today: { type: "string" },
        ...asOption,
      },
      this.usage,
    );
    const slug = positionals[0];
    if (!slug) throw userError("missing-slug", "cliSlugRequired", { params: { usage: this.usage } });
    const kindName = values.kind ?? "plan";
    const kind = reportKinds[kindName];
    if (!kind)
      throw userError("bad-arguments", "cliUnknownReport", { params: { kind: kindName, names: names(reportKinds) } });
    const formatName =
      values.format ??
      (extname(values.out ?? "")
        .slice(1)
        .toLowerCase() ||
        "pdf");
    const format = reportFormats[formatName];
    if (!format)
      throw userError("bad-arguments", "cliUnknownFormat", {
        params: { format: formatName, names: names(reportFormats) },
      });
    const out = values.out ?? `${slug}-${kindName}.${format.extension}`;
    const audience = values.audience ?? "internal";
    if (audience !== "internal" && audience !== "external") throw userError("bad-arguments", "cliAudience");
    const bytes = await withDatabase(io, async ({ db }) => {
      const actor = await cliActor(db, io, values.as);
      const { plan, planId } = await getPlan(db, actor, slug, reportAction(kind, audience));
      return format.render(
        await kind.build({ plan, planId, db, actor, period: values.period, audience, today: values.today }),
      );
    });
    await writeFile(resolve(io.cwd, out), bytes);
    io.out(`Skrevet til ${out}`);
    return 0;
  },
};
