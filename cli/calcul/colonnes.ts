/**
 * The columns of a portfolio file: found by name, whatever the case and the
 * accents (« Heures d'ouverture », « HEURES_OUVERTURE », « heures ouverture »).
 */
import { CHAMPS, CHAMPS_FINANCEMENT, citer } from "../../core/noyau";
import { FORMES_TERRITOIRE, formesDuNom, normaliserNom } from "../../core/schemas/nomsColonnes";
import { lettresColonne } from "../../core/format/lettresColonne";
import { ErreurCli } from "../erreurs";

export type CleEntree = keyof typeof CHAMPS_FINANCEMENT;

const OBLIGATOIRES: CleEntree[] = ["heuresOuverture", "heuresOrganisation", "charges", "taux", "prixPlafond"];

/** Columns added to every row, in this order. */
export const COLONNES_RESULTATS = ["heures_fonctionnement", "subvention", "bonus_ctg", "ecretement", "total_fonds_nationaux", "reste_a_financer", "erreur"] as const;

/**
 * In a campaign (N-1 columns given), the figures the row was computed with
 * come first, and a note last. « retenu » because the file may hold its own
 * forfait_existant / heures_existantes columns, which win on their row.
 */
export const COLONNES_RESULTATS_CAMPAGNE = ["forfait_existant_retenu", "heures_existantes_retenues", ...COLONNES_RESULTATS, "note_campagne"] as const;

/** Where a campaign's columns are: the territory, and each LAEP's N-1 figures. */
export interface ColonnesCampagne {
  territoire: number;
  /** Absent: no forfait to derive, the file only groups its LAEP by territory. */
  n1: { heures: number; bonus: number } | null;
}

export const normaliser = normaliserNom;

function trouver(normalises: string[], argument: string): number[] {
  const formes = formesDuNom(argument);
  return normalises.flatMap((n, i) => (formes.includes(n) ? [i] : []));
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
    const trouvees = trouver(normalises, champ.argument);
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
  const deja = normalises.filter((n) => (COLONNES_RESULTATS_CAMPAGNE as readonly string[]).includes(n));
  if (deja.length > 0) throw new ErreurCli(`Le fichier contient déjà des colonnes de résultat (${deja.join(", ")}) : donnez le fichier d'origine, sans elles.`);
  return index;
}

/**
 * The campaign's columns, or null when the file has no territory column.
 * The N-1 columns go together and need the territory: the forfait is the
 * quotient of two sums over a territory.
 */
export function repererCampagne(entete: string[]): ColonnesCampagne | null {
  const normalises = entete.map(normaliser);
  const colonne = (formes: string[], nom: string): number | undefined => {
    const trouvees = normalises.flatMap((n, i) => (formes.includes(n) ? [i] : []));
    if (trouvees.length > 1) throw new ErreurCli(`${trouvees.map((i) => `« ${citer(entete[i])} » (colonne ${lettresColonne(i)})`).join(" et ")} désignent toutes ${nom}. Gardez une seule de ces colonnes, ou renommez l'autre.`);
    return trouvees[0];
  };
  const territoire = colonne(FORMES_TERRITOIRE, "territoire");
  const heures = colonne(formesDuNom(CHAMPS.heuresFonctionnementN1.argument), CHAMPS.heuresFonctionnementN1.argument);
  const bonus = colonne(formesDuNom(CHAMPS.bonusCtgN1.argument), CHAMPS.bonusCtgN1.argument);
  if (heures === undefined && bonus === undefined) return territoire === undefined ? null : { territoire, n1: null };
  const manquantes = [territoire === undefined && "territoire", heures === undefined && CHAMPS.heuresFonctionnementN1.argument, bonus === undefined && CHAMPS.bonusCtgN1.argument].filter(Boolean);
  if (manquantes.length > 0) {
    throw new ErreurCli(
      `Colonne${manquantes.length > 1 ? "s" : ""} manquante${manquantes.length > 1 ? "s" : ""} : ${manquantes.join(", ")}. ` +
        "Pour dériver le forfait de l'offre existante de chaque territoire, il faut les trois colonnes territoire, heures_fonctionnement_n1 et bonus_ctg_n1 (ou aucune des deux colonnes N-1, et forfait_existant sur chaque ligne).",
    );
  }
  return { territoire: territoire!, n1: { heures: heures!, bonus: bonus! } };
}
