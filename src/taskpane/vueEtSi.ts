/** « Et si… »: one input varies over a range; subvention, bonus and what remains follow. */
import { formaterEuros, formaterNombre } from "../../core";
import { el, remplir } from "./dom";
import type { Etat } from "./etat";
import { COULEURS, graphiqueCourbes } from "./graphiques";
import { bornesParDefaut, CHAMPS_FORMULAIRE, type CleSaisie, serieEtSi, VARIABLES_ET_SI } from "./modele";
import { formaterValeur } from "./presentation";

export function vueEtSi(etat: Etat): HTMLElement {
  const variable = el(
    "select",
    { id: "etsi-variable", onchange: () => bornes() },
    ...VARIABLES_ET_SI.map((cle) => el("option", { value: cle }, CHAMPS_FORMULAIRE.find((c) => c.cle === cle)!.libelle)),
  );
  const de = el("input", { id: "etsi-de", type: "text", inputmode: "decimal", autocomplete: "off", oninput: () => calculer() });
  const a = el("input", { id: "etsi-a", type: "text", inputmode: "decimal", autocomplete: "off", oninput: () => calculer() });
  const points = el("input", { id: "etsi-points", type: "text", inputmode: "numeric", autocomplete: "off", oninput: () => calculer() });
  points.value = "11";
  const erreur = el("p", { class: "erreur", id: "etsi-erreur", "aria-live": "polite" });
  const sortie = el("section", { id: "etsi-resultats", "aria-live": "polite", "aria-label": "Résultats de la variation" });

  const texteDe = (cle: CleSaisie, v: import("../../core").Decimal) => (cle === "taux" ? `${formaterNombre(v.times(100))} %` : formaterNombre(v));

  function bornes() {
    const valeurs = etat.analyse.valeurs;
    if (!valeurs) return calculer();
    const cle = variable.value as CleSaisie;
    const b = bornesParDefaut(valeurs, cle);
    de.value = texteDe(cle, b.de);
    a.value = texteDe(cle, b.a);
    calculer();
  }

  function calculer() {
    const valeurs = etat.analyse.valeurs;
    if (!valeurs) {
      remplir(erreur, "");
      remplir(sortie, el("p", { class: "vide" }, "Corrigez d'abord les champs signalés dans « Simulation »."));
      return;
    }
    const cle = variable.value as CleSaisie;
    const serie = serieEtSi(valeurs, cle, de.value, a.value, points.value);
    if (typeof serie === "string") {
      remplir(erreur, serie);
      remplir(sortie);
      return;
    }
    remplir(erreur, "");
    const unite = cle === "taux" ? "taux" : cle.startsWith("heures") ? "heures" : cle === "prixPlafond" ? "eurosParHeure" : "euros";
    const libelle = CHAMPS_FORMULAIRE.find((c) => c.cle === cle)!.libelle;
    const abscisses = serie.map((p) => formaterValeur(p.x, unite));
    remplir(
      sortie,
      graphiqueCourbes(
        abscisses,
        [
          { nom: "Subvention LAEP", couleur: COULEURS.subvention, valeurs: serie.map((p) => p.detail.subventionLaep) },
          { nom: "Bonus territoire CTG", couleur: COULEURS.bonus, valeurs: serie.map((p) => p.detail.bonusTerritoireCtg) },
          { nom: "Reste à financer", couleur: COULEURS.reste, valeurs: serie.map((p) => p.detail.resteAFinancer) },
        ],
        `Subvention, bonus et reste à financer selon ${libelle.toLowerCase()}, de ${abscisses[0]} à ${abscisses[abscisses.length - 1]}`,
      ),
      el(
        "div",
        { class: "defilable" },
        el(
          "table",
          { id: "etsi-table" },
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              el("th", { scope: "col" }, libelle),
              el("th", { scope: "col", class: "nombre" }, "Subvention LAEP"),
              el("th", { scope: "col", class: "nombre" }, "Bonus territoire CTG"),
              el("th", { scope: "col", class: "nombre" }, "Écrêtement"),
              el("th", { scope: "col", class: "nombre" }, "Reste à financer"),
            ),
          ),
          el(
            "tbody",
            {},
            ...serie.map((p, i) =>
              el(
                "tr",
                {},
                el("td", { class: "nombre" }, abscisses[i]),
                el("td", { class: "nombre" }, formaterEuros(p.detail.subventionLaep)),
                el("td", { class: "nombre" }, formaterEuros(p.detail.bonusTerritoireCtg)),
                el("td", { class: "nombre" }, formaterEuros(p.detail.ecretement)),
                el("td", { class: "nombre" }, formaterEuros(p.detail.resteAFinancer)),
              ),
            ),
          ),
        ),
      ),
    );
  }

  etat.abonner(() => calculer());
  bornes();

  const champ = (id: string, libelle: string, entree: HTMLElement) => el("div", { class: "champ" }, el("label", { for: id }, libelle), entree);
  return el(
    "div",
    {},
    el("p", {}, "Faites varier une saisie de la simulation ; les autres restent celles de l'onglet « Simulation »."),
    el("div", { class: "champs" }, champ("etsi-variable", "Saisie qui varie", variable), champ("etsi-de", "De", de), champ("etsi-a", "À", a), champ("etsi-points", "Nombre de points", points)),
    erreur,
    sortie,
  );
}
