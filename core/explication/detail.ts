/**
 * Every step of the computation of one LAEP's funding, in order, with the
 * sentence of the addendum each step applies: what LAEP.DETAIL spills into the
 * sheet and what the task pane shows.
 */
import { ADDENDUM } from "../addendum";
import { calculerFinancement, type EntreesFinancement } from "../financement";
import { arrondiAuCentime, type Decimal, quotientArrondiAuCentime } from "../money";
import * as bonusAvant from "../regles/bonusAvantPlafonnement";
import * as bonusCtg from "../regles/bonusTerritoireCtg";
import * as heures from "../regles/heuresFonctionnement";
import * as organisation from "../regles/heuresOrganisationRetenues";
import * as subvention from "../regles/subventionLaep";

export type Unite = "heures" | "euros" | "eurosParHeure" | "taux";

export type CleEtape =
  | "heuresOuverture"
  | "heuresOrganisationDeclarees"
  | "heuresOrganisationRetenues"
  | "heuresFonctionnement"
  | "charges"
  | "prixDeRevientHoraire"
  | "prixPlafond"
  | "taux"
  | "subventionHoraire"
  | "subventionLaep"
  | "heuresExistantes"
  | "heuresExistantesRetenues"
  | "forfaitExistant"
  | "nouvellesHeures"
  | "baremeNouvelleHeure"
  | "bonusAvantPlafonnement"
  | "plafondFondsNationaux"
  | "autresFondsNationaux"
  | "ecretement"
  | "bonusTerritoireCtg"
  | "totalFondsNationaux"
  | "resteAFinancer";

export interface Etape {
  cle: CleEtape;
  /** French label; « Heures de fonctionnement », « Subvention LAEP » and « Bonus territoire CTG » are part of the public contract. */
  libelle: string;
  /** Exact for hours and rates, rounded to the cent for euros; null when it has no meaning (cost price with no hours). */
  valeur: Decimal | null;
  unite: Unite;
  /** How the step is obtained, in plain French. */
  calcul: string;
  /** The sentence of the addendum the step applies, when there is one. */
  texte?: string;
}

export interface Detail {
  etapes: Etape[];
  /** Headline figures, same values as in `etapes`. */
  heuresFonctionnement: Decimal;
  subventionLaep: Decimal;
  bonusAvantPlafonnement: Decimal;
  ecretement: Decimal;
  bonusTerritoireCtg: Decimal;
  autresFondsNationaux: Decimal;
  totalFondsNationaux: Decimal;
  resteAFinancer: Decimal;
  charges: Decimal;
  /** True when the 80 % cap removed part or all of the bonus. */
  plafonnementApplique: boolean;
  /** True when the hourly cost price exceeds the ceiling (the barème applies). */
  prixPlafondApplique: boolean;
}

export type EntreesDetail = EntreesFinancement;

/**
 * Every step of `calculerFinancement`, labelled, in order. Hourly figures are
 * for reading only: the subvention itself never goes through them (see
 * `subventionLaep`).
 */
