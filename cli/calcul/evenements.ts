/**
 * What flows from a reader (CSV or XLSX) through the calculation to a writer
 * (CSV or XLSX): the start of a sheet, then its rows. Any reader feeds any
 * writer, so that `-o` chooses the output format by its extension.
 */
import type ExcelJS from "exceljs";
import type { Exact, Nature } from "../../core/noyau";

/** A cell as read: text from a CSV, a value and its number format from a workbook. */
export type Source = string | CelluleClasseur;

export interface CelluleClasseur {
  valeur: ExcelJS.CellValue;
  format?: string;
}

export type Evenement =
  /** A sheet starts; only the principal one is computed, the others are copied (to a workbook) or skipped (to a CSV). */
  | { feuille: string; principale: boolean }
  /** A row, numbered as Excel shows it. */
  | { numero: number; cellules: Source[] }
  /** A CSV record as the parser gives it: the one sheet, numbered by the calculation. */
  | string[];

/**
 * A cell as the calculation hands it to a writer.
 * - `source`: a carried cell, as read; `nombre` is its value as the core read
 *   it when the row was computed (a workbook writes it as a number);
 * - `resultat`: a computed figure;
 * - `message`: the row's error or note;
 * - `entier`: a count (the summary's number of LAEP).
 */
export type Sortie =
  | { source: Source | undefined; nombre?: { valeur: Exact; nature: Nature } }
  | { resultat: Exact; nature: Nature }
  | { message: string }
  | { entier: number };

export type LigneSortie =
  | { feuille: string; principale: boolean }
  | { entete: true; cellules: Sortie[]; resultats: number }
  | { numero: number; cellules: Sortie[] }
  | { copie: true; numero: number; cellules: Source[] };
