import type { Decimal } from "../money";
import { formaterEuros, formaterEurosParHeure, formaterHeures, formaterTaux } from "./formaterNombre";

/** The units a step of the computation is written in. */
export type Unite = "heures" | "euros" | "eurosParHeure" | "taux";

/** A figure written the French way in its unit; « sans objet » when it has no meaning (null). */
export function formaterSelonUnite(valeur: Decimal | null, unite: Unite): string {
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
