import type { CleEtape } from "../explication/detail";
import { Decimal } from "../money";
import { lireNombreFrancais } from "../saisie/lireNombreFrancais";
import type { CasResolu } from "./resoudreCas";

export type StatutReponse = "juste" | "fausse" | "illisible" | "vide";

export interface ReponseVerifiee {
  etape: CleEtape;
  statut: StatutReponse;
  /** Only for the first answer that is not right: a common mistake's hint, the question's hint, or why the text is not a number. */
  indice?: string;
}

export interface Verification {
  reponses: ReponseVerifiee[];
  justes: number;
  /** Wrong or unreadable. */
  aRevoir: number;
  vides: number;
  /** The first answer to look at again, in the order of the computation, or null. */
  premiere: CleEtape | null;
}

const auCentime = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * A trainee's answers checked against the core's figures, to the cent (to
 * the hundredth of an hour for hours): « 8 100 », « 8 100,00 € » and
 * « 8100 » are the same answer. An empty answer is skipped, not wrong: a
 * trainer may ask one figure at a time.
 *
 * Only the first answer that is not right gets a hint: the later figures
 * usually follow from it, and one thing to look at is what a trainee can use.
 * When it is a mistake the case foresaw (a « piège »), the hint says that
 * mistake.
 */
export function verifierReponses(resolu: CasResolu, saisies: Partial<Record<CleEtape, string>>): Verification {
  let premiere: CleEtape | null = null;
  const compte = { justes: 0, aRevoir: 0, vides: 0 };
  const reponses = resolu.cas.questions.map((q): ReponseVerifiee => {
    const texte = (saisies[q.etape] ?? "").trim();
    if (texte === "") {
      compte.vides++;
      return { etape: q.etape, statut: "vide" };
    }
    const lu = lireNombreFrancais(texte);
    const attendu = resolu.detail.etapes.find((e) => e.cle === q.etape)?.valeur;
    if (!attendu) throw new Error(`Cas « ${resolu.cas.id} » : l'étape ${q.etape} n'a pas de valeur`);
    // A number with « % » is not read as one: every answer asked is in hours or euros.
    const valeur = typeof lu === "string" || lu.pourcentage ? null : auCentime(lu.valeur);
    if (valeur?.eq(auCentime(attendu))) {
      compte.justes++;
      return { etape: q.etape, statut: "juste" };
    }
    compte.aRevoir++;
    const statut = valeur === null ? "illisible" : "fausse";
    if (premiere !== null) return { etape: q.etape, statut };
    premiere = q.etape;
    if (typeof lu === "string") return { etape: q.etape, statut, indice: `${lu.charAt(0).toUpperCase()}${lu.slice(1)}.` };
    if (valeur === null) return { etape: q.etape, statut, indice: "Écrivez le nombre sans « % »." };
    const piege = q.pieges?.find((p) => auCentime(lireValeur(p.valeur)).eq(valeur));
    return { etape: q.etape, statut, indice: piege?.indice ?? q.indice };
  });
  return { reponses, premiere, ...compte };
}

/** A trap's value, written in the case file the French way. */
function lireValeur(texte: string): Decimal {
  const lu = lireNombreFrancais(texte);
  if (typeof lu === "string") throw new Error(`Piège « ${texte} » : ${lu}`);
  return lu.valeur;
}
