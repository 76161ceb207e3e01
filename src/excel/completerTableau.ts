/**
 * « Compléter un tableau »: the officer's own portfolio table (a range with a
 * header row, or an Excel table) gets live formula columns appended, and a
 * totals row. Two steps, so that she sees which column feeds which input
 * before anything is written: `reconnaitreTableau` reads, `completerTableau`
 * writes (after reading again: the sheet may have changed in between). Never
 * writes over a non-empty cell unless she said so.
 */
import type { Bareme } from "../../core";
import { adresseDe, celluleDe, lettresColonne } from "./adresses";
import { enregistrerBaremeClasseur, type ResultatEnregistrement } from "./feuilleBaremes";
import { COLONNES_AJOUTEES, correspondances, FORMATS_AJOUTES, formulesLigne, formulesTotaux, type Plan, planifier } from "./planCompletion";
import { texteLitteral } from "./texteLitteral";

/** Rows read or written per sync: one request of a few thousand cells, well under Office's payload limits. */
export const LIGNES_PAR_LOT = 1000;

export interface Reconnaissance {
  statut: "reconnu";
  /** The table as Excel names it (« Feuil1!A1:K2001 »). */
  adresse: string;
  plan: Plan;
  correspondances: { donnee: string; source: string }[];
  /** Where the columns and the totals go. */
  cible: string;
  /** Said before writing; none blocks it. */
  avertissements: string[];
  /** The target cells that are not empty, or null. */
  occupe: string | null;
}

export type ResultatReconnaissance = Reconnaissance | { statut: "refus"; message: string };

export type ResultatCompletion =
  | { statut: "ecrit"; adresse: string; lignes: number; totaux: string; bareme: ResultatEnregistrement | null }
  | { statut: "occupe"; message: string }
  | { statut: "conflit-bareme"; message: string; question: string }
  | { statut: "refus"; message: string };

const codeErreur = (e: unknown) => (e as { code?: unknown })?.code;

/** The rows of a table, a batch at a time (one sync per batch). */
async function lireParLots(context: Excel.RequestContext, feuille: Excel.Worksheet, colonnes: [number, number], lignes: [number, number], propriete: "values" | "formulas"): Promise<unknown[][]> {
  const plages: Excel.Range[] = [];
  for (let debut = lignes[0]; debut <= lignes[1]; debut += LIGNES_PAR_LOT) {
    const fin = Math.min(lignes[1], debut + LIGNES_PAR_LOT - 1);
    const p = feuille.getRange(`${adresseDe({ colonne: colonnes[0], ligne: debut })}:${adresseDe({ colonne: colonnes[1], ligne: fin })}`);
    p.load(propriete);
    plages.push(p);
    await context.sync();
  }
  return plages.flatMap((p) => p[propriete] as unknown[][]);
}

/** « 'Mon onglet'!A1:K9 » → « Mon onglet ». */
function feuilleDe(adresse: string): string {
  const nom = adresse.slice(0, adresse.lastIndexOf("!"));
  return nom.startsWith("'") ? nom.slice(1, -1).replace(/''/g, "'") : nom;
}

const vide = (v: unknown) => v === "" || v === null || v === undefined;

/** Row numbers as a short French list: « 7, 12 et 3 autres ». */
function listeLignes(numeros: number[]): string {
  const premiers = numeros.slice(0, 5);
  const autres = numeros.length - premiers.length;
  if (autres > 0) return `${premiers.join(", ")} et ${autres} autre${autres > 1 ? "s" : ""}`;
  return premiers.length === 1 ? String(premiers[0]) : `${premiers.slice(0, -1).join(", ")} et ${premiers[premiers.length - 1]}`;
}

/**
 * Territory names SOMME.SI would not match as typed: a criterion with * ? ~
 * is a pattern, one starting with < > = a comparison, and surrounding spaces
 * make « Nord » and « Nord  » two territories no one can tell apart.
 */
