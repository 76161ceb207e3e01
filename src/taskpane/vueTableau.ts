/**
 * « Tableau »: a finance officer's own portfolio completed in place with live
 * =LAEP.* columns (src/excel/completerTableau.ts). First what was recognised,
 * column by column; then, on her word, the writing.
 */
import type { Bareme } from "../../core";
import { completerTableau, type Reconnaissance, reconnaitreTableau } from "../excel/completerTableau";
import { COLONNES_AJOUTEES } from "../excel/planCompletion";
import { ecrireAvecAccord } from "./dialogue";
import { el, remplir } from "./dom";
import type { Etat } from "./etat";
import { regionDisponible } from "./exigences";

export function vueTableau(etat: Etat): HTMLElement {
  const chapeau = el(
    "p",
    {},
    "Votre portefeuille dans Excel, une ligne par LAEP sous une ligne d'en-tête : le complément ajoute à sa droite des colonnes de formules =LAEP.* qui se recalculent quand une donnée change, et une ligne de totaux.",
  );
  // One of the two views below shows them: the pane in Excel, or the page without it.
  const entete = [el("h2", {}, "Compléter un tableau"), chapeau];
  const details = el(
    "details",
    { id: "tableau-details" },
    el("summary", {}, "Quelles colonnes ? Et la campagne ?"),
    el(
      "p",
      {},
      "Les colonnes sont reconnues par leur nom, comme par la ligne de commande : heures_ouverture, heures_organisation, charges, taux et prix_plafond (à défaut, ceux du barème choisi dans l'onglet Simulation), et au besoin bareme_nouvelle_heure, autres_fonds_nationaux, heures_existantes, forfait_existant.",
    ),
    el(
      "p",
      {},
      "Campagne : avec les colonnes territoire, heures_fonctionnement_n1 et bonus_ctg_n1, le forfait de l'offre existante de chaque territoire est le total de son bonus N-1 divisé par le total de ses heures N-1 (SOMME.SI) : changer un chiffre N-1 met à jour tout le territoire. Un exemple : exemples/campagne.csv.",
    ),
    el("p", {}, `Colonnes ajoutées : ${COLONNES_AJOUTEES.join(", ")}.`),
  );
  if (!etat.executer) {
    return el(
      "div",
      { class: "colonne-lecture" },
      ...entete,
      el(
        "p",
        { class: "avertissement", id: "tableau-sans-excel" },
        "Cet onglet écrit dans le classeur : ouvrez le complément dans Excel pour compléter un tableau. Sans Excel, la ligne de commande fait le même calcul : ",
        el("code", {}, "financement-laep calcul exemples/campagne.csv --synthese synthese.csv"),
        ".",
      ),
      details,
    );
  }
  const executer = etat.executer;
  const region = regionDisponible((globalThis as { Office?: typeof Office }).Office);
  const baremeLigne = el("p", { id: "tableau-bareme" });
  const reconnu = el("div", { id: "tableau-reconnu" });
  const message = el("p", { class: "message", id: "tableau-message", role: "status" });
  const boutonReconnaitre = el("button", { class: "bouton", type: "button", id: "tableau-reconnaitre", onclick: () => void reconnaitre() }, "Reconnaître le tableau");
  let proposition: { r: Reconnaissance; bareme: Bareme | null } | null = null;

  function majBareme() {
    const b = etat.bareme();
    remplir(baremeLigne, b ? `Barème pour les colonnes absentes : ${b.libelle}${b.fictif && !/fictif/i.test(b.libelle) ? " (fictif)" : ""}, choisi dans l'onglet Simulation.` : "Aucun barème choisi (saisie libre) : le tableau doit avoir ses colonnes taux et prix_plafond.");
  }
  etat.abonner(majBareme);
  majBareme();

  const echec = (texte: string) => {
    message.className = "message echec";
    remplir(message, texte);
  };
  const succes = (texte: string) => {
    message.className = "message";
    remplir(message, texte);
  };
  const occupe = async <T>(bouton: HTMLButtonElement, f: () => Promise<T>): Promise<T | undefined> => {
    bouton.setAttribute("disabled", "");
    try {
      return await f();
    } catch (erreur) {
      echec(`Excel a refusé l'opération : ${erreur instanceof Error ? erreur.message : String(erreur)}. Rien d'autre n'a été écrit.`);
      return undefined;
    } finally {
      bouton.removeAttribute("disabled");
    }
  };

  async function reconnaitre() {
    remplir(message);
    remplir(reconnu);
    proposition = null;
    const bareme = etat.bareme();
    const r = await occupe(boutonReconnaitre, () => executer((context) => reconnaitreTableau(context, bareme, { region })));
    if (!r) return;
    if (r.statut === "refus") {
      echec(r.message);
      return;
    }
    proposition = { r, bareme };
    const lignes = r.plan.derniereLigne - r.plan.premiereLigne + 1;
    const ecrire = el("button", { class: "bouton", type: "button", id: "tableau-ecrire" }, "Écrire les colonnes");
    ecrire.addEventListener("click", () => void ecrireColonnes(ecrire));
    remplir(
      reconnu,
      el("h3", { id: "tableau-titre", tabindex: -1 }, `Tableau ${r.adresse} : ${lignes} ligne${lignes > 1 ? "s" : ""} de LAEP`),
      el(
        "p",
        {},
        r.plan.campagne
          ? "Campagne : le forfait de chaque ligne est celui de son territoire, dérivé des chiffres N-1 (sauf forfait_existant rempli sur la ligne)."
          : "Pas de campagne (colonnes territoire, heures_fonctionnement_n1 et bonus_ctg_n1 absentes) : le forfait vient de la colonne forfait_existant ou du barème.",
      ),
      el(
        "div",
        { class: "defilable", role: "region", "aria-labelledby": "tableau-correspondances", tabindex: 0 },
        el(
          "table",
          {},
          el("caption", { id: "tableau-correspondances" }, "Colonnes reconnues"),
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Donnée"), el("th", { scope: "col" }, "Prise dans"))),
          el("tbody", {}, ...r.correspondances.map((c) => el("tr", {}, el("th", { scope: "row" }, c.donnee), el("td", {}, c.source)))),
        ),
      ),
      ...r.avertissements.map((a) => el("p", { class: "avertissement" }, a)),
      el("p", {}, `À écrire : ${r.cible}.${r.occupe ? " Ces cellules ne sont pas toutes vides : le complément demandera avant de les remplacer." : ""}`),
      el("div", { class: "actions" }, ecrire),
    );
    (reconnu.querySelector("#tableau-titre") as HTMLElement).focus();
  }

  async function ecrireColonnes(bouton: HTMLButtonElement) {
    if (!proposition) return;
    const { r, bareme } = proposition;
    remplir(message);
    await occupe(bouton, async () => {
      const e = await ecrireAvecAccord((accords) => executer((context) => completerTableau(context, r.adresse, bareme, { region, ...accords })), "Remplacer leur contenu par les colonnes de résultat ?");
      if (e === null) succes("Rien n'a été écrit.");
      else if (e.statut === "refus") echec(e.message);
      else {
        const ajout = e.bareme?.statut === "ecrit" ? ` Barème ${bareme!.code} écrit dans la feuille « Barèmes LAEP ».` : "";
        succes(`${COLONNES_AJOUTEES.length} colonnes écrites en ${e.adresse} pour ${e.lignes} LAEP, totaux en ${e.totaux} : des formules =LAEP.* qui se recalculent quand une donnée change.${ajout}`);
      }
    });
  }

  return el(
    "div",
    { class: "colonne-lecture" },
    ...entete,
    el(
      "ol",
      { class: "etapes" },
      el("li", {}, region ? "Cliquez dans votre tableau (ou sélectionnez-le, ligne d'en-tête comprise)." : "Sélectionnez tout votre tableau, ligne d'en-tête comprise."),
      el("li", {}, "« Reconnaître le tableau » : vérifiez quelle colonne nourrit quelle donnée."),
      el("li", {}, "« Écrire les colonnes » : rien n'est remplacé sans votre accord."),
    ),
    baremeLigne,
    el("div", { class: "actions" }, boutonReconnaitre),
    reconnu,
    message,
    details,
  );
}
