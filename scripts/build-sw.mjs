// Builds the service worker after `react-router build`: bundles sw/sw.ts (Serwist) with esbuild
// and injects the precache manifest of the built client assets (@serwist/build).
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

const bundled = "build/sw-src.js";
await build({
  entryPoints: ["sw/sw.ts"],
  bundle: true,
  format: "iife",
  target: "es2022",
  minify: true,
  outfile: bundled,
  logLevel: "warning",
});
const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: "build/client/sw.js",
  globDirectory: "build/client",
  globPatterns: ["assets/**/*.{js,css,woff2}", "favicon.*", "*.webmanifest", "offline.html"],
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
for (const w of warnings) console.warn(w);
console.log(`Service worker: ${count} filer forudindlæst (${Math.round(size / 1024)} kB).`);
