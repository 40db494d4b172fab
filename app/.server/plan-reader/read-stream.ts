import { errorText, UserError } from "~/.server/errors";
import type { Language } from "~/i18n";
import type { ReadProgress } from "./read-plan-document";

/** One line of a streamed reading: how far it is, the answer, or why it failed (in the reader's language, Danish by default). */
export type ReadingLine =
  | { progress: { step: Parameters<ReadProgress>[0]; done: number; of: number } }
  | { answer: unknown }
  | { error: string };

const encoder = new TextEncoder();
/** Lets the line just queued go out before the reading goes on (the reading is busy in between). */
const yieldToSocket = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A reading as a stream of JSON lines (NDJSON): a progress line per page and per step, then the
 * answer, or the user's error message. The page shows "Læser side 37 af 100" as the lines arrive.
 */
export function readingStream(
  read: (progress: ReadProgress) => Promise<unknown>,
  language: Language = "da",
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ReadingLine) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ progress: { step: "side", done: 0, of: 0 } }); // the document has arrived; reading starts
        await yieldToSocket();
        const answer = await read(async (step, done, of) => {
          send({ progress: { step, done, of } });
          await yieldToSocket();
        });
        send({ answer });
      } catch (error) {
        if (!(error instanceof UserError)) console.error(error);
        send({
          error:
            error instanceof UserError && error.key
              ? errorText(error.key, error.params, language)
              : error instanceof UserError
                ? error.message
                : errorText("documentReadFailed", {}, language),
        });
      }
      controller.close();
    },
  });
}

/** The headers of a streamed reading: not cached, not compressed (compression would hold lines back). */
export const readingStreamHeaders = {
  "Content-Type": "application/x-ndjson; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};
