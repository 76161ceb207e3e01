/**
 * « Formation »: a trainer's session from the pane alone. One case per rule
 * of the addendum (core/formation/cas.ts), its statement and figures, the
 * trainee's answers checked to the cent with a hint on the first one to look
 * at again, then the correction step by step with the addendum's sentence.
 * Its own bundle, formation.js, fetched when the tab first opens (most
 * users never open it): it talks to the pane's state through texts only
 * (the case's figures as typed), never through its own copy's decimals.
 */
import { BAREME_DEMONSTRATION, formaterEuros, formaterEurosParHeure, formaterHeures, formaterTaux, type CleEtape, type Etape, type Unite } from "../../core";
import { CAS_FORMATION } from "../../core/formation/cas";
import { type CasResolu, resoudreCas } from "../../core/formation/resoudreCas";
import { verifierReponses } from "../../core/formation/verifierReponses";
import { confirmer } from "./dialogue";
import { el, remplir } from "./dom";
import type { Etat } from "./etat";
import { saisiesDesValeurs } from "./modele";
import { formaterEtape } from "./presentation";

/**
 * A case's text as typed in cas.ts (plain spaces) with the spaces of its
 * figures made unbreakable, so that « 2 000 € » never ends a line at « 2 ».
 */
const insecable = (texte: string) => texte.replace(/(\d) (?=\d{3}(?!\d))/g, "$1\u202f").replace(/(\d) (?=€|h\b|heures?\b|%)/g, "$1\u00a0");

const UNITES: Record<Unite, string> = { heures: "h", euros: "€", eurosParHeure: "€/h", taux: "%" };

/** The figures a case gives, in the order a trainer reads them out. */
const DONNEES: readonly CleEtape[] = ["heuresOuverture", "heuresOrganisationDeclarees", "charges", "heuresExistantes", "forfaitExistant", "autresFondsNationaux", "taux", "prixPlafond", "baremeNouvelleHeure"];

export function vueFormation(etat: Etat, ouvrirSimulation: () => void): HTMLElement {
  const choix = el(
    "select",
    { id: "cas-formation", onchange: () => afficher(Number(choix.value)) },
    ...CAS_FORMATION.map((c, i) => el("option", { value: String(i) }, `${i + 1}. ${c.titre}`)),
  );
  const projection = el(
    "button",
    { class: "bouton secondaire", type: "button", id: "projection", "aria-pressed": "false", onclick: () => projeter(projection.getAttribute("aria-pressed") !== "true") },
    "Mode projection",
  );
  const d = BAREME_DEMONSTRATION;
  const article = el("article", { id: "cas", "aria-labelledby": "titre-cas" });
  const racine = el(
    "div",
    { class: "formation colonne-lecture" },
    el(
      "p",
      {},
      `${CAS_FORMATION.length} cas, un par règle de l'addendum, sur le barème fictif de formation : taux ${formaterTaux(d.taux)}, prix plafond ${formaterEurosParHeure(d.prixPlafond)}, barème nouvelle heure ${formaterEurosParHeure(d.baremeNouvelleHeure)}. Calculez, faites vérifier au centime, puis dévoilez la correction étape par étape.`,
    ),
    el("div", { class: "formation-barre" }, el("div", { class: "champ" }, el("label", { for: "cas-formation" }, "Cas"), choix), projection),
    article,
  );

  function projeter(oui: boolean) {
    projection.setAttribute("aria-pressed", String(oui));
    racine.classList.toggle("projection", oui);
  }

  function afficher(i: number) {
    const r = resoudreCas(CAS_FORMATION[i]);
    const corrige = correction(r);
    remplir(
      article,
      el("h2", { id: "titre-cas" }, r.cas.titre, " ", el("span", { class: "badge fictif" }, "Barème fictif")),
      el("p", { class: "regle" }, el("strong", {}, "La règle : "), insecable(r.cas.enPratique)),
      el("h3", {}, "Énoncé"),
      el("p", { id: "enonce" }, insecable(r.cas.enonce)),
      tableDonnees(r),
      r.cas.territoire ? tableTerritoire(r) : null,
      reponses(r, corrige.cacher),
      corrige.section,
      el(
        "div",
        { class: "actions" },
        el("button", { class: "bouton secondaire", type: "button", id: "ouvrir-simulation", "aria-describedby": "aide-ouvrir", onclick: () => void ouvrir(r) }, "Ouvrir dans la simulation"),
      ),
      el("p", { class: "aide", id: "aide-ouvrir" }, "Les chiffres du cas vont dans l'onglet « Simulation », pour les faire varier."),
    );
  }

  async function ouvrir(r: CasResolu) {
    if (etat.saisiesModifiees && !(await confirmer(`La simulation contient des chiffres que vous avez saisis. Les remplacer par ceux du cas « ${r.cas.titre} » ?`, "Remplacer", { destructif: true }))) return;
    etat.remplacerSaisies(saisiesDesValeurs(r.figures));
    ouvrirSimulation();
  }

  afficher(0);
  return racine;
}

