/**
 * One row of a portfolio: its cells read into the core's inputs, computed,
 * and the result columns. A row in error gets its French message and empty
 * results; it never stops the other rows.
 */
import {
  ATTENDU,
  ATTENDU_TAUX_SAISI,
  calculerFinancement,
  CHAMPS,
  CHAMPS_FINANCEMENT,
  type CleChamp,
  type Convention,
  ErreurResultat,
  ErreurSaisie,
  Exact,
  formaterNombreCite,
  lireSaisieExact,
  type ProblemeChamp,
  tauxSaisi,
  type ValeursFinancement,
} from "../../core/noyau";
import type { CleEntree } from "./colonnes";

export type { Convention };

/** What a reader hands over for a cell: text (CSV) or a spreadsheet value (XLSX). */
export type Cellule = string | number | boolean | Date | null | undefined | { erreur: string };

export interface Resultat {
  /** The inputs as the core read them. */
  entrees: ValeursFinancement;
  heuresFonctionnement: Exact;
  subvention: Exact;
  bonusCtg: Exact;
  ecretement: Exact;
  totalFondsNationaux: Exact;
  resteAFinancer: Exact;
}

const FACULTATIFS = new Set<CleEntree>(["heuresExistantes", "forfaitExistant", "baremeNouvelleHeure", "autresFondsNationaux"]);

/** A formula cell whose result was never saved (a file written by a script): nothing to read, and never 0. */
export const FORMULE_SANS_VALEUR = { erreur: "" } as const;

/**
 * A cell as the decimal the core reads, or what is wrong with it.
 *
 * Text (every CSV cell, and a text cell of a workbook: a French user's
 * cell) is read by the core's text rules, in the file's convention: the taux
 * convention (« 60 % », « 60 », « 0,6 »), ambiguous « 1.234 » refused. A
 * number (a workbook cell) is read as Excel shows it, at 15 significant
 * digits; in the taux column a number up to 1 is a fraction (a cell
 * formatted in %) and a number up to 100 a percentage.
 */
export function lireCellule(cellule: Cellule, cle: CleChamp, convention: Convention): Exact | null | ProblemeChamp {
  const champ = CHAMPS[cle];
  const probleme = (texte: string): ProblemeChamp => ({ champ, probleme: texte, attendu: attendu(cle) });
  if (cellule === null || cellule === undefined || (typeof cellule === "string" && cellule.trim() === "")) return null;
  if (cellule === FORMULE_SANS_VALEUR) return probleme("formule jamais calculée : ouvrez et enregistrez le fichier dans Excel");
  if (typeof cellule === "object" && "erreur" in cellule) return probleme(`la cellule contient l'erreur ${cellule.erreur}`);
  if (cellule instanceof Date) return probleme("la cellule contient une date, pas un nombre");
  if (typeof cellule === "boolean") return probleme(`${cellule ? "VRAI" : "FAUX"} est une valeur logique, pas un nombre`);
  if (typeof cellule === "string") return lireSaisieExact(cellule, champ, convention);
  if (!Number.isFinite(cellule)) return probleme("la valeur n'est pas un nombre fini");
  const valeur = Exact.depuisNombre(cellule);
  if (cle !== "taux" || valeur.isNegative()) return valeur;
  return tauxSaisi(valeur, false) ?? probleme(`${formaterNombreCite(valeur.enDecimal())} n'est ni une fraction (jusqu'à 1) ni un pourcentage (jusqu'à 100)`);
}

/**
 * `derives`: values a campaign derived for this row (its territory's forfait,
 * its N-1 hours), taken where the row's own cell is empty: a figure typed on
 * the row wins.
 */
export function calculerLigne(
  cellules: Partial<Record<CleEntree, Cellule>>,
  convention: Convention,
  derives: Partial<Record<CleEntree, Exact>> = {},
): { resultat: Resultat } | { erreur: string } {
  const entrees: Partial<Record<CleEntree, Exact | null>> = {};
  const problemes: ProblemeChamp[] = [];
  for (const cle of Object.keys(CHAMPS_FINANCEMENT) as CleEntree[]) {
    const lu = lireCellule(cellules[cle], cle, convention) ?? derives[cle] ?? null;
    if (lu !== null && !(lu instanceof Exact)) problemes.push(lu);
    else entrees[cle] = lu === null && FACULTATIFS.has(cle) ? null : lu ?? undefined;
  }
  if (problemes.length > 0) return { erreur: new ErreurSaisie(problemes).message };
  try {
    const f = calculerFinancement(entrees);
    return {
      resultat: {
        entrees: f.entrees,
        heuresFonctionnement: f.heuresFonctionnement,
        subvention: f.subventionLaep,
        bonusCtg: f.bonusTerritoireCtg,
        ecretement: f.ecretement,
        totalFondsNationaux: f.totalFondsNationaux,
        resteAFinancer: f.resteAFinancer,
      },
    };
  } catch (erreur) {
    if (erreur instanceof ErreurSaisie || erreur instanceof ErreurResultat) return { erreur: erreur.message };
    throw erreur;
  }
}

function attendu(cle: CleChamp): string {
  return cle === "taux" ? ATTENDU_TAUX_SAISI : ATTENDU[CHAMPS[cle].nature];
}
