import { citer } from "../format/citer";
import { Decimal, Exact } from "../money";

export interface NombreLu {
  valeur: Decimal;
  /** True when the text ends with « % ». */
  pourcentage: boolean;
}

/** The same, as the rules' number type (no decimal.js object on the way: the command line reads thousands of them). */
export interface NombreLuExact {
  valeur: Exact;
  pourcentage: boolean;
}

/**
 * How a text writes its numbers:
 * - « francaise »: what a French user types (the task pane, a « ; » CSV, a
 *   text cell of a workbook): decimal comma, spaces or dots between
 *   thousands;
 * - « internationale »: a plain « , » CSV: decimal point, commas between
 *   thousands.
 */
export type Convention = "francaise" | "internationale";

/** Longer than this, a field is not a number anyone typed: refused before any arithmetic. */
export const LONGUEUR_MAX = 50;

const ESPACES = /[\s\u00a0\u202f\u2009]/g;
const UNITE = /(€\/h|€|h|%)$/i;

/**
 * Reads a number typed as text, exactly (never through a float):
 * « 1 234,56 », « 1.234,56 », « 60 % », « 30 € », « 12,5 h ».
 *
 * French convention:
 * - spaces of any kind separate thousands;
 * - a comma is the decimal separator; dots before it separate thousands;
 * - without a comma, several dots separate thousands (« 1.234.567 »), and one
 *   dot is a decimal point (« 12.5 », as pasted from elsewhere) — except
 *   before exactly three digits: « 1.234 » is 1 234 to a French reader and
 *   1,234 to a program, so it is refused with both readings rather than
 *   guessed (« 0.125 » cannot be thousands and is read 0,125).
 * International convention: a dot is the decimal point, commas separate
 * thousands (« 12,345.67 »).
 * Either way a unit at the end (€, €/h, h, %) is allowed and « % » is
 * reported; more than 15 significant digits are rounded to 15, half away from
 * zero, as Excel keeps them (see `Exact.depuisNombre`); a text longer than
 * 50 characters is refused.
 *
 * Returns the number, or what is wrong in French.
 */
export function lireNombreFrancais(texte: string, convention: Convention = "francaise"): NombreLu | string {
  const lu = normaliser(texte, convention);
  return typeof lu === "string" ? lu : { valeur: new Decimal(lu.decimal), pourcentage: lu.pourcentage };
}

export function lireNombreFrancaisExact(texte: string, convention: Convention = "francaise"): NombreLuExact | string {
  const lu = normaliser(texte, convention);
  return typeof lu === "string" ? lu : { valeur: Exact.depuisTexte(lu.decimal), pourcentage: lu.pourcentage };
}

/** Already plain: « 400 », « 12345,67 », « 0,6 » (most cells of a file); taken as is when at most 15 digits long. */
const SIMPLE_FR = /^\d+(?:,\d+)?$/;
const SIMPLE_INT = /^\d+(?:\.\d+)?$/;

/** The number as a plain decimal string (« -1234.56 »), or what is wrong. */
function normaliser(texte: string, convention: Convention): { decimal: string; pourcentage: boolean } | string {
  if (texte.length <= 16 && (convention === "francaise" ? SIMPLE_FR : SIMPLE_INT).test(texte) && (texte.length <= 15 || /[.,]/.test(texte))) {
    return { decimal: texte.replace(",", "."), pourcentage: false };
  }
  if (texte.length > LONGUEUR_MAX) return `« ${citer(texte)} » est trop long pour un nombre (plus de ${LONGUEUR_MAX} caractères)`;
  let t = texte.replace(ESPACES, "");
  if (t === "") return "la valeur est vide";
  const unite = UNITE.exec(t);
  const pourcentage = unite?.[1] === "%";
  if (unite) t = t.slice(0, -unite[1].length);

  let signe = "";
  if (/^[-−+]/.test(t)) {
    signe = t[0] === "+" ? "" : "-";
    t = t.slice(1);
  }

  let normalise: string | null = null;
  if (convention === "internationale") {
    if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) normalise = t.replace(/,/g, "");
    else if (/^\d*\.?\d*$/.test(t)) normalise = t;
    else if (/^\d*,\d*$/.test(t)) normalise = t.replace(",", ".");
  } else if (t.includes(",")) {
    if (/^\d{1,3}(\.\d{3})+,\d*$/.test(t) || /^\d*,\d*$/.test(t)) normalise = t.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) {
    normalise = t.replace(/\./g, "");
  } else if (/^[1-9]\d{0,2}\.\d{3}$/.test(t)) {
    const [entier, fraction] = t.split(".");
    return `« ${citer(texte)} » est ambigu : ${entier} ${fraction} ou ${entier},${fraction} ? Écrivez ${entier}${fraction} ou ${entier},${fraction}`;
  } else if (/^\d*\.?\d*$/.test(t)) {
    normalise = t;
  }
  if (normalise === null || !/\d/.test(normalise)) return `« ${citer(texte)} » n'est pas un nombre (exemple : 1 234,56)`;
  if (normalise.endsWith(".")) normalise += "0";
  if (normalise.startsWith(".")) normalise = `0${normalise}`;
  return { decimal: a15Chiffres(signe + normalise), pourcentage };
}

/** More than 15 significant digits: rounded to 15, half away from zero, as Excel keeps a number. */
function a15Chiffres(decimal: string): string {
  const chiffres = decimal.replace(/^-?0*\.?0*/, "").replace(".", "");
  if (chiffres.length <= 15) return decimal;
  return new Decimal(decimal).toSignificantDigits(15, Decimal.ROUND_HALF_UP).toFixed();
}
