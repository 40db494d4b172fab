import { z } from "zod";
import { planFileSchema } from "./plan";

/** The plan file format as a JSON Schema (the input side: defaults may be left out). */
export function planJsonSchema(): string {
  const schema = z.toJSONSchema(planFileSchema, { io: "input", unrepresentable: "any", reused: "ref" });
  return `${JSON.stringify({ ...schema, title: "Helhed plan file", $id: "https://helhed.dk/plan.schema.json" }, null, 2)}\n`;
}
