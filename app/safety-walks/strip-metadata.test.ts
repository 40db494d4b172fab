import { describe, expect, it } from "vitest";
import { stripMetadata } from "./strip-metadata";

const seg = (marker: number, body: string) => {
  const data = Buffer.from(body);
  return [0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff, ...data];
};
const chunk = (type: string, body: string) => {
  const data = Buffer.from(body);
  const len = data.length;
  return [len >>> 24, (len >> 16) & 0xff, (len >> 8) & 0xff, len & 0xff, ...Buffer.from(type), ...data, 0, 0, 0, 0];
};

describe("photo metadata is removed before a photo is kept", () => {
  it("JPEG: the EXIF segment with a GPS position goes, the image stays", () => {
    const jpeg = new Uint8Array([
      0xff,
      0xd8,
      ...seg(0xe0, "JFIF\0"),
      ...seg(0xe1, "Exif\0\0GPS 55.6521N 12.6105E"),
      ...seg(0xfe, "taget af Ali"),
      ...seg(0xdb, "quant"),
      0xff,
      0xda,
      0,
      4,
      1,
      2,
      9,
      9,
      0xff,
      0xd9,
    ]);
    const out = stripMetadata(jpeg, "image/jpeg") as Uint8Array;
    const text = Buffer.from(out).toString("latin1");
    expect(text).not.toContain("GPS");
    expect(text).not.toContain("Ali");
    expect(text).toContain("JFIF");
    expect(text).toContain("quant");
    expect(Array.from(out.slice(-4))).toEqual([9, 9, 0xff, 0xd9]);
  });
  it("PNG: eXIf and text chunks go, the image chunks stay", () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...chunk("IHDR", "hdr"),
      ...chunk("eXIf", "GPS 55.65"),
      ...chunk("tEXt", "Author\0Ali"),
      ...chunk("IDAT", "pixels"),
      ...chunk("IEND", ""),
    ]);
    const text = Buffer.from(stripMetadata(png, "image/png") as Uint8Array).toString("latin1");
    expect(text).not.toContain("GPS");
    expect(text).not.toContain("Ali");
    expect(text).toContain("IHDR");
    expect(text).toContain("pixels");
  });
  it("a JPEG it cannot follow is refused rather than kept with its metadata", () => {
    expect(stripMetadata(new Uint8Array([0xff, 0xd8, 0x12, 0x34, 0, 0]), "image/jpeg")).toBeNull();
  });
});
