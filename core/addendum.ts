/**
 * The text the rules apply. Each rule file in `core/regles/` exports, right
 * above its code, the sentence(s) of this text it implements (`TEXTE`), so that
 * the task pane and LAEP.DETAIL show the very sentence the code applies.
 */
export const ADDENDUM = {
  titre: "Addendum « Modalités de calcul de la subvention LAEP » — Subvention LAEP « Bonus territoire CTG »",
  date: "février 2025",
  identifiant: "092-219200466-20251219-DEL2025_173-DE",
  /** Where the yearly figures (taux, prix plafond, barème nouvelle heure) are published. */
  baremes:
    "Le pourcentage de financement de la subvention LAEP, et le montant du bonus territoire CTG (offre nouvelle) le cas échéant sont accessibles sur le site Caf.fr dans le cadre de la communication des barèmes annuels.",
} as const;
