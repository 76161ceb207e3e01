import { Exact } from "../money";

/** Addendum 2025, « Le bonus territoire CTG », « Offre existante ». */
export const TEXTE =
  "Ce montant forfaitaire est calculé à partir : du montant total de bonus territoire CTG de l'année N-1 comptabilisé lors de la charge à payer (Offre existante + Offre nouvelle) / Nombre total d'heures de fonctionnement soutenues par la collectivité et bénéficiant de la subvention LAEP sur le territoire de compétence donné.";

/**
 * Hourly forfait of the existing offer. Not rounded: the addendum does not
 * round it, and rounding it here would move every LAEP's bonus of the
 * territory. The result is the double nearest to the exact quotient.
 * The caller guarantees heuresTotalesN1 > 0.
 */
export function forfaitOffreExistante(bonusTotalN1: Exact, heuresTotalesN1: Exact): number {
  return Exact.quotientEnNombre(bonusTotalN1, heuresTotalesN1);
}
