/**
 * The built task pane in real headless Chromium, as a person uses it: no
 * Office host (standalone simulator), typing French numbers, reading the
 * figures, the errors, the chart, the « Et si… » table, adding a barème.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { calculerDetail, formaterEuros, formaterHeures } from "../../core";
import { ouvrir } from "../support/navigateur";
import { normal, simulateurServi } from "../support/simulateur";

jest.setTimeout(60_000);


const servi = simulateurServi();

/** A field of the simulation by its label, which ends with the unit: « Heures d'ouverture (h) ». */
const champ = (page: Page, libelle: string) => page.locator("#panneau-simulation").getByLabel(new RegExp(`^${libelle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`));

async function saisir(page: Page, libelle: string, texte: string) {
  await champ(page, libelle).fill(texte);
}

async function etapes(page: Page): Promise<Record<string, string>> {
  const lignes = await page.locator("#detail tr[data-etape]").evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector(".libelle-etape")!.textContent!, tr.querySelector("td.nombre")!.textContent!]),
  );
  return Object.fromEntries(lignes.map(([l, v]) => [l, normal(v)]));
}

describe("simulateur dans un navigateur sans Excel", () => {
  it("s'ouvre en simulateur autonome avec l'exemple de démonstration, sans erreur ni requête externe", async () => {
    const { page, journal } = await ouvrir(servi.navigateur, servi.adresse);
    expect(await page.locator("#app").getAttribute("data-pret")).toBe("navigateur");
    expect(await page.locator("#inserer").count()).toBe(0);
    // 400 h + min(300 ; 200) = 600 h ; 60 % × min(12 000 ; 30 × 600) = 7 200 €.
    const e = await etapes(page);
    expect(e["Heures de fonctionnement"]).toBe("600 h");
    expect(e["Subvention LAEP"]).toBe("7 200,00 €");
    expect(e["Bonus territoire CTG"]).toBe("2 400,00 €");
    expect(normal(await page.locator("#avertissement-bareme").innerText())).toMatch(/fictives/);
    expect(journal.erreurs).toEqual([]);
    const externes = journal.requetes.filter((u) => !u.startsWith(servi.serveur.url));
    expect(externes).toEqual([]);
    await page.context().close();
  });

  it("ne demande jamais Office.js : une adresse Office qui ne répond pas ne peut pas la retenir", async () => {
    const page = await (await servi.navigateur.newContext({ viewport: { width: 400, height: 800 } })).newPage();
    const demandees: string[] = [];
    page.on("request", (r) => demandees.push(r.url()));
    // A proxy that holds the request open: never answered.
    await page.route("https://appsforoffice.microsoft.com/**", () => undefined);
    await page.goto(`${servi.serveur.url}/simulateur.html`, { waitUntil: "commit" });
    await page.waitForSelector('#app[data-pret="navigateur"]', { timeout: 5_000 });
    expect(demandees.filter((u) => !u.startsWith(servi.serveur.url))).toEqual([]);
    expect(normal(await page.locator("#detail").innerText())).toContain("7 200,00 €");
    await page.context().close();
  });

  it("taskpane.html, ouverte hors d'Office avec Office.js injoignable, devient le simulateur autonome", async () => {
    const { page, journal } = await ouvrir(servi.navigateur, `${servi.serveur.url}/taskpane.html`);
    expect(await page.locator("#app").getAttribute("data-pret")).toBe("navigateur");
    expect(journal.requetes.filter((u) => !u.startsWith(servi.serveur.url))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(journal.erreurs).toEqual([]);
    await page.context().close();
  });

  it.each(["simulateur.html", "taskpane.html"])("%s dans un moteur trop ancien pour les bundles : un message en français dit quel Excel il faut", async (fichier) => {
    const page = await (await servi.navigateur.newContext({ viewport: { width: 350, height: 700 } })).newPage();
    // Internet Explorer cannot parse « ?. » / « ?? »: the check's Function(…) throws a SyntaxError there.
    await page.addInitScript(() => {
      (window as unknown as { Function: unknown }).Function = function () {
        throw new SyntaxError("Syntax error");
      };
    });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(`${servi.serveur.url}/${fichier}`);
    const alerte = page.getByRole("alert");
    await alerte.waitFor();
    expect(normal(await alerte.innerText())).toMatch(/^Financement LAEP ne peut pas s'ouvrir dans cette version d'Excel.*Microsoft 365 \(version 2002 ou plus récente, avec WebView2\), Excel 2021 ou 2024/);
    await page.waitForTimeout(300);
    expect(await page.locator("#app").getAttribute("data-pret")).toBeNull();
    expect(await page.getByRole("tab").count()).toBe(0);
    await page.context().close();
  });

  it("affiche chaque étape et les montants du core pour des nombres saisis à la française", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    await saisir(page, "Heures d'ouverture", "1 234,5");
    await saisir(page, "Heures d'organisation", "700");
    await saisir(page, "Charges annuelles", "45 678,91");
    await saisir(page, "Taux", "60 %");
    await saisir(page, "Prix plafond horaire", "31,5");
    await saisir(page, "Heures existantes (N-1)", "1000");
    await saisir(page, "Forfait horaire offre existante", "4,25");
    await saisir(page, "Barème nouvelle heure", "9,75");
    await saisir(page, "Autres fonds nationaux", "1 000");
    const attendu = calculerDetail({
      heuresOuverture: 1234.5,
      heuresOrganisation: 700,
      charges: 45678.91,
      taux: 0.6,
      prixPlafond: 31.5,
      heuresExistantes: 1000,
      forfaitExistant: 4.25,
      baremeNouvelleHeure: 9.75,
      autresFondsNationaux: 1000,
    });
    const e = await etapes(page);
    expect(Object.keys(e)).toEqual(attendu.etapes.map((x) => x.libelle));
    expect(e["Heures de fonctionnement"]).toBe(normal(formaterHeures(attendu.heuresFonctionnement)));
    expect(e["Subvention LAEP"]).toBe(normal(formaterEuros(attendu.subventionLaep)));
    expect(e["Bonus territoire CTG"]).toBe(normal(formaterEuros(attendu.bonusTerritoireCtg)));
    expect(e["Reste à financer"]).toBe(normal(formaterEuros(attendu.resteAFinancer)));
    expect(normal(await page.locator("#carte-subvention .montant").innerText())).toBe(normal(formaterEuros(attendu.subventionLaep)));
    // 1 234,5 + 617,25 = 1 851,75 h, spelled out by hand.
    expect(e["Heures de fonctionnement"]).toBe("1 851,75 h");
    await page.context().close();
  });

  it("signale une saisie invalide à côté du champ et ne montre alors aucun montant", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    await saisir(page, "Charges annuelles", "douze mille");
    const charges = champ(page, "Charges annuelles");
    expect(await charges.getAttribute("aria-invalid")).toBe("true");
    expect(normal(await page.locator("#erreur-charges").innerText())).toBe(
      "« douze mille » n'est pas un nombre (exemple : 1 234,56) : attendu un montant en euros positif ou nul.",
    );
    expect(await page.locator("#detail").count()).toBe(0);
    expect(normal(await page.locator("#synthese-chiffres").innerText())).toBe("Corrigez le champ signalé pour voir le résultat.");
    expect(await page.locator("#carte-subvention").count()).toBe(0);
    await saisir(page, "Taux", "150");
    expect(normal(await page.locator("#erreur-taux").innerText())).toBe("150 dépasse 100 % : attendu un taux : 60 %, 60 ou 0,6 (au plus 100 %).");
    expect(await page.locator("#lu-taux").isVisible()).toBe(false);
    await saisir(page, "Charges annuelles", "12000");
    await saisir(page, "Taux", "60");
    expect(await charges.getAttribute("aria-invalid")).toBe("false");
    expect(await page.locator("#detail").count()).toBe(1);
    await page.context().close();
  });

  it("lit « 0,6 » comme 60 % et le dit, refuse « 1.234 », calcule sur 15 chiffres comme Excel", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    await saisir(page, "Heures d'ouverture", "400");
    await saisir(page, "Heures d'organisation", "0");
    await saisir(page, "Prix plafond horaire", "1000");
    await saisir(page, "Heures existantes (N-1)", "");
    await saisir(page, "Forfait horaire offre existante", "");
    await saisir(page, "Barème nouvelle heure", "");
    await saisir(page, "Autres fonds nationaux", "");
    await saisir(page, "Taux", "0,5");
    expect(normal(await page.locator("#lu-taux").innerText())).toBe("lu : 50 %");
    // The 17 digits of a float sum (10 000,05 + 0,30), pasted: read as the sheet shows it.
    await saisir(page, "Charges annuelles", "10000,349999999999");
    expect(normal(await page.locator("#carte-subvention .montant").innerText())).toBe("5 000,18 €");
    // Other national funds with three decimals are taken to the cent; the
    // chart says the (negative) reste à financer the table says.
    await saisir(page, "Autres fonds nationaux", "5 627,235");
    expect(normal(await page.locator('#detail tr[data-etape="autresFondsNationaux"]').innerText())).toMatch(/5 627,24 €$/);
    expect(normal(await page.locator('#detail tr[data-etape="resteAFinancer"]').innerText())).toMatch(/-627,07 €$/);
    expect(normal(await page.locator('svg[data-graphique="repartition"]').textContent() ?? "")).toContain("Reste à financer : -627,07 €");
    await saisir(page, "Charges annuelles", "1.234");
    expect(normal(await page.locator("#erreur-charges").innerText())).toBe(
      "« 1.234 » est ambigu : 1 234 ou 1,234 ? Écrivez 1234 ou 1,234 : attendu un montant en euros positif ou nul.",
    );
    expect(await page.locator("#detail").count()).toBe(0);
    await page.context().close();
  });

  it("dessine la répartition des charges et montre l'écrêtement quand le plafond de 80 % mord", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    const largeur = (serie: string) => page.locator(`svg[data-graphique="repartition"] rect[data-serie="${serie}"]`).getAttribute("width").then(Number);
    // Default example: 3 500 € of bonus, 1 100 € removed by the cap.
    expect(await largeur("Subvention LAEP")).toBeGreaterThan(0);
    expect(await largeur("Écrêtement (plafond 80 %)")).toBeGreaterThan(0);
    expect(normal(await page.locator("#badge-plafond").innerText())).toBe("Plafond de 80 % atteint : 1 100,00 € écrêtés");
    expect(await page.locator('svg[data-graphique="repartition"]').getAttribute("aria-label")).toMatch(/dont 1\s100,00\s€ écrêtés/);
    await saisir(page, "Charges annuelles", "30000");
    expect(await largeur("Écrêtement (plafond 80 %)")).toBe(0);
    expect(await page.locator("#badge-plafond").count()).toBe(0);
    await page.context().close();
  });

  it("montre sur demande la phrase de l'addendum appliquée par une étape", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    // One disclosure for the group of steps, not one per step.
    expect(await page.locator("#detail summary").count()).toBe(4);
    const regles = page.locator('#detail details[data-groupe="heures"]');
    expect(await regles.locator("blockquote").first().isVisible()).toBe(false);
    await regles.getByText("Comment ?").click();
    expect(await regles.locator("blockquote").first().innerText()).toMatch(/limitées à 50% des heures d'ouverture au public/);
    // Typing elsewhere redraws the detail: the open disclosure stays open.
    await saisir(page, "Charges annuelles", "13 000");
    expect(await page.locator('#detail details[data-groupe="heures"] blockquote').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it("fait varier une saisie dans « Et si… » avec les montants du core", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    await page.getByRole("tab", { name: "Et si…" }).click();
    await page.getByLabel("Saisie qui varie").selectOption({ label: "Charges annuelles" });
    await page.getByLabel("De", { exact: true }).fill("10000");
    await page.getByLabel("À", { exact: true }).fill("30000");
    await page.getByLabel("Nombre de points").fill("5");
    const lignes = await page.locator("#etsi-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((td) => td.textContent!)));
    expect(lignes.length).toBe(5);
    const base = { heuresOuverture: 400, heuresOrganisation: 300, taux: 0.6, prixPlafond: 30, heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10, autresFondsNationaux: 0 };
    [10000, 15000, 20000, 25000, 30000].forEach((charges, i) => {
      const d = calculerDetail({ ...base, charges });
      expect(lignes[i].map(normal)).toEqual([
        normal(formaterEuros(d.charges)),
        normal(formaterEuros(d.subventionLaep)),
        normal(formaterEuros(d.bonusTerritoireCtg)),
        normal(formaterEuros(d.ecretement)),
        normal(formaterEuros(d.resteAFinancer)),
      ]);
    });
    expect(await page.locator('svg[data-graphique="courbes"] polyline').count()).toBe(4);
    await page.getByLabel("À", { exact: true }).fill("5000");
    expect(normal(await page.locator("#etsi-erreur").innerText())).toMatch(/« À » doit dépasser « De »/);
    await page.context().close();
  });

  it("affiche comme du texte une source de barème qui contient du HTML ou un script", async () => {
    const { page, journal } = await ouvrir(servi.navigateur, servi.adresse);
    await page.getByRole("tab", { name: "Barèmes" }).click();
    const panneau = page.locator("#panneau-baremes");
    const piege = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>gras</b>`;
    await panneau.getByLabel("Année (ou code)").fill("2031");
    await panneau.getByLabel("Taux", { exact: true }).fill("0,55");
    expect(normal(await panneau.locator("#b-taux-lu").innerText())).toBe("lu : 55 %");
    await panneau.getByLabel("Prix plafond horaire", { exact: true }).fill("28,5");
    await panneau.getByLabel("Barème nouvelle heure", { exact: true }).fill("9");
    await panneau.getByLabel("Source", { exact: true }).fill(piege);
    await panneau.getByLabel("Lien vers la source").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Enregistrer le barème" }).click();
    expect(normal(await page.locator("#b-lien-erreur").innerText())).toBe("Le lien doit commencer par http:// ou https://.");
    expect(normal(await page.locator("#baremes-erreurs").innerText())).toBe("Un champ à corriger : Lien vers la source.");
    await panneau.getByLabel("Lien vers la source").fill("");
    await page.getByRole("button", { name: "Enregistrer le barème" }).click();
    const carte = page.locator('article[data-code="2031"]');
    await carte.waitFor();
    expect(await carte.locator(".source").innerText()).toBe(`Source : ${piege}`);
    expect(await carte.locator("img, script, b").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    // Kept in this browser, and usable in the simulation.
    expect(await page.evaluate(() => localStorage.getItem("financement-laep.baremes"))).toContain('"code":"2031"');
    await carte.getByRole("button", { name: "Utiliser" }).click();
    expect(await champ(page, "Taux").inputValue()).toBe("55 %");
    expect(journal.erreurs).toEqual([]);
    await page.context().close();
  });

  it("reste lisible à 320 px de large, sans défilement horizontal de la page", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse, 320);
    const largeurs = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, fenetre: window.innerWidth }));
    expect(largeurs.page).toBeLessThanOrEqual(largeurs.fenetre);
    await page.context().close();
  });

  it("se parcourt au clavier : flèches entre les onglets, champs étiquetés", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    await page.getByRole("tab", { name: "Simulation" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Et si…");
    expect(await page.locator("#panneau-etsi").isVisible()).toBe(true);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Aide");
    const sansEtiquette = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea")].filter((e) => !(e as HTMLInputElement).labels?.length).map((e) => e.id),
    );
    expect(sansEtiquette).toEqual([]);
    await page.context().close();
  });

  it("montre dans l'aide un exemple calculé pour chaque fonction", async () => {
    const { page } = await ouvrir(servi.navigateur, servi.adresse);
    await page.getByRole("tab", { name: "Aide" }).click();
    const fonctions = await page.locator("#exemples [data-fonction]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-fonction")));
    expect(fonctions).toEqual(["LAEP.HEURES", "LAEP.SUBVENTION", "LAEP.BONUSCTG", "LAEP.ECRETEMENT", "LAEP.FORFAITCTG", "LAEP.DETAIL"]);
    expect(normal(await page.locator('#exemples [data-fonction="LAEP.SUBVENTION"] .resultat').innerText())).toBe("7 200,00 €");
    // The 15-digit rule and the taux convention, said where a user looks.
    const aide = normal(await page.locator("#panneau-aide").innerText());
    expect(aide).toContain("à 15 chiffres significatifs");
    expect(aide).toContain("5 000,18 €");
    // The campaign example said in the Aide is the one of exemples/campagne.csv: Val de Brume's N-1 sums, read here from the file.
    const lignes = readFileSync(join(__dirname, "../../exemples/campagne.csv"), "utf8").split(/\r?\n/).filter((l) => l.includes(";Val de Brume"));
    const somme = (i: number) => lignes.reduce((a, l) => a + Number(l.split(";")[i].replace(/\s/g, "").replace(",", ".") || 0), 0);
    expect([somme(9), somme(10)]).toEqual([1100, 5800]);
    expect(aide).toContain("Val de Brume a 5 800,00 € de bonus N-1 pour 1 100 h : forfait 5,27272727272727 €/h");
    expect(aide).toContain("« 60 % », « 60 » et « 0,6 » veulent dire 60 %");
    await page.context().close();
  });
});
