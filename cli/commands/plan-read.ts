import { readFile, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { userError } from "~/.server/errors";
import type { DocumentReading } from "~/.server/plan-reader/read-plan-document";
import { readPlanDocument } from "~/.server/plan-reader/read-plan-document";
import { indexPlan } from "~/plan-format/plan-index";
import { serializePlan } from "~/plan-format/serialize-plan";
import { parseCommandArgs } from "../args";
import type { CliCommand, CliIo } from "../io";

const mark = (confidence: "high" | "low") => (confidence === "high" ? "sikker" : "tjek  ");

/** The reading as the terminal shows it: what was found, every criterion with its rule, what was not read. */
function report(io: CliIo, file: string, r: DocumentReading) {
  const index = indexPlan(r.plan);
  const count = (kind: string) => r.items.filter((i) => i.kind === kind).length;
  io.out(`${file} (${r.kind}): "${r.plan.title}", ${r.plan.period.start} – ${r.plan.period.end}`);
  io.out(
    `Fundet: ${r.plan.focusAreas.length} indsatsområder, ${index.activities.length} aktiviteter, ${r.criteria.length} succeskriterier ` +
      `(${r.criteria.filter((c) => c.confidence === "high").length} sikre), ${count("staffing")} medarbejderressourcer, ` +
      `${count("budget")} budgetlinjer, ${count("milestone")} milepæle, ${count("governance")} organer.`,
  );
  for (const fa of r.plan.focusAreas) {
    io.out(`  Indsatsområde ${[fa.number, fa.title].filter(Boolean).join(" ")}`);
    for (const a of fa.activities) io.out(`    Aktivitet ${[a.number, a.title].filter(Boolean).join(" ")}`);
  }
  io.out("Succeskriterier:");
  for (const c of r.criteria) {
    const targets = c.proposal.targets.map((t) => `${t.period}: ${t.value ?? "bedre end udgangspunktet"}`).join(", ");
    io.out(`  [${mark(c.confidence)}] ${c.read.text}`);
    io.out(`           → ${c.rule}${targets ? ` (mål ${targets})` : ""} · ${c.read.at}`);
    for (const a of c.added) io.out(`           + opretter ${a}`);
  }
  if (r.unread.length > 0) io.out(`Ikke læst (${r.unread.length}):`);
  for (const u of r.unread) io.out(`  ${u.at ? `${u.at}: ` : ""}${u.text.slice(0, 100)} – ${u.why}`);
  if (r.problems.length > 0) io.out(`Kladden har ${r.problems.length} fejl som planfil:`);
  for (const p of r.problems) io.out(`  ${p.path}: ${p.message}`);
}

/** `helhed plan read FILE [--out plan.yaml]`: reads a plan document into a draft plan file. */
export const planRead: CliCommand = {
  words: ["plan", "read"],
  usage: "helhed plan read FIL [--out plan.yaml]",
  actor: "none",
  summary: "Læs et plandokument (Word, PDF eller tekst) ind som udkast til en planfil",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: "string" } }, this.usage);
    const [file] = positionals;
    if (!file) throw userError("missing-file", "cliDocumentRequired", { params: { usage: this.usage } });
    const data = await readFile(resolve(io.cwd, file)).catch(() => {
      throw userError("file-not-found", "cliFileUnreadable", { params: { file } });
    });
    const reading = await readPlanDocument(new Uint8Array(data), basename(file), (step, done, of) => {
      if (step === "side" && of > 1 && (done === of || done % 10 === 0)) io.err(`Læser side ${done} af ${of} …`);
    });
    report(io, file, reading);
    if (values.out) {
      await writeFile(resolve(io.cwd, values.out), serializePlan(reading.plan));
      io.err(`Kladden er skrevet til ${values.out}. Gennemgå den, og importér den med helhed plan import.`);
    }
    return reading.problems.length > 0 ? 1 : 0;
  },
};
