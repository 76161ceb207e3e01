/**
 * The shipped artifact: dist/functions.js loaded in a fresh V8 context with
 * only a CustomFunctions runtime, as Excel loads it, and called through the
 * associations it registers. `npm test` builds dist/ first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import fc from "fast-check";
import { CODES, appelerCommeExcel, runtimeExcel } from "../support/customFunctions";
import { auCentimeNombre, auCentimeQ, bonusOracle, depuisNombreExcel as Q, subventionOracle } from "../support/rationnel";
import { ARGUMENTS_VALIDES, VALEURS_INVALIDES, VALEURS_INVALIDES_PARTICULIERES } from "./cas";

const DIST = join(__dirname, "../../dist");

interface Metadonnees {
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string; type: string; optional?: boolean }[]; result: { type?: string; dimensionality?: string } }[];
}

function chargerBundle() {
  const { CustomFunctions, associations } = runtimeExcel();
  const contexte = vm.createContext({ CustomFunctions, console });
  vm.runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), contexte, { filename: "functions.js" });
  // Errors are created inside the context; compare them by shape, not by class.
  return { associations };
}

const metadonnees = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as Metadonnees;
const { associations } = chargerBundle();
const appeler = (id: string, args: unknown[]) => appelerCommeExcel(associations.get(id)!, args);

function estErreurValeur(x: unknown, motif: RegExp): boolean {
  const e = x as { code?: string; message?: string };
  return e?.code === CODES.invalidValue && typeof e.message === "string" && motif.test(e.message);
}

describe("dist/functions.js chargé comme Excel le charge", () => {
  it("associe exactement les fonctions décrites dans dist/functions.json", () => {
    expect([...associations.keys()].sort()).toEqual(metadonnees.functions.map((f) => f.id).sort());
    expect(metadonnees.functions.map((f) => f.id).sort()).toEqual(["BONUSCTG", "DETAIL", "ECRETEMENT", "FORFAITCTG", "HEURES", "SUBVENTION"]);
  });

  it("décrit chaque fonction et chaque paramètre en français, dans l'ordre du contrat", () => {
    const parametres = Object.fromEntries(metadonnees.functions.map((f) => [f.id, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))]));
    expect(parametres).toEqual({
      HEURES: ["heures_ouverture", "heures_organisation"],
      SUBVENTION: ["heures_ouverture", "heures_organisation", "charges", "taux", "prix_plafond"],
      BONUSCTG: ["heures_ouverture", "heures_organisation", "charges", "subvention", "heures_existantes", "forfait_existant", "bareme_nouvelle_heure", "[autres_fonds_nationaux]"],
      ECRETEMENT: ["heures_ouverture", "heures_organisation", "charges", "subvention", "heures_existantes", "forfait_existant", "bareme_nouvelle_heure", "[autres_fonds_nationaux]"],
      FORFAITCTG: ["bonus_total_n1", "heures_totales_n1"],
      DETAIL: ["heures_ouverture", "heures_organisation", "charges", "taux", "prix_plafond", "[heures_existantes]", "[forfait_existant]", "[bareme_nouvelle_heure]", "[autres_fonds_nationaux]"],
    });
    for (const f of metadonnees.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) {
        // Excel shows at most 128 characters; the French description names the unit.
        expect(p.description.length).toBeGreaterThan(10);
        expect(p.description.length).toBeLessThanOrEqual(128);
        expect(p.description).toMatch(/heures|euros|fraction/);
      }
    }
    expect(metadonnees.functions.find((f) => f.id === "DETAIL")?.result.dimensionality).toBe("matrix");
  });

  it("rend les résultats attendus", () => {
    expect(appeler("HEURES", ARGUMENTS_VALIDES.HEURES)).toBe(600);
    expect(appeler("SUBVENTION", ARGUMENTS_VALIDES.SUBVENTION)).toBe(7200);
    expect(appeler("SUBVENTION", [454.25, 0.25, 10237.63, 0.5, 68.279])).toBe(5118.82);
    expect(appeler("BONUSCTG", ARGUMENTS_VALIDES.BONUSCTG)).toBe(2400);
    expect(appeler("BONUSCTG", [400, 300, 12000, 7200, 500, 5, 10])).toBe(2400);
    expect(appeler("BONUSCTG", [400, 300, 12000, 7200, 500, 5, 10, null])).toBe(2400);
    // 500 h × 5 € + 100 h × 10 € = 3 500 € before the cap; 80 % × 12 000 − 7 200 = 2 400 € left: 1 100 € taken off, by hand.
    expect(appeler("ECRETEMENT", ARGUMENTS_VALIDES.ECRETEMENT)).toBe(1100);
    expect(appeler("ECRETEMENT", [400, 300, 30000, 7200, 500, 5, 10])).toBe(0);
    expect(appeler("FORFAITCTG", ARGUMENTS_VALIDES.FORFAITCTG)).toBe(3.75);
    const detail = appeler("DETAIL", ARGUMENTS_VALIDES.DETAIL) as unknown[][];
    const valeur = (libelle: string) => detail.find((l) => l[0] === libelle)?.[1];
    expect(valeur("Heures de fonctionnement")).toBe(600);
    expect(valeur("Subvention LAEP")).toBe(7200);
    expect(valeur("Bonus territoire CTG")).toBe(2400);
    expect(valeur("Écrêtement")).toBe(1100);
    expect(valeur("Reste à financer")).toBe(2400);
  });

  it("lit chaque argument comme Excel l'affiche, à 15 chiffres, contre l'oracle BigInt", () => {
    // =SOMME(10 000,05 ; 0,30) holds 10000.349999999999; the sheet shows 10 000,35.
    expect(appeler("SUBVENTION", [400, 0, 10000.05 + 0.3, 0.5, 1000])).toBe(5000.18);
    const budgets = fc.sample(fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 2, maxLength: 12 }), { numRuns: 3000, seed: 77 });
    for (const c of budgets) {
      const charges = c.reduce((s, x) => s + x / 100, 0);
      const exact = { n: BigInt(c.reduce((s, x) => s + x, 0)), d: 100n };
      expect([c, appeler("SUBVENTION", [400, 100, charges, 0.65, 1e6])]).toEqual([c, auCentimeNombre(subventionOracle(Q(400), Q(100), exact, Q(0.65), Q(1e6)))]);
      expect([c, appeler("BONUSCTG", [400, 100, charges, 0, 300, 12.5, 20, charges / 3])]).toEqual([
        c,
        auCentimeNombre(bonusOracle(Q(400), Q(100), exact, Q(0), Q(300), Q(12.5), Q(20), auCentimeQ(Q(charges / 3)))),
      ]);
    }
    // 60 in a cell formatted as a number is not 60 %: Excel arguments stay fractions.
    expect(estErreurValeur(appeler("SUBVENTION", [400, 0, 12000, 60, 30]), /^taux : 60 dépasse 1 ; attendu une fraction entre 0 et 1 \(60 % s'écrit 0,6\)\.$/)).toBe(true);
    expect(estErreurValeur(appeler("HEURES", [-1e-300, 0]), /^heures_ouverture : -1E-300 est négatif/)).toBe(true);
  });

  it("prend les valeurs par défaut des arguments facultatifs omis", () => {
    const detail = appeler("DETAIL", [400, 300, 12000, 0.6, 30]) as unknown[][];
    expect(detail.find((l) => l[0] === "Bonus territoire CTG")?.[1]).toBe(0);
    expect(detail.find((l) => l[0] === "Reste à financer")?.[1]).toBe(4800);
  });

  describe("refuse chaque argument invalide de chaque fonction par un #VALUE! qui le nomme", () => {
    const cas: [string, string, string, unknown, RegExp][] = [];
    for (const f of metadonnees.functions) {
      f.parameters.forEach((p, i) => {
        for (const [nom, valeur, motif] of VALEURS_INVALIDES) cas.push([f.id, p.name, nom, valeur, motif]);
        if (!p.optional) cas.push([f.id, p.name, "vide (null)", null, /la valeur est vide/]);
        for (const v of VALEURS_INVALIDES_PARTICULIERES.filter((v) => v.argument === p.name)) cas.push([f.id, p.name, String(v.valeur), v.valeur, v.motif]);
        void i;
      });
    }
    it.each(cas)("%s, %s : %s", (id, parametre, _nom, valeur, motif) => {
      const f = metadonnees.functions.find((x) => x.id === id)!;
      const args = [...ARGUMENTS_VALIDES[id]];
      args[f.parameters.findIndex((p) => p.name === parametre)] = valeur;
      const resultat = appeler(id, args);
      expect(estErreurValeur(resultat, new RegExp(`^${parametre} : `))).toBe(true);
      expect(estErreurValeur(resultat, motif)).toBe(true);
    });
  });

  it("ne rend jamais NaN ni l'infini, et ne lève rien d'autre qu'une erreur Excel", () => {
    const valeurs = [0, 1e-300, 0.5, 1, 3, 1e6, 1e300, 1.7976931348623157e308];
    for (const id of ["HEURES", "SUBVENTION", "BONUSCTG", "ECRETEMENT", "FORFAITCTG"]) {
      const n = ARGUMENTS_VALIDES[id].length;
      for (const v of valeurs)
        for (let i = 0; i < n; i++) {
          const args = [...ARGUMENTS_VALIDES[id]];
          args[i] = v;
          const r = appeler(id, args);
          if (typeof r === "number") expect(Number.isFinite(r)).toBe(true);
          else expect((r as { code?: string }).code).toBe(CODES.invalidValue);
        }
    }
  });
});
