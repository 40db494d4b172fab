import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { and, eq, sql } from "drizzle-orm";
import type { LogbookFacts } from "~/measures/facts";
import { decodeFacts, encodeFacts } from "~/measures/facts-codec";
import { keptIn } from "~/memo";
import type { Database } from "../../db/client";
import { rawRows } from "../../db/raw-rows";
import { logbookRevisions, logbookSnapshots } from "../../db/schema";
import { loadLogbookFacts } from "../logbook/load-facts";

/**
 * A plan's logbook facts kept in the database at one revision (decision 013c): a server that
 * starts cold reads this one row and catches up from `logbook_changes`, instead of reading every
 * record of the logbook. The triggers delete it whenever a logbook row is updated or deleted, so
 * it never holds a row that was changed or removed since; added rows are caught up.
 */
export interface Snapshot {
  revision: number;
  facts: LogbookFacts;
}

/** A snapshot is written again once the logbook has moved this many revisions past it. */
const refreshAfter = 500;
/** Logbooks smaller than this (records) read in well under a second: no snapshot is kept of them. */
let worthKeeping = 50_000;

/** Sets from how many records (events, attendances, persons, courses …) a logbook gets a snapshot (tests set it low). */
export function setSnapshotThreshold(records: number) {
  worthKeeping = records;
}

/** After a correction has deleted a snapshot, it is tried again at most this often (ms). */
const rewriteEvery = 10 * 60_000;

/** A plan's snapshot as last seen: its revision, the `cleared` it was written under, and when. */
interface Seen {
  revision: number;
  cleared: number;
  at: number;
}

/** Per database (tests open many): each plan's snapshot as last seen. */
const known = new WeakMap<object, Map<string, Seen>>();
const seenIn = (db: Database) => keptIn(known, db, () => new Map<string, Seen>());

/** The plan's snapshot if there is one the change log can catch up from (made at or after `loggedFrom`). */
export async function readSnapshot(
  db: Database,
  planId: string,
  at: { revision: number; loggedFrom: number; cleared: number },
): Promise<Snapshot | null> {
  const [row] = await db
    .select({ revision: logbookSnapshots.revision, data: logbookSnapshots.data })
    .from(logbookSnapshots)
    .where(eq(logbookSnapshots.planId, planId));
  const seen = seenIn(db);
  if (!row) {
    seen.delete(planId);
    return null;
  }
  // It stands at `cleared` (a correction since would have deleted it).
  seen.set(planId, { revision: row.revision, cleared: at.cleared, at: Date.now() });
  if (row.revision < at.loggedFrom || row.revision > at.revision) return null;
  const facts = await unpack(row.data);
  if (facts) return { revision: row.revision, facts };
  // A snapshot of an earlier format (or unreadable) goes, and is written again after this read.
  await db
    .delete(logbookSnapshots)
    .where(and(eq(logbookSnapshots.planId, planId), eq(logbookSnapshots.revision, row.revision)));
  seen.delete(planId);
  return null;
}

const [zip, unzip] = [promisify(gzip), promisify(gunzip)];
/**
 * Unzipped in one piece of the size the gzip trailer gives (its last 4 bytes: the unzipped length
 * modulo 2³²): with zlib's default of 16 kB a snapshot of tens of MB takes thousands of trips
 * between libuv's thread and this one, 2–3× as long as the unzipping itself, and with pieces of a
 * fixed size they are copied into one buffer at the end (about 20 ms of 27 MB). A trailer beyond
 * the bound (a snapshot not made here) is unzipped in pieces of 8 MB.
 */
function unzipChunk(zipped: Buffer): number {
  const size = zipped.length >= 4 ? zipped.readUInt32LE(zipped.length - 4) + 1 : 0;
  return size > 0 && size <= 512 << 20 ? Math.max(size, 16 << 10) : 8 << 20;
}

/**
 * The column's text: the encoded facts gzipped (level 1) as base64 (decision 013e). Zipping and
 * unzipping run on libuv's threads, so the server answers others meanwhile; base64 in a text column
 * is read by both databases' drivers as it is, where bytea would come as hex twice the size.
 */
async function pack(facts: LogbookFacts): Promise<string> {
  const bytes = await encodeFacts(facts, breather);
  return (await zip(bytes, { level: 1 })).toString("base64");
}

/** The facts of a snapshot; null when it is of an earlier format or cannot be read (then the logbook is read whole). */
async function unpack(text: string): Promise<LogbookFacts | null> {
  try {
    const zipped = Buffer.from(text, "base64");
    return decodeFacts(await unzip(zipped, { chunkSize: unzipChunk(zipped) }));
  } catch {
    return null;
  }
}

/**
 * Whether the plan's snapshot should be written again: none is known, the change log no longer
 * reaches back to it, the logbook moved far past it, or a correction deleted it (`cleared` moved
 * since) and it was not tried in the last ten minutes.
 */
function worthWriting(seen: Seen | undefined, at: { revision: number; cleared: number; loggedFrom: number }): boolean {
  if (!seen || seen.revision < at.loggedFrom || at.revision - seen.revision >= refreshAfter) return true;
  return seen.cleared !== at.cleared && Date.now() - seen.at >= rewriteEvery;
}