function tableDonnees(r: CasResolu): HTMLElement {
  const etapes = DONNEES.map((cle) => r.detail.etapes.find((e) => e.cle === cle)!).filter(
    // The territory's forfait is asked, not given; other national funds are said only when there are some.
    (e) => !(e.cle === "forfaitExistant" && r.territoire) && !(e.cle === "autresFondsNationaux" && e.valeur!.isZero()),
  );
  return el(
    "table",
    { id: "donnees-cas" },
    el("caption", {}, "Les chiffres donnés"),
    el("tbody", {}, ...etapes.map((e) => el("tr", {}, el("th", { scope: "row" }, e.libelle), el("td", { class: "nombre" }, formaterEtape(e))))),
  );
}

function tableTerritoire(r: CasResolu): HTMLElement {
  const t = r.territoire!;
  // A scroll box the keyboard reaches: in projection, three columns may not fit a narrow pane.
  return el(
    "div",
    { class: "defilable", role: "region", tabindex: "0", "aria-labelledby": "titre-territoire" },
    el(
      "table",
      { id: "territoire-cas" },
      el("caption", { id: "titre-territoire" }, "Le territoire l'an dernier (N-1)"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "LAEP"), el("th", { scope: "col", class: "nombre" }, "Heures de fonctionnement"), el("th", { scope: "col", class: "nombre" }, "Bonus territoire CTG"))),
      el(
        "tbody",
        {},
        ...t.lignes.map((l) =>
          el(
            "tr",
            { class: l.ceLaep ? "actuelle" : "" },
            el("th", { scope: "row" }, l.nom, l.ceLaep ? " (ce LAEP)" : ""),
            el("td", { class: "nombre" }, formaterHeures(l.heuresN1)),
            el("td", { class: "nombre" }, formaterEuros(l.bonusN1)),
          ),
        ),
      ),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "Total"), el("td", { class: "nombre" }, formaterHeures(t.heuresN1)), el("td", { class: "nombre" }, formaterEuros(t.bonusN1)))),
    ),
  );
}

