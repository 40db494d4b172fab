import { today } from "~/.server/clock";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { userError } from "~/.server/errors";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

const statusWords = { opfyldt: "opfyldt", "paa-vej": "på vej", bagud: "bagud", "ingen-data": "ingen data" };
const show = (v: number | null) => (v === null ? "–" : String(Math.round(v * 100) / 100).replace(".", ","));

/** `helhed attainment SLUG [--period 2016|2016H1|2016Q2|PY1|plan] [--json]`: every criterion's målopfyldelse. */
export const attainmentCommand: CliCommand = {
  words: ["attainment"],
  usage: "helhed attainment SLUG [--period 2016|2016H1|2016Q2|PY1|plan] [--today ÅÅÅÅ-MM-DD] [--json] --as EMAIL",
  summary: "Vis målopfyldelsen for hvert succeskriterium: mål, opnået, status og reglen",
  actor: "user",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { period: { type: "string" }, today: { type: "string" }, json: { type: "boolean" }, ...asOption },
      this.usage,
    );
    const slug = positionals[0];
    if (!slug) throw userError("missing-slug", `Angiv planens slug: ${this.usage}`);
    const day = values.today ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw userError("bad-arguments", "Skriv --today som ÅÅÅÅ-MM-DD.");
    const result = await withDatabase(io, async ({ db }) =>
      planAttainment(db, await cliActor(db, io, values.as), slug, values.period, day),
    );
    const rows = result.rows.map((r) => ({
      id: r.key,
      text: r.text,
      target: r.target,
      actual: r.actual,
      status: r.status,
      rule: r.rule,
    }));
    if (values.json) {
      io.out(JSON.stringify({ plan: slug, period: result.period, today: day, criteria: rows }, null, 2));
      return 0;
    }
    io.out(`Målopfyldelse for ${result.plan.title}, periode ${result.period} (pr. ${day})`);
    for (const r of rows)
      io.out(
        `\n${r.id}: ${r.text}\n  mål ${show(r.target)} · opnået ${show(r.actual)} · ${statusWords[r.status]}\n  ${r.rule}`,
      );
    return 0;
  },
};
