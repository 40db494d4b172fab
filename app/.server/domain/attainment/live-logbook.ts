import { and, eq, lte, sql } from "drizzle-orm";
import { type AttainmentRow, attainment, attainmentRows, type Reuse } from "~/measures/attainment";
import { dependsOn, type FactList } from "~/measures/depends-on";
import type { EventFact, LogbookFacts } from "~/measures/facts";
import { patchFacts } from "~/measures/patch-facts";
import { type ChangedEvent, untouchedByEvents } from "~/measures/untouched-by-events";
import { objectId } from "~/memo";
import type { PlanFile } from "~/plan-format/plan";
import type { Database } from "../../db/client";
import { prepared } from "../../db/prepared";
import { logbookChanges, logbookRevisions } from "../../db/schema";
import { type Intern, interner } from "../logbook/facts/read-records";
import { loadLogbookFacts } from "../logbook/load-facts";
import { readChanges } from "./catch-up";
import { keepSnapshot, readSnapshot } from "./logbook-snapshot";

/** One plan's logbook in memory at a revision, and the figures computed from it. */
export interface LiveEntry {
  revision: number;
  /**
   * `logbook_revisions.cleared` when the facts were read whole (or from the snapshot): while it
   * holds, no row was updated or deleted since, so the facts are exact and may become the snapshot.
   */
  cleared: number;
  /** Where a cold read found the logbook: every record, or the kept snapshot and the changes since. */
  from: "records" | "snapshot";
  facts: LogbookFacts;
  results: Map<string, AttainmentRow[]>;
  /** Records held (events, attendances, persons, courses …): what the memory bound counts. */
  weight: number;
  intern: Intern;
  /** Figures of earlier revisions and what changed since, so unaffected criteria are not computed again. */
  earlier?: Earlier;
  /** The plan the figures were last computed for (the catch-up computes them again for it). */
  plan?: PlanFile;
}

interface Earlier {
  results: Map<string, AttainmentRow[]>;
  changed: ReadonlySet<FactList>;
  /** When events changed: each changed event as it was and as it is (where and when it counts). */
  events?: readonly ChangedEvent[];
  earlier?: Earlier;
}

interface PlanCache {
  /** In order of last use (a Map keeps insertion order; a hit is moved to the end). */
  entries: Map<string, LiveEntry>;
  /** One read or catch-up in flight per plan, shared by every request that needs it. */
  inflight: Map<string, { revision: number; read: Promise<LiveEntry> }>;
  weight: number;
}

/** Per database (tests open many), per plan. */
const caches = new WeakMap<object, PlanCache>();
let budget = 4_000_000;
/** How long a reader waits for a catch-up before it is given the figures computed last (the server sets it). */
let waitMs = Number.POSITIVE_INFINITY;

/** Sets the memory bound: the records the live figures may hold over all plans (least recently used go first). */
export function setLiveFactsBudget(records: number) {
  budget = records;
}

/**
 * Sets how long a reader waits for the catch-up after a write before it is served the figures
 * computed last (at most one catch-up per plan runs; readers never pile up behind it). Infinity:
 * always wait (the command line, reports, tests).
 */
export function setLiveWaitMs(ms: number) {
  waitMs = ms;
}

/** Forgets every plan held for the database, as a server that starts cold (tests and benchmarks). */
export function forgetLiveFacts(db: Database) {
  caches.delete(db);
}

/** What the cache holds now (for benchmarks and the memory bound's test). */
export function liveFactsUsage(db: Database) {
  const cache = caches.get(db);
  return { plans: cache?.entries.size ?? 0, records: cache?.weight ?? 0, budget };
}

/** Whether a plan's logbook is held or being read for the database (a read ahead is then not needed). */
export function liveFactsHeld(db: Database, planId: string): boolean {
  const cache = caches.get(db);
  return cache !== undefined && (cache.entries.has(planId) || cache.inflight.has(planId));
}

function cacheOf(db: Database): PlanCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { entries: new Map(), inflight: new Map(), weight: 0 };
    caches.set(db, cache);
  }
  return cache;
}

/** The plan's logbook revision (raised by the database with every change) and where its change log starts. */
async function revisionOf(db: Database, planId: string) {
  const [row] = await prepared(db, "logbook_revision", (d) =>
    d
      .select({
        revision: logbookRevisions.revision,
        loggedFrom: logbookRevisions.loggedFrom,
        cleared: logbookRevisions.cleared,
      })
      .from(logbookRevisions)
      .where(eq(logbookRevisions.planId, sql.placeholder("planId"))),
  ).execute({ planId });
  return row ?? { revision: 0, loggedFrom: 0, cleared: 0 };
}

function weightOf(f: LogbookFacts): number {
  let attendances = 0;
  for (const e of f.events) attendances += e.attendees.length;
  return (
    attendances +
    f.events.length +
    f.participants.length +
    f.courses.length +
    f.contacts.length +
    f.referrals.length +
    f.assessments.length +
    f.volunteerHours.length
  );
}

