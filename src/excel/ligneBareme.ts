/**
 * A row of the « Barèmes LAEP » sheet as Excel stores it, read back into the
 * stored form of a barème. People type into that sheet: Excel turns a date
 * into a serial number, « VRAI » or « Oui » typed in a General cell into a
 * boolean or text, « 2025 » into a number. Each is read as what it means, and
 * what cannot be read is said, never guessed.
 */
import { type BaremeStocke, citer, lireDateFrancaise } from "../../core";

/** Excel's day 0 (serial 1 is 1900-01-01, with the 1900 leap-year bug kept for serials ≥ 61). */
const ORIGINE_EXCEL = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel has. */
const DERNIER_SERIAL = 2_958_465;

function vide(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/** A text column: a number Excel made of « 2025 » is read back as « 2025 ». */
function texte(v: unknown): string {
  if (vide(v)) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v).replace(".", ",");
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  return String(v).trim();
}

/**
 * « Vérifié le » as AAAA-MM-JJ: a date cell (a serial number), an ISO date, or
 * a date typed the French way in a text cell (« 15/03/2025 »).
 */
export function dateVerification(v: unknown): { date: string | null } | { erreur: string } {
  if (vide(v)) return { date: null };
  if (typeof v === "number") {
    // Serials from 61 on are true days; before (January–February 1900) no barème was checked.
    if (!Number.isFinite(v) || v < 61 || v > DERNIER_SERIAL) return { erreur: `« ${v} » n'est pas une date ; attendu une date, par ex. 15/03/2025` };
    return { date: new Date(ORIGINE_EXCEL + Math.floor(v) * 86_400_000).toISOString().slice(0, 10) };
  }
  const t = texte(v);
  const fr = lireDateFrancaise(t);
  if (fr) return "date" in fr ? fr : { erreur: `« ${citer(t)} » n'est pas une date qui existe` };
  // An ISO date is checked by the barème's own schema.
  return { date: t };
}

/** « Fictif »: oui/non, VRAI/FAUX, a boolean cell, or empty (a published barème). */
export function fictif(v: unknown): { fictif: boolean } | { erreur: string } {
  if (vide(v)) return { fictif: false };
  if (typeof v === "boolean") return { fictif: v };
  const t = texte(v).toLowerCase();
  if (t === "oui" || t === "vrai" || t === "true") return { fictif: true };
  if (t === "non" || t === "faux" || t === "false") return { fictif: false };
  return { erreur: `« ${citer(texte(v))} » : écrivez oui ou non` };
}

/** The 10 cells of a row (Code … Fictif), as `values` returns them, in the barème's stored form. */
export function ligneBareme(valeurs: readonly unknown[]): { brut: Partial<BaremeStocke> & Record<string, unknown> } | { erreurs: string[] } {
  const [code, libelle, taux, prixPlafond, baremeNouvelleHeure, forfaitExistant, source, lien, verifieLe, estFictif] = valeurs;
  const erreurs: string[] = [];
  const date = dateVerification(verifieLe);
  if ("erreur" in date) erreurs.push(`Vérifié le : ${date.erreur}`);
  const f = fictif(estFictif);
  if ("erreur" in f) erreurs.push(`Fictif : ${f.erreur}`);
  for (const [nom, v] of [["Taux", taux], ["Prix plafond horaire", prixPlafond], ["Barème nouvelle heure", baremeNouvelleHeure], ["Forfait horaire offre existante", forfaitExistant]] as const) {
    if (typeof v === "boolean") erreurs.push(`${nom} : ${v ? "VRAI" : "FAUX"} n'est pas un nombre`);
  }
  if (erreurs.length > 0) return { erreurs };
  return {
    brut: {
      code: texte(code),
      libelle: texte(libelle),
      taux: taux as number | string,
      prixPlafond: prixPlafond as number | string,
      baremeNouvelleHeure: baremeNouvelleHeure as number | string,
      forfaitExistant: vide(forfaitExistant) ? null : (forfaitExistant as number | string),
      source: texte(source),
      lien: vide(lien) ? null : texte(lien),
      verifieLe: "date" in date ? date.date : null,
      fictif: "fictif" in f ? f.fictif : false,
    },
  };
}
