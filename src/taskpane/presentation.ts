/** How the core's values are written in the pane (fr-FR). */
import { type Decimal, type Etape, formaterEuros, formaterEurosParHeure, formaterHeures, formaterTaux, type Unite } from "../../core";

export function formaterValeur(valeur: Decimal | null, unite: Unite): string {
  if (valeur === null) return "sans objet";
  switch (unite) {
    case "heures":
      return formaterHeures(valeur);
    case "euros":
      return formaterEuros(valeur);
    case "eurosParHeure":
      return formaterEurosParHeure(valeur);
    case "taux":
      return formaterTaux(valeur);
  }
}

export const formaterEtape = (e: Etape) => formaterValeur(e.valeur, e.unite);

/** The steps a reader looks for first. */
export const ETAPES_CLES = new Set(["heuresFonctionnement", "subventionLaep", "bonusTerritoireCtg", "resteAFinancer"]);
