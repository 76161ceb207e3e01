/**
 * The columns of a portfolio file: found by name, whatever the case and the
 * accents (« Heures d'ouverture », « HEURES_OUVERTURE », « heures ouverture »).
 */
import { CHAMPS_FINANCEMENT, citer } from "../../core";
import { lettresColonne } from "../../core/format/lettresColonne";
import { ErreurCli } from "../erreurs";

export type CleEntree = keyof typeof CHAMPS_FINANCEMENT;

const OBLIGATOIRES: CleEntree[] = ["heuresOuverture", "heuresOrganisation", "charges", "taux", "prixPlafond"];

/** Columns added to every row, in this order. */
export const COLONNES_RESULTATS = ["heures_fonctionnement", "subvention", "bonus_ctg", "ecretement", "total_fonds_nationaux", "reste_a_financer", "erreur"] as const;

/** « Heures d'ouverture » → « heures_d_ouverture » ; « Barème » → « bareme ». */
export function normaliser(nom: string): string {
  return nom
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Accepted spellings: the argument name, with or without « d' »/« de ». */
function variantes(argument: string): string[] {
  return [argument, argument.replace(/^heures_/, "heures_d_"), argument.replace(/^prix_/, "prix_de_")];
}

/**
 * Index of each input column in the header. Missing optional columns count as
 * 0 (no bonus, no other national funds); a missing required column stops the
 * whole file with the list of what was found.
 */
export function reperer(entete: string[]): Partial<Record<CleEntree, number>> {
  const normalises = entete.map(normaliser);
  const index: Partial<Record<CleEntree, number>> = {};
  const doublons: string[] = [];
  for (const [cle, champ] of Object.entries(CHAMPS_FINANCEMENT) as [CleEntree, { argument: string }][]) {
    const trouvees = normalises.flatMap((n, i) => (variantes(champ.argument).includes(n) ? [i] : []));
    if (trouvees.length > 1) doublons.push(`${trouvees.map((i) => `« ${citer(entete[i])} » (colonne ${lettresColonne(i)})`).join(" et ")} désignent toutes ${champ.argument}`);
    if (trouvees.length > 0) index[cle] = trouvees[0];
  }
  // Two columns for one input: which one holds the right figure cannot be guessed.
  if (doublons.length > 0) throw new ErreurCli(`${doublons.join(" ; ")}. Gardez une seule de ces colonnes, ou renommez l'autre.`);
  const manquantes = OBLIGATOIRES.filter((c) => index[c] === undefined).map((c) => CHAMPS_FINANCEMENT[c].argument);
  if (manquantes.length > 0) {
    const trouvees = entete.filter((e) => e.trim() !== "").slice(0, 12);
    throw new ErreurCli(
      `Colonne${manquantes.length > 1 ? "s" : ""} manquante${manquantes.length > 1 ? "s" : ""} : ${manquantes.join(", ")}. ` +
        `La première ligne doit nommer les colonnes (${OBLIGATOIRES.map((c) => CHAMPS_FINANCEMENT[c].argument).join(", ")}, et au besoin heures_existantes, forfait_existant, bareme_nouvelle_heure, autres_fonds_nationaux). ` +
        (trouvees.length > 0 ? `Colonnes trouvées : ${trouvees.join(", ")}.` : "Aucune colonne trouvée."),
    );
  }
  const deja = entete.map(normaliser).filter((n) => (COLONNES_RESULTATS as readonly string[]).includes(n));
  if (deja.length > 0) throw new ErreurCli(`Le fichier contient déjà des colonnes de résultat (${deja.join(", ")}) : donnez le fichier d'origine, sans elles.`);
  return index;
}
