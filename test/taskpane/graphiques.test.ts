import { Decimal } from "../../core";
import { etiquetteAxe, graduations } from "../../src/taskpane/graphiques";

const texte = (ds: Decimal[]) => ds.map((d) => d.toString());

describe("graduations des axes", () => {
  it("couvrent l'étendue par pas ronds de 1, 2, 2,5 ou 5 fois une puissance de dix", () => {
    expect(texte(graduations(new Decimal(0), new Decimal(7200), 5))).toEqual(["0", "2000", "4000", "6000", "8000"]);
    expect(texte(graduations(new Decimal(0), new Decimal(12000), 5))).toEqual(["0", "2500", "5000", "7500", "10000", "12500"]);
    expect(texte(graduations(new Decimal(200), new Decimal(600), 3))).toEqual(["200", "400", "600"]);
  });

  it("restent exactes sur des pas décimaux (jamais 0,30000000000000004)", () => {
    expect(texte(graduations(new Decimal(0), new Decimal("0.7"), 7))).toEqual(["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"]);
  });

  it("descendent sous zéro quand un reste à financer est négatif", () => {
    // 5 627,07 ÷ 5 ≈ 1 125 per step: the next round step is 2 000.
    expect(texte(graduations(new Decimal("-627.07"), new Decimal(5000), 5))).toEqual(["-2000", "0", "2000", "4000", "6000"]);
  });

  it("ne bouclent pas sur une étendue nulle", () => {
    expect(texte(graduations(new Decimal(0), new Decimal(0), 5))).toEqual(["0", "0.2", "0.4", "0.6", "0.8", "1"]);
  });
});

describe("étiquettes des axes", () => {
  it("s'écrivent à la française, sans centimes, dans l'unité de l'axe", () => {
    const n = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
    expect(n(etiquetteAxe(new Decimal(12500), "euros"))).toBe("12 500 €");
    expect(n(etiquetteAxe(new Decimal("7.5"), "eurosParHeure"))).toBe("7,5 €/h");
    expect(n(etiquetteAxe(new Decimal(1000), "heures"))).toBe("1 000 h");
    expect(n(etiquetteAxe(new Decimal("0.25"), "taux"))).toBe("25 %");
  });
});
