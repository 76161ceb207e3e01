import fc from "fast-check";
import { calculerDetail, detailEnLignes, ErreurSaisie } from "../../../core";

const valeurs = (entrees: Parameters<typeof calculerDetail>[0]) =>
  Object.fromEntries(calculerDetail(entrees).etapes.map((e) => [e.libelle, e.valeur === null ? null : e.valeur.toString()]));

// Fictitious barème figures.
const laep = { heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, taux: 0.6, prixPlafond: 30 };
const ctg = { heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10 };

describe("détail du calcul", () => {
  it("donne chaque étape, dans l'ordre du calcul, avec les libellés attendus", () => {
    expect(calculerDetail({ ...laep, ...ctg }).etapes.map((e) => e.libelle)).toEqual([
      "Heures d'ouverture",
      "Heures d'organisation déclarées",
      "Heures d'organisation retenues",
      "Heures de fonctionnement",
      "Charges annuelles",
      "Prix de revient horaire",
      "Prix plafond horaire",
      "Taux de la subvention",
      "Subvention horaire",
      "Subvention LAEP",
      "Heures existantes (N-1)",
      "Heures existantes retenues",
      "Forfait horaire offre existante",
      "Nouvelles heures",
      "Barème nouvelle heure",
      "Bonus avant plafonnement",
      "Plafond 80 % des charges",
      "Autres fonds nationaux",
      "Écrêtement",
      "Bonus territoire CTG",
      "Total fonds nationaux",
      "Reste à financer",
    ]);
  });

  it("montre l'écrêtement quand le plafond de 80 % mord sur le bonus", () => {
    const v = valeurs({ ...laep, ...ctg });
    expect(v["Heures d'organisation retenues"]).toBe("200");
    expect(v["Heures de fonctionnement"]).toBe("600");
    expect(v["Prix de revient horaire"]).toBe("20");
    expect(v["Subvention horaire"]).toBe("12");
    expect(v["Subvention LAEP"]).toBe("7200");
    expect(v["Heures existantes retenues"]).toBe("500");
    expect(v["Nouvelles heures"]).toBe("100");
    expect(v["Bonus avant plafonnement"]).toBe("3500");
    expect(v["Plafond 80 % des charges"]).toBe("9600");
    expect(v["Écrêtement"]).toBe("1100");
    expect(v["Bonus territoire CTG"]).toBe("2400");
    expect(v["Total fonds nationaux"]).toBe("9600");
    expect(v["Reste à financer"]).toBe("2400");
    expect(calculerDetail({ ...laep, ...ctg }).plafonnementApplique).toBe(true);
  });

  it("prend le prix plafond comme subvention horaire quand le prix de revient le dépasse", () => {
    const d = calculerDetail({ ...laep, charges: 24000, ...ctg });
    const v = valeurs({ ...laep, charges: 24000, ...ctg });
    expect(v["Prix de revient horaire"]).toBe("40");
    expect(v["Subvention horaire"]).toBe("18");
    expect(v["Subvention LAEP"]).toBe("10800");
    expect(v["Écrêtement"]).toBe("0");
    expect(d.prixPlafondApplique).toBe(true);
    expect(d.plafonnementApplique).toBe(false);
  });

  it("ne dit pas le prix de revient au-dessus du plafond sans heure de fonctionnement : il est sans objet", () => {
    const d = calculerDetail({ ...laep, heuresOuverture: 0, heuresOrganisation: 0, charges: 24000, ...ctg });
    expect(d.prixPlafondApplique).toBe(false);
    expect(d.etapes.find((e) => e.cle === "subventionHoraire")?.calcul).toBe("Sans objet sans heure de fonctionnement : la subvention est nulle.");
    expect(d.subventionLaep.toString()).toBe("0");
  });

  it("compte 0 pour le bonus et les autres fonds quand ils sont omis", () => {
    const v = valeurs(laep);
    expect(v["Bonus territoire CTG"]).toBe("0");
    expect(v["Autres fonds nationaux"]).toBe("0");
    expect(v["Total fonds nationaux"]).toBe("7200");
    expect(v["Reste à financer"]).toBe("4800");
  });

  it("marque le prix de revient sans objet quand il n'y a aucune heure", () => {
    const v = valeurs({ ...laep, heuresOuverture: 0, heuresOrganisation: 0 });
    expect(v["Prix de revient horaire"]).toBeNull();
    expect(v["Subvention horaire"]).toBeNull();
    expect(v["Subvention LAEP"]).toBe("0");
  });

  it("arrondit les montants une seule fois et garde un tableau qui s'additionne au centime", () => {
    // 0.6 × 12 345.67 = 7 407.402 ; 80 % = 9 876.536 ; place = 2 469.134 < 3 500.
    const d = calculerDetail({ ...laep, charges: 12345.67, ...ctg });
    expect(d.subventionLaep.toString()).toBe("7407.4");
    expect(d.bonusTerritoireCtg.toString()).toBe("2469.14");
    expect(d.bonusAvantPlafonnement.minus(d.ecretement).eq(d.bonusTerritoireCtg)).toBe(true);
    expect(d.totalFondsNationaux.toString()).toBe("9876.54");
    expect(d.resteAFinancer.toString()).toBe("2469.13");
  });

  it("cite la phrase de l'addendum pour les étapes qui appliquent une règle", () => {
    const etapes = calculerDetail({ ...laep, ...ctg }).etapes;
    const texte = (libelle: string) => etapes.find((e) => e.libelle === libelle)?.texte ?? "";
    expect(texte("Heures d'organisation retenues")).toMatch(/limitées à 50% des heures d'ouverture/);
    expect(texte("Subvention LAEP")).toMatch(/dans la limite du prix plafond/);
    expect(texte("Bonus territoire CTG")).toMatch(/ne dépasse pas 80% des charges/);
  });

  it("refuse une saisie invalide avec un message par champ", () => {
    expect(() => calculerDetail({ ...laep, taux: 60 })).toThrow(ErreurSaisie);
    expect(() => calculerDetail({ ...laep, heuresExistantes: "beaucoup" })).toThrow(/heures_existantes : « beaucoup » est du texte/);
  });

  it("donne à Excel (LAEP.DETAIL) les mêmes lignes que celles du volet", () => {
    const decimal = (n: number) => fc.integer({ min: 0, max: n * 100 }).map((x) => x / 100);
    fc.assert(
      fc.property(
        fc.record({
          heuresOuverture: decimal(3000),
          heuresOrganisation: decimal(2000),
          charges: fc.oneof(decimal(500000), fc.integer({ min: 1, max: 10 ** 6 }).map((x) => x / 3)),
          taux: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
          prixPlafond: decimal(100),
          heuresExistantes: decimal(3000),
          forfaitExistant: decimal(20),
          baremeNouvelleHeure: decimal(20),
          autresFondsNationaux: decimal(50000),
        }),
        (e) => {
          const volet = calculerDetail(e).etapes.map((x) => [x.libelle, x.valeur === null ? "sans objet" : x.valeur.toNumber()]);
          expect(detailEnLignes(e)).toEqual(volet);
        },
      ),
      { numRuns: 2000, seed: 3 },
    );
  });
});
