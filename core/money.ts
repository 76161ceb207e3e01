/**
 * Exact decimal arithmetic for every rule of the add-in.
 *
 * Why not JS numbers: a user types 0.1 in a cell and means one tenth, while
 * the binary float 0.1 is 0.1000000000000000055…; a product of three such
 * floats can land on the wrong side of a half-cent. Every rule therefore works
 * on decimals built from the shortest decimal string of the typed number (what
 * Excel shows), and only the final result goes back to a float.
 *
 * Two layers: `Exact` (below), the rules' number type, computes decimals with
 * exact integer arithmetic (safe integers, then BigInt); what it cannot hold
 * that way goes to decimal.js, through the one configured constructor
 * `Decimal`.
 *
 * Why such a high precision for decimal.js: it only rounds a result when it
 * needs more significant digits than `precision`. The formulas only add,
 * multiply and compare inputs of at most 15 significant digits (doubles read
 * at 15 digits; text longer than 50 characters is refused before any
 * arithmetic), with exponents between -324 and 308, so no intermediate needs
 * more than about 1,300 digits: with 2,000 they are all exact. Ordinary
 * values keep their few digits, so this costs nothing for them. The only divisions (hourly cost
 * price, forfait of the existing offer) go through
 * `Exact.quotientArrondiAuCentime` and `Exact.quotientEnNombre`, which never
 * round an intermediate.
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

const CENT = new Decimal("0.01");
const CENT_FOIS = new Decimal(100);

/**
 * `numerateur ÷ denominateur` rounded to the cent, half away from zero,
 * computed exactly: integer quotient of cents, then the remainder decides the
 * half. Dividing first at a finite precision and rounding afterwards could
 * round twice (…,344999… → …,345 → …,35).
 */
export function quotientArrondiAuCentime(numerateur: Decimal, denominateur: Decimal): Decimal {
  return Exact.quotientArrondiAuCentime(Exact.depuisDecimal(numerateur), Exact.depuisDecimal(denominateur)).enDecimal();
}

