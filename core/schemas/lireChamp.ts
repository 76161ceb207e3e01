import { formaterNombre } from "../format/formaterNombre";
import { Decimal, versDecimal } from "../money";
import { ErreurSaisie, type ProblemeChamp } from "../erreurs";
import { ATTENDU, type Champ } from "./champs";

/**
 * Reads one input as the decimal the user typed, or says in French what is
 * wrong with it.
 *
 * Accepted: a finite JS number (Excel hands numbers over as doubles; they are
 * read through their shortest decimal string), or a Decimal already parsed
 * exactly from text by the task pane or the command line. Everything else is
 * refused, never turned into 0: an empty argument, text, a logical value, NaN,
 * an infinity, a range of several cells.
 */
export function lireChamp(valeur: unknown, champ: Champ): Decimal | ProblemeChamp {
  let nombre: Decimal;
  if (typeof valeur === "number") {
    if (valeur !== valeur) return probleme(champ, "la valeur n'est pas un nombre (NaN)");
    if (valeur === Infinity || valeur === -Infinity) return probleme(champ, "la valeur est infinie");
    nombre = versDecimal(valeur);
  } else if (valeur instanceof Decimal) {
    if (!valeur.isFinite()) return probleme(champ, "la valeur n'est pas un nombre fini");
    nombre = valeur.isZero() ? versDecimal(0) : valeur;
  } else {
    return probleme(champ, decrireNonNombre(valeur));
  }

  if (nombre.isNegative()) return probleme(champ, `${formaterNombre(nombre)} est négatif`);
  if (champ.nature === "taux" && nombre.gt(1)) return probleme(champ, `${formaterNombre(nombre)} dépasse 1`);
  if (champ.nature === "heuresNonNulles" && nombre.isZero()) return probleme(champ, "0 n'est pas accepté (division par zéro)");
  return nombre;
}

/**
 * Reads several inputs at once and throws one `ErreurSaisie` listing every
 * problem, so that a form can flag all its fields in one pass.
 */
export function lireChamps<K extends string>(
  valeurs: { readonly [C in K]?: unknown },
  champs: { readonly [C in K]: Champ },
  defauts: { readonly [C in K]?: Decimal } = {},
): { [C in K]: Decimal } {
  const lus = {} as { [C in K]: Decimal };
  const problemes: ProblemeChamp[] = [];
  for (const cle of Object.keys(champs) as K[]) {
    const valeur = valeurs[cle];
    const defaut = defauts[cle];
    if ((valeur === null || valeur === undefined) && defaut !== undefined) {
      lus[cle] = defaut;
      continue;
    }
    const lu = lireChamp(valeur, champs[cle]);
    if (lu instanceof Decimal) lus[cle] = lu;
    else problemes.push(lu);
  }
  if (problemes.length > 0) throw new ErreurSaisie(problemes);
  return lus;
}

function probleme(champ: Champ, texte: string): ProblemeChamp {
  return { champ, probleme: texte, attendu: ATTENDU[champ.nature] };
}

function decrireNonNombre(valeur: unknown): string {
  if (valeur === null || valeur === undefined || valeur === "") return "la valeur est vide";
  if (typeof valeur === "string") return `« ${tronquer(valeur)} » est du texte, pas un nombre`;
  if (typeof valeur === "boolean") return `${valeur ? "VRAI" : "FAUX"} est une valeur logique, pas un nombre`;
  if (Array.isArray(valeur)) return "une plage de plusieurs cellules a été donnée au lieu d'une seule valeur";
  return "la valeur n'est pas un nombre";
}

function tronquer(texte: string): string {
  return texte.length > 30 ? `${texte.slice(0, 29)}…` : texte;
}
