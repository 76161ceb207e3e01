/**
 * A date typed the way a French user types it, « 15/03/2025 » (jour/mois/
 * année, or with dots: « 15.03.2025 »), as AAAA-MM-JJ. Null when the text is
 * not of that form; `inexistante` when it is but the day does not exist
 * (29/02/2025, 31/04/2026), so that the caller can say so instead of storing it.
 */
export function lireDateFrancaise(texte: string): { date: string } | { inexistante: true } | null {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(texte.trim());
  if (!m) return null;
  const [j, mois, a] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(a, mois - 1, j));
  if (d.getUTCFullYear() !== a || d.getUTCMonth() !== mois - 1 || d.getUTCDate() !== j) return { inexistante: true };
  return { date: d.toISOString().slice(0, 10) };
}
