/**
 * « Compléter un tableau » against the stand-in Excel (writes applied at
 * sync, reads after load + sync), its formulas recomputed by HyperFormula with
 * the LAEP functions, and compared with what the built command line gives on
 * the same data.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { BAREME_DEMONSTRATION } from "../../core";
import { completerTableau, reconnaitreTableau } from "../../src/excel/completerTableau";
import { lettresColonne } from "../../src/excel/adresses";
import { cli } from "../support/cli";
import { ContexteFactice } from "../support/excelFactice";

jest.setTimeout(120_000);

const excel = (c: ContexteFactice) => c as unknown as Excel.RequestContext;
const EXEMPLE = join(__dirname, "../../exemples/campagne.csv");
const lire = (chemin: string): string[][] => parse(readFileSync(chemin, "utf8"), { delimiter: ";", bom: true, relax_column_count: true });

/** A French figure of a CSV as the number a finance officer's cell holds (« 60 % » is 0,6), or the text. */
function valeurCellule(texte: string, colonne: string): string | number {
  if (texte === "" || colonne === "nom" || colonne === "territoire") return texte;
  const t = texte.replace(/[\s\u00a0\u202f]/g, "");
  return t.endsWith("%") ? Number(t.slice(0, -1).replace(",", ".")) / 100 : Number(t.replace(",", "."));
}

/** The CSV typed into Feuil1 from A1, as numbers and text. */
function classeur(table: string[][], selection = "A1"): ContexteFactice {
  const c = new ContexteFactice({ feuille: "Feuil1", adresse: selection });
  const [entete] = table;
  table.forEach((ligne, i) =>
    ligne.forEach((v, j) => {
      if (v !== "") c.ecrire("Feuil1", `${lettresColonne(j)}${i + 1}`, i === 0 ? v : valeurCellule(v, entete[j]));
    }),
  );
  return c;
}

/** The command line's results on the same file, by column name. */
function resultatsCli(chemin: string): Record<string, string>[] {
  const d = mkdtempSync(join(tmpdir(), "laep-completer-"));
  const r = cli(["calcul", chemin, "-o", join(d, "r.csv")]);
  expect(r.code).toBe(0);
  const [entete, ...lignes] = lire(join(d, "r.csv"));
  return lignes.map((l) => Object.fromEntries(entete.map((e, i) => [e, l[i] ?? ""])));
}

/** A computed cell as the command line writes it (French decimal comma, cents for amounts). */
function commeCli(v: unknown, euros: boolean): string {
  if (v === "" || v === undefined) return "";
  if (typeof v !== "number") return String(v);
  // As Excel shows a number: 15 significant digits.
  return (euros ? v.toFixed(2) : String(Number(v.toPrecision(15)))).replace(".", ",");
}

const COLONNES = ["forfait_existant_retenu", "heures_existantes_retenues", "heures_fonctionnement", "subvention", "bonus_ctg", "ecretement", "reste_a_financer"];

async function completer(c: ContexteFactice, bareme = BAREME_DEMONSTRATION, options = {}) {
  const r = await reconnaitreTableau(excel(c), bareme, { region: true });
  if (r.statut !== "reconnu") throw new Error(r.message);
  return { reconnu: r, ecrit: await completerTableau(excel(c), r.adresse, bareme, { region: true, ...options }) };
}

/** Compares every appended cell of the stand-in with the command line's row, then the totals row. */
function comparer(c: ContexteFactice, lignes: number, colonneAjout: number) {
  const v = c.valeurs("Feuil1");
  const cli_ = resultatsCli(join(dossierCsv, "table.csv"));
  let ecarts: string[] = [];
  for (let i = 0; i < lignes; i++) {
    COLONNES.forEach((nom, k) => {
      const cellule = `${lettresColonne(colonneAjout + k)}${i + 2}`;
      const attendu = cli_[i][nom];
      const obtenu = commeCli(v[cellule], k >= 3);
      if (obtenu !== attendu) ecarts.push(`${cellule} ${nom}: ${obtenu} ≠ ${attendu}`);
    });
  }
  ecarts = ecarts.slice(0, 10);
  expect(ecarts).toEqual([]);
  return { v, cli: cli_ };
}

