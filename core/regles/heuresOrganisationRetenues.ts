import { Exact, min } from "../money";

/** Addendum 2025, « Le financement de la subvention LAEP ». */
export const TEXTE =
  "Ces heures d'organisation de l'activité sont déclarées par le partenaire et limitées à 50% des heures d'ouverture au public par le système d'information.";

const CINQUANTE_POUR_CENT = Exact.de("0.5");

/** Organisation hours kept: the declared hours, at most 50 % of the opening hours. */
export function heuresOrganisationRetenues(heuresOuverture: Exact, heuresOrganisation: Exact): Exact {
  return min(heuresOrganisation, heuresOuverture.times(CINQUANTE_POUR_CENT));
}
