import type { GovernanceGroup } from "~/plan-format/organisation";
import type { DateRange } from "~/plan-format/periods";
import type { Milestone } from "~/plan-format/structure";
import type { Outline } from "./outline";
import type { ReadItem, Unread } from "./read-context";

type Section = Outline["sections"][number];
type Key = (name: string, fallback?: string) => string;

const quarterPattern = /^(\d)\.\s*kvartal\s*(?:(\d{4}))?\s*:?\s*(.*)$/i;
const datePattern =
  /\b(primo|medio|ultimo|inden|senest)?\s*((?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+)?((?:19|20)\d{2})\b/i;
const months = "januar februar marts april maj juni juli august september oktober november december".split(" ");

/** A due date from words: "ultimo 2017" → 2017Q4, "maj 2017" → 2017Q2, "2017" → 2017. */
export function dueOf(text: string): string | undefined {
  const m = datePattern.exec(text);
  if (!m) return undefined;
  if (m[2]) return `${m[3]}Q${Math.floor(months.indexOf(m[2].trim().toLowerCase()) / 3) + 1}`;
  const word = m[1]?.toLowerCase();
  if (word === "primo") return `${m[3]}Q1`;
  if (word === "medio") return `${m[3]}Q2`;
  if (word === "ultimo") return `${m[3]}Q4`;
  return m[3];
}

/**
 * Milestones from the plan's milestone sections: a quarter heading ("1. Kvartal:", "3. kvartal 2014")
 * and the lines under it, or a table row with a date. A quarter without a year is read as the plan's
 * first year and marked for review.
 */
export function readMilestones(sections: Section[], plan: DateRange, key: Key, items: ReadItem[]) {
  const milestones: Milestone[] = [];
  const unread: Unread[] = [];
  for (const s of sections.filter((x) => /milepæl|tidsplan|handleplan/i.test(x.title))) {
    let due: string | undefined;
    let sure = true;
    for (const b of s.blocks) {
      const q = quarterPattern.exec(b.text);
      if (q) {
        due = `${q[2] ?? plan.start.slice(0, 4)}Q${q[1]}`;
        sure = !!q[2];
        if (!q[3]) continue;
      }
      const lines = b.rows ? b.rows.map((r) => r.filter(Boolean).join(" – ")) : [q ? q[3] : b.text];
      for (const line of lines) {
        const own = dueOf(line) ?? due;
        if (!own) {
          unread.push({ text: line, at: b.at, why: "Milepæl uden dato eller kvartal" });
          continue;
        }
        const title = line.length > 200 ? `${line.slice(0, 197)}…` : line;
        items.push({
          path: `milestones.${milestones.length}`,
          kind: "milestone",
          value: `${own}: ${title}`,
          source: line,
          at: b.at,
          confidence: sure ? "high" : "low",
        });
        milestones.push({ key: key(title, "milepael"), title, due: own, status: "planned" });
      }
    }
  }
  return { milestones, unread };
}

const groupKinds: [RegExp, GovernanceGroup["kind"]][] = [
  [/styregruppe|bestyrelse/i, "steeringGroup"],
  [/følgegruppe/i, "followGroup"],
  [/fremdriftsgruppe/i, "progressGroup"],
  [/forum/i, "forum"],
  [/arbejdsgruppe/i, "workingGroup"],
  [/referencegruppe/i, "referenceGroup"],
];

/** Governance bodies from sections named after them ("8.1 Styregruppen", "Følgegruppen"). */
export function readGovernance(sections: Section[], key: Key, items: ReadItem[]): GovernanceGroup[] {
  const groups: GovernanceGroup[] = [];
  for (const s of sections) {
    const kind = groupKinds.find(([p]) => p.test(s.title))?.[1];
    if (!kind || s.title.length > 60) continue;
    const name = s.title.replace(/^\d+(\.\d+)*\.?\s*/, "");
    const description = s.blocks
      .map((b) => b.text)
      .join("\n\n")
      .slice(0, 3900);
    items.push({
      path: `governance.${groups.length}`,
      kind: "governance",
      value: name,
      source: s.title,
      at: s.at,
      confidence: "high",
    });
    groups.push({
      key: key(name, "gruppe"),
      name,
      kind,
      ...(description ? { description } : {}),
      members: [],
      duties: [],
    });
  }
  return groups;
}
