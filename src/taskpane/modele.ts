/**
 * The simulator's model, without DOM: the form's texts in, the core's figures
 * out. No rule here: every figure comes from core/.
 */
import {
  type Bareme,
  calculerDetail,
  CHAMPS,
  type CleChamp,
  Decimal,
  type Detail,
  ErreurSaisie,
  formaterTaux,
  lireSaisie,
  messageSansNom,
  quotientArrondiAuCentime,
} from "../../core";

export type CleSaisie = Extract<
  CleChamp,
  "heuresOuverture" | "heuresOrganisation" | "charges" | "taux" | "prixPlafond" | "heuresExistantes" | "forfaitExistant" | "baremeNouvelleHeure" | "autresFondsNationaux"
>;

export interface ChampFormulaire {
  cle: CleSaisie;
  libelle: string;
  unite: string;
  /** Empty means 0 (the bonus inputs, as in LAEP.DETAIL). */
  facultatif: boolean;
  /** Filled from the chosen barème. */
  duBareme: boolean;
  /** Hint under the field. */
  aide: string;
}

const champ = (cle: CleSaisie, unite: string, facultatif = false, duBareme = false, aide = `en ${unite}${facultatif ? " — vide = 0" : ""}`): ChampFormulaire => ({
  cle,
  libelle: CHAMPS[cle].libelle,
  unite,
  facultatif,
  duBareme,
  aide,
});

export const CHAMPS_FORMULAIRE: readonly ChampFormulaire[] = [
  champ("heuresOuverture", "h"),
  champ("heuresOrganisation", "h"),
  champ("charges", "€"),
  champ("taux", "%", false, true, "60 %, 60 ou 0,6 : le même taux"),
  champ("prixPlafond", "€/h", false, true),
  champ("heuresExistantes", "h", true),
  champ("forfaitExistant", "€/h", true, true),
  champ("baremeNouvelleHeure", "€/h", true, true),
  champ("autresFondsNationaux", "€", true),
];

export type Saisies = Record<CleSaisie, string>;
export type Valeurs = Record<CleSaisie, Decimal>;

export interface Analyse {
  /** French message per field in error, to show next to it. */
  problemes: Partial<Record<CleSaisie, string>>;
  /** Present only when every field is usable: no figure from a bad input. */
  valeurs?: Valeurs;
  detail?: Detail;
}

/** Reads the form and computes, or says what is wrong with each field. */
export function analyser(saisies: Saisies): Analyse {
  const problemes: Partial<Record<CleSaisie, string>> = {};
  const valeurs: Partial<Valeurs> = {};
  for (const c of CHAMPS_FORMULAIRE) {
    const texte = saisies[c.cle] ?? "";
    if (c.facultatif && texte.trim() === "") {
      valeurs[c.cle] = new Decimal(0);
      continue;
    }
    const lu = lireSaisie(texte, CHAMPS[c.cle]);
    if (lu instanceof Decimal) valeurs[c.cle] = lu;
    else problemes[c.cle] = messageSansNom(lu);
  }
  if (Object.keys(problemes).length > 0) return { problemes };
  try {
    return { problemes, valeurs: valeurs as Valeurs, detail: calculerDetail(valeurs) };
  } catch (erreur) {
    if (erreur instanceof ErreurSaisie) {
      for (const p of erreur.problemes) problemes[p.champ.cle as CleSaisie] = messageSansNom(p);
      return { problemes };
    }
    throw erreur;
  }
}

/**
 * How a typed taux was read (« lu : 60 % »), shown next to the field: « 60 »,
 * « 60 % » and « 0,6 » are the same taux, and the user sees which one she
 * got. Null when the field is empty or wrong (its error says why).
 */
export function lectureTaux(texte: string): string | null {
  if (texte.trim() === "") return null;
  const lu = lireSaisie(texte, CHAMPS.taux);
  return lu instanceof Decimal ? `lu : ${formaterTaux(lu)}` : null;
}

/** The form's texts for a barème's values (the rate with its « % », never ambiguous). */
export function saisiesDuBareme(b: Bareme): Partial<Saisies> {
  const texte = (d: Decimal) => d.toString().replace(".", ",");
  return {
    taux: `${texte(b.taux.times(100))} %`,
    prixPlafond: texte(b.prixPlafond),
    baremeNouvelleHeure: texte(b.baremeNouvelleHeure),
    ...(b.forfaitExistant === null ? {} : { forfaitExistant: texte(b.forfaitExistant) }),
  };
}

/** The barème whose values are the ones in the form, if any (the insert then refers to its names). */
export function baremeCorrespondant(valeurs: Valeurs, baremes: readonly Bareme[]): Bareme | null {
  return (
    baremes.find(
      (b) =>
        b.taux.eq(valeurs.taux) &&
        b.prixPlafond.eq(valeurs.prixPlafond) &&
        b.baremeNouvelleHeure.eq(valeurs.baremeNouvelleHeure) &&
        (b.forfaitExistant === null || b.forfaitExistant.eq(valeurs.forfaitExistant)),
    ) ?? null
  );
}

/** What the « Et si… » view can vary. */
export const VARIABLES_ET_SI: readonly CleSaisie[] = ["heuresOuverture", "heuresOrganisation", "charges", "prixPlafond", "taux", "heuresExistantes", "autresFondsNationaux"];

export interface PointEtSi {
  x: Decimal;
  detail: Detail;
}

/**
 * The computation repeated with one input varying from `de` to `a` in
 * `points` evenly spaced steps (each step rounded to the cent, as a user would
 * type it). Returns the points, or a French message.
 */
export function serieEtSi(valeurs: Valeurs, variable: CleSaisie, de: string, a: string, points: string): PointEtSi[] | string {
  const c = CHAMPS_FORMULAIRE.find((f) => f.cle === variable)!;
  const debut = lireSaisie(de, CHAMPS[variable]);
  const fin = lireSaisie(a, CHAMPS[variable]);
  if (!(debut instanceof Decimal)) return `« De » : ${messageSansNom(debut)}`;
  if (!(fin instanceof Decimal)) return `« À » : ${messageSansNom(fin)}`;
  const n = Number(points.trim());
  if (!Number.isInteger(n) || n < 2 || n > 101) return "« Nombre de points » : attendu un nombre entier de 2 à 101.";
  if (fin.lte(debut)) return `« À » doit dépasser « De » pour ${c.libelle.toLowerCase()}.`;
  const ecart = fin.minus(debut);
  const serie: PointEtSi[] = [];
  for (let i = 0; i < n; i++) {
    const pas = variable === "taux" ? ecart.times(i).div(n - 1).toDecimalPlaces(6, Decimal.ROUND_HALF_UP) : quotientArrondiAuCentime(ecart.times(i), new Decimal(n - 1));
    const x = debut.plus(pas);
    serie.push({ x, detail: calculerDetail({ ...valeurs, [variable]: x }) });
  }
  return serie;
}

/** Default range of the « Et si… » view: from half to one and a half times the current value. */
export function bornesParDefaut(valeurs: Valeurs, variable: CleSaisie): { de: Decimal; a: Decimal } {
  const v = valeurs[variable];
  if (variable === "taux") return { de: new Decimal(0), a: new Decimal(1) };
  if (v.isZero()) return { de: new Decimal(0), a: new Decimal(variable.startsWith("heures") ? 1000 : 10000) };
  return { de: v.times(0.5).toDecimalPlaces(2), a: v.times(1.5).toDecimalPlaces(2) };
}
