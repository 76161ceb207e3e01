/** The task pane: six tabs over one shared state; « Formation » is loaded when first opened. */
import { el, remplir } from "./dom";
import { chargerFormation } from "./chargerFormation";
import type { Etat } from "./etat";
import { ficheImprimee } from "./ficheImprimee";
import { vueAide } from "./vueAide";
import { vueBaremes } from "./vueBaremes";
import { vueEtSi } from "./vueEtSi";
import { vueSimulation } from "./vueSimulation";
import { vueTableau } from "./vueTableau";

export function monter(racine: HTMLElement, etat: Etat) {
  const onglets: { id: string; titre: string; vue: () => HTMLElement; charger?: () => Promise<HTMLElement> }[] = [
    { id: "simulation", titre: "Simulation", vue: () => vueSimulation(etat) },
    { id: "etsi", titre: "Et si…", vue: () => vueEtSi(etat) },
    { id: "tableau", titre: "Tableau", vue: () => vueTableau(etat) },
    { id: "baremes", titre: "Barèmes", vue: () => vueBaremes(etat, () => choisir(0, true)) },
    {
      id: "formation",
      titre: "Formation",
      vue: () => el("p", { class: "vide", role: "status" }, "Chargement des cas de formation…"),
      // A separate file (formation.js): only trainers open it, and the pane's bundle stays under its budget.
      charger: () => chargerFormation().then((vueFormation) => vueFormation(etat, () => choisir(0, true))),
    },
    { id: "aide", titre: "Aide", vue: () => vueAide() },
  ];
  const boutons = onglets.map((o, i) =>
    el(
      "button",
      { role: "tab", type: "button", id: `onglet-${o.id}`, "aria-controls": `panneau-${o.id}`, onclick: () => choisir(i, false), onkeydown: (e: Event) => clavier(e as KeyboardEvent, i) },
      o.titre,
    ),
  );
  const panneaux = onglets.map((o) => el("section", { role: "tabpanel", id: `panneau-${o.id}`, "aria-labelledby": `onglet-${o.id}` }, o.vue()));

  const charges = new Set<number>();

  function choisir(i: number, focus: boolean) {
    boutons.forEach((b, j) => {
      b.setAttribute("aria-selected", String(i === j));
      b.tabIndex = i === j ? 0 : -1;
      panneaux[j].hidden = i !== j;
    });
    if (focus) boutons[i].focus();
    charger(i);
  }

  function charger(i: number) {
    const f = onglets[i].charger;
    if (!f || charges.has(i)) return;
    charges.add(i);
    f().then(
      (vue) => remplir(panneaux[i], vue),
      (erreur: unknown) => {
        // Opened again, the tab tries again (the server may be back).
        charges.delete(i);
        remplir(
          panneaux[i],
          el("p", { class: "message echec", role: "alert" }, `Les cas de formation n'ont pas pu être chargés (${erreur instanceof Error ? erreur.message : String(erreur)}). Rouvrez l'onglet pour réessayer.`),
        );
      },
    );
  }

  function clavier(e: KeyboardEvent, i: number) {
    const cible = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: onglets.length - 1 }[e.key];
    if (cible === undefined) return;
    e.preventDefault();
    choisir((cible + onglets.length) % onglets.length, true);
  }

  const hote = etat.avertissementHote ? el("p", { class: "avertissement", role: "status", id: "avertissement-hote" }, etat.avertissementHote) : null;
  remplir(racine, hote, el("div", { role: "tablist", "aria-label": "Vues du simulateur" }, ...boutons), ...panneaux, ficheImprimee(etat));
  choisir(0, false);
  racine.dataset.pret = etat.excel ? "excel" : "navigateur";
}
