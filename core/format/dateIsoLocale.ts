/** A moment as the ISO date (AAAA-MM-JJ) of its day in the user's own calendar, not UTC's (a sheet printed at 00:30 in Paris bears that day). */
export function dateIsoLocale(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
