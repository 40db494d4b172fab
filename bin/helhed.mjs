#!/usr/bin/env node
// The `helhed` command. Runs the TypeScript sources through tsx so the CLI and the web app
// share one copy of the domain code without a separate build step.
import { register } from "tsx/esm/api";

// The server runs React in production mode unless told otherwise.
process.env.NODE_ENV ??= "production";

register({ tsconfig: new URL("../tsconfig.json", import.meta.url).pathname });
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
