/**
 * The check that runs before the bundles must itself run in the oldest engine
 * Office may use (Internet Explorer 11: ES5). It is parsed here as ES5, in
 * its source and as the build inlines it in every page.
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const RACINE = join(__dirname, "../..");
const es5 = (code: string) => parse(code, { ecmaVersion: 5, sourceType: "script" });

describe("la vérification du navigateur, avant les bundles", () => {
  it("est de l'ES5 dans sa source", () => {
    expect(() => es5(readFileSync(join(RACINE, "src/compatibilite/verifierNavigateur.es5.js"), "utf8"))).not.toThrow();
  });

  it.each(["taskpane.html", "simulateur.html", "functions.html"])("est de l'ES5 telle que %s l'embarque, et passe avant les bundles", (page) => {
    const html = readFileSync(join(RACINE, "dist", page), "utf8");
    const enLigne = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(enLigne).toHaveLength(1);
    expect(enLigne[0]).toContain("Financement LAEP ne peut pas s'ouvrir dans cette version d'Excel");
    expect(() => es5(enLigne[0])).not.toThrow();
    // Bundles are deferred: they run after the inline script at the end of the body.
    for (const m of html.matchAll(/<script([^>]*)src=([^\s>]+)/g)) if (!m[2].includes("office.js")) expect(m[1]).toMatch(/\bdefer\b/);
  });

  it("refuserait un bundle ES2020 : le test sait échouer", () => {
    expect(() => es5("var a = b?.c ?? 1;")).toThrow();
    expect(() => es5(readFileSync(join(RACINE, "dist/taskpane.js"), "utf8"))).toThrow();
  });
});
