import { arrondiAuCentime, Decimal, enNombre, quotientArrondiAuCentime, quotientEnNombre, versDecimal } from "../../core/money";

const d = (x: string) => new Decimal(x);

describe("money", () => {
  it("lit un nombre Excel par sa plus courte écriture décimale", () => {
    expect(versDecimal(0.1).toString()).toBe("0.1");
    expect(versDecimal(1234.5678).toString()).toBe("1234.5678");
    expect(versDecimal(1e-7).eq(d("0.0000001"))).toBe(true);
  });

  it("ramène -0 à 0", () => {
    expect(Object.is(enNombre(versDecimal(-0)), 0)).toBe(true);
  });

  it("arrondit au centime, la moitié en s'éloignant de zéro", () => {
    expect(arrondiAuCentime(d("2.345")).toFixed(2)).toBe("2.35");
    expect(arrondiAuCentime(d("2.344999")).toFixed(2)).toBe("2.34");
    expect(arrondiAuCentime(d("-2.345")).toFixed(2)).toBe("-2.35");
    // 1.005 is 1.00499999999999989… as a float: Math.round(1.005 * 100) / 100 gives 1.
    expect(arrondiAuCentime(versDecimal(1.005)).toFixed(2)).toBe("1.01");
  });

  it("divise et arrondit au centime sans double arrondi", () => {
    expect(quotientArrondiAuCentime(d("10"), d("3")).toFixed(2)).toBe("3.33");
    expect(quotientArrondiAuCentime(d("20"), d("3")).toFixed(2)).toBe("6.67");
    expect(quotientArrondiAuCentime(d("0.0025"), d("0.1")).toFixed(2)).toBe("0.03");
    expect(quotientArrondiAuCentime(d("1"), d("8")).toFixed(2)).toBe("0.13");
    expect(quotientArrondiAuCentime(d("-1"), d("8")).toFixed(2)).toBe("-0.13");
  });

  it("donne le double le plus proche d'un quotient exact", () => {
    expect(quotientEnNombre(d("1"), d("3"))).toBe(1 / 3);
    expect(quotientEnNombre(d("2"), d("3"))).toBe(2 / 3);
    expect(quotientEnNombre(d("1e-300"), d("7"))).toBe(Number("1.428571428571428571428571e-301"));
    expect(quotientEnNombre(d("0"), d("7"))).toBe(0);
  });
});