const dossierCsv = mkdtempSync(join(tmpdir(), "laep-table-"));

describe("compléter un tableau : l'exemple de campagne", () => {
  const table = lire(EXEMPLE);

  it("montre quelle colonne nourrit quelle donnée avant d'écrire, sans rien écrire", async () => {
    const c = classeur(table, "C3");
    const avant = JSON.stringify(c.contenu("Feuil1"));
    const r = await reconnaitreTableau(excel(c), BAREME_DEMONSTRATION, { region: true });
    expect(r.statut).toBe("reconnu");
    if (r.statut !== "reconnu") return;
    expect(r.adresse).toBe("Feuil1!A1:K7");
    expect(r.plan.campagne).toBe(true);
    const source = Object.fromEntries(r.correspondances.map((x) => [x.donnee, x.source]));
    expect(source["Heures d'ouverture"]).toBe("colonne C « heures_ouverture »");
    expect(source["Taux"]).toBe("colonne F « taux »");
    expect(source["Forfait horaire offre existante"]).toBe("dérivé du territoire (SOMME.SI des chiffres N-1)");
    expect(source["Heures existantes (N-1)"]).toBe("heures_fonctionnement_n1 de la ligne");
    expect(source["Territoire"]).toBe("colonne B « territoire »");
    expect(r.cible).toBe("colonnes L1:R7, totaux en ligne 9");
    expect(r.occupe).toBeNull();
    // Taux and prices come from the table: the chosen barème is not used, nor said.
    expect(r.plan.bareme).toBeNull();
    expect(JSON.stringify(c.contenu("Feuil1"))).toBe(avant);
  });

  it("ajoute des formules vivantes qui, recalculées, donnent les chiffres de la ligne de commande", async () => {
    writeFileSync(join(dossierCsv, "table.csv"), readFileSync(EXEMPLE));
    const c = classeur(table, "B4");
    const { ecrit } = await completer(c);
    expect(ecrit).toMatchObject({ statut: "ecrit", adresse: "L1:R7", lignes: 6, totaux: "A9:R9" });
    const f = c.contenu("Feuil1");
    expect(f.L1).toBe("forfait_existant_retenu");
    // The forfait: SOMME.SI over the territory, fed to LAEP.FORFAITCTG; a territory without N-1 hours gets 0.
    const ferme = 'AND($C2="",$D2="",$E2="",OR($J2<>"",$K2<>""))';
    expect(f.L2).toBe(`=IF(${ferme},"",IF($B2="",NA(),IF(SUMIF($B$2:$B$7,$B2,$J$2:$J$7)=0,0,LAEP.FORFAITCTG(SUMIF($B$2:$B$7,$B2,$K$2:$K$7),SUMIF($B$2:$B$7,$B2,$J$2:$J$7)))))`);
    expect(f.M2).toBe(`=IF(${ferme},"",IF($J2="",0,$J2))`);
    expect(String(f.P2)).toContain("LAEP.BONUSCTG($C2,$D2,$E2,O2,M2,L2,$H2,$I2)");
    expect(String(f.Q2)).toContain("LAEP.ECRETEMENT(");
    const { v } = comparer(c, 6, 11);
    // The closed LAEP (row 6) has no result; the totals add up the rows as shown.
    expect([v.N6, v.O6, v.P6]).toEqual([undefined, undefined, undefined]);
    expect(f.A9).toBe("Total");
    expect(f.O9).toBe("=SUM(O2:O7)");
    // SUM adds doubles, as Excel does; Excel shows them at 15 digits.
    const affiche = (x: unknown) => Number((x as number).toPrecision(15));
    expect([affiche(v.O9), affiche(v.P9), affiche(v.Q9), affiche(v.R9)]).toEqual([46950, 14654.04, 7095.96, 17946.46]);
  });

  it("recalcule le forfait du territoire quand un chiffre N-1 change (les formules sont vivantes)", async () => {
    const c = classeur(table);
    await completer(c);
    expect(c.valeurs("Feuil1").L5).toBe(5);
    // Plateaux du Nord: bonus N-1 of the closed LAEP 1 500 → 2 380: (2 900 + 2 380) / 880 = 6.
    c.ecrire("Feuil1", "K6", 2380);
    expect(c.valeurs("Feuil1").L5).toBe(6);
  });

  it("demande avant d'écrire sur des cellules non vides, et n'écrit rien sans accord", async () => {
    const c = classeur(table);
    c.ecrire("Feuil1", "N4", "mon commentaire");
    const r = await completer(c);
    expect(r.reconnu.occupe).toContain("ne sont pas toutes vides");
    expect(r.ecrit.statut).toBe("occupe");
    expect(c.contenu("Feuil1").L1).toBeUndefined();
    expect(c.contenu("Feuil1").N4).toBe("mon commentaire");
    const remplace = await completerTableau(excel(c), r.reconnu.adresse, BAREME_DEMONSTRATION, { region: true, remplacerCellules: true });
    expect(remplace.statut).toBe("ecrit");
    expect(String(c.contenu("Feuil1").N4)).toMatch(/^=IF\(AND/);
  });

  it("réécrit en place un tableau déjà complété, sans ajouter de colonnes", async () => {
    const c = classeur(table);
    await completer(c);
    const r = await reconnaitreTableau(excel(c), BAREME_DEMONSTRATION, { region: true });
    expect(r.statut === "reconnu" && r.plan.dejaCompletee).toBe(true);
    expect(r.statut === "reconnu" && r.cible).toBe("colonnes L1:R7, totaux en ligne 9");
    expect(r.statut === "reconnu" && r.avertissements[0]).toContain("déjà été complété");
  });

  it("refuse une sélection changée entre la reconnaissance et l'écriture", async () => {
    const c = classeur(table);
    const r = await reconnaitreTableau(excel(c), BAREME_DEMONSTRATION, { region: true });
    c.selection = { feuille: "Feuil1", adresse: "A1:K4" };
    const e = await completerTableau(excel(c), r.statut === "reconnu" ? r.adresse : "", BAREME_DEMONSTRATION, { region: true });
    expect(e.statut).toBe("refus");
    expect(e.statut === "refus" && e.message).toContain("La sélection a changé");
    expect(c.contenu("Feuil1").L1).toBeUndefined();
  });
});

describe("compléter un tableau : ce qui ne peut pas être écrit est dit", () => {
  it("prend le taux et les prix du barème choisi quand le tableau n'en a pas, par ses noms définis", async () => {
    const c = classeur([
      ["nom", "heures_ouverture", "heures_organisation", "charges"],
      ["A", "400", "300", "12000"],
    ]);
    const { reconnu, ecrit } = await completer(c);
    expect(ecrit.statut).toBe("ecrit");
    expect(reconnu.correspondances.find((x) => x.donnee === "Taux")?.source).toBe("barème DEMO (nom LAEP_DEMO_TAUX)");
    expect(reconnu.avertissements.join(" ")).toContain("est fictif");
    expect(c.reference("LAEP_DEMO_TAUX")).toBe("='Barèmes LAEP'!$C$2");
    expect(String(c.contenu("Feuil1").H2)).toContain("LAEP_DEMO_TAUX,LAEP_DEMO_PRIX_PLAFOND");
    // 400 h + 200 h; 60 % of 12 000; no existing hours: 600 h × 10 € = 6 000 €, capped at 9 600 − 7 200.
    expect(c.valeurs("Feuil1").H2).toBe(7200);
    expect(c.valeurs("Feuil1").I2).toBe(2400);
  });

  it("refuse sans barème un tableau sans taux, en nommant ce qui manque et ce qui a été lu", async () => {
    const c = classeur([
      ["LAEP", "Heures d'ouverture", "charges"],
      ["A", "400", "12000"],
    ]);
    const r = await reconnaitreTableau(excel(c), null, { region: true });
    expect(r.statut).toBe("refus");
    expect(r.statut === "refus" && r.message).toBe(
      "Colonnes introuvables : heures_organisation, taux, prix_plafond. La première ligne de la sélection doit nommer les colonnes comme pour la ligne de commande (heures_ouverture, heures_organisation, charges, taux, prix_plafond — ou choisissez un barème dans l'onglet Simulation). En-têtes lus : LAEP, Heures d'ouverture, charges. Rien n'a été écrit.",
    );
  });

  it("refuse un nom de territoire que SOMME.SI lirait comme un joker", async () => {
    const table = lire(EXEMPLE);
    table[2][1] = "Val*";
    const r = await reconnaitreTableau(excel(classeur(table)), BAREME_DEMONSTRATION, { region: true });
    expect(r.statut === "refus" && r.message).toContain("« Val* » : SOMME.SI lit * ? ~ comme des jokers");
  });

  it("demande tout le tableau quand une seule cellule est sélectionnée et qu'Excel ne sait pas l'étendre", async () => {
    const r = await reconnaitreTableau(excel(classeur(lire(EXEMPLE), "C3")), BAREME_DEMONSTRATION, { region: false });
    expect(r.statut === "refus" && r.message).toContain("Sélectionnez tout le tableau");
  });

  it("signale les lignes sans territoire, dont le forfait sera #N/A", async () => {
    const table = lire(EXEMPLE);
    table[1][1] = "";
    const r = await reconnaitreTableau(excel(classeur(table, "A1:K7")), BAREME_DEMONSTRATION);
    expect(r.statut === "reconnu" && r.avertissements).toContain("Ligne 2 : territoire vide et pas de forfait saisi, leur forfait sera #N/A.");
  });
});

describe("compléter un tableau de 2 000 lignes", () => {
  it("écrit par lots (une synchronisation par lot) des formules qui donnent, ligne à ligne, les chiffres de la ligne de commande", async () => {
    let graine = 42;
    const hasard = () => ((graine = (graine * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const entier = (a: number, b: number) => a + Math.floor(hasard() * (b - a + 1));
    const entete = ["nom", "territoire", "heures_ouverture", "heures_organisation", "charges", "taux", "prix_plafond", "bareme_nouvelle_heure", "autres_fonds_nationaux", "heures_fonctionnement_n1", "bonus_ctg_n1"];
    const table = [entete];
    for (let i = 0; i < 2000; i++) {
      const ferme = hasard() < 0.03;
      const nouveau = !ferme && hasard() < 0.1;
      table.push([
        `LAEP ${i}`,
        `Territoire ${entier(1, 40)}`,
        ...(ferme ? ["", "", ""] : [String(entier(0, 9000) / 10).replace(".", ","), String(entier(0, 5000) / 10).replace(".", ","), String(entier(0, 4000000) / 100).replace(".", ",")]),
        `${entier(40, 80)} %`,
        String(entier(1500, 4000) / 100).replace(".", ","),
        String(entier(500, 1500) / 100).replace(".", ","),
        hasard() < 0.3 ? String(entier(0, 500000) / 100).replace(".", ",") : "",
        ...(nouveau ? ["", ""] : [String(entier(0, 90000) / 100).replace(".", ","), String(entier(0, 900000) / 100).replace(".", ",")]),
      ]);
    }
    writeFileSync(join(dossierCsv, "table.csv"), `\ufeff${table.map((l) => l.join(";")).join("\r\n")}\r\n`);
    const c = classeur(table);
    let syncs = 0;
    const sync = c.sync.bind(c);
    c.sync = async () => {
      syncs++;
      return sync();
    };
    const debut = performance.now();
    const { ecrit } = await completer(c, BAREME_DEMONSTRATION);
    const duree = performance.now() - debut;
    expect(ecrit).toMatchObject({ statut: "ecrit", lignes: 2000 });
    // Reading (2 batches of values, 2 of formulas, the totals row) twice, and writing 2 batches and the totals.
    expect(syncs).toBeLessThanOrEqual(30);
    comparer(c, 2000, 11);
    // Timed by npm run bench, not asserted here; shown for whoever runs the test.
    expect(duree).toBeGreaterThan(0);
  });
});
