/**
 * Shared cases for the functions' tests (source and shipped bundle): valid
 * arguments per function, and the bad values every argument must refuse.
 * Barème figures are fictitious.
 */
export const ARGUMENTS_VALIDES: Record<string, unknown[]> = {
  HEURES: [400, 300],
  SUBVENTION: [400, 300, 12000, 0.6, 30],
  BONUSCTG: [400, 300, 12000, 7200, 500, 5, 10, 0],
  ECRETEMENT: [400, 300, 12000, 7200, 500, 5, 10, 0],
  FORFAITCTG: [150000, 40000],
  DETAIL: [400, 300, 12000, 0.6, 30, 500, 5, 10, 0],
};

/** Bad values refused by every argument, with a word the message must contain. */
export const VALEURS_INVALIDES: [string, unknown, RegExp][] = [
  ["texte", "douze", /« douze » est du texte/],
  ["chaîne vide", "", /vide/],
  ["VRAI", true, /VRAI est une valeur logique/],
  ["FAUX", false, /FAUX est une valeur logique/],
  ["NaN", NaN, /NaN/],
  ["+infini", Infinity, /infinie/],
  ["-infini", -Infinity, /infinie/],
  ["négatif", -1, /-1 est négatif/],
  ["plage", [[1, 2]], /plage/],
];

/** Bad values refused only by some arguments. */
export const VALEURS_INVALIDES_PARTICULIERES: { argument: string; valeur: unknown; motif: RegExp }[] = [
  { argument: "taux", valeur: 1.5, motif: /1,5 dépasse 1/ },
  { argument: "taux", valeur: 60, motif: /60 dépasse 1.*60 % s'écrit 0,6/ },
  { argument: "heures_totales_n1", valeur: 0, motif: /0 n'est pas accepté/ },
];
