import type pg from "pg";
import { describe, expect, it } from "vitest";
import { oneQueryAtATime } from "./one-query-at-a-time";

/** A connection that answers each query after a while and counts how many run at once. */
function fakeConnection() {
  const seen = { running: 0, most: 0, order: [] as string[] };
  const client = {
    query(text: string) {
      seen.running++;
      seen.most = Math.max(seen.most, seen.running);
      return new Promise((resolve, reject) =>
        setTimeout(
          () => {
            seen.running--;
            seen.order.push(text);
            if (text === "fails") reject(new Error("fejl"));
            else resolve({ rows: [text] });
          },
          text === "slow" ? 20 : 1,
        ),
      );
    },
  };
  return { client: client as unknown as pg.PoolClient, seen };
}

describe("one query at a time on a connection", () => {
  it("sends queries asked for together one after another, in the order asked, each with its own answer", async () => {
    const { client, seen } = fakeConnection();
    oneQueryAtATime(client);
    const answers = await Promise.all(["slow", "b", "c"].map((q) => client.query(q)));
    expect(answers.map((a) => a.rows[0])).toEqual(["slow", "b", "c"]);
    expect(seen.most).toBe(1);
    expect(seen.order).toEqual(["slow", "b", "c"]);
  });

  it("gives a failed query its error and still runs the ones after it", async () => {
    const { client, seen } = fakeConnection();
    oneQueryAtATime(client);
    const [failed, next] = await Promise.allSettled([client.query("fails"), client.query("after")]);
    expect(failed.status).toBe("rejected");
    expect(next).toEqual({ status: "fulfilled", value: { rows: ["after"] } });
    expect(seen.most).toBe(1);
  });

  it("lets a query with a callback go through as it is", () => {
    const calls: unknown[][] = [];
    const client = { query: (...args: unknown[]) => calls.push(args) } as unknown as pg.PoolClient;
    oneQueryAtATime(client);
    const done = () => {};
    client.query("select 1", [], done);
    expect(calls).toEqual([["select 1", [], done]]);
  });
});
