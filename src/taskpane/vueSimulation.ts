/**
 * « Simulation »: the questions grouped by where each figure comes from, the
 * result kept in view while typing, the chart, every step, and the insert
 * into the workbook.
 */
import { formaterEuros, formaterHeures } from "../../core";
import { insererSimulation } from "../excel/insererSimulation";
import { ecrireAvecAccord } from "./dialogue";
import { el, remplir } from "./dom";
import { type Etat, LIBRE } from "./etat";
import { graphiqueRepartition } from "./graphiques";
import { baremeCorrespondant, CHAMPS_FORMULAIRE, type CleSaisie, GROUPES, lectureTaux } from "./modele";
import { dateFrancaise, ETAPES_CLES, formaterEtape, grouperEtapes } from "./presentation";

export function vueSimulation(etat: Etat): HTMLElement {
  const choixBareme = el("select", { id: "bareme", "aria-describedby": "avertissement-bareme source-bareme", onchange: () => etat.choisirBareme(choixBareme.value) });
  const avertissementBareme = el("p", { class: "avertissement", id: "avertissement-bareme" });
  const sourceBareme = el("p", { class: "aide source", id: "source-bareme" });
  const entrees = new Map<string, HTMLInputElement>();
  const erreurs = new Map<string, HTMLElement>();

  const lu = el("p", { class: "lu", id: "lu-taux", "aria-live": "polite" });
  const champ = (c: (typeof CHAMPS_FORMULAIRE)[number]) => {
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
      el("label", { for: id }, c.libelle, el("span", { class: "unite" }, ` (${c.unite})`)),
      el("span", { class: "aide", id: `aide-${c.cle}` }, c.aide),
      entree,
      ...(c.cle === "taux" ? [lu] : []),
      erreur,
    );
  };
  const groupes = GROUPES.map((g) =>
    el(
      "fieldset",
      { class: "groupe", "data-groupe": g.cle },
      el("legend", {}, g.titre),
      el("p", { class: "aide" }, g.intro),
      ...(g.cle === "bareme" ? [el("div", { class: "champ" }, el("label", { for: "bareme" }, "Barème utilisé"), choixBareme, sourceBareme, avertissementBareme)] : []),
      el("div", { class: "champs" }, ...CHAMPS_FORMULAIRE.filter((c) => c.groupe === g.cle).map(champ)),
    ),
  );

  // The result in view while typing: three figures and what capped them.
  const chiffres = el("div", { id: "synthese-chiffres", "aria-live": "polite", "aria-atomic": "true" });
  const badges = el("p", { class: "badges", id: "synthese-badges" });
  const synthese = el("section", { class: "synthese", id: "synthese", "aria-labelledby": "titre-synthese" }, el("h2", { id: "titre-synthese", class: "sr" }, "Résultat"), chiffres, badges);
  const resultats = el("section", { id: "resultats", "aria-label": "Calcul détaillé" });
  const ouverts = new Set<string>();
  const message = el("p", { class: "message", id: "message-insertion", role: "status" });
  const boutonInserer = etat.excel
    ? el("button", { class: "bouton", type: "button", id: "inserer", onclick: () => void inserer() }, "Insérer dans le classeur")
    : null;

  // The sheet itself is built by ficheImprimee.ts; printing shows it alone.
  const nomFiche = el("input", { id: "nom-fiche", type: "text", autocomplete: "off", maxlength: "120", "aria-describedby": "aide-fiche", oninput: () => etat.nommerFiche(nomFiche.value) });
  nomFiche.value = etat.nomFiche;
  const boutonImprimer = el("button", { class: "bouton secondaire", type: "button", id: "imprimer", onclick: () => window.print() }, "Imprimer la fiche");
  const impression = el(
    "section",
    { class: "impression", "aria-labelledby": "titre-fiche" },
    el("h2", { id: "titre-fiche" }, "Fiche de calcul"),
    el("p", { class: "aide", id: "aide-fiche" }, "Une page A4 à garder au dossier ou à envoyer au gestionnaire : le résultat, les chiffres donnés, le barème et sa source, chaque étape du calcul."),
    el("div", { class: "champ" }, el("label", { for: "nom-fiche" }, "Nom du LAEP sur la fiche", el("span", { class: "unite" }, " (facultatif)")), nomFiche),
    el("div", { class: "actions" }, boutonImprimer),
  );

  async function inserer() {
    const valeurs = etat.analyse.valeurs;
    if (!valeurs || !etat.executer) return;
    const bareme = baremeCorrespondant(valeurs, etat.bareme() ? [etat.bareme()!] : []);
    boutonInserer!.setAttribute("disabled", "");
    message.className = "message";
    try {
      const r = await ecrireAvecAccord((accords) => etat.executer!((context) => insererSimulation(context, valeurs, bareme, accords)), "Remplacer leur contenu par la simulation ?");
      if (r === null) remplir(message, "Rien n'a été écrit.");
      else if (r.statut === "refus") {
        message.className = "message echec";
        remplir(message, r.message);
      } else {
        const ajout = r.bareme?.statut === "ecrit" ? ` Barème ${bareme!.code} écrit dans la feuille « Barèmes LAEP ».` : "";
        remplir(message, `Tableau écrit en ${r.adresse} : ses résultats sont des formules =LAEP.* qui se recalculent quand une saisie change.${ajout}`);
      }
    } catch (erreur) {
      message.className = "message echec";
      remplir(message, `L'insertion a échoué : ${erreur instanceof Error ? erreur.message : String(erreur)}`);
    } finally {
      boutonInserer!.removeAttribute("disabled");
    }
  }

  const nombreDuBareme = CHAMPS_FORMULAIRE.filter((c) => c.duBareme).length;

  function majBaremes(fictives: readonly CleSaisie[]) {
    remplir(
      choixBareme,
      ...etat.baremes.map((b) => el("option", { value: b.code, selected: b.code === etat.baremeChoisi }, `${b.libelle}${b.fictif && !/fictif/i.test(b.libelle) ? " (fictif)" : ""}`)),
      el("option", { value: LIBRE, selected: etat.baremeChoisi === LIBRE }, "Saisie libre"),
    );
    const b = etat.bareme();
    remplir(sourceBareme, b && !b.fictif ? `Source : ${b.source}${b.verifieLe ? ` — vérifié le ${dateFrancaise(b.verifieLe)}` : ""}` : "");
    // Said as long as one figure of the training barème is in a field, even after the user chose « Saisie libre ».
    const demo = etat.baremes.find((x) => x.fictif);
    remplir(
      avertissementBareme,
      fictives.length > 0
        ? `${fictives.length === nombreDuBareme ? "Taux et prix" : libellesListe(fictives)} : valeurs fictives${demo ? ` du ${demo.libelle.replace(/\s*\(fictif\)/i, "").toLowerCase()}` : ""}, pour la formation. Ce ne sont pas les barèmes publiés par la Cnaf.`
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

  function majSynthese(fictif: boolean) {
    const d = etat.analyse.detail;
    if (!d) {
      remplir(chiffres, el("p", { class: "vide" }, `Corrigez ${Object.keys(etat.analyse.problemes).length > 1 ? "les champs signalés" : "le champ signalé"} pour voir le résultat.`));
      remplir(badges);
      return;
    }
    // A list of terms and values, so that a screen reader says which figure is which.
    const chiffre = (libelle: string, valeur: string, id: string) => el("div", { class: "chiffre", id }, el("dt", { class: "libelle" }, libelle), el("dd", { class: "montant" }, valeur));
    remplir(
      chiffres,
      el(
        "dl",
        { class: "chiffres-liste" },
        chiffre("Subvention LAEP", formaterEuros(d.subventionLaep), "carte-subvention"),
        chiffre("Bonus territoire CTG", formaterEuros(d.bonusTerritoireCtg), "carte-bonus"),
        chiffre("Reste à financer", formaterEuros(d.resteAFinancer), "carte-reste"),
      ),
    );
    remplir(
      badges,
      d.plafonnementApplique ? el("span", { class: "badge plafond", id: "badge-plafond" }, `Plafond de 80 % atteint : ${formaterEuros(d.ecretement)} écrêtés`) : null,
      d.prixPlafondApplique ? el("span", { class: "badge", id: "badge-prix" }, "Prix de revient au-dessus du plafond") : null,
      d.heuresFonctionnement.isZero() ? el("span", { class: "badge", id: "badge-sans-heure" }, `${formaterHeures(d.heuresFonctionnement)} de fonctionnement : ni subvention ni bonus`) : null,
      fictif ? el("span", { class: "badge fictif", id: "badge-fictif" }, "Barème fictif") : null,
    );
  }

  function majResultats() {
    const d = etat.analyse.detail;
    boutonInserer?.toggleAttribute("disabled", !d);
    boutonImprimer.toggleAttribute("disabled", !d);
    if (!d) {
      remplir(resultats);
      return;
    }
    remplir(
      resultats,
      el("h2", {}, "Répartition des charges"),
      graphiqueRepartition(d),
      el("h2", {}, "Détail du calcul"),
      el(
        "div",
        { id: "detail" },
        ...grouperEtapes(d.etapes).map((g) => {
          const regles = el(
            "details",
            { "data-groupe": g.cle, open: ouverts.has(g.cle), ontoggle: () => (regles.open ? ouverts.add(g.cle) : ouverts.delete(g.cle)) },
            el("summary", {}, "Comment ?", el("span", { class: "sr" }, ` ${g.titre}`)),
            el("dl", {}, ...g.etapes.flatMap((e) => [el("dt", {}, e.libelle), el("dd", {}, e.calcul)])),
            // Each sentence of the addendum once, after the steps that apply it.
            ...[...new Set(g.etapes.map((e) => e.texte).filter((t): t is string => Boolean(t)))].map((t) => el("blockquote", {}, `« ${t} »`)),
          );
          return el(
            "section",
            { class: "groupe-etapes" },
            el(
              "table",
              { "data-groupe": g.cle },
              el("caption", {}, g.titre),
              el(
                "tbody",
                {},
                ...g.etapes.map((e) =>
                  el("tr", { class: ETAPES_CLES.has(e.cle) ? "cle" : "", "data-etape": e.cle }, el("th", { scope: "row", class: "libelle-etape" }, e.libelle), el("td", { class: "nombre" }, formaterEtape(e))),
                ),
              ),
            ),
            regles,
          );
        }),
      ),
    );
  }

  const maj = () => {
    const fictives = etat.figuresFictives();
    majBaremes(fictives);
    majChamps();
    majSynthese(fictives.length > 0);
    majResultats();
  };
  etat.abonner(maj);
  maj();

  return el(
    "div",
    { class: "simulation" },
    el(
      "div",
      { class: "colonne-questions" },
      el("form", { id: "formulaire", onsubmit: (e: Event) => e.preventDefault(), "aria-label": "Saisies de la simulation" }, ...groupes),
      boutonInserer ? el("div", { class: "actions" }, boutonInserer) : null,
      message,
      impression,
    ),
    el("div", { class: "colonne-resultats" }, synthese, resultats),
  );
}

/** « Taux, prix plafond » from field keys. */
function libellesListe(cles: readonly string[]): string {
  const libelles = cles.map((cle) => CHAMPS_FORMULAIRE.find((c) => c.cle === cle)!.libelle.toLowerCase());
  const texte = libelles.length > 1 ? `${libelles.slice(0, -1).join(", ")} et ${libelles[libelles.length - 1]}` : libelles[0];
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}
