import { type Exact, min } from "../money";

/** Addendum 2025, « Le financement de la subvention LAEP », and its footnote 1. */
export const TEXTE =
  "Le montant annuel du LAEP versé à un équipement est le résultat de la formule suivante : X % du prix de revient de la subvention LAEP par heure réalisée dans la limite du prix plafond x Nombre d'heures de fonctionnement. Si (Prix de revient par heure réalisée) > (Prix plafond) => le montant retenu est égal à X% du prix plafond (soit le barème). Si (prix de revient par heure réalisée) < (Prix plafond) => le montant retenu est égal à X% du prix de revient par heure réalisée.";

/**
 * Subvention LAEP, exact (the caller rounds it once to the cent).
 *
 * Interpretations:
 * - « prix de revient par heure réalisée » = charges ÷ heures de fonctionnement,
 *   the unit the addendum sets (« L'unité de calcul de la subvention LAEP est
 *   l'heure. Il s'agit du nombre d'heures annuelles de fonctionnement. »);
 * - when the cost price equals the ceiling, both branches of footnote 1 give
 *   the same amount;
 * - with no operating hours there is no hour to fund: the subvention is 0.
 *
 * min(charges ÷ H ; plafond) × H is computed as min(charges ; plafond × H):
 * the same value for H > 0, without a division whose rounding could move the
 * result by a cent.
 */
export function subventionLaep(e: {
  heuresFonctionnement: Exact;
  charges: Exact;
  taux: Exact;
  prixPlafond: Exact;
}): Exact {
  return e.taux.times(min(e.charges, e.prixPlafond.times(e.heuresFonctionnement)));
}

/** True when the hourly cost price exceeds the ceiling (footnote 1, first case). */
export function prixDeRevientAuDessusDuPlafond(e: {
  heuresFonctionnement: Exact;
  charges: Exact;
  prixPlafond: Exact;
}): boolean {
  return e.charges.gt(e.prixPlafond.times(e.heuresFonctionnement));
}
