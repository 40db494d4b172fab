/**
 * A fixed-window counter per key (address or account), held in the server's memory. It slows
 * guessing from one address; the per-account lock-out in the database covers many addresses.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts a hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      if (this.hits.size > 10_000) this.sweep(now);
      return 0;
    }
    entry.count++;
    return entry.count > this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  /** The seconds to wait if the key is over the limit, without counting a hit. */
  waiting(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    return entry && entry.resetAt > now && entry.count >= this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  private sweep(now: number) {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key);
  }
}

/**
 * Failed sign-ins: 20 per address per 10 minutes. Only failures count, so a whole office behind
 * one address (a municipality's network) can sign in every morning.
 */
export const signInLimiter = new RateLimiter(20, 10 * 60_000);
/** Password reset requests: 5 per address and 3 per account per hour. */
export const resetLimiter = new RateLimiter(5, 60 * 60_000);
export const resetAccountLimiter = new RateLimiter(3, 60 * 60_000);
/** Second-factor codes: 10 per session per 10 minutes. */
export const totpLimiter = new RateLimiter(10, 10 * 60_000);

/** Consecutive wrong passwords before an account locks, and for how long. */
export const lockout = { attempts: 10, minutes: 15 };
