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

/** Where a figure comes from: the form groups its questions this way. */
export type Groupe = "laep" | "bareme" | "territoire";

export const GROUPES: readonly { cle: Groupe; titre: string; intro: string }[] = [
  { cle: "laep", titre: "Le LAEP", intro: "Ses heures et ses charges de l'année." },
  { cle: "bareme", titre: "Le barème de la Cnaf", intro: "Publié chaque année sur caf.fr." },
  { cle: "territoire", titre: "Le territoire (bonus CTG)", intro: "L'offre existante l'année précédente et les autres fonds nationaux." },
];

export interface ChampFormulaire {
  cle: CleSaisie;
  libelle: string;
  unite: string;
  groupe: Groupe;
  /** Empty means 0 (the bonus inputs, as in LAEP.DETAIL). */
  facultatif: boolean;
  /** Filled from the chosen barème. */
  duBareme: boolean;
  /** Hint under the field, in plain words. */
  aide: string;
}

const champ = (cle: CleSaisie, unite: string, groupe: Groupe, aide: string, facultatif = false, duBareme = false): ChampFormulaire => ({
  cle,
  libelle: CHAMPS[cle].libelle,
  unite,
  groupe,
  facultatif,
  duBareme,
  aide,
});

export const CHAMPS_FORMULAIRE: readonly ChampFormulaire[] = [
  champ("heuresOuverture", "h", "laep", "Heures d'accueil des enfants et des parents sur l'année."),
  champ("heuresOrganisation", "h", "laep", "Préparation, déplacements, analyse de la pratique, réunions : comptées jusqu'à la moitié des heures d'ouverture."),
  champ("charges", "€", "laep", "Toutes les charges de fonctionnement de l'année, en euros."),
  champ("taux", "%", "bareme", "60 %, 60 ou 0,6 : le même taux.", false, true),
  champ("prixPlafond", "€/h", "bareme", "En euros par heure de fonctionnement.", false, true),
  champ("baremeNouvelleHeure", "€/h", "bareme", "En euros, pour chaque heure au-delà de l'offre existante. Vide = 0.", true, true),
  champ("heuresExistantes", "h", "territoire", "Heures de fonctionnement de ce LAEP l'année précédente. Vide = 0 (nouveau LAEP).", true),
  champ("forfaitExistant", "€/h", "territoire", "Bonus CTG de l'année précédente sur le territoire ÷ ses heures (LAEP.FORFAITCTG). Vide = 0.", true, true),
  champ("autresFondsNationaux", "€", "territoire", "Autres subventions de fonctionnement sur fonds nationaux. Vide = 0.", true),
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
 * got. A taux under 1 % typed with « % » is read as typed, but said twice:
 * « 0,5 % » is far more often a « 0,5 » (50 %) with a stray sign than a real
 * taux. Null when the field is empty or wrong (its error says why).
 */
export function lectureTaux(texte: string): string | null {
  if (texte.trim() === "") return null;
  const lu = lireSaisie(texte, CHAMPS.taux);
  if (!(lu instanceof Decimal)) return null;
  const minuscule = texte.includes("%") && lu.gt(0) && lu.lt("0.01");
  if (!minuscule) return `lu : ${formaterTaux(lu)}`;
  const voulu = lu.times(100);
  return `lu : ${formaterTaux(lu)} (moins de 1 %). Pour ${formaterTaux(voulu)}, écrivez ${formaterTaux(voulu)} ou ${voulu.toString().replace(".", ",")}.`;
}

/** The text of a taux in a form: with its « % », so that 0,5 % never reads back as 50 %. */
export const texteTaux = (taux: Decimal) => `${taux.times(100).toString().replace(".", ",")} %`;

/** A decimal as a French user types it (« 4,5 »), never in exponent notation. */
const texte = (d: Decimal) => d.toFixed().replace(".", ",");

/** The form's texts for a barème's values (the rate with its « % », never ambiguous). */
export function saisiesDuBareme(b: Bareme): Partial<Saisies> {
  return {
    taux: texteTaux(b.taux),
    prixPlafond: texte(b.prixPlafond),
    baremeNouvelleHeure: texte(b.baremeNouvelleHeure),
    ...(b.forfaitExistant === null ? {} : { forfaitExistant: texte(b.forfaitExistant) }),
  };
}

/** The form's texts for figures computed elsewhere (a training case): as a user would type them. */
export function saisiesDesValeurs(valeurs: Valeurs): Saisies {
  return Object.fromEntries(CHAMPS_FORMULAIRE.map((c) => [c.cle, c.cle === "taux" ? texteTaux(valeurs.taux) : texte(valeurs[c.cle])])) as Saisies;
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
export const VARIABLES_ET_SI: readonly CleSaisie[] = CHAMPS_FORMULAIRE.map((c) => c.cle);

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
    serie.push({ x, detail: calculerDetail({ ...valeurs, [variable]: x }, { operations: false }) });
  }
  return serie;
}

/** Default range of the « Et si… » view: from half to one and a half times the current value. */
export function bornesParDefaut(valeurs: Valeurs, variable: CleSaisie): { de: Decimal; a: Decimal } {
  const v = valeurs[variable];
  if (variable === "taux") return { de: new Decimal(0), a: new Decimal(1) };
  if (v.isZero()) return { de: new Decimal(0), a: new Decimal(variable.startsWith("heures") ? 1000 : CHAMPS[variable].nature === "eurosParHeure" ? 50 : 10000) };
  return { de: v.times(0.5).toDecimalPlaces(2), a: v.times(1.5).toDecimalPlaces(2) };
}