export function calculerDetail(entrees: EntreesDetail): Detail {
  const f = calculerFinancement(entrees);
  const e = f.entrees;
  const h = f.heuresFonctionnement;
  const prixDeRevient = h.isZero() ? null : quotientArrondiAuCentime(e.charges, h);
  const subventionHoraire = h.isZero()
    ? null
    : f.prixPlafondApplique
      ? arrondiAuCentime(e.taux.times(e.prixPlafond))
      : quotientArrondiAuCentime(e.taux.times(e.charges), h);

  const etape = (cle: CleEtape, libelle: string, valeur: Decimal | null, unite: Unite, calcul: string, texte?: string): Etape =>
    texte === undefined ? { cle, libelle, valeur, unite, calcul } : { cle, libelle, valeur, unite, calcul, texte };

  const etapes: Etape[] = [
    etape("heuresOuverture", "Heures d'ouverture", e.heuresOuverture, "heures", "Heures d'ouverture au public, saisies."),
    etape("heuresOrganisationDeclarees", "Heures d'organisation déclarées", e.heuresOrganisation, "heures", "Heures d'organisation de l'activité déclarées par le partenaire."),
    etape("heuresOrganisationRetenues", "Heures d'organisation retenues", f.heuresOrganisationRetenues, "heures", "Heures d'organisation déclarées, dans la limite de 50 % des heures d'ouverture.", organisation.TEXTE),
    etape("heuresFonctionnement", "Heures de fonctionnement", h, "heures", "Heures d'ouverture + heures d'organisation retenues.", heures.TEXTE),
    etape("charges", "Charges annuelles", arrondiAuCentime(e.charges), "euros", "Charges annuelles du LAEP, saisies."),
    etape("prixDeRevientHoraire", "Prix de revient horaire", prixDeRevient, "eurosParHeure", "Charges ÷ heures de fonctionnement (sans objet sans heure de fonctionnement).", subvention.TEXTE),
    etape("prixPlafond", "Prix plafond horaire", e.prixPlafond, "eurosParHeure", "Prix plafond par heure, barème publié par la Cnaf."),
    etape("taux", "Taux de la subvention", e.taux, "taux", "Pourcentage de financement, barème publié par la Cnaf.", ADDENDUM.baremes),
    etape("subventionHoraire", "Subvention horaire", subventionHoraire, "eurosParHeure", f.prixPlafondApplique ? "Taux × prix plafond (le prix de revient dépasse le plafond)." : "Taux × prix de revient horaire (le prix de revient ne dépasse pas le plafond).", subvention.TEXTE),
    etape("subventionLaep", "Subvention LAEP", f.subventionLaep, "euros", "Taux × min(prix de revient ; prix plafond) × heures de fonctionnement, calculé exactement puis arrondi au centime.", subvention.TEXTE),
    etape("heuresExistantes", "Heures existantes (N-1)", e.heuresExistantes, "heures", "Heures de fonctionnement existantes l'année N-1, saisies (0 si omises)."),
    etape("heuresExistantesRetenues", "Heures existantes retenues", f.heuresExistantesRetenues, "heures", "Heures de fonctionnement plafonnées à l'existant.", bonusAvant.TEXTE),
    etape("forfaitExistant", "Forfait horaire offre existante", e.forfaitExistant, "eurosParHeure", "Total du bonus CTG N-1 ÷ total des heures soutenues sur le territoire (voir LAEP.FORFAITCTG)."),
    etape("nouvellesHeures", "Nouvelles heures", f.nouvellesHeures, "heures", "Heures de fonctionnement au-delà de l'existant N-1.", bonusAvant.TEXTE),
    etape("baremeNouvelleHeure", "Barème nouvelle heure", e.baremeNouvelleHeure, "eurosParHeure", "Montant forfaitaire national par nouvelle heure, barème publié par la Cnaf."),
    etape("bonusAvantPlafonnement", "Bonus avant plafonnement", f.bonusAvantPlafonnement, "euros", "Heures existantes retenues × forfait + nouvelles heures × barème nouvelle heure.", bonusAvant.TEXTE),
    etape("plafondFondsNationaux", "Plafond 80 % des charges", arrondiAuCentime(f.plafondFondsNationaux), "euros", "80 % des charges : plafond de la somme des fonds nationaux.", bonusCtg.TEXTE),
    etape("autresFondsNationaux", "Autres fonds nationaux", arrondiAuCentime(e.autresFondsNationaux), "euros", "Autres subventions de fonctionnement sur fonds nationaux, saisies (0 si omises)."),
    etape("ecretement", "Écrêtement", f.ecretement, "euros", "Part du bonus retirée pour respecter le plafond de 80 % (le bonus seul est écrêté).", bonusCtg.TEXTE),
    etape("bonusTerritoireCtg", "Bonus territoire CTG", f.bonusTerritoireCtg, "euros", "Bonus avant plafonnement − écrêtement, jamais négatif.", bonusCtg.TEXTE),
    etape("totalFondsNationaux", "Total fonds nationaux", f.totalFondsNationaux, "euros", "Subvention LAEP + bonus territoire CTG + autres fonds nationaux."),
    etape("resteAFinancer", "Reste à financer", f.resteAFinancer, "euros", "Charges − total des fonds nationaux : la part à financer par d'autres partenaires."),
  ];

  return {
    etapes,
    heuresFonctionnement: h,
    subventionLaep: f.subventionLaep,
    bonusAvantPlafonnement: f.bonusAvantPlafonnement,
    ecretement: f.ecretement,
    bonusTerritoireCtg: f.bonusTerritoireCtg,
    autresFondsNationaux: e.autresFondsNationaux,
    totalFondsNationaux: f.totalFondsNationaux,
    resteAFinancer: f.resteAFinancer,
    charges: e.charges,
    plafonnementApplique: f.plafonnementApplique,
    prixPlafondApplique: f.prixPlafondApplique,
  };
}
