import { readFileSync } from "node:fs";
import { findClues } from "~/plan-format/criterion-builder/clues";
import { scopeOf } from "~/plan-format/criterion-builder/context";
import { read } from "~/plan-format/criterion-builder/reading";
import { parsePlanFile } from "~/plan-format/parse-plan-file";

const r = parsePlanFile(readFileSync("examples/plans/rum-for-liv.yaml", "utf8"));
if (!r.ok) throw 1;
const scope = scopeOf(r.plan, { activityKey: process.argv[3] });
const rd = read(process.argv[2]);
console.log(rd.main, rd.head, rd.noun?.lower, rd.subject);
const c = findClues(rd, scope);
console.log(
  c.targetGroupTags,
  c.stages.map((s) => s.stage),
  c.outcomes,
  scope.activity?.targetGroup,
);
