/**
 * Numbers as Excel shows them (issue 9): a cell that sums budget lines holds a
 * double with a float tail (10 000,05 + 0,30 = 10000.349999999999) that the
 * sheet shows, and the officer reads, as 10 000,35. Every LAEP function must
 * compute on the figure shown. Checked against the BigInt oracle of
 * test/support/rationnel.ts, which reads doubles at 15 digits on its own.
 */
import fc from "fast-check";
import { calculerBonusCtg, calculerSubvention, detailEnLignes, formaterEuros, formaterHeures, calculerDetail, Decimal } from "../../core";
import { auCentimeNombre, auCentimeQ, bonusOracle, depuisNombreExcel as Q, subventionOracle } from "../support/rationnel";

const E = (x: number) => auCentimeQ(Q(x));

/** A budget: 2 to 12 lines in cents, summed in floating point as a sheet's SOMME does. */
const budget = fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 2, maxLength: 12 }).map((centimes) => ({
  lignes: centimes,
  somme: centimes.reduce((s, c) => s + c / 100, 0),
  exacte: centimes.reduce((s, c) => s + c, 0),
}));
const tauxUsuels = fc.constantFrom(0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8);

describe("un nombre venu d'Excel est lu comme Excel l'affiche", () => {
  it("donne 5 000,18 € pour des charges =SOMME(10 000,05 ; 0,30) à 50 %", () => {
    const charges = 10000.05 + 0.3;
    expect(charges).not.toBe(10000.35); // the float tail is really there
    expect(calculerSubvention({ heuresOuverture: 400, heuresOrganisation: 0, charges, taux: 0.5, prixPlafond: 1000 })).toBe(5000.18);
  });

  it("calcule sur des charges issues d'une SOMME le centime des lignes du budget", () => {
    let avecTraine = 0;
    let pieges = 0;
    const cas = fc.sample(fc.tuple(budget, tauxUsuels), { numRuns: 20000, seed: 9 });
    for (const [b, taux] of cas) {
      if (b.somme !== b.exacte / 100) avecTraine++;
      const e = { heuresOuverture: 400, heuresOrganisation: 100, charges: b.somme, taux, prixPlafond: 1e6 };
      // The oracle: taux × the budget's exact total in cents, rounded once.
      const attendu = auCentimeNombre(subventionOracle(Q(400), Q(100), { n: BigInt(b.exacte), d: 100n }, Q(taux), Q(1e6)));
      // What reading the 17-digit string would give: the wrong cent, sometimes.
      const dixSept = Number(new Decimal(b.somme).times(taux).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
      if (dixSept !== attendu) pieges++;
      expect([b.lignes, taux, calculerSubvention(e)]).toEqual([b.lignes, taux, attendu]);
    }
    // The generated budgets must hold such tails and such traps, or this proves nothing.
    expect(avecTraine).toBeGreaterThan(5000);
    expect(pieges).toBeGreaterThan(20);
  });

  it("donne sur un double le résultat de sa valeur à 15 chiffres, quelle que soit sa traîne", () => {
    const proche = (x: number) => fc.integer({ min: -8, max: 8 }).map((ulp) => {
      let y = x;
      for (let i = 0; i < Math.abs(ulp); i++) y = ulp > 0 ? nextUp(y) : nextDown(y);
      return Math.abs(y);
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }).chain((c) => proche(c / 100)),
        fc.integer({ min: 0, max: 400_000 }).chain((h) => proche(h / 100)),
        tauxUsuels,
        (charges, heures, taux) => {
          const e = { heuresOuverture: heures, heuresOrganisation: 0, charges, taux, prixPlafond: 25.5 };
          const affiche = { ...e, charges: Number(charges.toPrecision(15)), heuresOuverture: Number(heures.toPrecision(15)) };
          expect(calculerSubvention(e)).toBe(calculerSubvention(affiche));
          expect(calculerSubvention(e)).toBe(auCentimeNombre(subventionOracle(Q(heures), Q(0), E(charges), Q(taux), Q(25.5))));
        },
      ),
      { numRuns: 3000, seed: 4 },
    );
  });

  it("plafonne le bonus avec les montants tels qu'affichés", () => {
    const cas = fc.sample(fc.tuple(budget, budget, tauxUsuels), { numRuns: 3000, seed: 12 });
    for (const [charges, autres, taux] of cas) {
      const e = { heuresOuverture: 300, heuresOrganisation: 150, charges: charges.somme, taux, prixPlafond: 1e6 };
      const subvention = calculerSubvention(e);
      const b = { ...e, subvention, heuresExistantes: 200, forfaitExistant: 12.34, baremeNouvelleHeure: 20.5, autresFondsNationaux: autres.somme / 4 };
      const attendu = auCentimeNombre(bonusOracle(Q(300), Q(150), E(charges.somme), E(subvention), Q(200), Q(12.34), Q(20.5), E(autres.somme / 4)));
      expect(calculerBonusCtg(b)).toBe(attendu);
    }
  });

  it("ne dit jamais « 0 est négatif » d'une valeur minuscule", () => {
    expect(() => calculerSubvention({ heuresOuverture: -1e-300, heuresOrganisation: 0, charges: 1, taux: 0.5, prixPlafond: 1 })).toThrow(
      "heures_ouverture : -1E-300 est négatif ; attendu un nombre d'heures positif ou nul.",
    );
    expect(() => calculerSubvention({ heuresOuverture: 1, heuresOrganisation: 0, charges: -0.001, taux: 0.5, prixPlafond: 1 })).toThrow("charges : -0,001 est négatif");
    expect(() => calculerSubvention({ heuresOuverture: 1, heuresOrganisation: 0, charges: 1, taux: 1.0000000000000002, prixPlafond: 1 })).not.toThrow();
    expect(() => calculerSubvention({ heuresOuverture: 1, heuresOrganisation: 0, charges: 1, taux: 60, prixPlafond: 1 })).toThrow("taux : 60 dépasse 1 ; attendu une fraction entre 0 et 1 (60 % s'écrit 0,6).");
  });
});

