/** Today's date in Copenhagen as YYYY-MM-DD: the day figures, defaults and exports are as of. */
export function today(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}
