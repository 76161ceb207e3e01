import { Decimal } from "../../../core/money";
import { formaterEuros, formaterEurosParHeure, formaterHeures, formaterNombre, formaterTaux } from "../../../core/format/formaterNombre";

const d = (x: string) => new Decimal(x);
/** Shows the fr-FR special spaces so that expectations read plainly. */
const visible = (s: string) => s.replace(/\u202f/g, "⍽").replace(/\u00a0/g, "·");

describe("formatage fr-FR", () => {
  it("écrit les euros avec une espace fine par millier, une virgule et deux décimales", () => {
    expect(visible(formaterEuros(d("12345.67")))).toBe("12⍽345,67·€");
    expect(visible(formaterEuros(d("7200")))).toBe("7⍽200,00·€");
    expect(visible(formaterEuros(d("0.5")))).toBe("0,50·€");
    expect(visible(formaterEuros(d("-1234567.891")))).toBe("-1⍽234⍽567,89·€");
  });

  it("écrit comme Intl.NumberFormat fr-FR, sans passer par un flottant", () => {
    const intl = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
    for (const x of ["0", "1", "999.99", "1000", "12345.67", "1234567.8", "98765432.1"]) expect(formaterEuros(d(x))).toBe(intl.format(Number(x)));
    // Beyond 2^53 a float would lose the cents; the decimal keeps them.
    expect(visible(formaterEuros(d("123456789012345678.91")))).toBe("123⍽456⍽789⍽012⍽345⍽678,91·€");
  });

  it("arrondit l'affichage à la moitié supérieure", () => {
    expect(formaterNombre(d("2.345"), 0, 2)).toBe("2,35");
    expect(formaterNombre(d("-0.001"), 0, 2)).toBe("0");
  });

  it("écrit les heures sans décimales inutiles", () => {
    expect(visible(formaterHeures(d("600")))).toBe("600·h");
    expect(visible(formaterHeures(d("452.25")))).toBe("452,25·h");
  });

  it("écrit un taux en pourcentage et un prix horaire en euros par heure", () => {
    expect(visible(formaterTaux(d("0.6")))).toBe("60·%");
    expect(visible(formaterTaux(d("0.605")))).toBe("60,5·%");
    expect(visible(formaterEurosParHeure(d("3.75")))).toBe("3,75·€/h");
    expect(visible(formaterEurosParHeure(d("3.333333")))).toBe("3,3333·€/h");
  });
});