/** A printed French amount back to cents (« 12 345,67 € » → 1234567n). */
const centimes = (texte: string) => BigInt(texte.replace(/[^\d,-]/g, "").replace(",", ""));
/** A printed number of hours back to an exact fraction's numerator over 10^k. */
const heuresImprimees = (texte: string) => new Decimal(texte.replace(/[^\d,-]/g, "").replace(",", "."));

describe("le détail s'additionne tel qu'il est imprimé", () => {
  const montant = (max: number) =>
    fc.oneof(
      fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100),
      fc.integer({ min: 0, max: max * 1000 }).map((c) => c / 1000), // more than two decimals: 5 627,235
      fc.double({ min: 0, max, noNaN: true }),
    );
  // Hours in minutes (=20/60 holds 0,333333333333333), or any double from a thousandth of an hour.
  const heures = fc.oneof(
    fc.integer({ min: 0, max: 4000 }),
    fc.integer({ min: 0, max: 240_000 }).map((m) => m / 60),
    fc.double({ min: 0, max: 4000, noNaN: true }).filter((x) => x === 0 || x >= 1e-3),
  );
  const laep = fc.record({
    heuresOuverture: heures,
    heuresOrganisation: heures,
    charges: montant(500_000),
    taux: fc.double({ min: 0, max: 1, noNaN: true }),
    prixPlafond: fc.double({ min: 0, max: 200, noNaN: true }),
    heuresExistantes: heures,
    forfaitExistant: fc.double({ min: 0, max: 50, noNaN: true }),
    baremeNouvelleHeure: fc.double({ min: 0, max: 50, noNaN: true }),
    autresFondsNationaux: montant(300_000),
  });

  it("dans le volet et LAEP.DETAIL, pour toute saisie, même à plus de deux décimales", () => {
    fc.assert(
      fc.property(laep, (e) => {
        const d = calculerDetail(e);
        const imprime = Object.fromEntries(d.etapes.map((x) => [x.cle, x.valeur === null ? "" : x.unite === "euros" ? formaterEuros(x.valeur) : x.unite === "heures" ? formaterHeures(x.valeur) : ""]));
        const c = (cle: string) => centimes(imprime[cle]);
        expect(c("bonusAvantPlafonnement") - c("ecretement")).toBe(c("bonusTerritoireCtg"));
        expect(c("subventionLaep") + c("bonusTerritoireCtg") + c("autresFondsNationaux")).toBe(c("totalFondsNationaux"));
        expect(c("charges") - c("totalFondsNationaux")).toBe(c("resteAFinancer"));
        expect(c("subventionLaep") <= c("charges")).toBe(true);
        expect(heuresImprimees(imprime.heuresOuverture).plus(heuresImprimees(imprime.heuresOrganisationRetenues)).eq(heuresImprimees(imprime.heuresFonctionnement))).toBe(true);
        // LAEP.DETAIL spills the same figures.
        const lignes = detailEnLignes(e);
        d.etapes.forEach((x, i) => {
          if (x.valeur !== null) expect(lignes[i][1]).toBe(x.valeur.toNumber());
        });
      }),
      { numRuns: 3000, seed: 235 },
    );
  });

  it("prend au centime des autres fonds nationaux de 5 627,235 €", () => {
    const d = calculerDetail({ heuresOuverture: 400, heuresOrganisation: 100, charges: 20000, taux: 0.6, prixPlafond: 30, autresFondsNationaux: 5627.235 });
    const v = Object.fromEntries(d.etapes.map((x) => [x.cle, x.valeur?.toString()]));
    expect(v.autresFondsNationaux).toBe("5627.24");
    expect(v.totalFondsNationaux).toBe(new Decimal(v.subventionLaep!).plus(v.bonusTerritoireCtg!).plus("5627.24").toString());
    expect(v.resteAFinancer).toBe(new Decimal(20000).minus(v.totalFondsNationaux!).toString());
  });
});

function nextUp(x: number): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  const b = v.getBigInt64(0);
  if (x === 0) return Number.MIN_VALUE;
  v.setBigInt64(0, x > 0 ? b + 1n : b - 1n);
  return v.getFloat64(0);
}
function nextDown(x: number): number {
  return -nextUp(-x);
}
