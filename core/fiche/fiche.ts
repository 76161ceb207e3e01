/**
 * The calculation sheet of one LAEP: what a finance officer keeps in the file
 * and sends to the LAEP's manager. One A4 page: the result first, then the
 * figures given, the barème and where it comes from, every computed step as
 * an operation on its figures, and the text the rules come from. The task
 * pane prints it (Simulation) and `financement-laep fiche` writes it.
 */
import { ADDENDUM } from "../addendum";
import type { CleEtape, Detail, Etape } from "../explication/detail";
import { grouperEtapes } from "../explication/grouperEtapes";
import { dateFrancaise } from "../format/dateFrancaise";
import { formaterEuros, formaterNombre } from "../format/formaterNombre";
import { formaterSelonUnite } from "../format/formaterSelonUnite";
import { n, type Noeud, textePropre } from "./noeud";

export interface BaremeFiche {
  libelle: string;
  source: string | null;
  verifieLe: string | null;
}

export interface DonneesFiche {
  detail: Detail;
  /** The barème the taux and prices come from; null when they were typed by hand. */
  bareme: BaremeFiche | null;
  /** At least one figure is the fictitious training barème's: said in large letters. */
  fictif: boolean;
  /** ISO date the sheet is drawn up. */
  date: string;
  nom?: string | null;
  territoire?: string | null;
  /** Where the figures come from when not typed (« ligne 3 de portefeuille.csv »). */
  origine?: string | null;
  version?: string | null;
}

/** The figures given, in two short tables side by side. */
const DONNEES: { titre: string; cles: CleEtape[] }[] = [
  { titre: "Le LAEP", cles: ["heuresOuverture", "heuresOrganisationDeclarees", "charges", "heuresExistantes", "autresFondsNationaux"] },
  { titre: "Barème et territoire", cles: ["taux", "prixPlafond", "baremeNouvelleHeure", "forfaitExistant"] },
];

/** Longest texts from outside that a sheet shows in full. */
const LONGUEUR_NOM = 120;
const LONGUEUR_SOURCE = 300;

/** An input with all its digits: a forfait or a taux is not rounded, and the operations below use it as it is. */
function valeurDonnee(e: Etape): string {
  if (e.valeur === null) return "sans objet";
  if (e.unite === "eurosParHeure") return `${formaterNombre(e.valeur, 2)}\u00a0€/h`;
  if (e.unite === "taux") return `${formaterNombre(e.valeur.times(100))}\u00a0%`;
  return formaterSelonUnite(e.valeur, e.unite);
}

/** A text ended by one full stop, whether or not it had its own. */
const phrase = (t: string) => (/[.!?…]\)?$/.test(t) ? t : `${t}.`);

export function fiche(d: DonneesFiche): Noeud {
  const etape = new Map(d.detail.etapes.map((e) => [e.cle, e]));
  const ligne = (libelle: string, valeur: string, cle = false) =>
    n("tr", cle ? { class: "cle" } : {}, n("th", { scope: "row" }, libelle), n("td", { class: "n" }, valeur));
  const nom = d.nom ? textePropre(d.nom, LONGUEUR_NOM) : "";
  const territoire = d.territoire ? textePropre(d.territoire, LONGUEUR_NOM) : "";
  const b = d.bareme;

  const entete = n(
    "header",
    {},
    n("h1", {}, "Fiche de calcul — subvention LAEP et bonus territoire CTG"),
    n(
      "p",
      { class: "meta" },
      nom ? `LAEP : ${nom}. ` : "",
      territoire ? `Territoire : ${territoire}. ` : "",
      `Établie le ${dateFrancaise(d.date)}${d.version ? ` avec Financement LAEP ${d.version}` : ""}.`,
      d.origine ? ` Chiffres lus : ${textePropre(d.origine, LONGUEUR_NOM)}.` : "",
    ),
  );

  const fictif = d.fictif
    ? n(
        "div",
        { class: "fictif", role: "note" },
        n("p", { class: "fictif-titre" }, "Barème fictif"),
        n("p", {}, "Chiffres de formation, ce ne sont pas les barèmes publiés par la Cnaf : cette fiche ne vaut pas pour un dossier réel."),
      )
    : null;

  const ecretement = d.detail.ecretement;
  const resultat = n(
    "section",
    { "aria-labelledby": "fiche-resultat" },
    n("h2", { id: "fiche-resultat" }, "Résultat"),
    n(
      "table",
      { class: "resultat" },
      n(
        "tbody",
        {},
        ligne("Subvention LAEP", formaterEuros(d.detail.subventionLaep), true),
        ligne(ecretement.isZero() ? "Bonus territoire CTG" : `Bonus territoire CTG (après écrêtement de ${formaterEuros(ecretement)})`, formaterEuros(d.detail.bonusTerritoireCtg), true),
        ligne("Autres fonds nationaux", formaterEuros(d.detail.autresFondsNationaux)),
        ligne("Total des fonds nationaux", formaterEuros(d.detail.totalFondsNationaux)),
        ligne("Reste à financer par d'autres partenaires", formaterEuros(d.detail.resteAFinancer), true),
      ),
    ),
  );

  const donnees = n(
    "section",
    { "aria-labelledby": "fiche-donnees" },
    n("h2", { id: "fiche-donnees" }, "Chiffres donnés"),
    n(
      "div",
      { class: "deux" },
      ...DONNEES.map((g) => n("table", {}, n("caption", {}, g.titre), n("tbody", {}, ...g.cles.map((c) => ligne(etape.get(c)!.libelle, valeurDonnee(etape.get(c)!)))))),
    ),
    n(
      "p",
      { class: "ligne-bareme" },
      n("strong", {}, "Barème : "),
      b ? `${phrase(textePropre(b.libelle, LONGUEUR_NOM))} ` : "taux et prix saisis à la main. ",
      b?.source ? `Source : ${phrase(textePropre(b.source, LONGUEUR_SOURCE))} ` : "Source : non indiquée. ",
      b?.verifieLe ? `Vérifié le ${dateFrancaise(b.verifieLe)}.` : "Date de vérification : non indiquée.",
    ),
  );

  const calcul = n(
    "section",
    { "aria-labelledby": "fiche-calcul" },
    n("h2", { id: "fiche-calcul" }, "Calcul, étape par étape"),
    n(
      "table",
      { class: "etapes" },
      n("thead", {}, n("tr", {}, n("th", { scope: "col" }, "Étape"), n("th", { scope: "col" }, "Calcul"), n("th", { scope: "col", class: "n" }, "Résultat"))),
      ...grouperEtapes(d.detail.etapes).map((g) =>
        n(
          "tbody",
          {},
          n("tr", { class: "groupe" }, n("th", { scope: "colgroup", colspan: "3" }, g.titre)),
          ...g.etapes
            .filter((e) => e.operation !== undefined)
            .map((e) => n("tr", {}, n("th", { scope: "row" }, e.libelle), n("td", { class: "operation" }, e.operation!), n("td", { class: "n" }, formaterSelonUnite(e.valeur, e.unite)))),
        ),
      ),
    ),
    n("p", { class: "note" }, "Chaque montant est calculé exactement puis arrondi une fois au centime ; « ≈ » signale une valeur arrondie."),
  );

  const reference = n(
    "footer",
    {},
    n("p", {}, `Règles : ${ADDENDUM.titre}, ${ADDENDUM.date} (acte n° ${ADDENDUM.identifiant}). Barèmes annuels publiés par la Cnaf sur caf.fr.`),
  );

  return n("article", { class: "fiche", lang: "fr" }, entete, fictif, resultat, donnees, calcul, reference);
}
