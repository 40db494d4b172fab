/** The labelled parts of an activity or focus area as Danish plans name them. */
export type FieldName =
  | "problem"
  | "purpose"
  | "goals"
  | "targetGroup"
  | "content"
  | "schedule"
  | "deliverables"
  | "criteria"
  | "staffing"
  | "collaboration"
  | "responsible"
  | "budget"
  | "localEvaluation"
  | "anchoring"
  | "measurement";

const labels: [FieldName, RegExp][] = [
  ["problem", /^(problemkompleks|problemstilling(er)?|udfordring(er)?|baggrund for aktiviteten)$/],
  ["purpose", /^(formål(et)?|formål med (aktiviteten|indsatsen|indsatsområdet)|hovedformål)$/],
  ["goals", /^(mål|målsætning(er)?|delmål|mål for (aktiviteten|indsatsen|indsatsområdet))$/],
  ["targetGroup", /^(målgruppe(n|r|rne)?|deltagere)$/],
  [
    "content",
    /^(indhold|indhold og praksis|indholdet og praksis|aktivitetsbeskrivelse|beskrivelse|metode|overordnet indhold.*)$/,
  ],
  ["schedule", /^(tidsplan(en)?|tidsramme|varighed|periode)$/],
  ["deliverables", /^(leverance(r|rne)?|output)$/],
  [
    "criteria",
    /^(succeskriteri(er|erne|um)|mål og succeskriterier|resultatmål|måltal|succesmål|forventede resultater|effektmål)\b.*$/,
  ],
  ["staffing", /^(medarbejderressourcer|personaleressourcer|bemanding|ressourcer|medarbejdere|timeforbrug)$/],
  ["collaboration", /^(samarbejdsrelationer|samarbejdspartnere|partnere|samarbejde)$/],
  ["responsible", /^(ansvarlig(e)?|ansvar|ansvarlig for (implementering|aktiviteten|gennemførelse)|tovholder)$/],
  ["budget", /^(økonomi(en)?|budget|finansiering|ressourceforbrug)$/],
  ["localEvaluation", /^(lokal evaluering|evaluering|dokumentation og evaluering)$/],
  ["anchoring", /^(forankring(en)?)$/],
  ["measurement", /^(målemetode|målinger|måling|dokumentation)$/],
];

/** The label with its period, if the words name a field: "Succeskriterier (2013)" → criteria, "2013". */
export function fieldOf(label: string): { field: FieldName; period?: string } | undefined {
  const text = label
    .trim()
    .replace(/[:.]+$/, "")
    .toLowerCase();
  if (text.length > 60) return undefined;
  const period = /\(([^)]*\d{4}[^)]*)\)/.exec(text)?.[1];
  const bare = text.replace(/\([^)]*\)/g, "").trim();
  for (const [field, pattern] of labels) if (pattern.test(bare)) return { field, ...(period ? { period } : {}) };
  return undefined;
}

/** A field label at the start of a paragraph: "Formål: Aktiviteten skal …" → purpose and the rest. */
export function leadingField(text: string): { field: FieldName; period?: string; rest: string } | undefined {
  const m = /^([\p{L} ]{3,45}(?:\s*\([^)]{1,20}\))?)\s*:\s*(.*)$/su.exec(text);
  if (!m) return undefined;
  const found = fieldOf(m[1]);
  return found ? { ...found, rest: m[2].trim() } : undefined;
}
