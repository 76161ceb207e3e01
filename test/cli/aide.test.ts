/**
 * The command line explains itself in French, as any good tool does:
 * help by every usual spelling, the version, and usage when nothing is asked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cli, sansTrace } from "../support/cli";

jest.setTimeout(60_000);

const ANGLAIS = /\b(Usage|Options:|Commands:|Arguments:|display help|output the version|error:|unknown|missing|argument|Allowed choices|Did you mean|default:|choices:)\b|\[command\]/;

describe("l'aide de financement-laep", () => {
  it.each([["--help"], ["-h"], ["--aide"], ["help"], ["aide"]])("%s affiche l'aide générale en français, code 0", (option) => {
    const r = cli([option]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    expect(r.sortie).toMatch(/^Utilisation : financement-laep \[options\] <commande>/);
    expect(r.sortie).toContain("calcul <fichier>");
    expect(r.sortie).toContain("audit <classeur>");
    expect(r.sortie).toContain("Exemples :");
    expect(r.sortie).not.toMatch(ANGLAIS);
  });

  it.each([
    [["calcul", "--help"], "calcul"],
    [["calcul", "-h"], "calcul"],
    [["help", "calcul"], "calcul"],
    [["aide", "audit"], "audit"],
    [["audit", "--aide"], "audit"],
  ])("%j affiche l'aide de la commande avec un exemple", (args, commande) => {
    const r = cli(args);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    expect(r.sortie).toMatch(new RegExp(`^Utilisation : financement-laep ${commande} \\[options\\] <(fichier|classeur)>`));
    expect(r.sortie).toMatch(new RegExp(`Exemples :\\n  financement-laep ${commande} `));
    expect(r.sortie).not.toMatch(ANGLAIS);
  });

  it("aide fiche affiche, en français, une option par saisie et des exemples", () => {
    const r = cli(["aide", "fiche"]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    expect(r.sortie).toMatch(/^Utilisation : financement-laep fiche \[options\] \[portefeuille --ligne N\]/);
    for (const option of ["--heures-ouverture", "--heures-organisation", "--charges", "--taux", "--prix-plafond", "--heures-existantes", "--forfait-existant", "--bareme-nouvelle-heure", "--autres-fonds-nationaux", "--demonstration"]) {
      expect(r.sortie).toContain(option);
    }
    expect(r.sortie).toMatch(/Exemples :\n  financement-laep fiche /);
    expect(r.sortie).not.toMatch(ANGLAIS);
  });

  it("l'aide de calcul dit que la sortie peut être .csv ou .xlsx", () => {
    expect(cli(["calcul", "--aide"]).sortie.replace(/\s+/g, " ")).toContain("fichier de résultats, .csv ou .xlsx selon son extension");
  });

  it.each([["--version"], ["-V"]])("%s affiche la version du paquet", (option) => {
    const version = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")).version;
    expect(cli([option])).toMatchObject({ code: 0, sortie: `${version}\n`, erreurs: "" });
  });

  it("sans argument, affiche l'utilisation sur la sortie d'erreur avec un code non nul", () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.erreurs).toMatch(/^Utilisation : financement-laep/);
    expect(r.sortie).toBe("");
  });
});

describe("les erreurs de commande, en français", () => {
  it.each([
    [["calcul"], "Erreur : Il manque le fichier à traiter : voir financement-laep calcul --aide."],
    [["audit"], "Erreur : Il manque le classeur à traiter : voir financement-laep audit --aide."],
    [["calcul", "a.csv", "b.csv"], "Erreur : Trop d'arguments (2) : financement-laep calcul traite un seul fichier à la fois."],
    [["calcul", "a.csv", "-o"], "Erreur : L'option --sortie attend une valeur : voir financement-laep calcul --aide."],
    [["audit", "a.xlsx", "--format", "xml"], "Erreur : Format de rapport inconnu « xml » : choisissez texte, csv ou json."],
    [["calcule", "a.csv"], "Erreur : Commande inconnue « calcule » : les commandes sont « calcul », « audit », « fiche » et « aide »."],
    [["calcul", "a.csv", "--forc"], "Erreur : Option inconnue --forc : voir financement-laep calcul --aide."],
    [["--verbose"], "Erreur : Option inconnue --verbose : voir financement-laep --aide."],
    [["aide", "calculer"], "Erreur : Commande inconnue « calculer » : les commandes sont « calcul », « audit », « fiche » et « aide »."],
    [["help", "calculer"], "Erreur : Commande inconnue « calculer » : les commandes sont « calcul », « audit », « fiche » et « aide »."],
  ])("%j", (args, message) => {
    const r = cli(args);
    expect([r.code, r.erreurs, r.sortie]).toEqual([2, `${message}\n`, ""]);
    expect(sansTrace(r.erreurs)).toBe(true);
  });
});
