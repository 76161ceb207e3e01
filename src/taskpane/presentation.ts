/** How the core's values are written in the pane (fr-FR). */
import { dateFrancaise, type Etape, formaterSelonUnite, GROUPES_ETAPES, grouperEtapes, lireDateFrancaise } from "../../core";

export const formaterEtape = (e: Etape) => formaterSelonUnite(e.valeur, e.unite);

/** The steps a reader looks for first. */
export const ETAPES_CLES = new Set(["heuresFonctionnement", "subventionLaep", "bonusTerritoireCtg", "resteAFinancer"]);

export { GROUPES_ETAPES, grouperEtapes };
export { dateFrancaise };

/**
 * « 26/11/2026 » (or the ISO « 2026-11-26 ») as an ISO date; null when
 * empty, undefined when it is not a real date (31/02 included).
 */
export function dateIso(texte: string): string | null | undefined {
  const t = texte.trim();
  if (t === "") return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const lu = lireDateFrancaise(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : t);
  return lu && "date" in lu ? lu.date : undefined;
}
