import mammoth from "mammoth";
import { userError } from "~/.server/errors";
import type { Block } from "~/plan-reader/blocks";
import { blocksFromText } from "~/plan-reader/blocks";
import { blocksFromHtml } from "~/plan-reader/html-blocks";
import { blocksFromPdf } from "./pdf-text";

export type DocumentKind = "docx" | "pdf" | "text";

/** What a file is, by its first bytes (never by its name alone): a zip (DOCX), a PDF, or text. */
export function kindOf(data: Uint8Array, name: string): DocumentKind {
  const head = Buffer.from(data.subarray(0, 8));
  if (head.subarray(0, 4).toString("latin1") === "%PDF") return "pdf";
  if (head[0] === 0x50 && head[1] === 0x4b) return "docx";
  if (head.toString("hex").startsWith("d0cf11e0"))
    throw userError("old-word-file", "oldWordDocument", { params: { name } });
  // text: no NUL bytes and (almost) no bytes that are not UTF-8 (a few are left by converters)
  const text = Buffer.from(data.subarray(0, 8192)).toString("utf8");
  const bad = text.split("\ufffd").length - 1;
  if (text.includes("\u0000") || bad > Math.max(8, text.length / 50))
    throw userError("unknown-document", "documentUnreadable", { params: { name } });
  return "text";
}

/**
 * Reads a plan document into blocks: DOCX through mammoth (tables kept as tables), PDF through
 * pdfjs (page by page, with progress), text as it is. A document with no text is refused.
 */
export async function readDocument(
  data: Uint8Array,
  name: string,
  progress?: (done: number, of: number) => unknown,
): Promise<{ kind: DocumentKind; blocks: Block[] }> {
  const kind = kindOf(data, name);
  let blocks: Block[];
  if (kind === "docx") {
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(data) }).catch(() => {
      throw userError("unknown-document", "wordUnreadable", { params: { name } });
    });
    blocks = blocksFromHtml(html.value);
    await progress?.(1, 1);
  } else if (kind === "pdf") {
    blocks = await blocksFromPdf(data, progress).catch((error: unknown) => {
      if (error instanceof Error && /password/i.test(error.message))
        throw userError("pdf-locked", "pdfLocked", { params: { name } });
      throw userError("unknown-document", "pdfUnreadable", { params: { name } });
    });
  } else {
    blocks = blocksFromText(Buffer.from(data).toString("utf8"));
    await progress?.(1, 1);
  }
  if (blocks.length === 0) throw userError("empty-document", "documentHasNoText", { params: { name } });
  return { kind, blocks };
}
