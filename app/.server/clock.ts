/** Today's date in Copenhagen as YYYY-MM-DD: the day figures, defaults and exports are as of. */
const copenhagenDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

export function today(): string {
  return copenhagenDay.format(new Date());
}
