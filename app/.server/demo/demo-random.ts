/**
 * Seeded randomness and calendar arithmetic for the demo logbook: the same seed gives the same
 * numbers on every machine (no Math.random, no clock). Days are whole numbers (days since
 * 1970-01-01, UTC) inside the generator and ISO dates (YYYY-MM-DD) outside.
 */

/** A 32-bit hash of a string (cyrb-style), to turn a seed and a name into PRNG state. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 ^ h1) >>> 0;
}

/** A small, fast seeded generator (sfc32) with the helpers the demo needs. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, name = "") {
    this.a = hashString(name, seed);
    this.b = hashString(`${name}#b`, seed);
    this.c = hashString(`${name}#c`, seed);
    this.d = hashString(`${name}#d`, seed) | 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An item chosen with the given weights (all ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((s, w) => s + w, 0);
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i];
      if (x < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** A whole number near `mean`: mean rounded up or down at random (keeps the expected value). */
  round(mean: number): number {
    const base = Math.floor(mean);
    return base + (this.chance(mean - base) ? 1 : 0);
  }

  /** A Poisson-distributed count (Knuth for small means, a rounded normal for large ones). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** A standard normal number (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** `count` distinct items from the list (all of them if there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    if (count <= 0) return [];
    if (count >= items.length) count = items.length;
    if (count * 4 < items.length) {
      const picked = new Set<number>();
      while (picked.size < count) picked.add(Math.floor(this.next() * items.length));
      return [...picked].map((i) => items[i]);
    }
    const copy = [...items];
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }
}

const hex: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/**
 * Deterministic UUIDs (version-4 shaped) that grow in the order they are made: a prefix from the
 * seed and namespace, a counter, then random bits. Rising keys keep database indexes appending
 * at their end, which makes bulk inserts several times faster than random UUIDs.
 */
export class IdMaker {
  private readonly random: Random;
  private readonly prefix: string;
  private counter = 0;
  constructor(seed: number, namespace: string) {
    this.random = new Random(seed, `ids:${namespace}`);
    this.prefix = hashString(namespace, seed).toString(16).padStart(8, "0");
  }

  next(): string {
    const c = (this.counter++).toString(16).padStart(7, "0");
    const a = this.random.uint32();
    const b = this.random.uint32();
    const tail = `${hex[((a >>> 24) & 0x3f) | 0x80]}${hex[(a >>> 16) & 255]}-${hex[(a >>> 8) & 255]}${hex[a & 255]}${hex[b >>> 24]}${hex[(b >>> 16) & 255]}${hex[(b >>> 8) & 255]}${hex[b & 255]}`;
    return `${this.prefix}-${c.slice(0, 4)}-4${c.slice(4, 7)}-${tail}`;
  }
}

const DAY_MS = 86_400_000;

/** An ISO date as a day number. */
export function dayOf(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

const isoCache = new Map<number, string>();

/** A day number as an ISO date. */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: number): number {
  return ((day + 3) % 7) + 1;
}

/** The day number a whole number of months later (the last day of a shorter month). */
export function addMonthsDay(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const m = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(d.getUTCDate(), last)) / DAY_MS);
}

/**
 * Days when regular sessions do not run: the summer holiday (weeks 27–31), autumn holiday
 * (week 42), winter holiday (week 7) and Christmas (20 December – 2 January).
 */
export function isHoliday(day: number): boolean {
  const iso = isoOf(day);
  const md = iso.slice(5);
  if (md >= "12-20" || md <= "01-02") return true;
  const week = isoWeek(day);
  return (week >= 27 && week <= 31) || week === 42 || week === 7;
}

/** The ISO week number of a day. */
export function isoWeek(day: number): number {
  const thursday = day - weekdayOf(day) + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / DAY_MS);
  return Math.floor((thursday - jan1) / 7) + 1;
}
