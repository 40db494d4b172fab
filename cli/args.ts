import { parseArgs } from "node:util";
import { userError } from "~/.server/errors";

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** Parses a command's arguments; unknown options become a user error (`cliBadArguments`). */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw userError("bad-arguments", "cliBadArguments", {
      params: { error: (e as Error).message.split("\n")[0], usage },
    });
  }
}