function store(cache: PlanCache, planId: string, entry: LiveEntry) {
  const old = cache.entries.get(planId);
  if (old) {
    cache.weight -= old.weight;
    cache.entries.delete(planId);
  }
  cache.entries.set(planId, entry);
  cache.weight += entry.weight;
  // Least recently used plans leave first; the plan just read always stays.
  for (const [id, e] of cache.entries) {
    if (cache.weight <= budget || id === planId) break;
    cache.entries.delete(id);
    cache.weight -= e.weight;
  }
}

/**
 * The plan's logbook as facts for the measure engine, kept in memory while the logbook is
 * unchanged: one small query per request checks the revision. After a change the rows changed
 * since the kept revision are read and patched in (the whole logbook only after a structural or
 * bulk change, or when the plan is not in memory), and the figures readers asked for are computed
 * again, criterion by criterion, before the new revision is shown. One read per plan runs at a
 * time; a reader that has figures of an earlier revision waits for it at most `setLiveWaitMs`,
 * then is given those. Without a wait bound, figures are always those of the logbook as it is.
 */
export async function liveFacts(db: Database, planId: string): Promise<LiveEntry> {
  const cache = cacheOf(db);
  const { revision, loggedFrom, cleared } = await revisionOf(db, planId);
  const hit = cache.entries.get(planId);
  if (hit && hit.revision >= revision) {
    cache.entries.delete(planId);
    cache.entries.set(planId, hit);
    return hit;
  }
  let pending = cache.inflight.get(planId);
  if (!pending) {
    const read = readRevision(db, cache, planId, hit, { revision, loggedFrom, cleared });
    pending = { revision, read };
    cache.inflight.set(planId, pending);
    // Readers given earlier figures do not wait for it; its failure reaches those who do.
    read.catch(() => {}).finally(() => cache.inflight.delete(planId));
  }
  if (hit && Number.isFinite(waitMs)) {
    let timer: NodeJS.Timeout | undefined;
    const earlier = new Promise<LiveEntry>((resolve) => {
      timer = setTimeout(() => resolve(hit), waitMs);
    });
    try {
      return await Promise.race([pending.read, earlier]);
    } finally {
      clearTimeout(timer);
    }
  }
  const entry = await pending.read;
  // A read of an earlier revision was in flight: catch up from it to this one.
  return entry.revision >= revision ? entry : liveFacts(db, planId);
}

/** Reads or catches up a plan to `revision`, computes again what readers asked for, and keeps it. */
async function readRevision(
  db: Database,
  cache: PlanCache,
  planId: string,
  hit: LiveEntry | undefined,
  at: { revision: number; loggedFrom: number; cleared: number },
): Promise<LiveEntry> {
  const { revision, loggedFrom } = at;
  const entry =
    hit && hit.revision >= loggedFrom ? await catchUp(db, planId, hit, at) : await coldRead(db, planId, hit, at);
  if (hit && entry !== hit) await recompute(entry, hit);
  store(cache, planId, entry);
  keepSnapshot(db, planId, entry, at);
  if (revision - loggedFrom > 5_000) await pruneChanges(db, planId, revision - 1_000);
  return entry;
}

/** Lets requests waiting on this process run between two criteria. */
const breather = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Computes for a new revision the figures readers asked for at the one before (the same periods,
 * as of the latest day asked), one criterion at a time with a breather between, so the server
 * keeps answering while it runs.
 */
async function recompute(entry: LiveEntry, before: LiveEntry) {
  const plan = before.plan;
  if (!plan || entry.results.size > 0) return;
  entry.plan = plan;
  // Only the figures of the plan as it was last asked for: a plan changed since has new criteria.
  const keys = [...before.results.keys()].filter((k) => k.split("|")[2] === String(objectId(plan)));
  const latest = keys
    .map((k) => k.split("|")[1])
    .sort()
    .at(-1);
  for (const key of keys) {
    const [period, today] = key.split("|");
    if (today !== latest) continue;
    const rows: AttainmentRow[] = [];
    // The engine's own time, without the breathers between rows.
    let spent = 0;
    let started = performance.now();
    for (const row of attainmentRows(plan, entry.facts, period, today, reuseFrom(entry, plan, key))) {
      rows.push(row);
      spent += performance.now() - started;
      await breather();
      started = performance.now();
    }
    computeTimes.set(rows, spent + performance.now() - started);
    entry.results.set(key, rows);
  }
}

async function fullRead(db: Database, planId: string, revision: number, cleared: number): Promise<LiveEntry> {
  const intern = interner();
  const facts = await loadLogbookFacts(db, planId, intern);
  return { revision, cleared, from: "records", facts, results: new Map(), weight: weightOf(facts), intern };
}

/**
 * A plan not in memory (or behind the change log): from its snapshot caught up to the revision
 * when the change log reaches back to it (decision 013c), else the whole logbook.
 */
