/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * The custom functions of the LAEP namespace. JSDoc below is the only source
 * of their metadata (custom-functions-metadata-plugin writes functions.json
 * and the CustomFunctions.associate calls from it). Parameters are typed
 * `any` so that Excel hands over empty cells, text and logical values as they
 * are, and the core can refuse them with a message instead of reading 0.
 * Each function converts its arguments, calls core/ and maps failures.
 */
import { calculerBonusCtg, calculerEcretement, calculerForfaitCtg, calculerHeures, calculerSubvention, detailEnLignes } from "../../core";
import { pourExcel } from "./erreurExcel";

/**
 * Heures annuelles de fonctionnement : heures d'ouverture + heures d'organisation, limitées à 50 % des heures d'ouverture.
 * @customfunction HEURES
 * @param {any} heures_ouverture Heures annuelles d'ouverture au public (nombre d'heures).
 * @param {any} heures_organisation Heures annuelles d'organisation de l'activité déclarées (nombre d'heures).
 * @returns {number} Heures de fonctionnement, non arrondies.
 */
export function heures(heures_ouverture: any, heures_organisation: any): number {
  return pourExcel(() => calculerHeures({ heuresOuverture: heures_ouverture, heuresOrganisation: heures_organisation }));
}

/**
 * Subvention LAEP annuelle en euros : taux × min(prix de revient horaire ; prix plafond) × heures de fonctionnement, arrondie au centime.
 * @customfunction SUBVENTION
 * @param {any} heures_ouverture Heures annuelles d'ouverture au public (nombre d'heures).
 * @param {any} heures_organisation Heures annuelles d'organisation de l'activité déclarées (nombre d'heures).
 * @param {any} charges Charges annuelles du LAEP (euros).
 * @param {any} taux Taux de la subvention, fraction entre 0 et 1 (60 % ou 0,6), barème Cnaf.
 * @param {any} prix_plafond Prix plafond par heure de fonctionnement (euros par heure), barème Cnaf.
 * @returns {number} Subvention LAEP en euros, arrondie au centime.
 */
export function subvention(heures_ouverture: any, heures_organisation: any, charges: any, taux: any, prix_plafond: any): number {
  return pourExcel(() =>
    calculerSubvention({ heuresOuverture: heures_ouverture, heuresOrganisation: heures_organisation, charges, taux, prixPlafond: prix_plafond }),
  );
}

/** The arguments of LAEP.BONUSCTG and LAEP.ECRETEMENT, by the core's names. */
function entreesBonus(
  heures_ouverture: any,
  heures_organisation: any,
  charges: any,
  subvention: any,
  heures_existantes: any,
  forfait_existant: any,
  bareme_nouvelle_heure: any,
  autres_fonds_nationaux: any,
) {
  return {
    heuresOuverture: heures_ouverture,
    heuresOrganisation: heures_organisation,
    charges,
    subvention,
    heuresExistantes: heures_existantes,
    forfaitExistant: forfait_existant,
    baremeNouvelleHeure: bareme_nouvelle_heure,
    autresFondsNationaux: autres_fonds_nationaux,
  };
}

/**
 * Bonus territoire CTG en euros, plafonné pour que subvention + bonus + autres fonds nationaux ne dépassent pas 80 % des charges.
 * @customfunction BONUSCTG
 * @param {any} heures_ouverture Heures annuelles d'ouverture au public (nombre d'heures).
 * @param {any} heures_organisation Heures annuelles d'organisation de l'activité déclarées (nombre d'heures).
 * @param {any} charges Charges annuelles du LAEP (euros).
 * @param {any} subvention Subvention LAEP versée (euros), par exemple le résultat de LAEP.SUBVENTION.
 * @param {any} heures_existantes Heures de fonctionnement existantes en N-1 (nombre d'heures).
 * @param {any} forfait_existant Forfait horaire de l'offre existante (euros par heure), voir LAEP.FORFAITCTG.
 * @param {any} bareme_nouvelle_heure Barème national par nouvelle heure de fonctionnement (euros par heure), barème Cnaf.
 * @param {any} [autres_fonds_nationaux] Autres subventions de fonctionnement sur fonds nationaux (euros), 0 si omis.
 * @returns {number} Bonus territoire CTG en euros, arrondi au centime.
 */
export function bonusCtg(
  heures_ouverture: any,
  heures_organisation: any,
  charges: any,
  subvention: any,
  heures_existantes: any,
  forfait_existant: any,
  bareme_nouvelle_heure: any,
  autres_fonds_nationaux?: any,
): number {
  return pourExcel(() => calculerBonusCtg(entreesBonus(heures_ouverture, heures_organisation, charges, subvention, heures_existantes, forfait_existant, bareme_nouvelle_heure, autres_fonds_nationaux)));
}

