/**
 * Any format to any format: `-o` chooses CSV or XLSX by its extension. The
 * workbook written is formatted as a finance officer would format it, and
 * carried cells keep their type and number format.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { cli } from "../../support/cli";

jest.setTimeout(60_000);

const dossier = () => mkdtempSync(join(tmpdir(), "laep-formats-"));
// Number formats as ExcelJS reads them back (escapes dropped): French Excel shows « 7 200,00 € », « 60 % ».
const EUROS = '#,##0.00 "€"';
const fmt = (c: ExcelJS.Cell) => c.numFmt?.replace(/\\/g, "");

describe("CSV vers classeur .xlsx mis en forme", () => {
  const d = dossier();
  const entree = join(d, "portefeuille 2025.csv");
  writeFileSync(
    entree,
    "\ufeffnom;heures_ouverture;heures_organisation;charges;taux;prix_plafond;heures_existantes;forfait_existant;bareme_nouvelle_heure;autres_fonds_nationaux;référence\r\n" +
      "Les Petits Pas;400;300;12 000,00;60 %;30;500;5;10;0;=HYPERLINK(\"x\")\r\n" +
      "Erreur;250;;7 000;62,5 %;30;;;;;R-2\r\n",
  );
  const r = cli(["calcul", entree, "-o", join(d, "resultats.xlsx")]);
  const lu = new ExcelJS.Workbook();
  let f: ExcelJS.Worksheet;
  beforeAll(async () => {
    await lu.xlsx.readFile(join(d, "resultats.xlsx"));
    f = lu.worksheets[0];
  });

  it("est accepté et dit où sont les résultats", () => {
    expect(r.code).toBe(1);
    expect(r.sortie).toContain(`Résultats écrits dans ${join(d, "resultats.xlsx")}`);
  });

  it("nomme la feuille comme le fichier, comme Excel en ouvrant le CSV", () => {
    expect(lu.worksheets.map((w) => w.name)).toEqual(["portefeuille 2025"]);
  });

  it("écrit les montants en nombres au format « # ##0,00 € », les heures en nombres, le taux en %", () => {
    // 400 h + 200 h ; 60 % × min(12 000 ; 18 000) = 7 200 ; bonus 3 500 écrêté à 2 400 (by hand).
    expect([f.getCell("L2").value, fmt(f.getCell("L2"))]).toEqual([600, "#,##0.00"]);
    expect([f.getCell("M2").value, fmt(f.getCell("M2"))]).toEqual([7200, EUROS]);
    expect([f.getCell("N2").value, fmt(f.getCell("N2"))]).toEqual([2400, EUROS]);
    expect([f.getCell("D2").value, fmt(f.getCell("D2"))]).toEqual([12000, EUROS]);
    expect([f.getCell("E2").value, fmt(f.getCell("E2"))]).toEqual([0.6, "0 %"]);
    expect([f.getCell("F2").value, fmt(f.getCell("F2"))]).toEqual([30, '#,##0.00######## "€/h"']);
  });

  it("garde le texte tapé d'une ligne en erreur, et son message", () => {
    expect(f.getCell("C3").value).toBeNull();
    expect(f.getCell("E3").value).toBe("62,5 %");
    expect(f.getCell("M3").value).toBeNull();
    expect(String(f.getCell("R3").value)).toMatch(/^heures_organisation : la valeur est vide/);
  });

  it("écrit une cellule qui ressemble à une formule comme du texte, jamais comme une formule", () => {
    expect(f.getCell("K1").value).toBe("référence");
    expect(f.getCell("K2").value).toBe('=HYPERLINK("x")');
    expect(f.getCell("K2").formula).toBeUndefined();
  });

  it("met l'en-tête en gras, figé, avec un filtre, et donne une largeur aux colonnes", () => {
    expect(f.getCell("A1").font?.bold).toBe(true);
    expect(f.getCell("Q1").font?.bold).toBe(true);
    expect(f.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(f.autoFilter).toBe("A1:R1");
    expect(f.getColumn(13).width).toBeGreaterThanOrEqual(14);
    expect(f.getColumn(18).width).toBe(60);
  });
});

/** A portfolio as a Caf keeps it: a date, a percent-formatted taux, a formula, a notes sheet. */
async function classeurCaf(chemin: string) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["Campagne 2025", new Date(Date.UTC(2025, 2, 3))]);
  wb.getWorksheet("Notes")!.getCell("B1").numFmt = "dd/mm/yyyy";
  const ws = wb.addWorksheet("Portefeuille");
  ws.addRow(["Nom", "Reçu le", "Heures d'ouverture", "Heures d'organisation", "Charges", "Taux", "Prix plafond", "Demandé"]);
  ws.addRow([{ text: "LAEP Sud", hyperlink: "https://caf.example/dossiers/42" }, new Date(Date.UTC(2025, 2, 3)), 400, 300, 12000, 0.6, 30, { formula: "E2*0.5", result: 6000 }]);
  ws.getCell("B2").numFmt = "dd/mm/yyyy";
  ws.getCell("F2").numFmt = "0%";
  ws.getCell("H2").numFmt = '#,##0.00 "€"';
  await wb.xlsx.writeFile(chemin);
}

