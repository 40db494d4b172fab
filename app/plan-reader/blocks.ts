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
  /** Words set in bold ("En **Familielejr** der skal:", a Word paragraph's strong runs). */
  bold?: string[];
}

const boldRun = /\*\*([^*\n]{1,100}?)\*\*/g;

/** A paragraph's text without bold marks (`**…**`), and the words they marked. */
export function withBold(block: Block): Block {
  const bold = [...block.text.matchAll(boldRun)].map((m) => m[1].trim()).filter(Boolean);
  if (bold.length === 0) return block;
  return { ...block, text: block.text.replace(boldRun, "$1"), bold: [...(block.bold ?? []), ...bold] };
}

const tags = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/** Letter-spaced capitals of a title: "BO L IGS O C IAL H E L H E D SP L A N" → "BOLIGSOCIALHELHEDSPLAN". */
function unspace(line: string): string {
  return line.replace(/(?:\b\p{Lu}{1,3} ){5,}\p{Lu}{1,3}\b/gu, (run) => {
    const parts = run.split(" ");
    return parts.filter((p) => p.length === 1).length * 2 > parts.length ? parts.join("") : run;
  });
}

/** Cleans one line of text: tags of converted documents, odd spaces, soft hyphens. */
export function cleanLine(line: string): string {
  return (
    unspace(line)
      .replace(tags, "")
      // years set with letter spacing in a title: "2 0 1 5-2 0 19" → "2015-2019"
      .replace(/\b([12]) ([09]) (\d) ?(\d)\b/g, "$1$2$3$4")
      .replace(/\b([12]) ([09]) (\d{2})\b/g, "$1$2$3")
      .replace(/\u00ad/g, "")
      .replace(/[\u00a0\u2007\u202f]/g, " ")
      .replace(/[ ]{2,}/g, " ")
      .trim()
  );
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
    if (bullet.test(clean)) blocks.push(withBold({ kind: "item", text: clean.replace(bullet, ""), at: where(i + 1) }));
    else blocks.push(withBold({ kind: "paragraph", text: clean, at: where(i + 1) }));
  });
  return blocks;
}
