/** « Et si… »: one input varies over a range; subvention, bonus, écrêtement and what remains follow. */
import { CHAMPS, type Decimal, formaterEuros, formaterNombre, formaterSelonUnite, type Unite } from "../../core";
import { el, remplir } from "./dom";
import type { Etat } from "./etat";
import { graphiqueCourbes, STYLES_SERIES } from "./graphiques";
import { bornesParDefaut, CHAMPS_FORMULAIRE, type CleSaisie, serieEtSi, VARIABLES_ET_SI } from "./modele";

/** The unit a varied input is shown in. */
const unite = (cle: CleSaisie): Unite => {
  const nature = CHAMPS[cle].nature;
  return nature === "heuresNonNulles" ? "heures" : nature;
};

export function vueEtSi(etat: Etat): HTMLElement {
  const variable = el(
    "select",
    { id: "etsi-variable", onchange: () => bornes() },
    ...VARIABLES_ET_SI.map((cle) => el("option", { value: cle }, CHAMPS_FORMULAIRE.find((c) => c.cle === cle)!.libelle)),
  );
  const entree = (id: string, mode = "decimal") => el("input", { id, type: "text", inputmode: mode, autocomplete: "off", "aria-describedby": "etsi-erreur", oninput: () => calculer() });
  const de = entree("etsi-de");
  const a = entree("etsi-a");
  const points = entree("etsi-points", "numeric");
  points.value = "11";
  const erreur = el("p", { class: "erreur", id: "etsi-erreur", "aria-live": "polite" });
  const sortie = el("section", { id: "etsi-resultats", "aria-label": "Résultats de la variation" });

  const texteDe = (cle: CleSaisie, v: Decimal) => (cle === "taux" ? `${formaterNombre(v.times(100))} %` : formaterNombre(v));

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
    const u = unite(cle);
    const libelle = CHAMPS_FORMULAIRE.find((c) => c.cle === cle)!.libelle;
    const abscisses = serie.map((p) => formaterSelonUnite(p.x, u));
    const actuelle = valeurs[cle];
    const titre = `Subvention, bonus, écrêtement et reste à financer selon ${libelle.toLowerCase()}, de ${abscisses[0]} à ${abscisses[abscisses.length - 1]} ; les valeurs sont dans le tableau qui suit.`;
    remplir(
      sortie,
      graphiqueCourbes({ valeurs: serie.map((p) => p.x), unite: u, actuelle }, [
        { ...STYLES_SERIES.reste, valeurs: serie.map((p) => p.detail.resteAFinancer) },
        { ...STYLES_SERIES.ecretement, valeurs: serie.map((p) => p.detail.ecretement) },
        { ...STYLES_SERIES.bonus, valeurs: serie.map((p) => p.detail.bonusTerritoireCtg) },
        { ...STYLES_SERIES.subvention, valeurs: serie.map((p) => p.detail.subventionLaep) },
      ], titre),
      // Five columns do not fit 320 px: the table scrolls in a region the keyboard reaches, its first column held.
      el("p", { class: "indice-defilement", id: "etsi-indice" }, "Le tableau défile sur le côté (flèches gauche et droite une fois dedans)."),
      el(
        "div",
        { class: "defilable", tabindex: 0, role: "region", "aria-labelledby": "etsi-legende", "aria-describedby": "etsi-indice" },
        el(
          "table",
          { id: "etsi-table", class: "premiere-fixe" },
          el("caption", { id: "etsi-legende" }, `Valeurs selon ${libelle.toLowerCase()}`),
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
            ...serie.map((p, i) => {
              const courante = p.x.eq(actuelle);
              return el(
                "tr",
                { class: courante ? "actuelle" : "" },
                el("th", { scope: "row", class: "nombre" }, abscisses[i], courante ? el("span", { class: "marque-actuelle" }, " (simulation)") : null),
                el("td", { class: "nombre" }, formaterEuros(p.detail.subventionLaep)),
                el("td", { class: "nombre" }, formaterEuros(p.detail.bonusTerritoireCtg)),
                el("td", { class: "nombre" }, formaterEuros(p.detail.ecretement)),
                el("td", { class: "nombre" }, formaterEuros(p.detail.resteAFinancer)),
              );
            }),
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
    { class: "colonne-lecture" },
    el("p", {}, "Faites varier une saisie de la simulation ; les autres restent celles de l'onglet « Simulation »."),
    el(
      "div",
      { class: "champs etsi-champs" },
      champ("etsi-variable", "Saisie qui varie", variable),
      champ("etsi-de", "De", de),
      champ("etsi-a", "À", a),
      champ("etsi-points", "Nombre de points", points),
    ),
    erreur,
    sortie,
  );
}
