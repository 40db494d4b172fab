/** Small calendar helpers on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

const DAY = 86_400_000;

const toTime = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Adds whole months; a day that does not exist in the target month becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIso(Date.UTC(year, month, Math.min(d, last)));
}

/** Adds days (negative to go back). */
export function addDays(date: string, days: number): string {
  return toIso(toTime(date) + days * DAY);
}

/** Days from `a` to `b` (b − a); 0 for the same day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY);
}

/** The number of days in the month of a date. */
export function daysInMonth(date: string): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
}

/** The earlier / later of two ISO dates. */
export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);
