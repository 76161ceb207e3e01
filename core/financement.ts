/**
 * One LAEP's whole funding, every intermediate kept: the single sequence of
 * rules that LAEP.DETAIL, the task pane and the command line all use.
 */
import { Exact } from "./money";
import { bonusAvantPlafonnement, heuresExistantesRetenues, nouvellesHeures } from "./regles/bonusAvantPlafonnement";
import { bonusTerritoireCtg, plafondFondsNationaux } from "./regles/bonusTerritoireCtg";
import { heuresFonctionnement } from "./regles/heuresFonctionnement";
import { heuresOrganisationRetenues } from "./regles/heuresOrganisationRetenues";
import { prixDeRevientAuDessusDuPlafond, subventionLaep } from "./regles/subventionLaep";
import { CHAMPS } from "./schemas/champs";
import { Lecture } from "./schemas/lireChamp";

export const CHAMPS_FINANCEMENT = {
  heuresOuverture: CHAMPS.heuresOuverture,
  heuresOrganisation: CHAMPS.heuresOrganisation,
  charges: CHAMPS.charges,
  taux: CHAMPS.taux,
  prixPlafond: CHAMPS.prixPlafond,
  heuresExistantes: CHAMPS.heuresExistantes,
  forfaitExistant: CHAMPS.forfaitExistant,
  baremeNouvelleHeure: CHAMPS.baremeNouvelleHeure,
  autresFondsNationaux: CHAMPS.autresFondsNationaux,
};

export type EntreesFinancement = { readonly [C in keyof typeof CHAMPS_FINANCEMENT]?: unknown };
export type ValeursFinancement = { [C in keyof typeof CHAMPS_FINANCEMENT]: Exact };

export interface Financement {
  entrees: ValeursFinancement;
  heuresOrganisationRetenues: Exact;
  heuresFonctionnement: Exact;
  prixPlafondApplique: boolean;
  /** Rounded to the cent: the subvention paid. */
  subventionLaep: Exact;
  heuresExistantesRetenues: Exact;
  nouvellesHeures: Exact;
  /** 80 % of the charges, exact. */
  plafondFondsNationaux: Exact;
  /** Rounded to the cent. */
  bonusAvantPlafonnement: Exact;
  /** Rounded to the cent. */
  bonusTerritoireCtg: Exact;
  /** Difference of the two rounded bonuses, so that the figures add up as printed. */
  ecretement: Exact;
  plafonnementApplique: boolean;
  /** Subvention + bonus + other national funds, rounded to the cent. */
  totalFondsNationaux: Exact;
  /** Charges − total of national funds, rounded once to the cent. */
  resteAFinancer: Exact;
}

/**
 * Reads the inputs (refusing bad ones with French messages) and computes.
 * The bonus inputs are optional: left out, they count as 0 (no bonus
 * territoire CTG, no other national funds), so that a LAEP without a CTG
 * still gets its subvention computed.
 */
export function calculerFinancement(entrees: EntreesFinancement): Financement {
  const l = new Lecture();
  const e: ValeursFinancement = {
    heuresOuverture: l.lire(entrees.heuresOuverture, CHAMPS.heuresOuverture),
    heuresOrganisation: l.lire(entrees.heuresOrganisation, CHAMPS.heuresOrganisation),
    charges: l.lire(entrees.charges, CHAMPS.charges),
    taux: l.lire(entrees.taux, CHAMPS.taux),
    prixPlafond: l.lire(entrees.prixPlafond, CHAMPS.prixPlafond),
    heuresExistantes: l.lire(entrees.heuresExistantes, CHAMPS.heuresExistantes, Exact.ZERO),
    forfaitExistant: l.lire(entrees.forfaitExistant, CHAMPS.forfaitExistant, Exact.ZERO),
    baremeNouvelleHeure: l.lire(entrees.baremeNouvelleHeure, CHAMPS.baremeNouvelleHeure, Exact.ZERO),
    autresFondsNationaux: l.lire(entrees.autresFondsNationaux, CHAMPS.autresFondsNationaux, Exact.ZERO),
  };
  l.verifier();
  return financement(e);
}

/**
 * Rounding: each euro amount is rounded once, to the cent, from its exact
 * value. The bonus cap uses the subvention rounded, as LAEP.BONUSCTG does
 * with the subvention it is given.
 */
export function financement(e: ValeursFinancement): Financement {
  const h = heuresFonctionnement(e.heuresOuverture, e.heuresOrganisation);
  const subvention = subventionLaep({ heuresFonctionnement: h, charges: e.charges, taux: e.taux, prixPlafond: e.prixPlafond }).arrondiAuCentime();
  const avantExact = bonusAvantPlafonnement({
    heuresFonctionnement: h,
    heuresExistantes: e.heuresExistantes,
    forfaitExistant: e.forfaitExistant,
    baremeNouvelleHeure: e.baremeNouvelleHeure,
  });
  const bonusExact = bonusTerritoireCtg({
    bonusAvantPlafonnement: avantExact,
    charges: e.charges,
    subvention,
    autresFondsNationaux: e.autresFondsNationaux,
  });
  const avant = avantExact.arrondiAuCentime();
  const bonus = bonusExact.arrondiAuCentime();
  const total = subvention.plus(bonus).plus(e.autresFondsNationaux).arrondiAuCentime();
  return {
    entrees: e,
    heuresOrganisationRetenues: heuresOrganisationRetenues(e.heuresOuverture, e.heuresOrganisation),
    heuresFonctionnement: h,
    prixPlafondApplique: prixDeRevientAuDessusDuPlafond({ heuresFonctionnement: h, charges: e.charges, prixPlafond: e.prixPlafond }),
    subventionLaep: subvention,
    heuresExistantesRetenues: heuresExistantesRetenues(h, e.heuresExistantes),
    nouvellesHeures: nouvellesHeures(h, e.heuresExistantes),
    plafondFondsNationaux: plafondFondsNationaux(e.charges),
    bonusAvantPlafonnement: avant,
    bonusTerritoireCtg: bonus,
    ecretement: avant.minus(bonus),
    plafonnementApplique: avantExact.gt(bonusExact),
    totalFondsNationaux: total,
    resteAFinancer: e.charges.minus(total).arrondiAuCentime(),
  };
}
