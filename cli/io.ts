/** Where a CLI command writes; tests pass their own to capture output. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** An already open database to use instead of opening the configured one (tests). */
  database?: import("~/.server/db/client").DatabaseHandle;
}

/** The real terminal. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  env: process.env,
  cwd: process.cwd(),
};

/** A CLI command: its words (e.g. ["plan", "validate"]), a usage line and what it does. */
export interface CliCommand {
  words: string[];
  usage: string;
  summary: string;
  /** Who runs it: a signed-in user (`--as`), the server's operator, or anyone (no data). */
  actor: "user" | "operator" | "none";
  run: (args: string[], io: CliIo) => Promise<number>;
}
