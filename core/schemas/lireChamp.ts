import { formaterNombreCite } from "../format/formaterNombre";
import { citer } from "../format/citer";
import { Decimal, Exact } from "../money";
import { ErreurSaisie, type ProblemeChamp } from "../erreurs";
import { ATTENDU, type Champ } from "./champs";

/**
 * Reads one input as the decimal the user typed, or says in French what is
 * wrong with it.
 *
 * Accepted: a finite JS number (Excel hands numbers over as doubles; they are
 * read as Excel shows them, at 15 significant digits: see
 * `Exact.depuisNombre`), or a Decimal already parsed exactly from text by the
 * task pane or the command line. Everything else is refused, never turned
 * into 0: an empty argument, text, a logical value, NaN, an infinity, a range
 * of several cells.
 *
 * Amounts in euros (charges, subvention, other national funds, bonus N-1)
 * are taken to the cent, half away from zero, once read and checked: money is
 * paid in cents, and every table built from them (LAEP.DETAIL, the pane, the
 * command line) must add up as printed. Hours, hourly amounts and the taux
 * are kept exactly.
 */
export function lireChamp(valeur: unknown, champ: Champ): Exact | ProblemeChamp {
  let nombre: Exact;
  if (typeof valeur === "number") {
    if (valeur !== valeur) return probleme(champ, "la valeur n'est pas un nombre (NaN)");
    if (valeur === Infinity || valeur === -Infinity) return probleme(champ, "la valeur est infinie");
    nombre = Exact.depuisNombre(valeur);
  } else if (valeur instanceof Exact) {
    nombre = valeur;
  } else if (valeur instanceof Decimal) {
    if (!valeur.isFinite()) return probleme(champ, "la valeur n'est pas un nombre fini");
    nombre = Exact.depuisDecimal(valeur);
  } else {
    return probleme(champ, decrireNonNombre(valeur));
  }

  if (nombre.isNegative()) return probleme(champ, `${formaterNombreCite(nombre.enDecimal())} est négatif`);
  if (champ.nature === "taux" && nombre.gt(UN)) return probleme(champ, `${formaterNombreCite(nombre.enDecimal())} dépasse 1`);
  if (champ.nature === "heuresNonNulles" && nombre.isZero()) return probleme(champ, "0 n'est pas accepté (division par zéro)");
  return champ.nature === "euros" ? nombre.arrondiAuCentime() : nombre;
}

/**
 * Reads the inputs of one computation, field by field, and throws one
 * `ErreurSaisie` listing every problem, so that a form can flag all its
 * fields in one pass:
 *
 *     const l = new Lecture();
 *     const o = l.lire(entrees.heuresOuverture, CHAMPS.heuresOuverture);
 *     …
 *     l.verifier();
 *
 * (A generic loop over the field names was the single largest cost of a
 * cell's computation: property access by a variable name is slow in V8.)
 */
export class Lecture {
  private problemes: ProblemeChamp[] | null = null;

  /** The value read, or 0 when it is refused (the problem is kept for `verifier`). An omitted value takes `defaut` when there is one. */
  lire(valeur: unknown, champ: Champ, defaut?: Exact): Exact {
    if (defaut !== undefined && (valeur === null || valeur === undefined)) return defaut;
    const lu = lireChamp(valeur, champ);
    if (lu instanceof Exact) return lu;
    (this.problemes ??= []).push(lu);
    return Exact.ZERO;
  }

  verifier(): void {
    if (this.problemes !== null) throw new ErreurSaisie(this.problemes);
  }
}

const UN = Exact.de("1");

function probleme(champ: Champ, texte: string): ProblemeChamp {
  return { champ, probleme: texte, attendu: ATTENDU[champ.nature] };
}

function decrireNonNombre(valeur: unknown): string {
  if (valeur === null || valeur === undefined || valeur === "") return "la valeur est vide";
  if (typeof valeur === "string") return `« ${citer(valeur)} » est du texte, pas un nombre`;
  if (typeof valeur === "boolean") return `${valeur ? "VRAI" : "FAUX"} est une valeur logique, pas un nombre`;
  if (Array.isArray(valeur)) return "une plage de plusieurs cellules a été donnée au lieu d'une seule valeur";
  return "la valeur n'est pas un nombre";
}
