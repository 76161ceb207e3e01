/**
 * The training cases of the « Formation » tab, as data: one case per rule of
 * the addendum, on the fictitious training barème (BAREME_DEMONSTRATION:
 * taux 60 %, prix plafond 30 €/h, barème nouvelle heure 10 €/h, forfait de
 * l'offre existante 5 €/h), with round figures a trainee can work out with a
 * pencil.
 *
 * Every answer (`reponse`) and every common wrong answer (`pieges`) was
 * worked out by hand, in the comment above its case; the tests check each
 * answer against the core (test/core/formation/cas.test.ts), so that a
 * change of rule or of barème cannot leave a case teaching a wrong figure.
 *
 * Figures are written as a trainee types them (French, « 16 200 », « 4,5 »).
 */
import type { CleEtape } from "../explication/detail";

/** Which rule of the addendum a case is built to show (the tests check that it does). */
export type RegleMontree = "organisation50" | "sousPlafond" | "auDessusPlafond" | "nouvellesHeures" | "baisse" | "plafond80" | "forfaitTerritoire";

/** A wrong answer trainees often give, and what to tell them. */
export interface Piege {
  valeur: string;
  indice: string;
}

export interface QuestionCas {
  /** The step of the computation asked for (its figure is the answer). */
  etape: CleEtape;
  /** The answer, worked out by hand (the tests compare it with the core's figure). */
  reponse: string;
  /** What to look at again when the answer is wrong. */
  indice: string;
  pieges?: readonly Piege[];
}

/** One LAEP of the territory in N-1, for the case where the forfait is computed. */
export interface LaepDuTerritoire {
  nom: string;
  heuresN1: string;
  bonusN1: string;
  /** The LAEP the case is about. */
  ceLaep?: boolean;
}

export interface CasFormation {
  id: string;
  titre: string;
  regle: RegleMontree;
  /** The rule in plain words, one sentence, said before the statement. */
  enPratique: string;
  /** The statement, as a trainer reads it to the room. */
  enonce: string;
  laep: {
    heuresOuverture: string;
    heuresOrganisation: string;
    charges: string;
    /** Operating hours in N-1 (the existing offer); 0 for a new LAEP. */
    heuresExistantes: string;
    autresFondsNationaux?: string;
  };
  /** The territory's LAEP in N-1: the forfait is then their total bonus ÷ their total hours, not the barème's. */
  territoire?: readonly LaepDuTerritoire[];
  /** In the order of the computation: the first wrong one is the one to explain. */
  questions: readonly QuestionCas[];
  /** The steps the correction reveals one by one, in the order of the computation. */
  correction: readonly CleEtape[];
}

