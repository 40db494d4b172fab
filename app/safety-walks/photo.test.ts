import { describe, expect, it } from "vitest";
import { photoType } from "./photo";

describe("photo uploads are judged by their bytes", () => {
  it("knows JPEG, PNG and WebP", () => {
    expect(photoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe("image/jpeg");
    expect(photoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(photoType(new Uint8Array([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBP")]))).toBe("image/webp");
  });
  it("refuses an SVG, HTML or a renamed text file", () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      "<html>",
      "GIF89a",
      "",
    ])
      expect(photoType(new Uint8Array(Buffer.from(text)))).toBeNull();
  });
});
