// The first målopfyldelse request to a freshly started server (built app, `helhed serve`, one
// process) as a user sends it over HTTP: the plan's snapshot and the changes since are read, and
// every criterion computed, for the page's period and its trend. Timed `restarts` times, a new
// server each time; a registration is saved before each, so the snapshot is always caught up from.
import type { Database } from "~/.server/db/client";
import { startHttpServer } from "../../tests/support/http-server";
import { signedInMembers } from "./http-users";

export async function coldDashboardOverHttp(options: {
  url: string;
  db: Database;
  organisationId: string;
  slug: string;
  restarts: number;
  beforeEach: () => Promise<void>;
}): Promise<number[]> {
  const [token] = await signedInMembers(options.db, options.organisationId, "planManager", 1);
  const ms: number[] = [];
  for (let i = 0; i < options.restarts; i++) {
    await options.beforeEach();
    const server = await startHttpServer({ DATABASE_URL: options.url });
    try {
      const start = performance.now();
      const res = await fetch(`${server.base}/planer/${options.slug}/maalopfyldelse`, {
        headers: { cookie: server.auth(token).cookie },
      });
      await res.arrayBuffer();
      ms.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`Målopfyldelsen svarede ${res.status}.`);
    } finally {
      await server.close();
    }
  }
  return ms;
}
