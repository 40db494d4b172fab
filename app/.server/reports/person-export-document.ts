import { formatDate, formatDateTime } from "~/format/format";
import type { PersonExport } from "../domain/persons/export-person";
import { type Block, facts, h2, list, p, type ReportDocument } from "./document";

const d = (iso: string | null | undefined) => (iso ? formatDate(iso.slice(0, 10)) : "–");

/** The readable version of a person export: the same content as the JSON, laid out as a letter-sized report. */
export function personExportDocument(x: PersonExport): ReportDocument {
  const person = x.person;
  return {
    title: `Oplysninger om deltager ${person.code}`,
    subtitle: `${x.plan.title} – indsigt efter databeskyttelsesforordningens artikel 15`,
    byline: `${x.plan.owner} · udtrukket ${formatDateTime(x.exportedAt)}`,
    classification: "Fortroligt – indeholder personoplysninger",
    blocks: [...personBlocks(x), ...registrationBlocks(x), ...recordBlocks(x), ...accessBlocks(x)],
  };
}

/** Who the person is: the personal fields, sensitive fields when exported, or a word that some were left out. */
function personBlocks(x: PersonExport): Block[] {
  const person = x.person;
  return [
    p(
      "Dette er alle de oplysninger, Helhed har registreret om personen i planen, hvem der har set eller ændret dem, og hvornår. Samme indhold findes i maskinlæsbar form (JSON).",
    ),
    h2("Personoplysninger"),
    facts([
      { label: "Kode", value: person.code },
      { label: "Navn", value: person.name },
      { label: "Kontakt", value: person.contact },
      { label: "CPR-nummer", value: person.cpr },
      { label: "Initialer", value: person.initials },
      { label: "Fødselsår", value: person.birthYear?.toString() },
      {
        label: "Køn",
        value: { female: "Kvinde", male: "Mand", other: "Andet", unknown: "Ikke oplyst" }[person.gender],
      },
      { label: "Afdeling", value: person.departmentNumber },
      { label: "Husstand", value: person.household },
      { label: "Målgrupper", value: person.targetGroupTags.join(", ") },
      { label: "Bor i området", value: person.resident ? "Ja" : "Nej" },
      { label: "Frivillig", value: person.volunteer ? "Ja" : "Nej" },
      { label: "Registreret", value: d(person.registeredAt) },
    ]),
    ...(person.sensitive || person.notes
      ? [
          h2("Følsomme oplysninger"),
          facts([
            { label: "Helbred", value: person.sensitive?.health },
            { label: "Misbrug", value: person.sensitive?.addiction },
            { label: "Etnicitet", value: person.sensitive?.ethnicity },
            { label: "Noter", value: person.notes },
          ]),
        ]
      : []),
    ...(person.sensitiveOmitted
      ? [
          p(
            "Der er registreret følsomme oplysninger, som den, der har lavet udtrækket, ikke har adgang til. Bed en medarbejder med adgang om et fuldt udtræk.",
          ),
        ]
      : []),
  ];
}

/** Consents, activities, attendance at events and courses. */
function registrationBlocks(x: PersonExport): Block[] {
  return [
    h2("Samtykker"),
    x.consents.length
      ? list(
          x.consents.map(
            (c) =>
              `${d(c.givenOn)}: givet af ${c.givenBy === "parent" ? `forælder${c.giverName ? ` (${c.giverName})` : ""}` : "personen selv"} til ${c.purposes.join(", ")}${c.withdrawnOn ? `, trukket tilbage ${d(c.withdrawnOn)}` : ""}`,
          ),
        )
      : p("Ingen samtykker registreret."),
    h2("Aktiviteter"),
    x.activities.length
      ? list(x.activities.map((a) => `${a.activity} (fra ${d(a.since)}${a.removed ? ` til ${d(a.removed)}` : ""})`))
      : p("Ingen."),
    h2("Deltagelse i arrangementer"),
    x.attendance.length
      ? {
          kind: "table",
          columns: [{ label: "Dato" }, { label: "Aktivitet" }, { label: "Type" }],
          rows: x.attendance.map((a) => [d(a.date), a.activity, a.type]),
        }
      : p("Ingen."),
    h2("Forløb"),
    x.courses.length
      ? list(
          x.courses.map(
            (c) =>
              `${c.courseType} i ${c.activity}: start ${d(c.startDate)}${c.stages.length ? `; trin ${c.stages.map((s) => `${s.stage} ${d(s.date)}`).join(", ")}` : ""}${c.outcome ? `; udfald ${c.outcome} ${d(c.outcomeDate)}` : ""}`,
          ),
        )
      : p("Ingen."),
  ];
}

/** Contacts, referrals, assessments, volunteer hours, mentoring and the household's records, as one list. */
function recordBlocks(x: PersonExport): Block[] {
  return [
    h2("Henvendelser, henvisninger, vurderinger og frivillige timer"),
    list(
      [
        ...x.contacts.map(
          (c) =>
            `Henvendelse ${d(c.date)} (${c.activity}${c.topic ? `, ${c.topic}` : ""})${c.notes ? `: ${c.notes}` : ""}`,
        ),
        ...x.referrals.map((r) => `Henvisning ${d(r.date)} til ${r.receivingBody}${r.result ? ` – ${r.result}` : ""}`),
        ...x.assessments.map((a) => `Vurdering ${d(a.date)}: ${a.assessment}`),
        ...x.volunteerHours.map((v) => `${v.hours} frivillige timer ${d(v.date)} (${v.activity})`),
        ...x.mentoring.map((c) => `Mentor i ${c.courseType} i ${c.activity} fra ${d(c.startDate)}`),
        ...x.householdContacts.map(
          (c) => `Henvendelse om husstanden ${d(c.date)} (${c.activity}${c.topic ? `, ${c.topic}` : ""})`,
        ),
        ...x.householdReferrals.map(
          (r) => `Henvisning af husstanden ${d(r.date)} til ${r.receivingBody}${r.result ? ` – ${r.result}` : ""}`,
        ),
      ].concat(
        x.contacts.length +
          x.referrals.length +
          x.assessments.length +
          x.volunteerHours.length +
          x.mentoring.length +
          x.householdContacts.length +
          x.householdReferrals.length ===
          0
          ? ["Ingen."]
          : [],
      ),
    ),
  ];
}

/** Who has seen or changed the information, and why. */
function accessBlocks(x: PersonExport): Block[] {
  return [
    h2("Hvem har set eller ændret oplysningerne"),
    {
      kind: "table",
      columns: [{ label: "Tidspunkt" }, { label: "Hvem" }, { label: "Handling" }, { label: "Formål" }],
      rows: x.accessLog.map((a) => [
        formatDateTime(a.at),
        a.who,
        `${a.action}${a.outcome === "denied" ? " (afvist)" : ""}`,
        a.purpose,
      ]),
    },
  ];
}
