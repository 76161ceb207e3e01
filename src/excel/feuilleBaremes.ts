/**
 * The « Barèmes LAEP » sheet: the barèmes of the workbook, one row per year,
 * with their source, and a defined name per value (LAEP_2025_TAUX…) that the
 * inserted simulations refer to. Everyone who opens the workbook computes
 * with the same figures.
 */
import { type Bareme, lireBareme } from "../../core";
import { adresseDe, feuilleEnFormule } from "./adresses";

export const NOM_FEUILLE_BAREMES = "Barèmes LAEP";

export const COLONNES_BAREMES = [
  "Code",
  "Libellé",
  "Taux",
  "Prix plafond horaire",
  "Barème nouvelle heure",
  "Forfait horaire offre existante",
  "Source",
  "Lien",
  "Vérifié le",
  "Fictif",
] as const;

/** Defined names of a barème's values, and the column each refers to. */
export function nomsDefinis(code: string) {
  return {
    taux: { nom: `LAEP_${code}_TAUX`, colonne: 2 },
    prixPlafond: { nom: `LAEP_${code}_PRIX_PLAFOND`, colonne: 3 },
    baremeNouvelleHeure: { nom: `LAEP_${code}_BAREME_NOUVELLE_HEURE`, colonne: 4 },
    forfaitExistant: { nom: `LAEP_${code}_FORFAIT_EXISTANT`, colonne: 5 },
  } as const;
}

const FORMATS = ["@", "@", "0.00%", "#,##0.00 €", "#,##0.00 €", "#,##0.0000 €", "@", "@", "@", "@"];

export class ErreurClasseur extends Error {}

interface LignesFeuille {
  feuille: Excel.Worksheet;
  /** Data rows (without the header), as read. */
  lignes: unknown[][];
}

/** The sheet and its rows, or null when the workbook has none. Refuses a sheet of that name that is not ours. */
async function lireFeuille(context: Excel.RequestContext): Promise<LignesFeuille | null> {
  const feuille = context.workbook.worksheets.getItemOrNullObject(NOM_FEUILLE_BAREMES);
  await context.sync();
  if (feuille.isNullObject) return null;
  const utilisee = feuille.getUsedRangeOrNullObject(true);
  utilisee.load("values, rowIndex, columnIndex");
  await context.sync();
  if (utilisee.isNullObject) return { feuille, lignes: [] };
  const valeurs = utilisee.values;
  const entete = utilisee.rowIndex === 0 && utilisee.columnIndex === 0 ? valeurs[0] : [];
  if (COLONNES_BAREMES.some((c, i) => entete[i] !== c)) {
    throw new ErreurClasseur(
      `La feuille « ${NOM_FEUILLE_BAREMES} » existe mais n'a pas les colonnes attendues (${COLONNES_BAREMES.join(", ")}) en ligne 1 : renommez-la pour que le complément en crée une nouvelle.`,
    );
  }
  return { feuille, lignes: valeurs.slice(1).filter((l) => l.some((v) => v !== "" && v !== null)) };
}

/** Every barème of the workbook; a row that cannot be read is reported, not dropped silently. */
export async function lireBaremesClasseur(context: Excel.RequestContext): Promise<{ baremes: Bareme[]; erreurs: string[] }> {
  const lues = await lireFeuille(context);
  const baremes: Bareme[] = [];
  const erreurs: string[] = [];
  lues?.lignes.forEach((ligne, i) => {
    const [code, libelle, taux, prixPlafond, baremeNouvelleHeure, forfaitExistant, source, lien, verifieLe, fictif] = ligne;
    const lu = lireBareme({
      code: String(code),
      libelle: String(libelle),
      taux,
      prixPlafond,
      baremeNouvelleHeure,
      forfaitExistant: forfaitExistant === "" ? null : forfaitExistant,
      source: String(source),
      lien: lien === "" ? null : String(lien),
      verifieLe: verifieLe === "" ? null : String(verifieLe),
      fictif: fictif === "oui" || fictif === true,
    }, "francaise");
    if ("erreurs" in lu) erreurs.push(`Ligne ${i + 2} de « ${NOM_FEUILLE_BAREMES} » : ${lu.erreurs.join(" ; ")}`);
    else baremes.push(lu.bareme);
  });
  return { baremes, erreurs };
}

