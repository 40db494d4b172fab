import { readdirSync, readFileSync } from "node:fs";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import { indexPlan } from "~/plan-format/plan-index";

const dirs = [new URL("../../examples/plans/", import.meta.url), new URL("../../examples/demo/", import.meta.url)];

/** Every page of every example plan and of the demo plan, as the browser tests visit them. */
export function examplePlanPages(): { slug: string; title: string; pages: string[] }[] {
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => new URL(f, dir)),
  );
  return files.map((file) => {
    const result = parsePlanFile(readFileSync(file, "utf8"));
    if (!result.ok) throw new Error(`${file} er ugyldig: ${JSON.stringify(result.problems.slice(0, 3))}`);
    const plan = result.plan;
    const base = `/planer/${plan.slug}`;
    return {
      slug: plan.slug,
      title: plan.title,
      pages: [
        base,
        ...plan.focusAreas.map((f) => `${base}/indsatsomraader/${f.key}`),
        ...indexPlan(plan).activities.map((a) => `${base}/aktiviteter/${a.activity.key}`),
        ...(plan.milestones.length ? [`${base}/milepaele`] : []),
        ...(plan.governance.length || plan.roles.length ? [`${base}/organisering`] : []),
        ...(plan.budget ? [`${base}/oekonomi`] : []),
        ...(plan.theoryOfChange ? [`${base}/forandringsteori`] : []),
      ],
    };
  });
}
