import { stringify } from "yaml";
import type { PlanFile } from "./plan";

/** Drops absent fields and empty lists so that the file shows only what the plan says. */
export function canonicalPlan(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalPlan);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      out[k] = canonicalPlan(v);
    }
    return out;
  }
  return value;
}

/** Writes a plan as YAML (the default) or JSON, in canonical form. */
export function serializePlan(plan: PlanFile, format: "yaml" | "json" = "yaml"): string {
  const data = canonicalPlan(plan);
  if (format === "json") return `${JSON.stringify(data, null, 2)}\n`;
  return `# yaml-language-server: $schema=https://helhed.dk/plan.schema.json\n${stringify(data, { lineWidth: 100 })}`;
}
