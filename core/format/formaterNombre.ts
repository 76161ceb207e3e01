import { Decimal } from "../money";

/** fr-FR separators, as Intl.NumberFormat("fr-FR") writes them. */
const ESPACE_GROUPE = "\u202f";
const ESPACE_UNITE = "\u00a0";

/**
 * A decimal written the French way (« 12 345,6 »), exactly: no float is
 * involved, so the figure shown is the figure computed. Rounded half away from
 * zero to at most `decimalesMax` decimals, padded to `decimalesMin`.
 */
export function formaterNombre(valeur: Decimal, decimalesMin = 0, decimalesMax = 20): string {
  const arrondi = valeur.toDecimalPlaces(decimalesMax, Decimal.ROUND_HALF_UP);
  const [entier, decimales = ""] = arrondi.abs().toFixed().split(".");
  const fraction = decimales.padEnd(decimalesMin, "0");
  const signe = arrondi.isNegative() && !arrondi.isZero() ? "-" : "";
  const groupes = entier.replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE_GROUPE);
  return `${signe}${groupes}${fraction ? `,${fraction}` : ""}`;
}

/** « 12 345,67 € » */
export function formaterEuros(valeur: Decimal): string {
  return `${formaterNombre(valeur, 2, 2)}${ESPACE_UNITE}€`;
}

/** « 20,00 €/h » (up to 4 decimals when the rate has them: a forfait is not rounded). */
export function formaterEurosParHeure(valeur: Decimal): string {
  return `${formaterNombre(valeur, 2, 4)}${ESPACE_UNITE}€/h`;
}

/**
 * « 452,25 h ». Hours are shown with all their decimals (they are never
 * rounded, and a table of hours must add up as printed): 20 minutes typed as
 * =20/60 shows as Excel shows it, 0,333333333333333 h.
 */
export function formaterHeures(valeur: Decimal): string {
  return `${formaterNombre(valeur)}${ESPACE_UNITE}h`;
}

/** A fraction as a percentage: 0.605 → « 60,5 % ». */
export function formaterTaux(valeur: Decimal): string {
  return `${formaterNombre(valeur.times(100), 0, 4)}${ESPACE_UNITE}%`;
}

/**
 * A number from Excel quoted in a message, as Excel's Standard format shows
 * it: up to 15 significant digits, in scientific notation when very large or
 * very small (« -1E-300 », never « 0 » for a tiny negative value).
 */
export function formaterNombreCite(valeur: Decimal): string {
  if (valeur.isZero()) return "0";
  if (valeur.e < -9 || valeur.e > 14) return valeur.toSignificantDigits(15, Decimal.ROUND_HALF_UP).toExponential().replace(".", ",").replace("e+", "E+").replace("e-", "E-");
  return formaterNombre(valeur.toSignificantDigits(15, Decimal.ROUND_HALF_UP));
}
