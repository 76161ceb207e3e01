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
