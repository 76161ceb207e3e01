/** A1 addresses: the little arithmetic the insert needs, kept out of the Excel calls. */
import { lettresColonne } from "../../core/format/lettresColonne";

export interface Cellule {
  /** 0-based column index (A = 0). */
  colonne: number;
  /** 1-based row number, as in Excel. */
  ligne: number;
}

/**
 * Top-left cell of an address as Excel gives it: « Feuil1!D5 »,
 * « 'Mon onglet'!$D$5:$E$9 », « D5 », and for a whole column or row
 * « Feuil1!B:B » (its cell B1) or « Feuil1!3:5 » (A3).
 */
export function celluleDe(adresse: string): Cellule {
  const locale = (adresse.includes("!") ? adresse.slice(adresse.lastIndexOf("!") + 1) : adresse).replace(/\$/g, "").toUpperCase();
  const m = /^([A-Z]{1,3})(\d+)(?::|$)/.exec(locale) ?? /^([A-Z]{1,3})():[A-Z]{1,3}$/.exec(locale) ?? /^()(\d+):\d+$/.exec(locale);
  if (!m) throw new Error(`Adresse de cellule illisible : ${adresse}`);
  let colonne = 0;
  for (const lettre of m[1]) colonne = colonne * 26 + (lettre.charCodeAt(0) - 64);
  return { colonne: Math.max(colonne - 1, 0), ligne: m[2] === "" ? 1 : Number(m[2]) };
}

export { lettresColonne };

/** Excel's last row and last column (XFD, 0-based), the edge of every sheet. */
export const DERNIERE_LIGNE = 1_048_576;
export const DERNIERE_COLONNE = 16_383;

export function adresseDe(c: Cellule): string {
  return `${lettresColonne(c.colonne)}${c.ligne}`;
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function feuilleEnFormule(nom: string): string {
  return `'${nom.replace(/'/g, "''")}'`;
}
