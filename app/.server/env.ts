import { resolve } from "node:path";
import { z } from "zod";
import { errorText, isErrorKey, userError } from "./errors";

const envSchema = z.object({
  PORT: z.coerce.number({ error: "configPortNumber" }).int().min(1).max(65535, "configPortRange").default(3000),
  HELHED_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "configDatabaseUrl")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  HELHED_DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "configDatabaseOwnerUrl")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  HELHED_TRUST_PROXY: z
    .string()
    .regex(/^(|false|true|loopback|\d+|[\d.:a-fA-F/, ]+)$/, "configTrustProxy")
    .optional(),
  HELHED_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "configSmtpUrl")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  HELHED_MAIL_FROM: z.string().min(3).default("Helhed <helhed@localhost>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  HELHED_ENCRYPTION_KEY: z.string().optional(),
  HELHED_KEY_FILE: z.string().min(1).default("./secrets/helhed.key"),
  HELHED_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  HELHED_SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  HELHED_PUBLIC_URL: z.string().url("configPublicUrl").optional(),
  HELHED_LIVE_RECORDS: z.coerce
    .number({ message: "configLiveRecordsWhole" })
    .int("configLiveRecordsWhole")
    .positive("configLiveRecordsPositive")
    .default(4_000_000),
  /** How long a dashboard waits for the figures after a write before it shows those computed last (ms). */
  HELHED_LIVE_WAIT_MS: z.coerce
    .number({ message: "configLiveWaitWhole" })
    .int("configLiveWaitWhole")
    .min(0, "configLiveWaitNegative")
    .default(150),
  /** How many server processes answer requests (PostgreSQL only); one of them also runs the background work. */
  HELHED_WORKERS: z.coerce
    .number({ message: "configWorkersWhole" })
    .int("configWorkersWhole")
    .min(1, "configWorkersWhole")
    .max(32, "configWorkersWhole")
    .default(1),
  HELHED_MAP_TILE_URL: z
    .string()
    .regex(/^(https?:\/\/[^/]+)?\/.*\{z\}.*\{x\}.*\{y\}/, "configMapTileUrl")
    .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
});

/** Configuration, read once from the environment and validated. */
export interface Config {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** The tables' owner, used only by `helhed db migrate`; when set, the app (DATABASE_URL) does not migrate. */
  databaseOwnerUrl?: string;
  /** Express's `trust proxy`: false, or the proxies in front whose X-Forwarded-* headers are believed. */
  trustProxy: boolean | number | string;
  /** Where mail goes out (nodemailer); without it, mail waits in the outbox table. */
  smtpUrl?: string;
  mailFrom: string;
  /** The logbook records the live figures may hold in memory over all plans (least recently used leave first). */
  liveRecords: number;
  /** How long a dashboard waits for the figures after a write before it shows those computed last (ms). */
  liveWaitMs: number;
  /** Server processes answering requests (HELHED_WORKERS, PostgreSQL only). */
  workers: number;
  production: boolean;
  /** The map tiles for safety walks (Leaflet): OpenStreetMap by default; the CSP allows its origin. */
  mapTileUrl: string;
  /** Key for sensitive fields: from HELHED_ENCRYPTION_KEY, else this file (outside the database). */
  encryptionKey?: string;
  keyFile: string;
  session: { idleMinutes: number; maxHours: number };
  /** The address people reach the app on (for SSO redirects); defaults to http://localhost:PORT. */
  publicUrl: string;
}

/** Reads and validates the configuration; throws a Danish message naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // The schema's messages are keys; zod's own (e.g. a bad NODE_ENV) are texts.
    const text = (message: string) => (isErrorKey(message) ? errorText(message) : message);
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${text(i.message)}`);
    throw userError("bad-config", "configInvalid", { params: { lines: lines.join("\n") } });
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    dataDir: resolve(cwd, e.HELHED_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.HELHED_DATABASE_OWNER_URL,
    trustProxy: trustProxySetting(e.HELHED_TRUST_PROXY),
    smtpUrl: e.HELHED_SMTP_URL,
    mailFrom: e.HELHED_MAIL_FROM,
    liveRecords: e.HELHED_LIVE_RECORDS,
    liveWaitMs: e.HELHED_LIVE_WAIT_MS,
    workers: e.HELHED_WORKERS,
    production: e.NODE_ENV === "production",
    encryptionKey: e.HELHED_ENCRYPTION_KEY,
    keyFile: resolve(cwd, e.HELHED_KEY_FILE),
    session: { idleMinutes: e.HELHED_SESSION_IDLE_MINUTES, maxHours: e.HELHED_SESSION_MAX_HOURS },
    publicUrl: (e.HELHED_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    mapTileUrl: e.HELHED_MAP_TILE_URL,
  };
}

/** HELHED_TRUST_PROXY as express's `trust proxy`: off by default, a hop count, or addresses. */
function trustProxySetting(value: string | undefined): boolean | number | string {
  const v = value?.trim() ?? "";
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
