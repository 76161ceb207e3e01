/**
 * Every step of the computation of one LAEP's funding, in order, with the
 * sentence of the addendum each step applies: what LAEP.DETAIL spills into the
 * sheet and what the task pane shows.
 */
import { ADDENDUM } from "../addendum";
import { calculerFinancement, type EntreesFinancement, type Financement } from "../financement";
import { type Decimal, Exact } from "../money";
import * as bonusAvant from "../regles/bonusAvantPlafonnement";
import * as bonusCtg from "../regles/bonusTerritoireCtg";
import * as heures from "../regles/heuresFonctionnement";
import * as organisation from "../regles/heuresOrganisationRetenues";
import * as subvention from "../regles/subventionLaep";
import { nombreFini } from "../calculs";
import type { Unite } from "../format/formaterSelonUnite";
import { operations } from "./operations";

export type { Unite };

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
  /** A computed step as an operation on its figures (« 400 h + 200 h = 600 h »); inputs have none. */
  operation?: string;
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
  /** True when the hourly cost price exceeds the ceiling (the barème applies); false without hours, where the cost price has no meaning. */
  prixPlafondApplique: boolean;
}

export type EntreesDetail = EntreesFinancement;

/** What each step is, said once; its value comes from `valeurs`. */
interface DescriptionEtape {
  cle: CleEtape;
  libelle: string;
  unite: Unite;
  calcul: string | ((f: Financement) => string);
  texte?: string;
}

const ETAPES: readonly DescriptionEtape[] = [
  { cle: "heuresOuverture", libelle: "Heures d'ouverture", unite: "heures", calcul: "Heures d'ouverture au public, saisies." },
  { cle: "heuresOrganisationDeclarees", libelle: "Heures d'organisation déclarées", unite: "heures", calcul: "Heures d'organisation de l'activité déclarées par le partenaire." },
  { cle: "heuresOrganisationRetenues", libelle: "Heures d'organisation retenues", unite: "heures", calcul: "Heures d'organisation déclarées, dans la limite de 50 % des heures d'ouverture.", texte: organisation.TEXTE },
  { cle: "heuresFonctionnement", libelle: "Heures de fonctionnement", unite: "heures", calcul: "Heures d'ouverture + heures d'organisation retenues.", texte: heures.TEXTE },
  { cle: "charges", libelle: "Charges annuelles", unite: "euros", calcul: "Charges annuelles du LAEP, saisies, prises au centime." },
  { cle: "prixDeRevientHoraire", libelle: "Prix de revient horaire", unite: "eurosParHeure", calcul: "Charges ÷ heures de fonctionnement (sans objet sans heure de fonctionnement).", texte: subvention.TEXTE },
  { cle: "prixPlafond", libelle: "Prix plafond horaire", unite: "eurosParHeure", calcul: "Prix plafond par heure, barème publié par la Cnaf." },
  { cle: "taux", libelle: "Taux de la subvention", unite: "taux", calcul: "Pourcentage de financement, barème publié par la Cnaf.", texte: ADDENDUM.baremes },
  {
    cle: "subventionHoraire",
    libelle: "Subvention horaire",
    unite: "eurosParHeure",
    calcul: (f) =>
      f.heuresFonctionnement.isZero()
        ? "Sans objet sans heure de fonctionnement : la subvention est nulle."
        : f.prixPlafondApplique
          ? "Taux × prix plafond (le prix de revient dépasse le plafond)."
          : "Taux × prix de revient horaire (le prix de revient ne dépasse pas le plafond).",
    texte: subvention.TEXTE,
  },
  { cle: "subventionLaep", libelle: "Subvention LAEP", unite: "euros", calcul: "Taux × min(prix de revient ; prix plafond) × heures de fonctionnement, calculé exactement puis arrondi au centime.", texte: subvention.TEXTE },
  { cle: "heuresExistantes", libelle: "Heures existantes (N-1)", unite: "heures", calcul: "Heures de fonctionnement existantes l'année N-1, saisies (0 si omises)." },
  { cle: "heuresExistantesRetenues", libelle: "Heures existantes retenues", unite: "heures", calcul: "Heures de fonctionnement plafonnées à l'existant.", texte: bonusAvant.TEXTE },
  { cle: "forfaitExistant", libelle: "Forfait horaire offre existante", unite: "eurosParHeure", calcul: "Total du bonus CTG N-1 ÷ total des heures soutenues sur le territoire (voir LAEP.FORFAITCTG)." },
  { cle: "nouvellesHeures", libelle: "Nouvelles heures", unite: "heures", calcul: "Heures de fonctionnement au-delà de l'existant N-1.", texte: bonusAvant.TEXTE },
  { cle: "baremeNouvelleHeure", libelle: "Barème nouvelle heure", unite: "eurosParHeure", calcul: "Montant forfaitaire national par nouvelle heure, barème publié par la Cnaf." },
  { cle: "bonusAvantPlafonnement", libelle: "Bonus avant plafonnement", unite: "euros", calcul: "Heures existantes retenues × forfait + nouvelles heures × barème nouvelle heure.", texte: bonusAvant.TEXTE },
  { cle: "plafondFondsNationaux", libelle: "Plafond 80 % des charges", unite: "euros", calcul: "80 % des charges : plafond de la somme des fonds nationaux.", texte: bonusCtg.TEXTE },
  { cle: "autresFondsNationaux", libelle: "Autres fonds nationaux", unite: "euros", calcul: "Autres subventions de fonctionnement sur fonds nationaux, saisies, prises au centime (0 si omises)." },
  { cle: "ecretement", libelle: "Écrêtement", unite: "euros", calcul: "Part du bonus retirée pour respecter le plafond de 80 % (le bonus seul est écrêté).", texte: bonusCtg.TEXTE },
  { cle: "bonusTerritoireCtg", libelle: "Bonus territoire CTG", unite: "euros", calcul: "Bonus avant plafonnement − écrêtement, jamais négatif.", texte: bonusCtg.TEXTE },
  { cle: "totalFondsNationaux", libelle: "Total fonds nationaux", unite: "euros", calcul: "Subvention LAEP + bonus territoire CTG + autres fonds nationaux." },
  { cle: "resteAFinancer", libelle: "Reste à financer", unite: "euros", calcul: "Charges − total des fonds nationaux : la part à financer par d'autres partenaires." },
];