async function coldRead(
  db: Database,
  planId: string,
  hit: LiveEntry | undefined,
  at: { revision: number; loggedFrom: number; cleared: number },
): Promise<LiveEntry> {
  const snapshot = hit ? null : await readSnapshot(db, planId, at);
  if (!snapshot) return fullRead(db, planId, at.revision, at.cleared);
  const { facts } = snapshot;
  const base: LiveEntry = {
    ...snapshot,
    cleared: at.cleared,
    from: "snapshot",
    results: new Map(),
    weight: weightOf(facts),
    intern: interner(),
  };
  return base.revision === at.revision ? base : catchUp(db, planId, base, at);
}

async function catchUp(
  db: Database,
  planId: string,
  hit: LiveEntry,
  at: { revision: number; cleared: number },
): Promise<LiveEntry> {
  const { revision } = at;
  const patch = await readChanges(db, planId, hit.revision, revision, hit.intern);
  if (patch === "reload") return fullRead(db, planId, revision, at.cleared);
  // Nothing the figures read changed (a roster, a household's code): the figures stand.
  if (Object.keys(patch).length === 0) return { ...hit, revision };
  const facts = patchFacts(hit.facts, patch);
  const changed = new Set(Object.keys(patch) as FactList[]);
  const events = patch.events ? changedEvents(hit.facts.events, patch.events) : undefined;
  const earlier = trimmed({ results: hit.results, changed, events, earlier: hit.earlier }, 3);
  const { intern, from, cleared } = hit;
  return { revision, cleared, from, facts, results: new Map(), weight: weightOf(facts), intern, earlier };
}

/** At most `depth` earlier revisions are kept (their figures only, never their facts). */
function trimmed(e: Earlier, depth: number): Earlier {
  if (!e.earlier) return e;
  return depth <= 1
    ? { results: e.results, changed: e.changed, events: e.events }
    : { ...e, earlier: trimmed(e.earlier, depth - 1) };
}

/** The changed events as they were (in the facts before) and as they are (the patch's rows). */
function changedEvents(before: readonly EventFact[], patch: { ids: readonly string[]; rows: readonly EventFact[] }) {
  const ids = new Set(patch.ids);
  const versions: ChangedEvent[] = [];
  for (const e of before) if (ids.has(e.id)) versions.push({ activityId: e.activityId, date: e.date });
  for (const e of patch.rows) versions.push({ activityId: e.activityId, date: e.date });
  return versions;
}

/**
 * The row of a criterion computed at an earlier revision whose measure reads nothing that changed
 * since, or only events none of which counts for it (`untouchedByEvents`): a registration computes
 * again only the figures of its activity and its period.
 */
function reuseFrom(entry: LiveEntry, plan: PlanFile, key: string): Reuse | undefined {
  const changed = new Set<FactList>();
  const events: ChangedEvent[] = [];
  let eventsKnown = true;
  for (let e = entry.earlier; e; e = e.earlier) {
    for (const list of e.changed) changed.add(list);
    if (e.events) events.push(...e.events);
    else if (e.changed.has("events")) eventsKnown = false;
    const before = e.results.get(key);
    if (!before) continue;
    const rows = new Map(before.map((r) => [r.key, r]));
    return (criterionKey, measure, placed) => {
      const row = rows.get(criterionKey);
      if (!row) return undefined;
      let eventsOnly = false;
      for (const list of dependsOn(measure)) {
        if (!changed.has(list)) continue;
        if (list !== "events" || !eventsKnown) return undefined;
        eventsOnly = true;
      }
      return !eventsOnly || untouchedByEvents(entry.facts, plan.period, placed, row, events) ? row : undefined;
    };
  }
  return undefined;
}

/** Drops change rows no reader needs any more; readers behind `below` read the whole logbook. */
async function pruneChanges(db: Database, planId: string, below: number) {
  await db.delete(logbookChanges).where(and(eq(logbookChanges.planId, planId), lte(logbookChanges.revision, below)));
  await db
    .update(logbookRevisions)
    .set({ loggedFrom: sql`greatest(${logbookRevisions.loggedFrom}, ${below})` })
    .where(eq(logbookRevisions.planId, planId));
}

/**
 * Every criterion's målopfyldelse for a period, computed once per logbook revision, day and plan
 * (the plan kept per content revision, so a changed target or criterion is computed anew at once).
 */
export function attainmentOf(entry: LiveEntry, plan: PlanFile, period: string, today: string): AttainmentRow[] {
  const key = `${period}|${today}|${objectId(plan)}`;
  entry.plan = plan;
  let rows = entry.results.get(key);
  if (!rows) {
    const started = performance.now();
    rows = attainment(plan, entry.facts, period, today, reuseFrom(entry, plan, key));
    computeTimes.set(rows, performance.now() - started);
    entry.results.set(key, rows);
  }
  return rows;
}

const computeTimes = new WeakMap<AttainmentRow[], number>();

/** How long the engine took to compute these figures from the logbook (ms), when it computed them. */
export function computeTimeOf(rows: AttainmentRow[]): number {
  return computeTimes.get(rows) ?? 0;
}
