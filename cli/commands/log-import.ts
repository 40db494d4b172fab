import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { importLogbook } from "~/.server/domain/logbook-excel/logbook-excel";
import { userError } from "~/.server/errors";
import { formatNumber } from "~/format/format";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/**
 * `helhed log import SLUG FIL [--dry-run]`: checks every row of an XLSX file (the template's
 * layout, or a layout whose columns the organisation has chosen on the web page) and, when there
 * is no problem and not --dry-run, writes all of them at once.
 */
export const logImport: CliCommand = {
  words: ["log", "import"],
  usage: "helhed log import SLUG FIL.xlsx [--dry-run] --as EMAIL",
  actor: "user",
  summary: "Indlæs logbogsrækker fra Excel (alt kontrolleres først; ved fejl gemmes intet)",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { "dry-run": { type: "boolean" }, ...asOption }, this.usage);
    const [slug, file] = positionals;
    if (!slug || !file) throw userError("bad-arguments", "cliUsage", { params: { usage: this.usage } });
    const bytes = await readFile(resolve(io.cwd, file)).catch(() => {
      throw userError("missing-file", "cliFileMissing", { params: { file } });
    });
    const report = await withDatabase(io, async ({ db }) => {
      const ctx = await openLogbook(db, await cliActor(db, io, values.as), slug, "logbook.write");
      return importLogbook(db, ctx, bytes, { dryRun: values["dry-run"] });
    });
    const n = (x: number) => formatNumber(x, "da");
    for (const m of report.mappingNeeded)
      io.err(
        `${m.reason} Vælg kolonnerne på siden /log/${slug}/excel (valget huskes), eller brug skabelonens overskrifter.`,
      );
    for (const c of report.counts)
      if (c.rows > 0) io.out(`${c.sheet}: ${n(c.rows)} rækker, ${n(c.create)} nye, ${n(c.existing)} findes allerede`);
    for (const note of report.notes) io.out(`Bemærk: ${note}`);
    for (const p of report.problems)
      io.err(
        `${p.sheet} række ${p.row}${p.column ? `, kolonne ${p.column}` : ""}${p.cell ? ` (${p.cell})` : ""}: ${p.message}`,
      );
    if (!report.ready) {
      if (report.problems.length > 0)
        io.err(
          `${n(report.problems.length)} ${report.problems.length === 1 ? "problem" : "problemer"}. Intet er indlæst.`,
        );
      return 1;
    }
    const { create, existing } = report.totals;
    if (report.imported)
      io.out(`Indlæst: ${n(create)} nye rækker (${n(existing)} fandtes allerede) på ${n(report.elapsedMs / 1000)} s.`);
    else io.out(`Klar til import: ${n(create)} nye rækker, ${n(existing)} findes allerede. Intet er gemt (--dry-run).`);
    return 0;
  },
};
