/**
 * The calculation sheet on paper, in headless Chromium: the Simulation
 * printed (print media, page.pdf in A4) is one page with the sheet alone (no
 * tab, button, field or select), even in the longest case; the command
 * line's HTML file prints on one page too, and passes axe-core.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auditer } from "../support/axe";
import { BIN } from "../support/cli";
import { ouvrir } from "../support/navigateur";
import { pagesImprimees } from "../support/pagesImprimees";
import { normal, simulateurServi } from "../support/simulateur";

jest.setTimeout(120_000);

const servi = simulateurServi();

/** Controls that a printed page would show: none may have a box in print media. */
const CONTROLES_VISIBLES = () =>
  [...document.querySelectorAll("button, select, input, textarea, [role=tab], [role=tablist], svg")]
    .filter((e) => (e as HTMLElement).getClientRects().length > 0)
    .map((e) => e.outerHTML.slice(0, 80));

describe("la fiche de calcul imprimée depuis la Simulation", () => {
  it("tient sur une page A4, sans onglet, bouton, champ ni liste, avec les chiffres montrés à l'écran", async () => {
    const { page, journal } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.locator("#nom-fiche").fill("LAEP Les Petits Pas");
    const ecran = {
      subvention: normal(await page.locator("#carte-subvention dd").innerText()),
      reste: normal(await page.locator("#carte-reste dd").innerText()),
    };
    expect(await page.locator("#fiche-impression").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(CONTROLES_VISIBLES)).toEqual([]);
    const fiche = normal(await page.locator("#fiche-impression").innerText()).replace(/\s+/g, " ");
    expect(fiche).toContain("LAEP : LAEP Les Petits Pas.");
    expect(fiche).toContain(`Subvention LAEP ${ecran.subvention}`);
    expect(fiche).toContain(`Reste à financer par d'autres partenaires ${ecran.reste}`);
    // The pane's example is on the training barème.
    expect(fiche).toMatch(/Barème fictif/i);
    expect(await pagesImprimees(page)).toBe(1);
    // What the paper shows, at A4's width, for docs/ (looked at before each release).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(__dirname, "../../docs/captures/fiche-a4.png"), fullPage: true });
    expect(journal.erreurs).toEqual([]);
    await page.context().close();
  });

  it("tient encore sur une page avec un nom, un libellé et une source de barème à leur longueur maximale, et un écrêtement", async () => {
    const contexte = await servi.navigateur.newContext({ viewport: { width: 350, height: 900 }, locale: "fr-FR" });
    const long = {
      code: "2031",
      libelle: `Barème ${"très long ".repeat(11)}`.slice(0, 120),
      taux: "0.605",
      prixPlafond: "30.17",
      baremeNouvelleHeure: "10.43",
      forfaitExistant: "5.27272727272727",
      source: "Source très longue, copiée d'une circulaire entière. ".repeat(40).slice(0, 2000),
      lien: null,
      verifieLe: "2026-01-15",
    };
    await contexte.addInitScript((b) => window.localStorage.setItem("financement-laep.baremes", JSON.stringify([b])), long);
    const page = await contexte.newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (r) => r.abort());
    await page.goto(servi.adresse);
    await page.waitForSelector("#app[data-pret]");
    await page.locator("#bareme").selectOption("2031");
    await page.locator("#champ-autresFondsNationaux").fill("2 000");
    await page.locator("#nom-fiche").fill("L".repeat(120));
    await page.locator("#badge-plafond").waitFor();
    await page.emulateMedia({ media: "print" });
    const fiche = normal(await page.locator("#fiche-impression").innerText());
    expect(fiche).toContain("… (texte coupé)");
    expect(fiche).toContain("Vérifié le 15/01/2026.");
    expect(fiche).not.toMatch(/Barème fictif/i);
    expect(fiche).toContain("après écrêtement de");
    expect(await pagesImprimees(page)).toBe(1);
    await contexte.close();
  });

  it("« Imprimer la fiche » ouvre l'impression ; avec un champ à corriger, le bouton est désactivé et rien de faux ne s'imprime", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.evaluate(() => {
      (window as unknown as { impressions: number }).impressions = 0;
      window.print = () => (window as unknown as { impressions: number }).impressions++;
    });
    await page.getByRole("button", { name: "Imprimer la fiche" }).click();
    expect(await page.evaluate(() => (window as unknown as { impressions: number }).impressions)).toBe(1);
    await page.locator("#champ-charges").fill("douze mille");
    expect(await page.getByRole("button", { name: "Imprimer la fiche" }).isDisabled()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(normal(await page.locator("#fiche-impression").innerText()).replace(/\s+/g, " ")).toBe("Fiche de calcul La simulation comporte des champs à corriger : il n'y a pas de fiche à imprimer.");
    expect(await auditer(page)).toEqual([]);
    await page.context().close();
  });
});

describe("la fiche écrite par financement-laep fiche", () => {
  it("s'ouvre sans rien demander au réseau, passe axe-core et s'imprime sur une page A4", async () => {
    const d = mkdtempSync(join(tmpdir(), "laep-fiche-"));
    execFileSync(process.execPath, [BIN, "fiche", join(__dirname, "../../exemples/campagne.csv"), "--ligne", "3", "-o", join(d, "f.html")]);
    // bypassCSP: the sheet forbids scripts, axe-core is injected as one.
    const contexte = await servi.navigateur.newContext({ viewport: { width: 800, height: 1100 }, locale: "fr-FR", bypassCSP: true });
    const page = await contexte.newPage();
    const requetes: string[] = [];
    page.on("request", (r) => requetes.push(r.url()));
    await page.goto(`file://${join(d, "f.html")}`);
    expect(requetes).toEqual([`file://${join(d, "f.html")}`]);
    expect(await auditer(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await pagesImprimees(page)).toBe(1);
    await contexte.close();
  });
});
