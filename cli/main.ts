import { errorText, logInternalError, UserError } from "~/.server/errors";
import { toLanguage } from "~/i18n";
import { commands } from "./commands";
import { type CliCommand, type CliIo, processIo } from "./io";

function help(io: CliIo, list: CliCommand[]) {
  io.out("Brug: helhed KOMMANDO [valg]\n");
  for (const c of list) io.out(`  ${c.usage.padEnd(58)} ${c.summary}`);
}

/** Runs the `helhed` command line; returns the exit code (0 ok, 1 user error, 2 internal error). */
export async function main(argv: string[], io: CliIo = processIo, list: CliCommand[] = commands): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "help") {
    help(io, list);
    return argv.length === 0 ? 1 : 0;
  }
  // Danish by default; HELHED_LANG=en answers in English where the message has a key.
  const language = toLanguage(io.env.HELHED_LANG);
  const command = list
    .filter((c) => c.words.every((w, i) => argv[i] === w))
    .sort((a, b) => b.words.length - a.words.length)[0];
  if (!command) {
    io.err(errorText("cliUnknownCommand", { command: argv.join(" ") }, language));
    return 1;
  }
  try {
    return await command.run(argv.slice(command.words.length), io);
  } catch (error) {
    if (error instanceof UserError) {
      const text = (e: Pick<UserError, "key" | "params" | "message">) =>
        e.key ? errorText(e.key, e.params, language) : e.message;
      io.err(text(error));
      for (const d of error.details)
        io.err(`  ${d.path}: ${text({ key: d.key, params: d.params ?? {}, message: d.message })}`);
      return 1;
    }
    const id = logInternalError(error, io.err);
    io.err(errorText("cliInternalError", { id }, language));
    return 2;
  }
}
