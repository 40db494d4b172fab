// A logbook workbook of 100,000 rows for the import benchmarks: the template of the logbook test
// plan filled with participants, lektiecafé sessions and who came.
import { day, fillTemplate } from "../../tests/support/logbook-workbook";

export const people = 1_000;
export const eventsCount = 20_000;
// The template's guide and list sheets count towards the importer's limit of 100,000 rows too.
export const attendanceCount = 100_000 - people - eventsCount - 200;

/** The template filled with 100,000 rows (or `size`): participants, lektiecafé sessions and who came. */
export async function workbook(
  template: Buffer,
  size = { people, events: eventsCount, attendance: attendanceCount },
): Promise<Buffer> {
  return fillTemplate(template, {
    Deltagere: Array.from({ length: size.people }, (_, i) => [
      `P${i + 1}`,
      "Lektiecafé",
      null,
      1950 + (i % 60),
      "Ukendt",
      "101-0",
      null,
      null,
      "Ja",
      "Nej",
    ]),
    Arrangementer: Array.from({ length: size.events }, (_, i) => [
      `E${i + 1}`,
      "Lektiecafé",
      "Lektiecafé",
      null,
      day(i),
      "15:00",
      "17:00",
    ]),
    Fremmøde: Array.from({ length: size.attendance }, (_, i) => [
      `E${(i % size.events) + 1}`,
      `P${((i * 7 + Math.floor(i / size.events)) % size.people) + 1}`,
    ]),
  });
}
