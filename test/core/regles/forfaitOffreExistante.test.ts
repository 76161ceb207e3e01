import { Exact } from "../../../core/money";
import { forfaitOffreExistante } from "../../../core/regles/forfaitOffreExistante";

const d = (x: string) => Exact.de(x);

describe("forfait horaire de l'offre existante", () => {
  it("divise le bonus total N-1 par le total des heures soutenues sur le territoire", () => {
    expect(forfaitOffreExistante(d("150000"), d("40000"))).toBe(3.75);
  });

  it("n'arrondit pas le forfait au centime", () => {
    // 100 000 / 30 000 = 3,333… : the double nearest to 10/3.
    expect(forfaitOffreExistante(d("100000"), d("30000"))).toBe(10 / 3);
  });

  it("donne le double le plus proche du quotient exact des valeurs saisies", () => {
    // 0.3 / 0.1 is 2.9999999999999996 in floating point; the typed values give exactly 3.
    expect(forfaitOffreExistante(d("0.3"), d("0.1"))).toBe(3);
  });
});
