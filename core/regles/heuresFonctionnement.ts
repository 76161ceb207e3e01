import type { Exact } from "../money";
import { heuresOrganisationRetenues } from "./heuresOrganisationRetenues";

/** Addendum 2025, « Le financement de la subvention LAEP ». */
export const TEXTE =
  "Le nombre d'heures annuelles de fonctionnement est l'addition : des heures d'ouverture du service au public pour l'accueil des enfants et des parents ; et des heures d'organisation de l'activité, dans la limite de 50% du nombre d'heures annuelles d'ouverture du service au public.";

/**
 * Annual operating hours, the unit of both the subvention and the bonus.
 * Not rounded: hours are counted as declared (half-hours stay halves).
 */
export function heuresFonctionnement(heuresOuverture: Exact, heuresOrganisation: Exact): Exact {
  return heuresOuverture.plus(heuresOrganisationRetenues(heuresOuverture, heuresOrganisation));
}
