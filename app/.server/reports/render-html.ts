import type { Block, ReportDocument } from "./document";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** A table cell: its first line, then any further lines (a note under a criterion) as a small hint. */
const cellText = (s: string) => {
  const [first, ...rest] = s.split("\n");
  return `${esc(first)}${rest.length ? `<br><span class="form-hint">${esc(rest.join(" "))}</span>` : ""}`;
};

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
    case "paragraph":
      return b.text
        .split(/\n\s*\n/)
        .map((para) => `<p>${esc(para.trim())}</p>`)
        .join("");
    case "list":
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
    case "facts":
      return `<dl class="facts">${b.items.map((i) => `<div class="facts-row"><dt>${esc(i.label)}</dt><dd>${esc(i.value)}</dd></div>`).join("")}</dl>`;
    case "keyFigures":
      return `<ul class="key-figures">${b.items.map((i) => `<li><span class="key-figure-value">${esc(i.value)}</span> <span>${esc(i.label)}</span>${i.note ? ` <span class="form-hint">${esc(i.note)}</span>` : ""}</li>`).join("")}</ul>`;
    case "table": {
      const align = (i: number) => (b.columns[i]?.align === "right" ? ' class="align-text-right"' : "");
      const head = b.columns.map((c, i) => `<th scope="col"${align(i)}>${esc(c.label)}</th>`).join("");
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${cellText(c)}</th>` : `<td${align(i)}>${cellText(c)}</td>`)).join("")}</tr>`,
        )
        .join("");
      const foot = b.footer
        ? `<tfoot><tr>${b.footer.map((c, i) => `<td${align(i)}><strong>${esc(c)}</strong></td>`).join("")}</tr></tfoot>`
        : "";
      return `<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(b.caption ?? "Tabel")}"><table class="table">${b.caption ? `<caption>${esc(b.caption)}</caption>` : ""}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody>${foot}</table></div>`;
    }
    case "svg":
      return `<figure class="report-chart" role="img" aria-label="${esc(b.alt)}">${b.svg}</figure>`;
    case "pageBreak":
      return '<hr class="page-break">';
  }
}

/** The document's body as HTML (for the in-app preview); the page supplies the surrounding layout. */
export function renderHtmlBody(doc: ReportDocument): string {
  return [
    `<h1>${esc(doc.title)}</h1>`,
    doc.subtitle ? `<p class="font-lead">${esc(doc.subtitle)}</p>` : "",
    doc.byline ? `<p class="form-hint">${esc(doc.byline)}</p>` : "",
    doc.classification ? `<p class="report-classification">${esc(doc.classification)}</p>` : "",
    ...doc.blocks.map(block),
  ].join("\n");
}

/** A standalone HTML file with print styles, for saving or printing to PDF from the browser. */
export function renderHtmlDocument(doc: ReportDocument): string {
  return `<!doctype html><html lang="${doc.lang ?? "da"}"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>
body{font-family:"IBM Plex Sans",Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bfbfbf;padding:.3rem .5rem;text-align:left;vertical-align:top}
.align-text-right{text-align:right}caption{text-align:left;font-weight:600}dt{font-weight:600}dd{margin:0 0 .5rem}
.key-figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}.key-figure-value{font-size:1.6rem;font-weight:700;display:block}
.report-classification{border:1px solid #1a1a1a;padding:.25rem .5rem;display:inline-block}
@media print{body{margin:0}.page-break{page-break-after:always;border:0}}
</style></head><body>${renderHtmlBody(doc)}</body></html>`;
}
