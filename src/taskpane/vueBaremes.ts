/**
 * « Barèmes »: the barèmes by year with their source, kept in the workbook
 * (or this browser), and a form to add one. Sources are shown as text: HTML
 * or script pasted into a source is displayed, never run.
 */
import { type Bareme, CHAMPS, Decimal, formaterEurosParHeure, formaterTaux, lireBareme, lireSaisie, messageSansNom } from "../../core";
import { confirmer } from "./dialogue";
import { domaineDuLien } from "./domaineDuLien";
import { el, remplir } from "./dom";
import type { Etat } from "./etat";
import { lectureTaux } from "./modele";

export function vueBaremes(etat: Etat, allerALaSimulation: () => void): HTMLElement {
  const liste = el("div", { id: "baremes-liste" });
  const message = el("p", { class: "message", id: "baremes-message", role: "status" });
  const erreurs = el("ul", { class: "erreur", id: "baremes-erreurs", "aria-live": "polite" });

  const entree = (id: string, libelle: string, aide = "", props: Record<string, string> = {}) => {
    const input = el("input", { id, type: "text", autocomplete: "off", ...props });
    return { input, bloc: el("div", { class: "champ" }, el("label", { for: id }, libelle), input, aide ? el("span", { class: "aide" }, aide) : null) };
  };
  const code = entree("b-code", "Année (ou code)", "ex. 2025");
  const libelle = entree("b-libelle", "Libellé", "ex. Barème 2025");
  const taux = entree("b-taux", "Taux", "60 %, 60 ou 0,6 : le même taux", { inputmode: "decimal", "aria-describedby": "b-taux-lu" });
  // How the taux was read, as in the simulation: « 0,6 » is 60 %, not 0,6 %.
  const tauxLu = el("p", { class: "lu", id: "b-taux-lu", "aria-live": "polite" });
  taux.bloc.append(tauxLu);
  taux.input.addEventListener("input", () => remplir(tauxLu, lectureTaux(taux.input.value) ?? ""));
  const prix = entree("b-prix", "Prix plafond horaire", "en €/h", { inputmode: "decimal" });
  const nouvelle = entree("b-nouvelle", "Barème nouvelle heure", "en €/h", { inputmode: "decimal" });
  const forfait = entree("b-forfait", "Forfait horaire offre existante", "en €/h — facultatif (propre au territoire)", { inputmode: "decimal" });
  const lien = entree("b-lien", "Lien vers la source", "facultatif, https://…", { inputmode: "url" });
  const verifie = entree("b-verifie", "Vérifié le", "", { type: "date" });
  const source = el("textarea", { id: "b-source", rows: 3 });
  const blocSource = el(
    "div",
    { class: "champ" },
    el("label", { for: "b-source" }, "Source"),
    source,
    el("span", { class: "aide" }, "obligatoire : publication, référence, date (ex. « Circulaire Cnaf… »)"),
  );

  async function enregistrer(e: Event) {
    e.preventDefault();
    const problemes: string[] = [];
    const nombre = (texte: string, cle: "taux" | "prixPlafond" | "baremeNouvelleHeure" | "forfaitExistant", facultatif = false) => {
      if (facultatif && texte.trim() === "") return null;
      const lu = lireSaisie(texte, CHAMPS[cle]);
      if (lu instanceof Decimal) return lu.toString();
      problemes.push(`${CHAMPS[cle].libelle} : ${messageSansNom(lu)}`);
      return null;
    };
    const brut = {
      code: code.input.value.trim().toUpperCase(),
      libelle: libelle.input.value.trim() || `Barème ${code.input.value.trim()}`,
      taux: nombre(taux.input.value, "taux"),
      prixPlafond: nombre(prix.input.value, "prixPlafond"),
      baremeNouvelleHeure: nombre(nouvelle.input.value, "baremeNouvelleHeure"),
      forfaitExistant: nombre(forfait.input.value, "forfaitExistant", true),
      source: source.value.trim(),
      lien: lien.input.value.trim() || null,
      verifieLe: verifie.input.value || null,
    };
    if (problemes.length === 0) {
      const lu = lireBareme(brut);
      if ("erreurs" in lu) problemes.push(...lu.erreurs.map(libelleErreur));
      else return sauver(lu.bareme);
    }
    remplir(erreurs, ...problemes.map((p) => el("li", {}, p)));
  }

  async function sauver(b: Bareme, remplacer = false): Promise<void> {
    remplir(erreurs);
    try {
      const r = await etat.depot.enregistrer(b, { remplacer });
      if (r.statut === "conflit") {
        if (await confirmer(`${r.message} ${r.question}`, "Remplacer")) return sauver(b, true);
        remplir(message, "Rien n'a été enregistré.");
        return;
      }
      message.className = "message";
      remplir(message, r.message);
      await etat.rechargerBaremes();
    } catch (erreur) {
      message.className = "message echec";
      remplir(message, `Enregistrement impossible : ${erreur instanceof Error ? erreur.message : String(erreur)}`);
    }
  }

  function remplirFormulaire(b: Bareme) {
    code.input.value = b.code;
    libelle.input.value = b.libelle;
    taux.input.value = b.taux.times(100).toString().replace(".", ",");
    prix.input.value = b.prixPlafond.toString().replace(".", ",");
    nouvelle.input.value = b.baremeNouvelleHeure.toString().replace(".", ",");
    forfait.input.value = b.forfaitExistant?.toString().replace(".", ",") ?? "";
    source.value = b.source;
    lien.input.value = b.lien ?? "";
    verifie.input.value = b.verifieLe ?? "";
    code.input.focus();
  }

  function majListe() {
    remplir(
      liste,
      ...etat.erreursBaremes.map((e) => el("p", { class: "erreur" }, e)),
      ...etat.baremes.map((b) =>
        el(
          "article",
          { class: "bareme", "data-code": b.code },
          el("h3", {}, b.libelle, b.fictif ? el("span", { class: "badge" }, "fictif") : null),
          el(
            "dl",
            {},
            el("dt", {}, "Taux"),
            el("dd", {}, formaterTaux(b.taux)),
            el("dt", {}, "Prix plafond horaire"),
            el("dd", {}, formaterEurosParHeure(b.prixPlafond)),
            el("dt", {}, "Barème nouvelle heure"),
            el("dd", {}, formaterEurosParHeure(b.baremeNouvelleHeure)),
            el("dt", {}, "Forfait offre existante"),
            el("dd", {}, b.forfaitExistant ? formaterEurosParHeure(b.forfaitExistant) : "à saisir (propre au territoire)"),
            el("dt", {}, "Vérifié le"),
            el("dd", {}, b.verifieLe ? new Date(`${b.verifieLe}T12:00:00`).toLocaleDateString("fr-FR") : "non indiqué"),
          ),
          el("p", { class: "source" }, el("strong", {}, "Source : "), b.source),
          lienSource(b.lien),
          el(
            "div",
            { class: "actions" },
            el("button", { type: "button", class: "bouton", onclick: () => { etat.choisirBareme(b.code); allerALaSimulation(); } }, "Utiliser"),
            b.fictif ? null : el("button", { type: "button", class: "bouton secondaire", onclick: () => remplirFormulaire(b) }, "Modifier"),
            b.fictif || !etat.depot.supprimer
              ? null
              : el(
                  "button",
                  {
                    type: "button",
                    class: "bouton secondaire",
                    onclick: async () => {
                      if (await confirmer(`Supprimer le barème ${b.code} de ${etat.depot.lieu} ?`, "Supprimer")) {
                        await etat.depot.supprimer!(b.code);
                        await etat.rechargerBaremes();
                      }
                    },
                  },
                  "Supprimer",
                ),
          ),
        ),
      ),
    );
  }

  etat.abonner(majListe);
  majListe();

  return el(
    "div",
    {},
    el("p", {}, `Les barèmes sont publiés chaque année par la Cnaf sur caf.fr. Le complément n'en fournit aucun : saisissez-les avec leur source. Ils sont conservés dans ${etat.depot.lieu}.`),
    liste,
    el("h2", {}, "Ajouter ou modifier un barème"),
    el(
      "form",
      { id: "formulaire-bareme", onsubmit: (e: Event) => void enregistrer(e) },
      el("div", { class: "champs" }, code.bloc, libelle.bloc, taux.bloc, prix.bloc, nouvelle.bloc, forfait.bloc, lien.bloc, verifie.bloc),
      blocSource,
      erreurs,
      el("div", { class: "actions" }, el("button", { class: "bouton", type: "submit" }, "Enregistrer le barème")),
    ),
    message,
  );
}

/** The schema's field paths, said with the form's labels. */
function libelleErreur(erreur: string): string {
  return erreur.replace(/^code :/, "Année (ou code) :").replace(/^libelle :/, "Libellé :").replace(/^source :/, "Source :").replace(/^lien :/, "Lien :").replace(/^verifieLe :/, "Vérifié le :");
}

/** The link with the site it leads to in its text; an address that is not http(s) stays text. */
function lienSource(lien: string | null): HTMLElement | null {
  if (!lien) return null;
  const domaine = domaineDuLien(lien);
  if (!domaine) return el("p", { class: "source" }, "Lien (non ouvert, adresse non web) : ", lien);
  return el("p", {}, el("a", { href: lien, target: "_blank", rel: "noopener noreferrer" }, `Voir la source sur ${domaine}`), el("span", { class: "sr" }, " (nouvel onglet)"));
}
