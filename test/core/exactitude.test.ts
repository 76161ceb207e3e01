/**
 * The core against an independent exact oracle (BigInt fractions, written
 * from the formulas) on thousands of generated LAEP, including the
 * cases where plain floating point lands on the wrong cent.
 */
import fc from "fast-check";
import { calculerBonusCtg, calculerForfaitCtg, calculerHeures, calculerSubvention } from "../../core";
import {
  auCentimeNombre,
  auCentimeQ,
  bonusOracle,
  depuisNombreExcel as Q,
  div,
  enNombre,
  heuresOracle,
  subventionOracle,
} from "../support/rationnel";

/** An amount in euros as the core takes it: read as Excel shows it, then to the cent. */
const E = (x: number) => auCentimeQ(Q(x));

/** Values as users type them: a few decimals, realistic magnitudes. */
const decimal = (max: number, decimales: number) =>
  fc.integer({ min: 0, max: max * 10 ** decimales }).map((n) => Number((n / 10 ** decimales).toFixed(decimales)));

const laep = fc.record({
  heuresOuverture: decimal(3000, 2),
  heuresOrganisation: decimal(2000, 2),
  charges: decimal(500000, 2),
  taux: decimal(1, 4),
  prixPlafond: decimal(200, 4),
  heuresExistantes: decimal(4000, 2),
  forfaitExistant: decimal(50, 6),
  baremeNouvelleHeure: decimal(50, 4),
  autresFondsNationaux: decimal(100000, 2),
});

/** The same formula in plain floating point, as a hand-written workbook would do it. */
function subventionFlottante(o: number, org: number, charges: number, taux: number, plafond: number): number {
  const h = o + Math.min(org, 0.5 * o);
  if (h === 0) return 0;
  return Math.round(taux * Math.min(charges / h, plafond) * h * 100) / 100;
}

const exemples = fc.sample(laep, { numRuns: 20000, seed: 20251219 });

/**
 * LAEP whose exact subvention ends on a half-cent (taux with few decimals,
 * charges or ceiling with an odd last digit): where floating point most often
 * rounds the wrong way.
 */
const demiCentimes = fc.sample(
  fc.record({
    heuresOuverture: fc.integer({ min: 1, max: 3000 }).map((n) => n / 4),
    heuresOrganisation: fc.integer({ min: 0, max: 2000 }).map((n) => n / 4),
    charges: fc.integer({ min: 0, max: 50_000_000 }).map((n) => n / 100),
    taux: fc.constantFrom(0.5, 0.25, 0.75, 0.3, 0.7, 0.6, 0.45, 0.55, 0.65, 0.35),
    prixPlafond: fc.integer({ min: 1000, max: 100_000 }).map((n) => n / 1000),
  }),
  { numRuns: 20000, seed: 2025 },
);

describe("exactitude contre l'arithmétique rationnelle exacte", () => {
  it("donne les heures de fonctionnement exactes", () => {
    for (const e of exemples) {
      expect(calculerHeures(e)).toBe(enNombre(heuresOracle(Q(e.heuresOuverture), Q(e.heuresOrganisation))));
    }
  });

  it("donne la subvention exacte au centime sur 20 000 LAEP", () => {
    for (const e of exemples) {
      const attendu = auCentimeNombre(subventionOracle(Q(e.heuresOuverture), Q(e.heuresOrganisation), E(e.charges), Q(e.taux), Q(e.prixPlafond)));
      expect([e, calculerSubvention(e)]).toEqual([e, attendu]);
    }
  });

  it("donne le bon centime là où le calcul en virgule flottante se trompe", () => {
    let pieges = 0;
    for (const e of [...exemples, ...demiCentimes]) {
      const attendu = auCentimeNombre(subventionOracle(Q(e.heuresOuverture), Q(e.heuresOrganisation), E(e.charges), Q(e.taux), Q(e.prixPlafond)));
      if (subventionFlottante(e.heuresOuverture, e.heuresOrganisation, e.charges, e.taux, e.prixPlafond) !== attendu) {
        pieges++;
        expect([e, calculerSubvention(e)]).toEqual([e, attendu]);
      }
    }
    // The generated set must contain such traps, or this test proves nothing.
    expect(pieges).toBeGreaterThan(50);
  });

  it("donne le bonus exact au centime, plafond compris, sur 20 000 LAEP", () => {
    for (const e of exemples) {
      const subvention = calculerSubvention(e);
      const attendu = auCentimeNombre(
        bonusOracle(Q(e.heuresOuverture), Q(e.heuresOrganisation), E(e.charges), E(subvention), Q(e.heuresExistantes), Q(e.forfaitExistant), Q(e.baremeNouvelleHeure), E(e.autresFondsNationaux)),
      );
      expect([e, calculerBonusCtg({ ...e, subvention })]).toEqual([e, attendu]);
    }
  });

  it("donne le forfait de l'offre existante au double le plus proche", () => {
    const forfaits = fc.sample(fc.tuple(decimal(5_000_000, 2), decimal(2_000_000, 2).filter((h) => h > 0)), { numRuns: 5000, seed: 7 });
    for (const [bonus, heures] of forfaits) {
      expect(calculerForfaitCtg({ bonusTotalN1: bonus, heuresTotalesN1: heures })).toBe(enNombre(div(E(bonus), Q(heures))));
    }
  });

  it("reste exacte sur des valeurs extrêmes qu'un double peut contenir", () => {
    const extremes = [1e-300, 5e-324, 1e300, 123456789012345680000, 0.1, 0.7, 1 / 3, 2 / 3, 12345.678901234567, 9007199254740993];
    for (const o of extremes)
      for (const charges of extremes)
        for (const plafond of extremes) {
          const e = { heuresOuverture: o, heuresOrganisation: o / 3, charges, taux: 0.7, prixPlafond: plafond };
          const attendu = auCentimeNombre(subventionOracle(Q(o), Q(o / 3), E(charges), Q(0.7), Q(plafond)));
          if (Number.isFinite(attendu)) expect([e, calculerSubvention(e)]).toEqual([e, attendu]);
        }
  });
});
