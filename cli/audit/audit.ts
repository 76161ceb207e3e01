/**
 * `financement-laep audit`: recomputes every LAEP cell of a saved workbook
 * with a real formula engine and the add-in's core, and lists the cells whose
 * saved value differs. Reads the file only: the workbook is never modified.
 */
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { DetailedCellError } from "hyperformula";
import { ErreurCli } from "../erreurs";
import { moteur } from "./moteur";

export interface Difference {
  feuille: string;
  cellule: string;
  formule: string;
  valeurEnregistree: string | number | boolean | null;
  valeurRecalculee: string | number | boolean | null;
}

export interface RapportAudit {
  fichier: string;
  cellulesVerifiees: number;
  differences: Difference[];
}

/** Excel saves a JS custom function as _xldudf_NAMESPACE_NAME( (sometimes behind a [2]! or an .xla! prefix). */
const UDF_LAEP = /(?:\[\d+\]!|'?[^'!(),=\s]*\.xlam?'?!)?_xldudf_LAEP_([A-Z0-9_]+)\(/gi;
const APPEL_LAEP = /_xldudf_LAEP_|\bLAEP\.[A-Z]/i;

/** A formula as saved in the file, as the engine (and a person) reads it. */
export function traduireFormule(formule: string): string {
  return formule.replace(UDF_LAEP, (_t, nom: string) => `LAEP.${nom.toUpperCase()}(`).replace(/_xl(?:fn|ws)\./gi, "");
}

type Saved = string | number | boolean | null;

function enregistree(v: ExcelJS.CellValue): Saved {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serieExcel(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return enregistree((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in v) return String(v.text);
  }
  return String(v);
}

function serieExcel(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function recalculee(v: unknown): Saved {
  if (v instanceof DetailedCellError) return v.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Equal when identical, or for numbers within 5 × 10^-7: far below a cent,
 * above the noise of a double for amounts under a billion euros.
 */
function egales(a: Saved, b: Saved): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 5e-7;
  if ((a === null || a === "") && (b === null || b === "")) return true;
  return a === b;
}

interface CelluleLaep {
  feuille: number;
  nomFeuille: string;
  ligne: number;
  colonne: number;
  adresse: string;
  formule: string;
  valeur: Saved;
}

export async function auditer(chemin: string): Promise<RapportAudit> {
  if (!existsSync(chemin)) throw new ErreurCli(`Fichier introuvable : ${chemin}`);
  if (!/\.xlsx$/i.test(chemin)) throw new ErreurCli("L'audit lit un classeur .xlsx (les formules LAEP y sont enregistrées).");
  const classeur = new ExcelJS.Workbook();
  try {
    await classeur.xlsx.readFile(chemin);
  } catch (erreur) {
    throw new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (${(erreur as Error).message}).`);
  }

  const feuilles: Record<string, unknown[][]> = {};
  const aVerifier: CelluleLaep[] = [];
  classeur.worksheets.forEach((onglet, indexFeuille) => {
    const donnees: unknown[][] = [];
    const interieurs = new Set<string>();
    const cellulesTableau: { ancre: CelluleLaep; ref: string }[] = [];
    onglet.eachRow({ includeEmpty: false }, (rangee, numero) => {
      rangee.eachCell({ includeEmpty: false }, (cellule, colonne) => {
        const ligne = numero - 1;
        const col = colonne - 1;
        (donnees[ligne] ??= [])[col] = null;
        const brute = cellule.value as ExcelJS.CellValue;
        const formule = cellule.formula as string | undefined;
        if (formule) {
          const traduite = traduireFormule(formule);
          donnees[ligne][col] = `=${traduite}`;
          if (APPEL_LAEP.test(formule)) {
            const c: CelluleLaep = { feuille: indexFeuille, nomFeuille: onglet.name, ligne, colonne: col, adresse: cellule.address, formule: `=${traduite}`, valeur: enregistree(brute) };
            aVerifier.push(c);
            const v = brute as { shareType?: string; ref?: string };
            if (v.shareType === "array" && v.ref) cellulesTableau.push({ ancre: c, ref: v.ref });
          }
        } else {
          const valeur = enregistree(brute);
          donnees[ligne][col] = brute instanceof Date ? serieExcel(brute) : valeur;
        }
      });
    });
    // Cells a LAEP array formula spills into hold saved values but no formula:
    // the engine must see them empty (or it reports a spill error), and they are checked too.
    for (const { ancre, ref } of cellulesTableau) {
      const [debut, fin = debut] = ref.split(":");
      const a = onglet.getCell(debut);
      const b = onglet.getCell(fin);
      for (let l = Number(a.row); l <= Number(b.row); l++)
        for (let c = Number(a.col); c <= Number(b.col); c++) {
          if (l === ancre.ligne + 1 && c === ancre.colonne + 1) continue;
          const cellule = onglet.getCell(l, c);
          interieurs.add(`${l - 1}:${c - 1}`);
          aVerifier.push({ ...ancre, ligne: l - 1, colonne: c - 1, adresse: cellule.address, formule: `${ancre.formule} (tableau renvoyé par ${ancre.adresse})`, valeur: enregistree(cellule.value) });
        }
    }
    for (const cle of interieurs) {
      const [l, c] = cle.split(":").map(Number);
      if (donnees[l]) donnees[l][c] = null;
    }
    feuilles[onglet.name] = Array.from({ length: donnees.length }, (_, i) => donnees[i] ?? []);
  });

  const nommes = (classeur.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model
    .filter((n) => n.ranges.length === 1)
    .map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
  const hf = moteur().buildFromSheets(feuilles as never, { licenseKey: "gpl-v3" }, nommes);

  const differences: Difference[] = [];
  for (const c of aVerifier) {
    const id = hf.getSheetId(c.nomFeuille)!;
    const calcul = recalculee(hf.getCellValue({ sheet: id, row: c.ligne, col: c.colonne }));
    if (!egales(c.valeur, calcul)) {
      differences.push({ feuille: c.nomFeuille, cellule: c.adresse, formule: c.formule, valeurEnregistree: c.valeur, valeurRecalculee: calcul });
    }
  }
  hf.destroy();
  return { fichier: chemin, cellulesVerifiees: aVerifier.length, differences };
}
