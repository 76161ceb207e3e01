/**
 * One LAEP's whole funding, every intermediate kept: the single sequence of
 * rules that LAEP.DETAIL, the task pane and the command line all use.
 */
import { arrondiAuCentime, type Decimal, ZERO } from "./money";
import { bonusAvantPlafonnement, heuresExistantesRetenues, nouvellesHeures } from "./regles/bonusAvantPlafonnement";
import { bonusTerritoireCtg, plafondFondsNationaux } from "./regles/bonusTerritoireCtg";
import { heuresFonctionnement } from "./regles/heuresFonctionnement";
import { heuresOrganisationRetenues } from "./regles/heuresOrganisationRetenues";
import { prixDeRevientAuDessusDuPlafond, subventionLaep } from "./regles/subventionLaep";
import { CHAMPS } from "./schemas/champs";
import { lireChamps } from "./schemas/lireChamp";

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
export type ValeursFinancement = { [C in keyof typeof CHAMPS_FINANCEMENT]: Decimal };

/**
 * The bonus inputs are optional: left out, they count as 0 (no bonus
 * territoire CTG, no other national funds), so that a LAEP without a CTG
 * still gets its subvention computed.
 */
const DEFAUTS = {
  heuresExistantes: ZERO,
  forfaitExistant: ZERO,
  baremeNouvelleHeure: ZERO,
  autresFondsNationaux: ZERO,
};

export interface Financement {
  entrees: ValeursFinancement;
  heuresOrganisationRetenues: Decimal;
  heuresFonctionnement: Decimal;
  prixPlafondApplique: boolean;
  /** Rounded to the cent: the subvention paid. */
  subventionLaep: Decimal;
  heuresExistantesRetenues: Decimal;
  nouvellesHeures: Decimal;
  /** 80 % of the charges, exact. */
  plafondFondsNationaux: Decimal;
  /** Rounded to the cent. */
  bonusAvantPlafonnement: Decimal;
  /** Rounded to the cent. */
  bonusTerritoireCtg: Decimal;
  /** Difference of the two rounded bonuses, so that the figures add up as printed. */
  ecretement: Decimal;
  plafonnementApplique: boolean;
  /** Subvention + bonus + other national funds, rounded to the cent. */
  totalFondsNationaux: Decimal;
  /** Charges − total of national funds, rounded once to the cent. */
  resteAFinancer: Decimal;
}

/** Reads the inputs (refusing bad ones with French messages) and computes. */
export function calculerFinancement(entrees: EntreesFinancement): Financement {
  return financement(lireChamps(entrees, CHAMPS_FINANCEMENT, DEFAUTS));
}

/**
 * Rounding: each euro amount is rounded once, to the cent, from its exact
 * value. The bonus cap uses the subvention rounded, as LAEP.BONUSCTG does
 * with the subvention it is given.
 */
export function financement(e: ValeursFinancement): Financement {
  const h = heuresFonctionnement(e.heuresOuverture, e.heuresOrganisation);
  const subvention = arrondiAuCentime(subventionLaep({ ...e, heuresFonctionnement: h }));
  const avantExact = bonusAvantPlafonnement({ ...e, heuresFonctionnement: h });
  const bonusExact = bonusTerritoireCtg({
    bonusAvantPlafonnement: avantExact,
    charges: e.charges,
    subvention,
    autresFondsNationaux: e.autresFondsNationaux,
  });
  const avant = arrondiAuCentime(avantExact);
  const bonus = arrondiAuCentime(bonusExact);
  const total = arrondiAuCentime(subvention.plus(bonus).plus(e.autresFondsNationaux));
  return {
    entrees: e,
    heuresOrganisationRetenues: heuresOrganisationRetenues(e.heuresOuverture, e.heuresOrganisation),
    heuresFonctionnement: h,
    prixPlafondApplique: prixDeRevientAuDessusDuPlafond({ ...e, heuresFonctionnement: h }),
    subventionLaep: subvention,
    heuresExistantesRetenues: heuresExistantesRetenues(h, e.heuresExistantes),
    nouvellesHeures: nouvellesHeures(h, e.heuresExistantes),
    plafondFondsNationaux: plafondFondsNationaux(e.charges),
    bonusAvantPlafonnement: avant,
    bonusTerritoireCtg: bonus,
    ecretement: avant.minus(bonus),
    plafonnementApplique: avantExact.gt(bonusExact),
    totalFondsNationaux: total,
    resteAFinancer: arrondiAuCentime(e.charges.minus(total)),
  };
}
