// A national portfolio for the benchmarks: copies of the five example plans (another slug, title
// and kommune each), each with a logbook generated inside PostgreSQL (generate_series, ids from
// md5), so millions of attendance records take minutes, not hours.
import { readFile } from "node:fs/promises";
import { eq, sql } from "drizzle-orm";
import type { Database } from "~/.server/db/client";
import { activities, plans } from "~/.server/db/schema";
import { importPlan } from "~/.server/domain/plans/import-plan";
import { examplePlanFiles } from "~/.server/domain/plans/load-example-plans";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import { system } from "./large-plan";

const kommuner = [
  "Københavns Kommune",
  "Aarhus Kommune",
  "Odense Kommune",
  "Aalborg Kommune",
  "Esbjerg Kommune",
  "Randers Kommune",
  "Kolding Kommune",
  "Horsens Kommune",
  "Vejle Kommune",
  "Høje-Taastrup Kommune",
  "Albertslund Kommune",
  "Ishøj Kommune",
];

/** Attendance records per event in the generated logbooks (a lektiecafé, a family club). */
const perEvent = 14;

/** Makes `count` plans holding about `attendance` attendance records in all; returns their slugs. */
export async function generateNational(db: Database, options: { plans: number; attendance: number }) {
  const files = await examplePlanFiles();
  const texts = await Promise.all(files.map((f) => readFile(f, "utf8")));
  const perPlan = Math.max(perEvent, Math.floor(options.attendance / options.plans));
  const slugs: string[] = [];
  for (let i = 0; i < options.plans; i++) {
    const source = texts[i % texts.length];
    const slug = `${/^slug:\s*(\S+)/m.exec(source)?.[1]}-${i + 1}`;
    const text = source
      .replace(/^slug:.*$/m, `slug: ${slug}`)
      .replace(/^title:(.*)$/m, `title:$1 (${i + 1})`)
      .replace(/^municipality:.*$/m, `municipality: ${kommuner[i % kommuner.length]}`);
    const parsed = parsePlanFile(text);
    if (!parsed.ok) throw new Error(`${slug} er ugyldig`);
    await importPlan(db, system, { text });
    const types = parsed.plan.logbook?.eventTypes.map((t) => t.key) ?? [];
    await generateLogbook(db, slug, perPlan, types.length > 0 ? types : ["arrangement"]);
    slugs.push(slug);
  }
  return slugs;
}

/** Participants, events over the plan period and `attendance` attendance records, all inside the database. */
async function generateLogbook(db: Database, slug: string, attendance: number, types: string[]) {
  const [plan] = await db.select().from(plans).where(eq(plans.slug, slug));
  const acts = await db.select({ id: activities.id }).from(activities).where(eq(activities.planId, plan.id));
  const people = Math.max(perEvent * 2, Math.floor(attendance / 20));
  const eventCount = Math.ceil(attendance / perEvent);
  const ids = sql.raw(`ARRAY[${acts.map((a) => `'${a.id}'::uuid`).join(",")}]`);
  const typeList = sql.raw(`ARRAY[${types.map((t) => `'${t}'`).join(",")}]`);
  const days = sql.raw(`('${plan.periodEnd}'::date - '${plan.periodStart}'::date)`);
  await db.execute(sql`
    INSERT INTO participants (id, organisation_id, plan_id, code, birth_year, resident, target_group_tags)
    SELECT md5(${plan.id}::text || 'p' || g)::uuid, ${plan.organisationId}, ${plan.id}, 'G-' || g,
           1940 + g % 75, g % 6 <> 0, '[]'::jsonb
      FROM generate_series(0, ${people - 1}) g`);
  await db.execute(sql`
    INSERT INTO events (id, organisation_id, plan_id, activity_id, type, date, headcount, breakdown)
    SELECT md5(${plan.id}::text || 'e' || g)::uuid, ${plan.organisationId}, ${plan.id},
           (${ids})[1 + g % ${acts.length}], (${typeList})[1 + g % ${types.length}],
           ${plan.periodStart}::date + (g * 7919) % greatest(1, ${days}), NULL, '{}'::jsonb
      FROM generate_series(0, ${eventCount - 1}) g`);
  await db.execute(sql`
    INSERT INTO attendance (id, organisation_id, plan_id, event_id, participant_id)
    SELECT gen_random_uuid(), ${plan.organisationId}, ${plan.id}, md5(${plan.id}::text || 'e' || g)::uuid,
           md5(${plan.id}::text || 'p' || ((g * 7 + k) % ${people}))::uuid
      FROM generate_series(0, ${eventCount - 1}) g, generate_series(0, ${perEvent - 1}) k`);
}
