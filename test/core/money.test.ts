import fc from "fast-check";
import { Decimal, enNombre, Exact, quotientArrondiAuCentime } from "../../core/money";
import { depuisNombreExcel, enTexteDecimal } from "../support/rationnel";

const quotientEnNombre = (a: Decimal, b: Decimal) => Exact.quotientEnNombre(Exact.depuisDecimal(a), Exact.depuisDecimal(b));

const d = (x: string) => new Decimal(x);

describe("money", () => {
  it("lit un nombre Excel par sa plus courte écriture décimale", () => {
    expect(Exact.depuisNombre(0.1).toString()).toBe("0.1");
    expect(Exact.depuisNombre(1234.5678).toString()).toBe("1234.5678");
    expect(Exact.depuisNombre(1e-7).eq(Exact.de("0.0000001"))).toBe(true);
  });

  it("ramène -0 à 0", () => {
    expect(Object.is(Exact.depuisNombre(-0).toNumber(), 0)).toBe(true);
    expect(Object.is(enNombre(new Decimal("-0")), 0)).toBe(true);
  });

  it("arrondit au centime, la moitié en s'éloignant de zéro", () => {
    // 1.005 is 1.00499999999999989… as a float: Math.round(1.005 * 100) / 100 gives 1.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(Exact.depuisNombre(1.005).arrondiAuCentime().toFixed(2)).toBe("1.01");
  });

  it("divise et arrondit au centime sans double arrondi", () => {
    expect(quotientArrondiAuCentime(d("10"), d("3")).toFixed(2)).toBe("3.33");
    expect(quotientArrondiAuCentime(d("20"), d("3")).toFixed(2)).toBe("6.67");
    expect(quotientArrondiAuCentime(d("0.0025"), d("0.1")).toFixed(2)).toBe("0.03");
    expect(quotientArrondiAuCentime(d("1"), d("8")).toFixed(2)).toBe("0.13");
    expect(quotientArrondiAuCentime(d("-1"), d("8")).toFixed(2)).toBe("-0.13");
    // Both negative, on the decimal.js path (numerator beyond 2^52): a positive quotient.
    expect(quotientArrondiAuCentime(d("-281707939.710"), d("-12111261.381")).toFixed(2)).toBe("23.26");
    expect(quotientArrondiAuCentime(d("-1e30"), d("-8e30")).toFixed(2)).toBe("0.13");
  });

  it("donne le double le plus proche d'un quotient exact", () => {
    expect(quotientEnNombre(d("1"), d("3"))).toBe(1 / 3);
    expect(quotientEnNombre(d("2"), d("3"))).toBe(2 / 3);
    expect(quotientEnNombre(d("1e-300"), d("7"))).toBe(Number("1.428571428571428571428571e-301"));
    expect(quotientEnNombre(d("0"), d("7"))).toBe(0);
  });
});

