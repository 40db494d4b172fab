/** The largest photo a place may have. */
export const maxPhotoBytes = 5 * 1024 * 1024;

/**
 * The image type of an uploaded photo read from its first bytes (never from its name or the
 * browser's word): JPEG, PNG or WebP; anything else (an SVG, a PDF, a script named .jpg) is null.
 */
export function photoType(bytes: Uint8Array): "image/jpeg" | "image/png" | "image/webp" | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.length >= 3 && starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (bytes.length >= 8 && starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (bytes.length >= 12 && starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === "WEBP")
    return "image/webp";
  return null;
}
