import { afterEach, describe, expect, it } from "vitest";
import { forgetPages, keepPage, keptPage, noncePlaceholder, pageKey } from "./render-cache";

const data = (figure: unknown, nonce = "n0nce-AAAA") => ({
  root: { lang: "da", csrfToken: "token-1", nonce, user: { name: "A", email: "a@test.dk" } },
  "routes/plan/attainment/overview": { rows: [{ key: "k", actual: figure }] },
});

describe("the render cache's key", () => {
  it("is the same for the same page and data, whatever the answer's nonce", () => {
    const a = pageKey("/planer/x/maalopfyldelse", "2026-12-06", data(3, "one"), "one");
    const b = pageKey("/planer/x/maalopfyldelse", "2026-12-06", data(3, "two"), "two");
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });

  it("changes with the address, the day, a figure, the user's form token and the user", () => {
    const base = pageKey("/p", "2026-12-06", data(3), "n0nce-AAAA");
    const other = data(3);
    other.root.csrfToken = "token-2";
    const otherUser = data(3);
    otherUser.root.user.email = "b@test.dk";
    const keys = [
      pageKey("/p?periode=PY2", "2026-12-06", data(3), "n0nce-AAAA"),
      pageKey("/p", "2026-12-07", data(3), "n0nce-AAAA"),
      pageKey("/p", "2026-12-06", data(4), "n0nce-AAAA"),
      pageKey("/p", "2026-12-06", other, "n0nce-AAAA"),
      pageKey("/p", "2026-12-06", otherUser, "n0nce-AAAA"),
    ];
    for (const k of keys) expect(k).not.toBe(base);
  });

  it("tells apart what JSON would mix up: NaN and null, a date and its text, -0 and 0", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const pairs: [unknown, unknown][] = [
      [Number.NaN, null],
      [Number.POSITIVE_INFINITY, null],
      [at, at.toISOString()],
      [-0, 0],
      ["\u0000number:NaN", Number.NaN],
    ];
    for (const [x, y] of pairs) expect(pageKey("/p", "d", data(x), "n")).not.toBe(pageKey("/p", "d", data(y), "n"));
  });

  it("is not made for data JSON cannot pin down (a promise, a Map, a Set, a function)", () => {
    for (const v of [Promise.resolve(1), new Map([[1, 2]]), new Set([1]), () => 1, 1n])
      expect(pageKey("/p", "d", data(v), "n")).toBeUndefined();
  });
});

describe("kept pages", () => {
  afterEach(() => forgetPages());

  it("are sent with this answer's nonce in place of the placeholder", () => {
    keepPage("k", `<script nonce="${noncePlaceholder}"></script>`, 0);
    expect(keptPage("k", "fresh", 1)).toBe('<script nonce="fresh"></script>');
  });

  it("are forgotten after ten minutes", () => {
    keepPage("k", "<p>side</p>", 0);
    expect(keptPage("k", "n", 10 * 60 * 1000 + 1)).toBeUndefined();
    expect(keptPage("k", "n", 10 * 60 * 1000 + 2)).toBeUndefined();
  });

  it("stay within their budget, the least recently used going first", () => {
    forgetPages(8 * 120);
    for (let i = 0; i < 8; i++) keepPage(`p${i}`, "x".repeat(60), i);
    expect(keptPage("p0", "n", 10)).toBeDefined();
    keepPage("p8", "x".repeat(60), 11);
    expect(keptPage("p1", "n", 12)).toBeUndefined();
    for (const k of ["p0", "p2", "p7", "p8"]) expect(keptPage(k, "n", 13)).toBeDefined();
  });
});
