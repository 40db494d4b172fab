import type pg from "pg";

/**
 * Makes a node-postgres connection send its queries one after another: a query asked for while
 * another runs waits for it to finish. A transaction holds one connection, and use cases read in
 * parallel (`Promise.all`) inside one; node-postgres queues such queries itself today but calls it
 * deprecated (it goes in pg@9), so the waiting is done here, where it will stay. Queries with a
 * callback and submittables (cursors, streams) go through as they are.
 */
export function oneQueryAtATime(client: pg.PoolClient | pg.Client) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let last: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args[args.length - 1] === "function" || typeof first?.submit === "function") return query(...args);
    const run = last.then(() => query(...args));
    last = run.catch(() => undefined);
    return run;
  };
  client.query = queued as typeof client.query;
}
