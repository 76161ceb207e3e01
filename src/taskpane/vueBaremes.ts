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
import { lectureTaux, texteTaux } from "./modele";
import { dateFrancaise, dateIso } from "./presentation";

type CleFormulaire = "code" | "libelle" | "taux" | "prixPlafond" | "baremeNouvelleHeure" | "forfaitExistant" | "lien" | "verifieLe" | "source";

export function vueBaremes(etat: Etat, allerALaSimulation: () => void): HTMLElement {
  const liste = el("div", { id: "baremes-liste" });
  const message = el("p", { class: "message", id: "baremes-message", role: "status" });
  const erreurs = el("p", { class: "erreur", id: "baremes-erreurs", "aria-live": "polite" });
  const blocs = new Map<CleFormulaire, { input: HTMLInputElement | HTMLTextAreaElement; erreur: HTMLElement; libelle: string }>();

  // Each field with its hint and its own error line, so that every problem is said beside its field.
  const entree = (cle: CleFormulaire, id: string, libelle: string, aide = "", props: Record<string, string> = {}, zone = false) => {
    const decrit = [aide ? `${id}-aide` : "", props["aria-describedby"] ?? "", `${id}-erreur`].filter(Boolean).join(" ");
    const input = zone ? el("textarea", { id, rows: 3, "aria-describedby": decrit }) : el("input", { id, type: "text", autocomplete: "off", ...props, "aria-describedby": decrit });
    const erreur = el("p", { class: "erreur", id: `${id}-erreur` });
    blocs.set(cle, { input, erreur, libelle });
    return { input, bloc: el("div", { class: "champ" }, el("label", { for: id }, libelle), aide ? el("span", { class: "aide", id: `${id}-aide` }, aide) : null, input, erreur) };
  };
  const code = entree("code", "b-code", "Année (ou code)", "ex. 2025");
  const libelle = entree("libelle", "b-libelle", "Libellé", "ex. Barème 2025");
  const taux = entree("taux", "b-taux", "Taux", "60 %, 60 ou 0,6 : le même taux", { inputmode: "decimal", "aria-describedby": "b-taux-lu" });
  // How the taux was read, as in the simulation: « 0,6 » is 60 %, not 0,6 %.
  const tauxLu = el("p", { class: "lu", id: "b-taux-lu", "aria-live": "polite" });
  taux.bloc.insertBefore(tauxLu, blocs.get("taux")!.erreur);
  const lireTaux = () => remplir(tauxLu, lectureTaux(taux.input.value) ?? "");
  taux.input.addEventListener("input", lireTaux);
  const prix = entree("prixPlafond", "b-prix", "Prix plafond horaire", "en €/h", { inputmode: "decimal" });
  const nouvelle = entree("baremeNouvelleHeure", "b-nouvelle", "Barème nouvelle heure", "en €/h", { inputmode: "decimal" });
  const forfait = entree("forfaitExistant", "b-forfait", "Forfait horaire offre existante", "en €/h — facultatif (propre au territoire)", { inputmode: "decimal" });
  const lien = entree("lien", "b-lien", "Lien vers la source", "facultatif, https://…", { inputmode: "url" });
  const verifie = entree("verifieLe", "b-verifie", "Vérifié le", "jj/mm/aaaa, la date où vous avez comparé ces chiffres à leur source", { inputmode: "numeric" });
  const source = entree("source", "b-source", "Source", "obligatoire : publication, référence, date (ex. « Circulaire Cnaf… »)", {}, true);

  function signaler(problemes: Partial<Record<CleFormulaire, string>>) {
    for (const [cle, b] of blocs) {
      const p = problemes[cle];
      b.input.setAttribute("aria-invalid", p ? "true" : "false");
      remplir(b.erreur, p ?? "");
    }
    // In the order of the form, the way the eye and the Tab key go.
    const cles = [...blocs.keys()].filter((c) => problemes[c]);
    remplir(erreurs, cles.length === 0 ? "" : `${cles.length === 1 ? "Un champ à corriger" : `${cles.length} champs à corriger`} : ${cles.map((c) => blocs.get(c)!.libelle).join(", ")}.`);
    if (cles.length > 0) blocs.get(cles[0])!.input.focus();
  }

  async function enregistrer(e: Event) {
    e.preventDefault();
    remplir(message);
    const problemes: Partial<Record<CleFormulaire, string>> = {};
    const nombre = (texte: string, cle: "taux" | "prixPlafond" | "baremeNouvelleHeure" | "forfaitExistant", facultatif = false) => {
      if (facultatif && texte.trim() === "") return null;
      const lu = lireSaisie(texte, CHAMPS[cle]);
      if (lu instanceof Decimal) return lu.toString();
      problemes[cle] = messageSansNom(lu);
      // A stand-in so that the schema still checks every other field in this same round.
      return "0";
    };
    const date = dateIso(verifie.input.value);
    if (date === undefined) problemes.verifieLe = "La date doit s'écrire jj/mm/aaaa, par exemple 26/11/2026.";
    const brut = {
      code: code.input.value.trim().toUpperCase(),
      libelle: libelle.input.value.trim() || `Barème ${code.input.value.trim()}`,
      taux: nombre(taux.input.value, "taux"),
      prixPlafond: nombre(prix.input.value, "prixPlafond"),
      baremeNouvelleHeure: nombre(nouvelle.input.value, "baremeNouvelleHeure"),
      forfaitExistant: nombre(forfait.input.value, "forfaitExistant", true),
      source: source.input.value.trim(),
      lien: lien.input.value.trim() || null,
      verifieLe: date ?? null,
    };
    const lu = lireBareme(brut);
    if ("erreurs" in lu) {
      for (const erreur of lu.erreurs) {
        const [, chemin, texte] = /^([^:]+?) : (.*)$/.exec(erreur) ?? [];
        const cle = (Object.keys(CHEMINS) as CleFormulaire[]).find((c) => CHEMINS[c] === chemin);
        if (cle && !problemes[cle]) problemes[cle] = phrase(texte);
      }
    }
    if (Object.keys(problemes).length > 0 || "erreurs" in lu) return signaler(problemes);
    signaler({});
    return sauver(lu.bareme);
  }

  async function sauver(b: Bareme, remplacer = false): Promise<void> {
    // The previous save's message must not stand behind the question about this one.
    remplir(message);
    try {
      const r = await etat.depot.enregistrer(b, { remplacer });
      if (r.statut === "conflit") {
        if (await confirmer(`${r.message} ${r.question}`, "Remplacer", { destructif: true })) return sauver(b, true);
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
    // With its « % »: a taux of 0,5 % written « 0,5 » would read back as 50 %.
    taux.input.value = texteTaux(b.taux);
    prix.input.value = b.prixPlafond.toString().replace(".", ",");
    nouvelle.input.value = b.baremeNouvelleHeure.toString().replace(".", ",");
    forfait.input.value = b.forfaitExistant?.toString().replace(".", ",") ?? "";
    source.input.value = b.source;
    lien.input.value = b.lien ?? "";
    verifie.input.value = b.verifieLe ? dateFrancaise(b.verifieLe) : "";
    lireTaux();
    signaler({});
    remplir(message);
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
            el("dd", {}, b.verifieLe ? dateFrancaise(b.verifieLe) : "non indiqué"),
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
                    class: "bouton destructif",
                    onclick: async () => {
                      if (await confirmer(`Supprimer le barème ${b.code} de ${etat.depot.lieu} ?`, "Supprimer", { destructif: true })) {
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
    { class: "colonne-lecture" },
    el("p", {}, `Les barèmes sont publiés chaque année par la Cnaf sur caf.fr. Le complément n'en fournit aucun : saisissez-les avec leur source. Ils sont conservés dans ${etat.depot.lieu}.`),
    el("h2", {}, "Barèmes enregistrés"),
    liste,
    el("h2", {}, "Ajouter ou modifier un barème"),
    el(
      "form",
      { id: "formulaire-bareme", onsubmit: (e: Event) => void enregistrer(e) },
      el("div", { class: "champs" }, code.bloc, libelle.bloc, taux.bloc, prix.bloc, nouvelle.bloc, forfait.bloc, lien.bloc, verifie.bloc),
      source.bloc,
      erreurs,
      el("div", { class: "actions" }, el("button", { class: "bouton", type: "submit" }, "Enregistrer le barème")),
    ),
    message,
  );
}

/** Where the schema (lireBareme) names each field of the form. */
const CHEMINS: Record<CleFormulaire, string> = {
  code: "code",
  libelle: "libelle",
  taux: CHAMPS.taux.libelle,
  prixPlafond: CHAMPS.prixPlafond.libelle,
  baremeNouvelleHeure: CHAMPS.baremeNouvelleHeure.libelle,
  forfaitExistant: CHAMPS.forfaitExistant.libelle,
  lien: "lien",
  verifieLe: "verifieLe",
  source: "source",
};

/** A message of the core as a sentence beside its field. */
const phrase = (texte: string) => `${texte.charAt(0).toUpperCase()}${texte.slice(1)}${/[.?!]$/.test(texte) ? "" : "."}`;

/** The link with the site it leads to in its text; an address that is not http(s) stays text. */
function lienSource(lien: string | null): HTMLElement | null {
  if (!lien) return null;
  const domaine = domaineDuLien(lien);
  if (!domaine) return el("p", { class: "source" }, "Lien (non ouvert, adresse non web) : ", lien);
  return el("p", {}, el("a", { href: lien, target: "_blank", rel: "noopener noreferrer" }, `Voir la source sur ${domaine}`), el("span", { class: "sr" }, " (nouvel onglet)"));
}