/** The answer fields, « Vérifier » and « Recommencer ». */
function reponses(r: CasResolu, cacherCorrection: () => void): HTMLElement {
  const champs = new Map<CleEtape, { entree: HTMLInputElement; statut: HTMLElement; indice: HTMLElement }>();
  const bilan = el("p", { id: "bilan", role: "status" });

  const effacer = (cle: CleEtape) => {
    const c = champs.get(cle)!;
    c.entree.removeAttribute("aria-invalid");
    remplir(c.statut);
    c.statut.className = "statut";
    remplir(c.indice);
  };

  const questions = r.cas.questions.map((q) => {
    const etape = r.detail.etapes.find((e) => e.cle === q.etape)!;
    const id = `reponse-${q.etape}`;
    const entree = el("input", {
      id,
      name: q.etape,
      type: "text",
      inputmode: "decimal",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": `statut-${q.etape} indice-${q.etape}`,
      // A status left from the last check no longer says anything about a new answer.
      oninput: () => effacer(q.etape),
    });
    const statut = el("p", { class: "statut", id: `statut-${q.etape}` });
    const indice = el("p", { class: "indice", id: `indice-${q.etape}` });
    champs.set(q.etape, { entree, statut, indice });
    return el("div", { class: "champ" }, el("label", { for: id }, etape.libelle, el("span", { class: "unite" }, ` (${UNITES[etape.unite]})`)), entree, statut, indice);
  });

  function verifier() {
    const saisies = Object.fromEntries([...champs].map(([cle, c]) => [cle, c.entree.value]));
    const v = verifierReponses(r, saisies);
    for (const rep of v.reponses) {
      effacer(rep.etape);
      const c = champs.get(rep.etape)!;
      if (rep.statut === "vide") continue;
      const juste = rep.statut === "juste";
      c.entree.setAttribute("aria-invalid", String(!juste));
      c.statut.className = `statut ${juste ? "juste" : "a-revoir"}`;
      remplir(c.statut, juste ? "✓ Juste" : rep.statut === "illisible" ? "✗ Illisible" : "✗ À revoir");
      if (rep.indice) remplir(c.indice, `Indice : ${insecable(rep.indice)}`);
    }
    const total = r.cas.questions.length;
    if (v.vides === total) {
      remplir(bilan, "Écrivez au moins une réponse, puis vérifiez.");
      champs.values().next().value!.entree.focus();
      return;
    }
    const sans = v.vides > 0 ? `, ${v.vides} sans réponse` : "";
    if (v.premiere === null) {
      remplir(bilan, v.justes === total ? `Tout est juste : ${total} réponses sur ${total}.` : `${v.justes} réponse${v.justes > 1 ? "s" : ""} juste${v.justes > 1 ? "s" : ""}${sans}.`);
      return;
    }
    const libelle = r.detail.etapes.find((e) => e.cle === v.premiere)!.libelle;
    remplir(bilan, `${v.justes} juste${v.justes > 1 ? "s" : ""}, ${v.aRevoir} à revoir${sans}. Commencez par « ${libelle} » : l'indice est sous le champ.`);
    champs.get(v.premiere)!.entree.focus();
  }

  function recommencer() {
    for (const [cle, c] of champs) {
      c.entree.value = "";
      effacer(cle);
    }
    remplir(bilan);
    // The room works the case anew: the correction is hidden again.
    cacherCorrection();
    champs.values().next().value!.entree.focus();
  }

  return el(
    "form",
    { id: "reponses", "aria-labelledby": "titre-reponses", novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), verifier()) },
    el("h3", { id: "titre-reponses" }, "Vos réponses"),
    el("p", { class: "aide" }, insecable("En heures ou en euros, au centime près : « 8 100 », « 8 100,00 € » et « 8100 » sont la même réponse. Laissez vide ce que vous ne cherchez pas.")),
    el("div", { class: "champs" }, ...questions),
    el(
      "div",
      { class: "actions" },
      el("button", { class: "bouton", type: "submit", id: "verifier" }, "Vérifier"),
      el("button", { class: "bouton secondaire", type: "button", id: "recommencer", onclick: recommencer }, "Recommencer"),
    ),
    bilan,
  );
}

/** The correction, one step at a time: its figure, its operation, the addendum's sentence. */
function correction(r: CasResolu): { section: HTMLElement; cacher: () => void } {
  const liste = el("ol", { id: "correction" });
  const suivante = el("button", { class: "bouton", type: "button", id: "etape-suivante", onclick: () => devoiler(montrees + 1) }, "Voir l'étape suivante");
  const tout = el("button", { class: "bouton secondaire", type: "button", id: "tout-voir", onclick: () => devoiler(r.correction.length) }, "Tout voir");
  let montrees = 0;

  function devoiler(n: number) {
    const premiere = montrees;
    for (let i = premiere; i < n; i++) liste.append(etapeCorrigee(r.correction, i));
    montrees = n;
    const fini = montrees >= r.correction.length;
    suivante.toggleAttribute("disabled", fini);
    tout.toggleAttribute("disabled", fini);
    // The reader goes on from the first step just shown (a screen reader reads it).
    if (n > premiere) (liste.children[premiere].querySelector("h4") as HTMLElement).focus();
  }

  function cacher() {
    remplir(liste);
    montrees = 0;
    suivante.removeAttribute("disabled");
    tout.removeAttribute("disabled");
  }

  const section = el(
    "section",
    { "aria-labelledby": "titre-correction" },
    el("h3", { id: "titre-correction" }, "Correction pas à pas"),
    el("p", { class: "aide" }, "Une étape à la fois : son chiffre, son calcul, et la phrase de l'addendum qu'elle applique."),
    liste,
    el("div", { class: "actions" }, suivante, tout),
  );
  return { section, cacher };
}

function etapeCorrigee(etapes: readonly Etape[], i: number): HTMLElement {
  const e = etapes[i];
  // The same sentence is quoted once, at the first step that applies it.
  const texte = e.texte && !etapes.slice(0, i).some((p) => p.texte === e.texte) ? e.texte : null;
  return el(
    "li",
    { "data-etape": e.cle },
    el("h4", { tabindex: "-1" }, `${e.libelle} : `, el("span", { class: "montant-etape" }, formaterEtape(e))),
    e.operation ? el("p", { class: "operation" }, e.operation) : null,
    el("p", { class: "aide" }, e.calcul),
    texte ? el("blockquote", {}, `« ${texte} »`) : null,
  );
}
