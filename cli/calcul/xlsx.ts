/**
 * XLSX in, XLSX out, streamed (ExcelJS's streaming reader and writer): the
 * first sheet, or the one named with --feuille. Other columns are carried
 * through as they are (values, and formulas with their saved result).
 */
import ExcelJS from "exceljs";
import { stat } from "node:fs/promises";
import { ErreurCli } from "../erreurs";
import { progression } from "../progression";
import { Bilan } from "./bilan";
import { type CleEntree, COLONNES_RESULTATS, reperer } from "./colonnes";
import { calculerLigne, type Cellule, FORMULE_SANS_VALEUR, type Resultat } from "./ligne";
import { lireStyles } from "./stylesXlsx";

type Valeur = ExcelJS.CellValue;

// ExcelJS's own date-format test, the one its reader applies to plain cells
// (an internal module, as in stylesXlsx.ts: no type declarations).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isDateFmt } = require("exceljs/lib/utils/utils") as { isDateFmt(format: string | undefined): boolean };

/**
 * A spreadsheet value as the row calculator reads it. `format` is the cell's
 * number format: a number shown as a date (the reader turns plain cells into
 * Date, not formula results) is a date, refused where an amount is expected,
 * never read as its serial number. A formula whose result was never saved
 * is FORMULE_SANS_VALEUR, never 0.
 */
export function versCellule(v: Valeur, format?: string): Cellule {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return isDateFmt(format) ? new Date(0) : v;
  if (typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    if ("error" in v) return { erreur: String(v.error) };
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const resultat = (v as { result?: Valeur }).result;
      return resultat === undefined || resultat === null ? FORMULE_SANS_VALEUR : versCellule(resultat, format);
    }
    if ("text" in v) return String(v.text);
  }
  return String(v);
}

/** A header cell as text. */
function texte(v: Valeur): string {
  const c = versCellule(v);
  return c === null || c === undefined || c === FORMULE_SANS_VALEUR ? "" : typeof c === "object" && !(c instanceof Date) ? c.erreur : String(c);
}

/** What to write back for a carried cell: formulas keep their text and saved result. */
function recopie(v: Valeur): Valeur {
  if (v && typeof v === "object" && "sharedFormula" in v) return (v as { result?: Valeur }).result ?? null;
  if (v && typeof v === "object" && "formula" in v && !(v as { formula: string }).formula) return (v as { result?: Valeur }).result ?? null;
  return v ?? null;
}

function nombresResultats(r: { resultat: Resultat } | { erreur: string }): Valeur[] {
  if ("erreur" in r) return [null, null, null, null, null, null, r.erreur];
  const x = r.resultat;
  const nombres: Valeur[] = [x.heuresFonctionnement, x.subvention, x.bonusCtg, x.ecretement, x.totalFondsNationaux, x.resteAFinancer].map((d) => d.toNumber());
  return [...nombres, ""];
}

export async function calculerXlsx(entree: string, sortie: string, feuille: string | undefined): Promise<Bilan> {
  const barre = progression((await stat(entree)).size * 4, "Calcul");
  const bilan = new Bilan();
  let styles: object | null;
  try {
    styles = await lireStyles(entree);
  } catch (erreur) {
    if (erreur instanceof ErreurCli) throw erreur;
    throw new ErreurCli(`Le fichier ${entree} n'est pas un classeur .xlsx lisible (${(erreur as Error).message}).`);
  }
  // Styles read beforehand (see stylesXlsx.ts), handed to the reader, which then must not replace them.
  const lecteur = new ExcelJS.stream.xlsx.WorkbookReader(entree, { sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "ignore" });
  if (styles !== null) (lecteur as unknown as { styles: object }).styles = styles;
  const ecrivain = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: sortie, useStyles: false, useSharedStrings: false });
  const vues: string[] = [];
  let trouvee = false;

  try {
    for await (const onglet of lecteur) {
      const nom = (onglet as unknown as { name: string }).name;
      vues.push(nom);
      if (trouvee || (feuille !== undefined && nom !== feuille)) {
        for await (const _ligne of onglet) void _ligne; // drain the sheet we do not use
        continue;
      }
      trouvee = true;
      const cible = ecrivain.addWorksheet(nom);
      let index: Partial<Record<CleEntree, number>> | null = null;
      let largeur = 0;
      for await (const ligne of onglet) {
        const valeurs = (ligne.values as Valeur[]).slice(1);
        if (index === null) {
          const entete = valeurs.map(texte);
          index = reperer(entete);
          largeur = entete.length;
          cible.addRow([...valeurs.map(recopie), ...COLONNES_RESULTATS]).commit();
          continue;
        }
        if (valeurs.every((v) => v === null || v === undefined || texte(v).trim() === "")) continue;
        const cellules: Partial<Record<CleEntree, Cellule>> = {};
        for (const [cle, i] of Object.entries(index) as [CleEntree, number][]) cellules[cle] = versCellule(valeurs[i], ligne.getCell(i + 1).numFmt);
        const r =
          valeurs.length > largeur
            ? { erreur: `la ligne a ${valeurs.length} colonnes, l'en-tête en a ${largeur} : les colonnes en trop sont gardées à la fin` }
            : calculerLigne(cellules, "francaise");
        bilan.ajouter(ligne.number, r);
        const base = valeurs.slice(0, largeur).map(recopie);
        while (base.length < largeur) base.push(null);
        cible.addRow([...base, ...nombresResultats(r), ...valeurs.slice(largeur).map(recopie)]).commit();
        barre.avancer(bilan.lignes * 100);
      }
      if (index === null) throw new ErreurCli(`La feuille « ${nom} » de ${entree} est vide : la première ligne doit nommer les colonnes.`);
      cible.commit();
    }
  } catch (erreur) {
    if (erreur instanceof ErreurCli) throw erreur;
    throw new ErreurCli(`Le fichier ${entree} n'est pas un classeur .xlsx lisible (${(erreur as Error).message}).`);
  }
  if (!trouvee) {
    throw new ErreurCli(
      feuille === undefined ? `Le classeur ${entree} ne contient aucune feuille.` : `Pas de feuille « ${feuille} » dans ${entree} : feuilles présentes : ${vues.join(", ")}.`,
    );
  }
  await ecrivain.commit();
  barre.finir();
  return bilan;
}
