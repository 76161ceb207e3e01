/**
 * Writes a simulation at the selected cell: labels, the inputs as values, the
 * barème values as references to the « Barèmes LAEP » sheet's defined names,
 * and the results as live =LAEP.* formulas that recompute when an input
 * changes. Never writes over a non-empty cell unless the user said so.
 */
import type { Bareme, Decimal } from "../../core";
import { adresseDe, celluleDe, type Cellule, DERNIERE_COLONNE, DERNIERE_LIGNE } from "./adresses";
import { enregistrerBaremeClasseur, nomsDefinis, type ResultatEnregistrement } from "./feuilleBaremes";
import { texteLitteral } from "./texteLitteral";

export interface SaisiesSimulation {
  heuresOuverture: Decimal;
  heuresOrganisation: Decimal;
  charges: Decimal;
  taux: Decimal;
  prixPlafond: Decimal;
  heuresExistantes: Decimal;
  forfaitExistant: Decimal;
  baremeNouvelleHeure: Decimal;
  autresFondsNationaux: Decimal;
}

export type ResultatInsertion =
  | { statut: "ecrit"; adresse: string; bareme: ResultatEnregistrement | null }
  | { statut: "occupe"; adresse: string; message: string }
  | { statut: "conflit-bareme"; adresse: string; message: string; question: string }
  /** Nothing written, nothing to ask: the selection cannot hold the table. */
  | { statut: "refus"; message: string };

const EUROS = "#,##0.00 €";
const HEURES = "#,##0.##";

/**
 * The rows of the table, as formulas relative to its top-left cell. With a
 * barème, its values are references to its defined names; without one (values
 * typed freely), they are written as values.
 */
export function lignesSimulation(origine: Cellule, s: SaisiesSimulation, bareme: Bareme | null): { libelle: string; formule: string | number; format: string }[] {
  const noms = bareme ? nomsDefinis(bareme.code) : null;
  const duBareme = (cle: "taux" | "prixPlafond" | "baremeNouvelleHeure" | "forfaitExistant") =>
    noms && !(cle === "forfaitExistant" && bareme!.forfaitExistant === null) ? `=${noms[cle].nom}` : s[cle].toNumber();
  // Value cells are in the column right of the labels; row i of the table is origine.ligne + i.
  const v = (i: number) => adresseDe({ colonne: origine.colonne + 1, ligne: origine.ligne + i });
  return [
    { libelle: "Simulation LAEP", formule: texteLitteral(bareme ? bareme.libelle : "Barème saisi librement"), format: "General" },
    { libelle: "Heures d'ouverture", formule: s.heuresOuverture.toNumber(), format: HEURES },
    { libelle: "Heures d'organisation", formule: s.heuresOrganisation.toNumber(), format: HEURES },
    { libelle: "Charges annuelles", formule: s.charges.toNumber(), format: EUROS },
    { libelle: "Taux", formule: duBareme("taux"), format: "0.##%" },
    { libelle: "Prix plafond horaire", formule: duBareme("prixPlafond"), format: EUROS },
    { libelle: "Heures existantes (N-1)", formule: s.heuresExistantes.toNumber(), format: HEURES },
    { libelle: "Forfait horaire offre existante", formule: duBareme("forfaitExistant"), format: "#,##0.00## €" },
    { libelle: "Barème nouvelle heure", formule: duBareme("baremeNouvelleHeure"), format: EUROS },
    { libelle: "Autres fonds nationaux", formule: s.autresFondsNationaux.toNumber(), format: EUROS },
    { libelle: "Heures de fonctionnement", formule: `=LAEP.HEURES(${v(1)},${v(2)})`, format: HEURES },
    { libelle: "Subvention LAEP", formule: `=LAEP.SUBVENTION(${v(1)},${v(2)},${v(3)},${v(4)},${v(5)})`, format: EUROS },
    {
      libelle: "Bonus territoire CTG",
      formule: `=LAEP.BONUSCTG(${v(1)},${v(2)},${v(3)},${v(11)},${v(6)},${v(7)},${v(8)},${v(9)})`,
      format: EUROS,
    },
    { libelle: "Total fonds nationaux", formule: `=ROUND(${v(11)}+${v(12)}+${v(9)},2)`, format: EUROS },
    { libelle: "Reste à financer", formule: `=ROUND(${v(3)}-${v(13)},2)`, format: EUROS },
  ];
}

/** Office.js errors carry Excel.ErrorCodes in `code`. */
const codeErreur = (e: unknown) => (e as { code?: unknown })?.code;

export async function insererSimulation(
  context: Excel.RequestContext,
  saisies: SaisiesSimulation,
  bareme: Bareme | null,
  options: { remplacerCellules?: boolean; remplacerBareme?: boolean } = {},
): Promise<ResultatInsertion> {
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  const feuille = selection.worksheet;
  try {
    await context.sync();
  } catch (erreur) {
    // Several areas (Ctrl+clic), or a chart or shape selected: Excel has no single range to give.
    if (codeErreur(erreur) !== "InvalidSelection") throw erreur;
    return {
      statut: "refus",
      message: "Sélectionnez une seule cellule, là où le tableau doit commencer : la sélection actuelle a plusieurs zones ou n'est pas une plage de cellules. Rien n'a été écrit.",
    };
  }

  // A whole column or row selected: the table starts at its first cell.
  const origine = celluleDe(selection.address);
  const lignes = lignesSimulation(origine, saisies, bareme);
  const fin = { colonne: origine.colonne + 1, ligne: origine.ligne + lignes.length - 1 };
  if (fin.ligne > DERNIERE_LIGNE || fin.colonne > DERNIERE_COLONNE) {
    return {
      statut: "refus",
      message: `Le tableau occupe ${lignes.length} lignes et 2 colonnes : à partir de ${adresseDe(origine)}, il dépasserait le bord de la feuille. Sélectionnez une cellule plus haut ou plus à gauche. Rien n'a été écrit.`,
    };
  }
  const plage = feuille.getRange(`${adresseDe(origine)}:${adresseDe(fin)}`);
  plage.load("address, formulas");
  await context.sync();

  const occupe = plage.formulas.some((ligne) => ligne.some((f) => f !== "" && f !== null));
  if (occupe && !options.remplacerCellules) {
    return { statut: "occupe", adresse: plage.address, message: `Les cellules ${plage.address} ne sont pas toutes vides.` };
  }

  // The barème first: the formulas refer to its names.
  const bareme_ = bareme ? await enregistrerBaremeClasseur(context, bareme, { remplacer: options.remplacerBareme }) : null;
  if (bareme_?.statut === "conflit") return { statut: "conflit-bareme", adresse: bareme_.adresse, message: bareme_.message, question: bareme_.question };

  plage.numberFormat = lignes.map((l) => ["General", l.format]);
  plage.formulas = lignes.map((l) => [texteLitteral(l.libelle), l.formule]);
  plage.getCell(0, 0).format.font.bold = true;
  // From « Heures de fonctionnement » to « Reste à financer »: the results.
  plage.getCell(10, 0).getResizedRange(lignes.length - 11, 1).format.font.bold = true;
  await context.sync();
  return { statut: "ecrit", adresse: plage.address, bareme: bareme_ };
}