function quotientArrondiAuCentimeDecimal(numerateur: Decimal, denominateur: Decimal): Decimal {
  const centimes = numerateur.times(CENT_FOIS);
  const entier = centimes.divToInt(denominateur);
  const reste = centimes.minus(entier.times(denominateur)).abs();
  const demiPasse = reste.times(2).gte(denominateur.abs());
  // Away from zero means toward the quotient's sign, not the numerator's.
  const arrondi = demiPasse ? entier.plus(centimes.isNegative() !== denominateur.isNegative() ? -1 : 1) : entier;
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
function quotientEnNombreDecimal(numerateur: Decimal, denominateur: Decimal): number {
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

/*
 * Exact: the number type of the rules.
 *
 * Why: decimal.js costs several microseconds per formula, and a sheet may
 * recompute tens of thousands of them. Most values users type are small
 * decimals (12 345,67 ; 0,6 ; 452,25), and m × 10^-k with m an integer below
 * 2^53 holds them exactly: adding, multiplying and comparing such integers in
 * floating point is exact as long as every result stays below 2^53. Each
 * operation checks that; when a result would leave that range (huge or very
 * precise values), the operation and everything after it goes through
 * decimal.js instead. Either way the result is the exact decimal result: the
 * fast form is an optimisation, never an approximation.
 */

const MAX_SUR = Number.MAX_SAFE_INTEGER;
/** 10^0 … 10^22: every one an exact double. */
const P = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const KMAX = 22;
const NON_CHIFFRE = /[^0-9]/;

/**
 * n ÷ d rounded half up, for integers 0 ≤ n ≤ 2^52 and d > 0: the float
 * quotient only guesses q; the exact remainder n − q × d corrects it (both
 * products stay below 2^53, so they are exact) and decides the half.
 */
function quotientEntierArrondi(n: number, d: number): number {
  let q = Math.trunc(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return 2 * r >= d ? q + 1 : q;
}

/** 10^i as a BigInt, computed once. */
const P10N: bigint[] = [];
const p10n = (i: number): bigint => (P10N[i] ??= 10n ** BigInt(i));
const MAX_SUR_N = BigInt(Number.MAX_SAFE_INTEGER);

export class Exact {
  /**
   * Three forms of one exact decimal:
   * - fast: value = m ÷ 10^k, m a safe integer, 0 ≤ k ≤ 22 (d null);
   * - integer: value = d ÷ 10^k, d a BigInt (a product or sum that left the
   *   safe integers, e.g. hours × a forfait kept at 15 digits): exact integer
   *   arithmetic, many times faster than decimal.js;
   * - decimal: d a Decimal (huge or tiny exponents, and what decimal.js built).
   */
  private constructor(
    private readonly m: number,
    private readonly k: number,
    private readonly d: Decimal | bigint | null,
  ) {}

  static readonly ZERO = new Exact(0, 0, null);

  private static rapide(m: number, k: number): Exact {
    return m === 0 ? Exact.ZERO : new Exact(m, k, null);
  }

  private static lent(d: Decimal): Exact {
    return new Exact(0, 0, d.isZero() ? new Decimal(0) : d);
  }

  /** g ÷ 10^k, in the fast form when it fits. */
  private static grand(g: bigint, k: number): Exact {
    if (g === 0n) return Exact.ZERO;
    if (k <= KMAX && g <= MAX_SUR_N && g >= -MAX_SUR_N) return new Exact(Number(g), k, null);
    return new Exact(0, k, g);
  }

  /** Both values as integers over the same power of ten: [a, b, k] (a ÷ 10^k, b ÷ 10^k), or null when one is in the decimal.js form. */
  private static alignes(a: Exact, b: Exact): [bigint, bigint, number] | null {
    const x = a.entier();
    const y = b.entier();
    if (!x || !y) return null;
    const k = Math.max(x[1], y[1]);
    return [x[0] * p10n(k - x[1]), y[0] * p10n(k - y[1]), k];
  }

  /** The value as [integer, k] (value = integer ÷ 10^k), or null in the decimal.js form. */
  private entier(): [bigint, number] | null {
    if (this.d === null) return [BigInt(this.m), this.k];
    return typeof this.d === "bigint" ? [this.d, this.k] : null;
  }

  /**
   * A number from Excel, read as Excel shows it: the double rounded to 15
   * significant digits, half away from zero, then kept exactly.
   *
   * Why 15 digits: Excel computes in doubles but shows and keeps at most 15
   * significant digits. A budget's =SOMME(10000,05 ; 0,30) is the double
   * 10000.349999999999…, which the sheet shows as 10 000,35; read through its
   * 17-digit string it would give a subvention of 5 000,17 € at 50 % where the
   * officer, and the addendum's formula on the figure she sees, give
   * 5 000,18 €. A typed value (15 digits at most) is unchanged: it is the
   * nearest 15-digit decimal to its own double.
   *
   * Fast path for typed values: the first k for which the float product
   * t = x × 10^k is an integer n below 10^15. t is within 2^-53 |t| of the
   * exact product, so n ÷ 10^k is within 1.2 × 10^-16 |x| of x, less than
   * half the spacing of 15-digit decimals around x (at least 5 × 10^-16 |x|):
   * n ÷ 10^k is the 15-digit reading itself, found without a division.
   * Otherwise `a15Chiffres`.
   */
  static depuisNombre(x: number): Exact {
    if (x === 0) return Exact.ZERO;
    if (Number.isInteger(x) && Math.abs(x) < 1e15) return new Exact(x, 0, null);
    for (let k = 1; k <= 15; k++) {
      const t = x * P[k];
      if (Math.abs(t) >= 1e15) break;
      if (Number.isInteger(t)) return new Exact(t, k, null);
    }
    return Exact.a15Chiffres(x);
  }

  /**
   * x rounded to 15 significant digits, half away from zero. With k such that
   * |x| × 10^k lies in [10^14, 10^15), the float product t is within 1/16 of
   * the exact product (one correctly rounded multiplication below 2^50), so
   * Math.round(t) is the exact rounding unless t's fraction is near one half;
   * that rare case, and exponents out of the fast range, go through
   * toPrecision(15), which the language defines as the exact rounding (ties to
   * the larger magnitude).
   */
  private static a15Chiffres(x: number): Exact {
    const a = Math.abs(x);
    const k = 14 - Math.floor(Math.log10(a));
    if (k >= 0 && k <= KMAX) {
      const t = a * P[k];
      const f = t - Math.floor(t);
      if (t >= 1e14 + 1 && t < 1e15 - 1 && Math.abs(f - 0.5) > 0.125) {
        let m = Math.round(t);
        let j = k;
        while (j > 0 && m % 10 === 0) {
          m /= 10;
          j--;
        }
        return Exact.rapide(x < 0 ? -m : m, j);
      }
    }
    return Exact.depuisDecimal(new Decimal(x.toPrecision(15)));
  }

  static depuisDecimal(d: Decimal): Exact {
    if (d.isZero()) return Exact.ZERO;
    const k = d.decimalPlaces();
    if (k <= KMAX && d.precision(true) <= 15) {
      // At most 15 digits written as an integer string: Number() reads it exactly.
      const m = Number(d.toFixed(k).replace(".", ""));
      if (Math.abs(m) <= MAX_SUR) return new Exact(m, k, null);
    }
    return Exact.lent(d);
  }

  /** A constant written as a decimal string (« 0.5 »). */
  static de(texte: string): Exact {
    return Exact.depuisDecimal(new Decimal(texte));
  }

  /** A plain decimal string (« -1234.56 », as lireNombreFrancais normalises it), read without going through decimal.js when it is short. */
  static depuisTexte(texte: string): Exact {
    const negatif = texte.charCodeAt(0) === 45;
    const corps = negatif ? texte.slice(1) : texte;
    const point = corps.indexOf(".");
    const fraction = point < 0 ? "" : corps.slice(point + 1);
    const chiffres = point < 0 ? corps : corps.slice(0, point) + fraction;
    if (chiffres.length <= 15 && fraction.length <= KMAX && !NON_CHIFFRE.test(chiffres)) {
      const n = chiffres === "" ? 0 : Number(chiffres);
      return Exact.rapide(negatif ? -n : n, fraction.length);
    }
    return Exact.depuisDecimal(new Decimal(texte));
  }

  enDecimal(): Decimal {
    if (this.d === null) return this.k === 0 ? new Decimal(this.m) : new Decimal(`${this.m}e-${this.k}`);
    return typeof this.d === "bigint" ? new Decimal(`${this.d}e-${this.k}`) : this.d;
  }

  /*
   * plus, minus and cmp bring both operands to the same scale inline: a
   * helper returning a pair allocated an array per operation, the largest
   * cost of a cell's computation (measured by npm run bench).
   */

  plus(b: Exact): Exact {
    return this.ajouter(b, 1);
  }

  minus(b: Exact): Exact {
    return this.ajouter(b, -1);
  }

  /** this + signe × b. */
  private ajouter(b: Exact, signe: 1 | -1): Exact {
    if (this.d === null && b.d === null) {
      let am = this.m;
      let bm = b.m;
      let k = this.k;
      if (k < b.k) {
        am *= P[b.k - k];
        k = b.k;
      } else if (b.k < k) bm *= P[k - b.k];
      const r = am + signe * bm;
      if (Math.abs(am) <= MAX_SUR && Math.abs(bm) <= MAX_SUR && Math.abs(r) <= MAX_SUR) return Exact.rapide(r, k);
    }
    const alignes = Exact.alignes(this, b);
    if (alignes) {
      const [gx, gy, k] = alignes;
      return Exact.grand(signe === 1 ? gx + gy : gx - gy, k);
    }
    const a = this.enDecimal();
    return Exact.lent(signe === 1 ? a.plus(b.enDecimal()) : a.minus(b.enDecimal()));
  }

  times(b: Exact): Exact {
    if (this.d === null && b.d === null) {
      // Rounding is monotonic: a float product ≤ 2^53 − 1 is the exact product.
      let r = this.m * b.m;
      let k = this.k + b.k;
      if (Math.abs(r) <= MAX_SUR) {
        // Trailing zeros are stripped only past 8 decimals: a % on a double is
        // costly, and a kept zero only makes m larger (a later result that
        // would leave the safe integers goes to decimal.js, exactly, anyway).
        if (k > 8)
          while (k > 0 && r % 10 === 0) {
            r /= 10;
            k--;
          }
        if (k <= KMAX) return Exact.rapide(r, k);
      }
    }
    const x = this.entier();
    const y = b.entier();
    if (x && y) return Exact.grand(x[0] * y[0], x[1] + y[1]);
    return Exact.lent(this.enDecimal().times(b.enDecimal()));
  }

  /** -1, 0 or 1. */
  cmp(b: Exact): number {
    if (this.d === null && b.d === null) {
      let am = this.m;
      let bm = b.m;
      if (this.k < b.k) am *= P[b.k - this.k];
      else if (b.k < this.k) bm *= P[this.k - b.k];
      if (Math.abs(am) <= MAX_SUR && Math.abs(bm) <= MAX_SUR) return am < bm ? -1 : am > bm ? 1 : 0;
    }
    const alignes = Exact.alignes(this, b);
    if (alignes) {
      const [gx, gy] = alignes;
      return gx < gy ? -1 : gx > gy ? 1 : 0;
    }
    return this.enDecimal().cmp(b.enDecimal());
  }

  lt(b: Exact): boolean {
    return this.cmp(b) < 0;
  }
  lte(b: Exact): boolean {
    return this.cmp(b) <= 0;
  }
  gt(b: Exact): boolean {
    return this.cmp(b) > 0;
  }
  gte(b: Exact): boolean {
    return this.cmp(b) >= 0;
  }
  eq(b: Exact): boolean {
    return this.cmp(b) === 0;
  }
  isZero(): boolean {
    if (this.d === null) return this.m === 0;
    return typeof this.d === "bigint" ? this.d === 0n : this.d.isZero();
  }
  isNegative(): boolean {
    if (this.d === null) return this.m < 0;
    return typeof this.d === "bigint" ? this.d < 0n : this.d.isNegative() && !this.d.isZero();
  }

  /** Rounded to `decimales` decimals, half away from zero (see arrondiAuCentime). */
  arrondi(decimales: number): Exact {
    if (this.d === null) {
      if (this.k <= decimales) return this;
      const absolu = Math.abs(this.m);
      if (absolu <= 2 ** 52) {
        const q = quotientEntierArrondi(absolu, P[this.k - decimales]);
        return Exact.rapide(this.m < 0 ? -q : q, decimales);
      }
    }
    const x = this.entier();
    if (x) {
      if (x[1] <= decimales) return this;
      const diviseur = p10n(x[1] - decimales);
      const q = x[0] / diviseur;
      const r = x[0] % diviseur;
      // Half away from zero: the remainder has the sign of the value (BigInt division truncates).
      const demi = (r < 0n ? -r : r) * 2n >= diviseur;
      return Exact.grand(demi ? q + (x[0] < 0n ? -1n : 1n) : q, decimales);
    }
    return Exact.lent(this.enDecimal().toDecimalPlaces(decimales, Decimal.ROUND_HALF_UP));
  }

  /**
   * Rounding rule of the add-in: amounts in euros are rounded to the cent,
   * half away from zero (ROUND_HALF_UP in decimal.js), once, on the exact
   * result.
   *
   * Why half away from zero: it is the rounding of Excel's ARRONDI / ROUND
   * and of the usual commercial practice, so a finance officer who checks a
   * figure by hand with =ARRONDI(…;2) finds the same cent. Why once: rounding
   * an intermediate (the hourly cost price, say) and multiplying it by
   * thousands of hours would move the result by several euros.
   */
  arrondiAuCentime(): Exact {
    return this.arrondi(2);
  }

  /** The JS number nearest to the value (one correctly rounded division). */
  toNumber(): number {
    if (typeof this.d === "bigint") {
      // JS reads a decimal string as the nearest double: one correct rounding.
      const n = Number(`${this.d}e-${this.k}`);
      return n === 0 ? 0 : n;
    }
    if (this.d !== null) return enNombre(this.d);
    return this.k === 0 ? this.m : this.m / P[this.k];
  }

  /** Decimal notation, exact; with `decimales`, rounded half away from zero and padded. */
  toFixed(decimales?: number): string {
    if (typeof this.d === "bigint") {
      const v = decimales === undefined ? this : this.arrondi(decimales);
      if (!(typeof v.d === "bigint")) return v.toFixed(decimales);
      const g = v.d;
      const k = v.k;
      const chiffres = (g < 0n ? -g : g).toString().padStart(k + 1, "0");
      let fraction = chiffres.slice(chiffres.length - k);
      if (decimales === undefined) fraction = fraction.replace(/0+$/, "");
      else fraction = fraction.padEnd(decimales, "0");
      return `${g < 0n ? "-" : ""}${chiffres.slice(0, chiffres.length - k)}${fraction ? `.${fraction}` : ""}`;
    }
    if (this.d !== null) {
      const texte = decimales === undefined ? this.d.toFixed() : this.d.toFixed(decimales, Decimal.ROUND_HALF_UP);
      return texte.replace(/^-(0(\.0+)?)$/, "$1");
    }
    // The usual cases of a results file, without padding or regular expressions: whole hours, amounts in cents.
    if (decimales === undefined ? this.k === 0 : this.k === decimales && decimales > 0) {
      if (this.k === 0) return String(this.m);
      const negatif = this.m < 0;
      const chiffres = String(negatif ? -this.m : this.m);
      const entier = chiffres.length > this.k ? chiffres.slice(0, chiffres.length - this.k) : "0";
      const fraction = chiffres.length >= this.k ? chiffres.slice(chiffres.length - this.k) : chiffres.padStart(this.k, "0");
      return `${negatif ? "-" : ""}${entier}.${fraction}`;
    }
    const v = decimales === undefined ? this : this.arrondi(decimales);
    if (v.d !== null) return v.toFixed(decimales);
    const k = v.k;
    const chiffres = String(Math.abs(v.m)).padStart(k + 1, "0");
    const entier = chiffres.slice(0, chiffres.length - k);
    let fraction = chiffres.slice(chiffres.length - k);
    if (decimales === undefined) fraction = fraction.replace(/0+$/, "");
    else fraction = fraction.padEnd(decimales, "0");
    return `${v.m < 0 ? "-" : ""}${entier}${fraction ? `.${fraction}` : ""}`;
  }

  toString(): string {
    return this.enDecimal().toString();
  }

  /**
   * a ÷ b rounded to the cent, half away from zero, exactly: integer
   * division of a × 10^(2 + kb) by b × 10^ka, the remainder decides the half.
   */
  static quotientArrondiAuCentime(a: Exact, b: Exact): Exact {
    if (a.d === null && b.d === null && b.k + 2 <= KMAX) {
      const n = Math.abs(a.m) * P[b.k + 2];
      const d = Math.abs(b.m) * P[a.k];
      if (n <= 2 ** 52 && d <= 2 ** 52 && d > 0) {
        const q = quotientEntierArrondi(n, d);
        return Exact.rapide(a.m < 0 !== b.m < 0 ? -q : q, 2);
      }
    }
    return Exact.lent(quotientArrondiAuCentimeDecimal(a.enDecimal(), b.enDecimal()));
  }

  /** a ÷ b as the nearest JS number: a single correctly rounded division of two exact integers. */
  static quotientEnNombre(a: Exact, b: Exact): number {
    if (a.d === null && b.d === null && b.m !== 0) {
      const n = a.k <= b.k ? a.m * P[b.k - a.k] : a.m;
      const d = a.k <= b.k ? b.m : b.m * P[a.k - b.k];
      if (Math.abs(n) <= MAX_SUR && Math.abs(d) <= MAX_SUR) return n / d;
    }
    return quotientEnNombreDecimal(a.enDecimal(), b.enDecimal());
  }
}

/** The smaller of two exact numbers. */
export function min(a: Exact, b: Exact): Exact {
  return a.lte(b) ? a : b;
}

/** The larger of two exact numbers. */
export function max(a: Exact, b: Exact): Exact {
  return a.gte(b) ? a : b;
}

