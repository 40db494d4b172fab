// The npm registry this project is built against serves only some platform builds of
// Biome and Rollup, so `npm install` leaves their other optional platform packages out
// of package-lock.json, and `npm ci` then refuses the lock. This script adds the missing
// entries (version and platform only; npm skips them on other platforms without fetching).
// Run it after every `npm install`: node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const tail = name.split("/")[1].replace(/^(cli|rollup)-/, "");
  const [os, cpu, abi] = tail.split("-");
  const entry = { os: [os], cpu: [cpu === "arm" ? "arm" : cpu] };
  if (os === "linux") entry.libc = [abi?.startsWith("musl") ? "musl" : "glibc"];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    if (!/^@(biomejs|rollup)\//.test(name)) continue;
    const base = path === "" ? "node_modules" : `${path}/node_modules`;
    const candidates = [`${base}/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => packages[c])) continue;
    packages[`node_modules/${name}`] = { version, dev: pkg.dev, optional: true, ...platformOf(name) };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: ${added} platform entries added`);
