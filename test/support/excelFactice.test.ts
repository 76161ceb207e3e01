/**
 * The stand-in Excel must be at least as strict as Excel, or the tests that
 * use it prove nothing: each rule below is one Excel enforces.
 */
import { ContexteFactice, nomValide } from "./excelFactice";

const excel = (c: ContexteFactice) => c as unknown as Excel.RequestContext;

describe("l'Excel factice est aussi strict qu'Excel", () => {
  it("n'applique une écriture qu'au context.sync()", async () => {
    const c = new ContexteFactice();
    const ctx = excel(c);
    ctx.workbook.worksheets.getItemOrNullObject("Feuil1").getRange("A1").values = [[1]];
    expect(c.contenu("Feuil1")).toEqual({});
    await ctx.sync();
    expect(c.contenu("Feuil1")).toEqual({ A1: 1 });
  });

  it("refuse de lire une propriété non chargée, ou chargée mais pas encore synchronisée", async () => {
    const c = new ContexteFactice();
    const plage = excel(c).workbook.worksheets.getItemOrNullObject("Feuil1").getRange("A1");
    expect(() => plage.values).toThrow(/PropertyNotLoaded/);
    plage.load("values");
    expect(() => plage.values).toThrow(/PropertyNotLoaded/);
    await excel(c).sync();
    expect(plage.values).toEqual([[""]]);
    expect(() => plage.address).toThrow(/PropertyNotLoaded/);
  });

  it("refuse isNullObject avant la synchronisation", async () => {
    const c = new ContexteFactice();
    const f = excel(c).workbook.worksheets.getItemOrNullObject("Absente");
    expect(() => f.isNullObject).toThrow(/PropertyNotLoaded/);
    await excel(c).sync();
    expect(f.isNullObject).toBe(true);
  });

  it("montre le classeur tel qu'il était à la synchronisation, pas après", async () => {
    const c = new ContexteFactice();
    const plage = excel(c).workbook.worksheets.getItemOrNullObject("Feuil1").getRange("A1");
    plage.load("values");
    await excel(c).sync();
    c.taper("Feuil1", "A1", "après");
    expect(plage.values).toEqual([[""]]);
  });

  it("cherche feuilles et noms sans tenir compte de la casse", async () => {
    const c = new ContexteFactice();
    c.nommer("Mon_Nom", "=Feuil1!$A$1");
    const f = excel(c).workbook.worksheets.getItemOrNullObject("FEUIL1");
    const n = excel(c).workbook.names.getItemOrNullObject("mon_nom");
    excel(c).workbook.names.add("MON_NOM", "=Feuil1!$B$1");
    await expect(excel(c).sync()).rejects.toThrow(/ItemAlreadyExists/);
    expect([f.isNullObject, n.isNullObject]).toEqual([false, false]);
  });

  it("refuse une adresse au-delà de XFD1048576", async () => {
    const c = new ContexteFactice();
    excel(c).workbook.worksheets.getItemOrNullObject("Feuil1").getRange("A1048577").values = [[1]];
    await expect(excel(c).sync()).rejects.toThrow(/InvalidArgument/);
    excel(c).workbook.worksheets.getItemOrNullObject("Feuil1").getRange("XFE1").load("address");
    await expect(excel(c).sync()).rejects.toThrow(/InvalidArgument/);
  });

  it("arrête le lot à la première erreur, en gardant ce qui a déjà été écrit", async () => {
    const c = new ContexteFactice();
    const f = excel(c).workbook.worksheets.getItemOrNullObject("Feuil1");
    f.getRange("A1").values = [[1]];
    f.getRange("A2:A3").values = [[2]];
    f.getRange("A4").values = [[4]];
    await expect(excel(c).sync()).rejects.toThrow(/dimensions/);
    expect(c.contenu("Feuil1")).toEqual({ A1: 1 });
  });

  it.each([
    ["LAEP_2025_TAUX", true],
    ["_x", true],
    ["A1", false],
    ["XFD1048576", false],
    ["R1C1", false],
    ["r", false],
    ["2025_TAUX", false],
    ["LAEP 2025", false],
    ["x".repeat(256), false],
  ])("valide le nom défini %s comme Excel (%s)", (nom, valide) => {
    expect(nomValide(nom)).toBe(valide);
  });

  it("refuse une formule qui ne se lit pas, et prend pour une formule ce qu'Excel prend pour une formule", async () => {
    const c = new ContexteFactice();
    const f = excel(c).workbook.worksheets.getItemOrNullObject("Feuil1");
    f.getRange("A1").formulas = [["=SUM((1"]];
    await expect(excel(c).sync()).rejects.toThrow(/formule invalide/);
    f.getRange("A1:D1").values = [["+2*3", "-A1", "'=1+1", "2025"]];
    await excel(c).sync();
    expect(c.contenu("Feuil1")).toEqual({ A1: "=+2*3", B1: "=-A1", C1: "=1+1", D1: 2025 });
    expect(c.valeurs("Feuil1")).toMatchObject({ A1: 6, B1: -6, C1: "=1+1" });
  });

  it("garde l'apostrophe comme caractère dans une cellule au format Texte", async () => {
    const c = new ContexteFactice();
    const f = excel(c).workbook.worksheets.getItemOrNullObject("Feuil1");
    f.getRange("A1").numberFormat = [["@"]];
    f.getRange("A1").values = [["'=1"]];
    await excel(c).sync();
    expect(c.contenu("Feuil1")).toEqual({ A1: "'=1" });
  });
});
