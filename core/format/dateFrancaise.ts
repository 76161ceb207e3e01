/** An ISO date (AAAA-MM-JJ) as a French reader writes it: jj/mm/aaaa, whatever the browser's language. */
export function dateFrancaise(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
