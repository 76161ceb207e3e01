/**
 * The computations behind LAEP.HEURES, LAEP.SUBVENTION, LAEP.BONUSCTG and
 * LAEP.FORFAITCTG: read the inputs (refusing bad ones with a French message),
 * apply the rules exactly, round once, hand back a JS number.
 */
import { ErreurResultat } from "./erreurs";
import { Exact } from "./money";
import { bonusAvantPlafonnement } from "./regles/bonusAvantPlafonnement";
import { bonusTerritoireCtg } from "./regles/bonusTerritoireCtg";
import { forfaitOffreExistante } from "./regles/forfaitOffreExistante";
import { heuresFonctionnement } from "./regles/heuresFonctionnement";
import { subventionLaep } from "./regles/subventionLaep";
import { CHAMPS } from "./schemas/champs";
import { Lecture } from "./schemas/lireChamp";

/** Heures de fonctionnement, not rounded. */
export function calculerHeures(entrees: { heuresOuverture?: unknown; heuresOrganisation?: unknown }): number {
  const l = new Lecture();
  const o = l.lire(entrees.heuresOuverture, CHAMPS.heuresOuverture);
  const org = l.lire(entrees.heuresOrganisation, CHAMPS.heuresOrganisation);
  l.verifier();
  return nombreFini(heuresFonctionnement(o, org));
}

/** Subvention LAEP in euros, rounded once to the cent. */
export function calculerSubvention(entrees: { heuresOuverture?: unknown; heuresOrganisation?: unknown; charges?: unknown; taux?: unknown; prixPlafond?: unknown }): number {
  const l = new Lecture();
  const o = l.lire(entrees.heuresOuverture, CHAMPS.heuresOuverture);
  const org = l.lire(entrees.heuresOrganisation, CHAMPS.heuresOrganisation);
  const charges = l.lire(entrees.charges, CHAMPS.charges);
  const taux = l.lire(entrees.taux, CHAMPS.taux);
  const prixPlafond = l.lire(entrees.prixPlafond, CHAMPS.prixPlafond);
  l.verifier();
  const h = heuresFonctionnement(o, org);
  return nombreFini(subventionLaep({ heuresFonctionnement: h, charges, taux, prixPlafond }).arrondiAuCentime());
}

type EntreesBonus = {
  heuresOuverture?: unknown;
  heuresOrganisation?: unknown;
  charges?: unknown;
  subvention?: unknown;
  heuresExistantes?: unknown;
  forfaitExistant?: unknown;
  baremeNouvelleHeure?: unknown;
  autresFondsNationaux?: unknown;
};

/** The bonus before and after the 80 % cap, exact (not yet rounded). */
function bonusExacts(entrees: EntreesBonus): { avant: Exact; apres: Exact } {
  const l = new Lecture();
  const o = l.lire(entrees.heuresOuverture, CHAMPS.heuresOuverture);
  const org = l.lire(entrees.heuresOrganisation, CHAMPS.heuresOrganisation);
  const charges = l.lire(entrees.charges, CHAMPS.charges);
  const subvention = l.lire(entrees.subvention, CHAMPS.subvention);
  const heuresExistantes = l.lire(entrees.heuresExistantes, CHAMPS.heuresExistantes);
  const forfaitExistant = l.lire(entrees.forfaitExistant, CHAMPS.forfaitExistant);
  const baremeNouvelleHeure = l.lire(entrees.baremeNouvelleHeure, CHAMPS.baremeNouvelleHeure);
  const autresFondsNationaux = l.lire(entrees.autresFondsNationaux, CHAMPS.autresFondsNationaux, Exact.ZERO);
  l.verifier();
  const h = heuresFonctionnement(o, org);
  const avant = bonusAvantPlafonnement({ heuresFonctionnement: h, heuresExistantes, forfaitExistant, baremeNouvelleHeure });
  return { avant, apres: bonusTerritoireCtg({ bonusAvantPlafonnement: avant, charges, subvention, autresFondsNationaux }) };
}

/** Bonus territoire CTG in euros after the 80 % cap, rounded once to the cent. Other national funds default to 0. */
export function calculerBonusCtg(entrees: EntreesBonus): number {
  return nombreFini(bonusExacts(entrees).apres.arrondiAuCentime());
}

/**
 * Écrêtement: what the 80 % cap takes off the bonus, as the difference of
 * the two rounded bonuses (as LAEP.DETAIL and the command line print it, so
 * that bonus + écrêtement adds up to the bonus before the cap as printed).
 */
export function calculerEcretement(entrees: EntreesBonus): number {
  const { avant, apres } = bonusExacts(entrees);
  return nombreFini(avant.arrondiAuCentime().minus(apres.arrondiAuCentime()));
}

/** Hourly forfait of the existing offer, not rounded. */
export function calculerForfaitCtg(entrees: { bonusTotalN1?: unknown; heuresTotalesN1?: unknown }): number {
  const l = new Lecture();
  const bonus = l.lire(entrees.bonusTotalN1, CHAMPS.bonusTotalN1);
  const heures = l.lire(entrees.heuresTotalesN1, CHAMPS.heuresTotalesN1);
  l.verifier();
  return nombreFini(forfaitOffreExistante(bonus, heures));
}

/** A result as the number Excel receives, refusing what a double cannot hold. */
export function nombreFini(valeur: Exact | number): number {
  const nombre = typeof valeur === "number" ? valeur : valeur.toNumber();
  if (!Number.isFinite(nombre)) {
    throw new ErreurResultat("Résultat trop grand pour Excel (au-delà de 10^308) : vérifiez les ordres de grandeur saisis.");
  }
  return nombre;
}
