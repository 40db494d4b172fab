// An open-loop load at a fixed rate for the HTTP benchmarks: request i is due at start + i / rate,
// evenly over each second, and is sent when due whether or not earlier ones were answered (up to
// `connections` at once, the rest wait for a free one); its latency is counted from when it was
// due, not from when it went out, so a server that falls behind is charged for the wait
// (no coordinated omission). See decision 013h for why this and not autocannon's rate.
import { Agent, request } from "node:http";
import { spread } from "./large-plan";

export interface PlannedRequest {
  path: string;
  headers: Record<string, string>;
}

export interface OpenLoopResult {
  /** Latencies in ms from when each request was due to its last byte. */
  latency: ReturnType<typeof spread>;
  answered: number;
  /** Answers a second over the run (due time of the first to the last answer). */
  rate: number;
  /** Answers other than 2xx, connection errors and timeouts. */
  errors: number;
}

function get(agent: Agent, base: URL, r: PlannedRequest, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: base.hostname, port: base.port, path: r.path, method: "GET", headers: r.headers },
      (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

/** Sends `rate` × `seconds` requests, round the list of `requests`, evenly spread, and times each. */
export async function openLoop(options: {
  base: string;
  rate: number;
  seconds: number;
  requests: PlannedRequest[];
  connections?: number;
  timeoutMs?: number;
}): Promise<OpenLoopResult> {
  const { base, rate, seconds, requests, connections = 100, timeoutMs = 10_000 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(base);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let lastAnswer = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      get(agent, url, requests[i % requests.length], timeoutMs).then(
        (status) => {
          lastAnswer = performance.now();
          latencies.push(lastAnswer - due);
          if (status < 200 || status >= 300) errors++;
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return {
    latency: spread(latencies),
    answered: latencies.length,
    rate: latencies.length / Math.max(0.001, (lastAnswer - start) / 1000),
    errors,
  };
}
