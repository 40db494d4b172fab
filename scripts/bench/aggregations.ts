// The three aggregations of issue 13 (distinct participants per activity per year, average
// attendance, events per type) on the same data: DuckDB, PostgreSQL SQL and the engine.
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import type { LogbookFacts } from "~/measures/facts";

const pgQueries = (planId: string) => [
  `SELECT e.activity_id, extract(year FROM e.date) AS y, count(DISTINCT a.participant_id)
     FROM events e JOIN attendance a ON a.event_id = e.id
    WHERE e.plan_id = '${planId}' AND e.deleted_at IS NULL GROUP BY 1, 2`,
  `SELECT activity_id, y, avg(n) FROM (
     SELECT e.activity_id, extract(year FROM e.date) AS y, coalesce(e.headcount, nullif(count(a.participant_id), 0)) AS n
       FROM events e LEFT JOIN attendance a ON a.event_id = e.id
      WHERE e.plan_id = '${planId}' AND e.deleted_at IS NULL GROUP BY e.id) t
    WHERE n IS NOT NULL GROUP BY 1, 2`,
  `SELECT activity_id, extract(year FROM date) AS y, type, count(*) FROM events
    WHERE plan_id = '${planId}' AND deleted_at IS NULL GROUP BY 1, 2, 3`,
];

const duckQueries = [
  `SELECT e.activity_id, year(e.date) AS y, count(DISTINCT a.participant_id)
     FROM events e JOIN attendance a ON a.event_id = e.id GROUP BY 1, 2`,
  `SELECT activity_id, y, avg(n) FROM (
     SELECT e.activity_id, year(e.date) AS y, coalesce(e.headcount, nullif(count(a.participant_id), 0)) AS n
       FROM events e LEFT JOIN attendance a ON a.event_id = e.id GROUP BY e.id, e.activity_id, e.date, e.headcount) t
    WHERE n IS NOT NULL GROUP BY 1, 2`,
  `SELECT activity_id, year(date) AS y, type, count(*) FROM events GROUP BY 1, 2, 3`,
];

/** The three aggregations on PostgreSQL: the first run on a new connection ("cold") and the median of five after it. */
export async function onPostgres(url: string, planId: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const once = async () => {
    const start = performance.now();
    for (const q of pgQueries(planId)) await client.query(q);
    return performance.now() - start;
  };
  const cold = await once();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push(await once());
  await client.end();
  return { cold, warm: warm.sort((a, b) => a - b)[2] };
}

/** The same data in an in-memory DuckDB (loaded through its appender), and the three queries warm. */
export async function onDuckDb(facts: LogbookFacts) {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  await db.run("CREATE TABLE ev (id VARCHAR, activity_id VARCHAR, date VARCHAR, type VARCHAR, headcount INTEGER)");
  await db.run("CREATE TABLE attendance (event_id VARCHAR, participant_id VARCHAR)");
  const ev = await db.createAppender("ev");
  const at = await db.createAppender("attendance");
  for (const e of facts.events) {
    ev.appendVarchar(e.id);
    ev.appendVarchar(e.activityId);
    ev.appendVarchar(e.date);
    ev.appendVarchar(e.type);
    if (e.headcount === null) ev.appendNull();
    else ev.appendInteger(e.headcount);
    ev.endRow();
    for (const p of e.attendees) {
      at.appendVarchar(e.id);
      at.appendVarchar(p);
      at.endRow();
    }
  }
  ev.closeSync();
  at.closeSync();
  await db.run("CREATE TABLE events AS SELECT id, activity_id, CAST(date AS DATE) AS date, type, headcount FROM ev");
  const once = async () => {
    const start = performance.now();
    for (const q of duckQueries) await db.runAndReadAll(q);
    return performance.now() - start;
  };
  await once();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push(await once());
  db.disconnectSync();
  return { warm: warm.sort((a, b) => a - b)[2] };
}
