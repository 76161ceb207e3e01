import type { ProblemeChamp } from "../erreurs";
import { formaterNombre } from "../format/formaterNombre";
import { Decimal, Exact } from "../money";
import { ATTENDU, type Champ } from "../schemas/champs";
import { lireChamp } from "../schemas/lireChamp";
import { lireNombreFrancais } from "./lireNombreFrancais";

const CENT = new Decimal(100);
const ATTENDU_POURCENTAGE = "un pourcentage entre 0 et 100";

/**
 * One field typed as text (a form field, a CSV cell): parsed the French way,
 * then checked like any other input.
 *
 * Rates: with `tauxEnPourcentage` (the task pane's « Taux (%) » field) the
 * number is a percentage, with or without « % »: `60` and `60 %` mean 0.6.
 * Without it, « 60 % » means 0.6 and a bare number is the fraction itself.
 * A « % » on any other field is refused.
 */
export function lireSaisie(texte: string, champ: Champ, options: { tauxEnPourcentage?: boolean } = {}): Decimal | ProblemeChamp {
  const enPourcentage = champ.nature === "taux" && options.tauxEnPourcentage === true;
  const attendu = enPourcentage ? ATTENDU_POURCENTAGE : ATTENDU[champ.nature];
  const lu = lireNombreFrancais(texte);
  if (typeof lu === "string") return { champ, probleme: lu, attendu };
  if (lu.pourcentage && champ.nature !== "taux") return { champ, probleme: `${texte.trim()} est un pourcentage`, attendu };

  if (enPourcentage) {
    const pourcentage = `${formaterNombre(lu.valeur)} %`;
    if (lu.valeur.isNegative() && !lu.valeur.isZero()) return { champ, probleme: `${pourcentage} est négatif`, attendu };
    if (lu.valeur.gt(CENT)) return { champ, probleme: `${pourcentage} dépasse 100 %`, attendu };
    return enDecimal(lireChamp(lu.valeur.div(CENT), champ));
  }
  return enDecimal(lireChamp(lu.pourcentage ? lu.valeur.div(CENT) : lu.valeur, champ));
}

function enDecimal(lu: Exact | ProblemeChamp): Decimal | ProblemeChamp {
  return lu instanceof Exact ? lu.enDecimal() : lu;
}
