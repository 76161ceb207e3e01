/**
 * Column names of a portfolio, recognised the same way by the command line
 * and by « Compléter un tableau » in Excel: whatever the case and the accents
 * (« Heures d'ouverture », « HEURES_OUVERTURE », « heures ouverture »).
 */

/** « Heures d'ouverture » → « heures_d_ouverture » ; « Barème » → « bareme ». */
export function normaliserNom(nom: string): string {
  return nom
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Accepted spellings of an argument name, normalised: with or without « d' »/« de »; « N-1 » written n1 or n_1. */
export function formesDuNom(argument: string): string[] {
  const formes = [argument, argument.replace(/^heures_/, "heures_d_"), argument.replace(/^heures_/, "heures_de_"), argument.replace(/^prix_/, "prix_de_")];
  return argument.endsWith("_n1") ? [...formes, ...formes.map((f) => f.replace(/_n1$/, "_n_1"))] : formes;
}

/** The territory column of a campaign. */
export const FORMES_TERRITOIRE = ["territoire", "territoire_ctg"];

/** Indexes of the header cells that name `formes`. */
export function colonnesNommees(entete: readonly string[], formes: readonly string[]): number[] {
  return entete.flatMap((n, i) => (formes.includes(normaliserNom(n)) ? [i] : []));
}
