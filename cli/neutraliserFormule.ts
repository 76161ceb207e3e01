/**
 * A text cell written to a CSV, made safe to open in a spreadsheet (OWASP,
 * « CSV Injection »): a cell that starts with =, +, -, @, a tab or a carriage
 * return would be run as a formula by Excel (=HYPERLINK(…), +cmd|…, @SUM(…),
 * -2+3). It gets a leading apostrophe, which Excel shows and never runs.
 * A genuine number (-12, +5, -1 234,50, -3.5e2, -60 %) is left as it is:
 * it is data, and Excel reads it as the number it is.
 */
const DANGEREUX = /^[=+\-@\t\r]/;
const NOMBRE = /^[+-]?(?:\d[\d \u00a0\u202f]*)?(?:[.,]\d+)?(?:[eE][+-]?\d+)?[ \u00a0\u202f]*%?$/;

export function neutraliserFormule(texte: string): string {
  if (!DANGEREUX.test(texte)) return texte;
  if (/\d/.test(texte) && NOMBRE.test(texte)) return texte;
  return `'${texte}`;
}
