import { Exact } from "../../../core/money";
import { forfaitDuTerritoire } from "../../../core/regles/forfaitDuTerritoire";

const d = (x: string) => Exact.de(x);

describe("forfait du territoire dans une campagne", () => {
  it("divise le bonus CTG N-1 du territoire par ses heures de fonctionnement N-1", () => {
    expect(forfaitDuTerritoire(d("7000"), d("1400")).toFixed()).toBe("5");
  });

  it("garde le forfait comme Excel garde =LAEP.FORFAITCTG dans une cellule : 15 chiffres significatifs, pas de centime", () => {
    // 29 000 / 6 000 = 4,8333…: a cell shows and keeps 4,83333333333333.
    expect(forfaitDuTerritoire(d("29000"), d("6000")).toFixed()).toBe("4.83333333333333");
  });

  it("vaut 0 pour un territoire sans heure de fonctionnement en N-1 (pas d'offre existante)", () => {
    expect(forfaitDuTerritoire(d("0"), d("0")).isZero()).toBe(true);
    expect(forfaitDuTerritoire(d("1200"), d("0")).isZero()).toBe(true);
  });
});
