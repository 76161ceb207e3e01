/**
 * Exact decimal arithmetic for every rule of the add-in.
 *
 * Why decimal.js and not JS numbers: a user types 0.1 in a cell and means
 * one tenth, while the binary float 0.1 is 0.1000000000000000055…; a product
 * of three such floats can land on the wrong side of a half-cent. Every rule
 * therefore works on decimals built from the shortest decimal string of the
 * typed number (what Excel shows), and only the final result goes back to a
 * float.
 *
 * Why such a high precision: decimal.js only rounds a result when it needs
 * more significant digits than `precision`. The formulas only add, multiply
 * and compare values typed as doubles (at most 17 significant digits, exponents
 * between -324 and 308), so no intermediate needs more than about 1,300 digits:
 * with 2,000 they are all exact. Ordinary values keep their few digits, so this
 * costs nothing for them. The only divisions (hourly cost price, forfait of the
 * existing offer) go through `quotientArrondiAuCentime` or `quotientEnNombre`,
 * which never round an intermediate.
 */
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({
  precision: 2000,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -7,
  toExpPos: 21,
  minE: -9e15,
  maxE: 9e15,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
const CENT = new Decimal("0.01");
const CENT_FOIS = new Decimal(100);

/**
 * The decimal a user typed, from the number Excel (or a parser) hands over.
 * decimal.js reads a JS number through `Number.prototype.toString`, which is
 * the shortest string that round-trips: 0.1 becomes exactly 1/10.
 * -0 is folded into 0 so that no result ever prints as « -0 ».
 */
export function versDecimal(nombre: number): Decimal {
  return new Decimal(nombre === 0 ? 0 : nombre);
}

/**
 * Rounding rule of the add-in: amounts in euros are rounded to the cent, half
 * away from zero (ROUND_HALF_UP in decimal.js), once, on the exact result.
 *
 * Why half away from zero: it is the rounding of Excel's ARRONDI / ROUND and
 * of the usual commercial practice, so a finance officer who checks a figure by
 * hand with =ARRONDI(…;2) finds the same cent. Why once: rounding an
 * intermediate (the hourly cost price, say) and multiplying it by thousands of
 * hours would move the result by several euros.
 */
export function arrondiAuCentime(montant: Decimal): Decimal {
  return montant.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * `numerateur ÷ denominateur` rounded to the cent, half away from zero,
 * computed exactly: integer quotient of cents, then the remainder decides the
 * half. Dividing first at a finite precision and rounding afterwards could
 * round twice (…,344999… → …,345 → …,35).
 */
export function quotientArrondiAuCentime(numerateur: Decimal, denominateur: Decimal): Decimal {
  const centimes = numerateur.times(CENT_FOIS);
  const entier = centimes.divToInt(denominateur);
  const reste = centimes.minus(entier.times(denominateur)).abs();
  const demiPasse = reste.times(2).gte(denominateur.abs());
  const arrondi = demiPasse ? entier.plus(centimes.isNegative() ? -1 : 1) : entier;
  return arrondi.times(CENT);
}

/**
 * `numerateur ÷ denominateur` as the nearest JS number, for results that are
 * not rounded (the forfait of the existing offer). The quotient is truncated
 * to 25 significant digits and, when the division is not exact, one non-zero
 * digit is appended ("sticky" digit): the string then lies strictly on the
 * same side of every halfway point between two doubles as the exact quotient,
 * so the float conversion rounds correctly.
 */
export function quotientEnNombre(numerateur: Decimal, denominateur: Decimal): number {
  if (numerateur.isZero()) return 0;
  const decalage = 25 - (numerateur.e - denominateur.e);
  const echelle = new Decimal(10).pow(decalage);
  const mis = numerateur.times(echelle);
  const entier = mis.divToInt(denominateur);
  const exact = entier.times(denominateur).eq(mis);
  const chiffres = exact ? entier.toFixed(0) : entier.toFixed(0) + "1";
  const exposant = exact ? -decalage : -decalage - 1;
  return Number(`${chiffres}e${exposant}`);
}

/** The JS number nearest to a decimal result: what Excel receives. */
export function enNombre(valeur: Decimal): number {
  const nombre = valeur.toNumber();
  return nombre === 0 ? 0 : nombre;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}