function ligneDe(b: Bareme): (string | number)[] {
  return [
    b.code,
    b.libelle,
    b.taux.toNumber(),
    b.prixPlafond.toNumber(),
    b.baremeNouvelleHeure.toNumber(),
    b.forfaitExistant === null ? "" : b.forfaitExistant.toNumber(),
    b.source,
    b.lien ?? "",
    b.verifieLe ?? "",
    b.fictif ? "oui" : "non",
  ];
}

function identique(ligne: unknown[], attendue: (string | number)[]): boolean {
  return attendue.every((v, i) => String(ligne[i]) === String(v));
}

export type ResultatEnregistrement =
  | { statut: "ecrit"; adresse: string; nouvelleFeuille: boolean }
  | { statut: "inchange"; adresse: string }
  | { statut: "conflit"; adresse: string; message: string };

/**
 * Writes a barème as a row of the sheet (created with its header if needed)
 * and (re)defines its names. A row of the same code with other values is
 * replaced only when `remplacer` is true: otherwise nothing is written and the
 * caller asks the user.
 */
export async function enregistrerBaremeClasseur(
  context: Excel.RequestContext,
  bareme: Bareme,
  options: { remplacer?: boolean } = {},
): Promise<ResultatEnregistrement> {
  const lues = await lireFeuille(context);
  const nouvelleFeuille = lues === null;
  const feuille = lues?.feuille ?? context.workbook.worksheets.add(NOM_FEUILLE_BAREMES);
  const lignes = lues?.lignes ?? [];
  if (nouvelleFeuille) {
    const entete = feuille.getRange(`A1:${String.fromCharCode(64 + COLONNES_BAREMES.length)}1`);
    entete.values = [[...COLONNES_BAREMES]];
    entete.format.font.bold = true;
  }

  const valeurs = ligneDe(bareme);
  const index = lignes.findIndex((l) => String(l[0]) === bareme.code);
  const ligneExcel = index >= 0 ? index + 2 : lignes.length + 2;
  const adresse = `${NOM_FEUILLE_BAREMES}!A${ligneExcel}:J${ligneExcel}`;
  if (index >= 0 && identique(lignes[index], valeurs)) {
    await definirNoms(context, bareme.code, ligneExcel);
    return { statut: "inchange", adresse };
  }
  if (index >= 0 && !options.remplacer) {
    return {
      statut: "conflit",
      adresse,
      message: `La feuille « ${NOM_FEUILLE_BAREMES} » contient déjà un barème ${bareme.code} avec d'autres valeurs (ligne ${ligneExcel}).`,
    };
  }

  const ligne = feuille.getRange(`A${ligneExcel}:J${ligneExcel}`);
  ligne.numberFormat = [FORMATS];
  ligne.values = [valeurs];
  await definirNoms(context, bareme.code, ligneExcel);
  await context.sync();
  return { statut: "ecrit", adresse, nouvelleFeuille };
}

async function definirNoms(context: Excel.RequestContext, code: string, ligne: number): Promise<void> {
  for (const { nom, colonne } of Object.values(nomsDefinis(code))) {
    const existant = context.workbook.names.getItemOrNullObject(nom);
    await context.sync();
    if (!existant.isNullObject) existant.delete();
    const cellule = adresseDe({ colonne, ligne }).replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
    context.workbook.names.add(nom, `=${feuilleEnFormule(NOM_FEUILLE_BAREMES)}!${cellule}`);
  }
  await context.sync();
}
