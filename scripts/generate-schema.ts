// Writes docs/plan.schema.json from the zod schema (npm run schema).
import { writeFileSync } from "node:fs";
import { planJsonSchema } from "../app/plan-format/json-schema";

writeFileSync(new URL("../docs/plan.schema.json", import.meta.url), planJsonSchema());
console.log("docs/plan.schema.json skrevet");