describe("Exact, le type des règles", () => {
  const e = (x: string) => Exact.de(x);

  it("lit un nombre comme Excel l'affiche, à 15 chiffres significatifs (contre l'oracle BigInt)", () => {
    const doubles = fc.sample(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n / 100),
        fc.integer({ min: 0, max: 10 ** 7 }).map((n) => n / 3),
        fc.constantFrom(0.1, 0.7, 1.005, 12345.67, 2 ** 53, 2 ** 53 + 2, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 0.30000000000000004),
      ),
      { numRuns: 20000, seed: 5 },
    );
    for (const x of doubles) expect([x, Exact.depuisNombre(x).toFixed()]).toEqual([x, enTexteDecimal(depuisNombreExcel(x))]);
  });

  it("donne les mêmes sommes, produits, comparaisons et arrondis que decimal.js, même au-delà de 2^53", () => {
    const valeurs = fc.oneof(fc.double({ min: -1e20, max: 1e20, noNaN: true }), fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((n) => n / 1000), fc.constantFrom(2 ** 53 - 1, 2 ** 53, 0.1, 9007199254740.993));
    fc.assert(
      fc.property(valeurs, valeurs, (x, y) => {
        const a = Exact.depuisNombre(x);
        const b = Exact.depuisNombre(y);
        const da = new Decimal(enTexteDecimal(depuisNombreExcel(x)));
        const db = new Decimal(enTexteDecimal(depuisNombreExcel(y)));
        expect(a.plus(b).toString()).toBe(da.plus(db).toString());
        expect(a.minus(b).toString()).toBe(da.minus(db).toString());
        expect(a.times(b).toString()).toBe(da.times(db).toString());
        expect(a.cmp(b)).toBe(da.cmp(db));
        expect(a.arrondiAuCentime().toString()).toBe(da.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
        // Exact never writes « -0.00 » for a tiny negative value rounded to zero.
        expect(a.toFixed(2)).toBe(da.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-(0\.00)$/, "$1"));
        expect(a.toNumber()).toBe(da.toNumber());
        // A double is read as its 15-digit decimal: the same whatever its float tail.
        expect(Exact.depuisNombre(Number(da.toString())).eq(a)).toBe(true);
        if (!db.isZero()) {
          expect(Exact.quotientArrondiAuCentime(a, b).toString()).toBe(quotientArrondiAuCentime(da, db).toString());
          expect(Exact.quotientEnNombre(a, b)).toBe(quotientEnNombre(da, db));
        }
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it("enchaîne sans perte les résultats au-delà de 2^53 (heures × forfait à 15 chiffres, puis sommes, comparaisons, arrondis)", () => {
    const valeurs = fc.oneof(
      fc.integer({ min: 0, max: 10 ** 7 }).map((n) => n / 100),
      fc.integer({ min: 1, max: 10 ** 9 }).map((n) => n / 7),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.constantFrom(5800 / 1100, 29000 / 6000, 2 ** 53 - 1, 0.1),
    );
    fc.assert(
      fc.property(valeurs, valeurs, valeurs, valeurs, (w, x, y, z) => {
        const [a, b, c, d] = [w, x, y, z].map((v) => Exact.depuisNombre(v));
        const [da, db, dc, dd] = [w, x, y, z].map((v) => new Decimal(enTexteDecimal(depuisNombreExcel(v))));
        const somme = a.times(b).plus(c.times(d));
        const dsomme = da.times(db).plus(dc.times(dd));
        expect(somme.toString()).toBe(dsomme.toString());
        expect(somme.minus(a).times(c).toString()).toBe(dsomme.minus(da).times(dc).toString());
        expect(somme.cmp(c.times(a))).toBe(dsomme.cmp(dc.times(da)));
        expect(somme.arrondiAuCentime().toString()).toBe(dsomme.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
        expect(somme.toFixed(2)).toBe(dsomme.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-(0\.00)$/, "$1"));
        expect(somme.toFixed()).toBe(dsomme.toFixed());
        // -0 is given as 0 (the add-in never hands Excel a negative zero).
        expect(somme.toNumber()).toBe(dsomme.toNumber() || 0);
        expect([somme.isZero(), somme.isNegative()]).toEqual([dsomme.isZero(), dsomme.isNegative() && !dsomme.isZero()]);
      }),
      { numRuns: 3000, seed: 27 },
    );
  });

  it("passe à l'arithmétique entière BigInt quand un résultat dépasserait 2^53, sans perdre un chiffre", () => {
    expect(e("9007199254740991").plus(e("1")).toString()).toBe("9007199254740992");
    expect(e("9007199254740991").plus(e("2")).toString()).toBe("9007199254740993");
    expect(e("123456789.123456").times(e("987654321.987654")).toString()).toBe(new Decimal("123456789.123456").times("987654321.987654").toString());
    expect(e("0.000001").times(e("0.0000000000000000001")).toString()).toBe("1e-25");
    // The same from numbers, which start on the fast form.
    const n = (x: number) => Exact.depuisNombre(x);
    expect(n(999999999999999).times(n(999999999999999)).toFixed()).toBe("999999999999998000000000000001");
    expect(n(0.999999999999999).plus(n(999999999999999)).toString()).toBe("999999999999999.999999999999999");
    expect(n(999999999999999).minus(n(-0.000000000000001)).toString()).toBe("999999999999999.000000000000001");
    expect(n(1e-15).times(n(1e-15)).toString()).toBe("1e-30");
    expect(n(1e-15).times(n(1e-15)).toNumber()).toBe(1e-30);
    expect(n(123456.789).cmp(n(9007199254740991))).toBe(-1);
  });

  it("arrondit au centime la moitié en s'éloignant de zéro, aussi pour les négatifs", () => {
    expect(e("2.345").arrondiAuCentime().toString()).toBe("2.35");
    expect(e("-2.345").arrondiAuCentime().toString()).toBe("-2.35");
    expect(e("2.344999").arrondiAuCentime().toString()).toBe("2.34");
    expect(e("5118.815").arrondiAuCentime().toFixed(2)).toBe("5118.82");
  });
});