describe("classeur .xlsx vers CSV", () => {
  it("écrit un CSV d'Excel français : « ; », virgule décimale, dates en jj/mm/aaaa, la valeur des formules", async () => {
    const d = dossier();
    const entree = join(d, "caf.xlsx");
    await classeurCaf(entree);
    const r = cli(["calcul", entree, "--feuille", "Portefeuille", "-o", join(d, "caf.csv")]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const brut = readFileSync(join(d, "caf.csv"));
    expect([...brut.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const t: string[][] = parse(brut.toString("utf8"), { delimiter: ";", bom: true });
    expect(t[0].slice(0, 9)).toEqual(["Nom", "Reçu le", "Heures d'ouverture", "Heures d'organisation", "Charges", "Taux", "Prix plafond", "Demandé", "heures_fonctionnement"]);
    expect(t[1]).toEqual(["LAEP Sud", "03/03/2025", "400", "300", "12000", "0,6", "30", "6000", "600", "7200,00", "0,00", "0,00", "7200,00", "4800,00", ""]);
    expect(brut.toString("utf8")).toContain("\r\n");
  });
});

describe("classeur .xlsx vers classeur .xlsx", () => {
  it("garde les dates en dates, les liens en liens, les formats, les formules, et les autres feuilles", async () => {
    const d = dossier();
    const entree = join(d, "caf.xlsx");
    await classeurCaf(entree);
    const r = cli(["calcul", entree, "--feuille", "Portefeuille"]);
    expect([r.code, r.erreurs]).toEqual([0, ""]);
    const lu = new ExcelJS.Workbook();
    await lu.xlsx.readFile(join(d, "caf-calcul.xlsx"));
    expect(lu.worksheets.map((w) => w.name)).toEqual(["Notes", "Portefeuille"]);
    expect(lu.getWorksheet("Notes")!.getCell("B1").value).toEqual(new Date(Date.UTC(2025, 2, 3)));
    const f = lu.getWorksheet("Portefeuille")!;
    expect(f.getCell("B2").value).toEqual(new Date(Date.UTC(2025, 2, 3)));
    expect(fmt(f.getCell("B2"))).toBe("dd/mm/yyyy");
    expect([f.getCell("F2").value, fmt(f.getCell("F2"))]).toEqual([0.6, "0%"]);
    expect(f.getCell("H2").value).toEqual({ formula: "E2*0.5", result: 6000 });
    expect(f.getCell("A2").value).toEqual({ text: "LAEP Sud", hyperlink: "https://caf.example/dossiers/42" });
    expect([f.getCell("J2").value, fmt(f.getCell("J2"))]).toEqual([7200, EUROS]);
  });
});
