/**
 * A plan document as a list of blocks, whatever it was read from (pasted text, DOCX, PDF): the
 * reader works on these, and every proposal points back to the block it came from.
 */

export interface Block {
  kind: "heading" | "paragraph" | "item" | "table";
  /** The text (a table's cells joined by tabs, one row a line). */
  text: string;
  /** A table's rows and cells. */
  rows?: string[][];
  /** Heading level where the document says it (DOCX h1–h6). */
  level?: number;
  /** Where in the document, in Danish: "linje 254", "afsnit 12", "side 3". */
  at: string;
}

const tags = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/** Cleans one line of text: tags of converted documents, odd spaces, soft hyphens. */
export function cleanLine(line: string): string {
  return line
    .replace(tags, "")
    .replace(/\u00ad/g, "")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[ ]{2,}/g, " ")
    .trim();
}

const bullet = /^(?:[-•●▪◦*–]|\d+\)|[a-zæøå]\))\s+/;

/**
 * Reads plain text (pasted, or the text of a PDF page) into blocks: lines holding tabs make tables,
 * bulleted lines make items, other lines paragraphs. `where` names a line for the reader.
 */
export function blocksFromText(text: string, where: (line: number) => string = (n) => `linje ${n}`): Block[] {
  const blocks: Block[] = [];
  let table: Block | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(tags, "");
    if (line.includes("\t") && line.replace(/\t/g, "").trim()) {
      const cells = line.split("\t").map(cleanLine);
      if (!table) {
        table = { kind: "table", text: "", rows: [], at: where(i + 1) };
        blocks.push(table);
      }
      table.rows?.push(cells);
      table.text = table.rows?.map((r) => r.join("\t")).join("\n") ?? "";
      return;
    }
    const clean = cleanLine(line);
    if (!clean) {
      table = undefined;
      return;
    }
    table = undefined;
    if (bullet.test(clean)) blocks.push({ kind: "item", text: clean.replace(bullet, ""), at: where(i + 1) });
    else blocks.push({ kind: "paragraph", text: clean, at: where(i + 1) });
  });
  return blocks;
}
