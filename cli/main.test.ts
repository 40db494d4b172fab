import { describe, expect, it } from "vitest";
import { main } from "./main";

/** Runs the command line with the given environment and returns what it wrote to stderr. */
async function errors(argv: string[], env: NodeJS.ProcessEnv) {
  const err: string[] = [];
  const code = await main(argv, { out: () => {}, err: (t) => err.push(t), env, cwd: process.cwd() });
  return { code, err };
}

describe("the CLI's messages", () => {
  it("are Danish by default and English with HELHED_LANG=en", async () => {
    expect(await errors(["plan", "validate"], {})).toEqual({
      code: 1,
      err: ["Angiv planfilen: helhed plan validate FIL"],
    });
    const missing = `${process.cwd()}/findes-ikke.yaml`;
    expect(await errors(["plan", "validate", missing], { HELHED_LANG: "en" })).toEqual({
      code: 1,
      err: [`The file ${missing} cannot be read. Check the path.`],
    });
  });
});
