/**
 * The « Barèmes LAEP » sheet: the barèmes of the workbook, one row per year,
 * with their source, and a defined name per value (LAEP_2025_TAUX…) that the
 * inserted simulations refer to. Everyone who opens the workbook computes
 * with the same figures.
 *
 * People edit that sheet by hand: rows cleared, moved, typed or pasted, a code
 * entered twice, a name redefined. The add-in reads it as Excel stores it,
 * numbers each row as Excel does, never writes over a row that holds data,
 * and never moves a name without asking: a name pointing at the wrong row
 * would make every simulation that uses it compute with another barème's
 * figures, silently.
 */
import { type Bareme, lireBareme, stockerBareme } from "../../core";
import { adresseDe, feuilleEnFormule } from "./adresses";
import { ligneBareme } from "./ligneBareme";
import { texteLitteral } from "./texteLitteral";

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

const DERNIERE_COLONNE = "J";

/** Defined names of a barème's values, and the column each refers to. */
export function nomsDefinis(code: string) {
  return {
    taux: { nom: `LAEP_${code}_TAUX`, colonne: 2 },
    prixPlafond: { nom: `LAEP_${code}_PRIX_PLAFOND`, colonne: 3 },
    baremeNouvelleHeure: { nom: `LAEP_${code}_BAREME_NOUVELLE_HEURE`, colonne: 4 },
    forfaitExistant: { nom: `LAEP_${code}_FORFAIT_EXISTANT`, colonne: 5 },
  } as const;
}

// Text columns stay General: the text is written behind an apostrophe (see texteLitteral).
const FORMATS = ["General", "General", "0.00%", "#,##0.00 €", "#,##0.00 €", "#,##0.0000 €", "General", "General", "General", "General"];

export class ErreurClasseur extends Error {}

interface Ligne {
  /** The row number Excel shows. */
  numero: number;
  valeurs: unknown[];
}

interface LignesFeuille {
  feuille: Excel.Worksheet;
  /** Rows below the header that hold something in A:J, numbered as in Excel. */
  lignes: Ligne[];
  /** The first row below everything the sheet holds. */
  ligneLibre: number;
}

const enTete = `La feuille « ${NOM_FEUILLE_BAREMES} »`;

/** The sheet and its rows, or null when the workbook has none. Refuses a sheet of that name that is not ours. */
async function lireFeuille(context: Excel.RequestContext): Promise<LignesFeuille | null> {
  const feuille = context.workbook.worksheets.getItemOrNullObject(NOM_FEUILLE_BAREMES);
  await context.sync();
  if (feuille.isNullObject) return null;
  const utilisee = feuille.getUsedRangeOrNullObject(true);
  utilisee.load("values, rowIndex, columnIndex, rowCount");
  await context.sync();
  if (utilisee.isNullObject) return { feuille, lignes: [], ligneLibre: 2 };
  const valeurs = utilisee.values;
  const entete = utilisee.rowIndex === 0 && utilisee.columnIndex === 0 ? valeurs[0] : [];
  if (COLONNES_BAREMES.some((c, i) => entete[i] !== c)) {
    throw new ErreurClasseur(
      `${enTete} existe mais n'a pas les colonnes attendues (${COLONNES_BAREMES.join(", ")}) en ligne 1 : renommez-la pour que le complément en crée une nouvelle.`,
    );
  }
  const lignes: Ligne[] = [];
  valeurs.forEach((l, i) => {
    const dix = l.slice(0, COLONNES_BAREMES.length);
    if (i > 0 && dix.some((v) => v !== "" && v !== null)) lignes.push({ numero: utilisee.rowIndex + i + 1, valeurs: dix });
  });
  return { feuille, lignes, ligneLibre: utilisee.rowIndex + utilisee.rowCount + 1 };
}

/** A row as a barème, or what is wrong with it. */
function lireLigne(l: Ligne): { bareme: Bareme } | { erreurs: string[] } {
  const brut = ligneBareme(l.valeurs);
  return "erreurs" in brut ? brut : lireBareme(brut.brut, "francaise");
}

const codeDe = (l: Ligne) => String(l.valeurs[0] ?? "").trim().toUpperCase();

/** Rows sharing a code: the names can point at only one of them. */
function doublons(lignes: Ligne[]): Map<string, number[]> {
  const parCode = new Map<string, number[]>();
  for (const l of lignes) {
    const code = codeDe(l);
    if (code) parCode.set(code, [...(parCode.get(code) ?? []), l.numero]);
  }
  return new Map([...parCode].filter(([, n]) => n.length > 1));
}

