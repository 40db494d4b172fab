import type { DateRange } from "~/plan-format/periods";

/** Words after which a number continues the sentence rather than starting a new criterion. */
const joiners = new Set(
  (
    "at af fra til i om på med end og eller mindst minimum maksimalt højst ca cirka omkring under over mellem " +
    "blandt pr per hvert efter inden for før ved de det den en et ud hver op ned på ialt alt samlet " +
    "januar februar marts april maj juni juli august september oktober november december kvartal halvår uge"
  ).split(" "),
);

/**
 * Splits the text of a success-criteria field into criteria. Plans list them as bullets or
 * sentences, or, flattened from a table cell, one after another on a line: "100 familier deltog i
 * aktiviteterne 50 deltagende forældre gennemførte …" is two criteria, as is "… om året At 16 …".
 */
export function splitCriteria(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n|(?<=[.!?])\s+(?=\p{Lu})|\s*[•▪●]\s*/u)) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    let current: string[] = [];
    words.forEach((w, i) => {
      const prev = words[i - 1]?.toLowerCase().replace(/[.,:;]$/, "");
      const next = words[i + 1] ?? "";
      const startsCount =
        /^\d+(?:[.,]\d+)?$/.test(w) &&
        prev !== undefined &&
        !joiners.has(prev) &&
        !/\d/.test(prev) &&
        /^\p{L}/u.test(next) &&
        !/^(år|måneder|timer|kr)/.test(next) &&
        (!/^(%|procent)/.test(next) || current.length >= 4);
      const startsAt = w === "At" && current.length >= 3;
      // a number starts a new criterion only after one that has its own ("100 familier deltog … 50 …"),
      // not inside one ("At der etableres 20 frivillige mentorforløb")
      const counted = current.some((c) => /^\d/.test(c));
      if (((startsCount && counted) || startsAt) && current.length >= 3) {
        out.push(current.join(" "));
        current = [];
      }
      current.push(w);
    });
    if (current.length > 0) out.push(current.join(" "));
  }
  return out.map((c) => c.replace(/^[-•▪●]\s*/, "").trim()).filter((c) => c.length >= 8 && /\p{L}{3}/u.test(c));
}

/**
 * The period a criteria heading names, as a period of the plan file: "2013" → "2013", "2013-16" or
 * "2013–2016" over the whole plan → "plan"; nothing when the label names no year in the plan.
 */
export function periodOfLabel(label: string | undefined, plan: DateRange): string | undefined {
  if (!label) return undefined;
  const range = /(\d{4})\s*[-–/]\s*(\d{2,4})/.exec(label);
  const first = Number(plan.start.slice(0, 4));
  const last = Number(plan.end.slice(0, 4));
  if (range) {
    const a = Number(range[1]);
    const b = range[2].length === 2 ? Number(range[1].slice(0, 2) + range[2]) : Number(range[2]);
    return a <= first && b >= last ? "plan" : undefined;
  }
  const year = /(\d{4})/.exec(label);
  const y = year ? Number(year[1]) : Number.NaN;
  return y >= first && y <= last ? String(y) : undefined;
}
