import { describe, expect, it } from "vitest";
import { pageKey } from "./render-cache";

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