function messageDoublon(code: string, numeros: number[]): string {
  return `Le code ${code} figure sur plusieurs lignes de « ${NOM_FEUILLE_BAREMES} » (lignes ${numeros.join(", ")}) : gardez-en une seule, les formules ne peuvent suivre qu'un barème par code.`;
}

/** Where a barème's value must be: « 'Barèmes LAEP'!$C$5 ». */
function referenceAttendue(colonne: number, ligne: number): string {
  return `=${feuilleEnFormule(NOM_FEUILLE_BAREMES)}!$${adresseDe({ colonne, ligne }).replace(/(\d+)$/, "$$$1")}`;
}

/** Cell of « Feuille!C5 » / « 'Feuille'!$C$5 », in upper case, for comparison. */
function celluleDeReference(adresse: string): string {
  return adresse.replace(/^=/, "").replace(/\$/g, "").toUpperCase();
}

interface EtatNom {
  nom: string;
  attendu: string;
  /** Where the name points now, null when it does not exist. */
  actuel: string | null;
  juste: boolean;
}

/** Where each name of the barème on row `ligne` points, in two syncs whatever the number of barèmes. */
async function etatNoms(context: Excel.RequestContext, demandes: { code: string; ligne: number }[]): Promise<EtatNom[][]> {
  const items = demandes.map(({ code }) => Object.values(nomsDefinis(code)).map(({ nom }) => context.workbook.names.getItemOrNullObject(nom)));
  await context.sync();
  const plages = items.map((l) =>
    l.map((item) => {
      if (item.isNullObject) return null;
      item.load("value");
      const plage = item.getRangeOrNullObject();
      plage.load("address");
      return plage;
    }),
  );
  await context.sync();
  return demandes.map(({ code, ligne }, i) =>
    Object.values(nomsDefinis(code)).map(({ nom, colonne }, j) => {
      const attendu = referenceAttendue(colonne, ligne);
      const item = items[i][j];
      const plage = plages[i][j];
      if (item.isNullObject || plage === null) return { nom, attendu, actuel: null, juste: false };
      const actuel = plage.isNullObject ? String(item.value) : plage.address;
      return { nom, attendu, actuel, juste: !plage.isNullObject && celluleDeReference(plage.address) === celluleDeReference(attendu) };
    }),
  );
}

function messageNomDeplace(code: string, ligne: number, n: EtatNom): string {
  return `Le nom ${n.nom} désigne ${n.actuel} et non la ligne ${ligne} du barème ${code} : les formules qui l'utilisent ne calculent pas avec ce barème.`;
}

/** Every barème of the workbook; a row that cannot be read is reported, not dropped silently. */
export async function lireBaremesClasseur(context: Excel.RequestContext): Promise<{ baremes: Bareme[]; erreurs: string[] }> {
  const lues = await lireFeuille(context);
  const baremes: { bareme: Bareme; ligne: number }[] = [];
  const erreurs: string[] = [];
  const enDouble = doublons(lues?.lignes ?? []);
  for (const [code, numeros] of enDouble) erreurs.push(messageDoublon(code, numeros));
  for (const l of lues?.lignes ?? []) {
    const lu = lireLigne(l);
    if ("erreurs" in lu) erreurs.push(`Ligne ${l.numero} de « ${NOM_FEUILLE_BAREMES} » : ${lu.erreurs.join(" ; ")}`);
    else if (!enDouble.has(lu.bareme.code)) baremes.push({ bareme: lu.bareme, ligne: l.numero });
  }
  const noms = await etatNoms(context, baremes.map((b) => ({ code: b.bareme.code, ligne: b.ligne })));
  baremes.forEach(({ bareme, ligne }, i) => {
    // A missing name shows as #NOM? in its cells; a name moved elsewhere computes wrong figures without a sign.
    for (const n of noms[i]) if (n.actuel !== null && !n.juste) erreurs.push(`${messageNomDeplace(bareme.code, ligne, n)} Enregistrez de nouveau le barème ${bareme.code} pour le corriger.`);
  });
  return { baremes: baremes.map((b) => b.bareme), erreurs };
}

/** The row as written: numbers as numbers, text behind an apostrophe so that Excel keeps it as typed. */
function ligneDe(b: Bareme): (string | number)[] {
  const t = (s: string) => (s === "" ? "" : texteLitteral(s));
  return [
    t(b.code),
    t(b.libelle),
    b.taux.toNumber(),
    b.prixPlafond.toNumber(),
    b.baremeNouvelleHeure.toNumber(),
    b.forfaitExistant === null ? "" : b.forfaitExistant.toNumber(),
    t(b.source),
    t(b.lien ?? ""),
    t(b.verifieLe ?? ""),
    t(b.fictif ? "oui" : "non"),
  ];
}

