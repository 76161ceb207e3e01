import type { ProblemeChamp } from "../erreurs";
import { citer } from "../format/citer";
import { Decimal, Exact } from "../money";
import { ATTENDU, type Champ } from "../schemas/champs";
import { lireChamp } from "../schemas/lireChamp";
import { type Convention, lireNombreFrancaisExact } from "./lireNombreFrancais";

/** What a taux typed as text may look like. */
export const ATTENDU_TAUX_SAISI = "un taux : 60 %, 60 ou 0,6 (au plus 100 %)";

const UN = Exact.de("1");
const CENTIEME = Exact.de("0.01");

/**
 * One field typed as text (a form field, a CSV cell, a text cell of a
 * workbook): parsed the French way (or the plain-CSV way), then checked like
 * any other input.
 *
 * The taux, wherever it is typed as text, follows one convention:
 * « 60 % », « 60 » and « 0,6 » all mean 60 %. With « % » the number is a
 * percentage; a bare number up to 1 is the fraction itself (what a cell
 * formatted in % holds), a bare number above 1 and up to 100 is a
 * percentage; above 100 is refused. « 1 » is therefore 100 % and « 1 % » is
 * 1 %: the task pane shows how it read the value next to the field.
 * (Excel arguments stay fractions: a LAEP function given 60 answers
 * #VALEUR! with the hint.) A « % » on any other field is refused.
 */
export function lireSaisieExact(texte: string, champ: Champ, convention: Convention = "francaise"): Exact | ProblemeChamp {
  const estTaux = champ.nature === "taux";
  const attendu = estTaux ? ATTENDU_TAUX_SAISI : ATTENDU[champ.nature];
  const lu = lireNombreFrancaisExact(texte, convention);
  if (typeof lu === "string") return { champ, probleme: lu, attendu };
  if (lu.valeur.isNegative()) return { champ, probleme: `${citer(texte)} est négatif`, attendu };
  if (!estTaux) {
    if (lu.pourcentage) return { champ, probleme: `${citer(texte)} est un pourcentage`, attendu };
    return lireChamp(lu.valeur, champ);
  }
  const taux = tauxSaisi(lu.valeur, lu.pourcentage);
  if (taux === null) return { champ, probleme: `${citer(texte)} dépasse 100 %`, attendu };
  return lireChamp(taux, champ);
}

/** The same, as a Decimal (the task pane's model). */
export function lireSaisie(texte: string, champ: Champ, convention: Convention = "francaise"): Decimal | ProblemeChamp {
  const lu = lireSaisieExact(texte, champ, convention);
  return lu instanceof Exact ? lu.enDecimal() : lu;
}

/**
 * A non-negative number typed for a taux, as a fraction (see above), or null
 * above 100 %. Also used for numeric cells of a portfolio file, where « 60 »
 * in a column of taux means 60 % just the same.
 */
export function tauxSaisi(valeur: Exact, pourcentage: boolean): Exact | null {
  const fraction = pourcentage || valeur.gt(UN) ? valeur.times(CENTIEME) : valeur;
  return fraction.gt(UN) ? null : fraction;
}