/**
 * One snapshot is written at a time in a process (it holds its text, tens of MB, and its facts while
 * it is written); a plan that finds one under way is tried again on its next read.
 */
let underWay = false;

/** Why a write failed, in one short line: never the query's parameters (the snapshot itself, with its ids). */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return (cause instanceof Error ? cause.message : String(cause)).split("\n")[0].slice(0, 200);
}

/** Lets requests waiting on this process run between two pieces of the snapshot. */
const breather = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Keeps the plan's snapshot current, in the background, when it is worth writing (see above).
 * The facts in memory are written when no row was updated or deleted since they were read whole
 * (`entry.cleared` still holds); otherwise they may hold rows as they were before an anonymisation
 * (which changes no figure and is not caught up), so the logbook is read afresh for the snapshot.
 * Either way the row is written only while `cleared` is what it was when its facts were read,
 * under a share lock: a correction or an erasure committed meanwhile (which raised it and deleted
 * the snapshot) wins.
 */
export function keepSnapshot(
  db: Database,
  planId: string,
  entry: { revision: number; cleared: number; facts: LogbookFacts; weight: number },
  now: { revision: number; cleared: number; loggedFrom: number },
): Promise<void> | undefined {
  if (entry.weight < worthKeeping) return;
  const seen = seenIn(db).get(planId);
  if (!worthWriting(seen, now)) return;
  if (underWay) return;
  underWay = true;
  // A failed or refused attempt is not tried again for a while either.
  seenIn(db).set(planId, { revision: now.revision, cleared: now.cleared, at: Date.now() });
  const exact = entry.cleared === now.cleared;
  return (exact ? writeSnapshot(db, planId, entry) : writeFresh(db, planId))
    .catch((error) => console.error(`Logbogens øjebliksbillede blev ikke gemt (plan ${planId}): ${reasonOf(error)}`))
    .finally(() => {
      underWay = false;
    });
}

/** The logbook read whole again (revision and `cleared` first), then written. */
async function writeFresh(db: Database, planId: string) {
  const [at] = await db
    .select({ revision: logbookRevisions.revision, cleared: logbookRevisions.cleared })
    .from(logbookRevisions)
    .where(eq(logbookRevisions.planId, planId));
  if (!at) return;
  await writeSnapshot(db, planId, { ...at, facts: await loadLogbookFacts(db, planId) });
}

async function writeSnapshot(
  db: Database,
  planId: string,
  from: { revision: number; cleared: number; facts: LogbookFacts },
) {
  const { revision, cleared } = from;
  await breather();
  const data = await pack(from.facts);
  const written = await rawRows<{ revision: number }>(
    db,
    sql`INSERT INTO logbook_snapshots (plan_id, revision, data)
        SELECT ${planId}, ${revision}, ${data} FROM logbook_revisions
         WHERE plan_id = ${planId} AND cleared = ${cleared} FOR SHARE
        ON CONFLICT (plan_id) DO UPDATE SET revision = excluded.revision, data = excluded.data, made_at = now()
         WHERE logbook_snapshots.revision < excluded.revision
        RETURNING revision`,
  );
  if (written.length > 0) seenIn(db).set(planId, { revision, cleared, at: Date.now() });
}

/**
 * Writes the snapshot of every plan with a large logbook and no snapshot the change log reaches
 * (none yet, deleted by a correction or an erasure, or 500 revisions behind): the nightly job, so
 * that a server starting cold finds one for every large logbook, also for a plan no one has opened
 * since its import. One plan at a time; returns how many were written.
 */
export async function keepEverySnapshot(db: Database): Promise<number> {
  // The records of the same lists the live cache weighs (`weightOf` in live-logbook.ts), counted in the database.
  const wanting = await rawRows<{ plan_id: string; records: number }>(
    db,
    sql`SELECT r.plan_id,
          (SELECT count(*) FROM attendance a WHERE a.plan_id = r.plan_id)
          + (SELECT count(*) FROM events e WHERE e.plan_id = r.plan_id)
          + (SELECT count(*) FROM participants p WHERE p.plan_id = r.plan_id)
          + (SELECT count(*) FROM courses k WHERE k.plan_id = r.plan_id)
          + (SELECT count(*) FROM contacts c WHERE c.plan_id = r.plan_id)
          + (SELECT count(*) FROM referrals f WHERE f.plan_id = r.plan_id)
          + (SELECT count(*) FROM assessments v WHERE v.plan_id = r.plan_id)
          + (SELECT count(*) FROM volunteer_hours h WHERE h.plan_id = r.plan_id) AS records
        FROM logbook_revisions r LEFT JOIN logbook_snapshots s ON s.plan_id = r.plan_id
       WHERE s.plan_id IS NULL OR s.revision < r.logged_from OR r.revision - s.revision >= ${refreshAfter}`,
  );
  let written = 0;
  for (const plan of wanting) {
    if (Number(plan.records) < worthKeeping) continue;
    await writeFresh(db, plan.plan_id);
    written += 1;
  }
  return written;
}
