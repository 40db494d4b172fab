import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { scheduleAuditSealing } from "~/.server/audit/seal-audit-log";
import { loadFieldCipher } from "~/.server/crypto/field-encryption";
import type { Database } from "~/.server/db/client";
import { auditLogUnprotected } from "~/.server/db/roles";
import { enableDemoSettings } from "~/.server/demo/demo-settings";
import { loadDemo } from "~/.server/demo/load-demo";
import { readConfig } from "~/.server/env";
import { userError } from "~/.server/errors";
import { helhedJobNames, helhedJobs, helhedSchedules } from "~/.server/jobs/helhed-jobs";
import { installJobQueue, startJobQueue } from "~/.server/jobs/job-queue";
import { scheduleMailDelivery, smtpTransport } from "~/.server/mail/mail";
import { runWorkers, workerRole } from "../../server/cluster";
import { createApp, listen } from "../../server/create-server";
import { parseCommandArgs } from "../args";
import { openConfiguredDatabase } from "../database";
import type { CliCommand } from "../io";

const buildDir = fileURLToPath(new URL("../../build/", import.meta.url));

/**
 * `helhed serve [--demo]`: migrates the database and serves the web app until stopped. With
 * HELHED_WORKERS above 1 (PostgreSQL) this process sets the database up and starts that many
 * server processes (server/cluster.ts), each of which runs this command again as a worker.
 */
export const serve: CliCommand = {
  words: ["serve"],
  usage: "helhed serve [--demo]",
  actor: "operator",
  summary: "Start webappen (--demo indlæser eksempelplanerne, hvis de mangler)",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { demo: { type: "boolean" } }, this.usage);
    const config = readConfig(io.env, io.cwd);
    const role = workerRole();
    // Refused before anything is opened: the embedded database takes one process.
    if (config.workers > 1 && !config.databaseUrl) throw userError("bad-config", "cliWorkersNeedPostgres");
    const handle = await openConfiguredDatabase(io.env, io.cwd);
    try {
      const serverEntry = `${buildDir}server/index.js`;
      if (!existsSync(serverEntry)) throw userError("not-built", "cliNotBuilt");
      if (values.demo && !role.worker) {
        const { loaded, failed } = await loadDemo(handle.db, { onlyMissing: true });
        await enableDemoSettings(handle.db);
        if (loaded.length > 0) io.out(`Indlæste eksempelplaner: ${loaded.join(", ")}`);
        for (const f of failed) io.err(`Advarsel: eksempelplanen ${f.file} kunne ikke indlæses: ${f.message}`);
      }
      const cipher = loadFieldCipher({ envKey: config.encryptionKey, keyFile: config.keyFile });
      if (config.workers > 1 && !role.worker) {
        // The set-up is done once, here; the server processes find the database current.
        if (!config.databaseOwnerUrl) await installJobQueue(handle, helhedJobNames);
        await runWorkers(config.workers, config.port, io);
        return 0;
      }
      const build = (await import(pathToFileURL(serverEntry).href)) as ServerBuild;
      // The build has its own copy of the domain modules: the bound is set where the routes read it,
      // and the job that computes every plan's portfolio lines runs there, under that bound.
      const live = build.entry.module as unknown as {
        setLiveFactsBudget: (n: number) => void;
        setLiveWaitMs: (ms: number) => void;
        warmCharts: () => void;
        keepDaysPortfolioLines: (db: Database, day: string) => Promise<number>;
      };
      live.setLiveFactsBudget(config.liveRecords);
      live.setLiveWaitMs(config.liveWaitMs);
      live.warmCharts();
      const jobHandlers = helhedJobs(io, {
        cipher,
        publicUrl: config.publicUrl,
        portfolioLines: live.keepDaysPortfolioLines,
      });
      const jobs = await startJobQueue(handle, jobHandlers, helhedSchedules, io, {
        installed: !!config.databaseOwnerUrl || role.worker,
        run: role.background,
      });
      const server = await listen(
        createApp(build, { db: handle.db, cipher, config, demo: !!values.demo, jobs }, `${buildDir}client`),
        config.port,
      );
      if (!role.worker)
        io.out(`Helhed kører på http://localhost:${server.port} (database: ${handle.kind}, ${handle.location})`);
      if (handle.kind === "postgres" && role.background) {
        const risk = await auditLogUnprotected(handle.db);
        if (risk.superuser || risk.owner)
          io.err(
            "Advarsel: appen kører som databasens superbruger eller revisionsloggens ejer og kan derfor slå loggens beskyttelse fra. Kør appen som en rolle for sig (se docs/security.md).",
          );
      }
      const stopSealing = role.background ? scheduleAuditSealing(handle.db, io) : () => {};
      const stopMail =
        config.smtpUrl && role.background
          ? scheduleMailDelivery(handle.db, smtpTransport(config.smtpUrl), config.mailFrom, io)
          : () => {};
      if (!config.smtpUrl && role.background)
        io.err("Advarsel: HELHED_SMTP_URL er ikke sat; mails (nulstillingslinks, spærrede konti) venter i udbakken.");
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      io.out("Stopper …");
      await jobs.stop();
      stopSealing();
      stopMail();
      await server.close();
    } finally {
      await handle.close();
      // A worker's channel to the first process would keep it running.
      if (role.worker) process.disconnect?.();
      // Nor may a library's leftover timer (pg-boss's stop has left one) keep a stopped server running.
      setTimeout(() => process.exit(), 5_000).unref();
    }
    return 0;
  },
};
