/**
 * The calculation sheet the Simulation prints: hidden on screen, the only
 * thing on paper (taskpane.html's print style), kept in step with the form so
 * that the browser's own « Imprimer » (Ctrl+P) prints it as well as the
 * « Imprimer la fiche » button.
 */
import { dateIsoLocale, fiche, STYLE_FICHE } from "../../core";
import { depuisNoeud, el, remplir } from "./dom";
import type { Etat } from "./etat";

export function ficheImprimee(etat: Etat): HTMLElement {
  const conteneur = el("div", { class: "fiche-impression", id: "fiche-impression" });
  const maj = () => {
    const detail = etat.analyse.detail;
    if (!detail) {
      remplir(conteneur, el("h1", {}, "Fiche de calcul"), el("p", {}, "La simulation comporte des champs à corriger : il n'y a pas de fiche à imprimer."));
      return;
    }
    const b = etat.bareme();
    remplir(
      conteneur,
      depuisNoeud(
        fiche({
          detail,
          bareme: b && { libelle: b.libelle, source: b.source, verifieLe: b.verifieLe },
          fictif: etat.figuresFictives().length > 0,
          date: dateIsoLocale(new Date()),
          nom: etat.nomFiche,
        }),
      ),
    );
  };
  etat.abonner(maj);
  maj();
  if (!document.getElementById("style-fiche")) document.head.append(el("style", { id: "style-fiche" }, STYLE_FICHE));
  return conteneur;
}
