// npm run generate:national — a national portfolio in a PostgreSQL database: NATIONAL_PLANS copies of
// the example plans (default 100) holding NATIONAL_ATTENDANCE attendance records in all (default
// 20,000,000), in DATABASE_URL (required: the database is filled, not made).
import { openBench } from "./bench/large-plan";
import { generateNational } from "./bench/national";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Sæt DATABASE_URL til den PostgreSQL-database, der skal fyldes.");
const count = Number(process.env.NATIONAL_PLANS ?? 100);
const attendance = Number(process.env.NATIONAL_ATTENDANCE ?? 20_000_000);
const h = await openBench(url);
const start = performance.now();
const slugs = await generateNational(h.db, { plans: count, attendance });
console.log(
  `${slugs.length} planer med i alt ca. ${attendance} fremmøder på ${((performance.now() - start) / 1000).toFixed(0)} s`,
);
await h.close();
