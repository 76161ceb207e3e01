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

const ESPACES = /[\s\u00a0\u202f\u2009]/g;
const UNITE = /(€\/h|€|h|%)$/i;

/**
 * Reads a number typed the French way, exactly (never through a float):
 * « 1 234,56 », « 1234.56 », « 1.234,56 », « 60 % », « 30 € », « 12,5 h ».
 *
 * - spaces of any kind separate thousands;
 * - a comma is the decimal separator; dots before it separate thousands;
 * - without a comma, one dot is a decimal point (« 12.5 », as pasted from
 *   elsewhere), several dots separate thousands (« 1.234.567 »);
 * - a unit at the end (€, €/h, h, %) is allowed; « % » is reported.
 *
 * Returns the number, or what is wrong in French.
 */
export function lireNombreFrancais(texte: string): NombreLu | string {
  const lu = normaliser(texte);
  return typeof lu === "string" ? lu : { valeur: new Decimal(lu.decimal), pourcentage: lu.pourcentage };
}

export function lireNombreFrancaisExact(texte: string): NombreLuExact | string {
  const lu = normaliser(texte);
  return typeof lu === "string" ? lu : { valeur: Exact.depuisTexte(lu.decimal), pourcentage: lu.pourcentage };
}

/** Already plain: « 400 », « 12345,67 », « 0.6 » (most cells of a file). */
const SIMPLE = /^\d+(?:[.,]\d+)?$/;

/** The number as a plain decimal string (« -1234.56 »), or what is wrong. */
function normaliser(texte: string): { decimal: string; pourcentage: boolean } | string {
  if (SIMPLE.test(texte)) return { decimal: texte.replace(",", "."), pourcentage: false };
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
  if (t.includes(",")) {
    if (/^\d{1,3}(\.\d{3})+,\d*$/.test(t) || /^\d*,\d*$/.test(t)) normalise = t.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) {
    normalise = t.replace(/\./g, "");
  } else if (/^\d*\.?\d*$/.test(t)) {
    normalise = t;
  }
  if (normalise === null || !/\d/.test(normalise)) return `« ${texte.trim()} » n'est pas un nombre (exemple : 1 234,56)`;
  if (normalise.endsWith(".")) normalise += "0";
  if (normalise.startsWith(".")) normalise = `0${normalise}`;
  return { decimal: signe + normalise, pourcentage };
}
