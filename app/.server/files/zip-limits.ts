import { Unzip, UnzipInflate } from "fflate";
import { userError } from "../errors";

/** What an uploaded zip file (XLSX, DOCX) may hold: entries, unpacked bytes, and how much it may grow. */
export const zipLimits = { maxEntries: 2_000, maxUnpackedBytes: 200 * 1024 * 1024, maxRatio: 100 };

/**
 * Unpacks a zip in a stream, keeping nothing, and refuses it as soon as it has too many entries,
 * unpacks to too much, or grows more than `maxRatio` times its own size — a zip bomb is stopped
 * after a bounded amount of work, before the workbook reader unpacks it. Counts what really
 * comes out, not what the zip's headers claim. Returns the entries' names in the order they lie.
 * @example checkZip(bytes) // before readWorkbook unpacks the parts it reads
 */
export function checkZip(bytes: Uint8Array, limits = zipLimits): string[] {
  const budget = Math.min(limits.maxUnpackedBytes, bytes.byteLength * limits.maxRatio);
  let entries = 0;
  const names: string[] = [];
  let unpacked = 0;
  let refused: "entries" | "size" | "broken" | undefined;
  const unzip = new Unzip((file) => {
    if (refused) return file.terminate();
    if (++entries > limits.maxEntries) {
      refused = "entries";
      return file.terminate();
    }
    names.push(file.name);
    file.ondata = (error, chunk) => {
      if (error) refused ??= "broken";
      unpacked += chunk?.length ?? 0;
      if (unpacked > budget) {
        refused ??= "size";
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small pieces: one piece of a bomb can unpack a thousand times its size in one go.
  const step = 4 * 1024;
  try {
    for (let i = 0; i < bytes.byteLength && !refused; i += step)
      unzip.push(bytes.subarray(i, i + step), i + step >= bytes.byteLength);
  } catch {
    refused ??= "broken";
  }
  if (refused === "broken" || entries === 0) throw userError("bad-file", "notAnExcelSheet");
  if (refused)
    throw refused === "entries"
      ? userError("file-too-large", "zipTooManyEntries", { params: { max: limits.maxEntries } })
      : userError("file-too-large", "zipTooLarge");
  return names;
}
