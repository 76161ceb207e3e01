import type { CleEtape, Etape } from "./detail";

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
