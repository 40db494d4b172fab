import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { forgetPages, inlineScriptHashes, keepPage, keptPage } from "./kept-pages";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("kept pages (decision 013e)", () => {
  afterEach(() => forgetPages());

  it("name each inline script that carried the nonce by its SHA-256, and only those", () => {
    const html = `<script nonce="N1">window.a = "æø"</script><script>evil()</script>
      <script type="module" nonce="N1" src="/assets/entry.js"></script><SCRIPT nonce="N1" >import("/x")</SCRIPT >`;
    expect(inlineScriptHashes(html, "N1")).toEqual([sha('window.a = "æø"'), sha('import("/x")')]);
  });

  it("are not kept when a script with the nonce loads from another site", () => {
    for (const src of ["https://evil.example/x.js", "//evil.example/x.js", "/\\evil.example"]) {
      expect(inlineScriptHashes(`<script nonce="N1" src="${src}"></script>`, "N1")).toBeUndefined();
      expect(keepPage("k", `<script nonce="N1" src="${src}"></script>`, "N1")).toBe(false);
    }
  });

  it("are sent as the same bytes every time, compressed once per coding", async () => {
    const html = `<p>${"målopfyldelse ".repeat(200)}</p><script nonce="N1">hydrate()</script>`;
    expect(keepPage("k", html, "N1", 0)).toBe(true);
    const plain = await keptPage("k", "identity", 1);
    expect(plain?.body.toString("utf8")).toBe(html);
    expect(plain?.scriptHashes).toEqual([sha("hydrate()")]);
    const zipped = await keptPage("k", "gzip", 2);
    expect(zipped?.encoding).toBe("gzip");
    expect(gunzipSync(zipped?.body ?? Buffer.alloc(0)).toString("utf8")).toBe(html);
    expect((await keptPage("k", "gzip", 3))?.body).toBe(zipped?.body);
    const br = await keptPage("k", "br", 4);
    expect(br?.body.length).toBeLessThan(html.length / 4);
  });

  it("are forgotten after ten minutes", async () => {
    keepPage("k", "<p>side</p>", "n", 0);
    expect(await keptPage("k", "identity", 10 * 60 * 1000 + 1)).toBeUndefined();
    expect(await keptPage("k", "identity", 10 * 60 * 1000 + 2)).toBeUndefined();
  });

  it("stay within their budget, the least recently used going first", async () => {
    forgetPages(8 * 60);
    for (let i = 0; i < 8; i++) keepPage(`p${i}`, "x".repeat(60), "n", i);
    expect(await keptPage("p0", "identity", 10)).toBeDefined();
    keepPage("p8", "x".repeat(60), "n", 11);
    expect(await keptPage("p1", "identity", 12)).toBeUndefined();
    for (const k of ["p0", "p2", "p7", "p8"]) expect(await keptPage(k, "identity", 13)).toBeDefined();
  });
});
