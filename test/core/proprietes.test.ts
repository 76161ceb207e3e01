/** Properties the rules must keep over wide input ranges (fast-check). */
import fc from "fast-check";
import { calculerBonusCtg, calculerHeures, calculerSubvention, Decimal } from "../../core";

const positif = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const taux = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const d = (x: number) => new Decimal(x);
const DEMI_CENTIME = d(0.005);

const laep = fc.record({
  heuresOuverture: positif(1e6),
  heuresOrganisation: positif(1e6),
  charges: positif(1e10),
  taux,
  prixPlafond: positif(1e4),
  heuresExistantes: positif(1e6),
  forfaitExistant: positif(1e4),
  baremeNouvelleHeure: positif(1e4),
  autresFondsNationaux: positif(1e10),
});

const H = (e: { heuresOuverture: number; heuresOrganisation: number }) => calculerHeures(e);

describe("propriétés des règles", () => {
  it("ne donne jamais de résultat négatif", () => {
    fc.assert(
      fc.property(laep, (e) => {
        const subvention = calculerSubvention(e);
        return H(e) >= 0 && subvention >= 0 && calculerBonusCtg({ ...e, subvention }) >= 0;
      }),
    );
  });

  it("ne dépasse jamais 1,5 fois les heures d'ouverture", () => {
    // Compared as doubles: HEURES returns the double nearest to the exact hours
    // (computed on the hours as Excel shows them, at 15 digits), and rounding
    // to nearest keeps ≤ (it is monotonic).
    fc.assert(fc.property(laep, (e) => H(e) <= new Decimal(e.heuresOuverture.toPrecision(15)).times(1.5).toNumber()));
  });

  it("borne la subvention par taux × prix plafond × heures et par taux × charges, au demi-centime près", () => {
    fc.assert(
      fc.property(laep, (e) => {
        const s = d(calculerSubvention(e));
        const h = d(e.heuresOuverture).plus(Decimal.min(d(e.heuresOrganisation), d(e.heuresOuverture).times(0.5)));
        return s.lte(d(e.taux).times(e.prixPlafond).times(h).plus(DEMI_CENTIME)) && s.lte(d(e.taux).times(e.charges).plus(DEMI_CENTIME));
      }),
    );
  });

  it("respecte le plafond de 80 % des charges dès que le bonus est positif", () => {
    fc.assert(
      fc.property(laep, (e) => {
        const subvention = calculerSubvention(e);
        const bonus = calculerBonusCtg({ ...e, subvention });
        const somme = d(subvention).plus(bonus).plus(e.autresFondsNationaux);
        return bonus === 0 || somme.lte(d(e.charges).times(0.8).plus(DEMI_CENTIME));
      }),
    );
  });

  it("croît avec les heures d'ouverture et d'organisation", () => {
    fc.assert(
      fc.property(laep, positif(1e4), positif(1e4), (e, plusOuverture, plusOrganisation) => {
        const plus = { ...e, heuresOuverture: e.heuresOuverture + plusOuverture, heuresOrganisation: e.heuresOrganisation + plusOrganisation };
        const bonusPlus = calculerBonusCtg({ ...plus, subvention: 0, autresFondsNationaux: 0, charges: 1e15 });
        const bonus = calculerBonusCtg({ ...e, subvention: 0, autresFondsNationaux: 0, charges: 1e15 });
        return H(plus) >= H(e) && calculerSubvention(plus) >= calculerSubvention(e) && bonusPlus >= bonus;
      }),
    );
  });

  it("croît avec le prix plafond", () => {
    fc.assert(
      fc.property(laep, positif(1e4), (e, hausse) => calculerSubvention({ ...e, prixPlafond: e.prixPlafond + hausse }) >= calculerSubvention(e)),
    );
  });

  it("croît avec les charges tant que le plafond ne mord pas sur le bonus", () => {
    fc.assert(fc.property(laep, positif(1e6), (e, hausse) => calculerSubvention({ ...e, charges: e.charges + hausse }) >= calculerSubvention(e)));
  });
});
