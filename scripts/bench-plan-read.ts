// npm run bench:plan-read — reads a plan document of at least 100 pages as PDF (issue 15: under 20 s,
// with progress). The PDF is made here with pdfkit from the Rum for Liv source document (../shared/seeds,
// else the example plan files) until it has 100 pages. Reference, measured in the same run: pdfjs
// taking the text of every page and nothing more; the ratio says what reading the plan adds to that.
import { readPlanDocument } from "~/.server/plan-reader/read-plan-document";
import { longPlanPdf } from "../tests/support/long-plan-pdf";

const limitSeconds = 20;
const pages = Number(process.env.BENCH_PAGES ?? 100);

/** The reference: pdfjs reading the text of every page, nothing else. */
async function textOnly(data: Uint8Array): Promise<number> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const start = performance.now();
  const doc = await getDocument({ data: data.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
  return (performance.now() - start) / 1000;
}

const data = await longPlanPdf(pages);
await textOnly(data); // warm-up: the first run also compiles pdfjs
const reference = await textOnly(data);
const start = performance.now();
let shown = 0;
const reading = await readPlanDocument(data.slice(), "bench.pdf", (step, done, of) => {
  if (step === "side" && (done - shown >= 10 || done === of)) {
    shown = done;
    console.log(`  læser side ${done} af ${of} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
});
const seconds = (performance.now() - start) / 1000;
console.log(
  `Plandokument på ${shown} sider (${(data.length / 1024).toFixed(0)} KB): læst på ${seconds.toFixed(1)} s ` +
    `(grænse ${limitSeconds} s); ${reading.plan.focusAreas.length} indsatsområder, ${reading.criteria.length} succeskriterier.`,
);
console.log(
  `Reference i samme kørsel: kun pdfjs' tekst fra hver side ${reference.toFixed(1)} s; forhold ${(seconds / reference).toFixed(2)}.`,
);
if (shown < pages || seconds > limitSeconds) {
  console.error(shown < pages ? `Dokumentet fik kun ${shown} sider.` : `For langsomt: ${seconds.toFixed(1)} s.`);
  process.exit(1);
}
