import {
  activityColumn,
  type ColumnDef,
  courseColumn,
  dateColumn,
  householdColumn,
  idColumn,
  participantColumn,
  type SheetDef,
} from "./sheet-types";

/** Every sheet of the logbook workbook and its columns. The headings are what the import reads. */
export const sheets: SheetDef[] = [
  {
    key: "participants",
    name: "Deltagere",
    about:
      "Én række pr. deltager. Nye deltagere får en kode i Helhed (D-0001 …); jeres reference bruges kun til at henvise til dem på de andre ark. Deltagere registreres pseudonymt: navne, kontaktoplysninger, CPR og følsomme oplysninger indgår ikke i Excel-filen.",
    columns: [
      {
        field: "ref",
        heading: "Deltager",
        kind: "ref",
        required: true,
        hint: "Deltagerens kode i Helhed (fx D-0012) for en, der findes, eller jeres egen reference for en ny deltager.",
        width: 14,
      },
      { ...activityColumn, hint: "Aktiviteten deltageren registreres på (kommer på holdlisten)." },
      { field: "initials", heading: "Initialer", kind: "text", hint: "Højst 6 bogstaver, fx AB.", width: 10 },
      {
        field: "birthYear",
        heading: "Fødselsår",
        kind: "integer",
        min: 1900,
        max: new Date().getUTCFullYear(),
        hint: "Fx 2009.",
        width: 10,
      },
      {
        field: "gender",
        heading: "Køn",
        kind: "list",
        list: "genders",
        hint: "Kvinde, Mand, Andet eller Ukendt.",
        width: 10,
      },
      {
        field: "departmentNumber",
        heading: "Afdeling",
        kind: "list",
        list: "departments",
        hint: "Boligafdelingens nummer fra planen.",
        width: 10,
      },
      {
        ...householdColumn,
        field: "household",
        paths: ["household", "householdId"],
        hint: "Husstandens kode (fx H-0003), eller jeres egen reference: deltagere med samme reference bliver én husstand.",
      },
      {
        field: "targetGroupTags",
        heading: "Målgrupper",
        kind: "list",
        list: "targetGroupTags",
        multiple: true,
        hint: "En eller flere af planens målgrupper, adskilt med komma.",
        width: 24,
      },
      { field: "resident", heading: "Beboer", kind: "yesNo", list: "yesNo", hint: "Ja eller Nej (tom: Ja).", width: 8 },
      {
        field: "volunteer",
        heading: "Frivillig",
        kind: "yesNo",
        list: "yesNo",
        hint: "Ja eller Nej (tom: Nej).",
        width: 9,
      },
    ],
  },
  {
    key: "roster",
    name: "Hold",
    about:
      "Deltagere på flere aktiviteters holdlister: én række pr. deltager og aktivitet ud over den aktivitet, der står på arket Deltagere.",
    columns: [activityColumn, participantColumn(true, "participantId")],
  },
  {
    key: "events",
    name: "Arrangementer",
    recordType: "event",
    about:
      "Én række pr. arrangement, møde eller gang i en aktivitet. Skriv et samlet antal (med opdeling), eller kryds navngivne deltagere af på arket Fremmøde — ikke begge dele.",
    columns: [
      idColumn,
      activityColumn,
      {
        field: "type",
        heading: "Type",
        kind: "list",
        list: "eventTypes",
        required: true,
        hint: "Arrangementets type fra planen.",
        width: 18,
      },
      { field: "title", heading: "Titel", kind: "text", hint: "Fx «Sommerfest». Kan stå tom.", width: 24 },
      dateColumn(),
      { field: "startTime", heading: "Fra kl.", kind: "time", hint: "Klokkeslæt som TT:MM, fx 15:00.", width: 8 },
      { field: "endTime", heading: "Til kl.", kind: "time", hint: "Klokkeslæt som TT:MM, fx 17:00.", width: 8 },
      { field: "place", heading: "Sted", kind: "text", hint: "Kan stå tom.", width: 18 },
      {
        field: "headcount",
        heading: "Antal",
        kind: "integer",
        min: 0,
        hint: "Antal deltagere i alt, når I tæller i stedet for at registrere navngivne deltagere.",
        width: 8,
      },
      ...(
        [
          ["children", "Heraf børn"],
          ["adults", "Heraf voksne"],
          ["residents", "Heraf beboere"],
          ["nonResidents", "Heraf ikke-beboere"],
          ["new", "Heraf nye"],
          ["returning", "Heraf tilbagevendende"],
          ["volunteers", "Heraf frivillige"],
        ] as const
      ).map(
        ([key, heading]): ColumnDef => ({
          field: `breakdown.${key}`,
          heading,
          kind: "integer",
          min: 0,
          hint: "Opdeling af antallet. Kan stå tom.",
          width: 10,
        }),
      ),
    ],
  },
  {
    key: "attendance",
    name: "Fremmøde",
    about: "Navngivet fremmøde: én række pr. deltager, der kom til et arrangement.",
    columns: [
      {
        field: "eventId",
        heading: "Arrangement",
        kind: "ref",
        required: true,
        hint: "Arrangementets ID fra arket Arrangementer, eller Helheds ID for et arrangement, der allerede findes.",
        width: 38,
      },
      participantColumn(true, "participantId"),
    ],
  },
  {
    key: "courses",
    name: "Forløb",
    recordType: "course",
    about: "Én række pr. forløb (mentorforløb, jobforløb …). Trinene står på arket Forløbstrin.",
    columns: [
      idColumn,
      activityColumn,
      {
        field: "courseType",
        heading: "Forløbstype",
        kind: "list",
        list: "courseTypes",
        required: true,
        hint: "Forløbstypen fra planen.",
        width: 20,
      },
      participantColumn(true),
      {
        ...participantColumn(false, "mentorParticipantId", "Mentor"),
        hint: "Mentorens kode eller reference, hvis forløbet har en mentor.",
      },
      dateColumn(true, "startDate", "Startdato"),
      dateColumn(false, "endDate", "Slutdato"),
      {
        field: "outcome",
        heading: "Udfald",
        kind: "list",
        list: "outcomes",
        hint: "Udfaldet fra forløbstypen, når forløbet er slut.",
        width: 18,
      },
      dateColumn(false, "outcomeDate", "Udfaldsdato"),
    ],
  },
  {
    key: "courseStages",
    name: "Forløbstrin",
    recordType: "courseStage",
    about: "Et forløbs trin med dato (afklaring, praktik, løntilskud, job …).",
    columns: [
      idColumn,
      courseColumn,
      {
        field: "stage",
        heading: "Trin",
        kind: "list",
        list: "stages",
        required: true,
        hint: "Et af forløbstypens trin.",
        width: 18,
      },
      dateColumn(),
    ],
  },
  {
    key: "followUps",
    name: "Opfølgninger",
    recordType: "courseFollowUp",
    about: "Opfølgning et antal måneder efter et forløb (fx 3, 6 og 12 måneder).",
    columns: [
      idColumn,
      courseColumn,
      {
        field: "offsetMonths",
        heading: "Måneder efter",
        kind: "integer",
        required: true,
        min: 1,
        hint: "Et af forløbstypens opfølgningstidspunkter i måneder.",
        width: 10,
      },
      dateColumn(),
      {
        field: "status",
        heading: "Status",
        kind: "list",
        list: "followUpStatuses",
        required: true,
        hint: "Et udfald fra forløbstypen, eller «Ingen kontakt».",
        width: 18,
      },
    ],
  },
  {
    key: "contacts",
    name: "Henvendelser",
    recordType: "contact",
    about: "Rådgivning og andre henvendelser. Deltager og husstand kan stå tomme (anonym henvendelse).",
    columns: [
      idColumn,
      activityColumn,
      participantColumn(false),
      householdColumn,
      dateColumn(),
      { field: "topic", heading: "Emne", kind: "list", list: "topics", hint: "Emnet fra planen.", width: 18 },
    ],
  },
  {
    key: "referrals",
    name: "Brobygning",
    recordType: "referral",
    about: "Henvisninger (brobygning) til en modtager: kommune, jobcenter, gældsrådgivning …",
    columns: [
      idColumn,
      activityColumn,
      {
        field: "contactId",
        heading: "Henvendelse",
        kind: "ref",
        hint: "Henvendelsens ID fra arket Henvendelser, hvis henvisningen kom af en henvendelse.",
        width: 38,
      },
      participantColumn(false),
      householdColumn,
      dateColumn(),
      {
        field: "receivingBody",
        heading: "Modtager",
        kind: "list",
        list: "receivingBodies",
        required: true,
        hint: "Hvem der er henvist til (fra planen).",
        width: 20,
      },
      { field: "result", heading: "Resultat", kind: "text", hint: "Kan stå tom.", width: 20 },
    ],
  },
  {
    key: "assessments",
    name: "Vurderinger",
    recordType: "assessment",
    about: "En medarbejders vurdering af en deltager, fx «styrket socialt netværk».",
    columns: [
      idColumn,
      activityColumn,
      participantColumn(true),
      {
        field: "assessment",
        heading: "Vurdering",
        kind: "list",
        list: "assessmentTypes",
        required: true,
        hint: "Vurderingen fra planen.",
        width: 24,
      },
      dateColumn(),
    ],
  },
  {
    key: "volunteerHours",
    name: "Frivillige timer",
    recordType: "volunteerHours",
    about: "Timer, en frivillig har givet til en aktivitet.",
    columns: [
      idColumn,
      activityColumn,
      participantColumn(true),
      dateColumn(),
      { field: "hours", heading: "Timer", kind: "decimal", required: true, min: 0, max: 24, hint: "Fx 2,5.", width: 8 },
      {
        field: "role",
        heading: "Rolle",
        kind: "list",
        list: "volunteerRoles",
        hint: "Den frivilliges rolle fra planen.",
        width: 18,
      },
    ],
  },
];

export const sheetByKey = new Map(sheets.map((s) => [s.key, s]));

/** Sheets the import passes over: the guide and the lists. */
export const guideSheetName = "Vejledning";
export const listSheetName = "Lister";

/** A heading or sheet name compared loosely: case, spaces and a trailing "*" do not matter. */
export function looseName(text: string): string {
  return text.toLowerCase().replace(/\*/g, "").replace(/\s+/g, " ").trim();
}

/** The column a problem path belongs to. */
export function columnForPath(sheet: SheetDef, path: string): ColumnDef | undefined {
  return (
    sheet.columns.find((c) => (c.paths ?? [c.field]).includes(path)) ??
    sheet.columns.find((c) => (c.paths ?? [c.field]).some((p) => path.startsWith(`${p}.`)))
  );
}
