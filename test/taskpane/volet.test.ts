/**
 * The pane at the width Excel gives it, read as a new user reads it: the
 * result stays in view while typing, the charts read like charts (axes,
 * the simulation's value, series apart where they coincide, 12 px text at any
 * width), and the details that made users doubt the figures are right.
 * Expected figures come from core/ or are worked out by hand in comments.
 */
import type { Page } from "playwright-core";
import { calculerDetail, formaterEuros } from "../../core";
import { debordements } from "../support/debordements";
import { ouvrir } from "../support/navigateur";
import { normal, simulateurServi } from "../support/simulateur";

jest.setTimeout(60_000);


const servi = simulateurServi();

async function dansLaFenetre(page: Page, selecteur: string): Promise<boolean> {
  return page.locator(selecteur).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

const subvention = (page: Page) => page.locator("#carte-subvention .montant").innerText().then(normal);

describe("le résultat reste en vue", () => {
  it("à 350 × 800, la subvention change sous les yeux quand on tape les heures d'ouverture, sans défiler", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.setViewportSize({ width: 350, height: 800 });
    expect(await dansLaFenetre(page, "#champ-heuresOuverture")).toBe(true);
    expect(await dansLaFenetre(page, "#carte-subvention")).toBe(true);
    expect(await subvention(page)).toBe("7 200,00 €");
    await page.locator("#champ-heuresOuverture").fill("300");
    // 300 h + min(300 ; 150) = 450 h ; 60 % × min(12 000 ; 30 × 450 = 13 500) = 7 200 €: the cap on cost
    // price does not bite, so take 200 h: 200 + 100 = 300 h ; 60 % × 9 000 = 5 400 €.
    await page.locator("#champ-heuresOuverture").fill("200");
    expect(await subvention(page)).toBe("5 400,00 €");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await dansLaFenetre(page, "#carte-subvention")).toBe(true);
    await page.context().close();
  });

  it("le résumé suit la saisie jusqu'au dernier champ, plus bas dans la page", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.setViewportSize({ width: 350, height: 800 });
    await page.locator("#champ-autresFondsNationaux").scrollIntoViewIfNeeded();
    await page.locator("#champ-autresFondsNationaux").fill("2 000");
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await dansLaFenetre(page, "#champ-autresFondsNationaux")).toBe(true);
    expect(await dansLaFenetre(page, "#synthese")).toBe(true);
    // 7 200 + 2 000 + bonus ≤ 80 % × 12 000 = 9 600: the bonus of 500 × 5 + 100 × 10 = 3 500 € is cut to 400 €, 3 100 € écrêtés.
    expect(normal(await page.locator("#carte-bonus .montant").innerText())).toBe("400,00 €");
    expect(normal(await page.locator("#badge-plafond").innerText())).toBe("Plafond de 80 % atteint : 3 100,00 € écrêtés");
    await page.context().close();
  });

  it("à 320 px, des montants de centaines de millions passent à la ligne dans le résumé sans déborder", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 320);
    await page.locator("#champ-charges").fill("1 000 000 000");
    await page.locator("#champ-heuresOuverture").fill("4 000 000");
    // 4 000 000 + 300 h = 4 000 300 h; 1e9 € ÷ 4 000 300 h ≈ 250 €/h, above the ceiling: 60 % × 30 €/h × 4 000 300 h = 72 005 400 €.
    expect(await subvention(page)).toBe("72 005 400,00 €");
    expect(await debordements(page)).toEqual([]);
    await page.context().close();
  });

  it("les questions sont groupées : le LAEP, le barème (avec sa source), le territoire", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    const groupes = await page.locator("#formulaire fieldset").evaluateAll((fs) =>
      fs.map((f) => [f.querySelector("legend")!.textContent, [...f.querySelectorAll("input, select")].map((e) => e.id)]),
    );
    expect(groupes).toEqual([
      ["Le LAEP", ["champ-heuresOuverture", "champ-heuresOrganisation", "champ-charges"]],
      ["Le barème de la Cnaf", ["bareme", "champ-taux", "champ-prixPlafond", "champ-baremeNouvelleHeure"]],
      ["Le territoire (bonus CTG)", ["champ-heuresExistantes", "champ-forfaitExistant", "champ-autresFondsNationaux"]],
    ]);
    await page.context().close();
  });
});

