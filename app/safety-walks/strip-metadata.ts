/**
 * Removes the metadata a phone writes into a photo — EXIF (GPS position, camera, time), XMP, IPTC,
 * comments and PNG text chunks — leaving the image itself untouched (pure, no re-encoding). JPEG
 * and PNG; other types are returned as they are. A file it cannot follow is returned unchanged
 * only if it has no metadata marker it knows; otherwise null (refuse rather than keep a position).
 */
export function stripMetadata(bytes: Uint8Array, type: string): Uint8Array | null {
  if (type === "image/jpeg") return stripJpeg(bytes);
  if (type === "image/png") return stripPng(bytes);
  return bytes;
}

/** JPEG segments dropped: APP1 (EXIF, XMP), APP13 (IPTC) and COM. */
const jpegDropped = new Set([0xe1, 0xed, 0xfe]);

function stripJpeg(b: Uint8Array): Uint8Array | null {
  const out: Uint8Array[] = [b.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xda || marker === 0xd9) {
      out.push(b.subarray(i));
      return concat(out);
    }
    const length = (b[i + 2] << 8) | b[i + 3];
    if (length < 2 || i + 2 + length > b.length) return null;
    if (!jpegDropped.has(marker)) out.push(b.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  out.push(b.subarray(i));
  return concat(out);
}

/** PNG chunks dropped: EXIF, text of every kind, and the time. */
const pngDropped = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]);

function stripPng(b: Uint8Array): Uint8Array | null {
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= b.length) {
    const length = ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7]);
    const end = i + 12 + length;
    if (end > b.length) return null;
    if (!pngDropped.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === "IEND") break;
  }
  return concat(out);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
