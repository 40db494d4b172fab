/** A participant on an activity's roster, as a choice in a list. */
type RosterEntry = { id: string; initials: string | null; code: string };

/** The roster as a select's options, after a first "none" choice (anonymous, no mentor …). */
export function rosterOptions(roster: RosterEntry[], noneLabel: string) {
  return [
    { value: "", label: noneLabel },
    ...roster.map((p) => ({ value: p.id, label: `${p.initials ?? "–"} · ${p.code}` })),
  ];
}
