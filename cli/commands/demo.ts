import { enableDemoSettings } from "~/.server/demo/demo-settings";
import { loadDemo } from "~/.server/demo/load-demo";
import { withDatabase } from "../database";
import type { CliCommand } from "../io";

/** `helhed demo`: loads (or reloads) the example plans. */
export const demo: CliCommand = {
  words: ["demo"],
  usage: "helhed demo",
  actor: "operator",
  summary: "Indlæs eksempelplanerne og demobrugerne (erstatter tidligere versioner af planerne)",
  async run(_args, io) {
    const { loaded, failed } = await withDatabase(io, async ({ db }) => {
      const result = await loadDemo(db);
      await enableDemoSettings(db);
      return result;
    });
    io.out(`Indlæst ${loaded.length} eksempelplaner: ${loaded.join(", ")}`);
    for (const f of failed) io.err(`Kunne ikke indlæse ${f.file}: ${f.message}`);
    return failed.length > 0 ? 1 : 0;
  },
};