const memes = (a: Bareme, b: Bareme) => JSON.stringify(stockerBareme(a)) === JSON.stringify(stockerBareme(b));

export type ResultatEnregistrement =
  | { statut: "ecrit"; adresse: string; nouvelleFeuille: boolean }
  | { statut: "inchange"; adresse: string }
  | { statut: "conflit"; adresse: string; message: string; question: string };

/**
 * Writes a barème as a row of the sheet (created with its header if needed)
 * and defines its names. A row of the same code with other values, or a name
 * of the barème that points elsewhere, is replaced only when `remplacer` is
 * true: otherwise nothing is written and the caller asks the user. A new row
 * goes below everything the sheet holds, never on a row that holds data.
 */
export async function enregistrerBaremeClasseur(
  context: Excel.RequestContext,
  bareme: Bareme,
  options: { remplacer?: boolean } = {},
): Promise<ResultatEnregistrement> {
  const lues = await lireFeuille(context);
  const lignes = lues?.lignes ?? [];
  const memeCode = lignes.filter((l) => codeDe(l) === bareme.code);
  if (memeCode.length > 1) throw new ErreurClasseur(messageDoublon(bareme.code, memeCode.map((l) => l.numero)));
  const existante = memeCode[0];
  const ligneExcel = existante?.numero ?? lues?.ligneLibre ?? 2;
  const adresse = `${NOM_FEUILLE_BAREMES}!A${ligneExcel}:${DERNIERE_COLONNE}${ligneExcel}`;

  const lue = existante ? lireLigne(existante) : null;
  const aJour = lue !== null && "bareme" in lue && memes(lue.bareme, bareme);
  const noms = await etatNoms(context, [{ code: bareme.code, ligne: ligneExcel }]).then((n) => n[0]);
  const deplaces = noms.filter((n) => n.actuel !== null && !n.juste);

  if (!options.remplacer) {
    if (existante && !aJour) {
      return {
        statut: "conflit",
        adresse,
        message: `${enTete} contient déjà un barème ${bareme.code} avec d'autres valeurs (ligne ${ligneExcel}).`,
        question: "Remplacer cette ligne par ces valeurs ? Les formules qui l'utilisent seront recalculées.",
      };
    }
    if (deplaces.length > 0) {
      return {
        statut: "conflit",
        adresse,
        message: deplaces.map((n) => messageNomDeplace(bareme.code, ligneExcel, n)).join(" "),
        question: `Faire désigner ${deplaces.length > 1 ? "ces noms" : "ce nom"} la ligne ${ligneExcel} ? Les formules qui ${deplaces.length > 1 ? "les" : "l'"}utilisent seront recalculées.`,
      };
    }
  }
  if (aJour && noms.every((n) => n.juste)) return { statut: "inchange", adresse };

  const nouvelleFeuille = lues === null;
  const feuille = lues?.feuille ?? context.workbook.worksheets.add(NOM_FEUILLE_BAREMES);
  if (nouvelleFeuille) {
    const entete = feuille.getRange(`A1:${DERNIERE_COLONNE}1`);
    entete.values = [[...COLONNES_BAREMES]];
    entete.format.font.bold = true;
  }
  const ligne = feuille.getRange(`A${ligneExcel}:${DERNIERE_COLONNE}${ligneExcel}`);
  if (!existante && !nouvelleFeuille) {
    // Below the used range, yet a cell may hold a formula whose result is empty: check before writing.
    ligne.load("formulas");
    await context.sync();
    if (ligne.formulas[0].some((f) => f !== "" && f !== null)) {
      throw new ErreurClasseur(`La ligne ${ligneExcel} de « ${NOM_FEUILLE_BAREMES} » n'est pas vide : le barème n'a pas été écrit.`);
    }
  }
  if (!aJour) {
    ligne.numberFormat = [FORMATS];
    ligne.values = [ligneDe(bareme)];
  }
  for (const n of noms) {
    if (n.juste) continue;
    if (n.actuel !== null) context.workbook.names.getItemOrNullObject(n.nom).delete();
    context.workbook.names.add(n.nom, n.attendu);
  }
  await context.sync();
  return { statut: "ecrit", adresse, nouvelleFeuille };
}
