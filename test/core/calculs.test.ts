import { calculerBonusCtg, calculerForfaitCtg, calculerHeures, calculerSubvention, ErreurSaisie } from "../../core";

// Fictitious barème figures, for the examples only.
const laep = { heuresOuverture: 400, heuresOrganisation: 300, taux: 0.6, prixPlafond: 30 };

describe("calculs exposés aux fonctions", () => {
  it("calcule les heures de fonctionnement sans les arrondir", () => {
    expect(calculerHeures({ heuresOuverture: 400, heuresOrganisation: 300 })).toBe(600);
    expect(calculerHeures({ heuresOuverture: 100.5, heuresOrganisation: 10.25 })).toBe(110.75);
  });

  it("calcule la subvention arrondie au centime", () => {
    expect(calculerSubvention({ ...laep, charges: 12000 })).toBe(7200);
    expect(calculerSubvention({ ...laep, charges: 24000 })).toBe(10800);
    // 0.6 × 12 345.67 = 7 407.402 → 7 407,40.
    expect(calculerSubvention({ ...laep, charges: 12345.67 })).toBe(7407.4);
  });

  it("tombe sur le bon centime là où la virgule flottante arrondit du mauvais côté", () => {
    // 0.5 × 10 237.63 = 5 118.815 exactly → 5 118,82 ; in floating point the
    // same formula gives 5 118.8149999… and rounds to 5 118,81.
    const e = { heuresOuverture: 454.25, heuresOrganisation: 0.25, charges: 10237.63, taux: 0.5, prixPlafond: 68.279 };
    const h = e.heuresOuverture + Math.min(e.heuresOrganisation, 0.5 * e.heuresOuverture);
    expect(Math.round(e.taux * Math.min(e.charges / h, e.prixPlafond) * h * 100) / 100).toBe(5118.81);
    expect(calculerSubvention(e)).toBe(5118.82);
  });

  it("ne perd aucun chiffre quand les heures mêlent grands et petits nombres", () => {
    // H = 1 000 000,564999999999999 exactly; rounded at 20 significant digits
    // it would become 1 000 000,565 and the subvention 1 000 000,57.
    expect(calculerSubvention({ heuresOuverture: 1000000, heuresOrganisation: 0.564999999999999, charges: 1e7, taux: 1, prixPlafond: 1 })).toBe(1000000.56);
  });

  it("calcule le bonus plafonné, les autres fonds nationaux valant 0 s'ils sont omis", () => {
    const bonus = { ...laep, charges: 12000, subvention: 7200, heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10 };
    expect(calculerBonusCtg(bonus)).toBe(2400);
    expect(calculerBonusCtg({ ...bonus, autresFondsNationaux: null })).toBe(2400);
    expect(calculerBonusCtg({ ...bonus, autresFondsNationaux: 1000 })).toBe(1400);
    expect(calculerBonusCtg({ ...bonus, autresFondsNationaux: 3000 })).toBe(0);
  });

  it("calcule le forfait de l'offre existante", () => {
    expect(calculerForfaitCtg({ bonusTotalN1: 150000, heuresTotalesN1: 40000 })).toBe(3.75);
  });

  it("refuse un résultat trop grand pour Excel au lieu de rendre l'infini", () => {
    expect(() => calculerSubvention({ heuresOuverture: 1e300, heuresOrganisation: 0, charges: 1e308, taux: 1, prixPlafond: 1e300 })).not.toThrow();
    expect(() => calculerBonusCtg({ heuresOuverture: 1e300, heuresOrganisation: 0, charges: 1e308, subvention: 0, heuresExistantes: 0, forfaitExistant: 0, baremeNouvelleHeure: 1e300 })).not.toThrow();
    expect(() => calculerHeures({ heuresOuverture: 1.7e308, heuresOrganisation: 1.7e308 })).toThrow(/trop grand/);
  });

  it("signale toutes les erreurs d'une même saisie", () => {
    try {
      calculerSubvention({ heuresOuverture: -1, heuresOrganisation: "abc", charges: 1, taux: 2, prixPlafond: 3 });
      throw new Error("should have thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(ErreurSaisie);
      const champs = (e as ErreurSaisie).problemes.map((p) => p.champ.argument);
      expect(champs).toEqual(["heures_ouverture", "heures_organisation", "taux"]);
      expect((e as ErreurSaisie).message).toMatch(/^heures_ouverture : -1 est négatif ; attendu un nombre d'heures positif ou nul\. \(et 2 autres erreurs\)$/);
    }
  });
});