describe("des graphiques qui se lisent", () => {
  it.each([350, 1280])("à %i px, le texte des graphiques fait 12 px et le dessin n'est pas mis à l'échelle", async (largeur) => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, largeur);
    await page.waitForTimeout(100);
    const mesure = (selecteur: string) =>
      page.locator(selecteur).evaluate((s) => ({
        dessinee: Number(s.getAttribute("width")),
        affichee: s.getBoundingClientRect().width,
        polices: [...new Set([...s.querySelectorAll("text")].map((t) => getComputedStyle(t).fontSize))],
      }));
    const r = await mesure('svg[data-graphique="repartition"]');
    expect(r.polices).toEqual(["12px"]);
    expect(Math.abs(r.affichee - r.dessinee)).toBeLessThan(1);
    await page.getByRole("tab", { name: "Et si…" }).click();
    await page.waitForTimeout(100);
    const c = await mesure('svg[data-graphique="courbes"]');
    expect(c.polices).toEqual(["12px"]);
    expect(Math.abs(c.affichee - c.dessinee)).toBeLessThan(1);
    await page.context().close();
  });

  it("la répartition a un axe des montants en euros et la ligne des 80 %", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 1280);
    const graphique = page.locator('svg[data-graphique="repartition"]');
    const axe = await graphique.locator("text.axe").allTextContents();
    // 0 to 12 000 € (the charges) in round steps.
    expect(axe.map(normal)[0]).toBe("0 €");
    expect(axe.map(normal)).toContain("10 000 €");
    expect(await graphique.locator('[data-repere="plafond"]').count()).toBe(1);
    await page.context().close();
  });

  it("« Et si… » : axe des y en euros à la française, valeur de la simulation marquée, quatre séries distinctes, écrêtement compris", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.getByRole("tab", { name: "Et si…" }).click();
    const graphique = page.locator('svg[data-graphique="courbes"]');
    const y = (await graphique.locator('text[data-axe="y"]').allTextContents()).map(normal);
    // Default range of the opening hours, 200 to 600 h: the subvention reaches 7 200 €.
    expect(y).toEqual(["0 €", "2 000 €", "4 000 €", "6 000 €", "8 000 €"]);
    const x = (await graphique.locator('text[data-axe="x"]').allTextContents()).map(normal);
    expect(x[0]).toBe("200 h");
    expect(x[x.length - 1]).toBe("600 h");
    expect(normal(await graphique.locator('[data-repere="actuelle"] text').textContent() ?? "")).toBe("simulation : 400 h");
    const styles = await graphique.locator("g[data-serie]").evaluateAll((gs) =>
      gs.map((g) => ({ serie: g.getAttribute("data-serie"), tirets: g.querySelector("polyline")!.getAttribute("stroke-dasharray"), marque: g.querySelector("[data-marque]")?.getAttribute("data-marque") ?? null })),
    );
    expect(styles.map((s) => s.serie).sort()).toEqual(["Bonus territoire CTG", "Reste à financer", "Subvention LAEP", "Écrêtement"]);
    // Bonus and reste à financer coincide from 320 h on (2 400 € each): no two series share both dash and marker.
    const signatures = styles.map((s) => `${s.tirets}|${s.marque}`);
    expect(new Set(signatures).size).toBe(4);
    expect(new Set(styles.map((s) => s.marque)).size).toBe(4);
    // The table marks the simulation's row.
    expect(normal(await page.locator("#etsi-table tr.actuelle th").innerText())).toBe("400 h (simulation)");
    await page.context().close();
  });

  it("« Et si… » fait varier aussi le forfait et le barème nouvelle heure, avec les montants du core", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.getByRole("tab", { name: "Et si…" }).click();
    const options = await page.locator("#etsi-variable option").allTextContents();
    expect(options).toEqual(expect.arrayContaining(["Forfait horaire offre existante", "Barème nouvelle heure"]));
    await page.getByLabel("Saisie qui varie").selectOption({ label: "Barème nouvelle heure" });
    await page.getByLabel("De", { exact: true }).fill("0");
    await page.getByLabel("À", { exact: true }).fill("40");
    await page.getByLabel("Nombre de points").fill("3");
    const lignes = await page.locator("#etsi-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent!)));
    const base = { heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, taux: 0.6, prixPlafond: 30, heuresExistantes: 500, forfaitExistant: 5, autresFondsNationaux: 0 };
    [0, 20, 40].forEach((baremeNouvelleHeure, i) => {
      const d = calculerDetail({ ...base, baremeNouvelleHeure });
      expect(lignes[i].slice(1).map(normal)).toEqual([d.subventionLaep, d.bonusTerritoireCtg, d.ecretement, d.resteAFinancer].map((v) => normal(formaterEuros(v))));
    });
    // 600 h, 500 existing at 5 €/h and 100 new at 40 €/h = 6 500 € before the cap; 9 600 − 7 200 = 2 400 € left: 4 100 € écrêtés.
    expect(normal(lignes[2][3])).toBe("4 100,00 €");
    await page.context().close();
  });
});

