import contentDisposition from "content-disposition";

/**
 * The Content-Disposition header for a download, built by a maintained library: quotes,
 * semicolons and line breaks in a name (a crafted `periode`) cannot add a second `filename=`,
 * and Danish letters get an RFC 5987 `filename*`.
 */
export function attachment(filename: string): string {
  return contentDisposition(filename.replace(/[\r\n\\/]+/g, "-"), { type: "attachment" });
}
