/**
 * Size budgets of what Excel downloads (sizes are deterministic for a given
 * build): a heavy dependency slipping into a bundle fails here, not in a
 * user's workbook. See docs/performance.md for what each bundle contains.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DIST = join(__dirname, "../dist");
const KIO = 1024;
const taille = (fichier: string) => readFileSync(join(DIST, fichier)).length;

describe("budgets de taille", () => {
  it("functions.js reste sous 60 Kio minifié (decimal.js ≈ 32 Kio, le cœur, les fonctions)", () => {
    expect(taille("functions.js")).toBeLessThanOrEqual(60 * KIO);
  });

  // Issue 11's ceiling, 150 Kio: the charts are hand-drawn SVG (src/taskpane/graphiques.ts), and
  // what is only for some users (the Formation tab) is a bundle of its own loaded when its tab opens.
  it("taskpane.js reste sous 150 Kio minifié (decimal.js, zod/mini, le cœur, le volet, ses graphiques, « Compléter un tableau » et la fiche de calcul ; aucune bibliothèque d'interface)", () => {
    expect(taille("taskpane.js")).toBeLessThanOrEqual(150 * KIO);
  });

  // Its own copy of decimal.js and of the core (see webpack.config.js); no zod: the training
  // barème is written as a barème, not read through the schemas (102 Kio with them).
  it("formation.js, l'onglet Formation chargé à son ouverture, reste sous 90 Kio minifié (decimal.js, le cœur, les cas)", () => {
    expect(taille("formation.js")).toBeLessThanOrEqual(90 * KIO);
  });

  it("taskpane.html, styles compris, reste sous 12 Kio", () => {
    expect(taille("taskpane.html")).toBeLessThanOrEqual(12 * KIO);
  });

  it("functions.js n'embarque ni le volet, ni zod, ni HyperFormula", () => {
    const js = readFileSync(join(DIST, "functions.js"), "utf8");
    expect(js).not.toMatch(/Barème de démonstration|HyperFormula|Simulateur/);
  });
});
