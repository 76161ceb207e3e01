/**
 * Results to a workbook, streamed (ExcelJS's streaming writer), formatted as
 * a finance officer would format it: amounts « # ##0,00 € », taux in %,
 * header bold, frozen and filtered, columns sized. Carried cells keep their
 * value and number format (a date stays a date, a formula keeps its text
 * and saved result); from a CSV, the inputs the core read are written as
 * numbers. The other sheets of an input workbook are copied.
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { Exact, type Nature } from "../../core/noyau";
import { lettresColonne } from "../../core/format/lettresColonne";
import type { LigneSortie, Sortie, Source } from "./evenements";

/** Number formats as stored in the file (Excel shows them in the user's locale: « 7 200,00 € »). */
export const FORMATS: Record<Nature, string> = {
  heures: "#,##0.00",
  heuresNonNulles: "#,##0.00",
  euros: '#,##0.00\\ "€"',
  // Up to 10 decimals: a territory's forfait is not rounded (4,8333333333 €/h), a barème's shows as 30,00 €/h.
  eurosParHeure: '#,##0.00########\\ "€/h"',
  taux: "0.00\\ %",
};

/**
 * One style object per number format, shared by every cell that has it:
 * ExcelJS's writer recognises a style object it has already seen (a weak
 * map) instead of serialising it again for each cell, which is most of the
 * cost of writing 100 000 formatted rows.
 */
const STYLES = new Map<string, Partial<ExcelJS.Style>>();
function style(numFmt: string): Partial<ExcelJS.Style> {
  let s = STYLES.get(numFmt);
  if (!s) STYLES.set(numFmt, (s = Object.freeze({ numFmt }) as Partial<ExcelJS.Style>));
  return s;
}
const GRAS = Object.freeze({ font: { bold: true } }) as Partial<ExcelJS.Style>;
/** Even a cell without format gets a shared (empty) style: a new empty object per cell would be serialised each time. */
const SANS_STYLE = Object.freeze({}) as Partial<ExcelJS.Style>;

function format(nature: Nature, valeur: Exact): string {
  // A whole percentage (60 %) shows without decimals.
  return nature === "taux" && !valeur.times(Exact.de("100")).toFixed().includes(".") ? "0\\ %" : FORMATS[nature];
}

/** What to write back for a carried cell: formulas keep their text and saved result. */
export function recopie(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (v && typeof v === "object" && "sharedFormula" in v) return (v as { result?: ExcelJS.CellValue }).result ?? null;
  if (v && typeof v === "object" && "formula" in v && !(v as { formula: string }).formula) return (v as { result?: ExcelJS.CellValue }).result ?? null;
  return v ?? null;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
export function nomFeuille(base: string): string {
  const propre = base.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31).trim();
  return propre === "" ? "Portefeuille" : propre;
}

function poser(cellule: ExcelJS.Cell, source: Source | undefined) {
  cellule.style = SANS_STYLE;
  if (source === undefined) return;
  if (typeof source === "string") {
    cellule.value = source;
    return;
  }
  cellule.value = recopie(source.valeur);
  if (source.format && source.format !== "General") cellule.style = style(source.format);
}

function poserSortie(cellule: ExcelJS.Cell, c: Sortie) {
  if ("message" in c) {
    cellule.style = SANS_STYLE;
    if (c.message) cellule.value = c.message;
  } else if ("entier" in c) {
    cellule.value = c.entier;
    cellule.style = SANS_STYLE;
  } else if ("resultat" in c) {
    cellule.value = c.resultat.toNumber();
    cellule.style = style(FORMATS[c.nature]);
  } else if (c.nombre && typeof c.source === "string") {
    cellule.value = c.nombre.valeur.toNumber();
    cellule.style = style(format(c.nombre.nature, c.nombre.valeur));
  } else poser(cellule, c.source);
}

function largeur(entete: string, resultat: boolean, message: boolean): number {
  if (message) return 60;
  return Math.min(40, Math.max(resultat ? 14 : 10, entete.length + 3));
}

/** The writable end of the pipeline: the workbook at `chemin`. */
export function ecrireXlsx(chemin: string): Writable {
  const classeur = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: chemin, useStyles: true, useSharedStrings: false });
  let feuille: ExcelJS.Worksheet | null = null;
  const terminer = () => {
    feuille?.commit();
    feuille = null;
  };
  return new Writable({
    objectMode: true,
    write(l: LigneSortie, _enc, fini) {
      try {
        if ("feuille" in l) {
          terminer();
          feuille = classeur.addWorksheet(l.feuille, l.principale ? { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] } : {});
        } else if ("entete" in l) {
          const noms = l.cellules.map((c) => ("source" in c ? (typeof c.source === "string" ? c.source : String(c.source?.valeur ?? "")) : ""));
          const premier = l.cellules.length - l.resultats;
          feuille!.columns = noms.map((n, i) => ({ width: largeur(n, i >= premier, i === l.cellules.length - 1) }));
          feuille!.autoFilter = `A1:${lettresColonne(l.cellules.length - 1)}1`;
          const rangee = feuille!.getRow(1);
          l.cellules.forEach((c, i) => {
            const cellule = rangee.getCell(i + 1);
            poserSortie(cellule, c);
            cellule.style = GRAS;
          });
          rangee.commit();
        } else if ("copie" in l) {
          const rangee = feuille!.getRow(l.numero);
          l.cellules.forEach((c, i) => poser(rangee.getCell(i + 1), c));
          rangee.commit();
        } else {
          const rangee = feuille!.getRow(l.numero);
          l.cellules.forEach((c, i) => poserSortie(rangee.getCell(i + 1), c));
          rangee.commit();
        }
        fini();
      } catch (erreur) {
        fini(erreur as Error);
      }
    },
    final(fini) {
      try {
        terminer();
        classeur.commit().then(() => fini(), fini);
      } catch (erreur) {
        fini(erreur as Error);
      }
    },
  });
}
