import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { planJsonSchema } from "./json-schema";

it("the committed JSON Schema matches the zod schema (run npm run schema)", () => {
  const committed = readFileSync(new URL("../../docs/plan.schema.json", import.meta.url), "utf8");
  expect(committed).toBe(planJsonSchema());
});
