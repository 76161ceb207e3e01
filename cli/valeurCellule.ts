/**
 * What an ExcelJS cell value holds, unwrapped: the text of rich text or of a
 * link, the saved result of a formula, the code of an error. One reading for
 * the row calculator, the CSV writer and the audit.
 */
import type ExcelJS from "exceljs";

/** A formula whose result was never saved (a file written by a script): nothing to read, and never 0. */
export const SANS_VALEUR = Symbol("formule sans valeur");

export type ValeurCellule = string | number | boolean | Date | { erreur: string } | null | typeof SANS_VALEUR;

export function valeurCellule(v: ExcelJS.CellValue): ValeurCellule {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if ("error" in v) return { erreur: String(v.error) };
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const resultat = (v as { result?: ExcelJS.CellValue }).result;
    return resultat === undefined || resultat === null ? SANS_VALEUR : valeurCellule(resultat);
  }
  if ("text" in v) return valeurCellule((v as { text: ExcelJS.CellValue }).text);
  return String(v);
}