/**
 * The value of each step, in the order of ETAPES. Hourly figures are for
 * reading only (rounded to the cent): the subvention never goes through them
 * (see `subventionLaep`).
 */
function valeurs(f: Financement): (Exact | null)[] {
  const e = f.entrees;
  const h = f.heuresFonctionnement;
  const sansHeure = h.isZero();
  return [
    e.heuresOuverture,
    e.heuresOrganisation,
    f.heuresOrganisationRetenues,
    h,
    e.charges.arrondiAuCentime(),
    sansHeure ? null : Exact.quotientArrondiAuCentime(e.charges, h),
    e.prixPlafond,
    e.taux,
    sansHeure ? null : f.prixPlafondApplique ? e.taux.times(e.prixPlafond).arrondiAuCentime() : Exact.quotientArrondiAuCentime(e.taux.times(e.charges), h),
    f.subventionLaep,
    e.heuresExistantes,
    f.heuresExistantesRetenues,
    e.forfaitExistant,
    f.nouvellesHeures,
    e.baremeNouvelleHeure,
    f.bonusAvantPlafonnement,
    f.plafondFondsNationaux.arrondiAuCentime(),
    e.autresFondsNationaux.arrondiAuCentime(),
    f.ecretement,
    f.bonusTerritoireCtg,
    f.totalFondsNationaux,
    f.resteAFinancer,
  ];
}

/** Every step, labelled, with its explanation, the addendum's sentence and its operation: for the task pane and the calculation sheet. */
export function calculerDetail(entrees: EntreesDetail, options: { operations?: boolean } = {}): Detail {
  const f = calculerFinancement(entrees);
  const v = valeurs(f);
  // Writing the operations is four fifths of the cost: a series of a hundred points (Et si…) goes without.
  const o = options.operations === false ? {} : operations(f);
  return {
    etapes: ETAPES.map((d, i) => {
      const etape: Etape = { cle: d.cle, libelle: d.libelle, valeur: v[i]?.enDecimal() ?? null, unite: d.unite, calcul: typeof d.calcul === "string" ? d.calcul : d.calcul(f) };
      if (d.texte !== undefined) etape.texte = d.texte;
      const operation = o[d.cle];
      if (operation !== undefined) etape.operation = operation;
      return etape;
    }),
    heuresFonctionnement: f.heuresFonctionnement.enDecimal(),
    subventionLaep: f.subventionLaep.enDecimal(),
    bonusAvantPlafonnement: f.bonusAvantPlafonnement.enDecimal(),
    ecretement: f.ecretement.enDecimal(),
    bonusTerritoireCtg: f.bonusTerritoireCtg.enDecimal(),
    autresFondsNationaux: f.entrees.autresFondsNationaux.enDecimal(),
    totalFondsNationaux: f.totalFondsNationaux.enDecimal(),
    resteAFinancer: f.resteAFinancer.enDecimal(),
    charges: f.entrees.charges.enDecimal(),
    plafonnementApplique: f.plafonnementApplique,
    // Without hours there is no cost price to compare: nothing is « above the ceiling ».
    prixPlafondApplique: !f.heuresFonctionnement.isZero() && f.prixPlafondApplique,
  };
}

/** The same steps as rows of two cells (label, number or « sans objet »): what LAEP.DETAIL spills. */
export function detailEnLignes(entrees: EntreesDetail): (string | number)[][] {
  const v = valeurs(calculerFinancement(entrees));
  return ETAPES.map((d, i) => {
    const x = v[i];
    return [d.libelle, x === null ? "sans objet" : nombreFini(x)];
  });
}

/** Number of rows LAEP.DETAIL spills. */
export const NOMBRE_ETAPES = ETAPES.length;
