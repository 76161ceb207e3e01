/**
 * The inputs of the computation: one descriptor per field, shared by the
 * custom functions (argument names), the task pane (labels) and the command
 * line (column names), so that a field is named and checked the same way
 * everywhere.
 */

export type Nature = "heures" | "heuresNonNulles" | "euros" | "eurosParHeure" | "taux";

export interface Champ {
  /** Key in the core's input objects. */
  cle: CleChamp;
  /** Argument name in the Excel formulas, and column name on the command line. */
  argument: string;
  /** Label shown in the task pane. */
  libelle: string;
  nature: Nature;
}

export type CleChamp =
  | "heuresOuverture"
  | "heuresOrganisation"
  | "charges"
  | "taux"
  | "prixPlafond"
  | "subvention"
  | "heuresExistantes"
  | "forfaitExistant"
  | "baremeNouvelleHeure"
  | "autresFondsNationaux"
  | "bonusTotalN1"
  | "heuresTotalesN1"
  | "heuresFonctionnementN1"
  | "bonusCtgN1";

function champ(cle: CleChamp, argument: string, libelle: string, nature: Nature): Champ {
  return { cle, argument, libelle, nature };
}

export const CHAMPS: { readonly [K in CleChamp]: Champ } = {
  heuresOuverture: champ("heuresOuverture", "heures_ouverture", "Heures d'ouverture", "heures"),
  heuresOrganisation: champ("heuresOrganisation", "heures_organisation", "Heures d'organisation", "heures"),
  charges: champ("charges", "charges", "Charges annuelles", "euros"),
  taux: champ("taux", "taux", "Taux", "taux"),
  prixPlafond: champ("prixPlafond", "prix_plafond", "Prix plafond horaire", "eurosParHeure"),
  subvention: champ("subvention", "subvention", "Subvention LAEP", "euros"),
  heuresExistantes: champ("heuresExistantes", "heures_existantes", "Heures existantes (N-1)", "heures"),
  forfaitExistant: champ("forfaitExistant", "forfait_existant", "Forfait horaire offre existante", "eurosParHeure"),
  baremeNouvelleHeure: champ("baremeNouvelleHeure", "bareme_nouvelle_heure", "Barème nouvelle heure", "eurosParHeure"),
  autresFondsNationaux: champ("autresFondsNationaux", "autres_fonds_nationaux", "Autres fonds nationaux", "euros"),
  bonusTotalN1: champ("bonusTotalN1", "bonus_total_n1", "Total du bonus territoire CTG N-1", "euros"),
  heuresTotalesN1: champ("heuresTotalesN1", "heures_totales_n1", "Total des heures de fonctionnement N-1", "heuresNonNulles"),
  // One LAEP's N-1 figures, from which a campaign derives its territory's forfait and its existing hours.
  heuresFonctionnementN1: champ("heuresFonctionnementN1", "heures_fonctionnement_n1", "Heures de fonctionnement N-1", "heures"),
  bonusCtgN1: champ("bonusCtgN1", "bonus_ctg_n1", "Bonus territoire CTG N-1", "euros"),
};

/** What each nature expects, said the way the message ends: « attendu … ». */
export const ATTENDU: { readonly [N in Nature]: string } = {
  heures: "un nombre d'heures positif ou nul",
  heuresNonNulles: "un nombre d'heures strictement positif",
  euros: "un montant en euros positif ou nul",
  eurosParHeure: "un montant en euros par heure positif ou nul",
  taux: "une fraction entre 0 et 1 (60 % s'écrit 0,6)",
};
