import { Exact, max, min } from "../money";

/** Addendum 2025, « Le bonus territoire CTG » (the source reads « écèlement », a misprint of écrêtement). */
export const TEXTE =
  "Le bonus territoire CTG est plafonné de telle sorte que la somme des subventions de fonctionnement sur fonds nationaux (Subvention, bonus territoire CTG...) ne dépasse pas 80% des charges du LAEP. En cas de dépassement, l'écrêtement se fera uniquement sur le montant du bonus territoire CTG.";

const QUATRE_VINGTS_POUR_CENT = Exact.de("0.8");

/** 80 % of the LAEP's charges: the most that national funds may cover together. */
export function plafondFondsNationaux(charges: Exact): Exact {
  return charges.times(QUATRE_VINGTS_POUR_CENT);
}

/**
 * Bonus territoire CTG after the cap, exact.
 *
 * Interpretations: the subvention is the one paid (already rounded to the
 * cent); « autres fonds nationaux » are the other national operating funds the
 * text's « ... » leaves open, typed by the user. Only the bonus is cut
 * (« uniquement sur le montant du bonus »), and never below 0: when the
 * subvention and the other funds already exceed 80 %, the bonus is 0 and
 * nothing else changes.
 */
export function bonusTerritoireCtg(e: {
  bonusAvantPlafonnement: Exact;
  charges: Exact;
  subvention: Exact;
  autresFondsNationaux: Exact;
}): Exact {
  const place = plafondFondsNationaux(e.charges).minus(e.subvention).minus(e.autresFondsNationaux);
  return max(Exact.ZERO, min(e.bonusAvantPlafonnement, place));
}
