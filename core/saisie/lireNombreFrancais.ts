import { Decimal } from "../money";

export interface NombreLu {
  valeur: Decimal;
  /** True when the text ends with « % ». */
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
  return { valeur: new Decimal(signe + normalise), pourcentage };
}