/**
 * Écrêtement du bonus territoire CTG : ce que le plafond de 80 % des charges retire au bonus (bonus avant plafonnement − bonus).
 * @customfunction ECRETEMENT
 * @param {any} heures_ouverture Heures annuelles d'ouverture au public (nombre d'heures).
 * @param {any} heures_organisation Heures annuelles d'organisation de l'activité déclarées (nombre d'heures).
 * @param {any} charges Charges annuelles du LAEP (euros).
 * @param {any} subvention Subvention LAEP versée (euros), par exemple le résultat de LAEP.SUBVENTION.
 * @param {any} heures_existantes Heures de fonctionnement existantes en N-1 (nombre d'heures).
 * @param {any} forfait_existant Forfait horaire de l'offre existante (euros par heure), voir LAEP.FORFAITCTG.
 * @param {any} bareme_nouvelle_heure Barème national par nouvelle heure de fonctionnement (euros par heure), barème Cnaf.
 * @param {any} [autres_fonds_nationaux] Autres subventions de fonctionnement sur fonds nationaux (euros), 0 si omis.
 * @returns {number} Écrêtement en euros, au centime (0 quand le plafond ne joue pas).
 */
export function ecretement(
  heures_ouverture: any,
  heures_organisation: any,
  charges: any,
  subvention: any,
  heures_existantes: any,
  forfait_existant: any,
  bareme_nouvelle_heure: any,
  autres_fonds_nationaux?: any,
): number {
  return pourExcel(() => calculerEcretement(entreesBonus(heures_ouverture, heures_organisation, charges, subvention, heures_existantes, forfait_existant, bareme_nouvelle_heure, autres_fonds_nationaux)));
}

/**
 * Forfait horaire de l'offre existante : total du bonus territoire CTG N-1 ÷ total des heures de fonctionnement soutenues sur le territoire.
 * @customfunction FORFAITCTG
 * @param {any} bonus_total_n1 Montant total du bonus territoire CTG de l'année N-1 sur le territoire (euros).
 * @param {any} heures_totales_n1 Nombre total d'heures de fonctionnement soutenues sur le territoire en N-1 (strictement positif).
 * @returns {number} Forfait en euros par heure, non arrondi.
 */
export function forfaitCtg(bonus_total_n1: any, heures_totales_n1: any): number {
  return pourExcel(() => calculerForfaitCtg({ bonusTotalN1: bonus_total_n1, heuresTotalesN1: heures_totales_n1 }));
}

/**
 * Détail du calcul, étape par étape : un tableau de deux colonnes (libellé, valeur) qui se propage sous la cellule.
 * @customfunction DETAIL
 * @param {any} heures_ouverture Heures annuelles d'ouverture au public (nombre d'heures).
 * @param {any} heures_organisation Heures annuelles d'organisation de l'activité déclarées (nombre d'heures).
 * @param {any} charges Charges annuelles du LAEP (euros).
 * @param {any} taux Taux de la subvention, fraction entre 0 et 1 (60 % ou 0,6), barème Cnaf.
 * @param {any} prix_plafond Prix plafond par heure de fonctionnement (euros par heure), barème Cnaf.
 * @param {any} [heures_existantes] Heures de fonctionnement existantes en N-1 (nombre d'heures), 0 si omis.
 * @param {any} [forfait_existant] Forfait horaire de l'offre existante (euros par heure), 0 si omis.
 * @param {any} [bareme_nouvelle_heure] Barème national par nouvelle heure (euros par heure), 0 si omis.
 * @param {any} [autres_fonds_nationaux] Autres subventions de fonctionnement sur fonds nationaux (euros), 0 si omis.
 * @returns {any[][]} Libellés et valeurs de chaque étape ; montants arrondis au centime.
 */
export function detail(
  heures_ouverture: any,
  heures_organisation: any,
  charges: any,
  taux: any,
  prix_plafond: any,
  heures_existantes?: any,
  forfait_existant?: any,
  bareme_nouvelle_heure?: any,
  autres_fonds_nationaux?: any,
): any[][] {
  return pourExcel(() =>
    detailEnLignes({
      heuresOuverture: heures_ouverture,
      heuresOrganisation: heures_organisation,
      charges,
      taux,
      prixPlafond: prix_plafond,
      heuresExistantes: heures_existantes,
      forfaitExistant: forfait_existant,
      baremeNouvelleHeure: bareme_nouvelle_heure,
      autresFondsNationaux: autres_fonds_nationaux,
    }),
  );
}
