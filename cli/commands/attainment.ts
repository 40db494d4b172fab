import { today } from "~/.server/clock";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { userError } from "~/.server/errors";
import { formatPeriodWithDates, targetExplanation, unitWord } from "~/format/attainment-text";
import { getI18n } from "~/i18n";
import { periodInPlan } from "~/plan-format/periods";
import { asOption, cliActor } from "../actor";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

const show = (v: number | null) => (v === null ? "–" : String(Math.round(v * 100) / 100).replace(".", ","));
const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

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
    if (!slug) throw userError("missing-slug", "cliSlugRequired", { params: { usage: this.usage } });
    const day = values.today ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw userError("bad-arguments", "cliTodayFormat");
    const result = await withDatabase(io, async ({ db }) =>
      planAttainment(db, await cliActor(db, io, values.as), slug, values.period, day),
    );
    const t = getI18n("da").t;
    const plan = result.plan;
    const range = periodInPlan(result.period, plan.period);
    const label = formatPeriodWithDates(result.period, plan.period, t);
    const rows = result.rows.map((r) => ({
      id: r.key,
      text: r.text,
      period: { id: r.period.id, first: r.period.start, last: r.period.end },
      /** The days the figure covers (the period, or the part of it that has a target; logbook figures stop at today). */
      counted: { first: r.range.start, last: r.range.end },
      unit: r.unit,
      aggregate: r.aggregate,
      target: round(r.target),
      ...(r.relativeTarget ? { relativeTarget: r.relativeTarget } : {}),
      targetBasis: r.targetBasis,
      targetParts: r.targetParts,
      partial: r.partial,
      actual: round(r.actual),
      ...(r.immature !== undefined ? { tooYoungToJudge: r.immature } : {}),
      baseline: round(r.baseline),
      status: r.status,
      statusText: t(`attainment.statuses.${r.status}`),
      rule: r.rule,
      targetNote: targetExplanation(r, t),
    }));
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            plan: slug,
            period: { id: result.period, label, first: range.start, last: range.end },
            today: day,
            criteria: rows,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(`Målopfyldelse for ${plan.title}, ${label} (pr. ${day})`);
    for (const r of rows) {
      const note = r.targetNote ? `\n  ${r.targetNote}` : "";
      io.out(
        `\n${r.id}: ${r.text}\n  mål ${show(r.target)} · opnået ${show(r.actual)} ${unitWord(r.unit, t)} · ${r.statusText}${note}\n  ${r.rule}`,
      );
    }
    return 0;
  },
};
