/**
 * One row of a portfolio: its cells read into the core's inputs, computed,
 * and the result columns. A row in error gets its French message and empty
 * results; it never stops the other rows.
 */
import { ATTENDU, calculerFinancement, CHAMPS, CHAMPS_FINANCEMENT, ErreurResultat, ErreurSaisie, Exact, lireNombreFrancaisExact, type ProblemeChamp } from "../../core";
import type { CleEntree } from "./colonnes";

export type Convention = "francaise" | "internationale";

/** What a reader hands over for a cell: text (CSV) or a spreadsheet value (XLSX). */
export type Cellule = string | number | boolean | Date | null | undefined | { erreur: string };

export interface Resultat {
  heuresFonctionnement: Exact;
  subvention: Exact;
  bonusCtg: Exact;
  ecretement: Exact;
  totalFondsNationaux: Exact;
  resteAFinancer: Exact;
}

const FACULTATIFS = new Set<CleEntree>(["heuresExistantes", "forfaitExistant", "baremeNouvelleHeure", "autresFondsNationaux"]);
const UN = Exact.de("1");
const CENT = Exact.de("100");
const CENTIEME = Exact.de("0.01");

/**
 * How `taux` is read, whatever the file: « 60 % » (text with a percent sign)
 * is a percentage; a bare number up to 1 is a fraction (0,6 — and a cell
 * formatted as a percentage in Excel holds 0,6 too); a bare number above 1 and
 * up to 100 is a percentage (60). Above 100 is refused.
 */
function lireTaux(valeur: Exact, pourcentage: boolean): Exact | string {
  if (pourcentage) return valeur.times(CENTIEME);
  if (valeur.lte(UN)) return valeur;
  if (valeur.lte(CENT)) return valeur.times(CENTIEME);
  return `${valeur.toString().replace(".", ",")} n'est ni une fraction (jusqu'à 1) ni un pourcentage (jusqu'à 100)`;
}

/** A cell as the decimal the core reads, or what is wrong with it. */
function lireCellule(cellule: Cellule, cle: CleEntree, convention: Convention): Exact | null | string {
  if (cellule === null || cellule === undefined || (typeof cellule === "string" && cellule.trim() === "")) return null;
  if (typeof cellule === "object" && "erreur" in cellule) return `la cellule contient l'erreur ${cellule.erreur}`;
  if (cellule instanceof Date) return "la cellule contient une date, pas un nombre";
  if (typeof cellule === "boolean") return `${cellule ? "VRAI" : "FAUX"} est une valeur logique, pas un nombre`;
  let valeur: Exact;
  let pourcentage = false;
  if (typeof cellule === "number") {
    if (!Number.isFinite(cellule)) return "la valeur n'est pas un nombre fini";
    valeur = Exact.depuisNombre(cellule);
  } else {
    const texte = convention === "internationale" && /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cellule.trim()) ? cellule.replace(/,/g, "") : cellule;
    const lu = lireNombreFrancaisExact(texte);
    if (typeof lu === "string") return lu;
    valeur = lu.valeur;
    pourcentage = lu.pourcentage;
    if (pourcentage && cle !== "taux") return `${cellule.trim()} est un pourcentage`;
  }
  if (cle === "taux" && !valeur.isNegative()) return lireTaux(valeur, pourcentage);
  return valeur;
}

export function calculerLigne(cellules: Partial<Record<CleEntree, Cellule>>, convention: Convention): { resultat: Resultat } | { erreur: string } {
  const entrees: Partial<Record<CleEntree, Exact | null>> = {};
  const problemes: ProblemeChamp[] = [];
  for (const cle of Object.keys(CHAMPS_FINANCEMENT) as CleEntree[]) {
    const lu = lireCellule(cellules[cle], cle, convention);
    if (typeof lu === "string") problemes.push({ champ: CHAMPS[cle], probleme: lu, attendu: attendu(cle) });
    else entrees[cle] = lu === null && FACULTATIFS.has(cle) ? null : lu ?? undefined;
  }
  if (problemes.length > 0) return { erreur: new ErreurSaisie(problemes).message };
  try {
    const f = calculerFinancement(entrees);
    return {
      resultat: {
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

function attendu(cle: CleEntree): string {
  return cle === "taux" ? "une fraction (0,6) ou un pourcentage (60 %)" : ATTENDU[CHAMPS[cle].nature];
}
