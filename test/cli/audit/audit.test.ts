/**
 * `financement-laep audit` on workbooks the test writes with ExcelJS the way
 * Excel saves them (_xldudf_LAEP_… formulas with their saved values), some
 * saved values deliberately stale.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { calculerBonusCtg, calculerHeures, calculerSubvention, detailEnLignes } from "../../../core";
import { traduireFormule } from "../../../cli/audit/audit";
import { cli, sansTrace } from "../../support/cli";

jest.setTimeout(60_000);

const entrees = { heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, taux: 0.6, prixPlafond: 30 };
const H = calculerHeures(entrees);
const S = calculerSubvention(entrees);
const B = calculerBonusCtg({ ...entrees, subvention: S, heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10, autresFondsNationaux: 0 });
const DETAIL = detailEnLignes({ ...entrees, heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10 });

/** A simulation as the task pane inserts it, saved by Excel; `faux` overrides some saved values. */
async function classeur(chemin: string, faux: Record<string, unknown> = {}) {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Simulation");
  const baremes = wb.addWorksheet("Barèmes LAEP");
  baremes.addRow(["Code", "Libellé", "Taux", "Prix plafond horaire", "Barème nouvelle heure", "Forfait horaire offre existante"]);
  baremes.addRow(["DEMO", "Barème de démonstration (fictif)", 0.6, 30, 10, 5]);
  wb.definedNames.add("'Barèmes LAEP'!$C$2", "LAEP_DEMO_TAUX");
  wb.definedNames.add("'Barèmes LAEP'!$D$2", "LAEP_DEMO_PRIX_PLAFOND");
  const saved = (adresse: string, v: unknown) => (adresse in faux ? faux[adresse] : v);
  s.getCell("A1").value = "Heures d'ouverture";
  s.getCell("B1").value = 400;
  s.getCell("B2").value = 300;
  s.getCell("B3").value = 12000;
  s.getCell("B4").value = { formula: "LAEP_DEMO_TAUX", result: 0.6 } as ExcelJS.CellFormulaValue;
  s.getCell("B5").value = { formula: "LAEP_DEMO_PRIX_PLAFOND", result: 30 } as ExcelJS.CellFormulaValue;
  s.getCell("B6").value = { formula: "_xldudf_LAEP_HEURES(B1,B2)", result: saved("B6", H) } as ExcelJS.CellFormulaValue;
  s.getCell("B7").value = { formula: "_xldudf_LAEP_SUBVENTION(B1,B2,B3,B4,B5)", result: saved("B7", S) } as ExcelJS.CellFormulaValue;
  s.getCell("B8").value = { formula: "[2]!_xldudf_LAEP_BONUSCTG(B1,B2,B3,B7,500,5,10)", result: saved("B8", B) } as ExcelJS.CellFormulaValue;
  s.getCell("B9").value = { formula: "ROUND(B3-B7-B8,2)", result: 2400 } as ExcelJS.CellFormulaValue;
  s.getCell("D1").value = { formula: "_xldudf_LAEP_DETAIL(B1,B2,B3,B4,B5,500,5,10)", result: DETAIL[0][0], shareType: "array", ref: `D1:E${DETAIL.length}` } as ExcelJS.CellFormulaValue;
  DETAIL.forEach(([libelle, valeur], i) => {
    if (i > 0) s.getCell(`D${i + 1}`).value = libelle;
    s.getCell(`E${i + 1}`).value = saved(`E${i + 1}`, valeur) as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(chemin);
}

const ACTION = "La valeur enregistrée ne correspond pas aux saisies : recalculez le classeur dans Excel (Ctrl+Alt+F9) avec le complément à jour, puis enregistrez-le.";

const empreinte = (chemin: string) => createHash("sha256").update(readFileSync(chemin)).digest("hex");

describe("audit d'un classeur", () => {
  it("lit les fonctions LAEP telles qu'Excel les enregistre", () => {
    expect(traduireFormule("_xldudf_LAEP_SUBVENTION(B1,B2)+_xlfn.XLOOKUP(1,A:A,B:B)")).toBe("LAEP.SUBVENTION(B1,B2)+XLOOKUP(1,A:A,B:B)");
    expect(traduireFormule("[2]!_xldudf_LAEP_BONUSCTG(A1)")).toBe("LAEP.BONUSCTG(A1)");
    expect(traduireFormule("'C:\\x\\Outil.xlam'!_xldudf_LAEP_HEURES(A1,A2)")).toBe("LAEP.HEURES(A1,A2)");
  });

  it("ne trouve aucune différence dans un classeur à jour", async () => {
    const chemin = join(mkdtempSync(join(tmpdir(), "laep-audit-")), "a-jour.xlsx");
    await classeur(chemin);
    const r = cli(["audit", chemin]);
    expect(r.erreurs).toBe("");
    expect(r.sortie.trim()).toBe(`Audit de ${chemin} : ${3 + 2 * DETAIL.length} cellules LAEP vérifiées, 0 différence.`);
    expect(r.code).toBe(0);
  });

  it("nomme la cellule dont la valeur enregistrée est fausse, avec sa formule et les deux valeurs", async () => {
    const chemin = join(mkdtempSync(join(tmpdir(), "laep-audit-")), "perime.xlsx");
    await classeur(chemin, { B7: 7100, E20: 2500 });
    const avant = empreinte(chemin);
    const r = cli(["audit", chemin]);
    expect(r.code).toBe(1);
    const texte = r.sortie.replace(/[\u202f\u00a0]/g, " ");
    expect(texte).toContain("2 différences.");
    expect(texte).toContain("Simulation!B7  =LAEP.SUBVENTION(B1;B2;B3;B4;B5)\n    enregistré : 7 100,00 €  recalculé : 7 200,00 €\n    → La valeur enregistrée ne correspond pas aux saisies : recalculez le classeur dans Excel");
    expect(texte).toContain("Simulation!E20  =LAEP.DETAIL(B1;B2;B3;B4;B5;500;5;10) (tableau renvoyé par D1)\n    enregistré : 2 500,00 €  recalculé : 2 400,00 €");
    expect(empreinte(chemin)).toBe(avant);
  });

  it("rend le rapport en CSV et en JSON", async () => {
    const chemin = join(mkdtempSync(join(tmpdir(), "laep-audit-")), "perime.xlsx");
    await classeur(chemin, { B8: 1234.5 });
    const csv = cli(["audit", chemin, "--format", "csv"]);
    expect(csv.code).toBe(1);
    expect(csv.sortie).toBe(
      `\ufeffstatut;feuille;cellule;formule;valeur_enregistree;valeur_recalculee;raison;action\n` +
        `difference;Simulation;B8;"'=LAEP.BONUSCTG(B1;B2;B3;B7;500;5;10)";1234,5;${String(B).replace(".", ",")};;${ACTION}\n`,
    );
    const json = JSON.parse(cli(["audit", chemin, "--format", "json"]).sortie);
    expect(json.differences).toEqual([{ feuille: "Simulation", cellule: "B8", formule: "=LAEP.BONUSCTG(B1;B2;B3;B7;500;5;10)", valeurEnregistree: 1234.5, valeurRecalculee: B, unite: "euros", action: ACTION }]);
    expect(json.nonVerifiables).toEqual([]);
  });

  it("recalcule sur des charges =SOMME comme Excel les affiche, et signale l'ancien centime", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Budget");
    s.getCell("A1").value = 10000.05;
    s.getCell("A2").value = 0.3;
    s.getCell("A3").value = { formula: "SUM(A1:A2)", result: 10000.05 + 0.3 } as ExcelJS.CellFormulaValue;
    s.getCell("A4").value = 10000.05 + 0.3; // the same float tail, saved as a plain number
    s.getCell("B1").value = { formula: "_xldudf_LAEP_SUBVENTION(400,0,A3,0.5,1000)", result: 5000.18 } as ExcelJS.CellFormulaValue;
    s.getCell("B2").value = { formula: "_xldudf_LAEP_SUBVENTION(400,0,A4,0.5,1000)", result: 5000.18 } as ExcelJS.CellFormulaValue;
    // What a 17-digit reading computed: one cent short.
    s.getCell("B3").value = { formula: "_xldudf_LAEP_SUBVENTION(400,0,A3,0.5,1000)", result: 5000.17 } as ExcelJS.CellFormulaValue;
    const chemin = join(mkdtempSync(join(tmpdir(), "laep-audit-")), "somme.xlsx");
    await wb.xlsx.writeFile(chemin);
    const r = cli(["audit", chemin, "--format", "json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.sortie);
    expect(json.differences).toEqual([{ feuille: "Budget", cellule: "B3", formule: "=LAEP.SUBVENTION(400;0;A3;0,5;1000)", valeurEnregistree: 5000.17, valeurRecalculee: 5000.18, unite: "euros", action: ACTION }]);
  });

  it("refuse un fichier qui n'est pas un classeur, sans trace", () => {
    const d = mkdtempSync(join(tmpdir(), "laep-audit-"));
    writeFileSync(join(d, "x.xlsx"), "pas un classeur");
    const r = cli(["audit", join(d, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.erreurs).toMatch(/^Erreur : Le fichier .*x\.xlsx n'est pas un classeur \.xlsx lisible/);
    expect(sansTrace(r.erreurs)).toBe(true);
    const format = cli(["audit", join(d, "x.xlsx"), "--format", "pdf"]);
    expect([format.code, sansTrace(format.erreurs)]).toEqual([2, true]);
    expect(format.erreurs).toBe("Erreur : Format de rapport inconnu « pdf » : choisissez texte, csv ou json.\n");
  });
});
