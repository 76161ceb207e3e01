/**
 * The audit's verdicts on workbooks as real ones are: names local to a
 * sheet, bonuses capped to 0, formulas never calculated, functions the
 * engine does not know, links to other workbooks, text that looks like a
 * LAEP call, sheets longer than 40 000 rows. Expected values by hand.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { traduireFormule } from "../../../cli/audit/audit";
import { formuleFrancaise } from "../../../cli/audit/formuleFrancaise";
import { cli } from "../../support/cli";

jest.setTimeout(60_000);

const chemin = (nom: string) => join(mkdtempSync(join(tmpdir(), "laep-verdicts-")), nom);
const f = (formula: string, result?: ExcelJS.CellValue) => (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;

async function auditJson(wb: ExcelJS.Workbook, nom: string, apres?: (zip: JSZip) => Promise<void>) {
  const c = chemin(nom);
  await wb.xlsx.writeFile(c);
  if (apres) {
    const zip = await JSZip.loadAsync(readFileSync(c));
    await apres(zip);
    writeFileSync(c, await zip.generateAsync({ type: "nodebuffer" }));
  }
  const r = cli(["audit", c, "--format", "json"]);
  return { code: r.code, erreurs: r.erreurs, json: r.sortie ? JSON.parse(r.sortie) : null };
}

describe("noms définis avec leur portée", () => {
  it("lit TAUX local à la feuille, pas le TAUX du classeur, et un nom qui vaut une constante", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Simulation");
    const autre = wb.addWorksheet("Autre");
    autre.getCell("A1").value = 0.5;
    [400, 300, 12000, 0.6, 30].forEach((v, i) => (s.getCell(`B${i + 1}`).value = v));
    // 400 h + 200 h ; 60 % × min(12 000 ; 18 000) = 7 200 — with the sheet's TAUX (0,6), not the workbook's (0,5: 6 000).
    s.getCell("C1").value = f("_xldudf_LAEP_SUBVENTION(B1,B2,B3,TAUX,B5)", 7200);
    s.getCell("C2").value = f("_xldudf_LAEP_SUBVENTION(B1,B2,B3,TAUX,B5)", 6000);
    // A name that holds a constant, not a range.
    s.getCell("C3").value = f("_xldudf_LAEP_SUBVENTION(B1,B2,B3,TAUX,PLAFOND)", 7200);
    const { code, json } = await auditJson(wb, "portee.xlsx", async (zip) => {
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      const noms = '<definedNames><definedName name="TAUX">Autre!$A$1</definedName><definedName name="TAUX" localSheetId="0">Simulation!$B$4</definedName><definedName name="PLAFOND">30</definedName></definedNames>';
      zip.file("xl/workbook.xml", xml.replace(/<definedNames>.*<\/definedNames>|(<\/sheets>)/s, (m, fin) => (fin ? `${fin}${noms}` : noms)));
    });
    expect(code).toBe(1);
    expect(json.differences.map((d: { cellule: string; valeurRecalculee: number }) => [d.cellule, d.valeurRecalculee])).toEqual([["C2", 7200]]);
  });
});

describe("valeurs enregistrées lues telles qu'elles sont", () => {
  it("un bonus plafonné à 0 enregistré 0 est une valeur, pas une cellule vide", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    // 100 h ; subvention 0,6 × min(1 000 ; 3 000) = 600 ; plafond 80 % × 1 000 = 800 ; autres fonds 200 → bonus 0.
    s.getCell("A1").value = f("_xldudf_LAEP_BONUSCTG(100,0,1000,600,0,5,10,200)", 0);
    const { code, json } = await auditJson(wb, "zero.xlsx");
    expect([code, json.cellulesVerifiees, json.differences]).toEqual([0, 1, []]);
  });

  it("une formule jamais calculée est « non vérifiable », pas une différence", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = f("_xldudf_LAEP_HEURES(400,300)");
    const { code, json } = await auditJson(wb, "jamais.xlsx");
    expect(code).toBe(0);
    expect(json.differences).toEqual([]);
    expect(json.nonVerifiables).toEqual([expect.objectContaining({ cellule: "A1", raison: expect.stringMatching(/^formule jamais calculée/) })]);
  });
});

describe("ce que le moteur ne sait pas calculer", () => {
  it("met à part, avec la raison, une cellule LAEP qui utilise LET, INDIRECT ou un autre classeur", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("A1").value = f("_xlfn.LET(_xlpm.x,400,_xldudf_LAEP_HEURES(_xlpm.x,300))", 600);
    s.getCell("A2").value = f('_xldudf_LAEP_HEURES(INDIRECT("B1"),300)', 600);
    s.getCell("A3").value = f("_xldudf_LAEP_HEURES([1]Feuil1!$A$1,300)", 600);
    const { code, json } = await auditJson(wb, "inconnu.xlsx");
    expect(code).toBe(0);
    expect(json.differences).toEqual([]);
    expect(json.nonVerifiables.map((n: { cellule: string; raison: string }) => [n.cellule, n.raison])).toEqual([
      ["A1", "la fonction LET n'est pas calculable hors d'Excel"],
      ["A2", "la fonction INDIRECT n'est pas calculable hors d'Excel"],
      ["A3", "elle lit un autre classeur (lien externe), que l'audit n'ouvre pas"],
    ]);
  });

  it("prend à sa valeur enregistrée une formule native inconnue du moteur, et vérifie la cellule LAEP qui en dépend", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("B1").value = f("_xlfn.LET(_xlpm.x,200,_xlpm.x*2)", 400);
    s.getCell("A1").value = f("_xldudf_LAEP_HEURES(B1,300)", 600);
    s.getCell("A2").value = f("_xldudf_LAEP_HEURES(B1,300)", 700);
    const { json } = await auditJson(wb, "natif.xlsx");
    expect(json.valeursEnregistreesUtilisees).toBe(1);
    expect(json.differences.map((d: { cellule: string }) => d.cellule)).toEqual(["A2"]);
  });

  it("donne la raison du cœur, en français, quand le recalcul refuse les saisies", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = f("_xldudf_LAEP_HEURES(-400,300)", 600);
    const { json } = await auditJson(wb, "refus.xlsx");
    expect(json.differences).toEqual([expect.objectContaining({ cellule: "A1", valeurEnregistree: 600, valeurRecalculee: "#VALUE!", raison: expect.stringMatching(/^heures_ouverture : .*attendu un nombre d'heures positif ou nul/) })]);
    const texte = cli(["audit", join(tmpdir(), "inexistant-laep.xlsx")]);
    expect(texte.code).toBe(2);
  });
});

describe("textes et tailles", () => {
  it("ne touche pas un texte qui ressemble à un appel LAEP", async () => {
    expect(traduireFormule('CONCATENATE("_xldudf_LAEP_HEURES(",_xldudf_LAEP_HEURES(1,2))')).toBe('CONCATENATE("_xldudf_LAEP_HEURES(",LAEP.HEURES(1,2))');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = f('"_xldudf_LAEP_HEURES(1,2)"', "_xldudf_LAEP_HEURES(1,2)");
    const { code, json } = await auditJson(wb, "texte.xlsx");
    expect([code, json.cellulesVerifiees, json.differences, json.nonVerifiables]).toEqual([0, 0, [], []]);
  });

  it("audite une cellule LAEP sous la ligne 40 000", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Long");
    s.getCell("A50000").value = 400;
    s.getCell("B50000").value = f("_xldudf_LAEP_HEURES(A50000,300)", 600);
    const { code, erreurs, json } = await auditJson(wb, "long.xlsx");
    expect([code, erreurs]).toEqual([0, ""]);
    expect(json.cellulesVerifiees).toBe(1);
  });

  it("montre les formules comme Excel en français", () => {
    expect(formuleFrancaise("=ROUND(SUM('Barèmes, LAEP'!C2:C3)*1.5,2)")).toBe("=ARRONDI(SOMME('Barèmes, LAEP'!C2:C3)*1,5;2)");
    expect(formuleFrancaise('=IF(A1="a,b.c",TRUE,#VALUE!)')).toBe('=SI(A1="a,b.c";VRAI;#VALEUR!)');
    expect(formuleFrancaise("=LAEP.SUBVENTION(B1,B2,B3,0.6,30)")).toBe("=LAEP.SUBVENTION(B1;B2;B3;0,6;30)");
  });
});
