/**
 * The Formation tab as a trainer and a room use it, in headless Chromium on
 * the built page: formation.js fetched only when the tab opens, answers
 * checked with the focus on the first one to look at again, the correction
 * step by step, the projection mode, a case opened as a simulation, and every
 * case of core/formation/cas.ts answerable through the page itself.
 * Figures expected here are worked by hand in the comments.
 */
import type { Page } from "playwright-core";
import { CAS_FORMATION } from "../../core/formation/cas";
import { auditer } from "../support/axe";
import { debordements } from "../support/debordements";
import { ouvrir } from "../support/navigateur";
import { pagesImprimees } from "../support/pagesImprimees";
import { normal, simulateurServi } from "../support/simulateur";

jest.setTimeout(120_000);

const servi = simulateurServi();

async function formation(page: Page, cas?: string) {
  await page.getByRole("tab", { name: "Formation" }).click();
  await page.locator("#cas").waitFor();
  if (cas !== undefined) await page.locator("#cas-formation").selectOption({ index: CAS_FORMATION.findIndex((c) => c.id === cas) });
}

const actif = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const texte = async (page: Page, selecteur: string) => normal(await page.locator(selecteur).innerText()).replace(/\s+/g, " ");

describe("l'onglet Formation", () => {
  it.each(["simulateur.html", "taskpane.html"])("%s ne demande formation.js qu'à la première ouverture de l'onglet, et rien hors du site", async (fichier) => {
    const { page, journal } = await ouvrir(servi.navigateur, `${servi.serveur.url}/${fichier}`, 350);
    expect(journal.requetes.filter((u) => u.endsWith("/formation.js"))).toEqual([]);
    await formation(page);
    await page.getByRole("tab", { name: "Aide" }).click();
    await formation(page);
    expect(journal.requetes.filter((u) => u.endsWith("/formation.js"))).toHaveLength(1);
    // Office.js (aborted here) is the only address outside the site.
    expect(journal.requetes.filter((u) => !u.startsWith(servi.serveur.url) && !u.includes("appsforoffice.microsoft.com"))).toEqual([]);
    expect(journal.erreurs).toEqual([]);
    await page.context().close();
  });

  it("vérifie les réponses : « Juste » sur les bonnes, le focus sur la première à revoir, son indice lié au champ", async () => {
    const { page, journal } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await formation(page, "plafond-80");
    // 400 h + 200 h = 600 h; 15 000 € ÷ 600 h = 25 €/h < 30: 60 % × 15 000 = 9 000 €; bonus 600 h × 5 = 3 000 €;
    // 80 % × 15 000 = 12 000 €; 9 000 + 3 000 + 2 000 > 12 000: bonus 1 000 €, 2 000 € écrêtés, reste 3 000 €.
    // The trainee keeps the bonus before the cap and computes the reste without it.
    const reponses = { subventionLaep: "9 000", bonusAvantPlafonnement: "3000", plafondFondsNationaux: "12 000,00 €", ecretement: "2 000", bonusTerritoireCtg: "3 000", resteAFinancer: "1 000" };
    for (const [cle, valeur] of Object.entries(reponses)) await page.locator(`#reponse-${cle}`).fill(valeur);
    await page.locator("#verifier").click();
    expect(await actif(page)).toBe("reponse-bonusTerritoireCtg");
    expect(await texte(page, "#bilan")).toBe("4 justes, 2 à revoir. Commencez par « Bonus territoire CTG » : l'indice est sous le champ.");
    const champ = page.locator("#reponse-bonusTerritoireCtg");
    expect(await champ.getAttribute("aria-invalid")).toBe("true");
    expect((await champ.getAttribute("aria-describedby"))!.split(" ")).toContain("indice-bonusTerritoireCtg");
    expect(await texte(page, "#indice-bonusTerritoireCtg")).toMatch(/^Indice : C'est le bonus avant plafond/);
    expect(await texte(page, "#statut-subventionLaep")).toBe("✓ Juste");
    expect(await texte(page, "#statut-resteAFinancer")).toBe("✗ À revoir");
    // Only the first one to look at again gets a hint: the reste follows from the bonus.
    expect(await page.locator("#indice-resteAFinancer").innerText()).toBe("");
    expect(await page.locator("#reponse-subventionLaep").getAttribute("aria-invalid")).toBe("false");
    expect(await auditer(page)).toEqual([]);
    // Corrected, and checked with Entrée from the field.
    await champ.fill("1 000");
    expect(await page.locator("#statut-bonusTerritoireCtg").innerText()).toBe("");
    await page.locator("#reponse-resteAFinancer").fill("3 000");
    await page.locator("#reponse-resteAFinancer").press("Enter");
    expect(await texte(page, "#bilan")).toBe("Tout est juste : 6 réponses sur 6.");
    expect(journal.erreurs).toEqual([]);
    await page.context().close();
  });

  it("se mène au clavier seul : choisir le cas, répondre, vérifier avec Entrée, dévoiler la correction", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.locator("#onglet-simulation").focus();
    // Arrows along the tabs: Simulation, Et si…, Tableau, Barèmes, Formation.
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    expect(await actif(page)).toBe("onglet-formation");
    await page.locator("#cas").waitFor();
    await page.keyboard.press("Tab");
    expect(await actif(page)).toBe("cas-formation");
    // The second case, « sous le plafond », chosen with the arrow key.
    await page.keyboard.press("ArrowDown");
    expect(normal(await page.locator("#titre-cas").innerText())).toContain("Un prix de revient sous le prix plafond");
    await page.keyboard.press("Tab");
    expect(await actif(page)).toBe("projection");
    await page.keyboard.press("Tab");
    expect(await actif(page)).toBe("reponse-heuresFonctionnement");
    // 500 h + 100 h = 600 h; 16 800 € ÷ 600 h = 28 €/h; the trainee applies the ceiling: 60 % × 30 = 18 €/h.
    await page.keyboard.type("600");
    await page.keyboard.press("Tab");
    await page.keyboard.type("28");
    await page.keyboard.press("Tab");
    await page.keyboard.type("18");
    await page.keyboard.press("Enter");
    expect(await actif(page)).toBe("reponse-subventionHoraire");
    expect(await texte(page, "#indice-subventionHoraire")).toMatch(/^Indice : 60 % du prix plafond ne vaut que si le prix de revient le dépasse/);
    // On to « Voir l'étape suivante »: past the last answer, « Vérifier » and « Recommencer ».
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    expect(await actif(page)).toBe("etape-suivante");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.dataset.etape)).toBe("heuresFonctionnement");
    await page.context().close();
  });

  it("dit pourquoi une réponse ne se lit pas, et demande au moins une réponse", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await formation(page, "organisation-50");
    await page.locator("#verifier").click();
    expect(await texte(page, "#bilan")).toBe("Écrivez au moins une réponse, puis vérifiez.");
    expect(await actif(page)).toBe("reponse-heuresOrganisationRetenues");
    await page.locator("#reponse-heuresOrganisationRetenues").fill("cent cinquante");
    await page.locator("#verifier").click();
    expect(await texte(page, "#statut-heuresOrganisationRetenues")).toBe("✗ Illisible");
    expect(await texte(page, "#indice-heuresOrganisationRetenues")).toBe("Indice : « cent cinquante » n'est pas un nombre (exemple : 1 234,56).");
    await page.context().close();
  });

  it("dévoile la correction étape par étape, avec l'opération et la phrase de l'addendum ; « Recommencer » efface tout", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await formation(page, "organisation-50");
    await page.locator("#reponse-heuresFonctionnement").fill("500");
    await page.locator("#etape-suivante").click();
    const etapes = page.locator("#correction li");
    expect(await etapes.count()).toBe(1);
    // 300 h open, 200 h declared: at most 50 % × 300 h = 150 h count.
    expect(await texte(page, "#correction li:nth-child(1) h4")).toBe("Heures d'organisation retenues : 150 h");
    expect(await texte(page, "#correction li:nth-child(1) .operation")).toBe("min(200 h ; 50 % × 300 h) = min(200 h ; 150 h) = 150 h");
    expect(await texte(page, "#correction li:nth-child(1) blockquote")).toContain("limitées à 50% des heures d'ouverture au public");
    // The focus follows what is shown, for a screen reader and for the keyboard.
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.dataset.etape)).toBe("heuresOrganisationRetenues");
    await page.locator("#etape-suivante").click();
    expect(await texte(page, "#correction li:nth-child(2) .operation")).toBe("300 h + 150 h = 450 h");
    await page.locator("#tout-voir").click();
    // 16 200 € ÷ 450 h = 36 €/h > 30 €/h: 60 % × 30 €/h × 450 h = 8 100 €.
    expect(await etapes.count()).toBe(5);
    expect(await texte(page, "#correction li:nth-child(3) .operation")).toBe("16 200,00 € ÷ 450 h = 36,00 €/h");
    expect(await texte(page, "#correction li:nth-child(5) .operation")).toBe("60 % × 30,00 €/h × 450 h = 8 100,00 €");
    expect(await page.locator("#correction li:nth-child(3) h4").evaluate((e) => e === document.activeElement)).toBe(true);
    // A sentence quoted once: the three subvention steps share one.
    expect(await page.locator("#correction blockquote").count()).toBe(3);
    expect(await page.locator("#etape-suivante").isDisabled()).toBe(true);
    expect(await page.locator("#tout-voir").isDisabled()).toBe(true);
    expect(await auditer(page)).toEqual([]);
    await page.locator("#recommencer").click();
    expect(await etapes.count()).toBe(0);
    expect(await page.locator("#reponse-heuresFonctionnement").inputValue()).toBe("");
    expect(await page.locator("#etape-suivante").isDisabled()).toBe(false);
    expect(await actif(page)).toBe("reponse-heuresOrganisationRetenues");
    await page.context().close();
  });

  it.each([350, 1280])("en mode projection à %i px, grossit le texte une fois et demie, sans rien faire déborder", async (largeur) => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, largeur);
    await formation(page, "forfait-territoire");
    await page.locator("#tout-voir").click();
    const hauteur = () => page.locator("#enonce").evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) * ((e as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1));
    const avant = await hauteur();
    const bouton = page.getByRole("button", { name: "Mode projection" });
    expect(await bouton.getAttribute("aria-pressed")).toBe("false");
    await bouton.click();
    expect(await bouton.getAttribute("aria-pressed")).toBe("true");
    expect((await hauteur()) / avant).toBeCloseTo(1.5, 1);
    expect(await debordements(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await auditer(page)).toEqual([]);
    await bouton.click();
    expect((await hauteur()) / avant).toBeCloseTo(1, 2);
    await page.context().close();
  });

  it("ouvre un cas dans la Simulation : ses chiffres dans les champs, le barème fictif signalé, le résultat du cas", async () => {
    const { page, journal } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await formation(page, "forfait-territoire");
    await page.getByRole("button", { name: "Ouvrir dans la simulation" }).click();
    expect(await page.locator("#onglet-simulation").getAttribute("aria-selected")).toBe("true");
    expect(await actif(page)).toBe("onglet-simulation");
    expect(await page.locator("#champ-heuresOuverture").inputValue()).toBe("300");
    expect(await page.locator("#champ-heuresExistantes").inputValue()).toBe("300");
    // (2 600 + 1 300 + 600) € ÷ (500 + 300 + 200) h = 4,5 €/h: not the training barème's 5, so « Saisie libre ».
    expect(await page.locator("#champ-forfaitExistant").inputValue()).toBe("4,5");
    expect(await page.locator("#bareme").inputValue()).toBe("");
    expect(await texte(page, "#avertissement-bareme")).toMatch(/^Taux, prix plafond horaire et barème nouvelle heure : valeurs fictives/);
    // 14 000 € ÷ 400 h = 35 €/h > 30: 18 €/h × 400 h = 7 200 €; 300 h × 4,5 + 100 h × 10 = 2 350 €.
    expect(await texte(page, "#carte-subvention dd")).toBe("7 200,00 €");
    expect(await texte(page, "#carte-bonus dd")).toBe("2 350,00 €");
    expect(await page.locator("#badge-fictif").isVisible()).toBe(true);
    // A case on the training barème's forfait chooses that barème.
    await formation(page, "plafond-80");
    await page.getByRole("button", { name: "Ouvrir dans la simulation" }).click();
    expect(await page.locator("#bareme").inputValue()).toBe("DEMO");
    expect(await page.locator("#champ-autresFondsNationaux").inputValue()).toBe("2000");
    expect(await texte(page, "#carte-bonus dd")).toBe("1 000,00 €");
    expect(journal.erreurs).toEqual([]);
    await page.context().close();
  });

  it("demande avant de remplacer des chiffres saisis dans la Simulation, et n'y touche pas si l'on annule", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.locator("#champ-charges").fill("13 500");
    await formation(page, "baisse");
    await page.getByRole("button", { name: "Ouvrir dans la simulation" }).click();
    const dialogue = page.getByRole("alertdialog");
    await dialogue.waitFor();
    expect(normal(await dialogue.innerText())).toContain("La simulation contient des chiffres que vous avez saisis.");
    expect(await auditer(page)).toEqual([]);
    // The focus starts on « Annuler »: Entrée never replaces.
    await page.keyboard.press("Enter");
    expect(await page.locator("#onglet-formation").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#champ-charges").inputValue()).toBe("13 500");
    await page.getByRole("button", { name: "Ouvrir dans la simulation" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remplacer" }).click();
    expect(await page.locator("#champ-charges").inputValue()).toBe("14000");
    await page.context().close();
  });

  it("imprimé depuis l'onglet Formation, donne le cas à distribuer (énoncé, chiffres, questions), sans bouton, liste ni onglet, et non la fiche de la simulation", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await formation(page, "plafond-80");
    await page.locator("#projection").click();
    await page.emulateMedia({ media: "print" });
    const visibles = (selecteur: string) => page.evaluate((s) => [...document.querySelectorAll(s)].filter((e) => (e as HTMLElement).getClientRects().length > 0).length, selecteur);
    expect(await visibles("button, select, [role=tab], [role=tablist]")).toBe(0);
    expect(await page.locator("#fiche-impression").isVisible()).toBe(false);
    for (const partie of ["#titre-cas", "#enonce", "#donnees-cas", "#reponse-ecretement"]) expect({ partie, visible: await page.locator(partie).isVisible() }).toEqual({ partie, visible: true });
    // No correction heading over nothing: the steps print once revealed.
    expect(await page.locator("#titre-correction").isVisible()).toBe(false);
    // Printed at its own size, not in projection type: the case and its six questions hold on one A4 page.
    expect(await pagesImprimees(page)).toBe(1);
    // From Simulation, the calculation sheet as before.
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("tab", { name: "Simulation" }).click();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#fiche-impression").isVisible()).toBe(true);
    expect(await page.locator("#cas").isVisible()).toBe(false);
    await page.context().close();
  });

  it("dit en français que les cas n'ont pas pu être chargés, et réessaie à la réouverture de l'onglet", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.route("**/formation.js", (route) => route.abort());
    await page.getByRole("tab", { name: "Formation" }).click();
    const alerte = page.locator("#panneau-formation [role=alert]");
    await alerte.waitFor();
    expect(normal(await alerte.innerText())).toBe("Les cas de formation n'ont pas pu être chargés (formation.js est introuvable). Rouvrez l'onglet pour réessayer.");
    await page.unroute("**/formation.js");
    await page.getByRole("tab", { name: "Aide" }).click();
    await formation(page);
    expect(await page.locator("#titre-cas").count()).toBe(1);
    await page.context().close();
  });

  it("fait trouver à un stagiaire, dans la page même, la réponse écrite de chaque question de chaque cas", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 1280);
    await formation(page);
    for (const [i, cas] of CAS_FORMATION.entries()) {
      await page.locator("#cas-formation").selectOption({ index: i });
      expect(normal(await page.locator("#titre-cas").innerText())).toContain(cas.titre);
      for (const q of cas.questions) await page.locator(`#reponse-${q.etape}`).fill(q.reponse);
      await page.locator("#verifier").click();
      expect({ cas: cas.id, bilan: await texte(page, "#bilan") }).toEqual({ cas: cas.id, bilan: `Tout est juste : ${cas.questions.length} réponses sur ${cas.questions.length}.` });
      await page.locator("#tout-voir").click();
      expect(await page.locator("#correction li").count()).toBe(cas.correction.length);
      expect(await page.locator("#correction li .operation").count()).toBe(cas.correction.length);
    }
    await page.context().close();
  });
});
