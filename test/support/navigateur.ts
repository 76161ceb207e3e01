/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 * Office.js cannot be fetched here (no network): its request is aborted, as
 * when a trainer opens the simulator offline.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function lancer(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : installez-le avec « apt-get install -y chromium » (.ci/run le fait).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
}

export interface Journal {
  requetes: string[];
  erreurs: string[];
}

/** A page that records every request and every error, with Office.js unreachable. */
export async function ouvrir(navigateur: Browser, url: string, largeur = 420): Promise<{ page: Page; journal: Journal }> {
  const contexte = await navigateur.newContext({ viewport: { width: largeur, height: 900 }, locale: "fr-FR" });
  const page = await contexte.newPage();
  const journal: Journal = { requetes: [], erreurs: [] };
  page.on("request", (r) => journal.requetes.push(r.url()));
  page.on("pageerror", (e) => journal.erreurs.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" && !/office\.js|ERR_FAILED|Failed to load resource/.test(m.text())) journal.erreurs.push(m.text());
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto(url);
  await page.waitForSelector("#app[data-pret]");
  return { page, journal };
}