describe("les détails justes", () => {
  it("l'avertissement « fictif » reste tant qu'un chiffre du barème de démonstration est dans un champ", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    const avertissement = () => page.locator("#avertissement-bareme").innerText().then(normal);
    expect(await avertissement()).toMatch(/^Taux et prix : valeurs fictives/);
    await page.locator("#bareme").selectOption({ label: "Saisie libre" });
    // The figures are still the training ones: the warning stays, and the summary says it.
    expect(await avertissement()).toMatch(/^Taux et prix : valeurs fictives/);
    expect(await page.locator("#badge-fictif").count()).toBe(1);
    await page.locator("#champ-taux").fill("55 %");
    await page.locator("#champ-prixPlafond").fill("31");
    expect(await avertissement()).toMatch(/^Barème nouvelle heure et forfait horaire offre existante : valeurs fictives/);
    await page.locator("#champ-baremeNouvelleHeure").fill("9");
    await page.locator("#champ-forfaitExistant").fill("4");
    expect(await avertissement()).toBe("Taux et prix saisis à la main : vérifiez-les sur les barèmes de l'année publiés sur caf.fr.");
    expect(await page.locator("#badge-fictif").count()).toBe(0);
    await page.context().close();
  });

  it("un taux de « 0,5 % » est lu 0,5 %, et un seul message dit comment écrire 50 %", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.locator("#champ-taux").fill("0,5 %");
    expect(normal(await page.locator("#lu-taux").innerText())).toBe("lu : 0,5 % (moins de 1 %). Pour 50 %, écrivez 50 % ou 0,5.");
    expect(await page.locator("#erreur-taux").innerText()).toBe("");
    // 12 000 € ÷ 600 h = 20 €/h, under the 30 €/h ceiling: 0,5 % × 20 €/h × 600 h = 60 €.
    expect(await subvention(page)).toBe("60,00 €");
    await page.context().close();
  });

  it("à 0 heure, aucun badge ne dit le prix de revient au-dessus du plafond : il est sans objet", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    expect(await page.locator("#badge-prix").count()).toBe(0);
    await page.locator("#champ-charges").fill("30 000");
    // 30 000 € ÷ 600 h = 50 €/h, above the 30 €/h ceiling: said.
    expect(await page.locator("#badge-prix").count()).toBe(1);
    await page.locator("#champ-heuresOuverture").fill("0");
    await page.locator("#champ-heuresOrganisation").fill("0");
    expect(await page.locator("#badge-prix").count()).toBe(0);
    expect(normal(await page.locator('#detail tr[data-etape="prixDeRevientHoraire"] td').innerText())).toBe("sans objet");
    expect(normal(await page.locator("#badge-sans-heure").innerText())).toBe("0 h de fonctionnement : ni subvention ni bonus");
    await page.context().close();
  });
});