export const CAS_FORMATION: readonly CasFormation[] = [
  // 300 h + min(200 h ; 50 % × 300 h = 150 h) = 450 h. 16 200 € ÷ 450 h = 36 €/h > 30 €/h:
  // 60 % × 30 €/h × 450 h = 8 100 €. Bonus: 450 h existing × 5 €/h = 2 250 €; 80 % × 16 200 = 12 960 € ≥ 10 350 €.
  // Traps: 200 h (all declared), 500 h (300 + 200), 9 000 € (18 €/h × 500 h), 9 720 € (60 % of the charges).
  {
    id: "organisation-50",
    titre: "Des heures d'organisation limitées à la moitié des heures d'ouverture",
    regle: "organisation50",
    enPratique: "Les heures d'organisation (préparation, déplacements, réunions, analyse de la pratique) comptent, mais jamais plus que la moitié des heures d'ouverture au public.",
    enonce:
      "Le LAEP Les Lucioles accueille les enfants et les parents 300 heures dans l'année. Son équipe déclare 200 heures d'organisation. Ses charges de l'année sont de 16 200 €. Il fonctionnait déjà 450 heures l'année précédente.",
    laep: { heuresOuverture: "300", heuresOrganisation: "200", charges: "16 200", heuresExistantes: "450" },
    questions: [
      {
        etape: "heuresOrganisationRetenues",
        reponse: "150",
        indice: "Au plus la moitié des heures d'ouverture : comparez 200 h à 50 % × 300 h.",
        pieges: [{ valeur: "200", indice: "Les 200 heures déclarées ne comptent pas toutes : au plus la moitié des 300 heures d'ouverture." }],
      },
      {
        etape: "heuresFonctionnement",
        reponse: "450",
        indice: "Heures d'ouverture + heures d'organisation retenues (pas déclarées).",
        pieges: [{ valeur: "500", indice: "300 h + 200 h compte toutes les heures d'organisation déclarées : seules celles retenues s'ajoutent aux heures d'ouverture." }],
      },
      {
        etape: "subventionLaep",
        reponse: "8 100",
        indice: "Comparez d'abord le prix de revient par heure (charges ÷ heures de fonctionnement) au prix plafond de 30 €/h.",
        pieges: [
          { valeur: "9 000", indice: "C'est la subvention de 500 heures : seules 450 heures de fonctionnement comptent." },
          { valeur: "9 720", indice: "60 % des charges : le prix de revient (36 €/h) dépasse le prix plafond, c'est donc 60 % du prix plafond par heure qui compte." },
        ],
      },
    ],
    correction: ["heuresOrganisationRetenues", "heuresFonctionnement", "prixDeRevientHoraire", "subventionHoraire", "subventionLaep"],
  },
  // 500 h + min(100 h ; 250 h) = 600 h. 16 800 € ÷ 600 h = 28 €/h < 30 €/h: 60 % × 28 €/h = 16,80 €/h,
  // 60 % × 16 800 € = 10 080 €. Traps: 18 €/h and 10 800 € (the ceiling applied although not reached).
  {
    id: "sous-le-plafond",
    titre: "Un prix de revient sous le prix plafond",
    regle: "sousPlafond",
    enPratique: "Quand une heure coûte moins que le prix plafond, la subvention est le taux appliqué à ce qu'elle coûte vraiment.",
    enonce:
      "Le LAEP La Passerelle ouvre 500 heures et déclare 100 heures d'organisation. Ses charges de l'année sont de 16 800 €. Il fonctionnait déjà 600 heures l'année précédente.",
    laep: { heuresOuverture: "500", heuresOrganisation: "100", charges: "16 800", heuresExistantes: "600" },
    questions: [
      { etape: "heuresFonctionnement", reponse: "600", indice: "500 h d'ouverture ; les 100 h d'organisation ne dépassent pas la moitié des heures d'ouverture." },
      { etape: "prixDeRevientHoraire", reponse: "28", indice: "Charges ÷ heures de fonctionnement." },
      {
        etape: "subventionHoraire",
        reponse: "16,80",
        indice: "Le prix de revient est-il au-dessus ou au-dessous du prix plafond de 30 €/h ? Appliquez 60 % au plus petit des deux.",
        pieges: [{ valeur: "18", indice: "60 % du prix plafond ne vaut que si le prix de revient le dépasse. Ici 28 €/h est sous les 30 €/h : 60 % du prix de revient." }],
      },
      {
        etape: "subventionLaep",
        reponse: "10 080",
        indice: "Subvention horaire × heures de fonctionnement, ou directement 60 % des charges.",
        pieges: [{ valeur: "10 800", indice: "C'est 60 % du prix plafond × 600 h : le prix de revient (28 €/h) est sous le plafond, c'est lui qui compte." }],
      },
    ],
    correction: ["heuresFonctionnement", "prixDeRevientHoraire", "subventionHoraire", "subventionLaep"],
  },
  // 400 h + min(100 h ; 200 h) = 500 h. 20 000 € ÷ 500 h = 40 €/h > 30 €/h: 60 % × 30 = 18 €/h, × 500 h = 9 000 €.
  // Traps: 24 €/h and 12 000 € (60 % of the cost price, ceiling forgotten).
  {
    id: "au-dessus-du-plafond",
    titre: "Un prix de revient au-dessus du prix plafond",
    regle: "auDessusPlafond",
    enPratique: "Quand une heure coûte plus que le prix plafond, la subvention est le taux appliqué au prix plafond : le barème.",
    enonce: "Le LAEP Le Jardin des familles ouvre 400 heures et déclare 100 heures d'organisation. Ses charges de l'année sont de 20 000 €. Il fonctionnait déjà 500 heures l'année précédente.",
    laep: { heuresOuverture: "400", heuresOrganisation: "100", charges: "20 000", heuresExistantes: "500" },
    questions: [
      { etape: "prixDeRevientHoraire", reponse: "40", indice: "Charges ÷ heures de fonctionnement (400 h + 100 h)." },
      {
        etape: "subventionHoraire",
        reponse: "18",
        indice: "Le prix de revient dépasse-t-il le prix plafond de 30 €/h ? Appliquez 60 % au plus petit des deux.",
        pieges: [{ valeur: "24", indice: "60 % du prix de revient : il dépasse le prix plafond, c'est donc 60 % du prix plafond (30 €/h) qui compte." }],
      },
      {
        etape: "subventionLaep",
        reponse: "9 000",
        indice: "Subvention horaire × heures de fonctionnement.",
        pieges: [{ valeur: "12 000", indice: "60 % des charges : au-dessus du prix plafond, la subvention est 60 % × 30 €/h par heure de fonctionnement." }],
      },
    ],
    correction: ["heuresFonctionnement", "prixDeRevientHoraire", "subventionHoraire", "subventionLaep"],
  },
  // 400 h + min(200 h ; 200 h) = 600 h; N-1 400 h: 400 h existing × 5 €/h + 200 h new × 10 €/h = 4 000 €.
  // 21 000 € ÷ 600 h = 35 €/h > 30: subvention 10 800 €; 80 % × 21 000 = 16 800 € ≥ 14 800 €.
  // Traps: 600 h existing; 3 000 € (every hour at the forfait), 6 000 € (every hour new).
  {
    id: "existantes-et-nouvelles",
    titre: "Heures existantes et nouvelles heures",
    regle: "nouvellesHeures",
    enPratique:
      "Le bonus territoire CTG paie les heures que le LAEP faisait déjà l'an dernier au forfait de l'offre existante, et chaque heure en plus au barème nouvelle heure.",
    enonce:
      "Le LAEP Les Cabanes fonctionnait 400 heures l'an dernier. Cette année, il ouvre 400 heures et déclare 200 heures d'organisation. Ses charges sont de 21 000 €. Le forfait de l'offre existante sur son territoire est de 5 €/h.",
    laep: { heuresOuverture: "400", heuresOrganisation: "200", charges: "21 000", heuresExistantes: "400" },
    questions: [
      { etape: "heuresFonctionnement", reponse: "600", indice: "400 h d'ouverture + les heures d'organisation retenues (au plus 200 h)." },
      {
        etape: "heuresExistantesRetenues",
        reponse: "400",
        indice: "Les heures de cette année, dans la limite de celles de l'an dernier.",
        pieges: [{ valeur: "600", indice: "L'offre existante s'arrête aux 400 heures de l'an dernier : les heures au-delà sont nouvelles." }],
      },
      { etape: "nouvellesHeures", reponse: "200", indice: "Les heures de cette année au-delà de celles de l'an dernier." },
      {
        etape: "bonusAvantPlafonnement",
        reponse: "4 000",
        indice: "Heures existantes × 5 €/h + nouvelles heures × 10 €/h.",
        pieges: [
          { valeur: "3 000", indice: "Toutes les heures au forfait de l'offre existante : seules les 400 heures de l'an dernier y sont ; les 200 autres sont payées au barème nouvelle heure, 10 €/h." },
          { valeur: "6 000", indice: "Toutes les heures au barème nouvelle heure : les 400 heures de l'an dernier sont payées au forfait de l'offre existante, 5 €/h." },
        ],
      },
    ],
    correction: ["heuresFonctionnement", "heuresExistantesRetenues", "nouvellesHeures", "bonusAvantPlafonnement"],
  },
  // 300 h + min(100 h ; 150 h) = 400 h, below the 600 h of N-1: 400 h existing, 0 new, 400 × 5 = 2 000 €.
  // 14 000 € ÷ 400 h = 35 €/h: subvention 18 × 400 = 7 200 €; 80 % × 14 000 = 11 200 € ≥ 9 200 €.
  // Traps: 600 h existing; −200 h new; 3 000 € (the N-1 hours paid), 1 000 € (the drop deducted).
  {
    id: "baisse",
    titre: "Un LAEP qui fonctionne moins que l'an dernier",
    regle: "baisse",
    enPratique: "Le bonus territoire CTG est calculé sur les heures réelles de l'année : un LAEP qui fonctionne moins n'est payé que pour ses heures, sans pénalité en plus.",
    enonce:
      "Le LAEP Les Petits Pas fonctionnait 600 heures l'an dernier. Cette année, faute d'accueillant, il n'ouvre que 300 heures et déclare 100 heures d'organisation. Ses charges sont de 14 000 €. Le forfait de l'offre existante est de 5 €/h.",
    laep: { heuresOuverture: "300", heuresOrganisation: "100", charges: "14 000", heuresExistantes: "600" },
    questions: [
      { etape: "heuresFonctionnement", reponse: "400", indice: "300 h d'ouverture + les heures d'organisation retenues." },
      {
        etape: "heuresExistantesRetenues",
        reponse: "400",
        indice: "Les heures de cette année, dans la limite de celles de l'an dernier : le plus petit des deux.",
        pieges: [{ valeur: "600", indice: "Les 600 heures de l'an dernier ne sont plus faites : le bonus se calcule sur les heures réelles de cette année." }],
      },
      {
        etape: "nouvellesHeures",
        reponse: "0",
        indice: "Y a-t-il des heures au-delà de celles de l'an dernier ?",
        pieges: [{ valeur: "-200", indice: "Les nouvelles heures ne sont jamais négatives : la baisse ne se retire pas du bonus, elle réduit seulement les heures payées." }],
      },
      {
        etape: "bonusAvantPlafonnement",
        reponse: "2 000",
        indice: "Heures existantes retenues × 5 €/h + nouvelles heures × 10 €/h.",
        pieges: [
          { valeur: "3 000", indice: "C'est le bonus des 600 heures de l'an dernier : seules les 400 heures réelles de cette année sont payées." },
          { valeur: "1 000", indice: "La baisse de 200 heures n'est pas retirée une seconde fois : les 400 heures réelles sont payées au forfait, 5 €/h." },
        ],
      },
    ],
    correction: ["heuresFonctionnement", "heuresExistantesRetenues", "nouvellesHeures", "bonusAvantPlafonnement"],
  },
  // 400 h + min(200 h ; 200 h) = 600 h; 15 000 € ÷ 600 h = 25 €/h < 30: subvention 60 % × 15 000 = 9 000 €.
  // Bonus 600 h × 5 = 3 000 €. 80 % × 15 000 = 12 000 €; 9 000 + 3 000 + 2 000 = 14 000 € > 12 000 €:
  // bonus 12 000 − 9 000 − 2 000 = 1 000 €, écrêtement 2 000 €; total 12 000 €, reste 3 000 €.
  // Traps: 7 000 € (the subvention cut), 3 000 € (no cap), 1 000 € (reste without the cap).
  {
    id: "plafond-80",
    titre: "Le plafond de 80 % des charges, avec d'autres fonds nationaux",
    regle: "plafond80",
    enPratique:
      "Ensemble, les fonds nationaux (subvention LAEP, bonus territoire CTG et autres subventions de fonctionnement nationales) ne doivent pas dépasser 80 % des charges. Quand ils les dépasseraient, seul le bonus est réduit : c'est l'écrêtement.",
    enonce:
      "Le LAEP L'Escale ouvre 400 heures et déclare 200 heures d'organisation. Ses charges sont de 15 000 €. Il fonctionnait déjà 600 heures l'an dernier, au forfait de 5 €/h. Il reçoit aussi 2 000 € d'une autre subvention de fonctionnement sur fonds nationaux.",
    laep: { heuresOuverture: "400", heuresOrganisation: "200", charges: "15 000", heuresExistantes: "600", autresFondsNationaux: "2 000" },
    questions: [
      {
        etape: "subventionLaep",
        reponse: "9 000",
        indice: "Prix de revient : 15 000 € ÷ 600 h. Est-il sous le prix plafond de 30 €/h ?",
        pieges: [{ valeur: "7 000", indice: "Seul le bonus territoire CTG est écrêté : la subvention LAEP reste entière." }],
      },
      { etape: "bonusAvantPlafonnement", reponse: "3 000", indice: "600 heures existantes × 5 €/h, aucune nouvelle heure." },
      { etape: "plafondFondsNationaux", reponse: "12 000", indice: "80 % des charges." },
      {
        etape: "ecretement",
        reponse: "2 000",
        indice: "Subvention + bonus + autres fonds nationaux, moins le plafond de 80 % : ce qui dépasse.",
        pieges: [{ valeur: "0", indice: "9 000 € + 3 000 € + 2 000 € = 14 000 €, plus que les 12 000 € du plafond : il y a un écrêtement." }],
      },
      {
        etape: "bonusTerritoireCtg",
        reponse: "1 000",
        indice: "Le bonus avant plafond, moins l'écrêtement.",
        pieges: [{ valeur: "3 000", indice: "C'est le bonus avant plafond : avec lui, les fonds nationaux dépasseraient 80 % des charges." }],
      },
      {
        etape: "resteAFinancer",
        reponse: "3 000",
        indice: "Charges − subvention − bonus écrêté − autres fonds nationaux.",
        pieges: [{ valeur: "1 000", indice: "Le bonus retenu est le bonus écrêté (1 000 €), pas le bonus avant plafond." }],
      },
    ],
    correction: ["subventionLaep", "bonusAvantPlafonnement", "plafondFondsNationaux", "ecretement", "bonusTerritoireCtg", "totalFondsNationaux", "resteAFinancer"],
  },
  // Forfait: (2 600 + 1 300 + 600) € ÷ (500 + 300 + 200) h = 4 500 € ÷ 1 000 h = 4,50 €/h.
  // 300 h + min(100 h ; 150 h) = 400 h; 300 h existing × 4,50 + 100 h new × 10 = 1 350 + 1 000 = 2 350 €.
  // 14 000 € ÷ 400 h = 35 €/h: subvention 7 200 €; 80 % × 14 000 = 11 200 € ≥ 9 550 €.
  // Traps: 4,33 €/h (this LAEP alone: 1 300 ÷ 300), 4,18 €/h (mean of 5,20, 4,33… and 3,00), 1 800 € (every hour at the forfait).
  {
    id: "forfait-territoire",
    titre: "Le forfait de l'offre existante d'un territoire",
    regle: "forfaitTerritoire",
    enPratique:
      "Le forfait de l'offre existante est le même pour tous les LAEP d'un territoire : le total du bonus territoire CTG de l'an dernier divisé par le total de leurs heures de fonctionnement.",
    enonce:
      "Sur le territoire de la convention, trois LAEP ont reçu un bonus territoire CTG l'an dernier (tableau ci-dessous). Cette année, Les Petits Pas ouvre 300 heures et déclare 100 heures d'organisation, pour 14 000 € de charges.",
    laep: { heuresOuverture: "300", heuresOrganisation: "100", charges: "14 000", heuresExistantes: "300" },
    territoire: [
      { nom: "La Ribambelle", heuresN1: "500", bonusN1: "2 600" },
      { nom: "Les Petits Pas", heuresN1: "300", bonusN1: "1 300", ceLaep: true },
      { nom: "L'Île aux familles", heuresN1: "200", bonusN1: "600" },
    ],
    questions: [
      { etape: "heuresFonctionnement", reponse: "400", indice: "300 h d'ouverture + les heures d'organisation retenues." },
      {
        etape: "forfaitExistant",
        reponse: "4,5",
        indice: "Total des bonus de l'an dernier ÷ total des heures de l'an dernier, pour les trois LAEP ensemble.",
        pieges: [
          { valeur: "4,33", indice: "C'est le forfait des Petits Pas seuls : le forfait est celui du territoire, les trois LAEP ensemble." },
          { valeur: "4,18", indice: "La moyenne des trois forfaits ne tient pas compte des heures : divisez le total des bonus par le total des heures." },
        ],
      },
      { etape: "nouvellesHeures", reponse: "100", indice: "Les heures de cette année au-delà des 300 heures de l'an dernier." },
      {
        etape: "bonusAvantPlafonnement",
        reponse: "2 350",
        indice: "Heures existantes × forfait du territoire + nouvelles heures × 10 €/h.",
        pieges: [{ valeur: "1 800", indice: "Toutes les heures au forfait : les 100 heures de plus que l'an dernier sont payées au barème nouvelle heure, 10 €/h." }],
      },
    ],
    correction: ["heuresFonctionnement", "heuresExistantesRetenues", "forfaitExistant", "nouvellesHeures", "bonusAvantPlafonnement"],
  },
];
