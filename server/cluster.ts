import cluster, { type Worker } from "node:cluster";

/** Whether this process is one of HELHED_WORKERS's server processes, and the one doing the background work. */
export function workerRole(): { worker: boolean; background: boolean } {
  if (!cluster.isWorker) return { worker: false, background: true };
  return { worker: true, background: process.env.HELHED_WORKER_INDEX === "1" };
}

/**
 * Runs `count` server processes (node:cluster; they share the port, the primary hands out the
 * connections) until SIGINT or SIGTERM. Worker 1 also runs the job queue, audit sealing and mail;
 * the others answer requests only. Every cache in a process is keyed by revisions read from the
 * database, so the processes need not tell each other anything. A process that dies is started
 * again. Resolves when all have stopped.
 */
export function runWorkers(
  count: number,
  port: number,
  io: { out: (t: string) => void; err: (t: string) => void },
): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    let listening = 0;
    const index = new Map<Worker, number>();
    const start = (i: number) => {
      const w = cluster.fork({ HELHED_WORKER_INDEX: String(i) });
      index.set(w, i);
      w.once("listening", () => {
        listening += 1;
        if (listening === count) io.out(`Helhed kører på http://localhost:${port} (${count} serverprocesser)`);
      });
    };
    cluster.on("exit", (w, code, signal) => {
      const i = index.get(w) ?? 0;
      index.delete(w);
      if (stopping) {
        if (index.size === 0) resolve();
        return;
      }
      io.err(`Serverproces ${i} stoppede (${signal ?? code}); den startes igen.`);
      start(i);
    });
    for (let i = 1; i <= count; i++) start(i);
    const stop = () => {
      if (stopping) return;
      stopping = true;
      io.out("Stopper …");
      for (const w of index.keys()) w.process.kill("SIGTERM");
      if (index.size === 0) resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
