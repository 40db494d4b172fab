import { describe, expect, it } from "vitest";
import { readPlanDocument } from "./read-plan-document";
import { type ReadingLine, readingStream } from "./read-stream";

/** The lines of a stream, and how many had arrived before the reading went on past each step. */
async function lines(stream: ReadableStream<Uint8Array>): Promise<ReadingLine[]> {
  const text = await new Response(stream).text();
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReadingLine);
}

describe("a reading as a stream of JSON lines", () => {
  it("sends a line per step as the reading goes, then the answer", async () => {
    const plan =
      "Helhedsplan 2021-2024\nIndsatsområde 1: Beskæftigelse\nAktivitet: Jobcafé\nSucceskriterier:\n- 20 beboere kommer i job om året";
    const got = await lines(
      readingStream(async (progress) => {
        const reading = await readPlanDocument(new TextEncoder().encode(plan), "plan.txt", progress);
        return { activities: reading.plan.focusAreas[0].activities.map((a) => a.title) };
      }),
    );
    expect(got).toEqual([
      { progress: { step: "side", done: 0, of: 0 } },
      { progress: { step: "side", done: 1, of: 1 } },
      { progress: { step: "struktur", done: 0, of: 1 } },
      { progress: { step: "succeskriterier", done: 0, of: 1 } },
      { progress: { step: "succeskriterier", done: 1, of: 1 } },
      { answer: { activities: ["Jobcafé"] } },
    ]);
  });

  it("each progress line is out before the reading goes on", async () => {
    const stream = readingStream(async (progress) => {
      await progress("side", 1, 2);
      await new Promise(() => {}); // the reading never ends: the first line must already be readable
    });
    const reader = stream.getReader();
    await reader.read(); // "reading starts"
    const first = await reader.read();
    expect(JSON.parse(new TextDecoder().decode(first.value))).toEqual({ progress: { step: "side", done: 1, of: 2 } });
    await reader.cancel();
  });

  it("ends with the user's message when the document cannot be read, and a plain one for anything else", async () => {
    const refused = await lines(
      readingStream(() => readPlanDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), "gammel.doc")),
    );
    expect(refused.slice(1)).toEqual([
      { error: "gammel.doc er et gammelt Word-dokument (.doc). Gem det som .docx, og indlæs det igen." },
    ]);
    const quiet = console.error;
    console.error = () => {};
    const broken = await lines(readingStream(() => Promise.reject(new Error("bug"))));
    console.error = quiet;
    expect(broken.slice(1)).toEqual([
      { error: "Dokumentet kunne ikke læses. Prøv igen, eller gem det i et andet format." },
    ]);
  });
});
