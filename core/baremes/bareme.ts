/**
 * A year's barème (the figures the Cnaf publishes on caf.fr), with where it
 * comes from and when it was last checked, in the manner of OpenFisca's dated
 * parameters. The add-in ships no published figure: barèmes are typed by the
 * user and kept in the workbook (or the browser), except the fictitious
 * training barème of `demonstration.ts`.
 */
import * as z from "zod/mini";
import { type Decimal, Exact } from "../money";
import { CHAMPS, type Champ } from "../schemas/champs";
import { lireChamp } from "../schemas/lireChamp";
import type { Convention } from "../saisie/lireNombreFrancais";
import { lireSaisie } from "../saisie/lireSaisie";

export interface Bareme {
  /** Year (« 2025 ») or short code (« DEMO »); names the barème in the workbook. */
  code: string;
  libelle: string;
  taux: Decimal;
  prixPlafond: Decimal;
  baremeNouvelleHeure: Decimal;
  /** The forfait of the existing offer depends on the territory: optional. */
  forfaitExistant: Decimal | null;
  /** Where the figures come from (text of the publication). Shown as text, never as HTML. */
  source: string;
  /** Optional http(s) link to the publication. */
  lien: string | null;
  /** ISO date (YYYY-MM-DD) the figures were last checked against their source. */
  verifieLe: string | null;
  /** True for a barème that is not a published one (training). */
  fictif: boolean;
}

/** Stored form (workbook row, browser storage, JSON): numbers as numbers or exact decimal strings. */
const nombre = z.union([z.number(), z.string()]);
const SchemaBaremeStocke = z.object({
  code: z.string().check(z.regex(/^[A-Z0-9]{1,12}$/, "le code doit être une année ou un code court en majuscules (ex. 2025, DEMO)")),
  libelle: z.string().check(z.minLength(1, "le libellé est vide"), z.maxLength(120, "le libellé dépasse 120 caractères")),
  taux: nombre,
  prixPlafond: nombre,
  baremeNouvelleHeure: nombre,
  forfaitExistant: z.optional(z.nullable(nombre)),
  source: z.string().check(z.minLength(1, "la source est obligatoire : d'où viennent ces chiffres ?"), z.maxLength(2000, "la source dépasse 2 000 caractères")),
  lien: z.optional(z.nullable(z.string().check(z.regex(/^https?:\/\/\S+$/i, "le lien doit commencer par http:// ou https://")))),
  verifieLe: z.optional(z.nullable(z.iso.date("la date de vérification doit s'écrire AAAA-MM-JJ"))),
  fictif: z.optional(z.boolean()),
});
export type BaremeStocke = z.infer<typeof SchemaBaremeStocke>;

const CHAMPS_BAREME: ["taux" | "prixPlafond" | "baremeNouvelleHeure" | "forfaitExistant", Champ][] = [
  ["taux", CHAMPS.taux],
  ["prixPlafond", CHAMPS.prixPlafond],
  ["baremeNouvelleHeure", CHAMPS.baremeNouvelleHeure],
  ["forfaitExistant", CHAMPS.forfaitExistant],
];

/**
 * Reads a stored barème, or says in French everything that is wrong with it.
 * Numbers may be numbers (a workbook cell: a taux formatted in % holds 0,6)
 * or text: decimal strings as `stockerBareme` writes them (« 20.295 »,
 * convention « internationale », the default), or what a user typed in a
 * text cell of the barème sheet (« francaise »: « 20,295 », « 60 % »).
 */
export function lireBareme(brut: unknown, convention: Convention = "internationale"): { bareme: Bareme } | { erreurs: string[] } {
  const lu = SchemaBaremeStocke.safeParse(brut);
  if (!lu.success) return { erreurs: lu.error.issues.map((i) => `${i.path.join(".") || "barème"} : ${i.message}`) };
  const b = lu.data;
  const erreurs: string[] = [];
  const valeurs: Partial<Record<string, Decimal | null>> = {};
  for (const [cle, champ] of CHAMPS_BAREME) {
    const v = b[cle];
    if (v === null || v === undefined || v === "") {
      if (cle !== "forfaitExistant") erreurs.push(`${champ.libelle} : la valeur est vide`);
      valeurs[cle] = null;
      continue;
    }
    const lu = typeof v === "number" ? lireChamp(v, champ) : lireSaisie(v, champ, convention);
    const decimal = lu instanceof Exact ? lu.enDecimal() : lu;
    if ("champ" in decimal) erreurs.push(`${champ.libelle} : ${decimal.probleme} ; attendu ${decimal.attendu}`);
    else valeurs[cle] = decimal;
  }
  if (erreurs.length > 0) return { erreurs };
  return {
    bareme: {
      code: b.code,
      libelle: b.libelle,
      taux: valeurs.taux!,
      prixPlafond: valeurs.prixPlafond!,
      baremeNouvelleHeure: valeurs.baremeNouvelleHeure!,
      forfaitExistant: valeurs.forfaitExistant ?? null,
      source: b.source,
      lien: b.lien ?? null,
      verifieLe: b.verifieLe ?? null,
      fictif: b.fictif ?? false,
    },
  };
}

/** The stored form of a barème: decimals as exact strings, so nothing goes through a float. */
export function stockerBareme(b: Bareme): BaremeStocke {
  return {
    code: b.code,
    libelle: b.libelle,
    taux: b.taux.toString(),
    prixPlafond: b.prixPlafond.toString(),
    baremeNouvelleHeure: b.baremeNouvelleHeure.toString(),
    forfaitExistant: b.forfaitExistant?.toString() ?? null,
    source: b.source,
    lien: b.lien,
    verifieLe: b.verifieLe,
    fictif: b.fictif,
  };
}
