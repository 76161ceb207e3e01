/**
 * The computations behind LAEP.HEURES, LAEP.SUBVENTION, LAEP.BONUSCTG and
 * LAEP.FORFAITCTG: read the inputs (refusing bad ones with a French message),
 * apply the rules exactly, round once, hand back a JS number.
 */
import { ErreurResultat } from "./erreurs";
import { arrondiAuCentime, Decimal, enNombre, ZERO } from "./money";
import { bonusAvantPlafonnement } from "./regles/bonusAvantPlafonnement";
import { bonusTerritoireCtg } from "./regles/bonusTerritoireCtg";
import { forfaitOffreExistante } from "./regles/forfaitOffreExistante";
import { heuresFonctionnement } from "./regles/heuresFonctionnement";
import { subventionLaep } from "./regles/subventionLaep";
import { CHAMPS } from "./schemas/champs";
import { lireChamps } from "./schemas/lireChamp";

/** Inputs as they come from a cell, a form or a file: checked here. */
type Entrees<K extends string> = { readonly [C in K]?: unknown };

const CHAMPS_HEURES = {
  heuresOuverture: CHAMPS.heuresOuverture,
  heuresOrganisation: CHAMPS.heuresOrganisation,
};
const CHAMPS_SUBVENTION = {
  ...CHAMPS_HEURES,
  charges: CHAMPS.charges,
  taux: CHAMPS.taux,
  prixPlafond: CHAMPS.prixPlafond,
};
const CHAMPS_BONUS = {
  ...CHAMPS_HEURES,
  charges: CHAMPS.charges,
  subvention: CHAMPS.subvention,
  heuresExistantes: CHAMPS.heuresExistantes,
  forfaitExistant: CHAMPS.forfaitExistant,
  baremeNouvelleHeure: CHAMPS.baremeNouvelleHeure,
  autresFondsNationaux: CHAMPS.autresFondsNationaux,
};
const CHAMPS_FORFAIT = {
  bonusTotalN1: CHAMPS.bonusTotalN1,
  heuresTotalesN1: CHAMPS.heuresTotalesN1,
};

/** Heures de fonctionnement, not rounded. */
export function calculerHeures(entrees: Entrees<keyof typeof CHAMPS_HEURES>): number {
  const e = lireChamps(entrees, CHAMPS_HEURES);
  return nombreFini(heuresFonctionnement(e.heuresOuverture, e.heuresOrganisation));
}

/** Subvention LAEP in euros, rounded once to the cent. */
export function calculerSubvention(entrees: Entrees<keyof typeof CHAMPS_SUBVENTION>): number {
  const e = lireChamps(entrees, CHAMPS_SUBVENTION);
  const h = heuresFonctionnement(e.heuresOuverture, e.heuresOrganisation);
  return nombreFini(arrondiAuCentime(subventionLaep({ ...e, heuresFonctionnement: h })));
}

/** Bonus territoire CTG in euros after the 80 % cap, rounded once to the cent. */
export function calculerBonusCtg(entrees: Entrees<keyof typeof CHAMPS_BONUS>): number {
  const e = lireChamps(entrees, CHAMPS_BONUS, { autresFondsNationaux: ZERO });
  const h = heuresFonctionnement(e.heuresOuverture, e.heuresOrganisation);
  const avant = bonusAvantPlafonnement({ ...e, heuresFonctionnement: h });
  return nombreFini(arrondiAuCentime(bonusTerritoireCtg({ ...e, bonusAvantPlafonnement: avant })));
}

/** Hourly forfait of the existing offer, not rounded. */
export function calculerForfaitCtg(entrees: Entrees<keyof typeof CHAMPS_FORFAIT>): number {
  const e = lireChamps(entrees, CHAMPS_FORFAIT);
  return nombreFini(forfaitOffreExistante(e.bonusTotalN1, e.heuresTotalesN1));
}

/** A result as the number Excel receives, refusing what a double cannot hold. */
export function nombreFini(valeur: Decimal | number): number {
  const nombre = typeof valeur === "number" ? valeur : enNombre(valeur);
  if (!Number.isFinite(nombre)) {
    throw new ErreurResultat("Résultat trop grand pour Excel (au-delà de 10^308) : vérifiez les ordres de grandeur saisis.");
  }
  return nombre;
}
