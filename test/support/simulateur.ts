/**
 * For a file of browser tests of the pane: dist/ served on loopback and one
 * Chromium, started before its tests and closed after them. The page for a
 * plain browser is `simulateur.html`: the same simulator, built without Office.js.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { lancer } from "./navigateur";
import { servir } from "./serveur";

export interface SimulateurServi {
  navigateur: Browser;
  serveur: Awaited<ReturnType<typeof servir>>;
  /** simulateur.html on that server. */
  adresse: string;
}

export function simulateurServi(): SimulateurServi {
  const servi = {} as SimulateurServi;
  beforeAll(async () => {
    [servi.serveur, servi.navigateur] = await Promise.all([servir(join(__dirname, "../../dist")), lancer()]);
    servi.adresse = `${servi.serveur.url}/simulateur.html`;
  });
  afterAll(async () => {
    await servi.navigateur?.close();
    await servi.serveur?.fermer();
  });
  return servi;
}

/** A text as shown, with the narrow and plain no-break spaces of French numbers made plain spaces. */
export const normal = (s: string) => s.replace(/[\u202f\u00a0]/g, " ").trim();
