import { readFileSync } from "node:fs";
import { blocksFromText } from "~/plan-reader/blocks";
import { outline } from "~/plan-reader/outline";

const tree = outline(blocksFromText(readFileSync(process.argv[2], "utf8")));
for (const fa of tree.parts) {
  console.log(
    "FA",
    fa.title,
    fa.fields.map((f) => f.field + ":" + f.text.slice(0, 40).replace(/\n/g, "/")),
  );
  for (const a of fa.parts) {
    console.log("  A", a.title);
    for (const f of a.fields)
      console.log("     ", f.field, f.label.slice(0, 30), "|", f.text.slice(0, 100).replace(/\n/g, " / "));
    for (const s of a.parts)
      console.log(
        "    S",
        s.title,
        s.fields.map((f) => f.field),
      );
  }
}
