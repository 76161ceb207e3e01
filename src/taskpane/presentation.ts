/** How the core's values are written in the pane (fr-FR). */
import { type CleEtape, type Decimal, type Etape, lireDateFrancaise, formaterEuros, formaterEurosParHeure, formaterHeures, formaterTaux, type Unite } from "../../core";

export function formaterValeur(valeur: Decimal | null, unite: Unite): string {
  if (valeur === null) return "sans objet";
  switch (unite) {
    case "heures":
      return formaterHeures(valeur);
    case "euros":
      return formaterEuros(valeur);
    case "eurosParHeure":
      return formaterEurosParHeure(valeur);
    case "taux":
      return formaterTaux(valeur);
  }
}

export const formaterEtape = (e: Etape) => formaterValeur(e.valeur, e.unite);

/** The steps a reader looks for first. */
export const ETAPES_CLES = new Set(["heuresFonctionnement", "subventionLaep", "bonusTerritoireCtg", "resteAFinancer"]);

/**
 * The steps of the detail in the groups a reader follows, each ending at the
 * figure it leads to; each group has one « Comment ? » disclosure.
 */
export const GROUPES_ETAPES: readonly { cle: string; titre: string; derniere: CleEtape }[] = [
  { cle: "heures", titre: "Heures de fonctionnement", derniere: "heuresFonctionnement" },
  { cle: "subvention", titre: "Subvention LAEP", derniere: "subventionLaep" },
  { cle: "bonus", titre: "Bonus territoire CTG avant plafond", derniere: "bonusAvantPlafonnement" },
  { cle: "plafond", titre: "Plafond de 80 % et reste à financer", derniere: "resteAFinancer" },
];

/** The steps cut into GROUPES_ETAPES, in order. */
export function grouperEtapes(etapes: readonly Etape[]): { cle: string; titre: string; etapes: Etape[] }[] {
  let debut = 0;
  return GROUPES_ETAPES.map((g) => {
    const fin = etapes.findIndex((e) => e.cle === g.derniere) + 1;
    const groupe = { cle: g.cle, titre: g.titre, etapes: etapes.slice(debut, fin) };
    debut = fin;
    return groupe;
  });
}

/** An ISO date (AAAA-MM-JJ) as a French reader writes it: jj/mm/aaaa, whatever the browser's language. */
export function dateFrancaise(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

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
