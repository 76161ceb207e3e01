import { Exact } from "../money";
import { forfaitOffreExistante } from "./forfaitOffreExistante";

/** Addendum 2025, « Le bonus territoire CTG », « Offre existante » (see forfaitOffreExistante.TEXTE). */
export const TEXTE =
  "Ce montant forfaitaire est calculé à partir : du montant total de bonus territoire CTG de l'année N-1 comptabilisé lors de la charge à payer (Offre existante + Offre nouvelle) / Nombre total d'heures de fonctionnement soutenues par la collectivité et bénéficiant de la subvention LAEP sur le territoire de compétence donné.";

/**
 * The forfait of a territory's existing offer in a campaign, from the sums of
 * its LAEP's N-1 figures.
 *
 * Interpretations where the text is open:
 * - A territory whose LAEP had no operating hours in N-1 has no existing
 *   offer: its forfait is 0 (the quotient does not exist), and since each of
 *   its LAEP then has 0 existing hours, every hour is a new hour.
 * - Precision: not rounded to the cent (the addendum does not round it), but
 *   kept as Excel keeps the result of =LAEP.FORFAITCTG in a cell: the double
 *   nearest the exact quotient, which any LAEP function then reads at 15
 *   significant digits. The command line and the live formulas that
 *   « Compléter un tableau » writes therefore pay the same cents, and the
 *   forfait printed beside each row gives back that row's bonus.
 */
export function forfaitDuTerritoire(bonusCtgN1: Exact, heuresFonctionnementN1: Exact): Exact {
  if (heuresFonctionnementN1.isZero()) return Exact.ZERO;
  return Exact.depuisNombre(forfaitOffreExistante(bonusCtgN1, heuresFonctionnementN1));
}
