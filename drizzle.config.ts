import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes a new SQL migration into drizzle/ from the schema.
export default defineConfig({
  dialect: "postgresql",
  schema: "./app/.server/db/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
