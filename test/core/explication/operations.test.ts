import fc from "fast-check";
import { calculerDetail, Decimal } from "../../../core";

const operations = (entrees: Parameters<typeof calculerDetail>[0]) =>
  Object.fromEntries(calculerDetail(entrees).etapes.filter((e) => e.operation !== undefined).map((e) => [e.cle, e.operation!.replace(/[\u202f\u00a0]/g, " ")]));

// Fictitious barème figures, worked by hand.
const laep = { heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, taux: 0.6, prixPlafond: 30, heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10 };

/** Every number of a printed operation, French-written (« 12 000,00 » → 12000.00), in order. */
const nombres = (texte: string) => [...texte.matchAll(/-?\d{1,3}(?: \d{3})*(?:,\d+)?/g)].map((m) => new Decimal(m[0].replace(/ /g, "").replace(",", ".")));

describe("chaque étape calculée s'écrit comme une opération sur ses chiffres", () => {
  it("donne, pour un LAEP de 400 h dont 300 h d'organisation déclarées, les opérations faites à la main", () => {
    expect(operations({ ...laep, autresFondsNationaux: 2000 })).toEqual({
      heuresOrganisationRetenues: "min(300 h ; 50 % × 400 h) = min(300 h ; 200 h) = 200 h",
      heuresFonctionnement: "400 h + 200 h = 600 h",
      prixDeRevientHoraire: "12 000,00 € ÷ 600 h = 20,00 €/h",
      subventionHoraire: "60 % × 12 000,00 € ÷ 600 h = 12,00 €/h",
      subventionLaep: "60 % × 12 000,00 € = 7 200,00 €",
      heuresExistantesRetenues: "min(600 h ; 500 h) = 500 h",
      nouvellesHeures: "max(0 h ; 600 h − 500 h) = 100 h",
      bonusAvantPlafonnement: "500 h × 5,00 €/h + 100 h × 10,00 €/h = 3 500,00 €",
      plafondFondsNationaux: "80 % × 12 000,00 € = 9 600,00 €",
      ecretement: "3 500,00 € − 400,00 € = 3 100,00 €",
      bonusTerritoireCtg: "min(3 500,00 € ; 9 600,00 € − 7 200,00 € − 2 000,00 €) = 400,00 €",
      totalFondsNationaux: "7 200,00 € + 400,00 € + 2 000,00 € = 9 600,00 €",
      resteAFinancer: "12 000,00 € − 9 600,00 € = 2 400,00 €",
    });
  });

  it("écrit « ≈ » quand le chiffre montré est arrondi, et le prix plafond quand le prix de revient le dépasse", () => {
    // 10 000 € over 300 h: 33,333… €/h, above the 30 €/h ceiling.
    const o = operations({ ...laep, heuresOuverture: 200, heuresOrganisation: 100, charges: 10000, taux: 0.605, forfaitExistant: 5.123456 });
    expect(o.prixDeRevientHoraire).toBe("10 000,00 € ÷ 300 h ≈ 33,33 €/h");
    expect(o.subventionHoraire).toBe("60,5 % × 30,00 €/h = 18,15 €/h");
    expect(o.subventionLaep).toBe("60,5 % × 30,00 €/h × 300 h = 5 445,00 €");
    // The forfait with all its digits: 300 h × 5,123456 = 1 537,0368, printed ≈ 1 537,04 €.
    expect(o.bonusAvantPlafonnement).toBe("300 h × 5,123456 €/h + 0 h × 10,00 €/h ≈ 1 537,04 €");
  });

  it("dit quand la place sous le plafond est négative : le bonus est nul", () => {
    const o = operations({ ...laep, autresFondsNationaux: 9000 });
    expect(o.bonusTerritoireCtg).toBe("9 600,00 € − 7 200,00 € − 9 000,00 € < 0 : 0,00 €");
    expect(o.prixDeRevientHoraire).not.toContain("sans objet");
    expect(operations({ ...laep, heuresOuverture: 0, heuresOrganisation: 0 }).prixDeRevientHoraire).toBe("sans objet (0 h)");
  });

  it("chaque somme et chaque différence écrite tombe juste sur les chiffres imprimés, quels que soient les chiffres", () => {
    const montant = fc.integer({ min: 0, max: 5_000_000 }).map((c) => new Decimal(c).div(100));
    const heures = fc.integer({ min: 0, max: 400_000 }).map((q) => new Decimal(q).div(4));
    fc.assert(
      fc.property(heures, heures, montant, fc.integer({ min: 0, max: 1000 }), heures, montant, (ouverture, organisation, charges, taux, existantes, autres) => {
        const o = operations({
          heuresOuverture: ouverture,
          heuresOrganisation: organisation,
          charges,
          taux: new Decimal(taux).div(1000),
          prixPlafond: new Decimal("30.17"),
          heuresExistantes: existantes,
          forfaitExistant: new Decimal("5.2727272727"),
          baremeNouvelleHeure: new Decimal(10),
          autresFondsNationaux: autres,
        });
        const [a, b, c] = nombres(o.heuresFonctionnement);
        expect(a.plus(b).eq(c)).toBe(true);
        const [s, bo, au, t] = nombres(o.totalFondsNationaux);
        expect(s.plus(bo).plus(au).eq(t)).toBe(true);
        const [ch, to, r] = nombres(o.resteAFinancer);
        expect(ch.minus(to).eq(r)).toBe(true);
        const [av, ap, ec] = nombres(o.ecretement);
        expect(av.minus(ap).eq(ec)).toBe(true);
        // « = » is only written where the printed operands give the printed result exactly.
        if (/^80 % × .* = /.test(o.plafondFondsNationaux)) {
          const [, x, y] = nombres(o.plafondFondsNationaux);
          expect(x.times("0.8").eq(y)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
