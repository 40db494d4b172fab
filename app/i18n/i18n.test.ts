import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import da from "./da.json";
import en from "./en.json";
import errorsDa from "./errors.da.json";
import errorsEn from "./errors.en.json";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("translations", () => {
  it("English has exactly the keys Danish has", () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it("English has exactly the user-error messages Danish has, with the same values to fill in", () => {
    expect(Object.keys(errorsEn).sort()).toEqual(Object.keys(errorsDa).sort());
    const slots = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differ = Object.entries(errorsDa).filter(
      ([key, text]) => slots(text).join() !== slots(errorsEn[key as keyof typeof errorsEn]).join(),
    );
    expect(differ).toEqual([]);
  });

  it("every literal key the code uses exists in Danish", () => {
    // Plural keys ("x_one", "x_other") answer to "x".
    const all = { ...da, errors: errorsDa };
    const known = new Set(keys(all).map((k) => k.replace(/_(one|other)$/, "")));
    const prefixes = new Set(keys(all).flatMap((k) => k.split(".").map((_, i, a) => a.slice(0, i + 1).join("."))));
    const missing: string[] = [];
    for (const file of sourceFiles(new URL("..", import.meta.url).pathname)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*["'`]([a-zA-Z0-9_.${}-]+)["'`]/g)) {
        const key = m[1];
        if (key.includes("${")) {
          // A dynamic key: its fixed prefix must name a group of keys.
          const prefix = key.slice(0, key.indexOf("${")).replace(/\.$/, "");
          if (!prefixes.has(prefix)) missing.push(`${file}: ${key}`);
        } else if (!known.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
