import type { ReportDocument } from "./document";
import { renderDocx } from "./render-docx";
import { renderHtmlDocument } from "./render-html";
import { renderPdf } from "./render-pdf";
import { renderXlsx } from "./render-xlsx";

/** A file format a report can be rendered to. */
export interface ReportFormat {
  extension: string;
  contentType: string;
  render: (doc: ReportDocument) => Promise<Buffer>;
}

/** Every report format, by the name the CLI and the pages use. */
export const reportFormats: Record<string, ReportFormat> = {
  html: {
    extension: "html",
    contentType: "text/html; charset=utf-8",
    render: async (doc) => Buffer.from(renderHtmlDocument(doc)),
  },
  docx: {
    extension: "docx",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: renderDocx,
  },
  pdf: { extension: "pdf", contentType: "application/pdf", render: renderPdf },
  xlsx: {
    extension: "xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    render: renderXlsx,
  },
};