function problemesTerritoires(p: Plan, valeurs: unknown[][]): { bloquants: string[]; avertissements: string[] } {
  const o = p.origines;
  if (!p.campagne || !o.territoire || !("colonne" in o.territoire)) return { bloquants: [], avertissements: [] };
  const it = o.territoire.colonne;
  const forfait = o.forfaitExistant && "colonne" in o.forfaitExistant ? o.forfaitExistant.colonne : -1;
  const speciaux = new Set<string>();
  const espaces = new Set<string>();
  const sansTerritoire: number[] = [];
  valeurs.forEach((ligne, i) => {
    const v = ligne[it];
    if (vide(v)) {
      if (ligne.some((x) => !vide(x)) && (forfait < 0 || vide(ligne[forfait]))) sansTerritoire.push(p.premiereLigne + i);
      return;
    }
    const t = String(v);
    if (/[*?~]|^[<>=]/.test(t)) speciaux.add(t);
    if (t !== t.trim()) espaces.add(t);
  });
  const bloquants: string[] = [];
  if (speciaux.size > 0) bloquants.push(`Territoire${speciaux.size > 1 ? "s" : ""} ${[...speciaux].map((t) => `« ${t} »`).join(", ")} : SOMME.SI lit * ? ~ comme des jokers et < > = comme une comparaison. Renommez ${speciaux.size > 1 ? "ces territoires" : "ce territoire"} sans ces caractères.`);
  if (espaces.size > 0) bloquants.push(`Territoire${espaces.size > 1 ? "s" : ""} ${[...espaces].map((t) => `« ${t} »`).join(", ")} : des espaces au début ou à la fin, que SOMME.SI distinguerait du même nom sans espace. Retirez-les.`);
  const avertissements =
    sansTerritoire.length > 0 ? [`Ligne${sansTerritoire.length > 1 ? "s" : ""} ${listeLignes(sansTerritoire)} : territoire vide et pas de forfait saisi, leur forfait sera #N/A.`] : [];
  return { bloquants, avertissements };
}

export async function reconnaitreTableau(context: Excel.RequestContext, bareme: Bareme | null, { region = false }: { region?: boolean } = {}): Promise<ResultatReconnaissance> {
  let selection = context.workbook.getSelectedRange();
  selection.load("address, rowCount, columnCount");
  try {
    await context.sync();
  } catch (erreur) {
    if (codeErreur(erreur) !== "InvalidSelection") throw erreur;
    return { statut: "refus", message: "Sélectionnez votre tableau (une seule zone de cellules, ligne d'en-tête comprise). Rien n'a été écrit." };
  }
  if (selection.rowCount === 1 && selection.columnCount === 1) {
    if (!region) return { statut: "refus", message: "Sélectionnez tout le tableau, ligne d'en-tête comprise (cette version d'Excel ne sait pas le retrouver à partir d'une seule cellule). Rien n'a été écrit." };
    // One cell of the table: the table is the block of filled cells around it, as Ctrl+A finds it.
    selection = selection.getSurroundingRegion();
    selection.load("address, rowCount, columnCount");
    await context.sync();
  }
  if (selection.rowCount > 200_000) {
    return { statut: "refus", message: "La sélection compte plus de 200 000 lignes (des colonnes entières ?) : sélectionnez le tableau lui-même. Rien n'a été écrit." };
  }
  const feuille = selection.worksheet;
  const origine = celluleDe(selection.address);
  const derniereColonne = origine.colonne + selection.columnCount - 1;
  const entete = selection.getCell(0, 0).getResizedRange(0, selection.columnCount - 1);
  entete.load("values");
  await context.sync();
  const textes = (entete.values[0] as unknown[]).map((v) => (vide(v) ? "" : String(v)));

  // Rows below the header; blank rows at the end of a selection are not LAEP.
  const corps = selection.rowCount > 1 ? await lireParLots(context, feuille, [origine.colonne, derniereColonne], [origine.ligne + 1, origine.ligne + selection.rowCount - 1], "values") : [];
  let lignes = corps.length;
  while (lignes > 0 && corps[lignes - 1].every(vide)) lignes--;

  const r = planifier(textes, { ligneEntete: origine.ligne, premiereColonne: origine.colonne, lignes }, bareme);
  if ("erreurs" in r) return { statut: "refus", message: `${r.erreurs.join(" ")} Rien n'a été écrit.` };
  const plan = r.plan;
  const territoires = problemesTerritoires(plan, corps.slice(0, lignes));
  if (territoires.bloquants.length > 0) return { statut: "refus", message: `${territoires.bloquants.join(" ")} Rien n'a été écrit.` };

  // The cells to be written: the appended columns from the header down, and the totals row.
  const finAjout = plan.colonneAjout + COLONNES_AJOUTEES.length - 1;
  const colonnesCible = await lireParLots(context, feuille, [plan.colonneAjout, finAjout], [plan.ligneEntete, plan.derniereLigne], "formulas");
  const totaux = await lireParLots(context, feuille, [plan.premiereColonne, finAjout], [plan.ligneTotaux, plan.ligneTotaux], "formulas");
  const occupees = [...colonnesCible, ...totaux].some((l) => l.some((v) => !vide(v)));
  const cible = `${lettresColonne(plan.colonneAjout)}${plan.ligneEntete}:${lettresColonne(finAjout)}${plan.derniereLigne}`;
  const avertissements = [...territoires.avertissements];
  if (plan.dejaCompletee) avertissements.unshift("Ce tableau a déjà été complété : ses colonnes de résultat seront réécrites.");
  if (plan.bareme?.fictif) avertissements.push(`Le barème choisi, ${plan.bareme.libelle}, est fictif : pour un dossier réel, choisissez les barèmes de l'année publiés par la Cnaf.`);
  return {
    statut: "reconnu",
    adresse: selection.address,
    plan,
    correspondances: correspondances(plan),
    cible: `colonnes ${cible}, totaux en ligne ${plan.ligneTotaux}`,
    avertissements,
    occupe: occupees ? `Les cellules ${cible} ou la ligne ${plan.ligneTotaux} ne sont pas toutes vides.` : null,
  };
}

