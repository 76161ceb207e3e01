/**
 * A workbook read as events, streamed (ExcelJS's streaming reader): every
 * sheet in order, the principal one (the first, or the one named with
 * --feuille) to be computed, the others to be copied when the output is a
 * workbook. Each cell keeps its number format, so that a date stays a date.
 */
import ExcelJS from "exceljs";
import { ErreurCli } from "../erreurs";
import { verifierZip } from "../limitesZip";
import type { Evenement } from "./evenements";
import { type Cellule, FORMULE_SANS_VALEUR } from "./ligne";
import { LectureClasseur } from "../lireClasseur";
import { SANS_VALEUR, valeurCellule } from "../valeurCellule";
import { lectureStyles } from "./stylesXlsx";

// ExcelJS's own date-format test, the one its reader applies to plain cells
// (an internal module, as in stylesXlsx.ts: no type declarations).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isDateFmt } = require("exceljs/lib/utils/utils") as { isDateFmt(format: string | undefined): boolean };

/** Excel's own limits: a row beyond them is not a workbook Excel wrote. */
const LIGNES_EXCEL = 1_048_576;
const COLONNES_EXCEL = 16_384;

/**
 * A spreadsheet value as the row calculator reads it. `format` is the cell's
 * number format: a number shown as a date is a date, refused where an amount
 * is expected, never read as its serial number. A formula whose result was
 * never saved is FORMULE_SANS_VALEUR, never 0.
 */
export function versCellule(v: ExcelJS.CellValue, format?: string): Cellule {
  const c = valeurCellule(v);
  if (c === SANS_VALEUR) return FORMULE_SANS_VALEUR;
  return typeof c === "number" && isDateFmt(format) ? new Date(0) : c;
}

/** A header cell as text. */
export function texteEntete(v: ExcelJS.CellValue): string {
  const c = valeurCellule(v);
  return c === null || c === SANS_VALEUR ? "" : typeof c === "object" && !(c instanceof Date) ? c.erreur : String(c);
}

/** The workbook's sheets and rows; `vues` collects the sheet names, for the message when --feuille names none. */
export async function* lireXlsx(entree: string, feuille: string | undefined, vues: string[]): AsyncGenerator<Evenement> {
  // One pass over the parts: the limit check, the styles and the links (read before any sheet, see stylesXlsx.ts and lireClasseur.ts).
  const classeur = new LectureClasseur(entree, { valeurs: false, liens: true });
  const lectureDesStyles = lectureStyles(entree);
  await verifierZip(entree, (partie) => lectureDesStyles.lecteur(partie) ?? classeur.lecteur(partie));
  const styles = await lectureDesStyles.styles();
  const liens = classeur.liens();
  // Styles read beforehand (see stylesXlsx.ts), handed to the reader, which then must not replace them.
  const lecteur = new ExcelJS.stream.xlsx.WorkbookReader(entree, { sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "ignore" });
  if (styles !== null) (lecteur as unknown as { styles: object }).styles = styles;
  let trouvee = false;
  for await (const onglet of lecteur) {
    const nom = (onglet as unknown as { name: string }).name;
    vues.push(nom);
    const principale = !trouvee && (feuille === undefined || nom === feuille);
    if (principale) trouvee = true;
    yield { feuille: nom, principale };
    const liensFeuille = liens.get(nom);
    for await (const ligne of onglet) {
      if (ligne.number > LIGNES_EXCEL || (ligne.values as unknown[]).length > COLONNES_EXCEL + 1) {
        throw new ErreurCli(`La feuille « ${nom} » de ${entree} dépasse les limites d'Excel (${LIGNES_EXCEL} lignes, ${COLONNES_EXCEL} colonnes) : ce classeur n'est pas lu.`);
      }
      const valeurs = (ligne.values as ExcelJS.CellValue[]).slice(1);
      yield {
        numero: ligne.number,
        cellules: Array.from(valeurs, (valeur, i) => {
          if (valeur === null || valeur === undefined) return { valeur };
          const cellule = ligne.getCell(i + 1);
          const lien = liensFeuille?.get(cellule.address);
          // A link keeps its text and its target, as Excel holds it.
          return { valeur: lien && (typeof valeur === "string" || typeof valeur === "number") ? { text: String(valeur), hyperlink: lien } : valeur, format: cellule.numFmt };
        }),
      };
    }
  }
}
