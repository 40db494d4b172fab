import type { CliIo } from "../../cli/io";
import { main } from "../../cli/main";

/** Runs the `helhed` CLI in-process with captured output. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
  database?: CliIo["database"],
) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    out: (text) => {
      stdout += text.endsWith("\n") ? text : `${text}\n`;
    },
    err: (text) => {
      stderr += text.endsWith("\n") ? text : `${text}\n`;
    },
    env,
    cwd,
    database,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