/**
 * Writes what `reconnaitreTableau` proposed for the table at `adresse`.
 * Formulas go a batch of rows at a time, one sync per batch: a 2 000-row
 * table is two requests, not 2 000.
 */
export async function completerTableau(
  context: Excel.RequestContext,
  adresse: string,
  bareme: Bareme | null,
  options: { region?: boolean; remplacerCellules?: boolean; remplacerBareme?: boolean } = {},
): Promise<ResultatCompletion> {
  const r = await reconnaitreTableau(context, bareme, { region: options.region });
  if (r.statut === "refus") return r;
  if (r.adresse !== adresse) return { statut: "refus", message: `La sélection a changé (${r.adresse} au lieu de ${adresse}) : cliquez de nouveau sur « Reconnaître le tableau ». Rien n'a été écrit.` };
  if (r.occupe && !options.remplacerCellules) return { statut: "occupe", message: r.occupe };
  const plan = r.plan;

  // The barème first: the formulas refer to its names.
  const ecrit = plan.bareme ? await enregistrerBaremeClasseur(context, plan.bareme, { remplacer: options.remplacerBareme }) : null;
  if (ecrit?.statut === "conflit") return { statut: "conflit-bareme", message: ecrit.message, question: ecrit.question };

  // The table's sheet by name: writing the barème may have changed the active sheet.
  const feuille = context.workbook.worksheets.getItemOrNullObject(feuilleDe(r.adresse));
  const colonne = (i: number) => lettresColonne(plan.colonneAjout + i);
  const fin = colonne(COLONNES_AJOUTEES.length - 1);
  const entete = feuille.getRange(`${colonne(0)}${plan.ligneEntete}:${fin}${plan.ligneEntete}`);
  entete.numberFormat = [COLONNES_AJOUTEES.map(() => "General")];
  entete.formulas = [COLONNES_AJOUTEES.map((n) => texteLitteral(n))];
  entete.format.font.bold = true;
  for (let debut = plan.premiereLigne; debut <= plan.derniereLigne; debut += LIGNES_PAR_LOT) {
    const dernier = Math.min(plan.derniereLigne, debut + LIGNES_PAR_LOT - 1);
    const lot = feuille.getRange(`${colonne(0)}${debut}:${fin}${dernier}`);
    const formules: string[][] = [];
    for (let l = debut; l <= dernier; l++) formules.push(formulesLigne(plan, l));
    lot.numberFormat = formules.map(() => FORMATS_AJOUTES);
    lot.formulas = formules;
    await context.sync();
  }
  const totaux = feuille.getRange(`${lettresColonne(plan.premiereColonne)}${plan.ligneTotaux}:${fin}${plan.ligneTotaux}`);
  const ligneTotaux: string[] = Array.from({ length: plan.colonneAjout + COLONNES_AJOUTEES.length - plan.premiereColonne }, () => "");
  const formats: string[] = ligneTotaux.map(() => "General");
  for (const t of formulesTotaux(plan)) {
    ligneTotaux[t.colonne - plan.premiereColonne] = t.formule;
    if (t.colonne >= plan.colonneAjout) formats[t.colonne - plan.premiereColonne] = FORMATS_AJOUTES[t.colonne - plan.colonneAjout];
  }
  totaux.numberFormat = [formats];
  totaux.formulas = [ligneTotaux];
  totaux.format.font.bold = true;
  await context.sync();
  return {
    statut: "ecrit",
    adresse: `${colonne(0)}${plan.ligneEntete}:${fin}${plan.derniereLigne}`,
    lignes: plan.derniereLigne - plan.premiereLigne + 1,
    totaux: `${lettresColonne(plan.premiereColonne)}${plan.ligneTotaux}:${fin}${plan.ligneTotaux}`,
    bareme: ecrit,
  };
}
