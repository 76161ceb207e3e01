/** « Simulation »: the form, the figures with every step, the chart, and the insert into the workbook. */
import { formaterEuros } from "../../core";
import { insererSimulation } from "../excel/insererSimulation";
import { confirmer } from "./dialogue";
import { el, remplir } from "./dom";
import { type Etat, LIBRE } from "./etat";
import { graphiqueRepartition } from "./graphiques";
import { baremeCorrespondant, CHAMPS_FORMULAIRE, lectureTaux } from "./modele";
import { ETAPES_CLES, formaterEtape } from "./presentation";

export function vueSimulation(etat: Etat): HTMLElement {
  const choixBareme = el("select", { id: "bareme", onchange: () => etat.choisirBareme(choixBareme.value) });
  const avertissementBareme = el("p", { class: "avertissement", id: "avertissement-bareme" });
  const entrees = new Map<string, HTMLInputElement>();
  const erreurs = new Map<string, HTMLElement>();

  const lu = el("p", { class: "lu", id: "lu-taux", "aria-live": "polite" });
  const champs = CHAMPS_FORMULAIRE.map((c) => {
    const id = `champ-${c.cle}`;
    const entree = el("input", {
      id,
      name: c.cle,
      type: "text",
      inputmode: "decimal",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": `aide-${c.cle}${c.cle === "taux" ? " lu-taux" : ""} erreur-${c.cle}`,
      oninput: () => etat.saisir(c.cle, entree.value),
    });
    entree.value = etat.saisies[c.cle];
    entrees.set(c.cle, entree);
    const erreur = el("p", { class: "erreur", id: `erreur-${c.cle}`, "aria-live": "polite" });
    erreurs.set(c.cle, erreur);
    return el(
      "div",
      { class: "champ" },
      el("label", { for: id }, c.libelle),
      entree,
      el("span", { class: "aide", id: `aide-${c.cle}` }, c.aide),
      ...(c.cle === "taux" ? [lu] : []),
      erreur,
    );
  });

  const resultats = el("section", { id: "resultats", "aria-live": "polite", "aria-label": "Résultats" });
  const message = el("p", { class: "message", id: "message-insertion", role: "status" });
  const boutonInserer = etat.excel
    ? el("button", { class: "bouton", type: "button", id: "inserer", onclick: () => void inserer() }, "Insérer dans le classeur")
    : null;

  async function inserer() {
    const valeurs = etat.analyse.valeurs;
    if (!valeurs || !etat.executer) return;
    const bareme = baremeCorrespondant(valeurs, etat.bareme() ? [etat.bareme()!] : []);
    boutonInserer!.setAttribute("disabled", "");
    message.className = "message";
    try {
      let options = {};
      for (;;) {
        const r = await etat.executer((context) => insererSimulation(context, valeurs, bareme, options));
        if (r.statut === "ecrit") {
          const ajout = r.bareme?.statut === "ecrit" ? ` Barème ${bareme!.code} écrit dans la feuille « Barèmes LAEP ».` : "";
          remplir(message, `Tableau écrit en ${r.adresse} : ses résultats sont des formules =LAEP.* qui se recalculent quand une saisie change.${ajout}`);
          return;
        }
        if (r.statut === "refus") {
          message.className = "message echec";
          remplir(message, r.message);
          return;
        }
        const question = r.statut === "occupe" ? `${r.message} Remplacer leur contenu par la simulation ?` : `${r.message} ${r.question}`;
        if (!(await confirmer(question, "Remplacer"))) {
          remplir(message, "Rien n'a été écrit.");
          return;
        }
        options = { ...options, ...(r.statut === "occupe" ? { remplacerCellules: true } : { remplacerBareme: true }) };
      }
    } catch (erreur) {
      message.className = "message echec";
      remplir(message, `L'insertion a échoué : ${erreur instanceof Error ? erreur.message : String(erreur)}`);
    } finally {
      boutonInserer!.removeAttribute("disabled");
    }
  }

  function majBaremes() {
    remplir(
      choixBareme,
      ...etat.baremes.map((b) => el("option", { value: b.code, selected: b.code === etat.baremeChoisi }, `${b.libelle}${b.fictif && !/fictif/i.test(b.libelle) ? " (fictif)" : ""}`)),
      el("option", { value: LIBRE, selected: etat.baremeChoisi === LIBRE }, "Saisie libre"),
    );
    const b = etat.bareme();
    remplir(
      avertissementBareme,
      b?.fictif
        ? `${b.libelle} : valeurs fictives pour la formation, qui ne sont pas les barèmes publiés par la Cnaf.`
        : etat.baremeChoisi === LIBRE
          ? "Taux et prix saisis à la main : vérifiez-les sur les barèmes de l'année publiés sur caf.fr."
          : "",
    );
  }

  function majChamps() {
    for (const c of CHAMPS_FORMULAIRE) {
      const entree = entrees.get(c.cle)!;
      if (entree.value !== etat.saisies[c.cle]) entree.value = etat.saisies[c.cle];
      const probleme = etat.analyse.problemes[c.cle] ?? "";
      entree.setAttribute("aria-invalid", probleme ? "true" : "false");
      remplir(erreurs.get(c.cle)!, probleme);
    }
    remplir(lu, lectureTaux(etat.saisies.taux) ?? "");
  }

  function majResultats() {
    const d = etat.analyse.detail;
    if (!d) {
      remplir(resultats, el("p", { class: "vide" }, "Corrigez les champs signalés pour voir le calcul."));
      boutonInserer?.setAttribute("disabled", "");
      return;
    }
    boutonInserer?.removeAttribute("disabled");
    const carte = (libelle: string, valeur: string, id: string) => el("div", { class: "carte", id }, el("div", { class: "libelle" }, libelle), el("div", { class: "montant" }, valeur));
    remplir(
      resultats,
      el("h2", {}, "Résultat"),
      el(
        "div",
        { class: "cartes" },
        carte("Subvention LAEP", formaterEuros(d.subventionLaep), "carte-subvention"),
        carte("Bonus territoire CTG", formaterEuros(d.bonusTerritoireCtg), "carte-bonus"),
        carte("Reste à financer", formaterEuros(d.resteAFinancer), "carte-reste"),
      ),
      el(
        "p",
        {},
        d.prixPlafondApplique ? el("span", { class: "badge" }, "Prix de revient au-dessus du plafond") : null,
        d.plafonnementApplique ? el("span", { class: "badge plafond", id: "badge-plafond" }, `Plafond de 80 % atteint : ${formaterEuros(d.ecretement)} écrêtés`) : null,
      ),
      el("h2", {}, "Répartition des charges"),
      graphiqueRepartition(d),
      el("h2", {}, "Détail du calcul"),
      el(
        "div",
        { class: "defilable" },
        el(
          "table",
          { id: "detail" },
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Étape"), el("th", { scope: "col", class: "nombre" }, "Valeur"))),
          el(
            "tbody",
            {},
            ...d.etapes.map((e) =>
              el(
                "tr",
                { class: ETAPES_CLES.has(e.cle) ? "cle" : "", "data-etape": e.cle },
                el(
                  "td",
                  {},
                  el("span", { class: "libelle-etape" }, e.libelle),
                  el(
                    "details",
                    {},
                    el("summary", {}, "Comment ?"),
                    el("p", {}, e.calcul),
                    e.texte ? el("blockquote", {}, `« ${e.texte} »`) : null,
                  ),
                ),
                el("td", { class: "nombre" }, formaterEtape(e)),
              ),
            ),
          ),
        ),
      ),
    );
  }

  etat.abonner(() => {
    majBaremes();
    majChamps();
    majResultats();
  });
  majBaremes();
  majChamps();
  majResultats();

  return el(
    "div",
    {},
    el("div", { class: "champ" }, el("label", { for: "bareme" }, "Barème"), choixBareme),
    avertissementBareme,
    el("form", { class: "champs", id: "formulaire", onsubmit: (e: Event) => e.preventDefault(), "aria-label": "Saisies" }, ...champs),
    boutonInserer ? el("div", { class: "actions" }, boutonInserer) : null,
    message,
    resultats,
  );
}

