/**
 * An exact rational oracle, independent of decimal.js and of core/: the
 * formulas of the issue rewritten on BigInt fractions, so that the core is
 * checked against a second implementation rather than against itself.
 */
export interface Q {
  n: bigint;
  d: bigint;
}

function pgcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function q(n: bigint, d = 1n): Q {
  if (d < 0n) [n, d] = [-n, -d];
  const g = pgcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** The exact value of a double, from its IEEE 754 bits (no string, no library). */
export function valeurExacteDouble(x: number): Q {
  const vue = new DataView(new ArrayBuffer(8));
  vue.setFloat64(0, x);
  const bits = vue.getBigUint64(0);
  const signe = bits >> 63n === 1n ? -1n : 1n;
  const exposant = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantisse = exposant === 0 ? fraction : fraction | (1n << 52n);
  const e2 = (exposant === 0 ? 1 : exposant) - 1075;
  return e2 >= 0 ? q(signe * mantisse * 2n ** BigInt(e2)) : q(signe * mantisse, 2n ** BigInt(-e2));
}

/**
 * A number from Excel as Excel shows it: the exact double rounded to 15
 * significant digits, half away from zero (the rule of the issue, written
 * again here on BigInt, independently of core/money).
 */
export function depuisNombreExcel(x: number): Q {
  if (x === 0) return q(0n);
  const v = valeurExacteDouble(x);
  const negatif = v.n < 0n;
  const n = negatif ? -v.n : v.n;
  let k = 14 - (n.toString().length - v.d.toString().length);
  const echelle = (j: number): [bigint, bigint] => (j >= 0 ? [n * 10n ** BigInt(j), v.d] : [n, v.d * 10n ** BigInt(-j)]);
  for (;;) {
    const [num, den] = echelle(k);
    if (num >= 10n ** 15n * den) k--;
    else if (num < 10n ** 14n * den) k++;
    else break;
  }
  const [num, den] = echelle(k);
  const m = (2n * num + den) / (2n * den);
  const signe = negatif ? -1n : 1n;
  return k >= 0 ? q(signe * m, 10n ** BigInt(k)) : q(signe * m * 10n ** BigInt(-k));
}

/** An exact fraction as a plain decimal string when it has one (denominator 2^a × 5^b). */
export function enTexteDecimal(a: Q): string {
  let d = a.d;
  let k = 0;
  while (d % 10n === 0n) { d /= 10n; k++; }
  let n = a.n < 0n ? -a.n : a.n;
  while (d % 2n === 0n) { d /= 2n; n *= 5n; k++; }
  while (d % 5n === 0n) { d /= 5n; n *= 2n; k++; }
  if (d !== 1n) throw new Error("pas une fraction décimale");
  const s = n.toString().padStart(k + 1, "0");
  const texte = k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`.replace(/\.?0+$/, "");
  return `${a.n < 0n ? "-" : ""}${texte}`;
}

/** The decimal a JS number shows (its shortest string), as an exact fraction. */
export function depuisNombre(x: number): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new Error(`not a finite number: ${x}`);
  const chiffres = BigInt((m[1] ?? "") + m[2] + (m[3] ?? ""));
  const exposant = Number(m[4] ?? 0) - (m[3] ?? "").length;
  return exposant >= 0 ? q(chiffres * 10n ** BigInt(exposant)) : q(chiffres, 10n ** BigInt(-exposant));
}

export const plus = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const moins = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const fois = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const minQ = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
export const maxQ = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);
export const ZERO_Q = q(0n);

/** Rounded to the cent, half away from zero, as a decimal string. */
export function auCentime(a: Q): string {
  const negatif = a.n < 0n;
  const n = negatif ? -a.n : a.n;
  const centimes = (n * 200n + a.d) / (2n * a.d);
  const s = centimes.toString().padStart(3, "0");
  return `${negatif && centimes !== 0n ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** Rounded to the cent, as an exact fraction (how an amount in euros enters the computation). */
export const auCentimeQ = (a: Q): Q => {
  const [entier, centimes] = auCentime(a).replace("-", "").split(".");
  return q((a.n < 0n ? -1n : 1n) * BigInt(entier + centimes), 100n);
};

/** Same, as the JS number Excel would receive. */
export const auCentimeNombre = (a: Q): number => Number(auCentime(a));

/** The nearest JS number to an exact fraction (for unrounded results). */
export function enNombre(a: Q): number {
  // About 40 significant digits plus a sticky digit: enough for a correctly rounded double.
  const negatif = a.n < 0n;
  const n = negatif ? -a.n : a.n;
  if (n === 0n) return 0;
  const k = 40 - (n.toString().length - a.d.toString().length);
  const num = k >= 0 ? n * 10n ** BigInt(k) : n;
  const den = k >= 0 ? a.d : a.d * 10n ** BigInt(-k);
  const entier = num / den;
  const exact = entier * den === num;
  const texte = exact ? `${entier}e${-k}` : `${entier}1e${-k - 1}`;
  return (negatif ? -1 : 1) * Number(texte);
}

/* The formulas, written from the text. */
const DEMI = q(1n, 2n);
const QUATRE_VINGTS = q(4n, 5n);

export function heuresOracle(ouverture: Q, organisation: Q): Q {
  return plus(ouverture, minQ(organisation, fois(DEMI, ouverture)));
}

export function subventionOracle(ouverture: Q, organisation: Q, charges: Q, taux: Q, plafond: Q): Q {
  const h = heuresOracle(ouverture, organisation);
  if (h.n === 0n) return ZERO_Q;
  const prixDeRevient = div(charges, h);
  return fois(fois(taux, minQ(prixDeRevient, plafond)), h);
}

export function bonusAvantOracle(h: Q, existantes: Q, forfait: Q, bareme: Q): Q {
  return plus(fois(minQ(h, existantes), forfait), fois(maxQ(ZERO_Q, moins(h, existantes)), bareme));
}

export function bonusOracle(
  ouverture: Q,
  organisation: Q,
  charges: Q,
  subvention: Q,
  existantes: Q,
  forfait: Q,
  bareme: Q,
  autres: Q,
): Q {
  const avant = bonusAvantOracle(heuresOracle(ouverture, organisation), existantes, forfait, bareme);
  const place = moins(moins(fois(QUATRE_VINGTS, charges), subvention), autres);
  return maxQ(ZERO_Q, minQ(avant, place));
}
