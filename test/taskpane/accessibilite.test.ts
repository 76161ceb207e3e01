/**
 * The built pane against RGAA 4.1 / WCAG 2.1 AA, in headless Chromium, at
 * the width Excel gives it (350 px) and on a wide screen (1 280 px): axe-core
 * on every tab and in the states a user reaches (errors shown, a question
 * asked), nothing cut sideways outside a scroll box the keyboard reaches, a
 * whole simulation done with the keyboard alone, and the screenshots of
 * docs/ taken from what was checked. What axe cannot see is reviewed by hand
 * in docs/accessibilite.md.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { auditer } from "../support/axe";
import { debordements } from "../support/debordements";
import { ouvrir } from "../support/navigateur";
import { normal, simulateurServi } from "../support/simulateur";

jest.setTimeout(120_000);

const CAPTURES = join(__dirname, "../../docs/captures");
const ONGLETS = [
  { nom: "Simulation", fichier: "simulation" },
  { nom: "Et si…", fichier: "et-si" },
  { nom: "Tableau", fichier: "tableau-sans-excel" },
  { nom: "Barèmes", fichier: "baremes" },
  // Loaded when it opens (formation.js): checked once its case is shown.
  { nom: "Formation", fichier: "formation", attendre: "#cas" },
  { nom: "Aide", fichier: "aide" },
];

const servi = simulateurServi();

beforeAll(() => mkdirSync(CAPTURES, { recursive: true }));


// 320 px: the narrowest Excel pane, and WCAG's reflow width (1 280 px at 400 %).
describe.each([320, 350, 1280])("à %i px de large", (largeur) => {
  it.each(ONGLETS)("l'onglet « $nom » : axe-core ne trouve rien, rien ne déborde (capture dans docs/ à 350 et 1 280 px)", async ({ nom, fichier, attendre }) => {
    const { page, journal } = await ouvrir(servi.navigateur, servi.adresse, largeur);
    await page.setViewportSize({ width: largeur, height: 800 });
    await page.getByRole("tab", { name: nom }).click();
    if (attendre) await page.locator(attendre).waitFor();
    // Charts are redrawn at their width once the tab shows.
    await page.waitForTimeout(100);
    expect(await auditer(page)).toEqual([]);
    expect(await debordements(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    if (largeur !== 320) await page.screenshot({ path: join(CAPTURES, `${fichier}-${largeur}.png`), fullPage: true });
    expect(journal.erreurs).toEqual([]);
    await page.context().close();
  });

  it("avec des erreurs affichées et une question posée, axe-core ne trouve rien", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, largeur);
    await page.locator("#champ-charges").fill("douze mille");
    await page.locator("#champ-taux").fill("0,5 %");
    expect(await auditer(page)).toEqual([]);
    await page.getByRole("tab", { name: "Et si…" }).click();
    expect(await auditer(page)).toEqual([]);
    await page.getByRole("tab", { name: "Barèmes" }).click();
    await page.getByRole("button", { name: "Enregistrer le barème" }).click();
    await page.locator("#baremes-erreurs:not(:empty)").waitFor();
    expect(await auditer(page)).toEqual([]);
    expect(await debordements(page)).toEqual([]);
    await page.locator("#panneau-baremes").getByLabel("Année (ou code)").fill("2031");
    await page.locator("#panneau-baremes").getByLabel("Taux", { exact: true }).fill("55");
    await page.locator("#panneau-baremes").getByLabel("Prix plafond horaire").fill("28");
    await page.locator("#panneau-baremes").getByLabel("Barème nouvelle heure").fill("9");
    await page.locator("#panneau-baremes").getByLabel("Source", { exact: true }).fill("Saisi pour le test");
    await page.getByRole("button", { name: "Enregistrer le barème" }).click();
    await page.locator('article[data-code="2031"]').waitFor();
    await page.locator('article[data-code="2031"]').getByRole("button", { name: "Supprimer" }).click();
    await page.getByRole("alertdialog").waitFor();
    expect(await auditer(page)).toEqual([]);
    await page.context().close();
  });
});

describe("espacement du texte (WCAG 1.4.12)", () => {
  it("avec interlignage 1,5, lettres +0,12 em, mots +0,16 em et paragraphes +2 em, rien ne déborde à 350 px", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.addStyleTag({
      content: "* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }",
    });
    for (const { nom, attendre } of ONGLETS) {
      await page.getByRole("tab", { name: nom }).click();
      if (attendre) await page.locator(attendre).waitFor();
      await page.waitForTimeout(100);
      expect({ nom, debordements: await debordements(page) }).toEqual({ nom, debordements: [] });
    }
    await page.context().close();
  });
});

describe("au clavier seul", () => {
  it("une simulation entière : saisir, lire le résultat, ouvrir les règles, faire varier, faire défiler le tableau", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    const actif = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || "");
    const focusVisible = () =>
      page.evaluate(() => {
        const e = document.activeElement!;
        const s = getComputedStyle(e);
        return e.matches(":focus-visible") && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
      });
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("onglet-simulation");
    expect(await focusVisible()).toBe(true);
    // From the tab to the first question, then through the LAEP's questions.
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("champ-heuresOuverture");
    expect(await focusVisible()).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("500");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("champ-charges");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("15 000");
    // 500 h + min(300 ; 250) = 750 h ; 60 % × min(15 000 ; 30 × 750) = 9 000 €.
    expect(normal(await page.locator("#carte-subvention .montant").innerText())).toBe("9 000,00 €");
    // On to the barème, the territory, then the rules of the first group of steps.
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("bareme");
    for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
    expect(await actif()).toBe("champ-autresFondsNationaux");
    // The calculation sheet's name and button come after the questions, before the results.
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("nom-fiche");
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("imprimer");
    expect(await focusVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    expect(await focusVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.locator('#detail details[data-groupe="heures"]').getAttribute("open")).toBe("");
    // Back up from the bottom of the page: the field reached is not hidden under the sticky summary.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (let i = 0; i < 10; i++) await page.keyboard.press("Shift+Tab");
    expect(await actif()).toBe("champ-charges");
    const cache = await page.evaluate(() => document.getElementById("champ-charges")!.getBoundingClientRect().top < document.getElementById("synthese")!.getBoundingClientRect().bottom);
    expect(cache).toBe(false);
    // Back to the tabs, over to « Et si… ».
    await page.locator("#onglet-simulation").focus();
    await page.keyboard.press("ArrowRight");
    expect(await actif()).toBe("onglet-etsi");
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("etsi-variable");
    await page.keyboard.press("Tab");
    expect(await actif()).toBe("etsi-de");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    // The table scroll box takes the focus and scrolls with the arrows.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("region");
    expect(await focusVisible()).toBe(true);
    const region = page.locator("#etsi-resultats .defilable");
    expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    // Scrolling by arrow is animated: wait for it (up to 2 s) rather than read it at once.
    await page.waitForFunction(() => document.querySelector("#etsi-resultats .defilable")!.scrollLeft > 0, undefined, { timeout: 2_000 });
    await page.context().close();
  });
});
