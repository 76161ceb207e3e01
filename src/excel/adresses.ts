/** A1 addresses: the little arithmetic the insert needs, kept out of the Excel calls. */
import { lettresColonne } from "../../core/format/lettresColonne";

export interface Cellule {
  /** 0-based column index (A = 0). */
  colonne: number;
  /** 1-based row number, as in Excel. */
  ligne: number;
}

/** Top-left cell of an address such as « Feuil1!D5 », « 'Mon onglet'!$D$5:$E$9 » or « D5 ». */
export function celluleDe(adresse: string): Cellule {
  const locale = adresse.includes("!") ? adresse.slice(adresse.lastIndexOf("!") + 1) : adresse;
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/.exec(locale);
  if (!m) throw new Error(`Adresse de cellule illisible : ${adresse}`);
  let colonne = 0;
  for (const lettre of m[1]) colonne = colonne * 26 + (lettre.charCodeAt(0) - 64);
  return { colonne: colonne - 1, ligne: Number(m[2]) };
}

export { lettresColonne };

export function adresseDe(c: Cellule): string {
  return `${lettresColonne(c.colonne)}${c.ligne}`;
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function feuilleEnFormule(nom: string): string {
  return `'${nom.replace(/'/g, "''")}'`;
}