describe("le formulaire des barèmes", () => {
  const panneau = (page: Page) => page.locator("#panneau-baremes");

  /** Barèmes kept in this browser's storage (their stored form), then the page opened again. */
  async function avecBaremes(page: Page, baremes: object[]) {
    await page.evaluate((b) => localStorage.setItem("financement-laep.baremes", JSON.stringify(b)), baremes);
    await page.reload();
    await page.waitForSelector("#app[data-pret]");
  }

  it("dit toutes les erreurs d'un coup, chacune à côté de son champ, et met le curseur sur la première", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.getByRole("tab", { name: "Barèmes" }).click();
    await panneau(page).getByLabel("Vérifié le").fill("31/02/2026");
    await page.getByRole("button", { name: "Enregistrer le barème" }).click();
    const erreurs = await page.locator("#formulaire-bareme .champ .erreur:not(:empty)").evaluateAll((ps) => ps.map((p) => p.id));
    expect(erreurs).toEqual(["b-code-erreur", "b-taux-erreur", "b-prix-erreur", "b-nouvelle-erreur", "b-verifie-erreur", "b-source-erreur"]);
    expect(normal(await page.locator("#b-verifie-erreur").innerText())).toBe("La date doit s'écrire jj/mm/aaaa, par exemple 26/11/2026.");
    expect(normal(await page.locator("#b-source-erreur").innerText())).toBe("La source est obligatoire : d'où viennent ces chiffres ?");
    expect(normal(await page.locator("#baremes-erreurs").innerText())).toBe(
      "6 champs à corriger : Année (ou code), Taux, Prix plafond horaire, Barème nouvelle heure, Vérifié le, Source.",
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("b-code");
    expect(await page.locator("#b-code").getAttribute("aria-invalid")).toBe("true");
    await page.context().close();
  });

  it("écrit et relit les dates en jj/mm/aaaa, garde le % d'un taux de 0,5 % à la modification", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.getByRole("tab", { name: "Barèmes" }).click();
    await panneau(page).getByLabel("Année (ou code)").fill("2032");
    await panneau(page).getByLabel("Taux", { exact: true }).fill("0,5 %");
    await panneau(page).getByLabel("Prix plafond horaire").fill("28");
    await panneau(page).getByLabel("Barème nouvelle heure").fill("9");
    await panneau(page).getByLabel("Vérifié le").fill("05/03/2026");
    await panneau(page).getByLabel("Source", { exact: true }).fill("Saisi pour le test");
    await page.getByRole("button", { name: "Enregistrer le barème" }).click();
    const carte = page.locator('article[data-code="2032"]');
    await carte.waitFor();
    expect(normal(await carte.locator("dt:text-is('Vérifié le') + dd").innerText())).toBe("05/03/2026");
    expect(await page.evaluate(() => localStorage.getItem("financement-laep.baremes"))).toContain('"verifieLe":"2026-03-05"');
    await carte.getByRole("button", { name: "Modifier" }).click();
    expect(await panneau(page).getByLabel("Taux", { exact: true }).inputValue()).toBe("0,5 %");
    expect(normal(await page.locator("#b-taux-lu").innerText())).toMatch(/^lu : 0,5 %/);
    expect(await panneau(page).getByLabel("Vérifié le").inputValue()).toBe("05/03/2026");
    await page.context().close();
  });

  it("« Supprimer » se présente comme destructif, la question aussi, et Entrée ne supprime pas", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await avecBaremes(page, [{ code: "2033", libelle: "Barème 2033", taux: "0.6", prixPlafond: "30", baremeNouvelleHeure: "10", source: "Saisi pour le test" }]);
    await page.getByRole("tab", { name: "Barèmes" }).click();
    const supprimer = page.locator('article[data-code="2033"]').getByRole("button", { name: "Supprimer" });
    expect(await supprimer.getAttribute("class")).toMatch(/destructif/);
    expect(await page.locator('article[data-code="2033"]').getByRole("button", { name: "Utiliser" }).getAttribute("class")).not.toMatch(/destructif/);
    await supprimer.click();
    const dialogue = page.getByRole("alertdialog");
    expect(await dialogue.getByRole("button", { name: "Supprimer" }).getAttribute("class")).toMatch(/destructif/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annuler");
    await page.keyboard.press("Enter");
    expect(await page.locator('article[data-code="2033"]').count()).toBe(1);
    await page.context().close();
  });

  it("retient le barème choisi d'une ouverture à l'autre", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await avecBaremes(page, [{ code: "2034", libelle: "Barème 2034", taux: "0.55", prixPlafond: "31", baremeNouvelleHeure: "9", source: "Saisi pour le test" }]);
    await page.locator("#bareme").selectOption("2034");
    await page.reload();
    await page.waitForSelector("#app[data-pret]");
    await page.waitForFunction(() => (document.querySelector("#bareme") as HTMLSelectElement).value === "2034");
    expect(await page.locator("#champ-taux").inputValue()).toBe("55 %");
    // Barème 2034 has no forfait: the one in the field is still the training barème's, and said so.
    expect(normal(await page.locator("#avertissement-bareme").innerText())).toMatch(/^Forfait horaire offre existante : valeurs fictives/);
    await page.context().close();
  });

  it("le message du dernier enregistrement ne reste pas derrière la question de remplacement", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 350);
    await page.getByRole("tab", { name: "Barèmes" }).click();
    const remplirEtEnregistrer = async () => {
      await panneau(page).getByLabel("Année (ou code)").fill("2035");
      await panneau(page).getByLabel("Taux", { exact: true }).fill("60");
      await panneau(page).getByLabel("Prix plafond horaire").fill("30");
      await panneau(page).getByLabel("Barème nouvelle heure").fill("10");
      await panneau(page).getByLabel("Source", { exact: true }).fill("Saisi pour le test");
      await page.getByRole("button", { name: "Enregistrer le barème" }).click();
    };
    await remplirEtEnregistrer();
    await page.locator("#baremes-message", { hasText: "enregistré" }).waitFor();
    await remplirEtEnregistrer();
    await page.getByRole("alertdialog").waitFor();
    expect(await page.locator("#baremes-message").innerText()).toBe("");
    await page.context().close();
  });
});
