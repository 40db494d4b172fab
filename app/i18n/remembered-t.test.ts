import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { rememberedT } from "./remembered-t";

const resources = {
  da: {
    translation: {
      hello: "Hej {{name}}",
      plain: "Tekst",
      people_one: "{{count}} person",
      people_other: "{{count}} personer",
      list: { a: "A", b: "B" },
    },
  },
};

function instance() {
  const i = i18next.createInstance();
  void i.init({ lng: "da", resources, initAsync: false, interpolation: { escapeValue: false } });
  return i;
}

describe("rememberedT", () => {
  it("answers as i18next does, the first time and every time after", () => {
    const own = instance();
    const t = rememberedT(instance());
    const calls: [string, Record<string, unknown>?][] = [
      ["plain"],
      ["hello", { name: "Aya" }],
      ["hello", { name: "Bo" }],
      ["people", { count: 1 }],
      ["people", { count: 7 }],
      ["missing.key"],
    ];
    for (let round = 0; round < 2; round++)
      for (const [key, options] of calls) expect(t(key, options as never)).toBe(own.t(key, options as never));
  });

  it("passes objects straight through, never shared between callers", () => {
    const t = rememberedT(instance());
    const first = t("list", { returnObjects: true }) as unknown as Record<string, string>;
    expect(first).toEqual({ a: "A", b: "B" });
    const name = { toString: () => "Cy" };
    expect(t("hello", { name } as never)).toBe("Hej Cy");
  });
});
