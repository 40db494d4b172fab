import type { RetentionRule } from "./retention-rules";

/** What retention needs to know of one person: what is still held and when they were created. */
export interface RetainedPerson {
  id: string;
  createdOn: string;
  holds: Record<RetentionRule["category"], boolean>;
}

/** One deletion the rules call for: a category of a person's data. */
export interface RetentionDue {
  participantId: string;
  category: RetentionRule["category"];
  /** The rule that calls for it (for the audit log). */
  rule: RetentionRule;
}

const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/**
 * Which of a plan's people are due for which deletion on `today`. A rule runs `months` after its
 * trigger: the plan's end, the end of the person's last course (none while one is open; the last
 * activity when they never had a course), or their last activity (their creation when none).
 * A person due for anonymisation ("person") gets only that: it removes everything else too.
 * @example retentionDue(people, rules, { planEnd: "2020-04-30", lastActivity, courseEnds, today: "2024-01-01" })
 */
export function retentionDue(
  people: RetainedPerson[],
  rules: RetentionRule[],
  facts: {
    planEnd: string;
    today: string;
    lastActivity: Map<string, string>;
    courseEnds: Map<string, string | undefined>;
  },
): RetentionDue[] {
  const due: RetentionDue[] = [];
  for (const person of people) {
    const from = (rule: RetentionRule) =>
      rule.trigger === "planEnd"
        ? facts.planEnd
        : rule.trigger === "courseEnd"
          ? facts.courseEnds.has(person.id)
            ? facts.courseEnds.get(person.id)
            : facts.lastActivity.get(person.id)
          : (facts.lastActivity.get(person.id) ?? person.createdOn);
    const isDue = (rule: RetentionRule) => {
      const start = from(rule);
      return person.holds[rule.category] && start !== undefined && addMonths(start, rule.months) <= facts.today;
    };
    const anonymise = rules.find((r) => r.category === "person" && isDue(r));
    if (anonymise) {
      due.push({ participantId: person.id, category: "person", rule: anonymise });
      continue;
    }
    for (const rule of rules)
      if (rule.category !== "person" && isDue(rule))
        due.push({ participantId: person.id, category: rule.category, rule });
  }
  return due;
}
