/** A 0-based column index as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
export function lettresColonne(colonne: number): string {
  let n = colonne + 1;
  let lettres = "";
  while (n > 0) {
    const reste = (n - 1) % 26;
    lettres = String.fromCharCode(65 + reste) + lettres;
    n = Math.floor((n - 1) / 26);
  }
  return lettres;
}
