import { Exact, max, min } from "../money";

/** Addendum 2025, « Le bonus territoire CTG ». */
export const TEXTE =
  "Le montant du bonus territoire Ctg s'établit donc ainsi : Nombre d'heures de fonctionnement déclaré par le partenaire plafonné à l'existant X Montant forfaitaire / heure de l'offre existante + Nombre de nouvelles heures de fonctionnement X Barème nouvelle heure LAEP. Le bonus territoire Ctg est calculé sur la base des heures réelles de fonctionnement.";

/** Hours funded at the existing offer's rate: the operating hours, at most the N-1 level. */
export function heuresExistantesRetenues(heuresFonctionnement: Exact, heuresExistantes: Exact): Exact {
  return min(heuresFonctionnement, heuresExistantes);
}

/**
 * Hours funded at the new-hour barème.
 * Interpretation: « nouvelles heures de fonctionnement » are the operating
 * hours above the existing (N-1) level; a LAEP that shrinks has none.
 */
export function nouvellesHeures(heuresFonctionnement: Exact, heuresExistantes: Exact): Exact {
  return max(Exact.ZERO, heuresFonctionnement.minus(heuresExistantes));
}

/** Bonus territoire CTG before the 80 % cap, exact. */
export function bonusAvantPlafonnement(e: {
  heuresFonctionnement: Exact;
  heuresExistantes: Exact;
  forfaitExistant: Exact;
  baremeNouvelleHeure: Exact;
}): Exact {
  const existantes = heuresExistantesRetenues(e.heuresFonctionnement, e.heuresExistantes);
  const nouvelles = nouvellesHeures(e.heuresFonctionnement, e.heuresExistantes);
  return existantes.times(e.forfaitExistant).plus(nouvelles.times(e.baremeNouvelleHeure));
}
