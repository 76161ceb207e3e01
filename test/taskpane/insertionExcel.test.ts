/**
 * The task pane as Excel runs it, in real Chromium: Office.js is replaced by
 * a stand-in whose Excel.run works on an in-memory workbook, so that the
 * insert button, the question before overwriting and the message can be
 * checked as a person sees them.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { auditer } from "../support/axe";
import { construireOfficeFactice } from "../support/construireOfficeFactice";
import { debordements } from "../support/debordements";
import { lancer } from "../support/navigateur";
import { servir } from "../support/serveur";

jest.setTimeout(90_000);

let navigateur: Browser;
let serveur: Awaited<ReturnType<typeof servir>>;
let officeFactice: string;

beforeAll(async () => {
  [serveur, officeFactice, navigateur] = await Promise.all([servir(join(__dirname, "../../dist")), construireOfficeFactice(), lancer()]);
});

afterAll(async () => {
  await navigateur?.close();
  await serveur?.fermer();
});

async function ouvrirDansExcel(largeur = 420): Promise<Page> {
  const page = await (await navigateur.newContext({ viewport: { width: largeur, height: 900 } })).newPage();
  const erreurs: string[] = [];
  page.on("pageerror", (e) => erreurs.push(String(e)));
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: officeFactice }));
  await page.goto(`${serveur.url}/taskpane.html`);
  await page.waitForSelector("#app[data-pret]");
  expect(erreurs).toEqual([]);
  return page;
}

const classeur = (page: Page, feuille: string) =>
  page.evaluate((f) => (window as unknown as { __classeur: { contenu(f: string): Record<string, unknown> } }).__classeur.contenu(f), feuille);

describe("volet dans Excel", () => {
  it("reste utilisable pendant qu'un Excel lent se prépare, puis passe en mode Excel sans perdre la saisie", async () => {
    const page = await (await navigateur.newContext({ viewport: { width: 420, height: 900 } })).newPage();
    await page.addInitScript(() => ((window as unknown as { __delaiOfficeMs: number }).__delaiOfficeMs = 3000));
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: officeFactice }));
    await page.goto(`${serveur.url}/taskpane.html`);
    await page.waitForSelector("#app[data-pret]");
    expect(await page.locator("#app").getAttribute("data-pret")).toBe("navigateur");
    await page.locator("#panneau-simulation").getByLabel(/^Charges annuelles \(/).fill("15 000");
    await page.waitForSelector('#app[data-pret="excel"]', { timeout: 10_000 });
    expect(await page.locator("#panneau-simulation").getByLabel(/^Charges annuelles \(/).inputValue()).toBe("15 000");
    expect(await page.getByRole("button", { name: "Insérer dans le classeur" }).count()).toBe(1);
    await page.context().close();
  });

  it("insère à la cellule sélectionnée un tableau de formules LAEP et dit ce qu'il a écrit", async () => {
    const page = await ouvrirDansExcel();
    expect(await page.locator("#app").getAttribute("data-pret")).toBe("excel");
    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    await page.locator("#message-insertion:not(:empty)").waitFor();
    expect(await page.locator("#message-insertion").innerText()).toMatch(/^Tableau écrit en Feuil1!B2:C16 .*Barème DEMO écrit dans la feuille « Barèmes LAEP »\.$/);
    const f = await classeur(page, "Feuil1");
    expect(f.C13).toBe("=LAEP.SUBVENTION(C3,C4,C5,C6,C7)");
    expect(f.C6).toBe("=LAEP_DEMO_TAUX");
    expect((await classeur(page, "Barèmes LAEP")).A2).toBe("DEMO");
    await page.context().close();
  });

  it("demande avant d'écrire sur des cellules non vides, et n'écrit rien si l'on refuse", async () => {
    const page = await ouvrirDansExcel();
    await page.evaluate(() => (window as unknown as { __classeur: { ecrire(f: string, a: string, v: unknown): void } }).__classeur.ecrire("Feuil1", "C5", "à garder"));
    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    const dialogue = page.getByRole("alertdialog");
    expect(await dialogue.innerText()).toMatch(/Les cellules Feuil1!B2:C16 ne sont pas toutes vides\. Remplacer leur contenu par la simulation \?/);
    await dialogue.getByRole("button", { name: "Annuler" }).click();
    expect(await page.locator("#message-insertion").innerText()).toBe("Rien n'a été écrit.");
    expect(await classeur(page, "Feuil1")).toEqual({ C5: "à garder" });
    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remplacer" }).click();
    await page.locator("#message-insertion", { hasText: "Tableau écrit" }).waitFor();
    expect((await classeur(page, "Feuil1")).C5).toBe(12000);
    await page.context().close();
  });

  it("garde les barèmes dans la feuille du classeur", async () => {
    const page = await ouvrirDansExcel();
    await page.getByRole("tab", { name: "Barèmes" }).click();
    expect(await page.locator("#panneau-baremes").innerText()).toMatch(/conservés dans la feuille « Barèmes LAEP » de ce classeur/);
    const panneau = page.locator("#panneau-baremes");
    await panneau.getByLabel("Année (ou code)").fill("2030");
    await panneau.getByLabel("Taux", { exact: true }).fill("60");
    await panneau.getByLabel("Prix plafond horaire", { exact: true }).fill("31");
    await panneau.getByLabel("Barème nouvelle heure", { exact: true }).fill("9,5");
    await panneau.getByLabel("Source", { exact: true }).fill("Saisi pour le test");
    await panneau.getByRole("button", { name: "Enregistrer le barème" }).click();
    await page.locator('article[data-code="2030"]').waitFor();
    const feuille = await classeur(page, "Barèmes LAEP");
    expect([feuille.A2, feuille.C2, feuille.D2, feuille.E2]).toEqual(["2030", 0.6, 31, 9.5]);
    await page.context().close();
  });

  it("dit pourquoi il n'écrit rien quand la sélection a plusieurs zones", async () => {
    const page = await ouvrirDansExcel();
    await page.evaluate(() => ((window as unknown as { __classeur: { selection: unknown } }).__classeur.selection = { feuille: "Feuil1", adresse: "B2,D4" }));
    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    await page.locator("#message-insertion:not(:empty)").waitFor();
    expect(await page.locator("#message-insertion").innerText()).toMatch(/^Sélectionnez une seule cellule.*Rien n'a été écrit\.$/);
    expect(await classeur(page, "Feuil1")).toEqual({});
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await page.context().close();
  });

  it("les formules insérées, recalculées, donnent les montants affichés par le volet", async () => {
    const page = await ouvrirDansExcel();
    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    await page.locator("#message-insertion", { hasText: "Tableau écrit" }).waitFor();
    const valeurs = await page.evaluate(() => (window as unknown as { __classeur: { valeurs(f: string): Record<string, unknown> } }).__classeur.valeurs("Feuil1"));
    // The pane's example (400 h + min(300 h, 50 % × 400 h), barème DEMO, 12 000 €): the summary and the sheet agree.
    const espaces = (t: string) => t.replace(/\s/g, " ");
    const cartes = espaces((await page.locator("#panneau-simulation .chiffre").allInnerTexts()).join(" | "));
    const montant = (x: unknown) => espaces(`${new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2 }).format(x as number)} €`);
    expect([valeurs.C13, valeurs.C14, valeurs.C16]).toEqual([7200, 2400, 2400]);
    expect(cartes).toBe(`Subvention LAEP ${montant(valeurs.C13)} | Bonus territoire CTG ${montant(valeurs.C14)} | Reste à financer ${montant(valeurs.C16)}`);
    await page.context().close();
  });

  it("un nom de barème qui désigne une autre cellule : il demande avant de le changer", async () => {
    const page = await ouvrirDansExcel();
    await page.evaluate(() => (window as unknown as { __classeur: { nommer(n: string, r: string): void } }).__classeur.nommer("LAEP_DEMO_TAUX", "=Feuil1!$Z$1"));
    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    const dialogue = page.getByRole("alertdialog");
    expect(await dialogue.innerText()).toMatch(/Le nom LAEP_DEMO_TAUX désigne Feuil1!Z1 et non la ligne 2 du barème DEMO.*Faire désigner ce nom la ligne 2 \?/s);
    await dialogue.getByRole("button", { name: "Annuler" }).click();
    expect(await classeur(page, "Feuil1")).toEqual({});
    await page.context().close();
  });

  it("dans un Excel trop ancien pour écrire dans le classeur, calcule quand même et dit quelle version il faut", async () => {
    const page = await (await navigateur.newContext({ viewport: { width: 350, height: 900 } })).newPage();
    await page.addInitScript(() => ((window as unknown as { __excelApi: string }).__excelApi = "1.3"));
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: officeFactice }));
    await page.goto(`${serveur.url}/taskpane.html`);
    await page.waitForSelector("#app[data-pret]");
    expect(await page.locator("#app").getAttribute("data-pret")).toBe("navigateur");
    expect(await page.locator("#avertissement-hote").innerText()).toMatch(/^Cette version d'Excel ne permet pas au simulateur d'écrire dans le classeur \(il lui faut l'API Excel 1,4 : Microsoft 365/);
    expect(await page.getByRole("button", { name: "Insérer dans le classeur" }).count()).toBe(0);
    expect((await page.locator("#detail").innerText()).replace(/\s/g, " ")).toContain("7 200,00 €");
    await page.context().close();
  });
});

describe("onglet Tableau dans Excel : compléter le portefeuille de l'officière", () => {
  /** exemples/campagne.csv typed into Feuil1 from A1, numbers as numbers. */
  async function portefeuille(page: Page) {
    const table: string[][] = parse(readFileSync(join(__dirname, "../../exemples/campagne.csv"), "utf8"), { delimiter: ";", bom: true });
    await page.evaluate((t) => {
      const c = (window as unknown as { __classeur: { ecrire(f: string, a: string, v: unknown): void; selection: unknown } }).__classeur;
      t.forEach((ligne, i) =>
        ligne.forEach((v, j) => {
          if (v === "") return;
          const nombre = i > 0 && j > 1 ? (v.endsWith("%") ? Number(v.slice(0, -1).trim()) / 100 : Number(v.replace(/\s/g, "").replace(",", "."))) : null;
          c.ecrire("Feuil1", `${String.fromCharCode(65 + j)}${i + 1}`, nombre ?? v);
        }),
      );
      c.selection = { feuille: "Feuil1", adresse: "C4" };
    }, table);
  }

  it("montre les colonnes reconnues, puis écrit les colonnes de formules et les totaux, accessible et sans débordement à 350 px", async () => {
    const page = await ouvrirDansExcel(350);
    await portefeuille(page);
    await page.getByRole("tab", { name: "Tableau" }).click();
    await page.getByRole("button", { name: "Reconnaître le tableau" }).click();
    const reconnu = page.locator("#tableau-reconnu");
    await reconnu.getByRole("table", { name: "Colonnes reconnues" }).waitFor();
    expect(await reconnu.locator("h3").innerText()).toBe("Tableau Feuil1!A1:K7 : 6 lignes de LAEP");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tableau-titre");
    const ligne = (donnee: string) => reconnu.getByRole("row", { name: new RegExp(`^${donnee}`) }).locator("td").innerText();
    expect(await ligne("Forfait horaire offre existante")).toBe("dérivé du territoire (SOMME.SI des chiffres N-1)");
    expect(await ligne("Territoire")).toBe("colonne B « territoire »");
    // Nothing written yet.
    expect(Object.keys(await classeur(page, "Feuil1")).some((a) => a.startsWith("L"))).toBe(false);
    expect(await auditer(page)).toEqual([]);
    expect(await debordements(page)).toEqual([]);
    await page.screenshot({ path: join(__dirname, "../../docs/captures/tableau-350.png"), fullPage: true });
    await page.getByRole("button", { name: "Écrire les colonnes" }).click();
    await page.locator("#tableau-message:not(:empty)").waitFor();
    expect(await page.locator("#tableau-message").innerText()).toBe(
      "7 colonnes écrites en L1:R7 pour 6 LAEP, totaux en A9:R9 : des formules =LAEP.* qui se recalculent quand une donnée change.",
    );
    const valeurs = await page.evaluate(() => (window as unknown as { __classeur: { valeurs(f: string): Record<string, unknown> } }).__classeur.valeurs("Feuil1"));
    expect([valeurs.L2, valeurs.O2, valeurs.P2]).toEqual([5800 / 1100, 7200, 2400]);
    await page.context().close();
  });

  it("demande avant de remplacer des cellules non vides, et n'écrit rien si l'on refuse", async () => {
    const page = await ouvrirDansExcel();
    await portefeuille(page);
    await page.evaluate(() => (window as unknown as { __classeur: { ecrire(f: string, a: string, v: unknown): void } }).__classeur.ecrire("Feuil1", "R3", "à garder"));
    await page.getByRole("tab", { name: "Tableau" }).click();
    await page.getByRole("button", { name: "Reconnaître le tableau" }).click();
    expect(await page.locator("#tableau-reconnu").innerText()).toContain("le complément demandera avant de les remplacer");
    await page.getByRole("button", { name: "Écrire les colonnes" }).click();
    const dialogue = page.getByRole("alertdialog");
    expect(await dialogue.innerText()).toContain("Remplacer leur contenu par les colonnes de résultat ?");
    expect(await auditer(page)).toEqual([]);
    await dialogue.getByRole("button", { name: "Annuler" }).click();
    expect(await page.locator("#tableau-message").innerText()).toBe("Rien n'a été écrit.");
    expect((await classeur(page, "Feuil1")).R3).toBe("à garder");
    expect((await classeur(page, "Feuil1")).L1).toBeUndefined();
    await page.context().close();
  });

  it("dit, à côté du bouton, pourquoi un tableau ne peut pas être complété", async () => {
    const page = await ouvrirDansExcel();
    await page.getByRole("tab", { name: "Tableau" }).click();
    await page.getByRole("button", { name: "Reconnaître le tableau" }).click();
    await page.locator("#tableau-message:not(:empty)").waitFor();
    expect(await page.locator("#tableau-message").getAttribute("class")).toContain("echec");
    expect(await page.locator("#tableau-message").innerText()).toMatch(/Rien n'a été écrit\.$/);
    await page.context().close();
  });
});
