/** « Aide »: the rules in plain French with the addendum's sentences, and one live example per function. */
import {
  ADDENDUM,
  BAREME_DEMONSTRATION as DEMO,
  calculerBonusCtg,
  calculerEcretement,
  calculerForfaitCtg,
  calculerHeures,
  calculerSubvention,
  Decimal,
  Exact,
  forfaitDuTerritoire,
  formaterEuros,
  formaterEurosParHeure,
  formaterHeures,
  formaterNombre,
  TEXTE_BONUS,
  TEXTE_FORFAIT,
  TEXTE_HEURES_FONCTIONNEMENT,
  TEXTE_HEURES_ORGANISATION,
  TEXTE_PLAFONNEMENT,
  TEXTE_SUBVENTION,
} from "../../core";
import { el } from "./dom";

export function vueAide(): HTMLElement {
  // The examples are computed by the core with the fictitious training barème: nothing is typed by hand here.
  const t = DEMO.taux.toNumber();
  const p = DEMO.prixPlafond.toNumber();
  const f = DEMO.forfaitExistant!.toNumber();
  const n = DEMO.baremeNouvelleHeure.toNumber();
  const fr = (x: number) => String(x).replace(".", ",");
  const subvention = calculerSubvention({ heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, taux: t, prixPlafond: p });
  const exemples: [string, string, string][] = [
    ["LAEP.HEURES", "=LAEP.HEURES(400; 300)", formaterHeures(new Decimal(calculerHeures({ heuresOuverture: 400, heuresOrganisation: 300 })))],
    ["LAEP.SUBVENTION", `=LAEP.SUBVENTION(400; 300; 12000; ${fr(t * 100)}%; ${fr(p)})`, formaterEuros(new Decimal(subvention))],
    [
      "LAEP.BONUSCTG",
      `=LAEP.BONUSCTG(400; 300; 12000; ${fr(subvention)}; 500; ${fr(f)}; ${fr(n)})`,
      formaterEuros(new Decimal(calculerBonusCtg({ heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, subvention, heuresExistantes: 500, forfaitExistant: f, baremeNouvelleHeure: n }))),
    ],
    [
      "LAEP.ECRETEMENT",
      `=LAEP.ECRETEMENT(400; 300; 12000; ${fr(subvention)}; 500; ${fr(f)}; ${fr(n)})`,
      formaterEuros(new Decimal(calculerEcretement({ heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, subvention, heuresExistantes: 500, forfaitExistant: f, baremeNouvelleHeure: n }))),
    ],
    ["LAEP.FORFAITCTG", "=LAEP.FORFAITCTG(150000; 40000)", formaterEurosParHeure(new Decimal(calculerForfaitCtg({ bonusTotalN1: 150000, heuresTotalesN1: 40000 })))],
    ["LAEP.DETAIL", `=LAEP.DETAIL(400; 300; 12000; ${fr(t * 100)}%; ${fr(p)}; 500; ${fr(f)}; ${fr(n)})`, "un tableau de deux colonnes : chaque étape et sa valeur"],
  ];
  const regle = (titre: string, explication: string, texte: string) =>
    el("section", {}, el("h2", {}, titre), el("p", {}, explication), el("blockquote", {}, `« ${texte} »`));

  return el(
    "div",
    { class: "colonne-lecture" },
    el("p", {}, `Règles de l'${ADDENDUM.titre.replace(/^Addendum/, "addendum")}, ${ADDENDUM.date}.`),
    el("p", {}, "Pour s'exercer sur des cas chiffrés, une règle à la fois, avec la correction pas à pas : l'onglet Formation."),
    regle(
      "Heures de fonctionnement",
      "Les heures d'ouverture au public, plus les heures d'organisation (préparation, déplacements, analyse de la pratique, réunions), ces dernières retenues au plus pour la moitié des heures d'ouverture.",
      `${TEXTE_HEURES_FONCTIONNEMENT} ${TEXTE_HEURES_ORGANISATION}`,
    ),
    regle(
      "Subvention LAEP",
      "Le prix de revient horaire (charges ÷ heures de fonctionnement) est comparé au prix plafond ; le taux s'applique au plus petit des deux, puis on multiplie par les heures de fonctionnement.",
      TEXTE_SUBVENTION,
    ),
    regle(
      "Bonus territoire CTG",
      "Les heures déjà existantes en N-1 sont payées au forfait horaire de l'offre existante ; les nouvelles heures, au-delà de ce niveau, au barème nouvelle heure.",
      TEXTE_BONUS,
    ),
    regle("Forfait de l'offre existante", "Le total du bonus de l'année N-1 sur le territoire, divisé par le total des heures soutenues.", TEXTE_FORFAIT),
    regle(
      "Plafond de 80 %",
      "Subvention, bonus et autres fonds nationaux ensemble ne dépassent pas 80 % des charges ; au-delà, seul le bonus est réduit (écrêté), jamais en dessous de 0.",
      TEXTE_PLAFONNEMENT,
    ),
    el("h2", {}, "Arrondi"),
    el(
      "p",
      {},
      "Les nombres sont lus tels qu'Excel les affiche, à 15 chiffres significatifs : une cellule =SOMME(10000,05;0,30) contient 10000,349999999999 mais affiche 10 000,35, et c'est 10 000,35 qui est pris (à 50 %, 5 000,18 €). Les montants saisis en euros sont pris au centime, pour que chaque tableau s'additionne tel qu'il est affiché.",
    ),
    el("p", {}, "Les montants calculés sont exacts, puis arrondis une seule fois au centime, la moitié s'éloignant de zéro (comme ARRONDI(…;2)). Les heures et le forfait ne sont pas arrondis."),
    el(
      "p",
      {},
      "Taux : dans ce volet, « 60 % », « 60 » et « 0,6 » veulent dire 60 % (le volet affiche « lu : 60 % ») ; dans une formule LAEP, le taux est une fraction (60% ou 0,6). Écrivez 1 234,56 ou 1234,56 : « 1.234 » est refusé, car il peut se lire 1 234 ou 1,234.",
    ),
    el("h2", {}, "Les fonctions, avec un exemple"),
    el("p", { class: "avertissement" }, `Exemples calculés avec le ${DEMO.libelle.toLowerCase()} : ${DEMO.source}`),
    // One block per function, the formula above its result: a two-column table left
    // the formula one character wide at 320 px.
    el(
      "ul",
      { id: "exemples", class: "exemples" },
      ...exemples.map(([nom, formule, resultat]) =>
        el(
          "li",
          { "data-fonction": nom },
          el("h3", {}, nom),
          el("code", { class: "formule" }, formule),
          el("p", {}, "Résultat : ", el("strong", { class: "resultat" }, resultat)),
        ),
      ),
    ),
    el("p", {}, "Dans Excel, une saisie inutilisable donne #VALEUR! avec un message en français qui nomme l'argument (survolez la cellule)."),
    el("h2", {}, "La campagne d'un territoire"),
    el(
      "p",
      {},
      "Chaque année, le forfait de l'offre existante d'un territoire se calcule sur les chiffres N-1 de tous ses LAEP : total du bonus CTG N-1 ÷ total des heures de fonctionnement N-1. Chaque LAEP garde ses heures N-1 comme heures existantes ; un nouveau LAEP n'en a pas, un territoire sans heure en N-1 n'a pas d'offre existante (forfait 0).",
    ),
    el(
      "p",
      { id: "exemple-campagne" },
      `Dans exemples/campagne.csv (fictif), Val de Brume a ${formaterEuros(new Decimal(5800))} de bonus N-1 pour ${formaterHeures(new Decimal(1100))} : forfait ${formaterNombre(forfaitDuTerritoire(Exact.de("5800"), Exact.de("1100")).enDecimal(), 2)} €/h, non arrondi.`,
    ),
    el(
      "p",
      {},
      "Dans Excel, l'onglet Tableau complète votre portefeuille avec ces formules (SOMME.SI par territoire). En ligne de commande : ",
      el("code", {}, "financement-laep calcul exemples/campagne.csv --synthese synthese.csv"),
      ".",
    ),
  );
}
