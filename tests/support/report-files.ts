import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";
import { parsePlanFile } from "~/plan-format/parse-plan-file";
import type { PlanFile } from "~/plan-format/plan";

/** The example plans in examples/plans, parsed. */
export const examplePlanSlugs = [
  "amager-tryghedsplan-2017",
  "ips-sydhavnen",
  "opzoomerne",
  "rum-for-liv",
  "staermosegaarden",
] as const;

const plansDir = fileURLToPath(new URL("../../examples/plans/", import.meta.url));

export function loadExamplePlan(slug: string): PlanFile {
  const parsed = parsePlanFile(readFileSync(join(plansDir, `${slug}.yaml`), "utf8"));
  if (!parsed.ok) throw new Error(`${slug}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return parsed.plan;
}

/** Reads one file out of a zip archive (DOCX, XLSX) from its central directory. */
export function readZipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("Ikke en zip-fil");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} findes ikke i zip-filen`);
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (entities[e] ?? m),
  );

/** The text of a Word document: every paragraph of word/document.xml on a line of its own. */
export function docxText(docx: Buffer): string {
  const xml = readZipEntry(docx, "word/document.xml").toString("utf8");
  return xml
    .split(/<\/w:p>/)
    .map((para) => decode([...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")))
    .join("\n");
}

/** The headings of a Word document (paragraphs with a Heading style), in order. */
export function docxHeadings(docx: Buffer): string[] {
  const xml = readZipEntry(docx, "word/document.xml").toString("utf8");
  return xml
    .split(/<\/w:p>/)
    .filter((para) => /<w:pStyle w:val="Heading\d"\/>/.test(para))
    .map((para) => decode([...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")));
}

function withTempFile<T>(bytes: Buffer, work: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "helhed-report-"));
  try {
    const path = join(dir, "report.pdf");
    writeFileSync(path, bytes);
    return work(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF in content order (`pdftotext -raw`, poppler-utils). */
export const pdfText = (pdf: Buffer) =>
  withTempFile(pdf, (path) => execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"], { encoding: "utf8" }));

/** The number of pages of a PDF (`pdfinfo`). */
export const pdfPages = (pdf: Buffer) =>
  withTempFile(pdf, (path) => {
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  });

/**
 * Text for comparing what a document shows with what the plan says: Unicode-normalised (so
 * ligatures and composed letters agree) and without any whitespace, because PDF text wraps
 * lines and table cells break long words.
 */
export const comparable = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");
