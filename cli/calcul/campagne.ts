/**
 * A Caf's yearly campaign: every LAEP of each CTG territory, the forfait of
 * each territory's existing offer derived from its LAEP's N-1 figures.
 *
 * Two passes over the file: the first adds up each territory's N-1 hours and
 * bonus (nothing else is kept: memory grows with the number of territories,
 * not of rows); the second computes each row with its territory's forfait,
 * and adds up the results per territory for the summary.
 */
import { ErreurSaisie, Exact, forfaitDuTerritoire, formaterNombre, type ProblemeChamp } from "../../core/noyau";
import type { ColonnesCampagne } from "./colonnes";
import { type Cellule, calculerLigne, type Convention, lireCellule, type Resultat } from "./ligne";
import type { CleEntree } from "./colonnes";
import { ErreurCli } from "../erreurs";

/** Some row numbers: how many, and the first few to quote. */
export class Lignes {
  nombre = 0;
  premieres: number[] = [];
  ajouter(numero: number) {
    this.nombre++;
    if (this.premieres.length < 5) this.premieres.push(numero);
  }
  /** « la ligne 5 », « les lignes 5, 9 et 3 autres ». */
  texte(): string {
    const autres = this.nombre - this.premieres.length;
    if (this.nombre === 1) return `la ligne ${this.premieres[0]}`;
    const liste = this.premieres.join(", ");
    return `les lignes ${autres > 0 ? `${liste} et ${autres} autre${autres > 1 ? "s" : ""}` : liste.replace(/, (\d+)$/, " et $1")}`;
  }
}

export class Territoire {
  /** N-1 sums, over the rows that hold N-1 figures (first pass). */
  lignesN1 = 0;
  heuresN1 = Exact.ZERO;
  bonusN1 = Exact.ZERO;
  illisibles = new Lignes();
  /** The same sums, added up again by the second pass: the two readings of the file must agree. */
  controle = { lignes: 0, heures: Exact.ZERO, bonus: Exact.ZERO, illisibles: 0 };
  /** Second pass. */
  calcules = 0;
  enErreur = new Lignes();
  fermes = new Lignes();
  forfaitsSaisis = new Lignes();
  heuresSaisies = new Lignes();
  nouveaux = new Lignes();
  subvention = Exact.ZERO;
  bonus = Exact.ZERO;
  ecretement = Exact.ZERO;
  reste = Exact.ZERO;
  constructor(readonly nom: string) {}

  private forfait_: Exact | { erreur: string } | null = null;

  /** The forfait its rows get, or why there is none; computed once, after the first pass. */
  forfait(): Exact | { erreur: string } {
    return (this.forfait_ ??= this.calculerForfait());
  }

  private calculerForfait(): Exact | { erreur: string } {
    if (this.illisibles.nombre > 0) {
      return { erreur: `le forfait du territoire « ${this.nom} » ne peut pas être calculé : ${this.illisibles.texte()} ${this.illisibles.nombre > 1 ? "ont" : "a"} un chiffre N-1 illisible (voir ${this.illisibles.nombre > 1 ? "ces lignes" : "cette ligne"}) ; corrigez-${this.illisibles.nombre > 1 ? "les" : "la"}, ou saisissez forfait_existant sur la ligne` };
    }
    return forfaitDuTerritoire(this.bonusN1, this.heuresN1);
  }
}

const vide = (c: Cellule) => c === null || c === undefined || (typeof c === "string" && c.trim() === "");

/** What a row of a campaign gives: a result, an error, or nothing for year N (a LAEP closed in N). */
export type ResultatCampagne =
  | { resultat: Resultat; note: string }
  | { erreur: string; note: string }
  | { ferme: true; note: string };

/** A row's N-1 figures as read: a number, null when empty, or what is wrong. */
export interface ChiffresN1 {
  vides: boolean;
  h: Exact | null | ProblemeChamp;
  b: Exact | null | ProblemeChamp;
}

export const NOTE_FERME = "pas de chiffres de l'année N (LAEP fermé ?) : compté dans les totaux N-1 de son territoire, sans résultat pour l'année N";

export class Campagne {
  private territoires = new Map<string, Territoire>();
  /** The territory of each spelling met (« Nord », « NORD ») : one case-folding per spelling, not per row. */
  private parNom = new Map<string, Territoire>();

  constructor(
    readonly colonnes: ColonnesCampagne,
    private readonly convention: Convention,
  ) {}

  /**
   * Territories are told apart as SOMME.SI tells them apart in Excel: case
   * and accents' case ignored (« Nord » is « NORD »). Surrounding spaces,
   * which no one sees in a cell, are ignored too.
   */
  private territoire(nom: string): Territoire {
    const deja = this.parNom.get(nom);
    if (deja) return deja;
    const propre = nom.trim();
    const cle = propre.toLocaleLowerCase("fr");
    let t = this.territoires.get(cle);
    if (!t) this.territoires.set(cle, (t = new Territoire(propre)));
    if (this.parNom.size < 10_000) this.parNom.set(nom, t);
    return t;
  }

  /** A row's N-1 figures, read (null when empty). */
  lireN1(heures: Cellule, bonus: Cellule): ChiffresN1 {
    return { vides: vide(heures) && vide(bonus), h: lireCellule(heures, "heuresFonctionnementN1", this.convention), b: lireCellule(bonus, "bonusCtgN1", this.convention) };
  }

  /**
   * One row's N-1 figures added to its territory's sums: by the first pass
   * (the sums the forfait comes from), and again by the second (`controle`).
   */
  compterN1(numero: number, nom: string, n1: ChiffresN1, passe: 1 | 2) {
    if (nom.trim() === "" || n1.vides) return;
    const t = this.territoire(nom);
    const illisible = (n1.h !== null && !(n1.h instanceof Exact)) || (n1.b !== null && !(n1.b instanceof Exact));
    const h = n1.h instanceof Exact ? n1.h : Exact.ZERO;
    const b = n1.b instanceof Exact ? n1.b : Exact.ZERO;
    if (passe === 2) {
      const c = t.controle;
      if (illisible) c.illisibles++;
      else {
        c.lignes++;
        c.heures = c.heures.plus(h);
        c.bonus = c.bonus.plus(b);
      }
      return;
    }
    if (illisible) {
      t.illisibles.ajouter(numero);
      return;
    }
    t.lignesN1++;
    t.heuresN1 = t.heuresN1.plus(h);
    t.bonusN1 = t.bonusN1.plus(b);
  }

  /** After the second pass: both readings gave each territory the same N-1 sums, or nothing is written. */
  verifier() {
    for (const t of this.territoires.values()) {
      const c = t.controle;
      if (c.lignes !== t.lignesN1 || c.illisibles !== t.illisibles.nombre || !c.heures.eq(t.heuresN1) || !c.bonus.eq(t.bonusN1)) {
        throw new ErreurCli(`Les deux lectures du fichier ne donnent pas les mêmes chiffres N-1 pour le territoire « ${t.nom} » : aucun résultat n'a été écrit. Signalez-le avec le fichier.`);
      }
    }
  }

  /** Second pass: one row computed with what its territory gives. */
  calculer(numero: number, nom: string, cellules: Partial<Record<CleEntree, Cellule>>, n1: ChiffresN1 | null): ResultatCampagne {
    const t = this.territoire(nom);
    const r = this.calculerDans(t, nom.trim() === "", cellules, n1);
    if ("ferme" in r) t.fermes.ajouter(numero);
    else if ("erreur" in r) t.enErreur.ajouter(numero);
    else {
      t.calcules++;
      t.subvention = t.subvention.plus(r.resultat.subvention);
      t.bonus = t.bonus.plus(r.resultat.bonusCtg);
      t.ecretement = t.ecretement.plus(r.resultat.ecretement);
      t.reste = t.reste.plus(r.resultat.resteAFinancer);
      if (n1) {
        if (!vide(cellules.forfaitExistant)) t.forfaitsSaisis.ajouter(numero);
        if (!vide(cellules.heuresExistantes)) t.heuresSaisies.ajouter(numero);
        else if (n1.h === null) t.nouveaux.ajouter(numero);
      }
    }
    return r;
  }

  private calculerDans(t: Territoire, sansNom: boolean, cellules: Partial<Record<CleEntree, Cellule>>, n1: ChiffresN1 | null): ResultatCampagne {
    if (!n1) {
      const r = calculerLigne(cellules, this.convention);
      return { ...r, note: "" };
    }
    if (vide(cellules.heuresOuverture) && vide(cellules.heuresOrganisation) && vide(cellules.charges) && !n1.vides) {
      return { ferme: true, note: NOTE_FERME };
    }
    const notes: string[] = [];
    const problemes: ProblemeChamp[] = [];
    const { h, b } = n1;
    for (const x of [h, b]) if (x !== null && !(x instanceof Exact)) problemes.push(x);
    const derives: Partial<Record<CleEntree, Exact>> = {};
    if (h instanceof Exact) derives.heuresExistantes = h;
    else if (h === null && vide(cellules.heuresExistantes)) {
      derives.heuresExistantes = Exact.ZERO;
      notes.push("nouveau LAEP (pas d'heures N-1) : toutes ses heures sont de nouvelles heures");
    }
    let erreurTerritoire = "";
    const forfait = sansNom ? { erreur: "" } : t.forfait();
    if (!vide(cellules.forfaitExistant)) {
      if (forfait instanceof Exact) notes.push(`forfait_existant saisi sur la ligne, retenu au lieu du forfait du territoire (${formaterNombre(forfait.enDecimal(), 2)}\u00a0€/h)`);
    } else if (sansNom) erreurTerritoire = "territoire vide : sans territoire, le forfait de l'offre existante ne peut pas être dérivé ; indiquez le territoire, ou saisissez forfait_existant sur la ligne";
    else if (forfait instanceof Exact) {
      derives.forfaitExistant = forfait;
      if (t.heuresN1.isZero()) notes.push("territoire sans heure de fonctionnement en N-1 : pas d'offre existante, forfait 0");
    } else erreurTerritoire = forfait.erreur;
    if (!vide(cellules.heuresExistantes) && h instanceof Exact) notes.push("heures_existantes saisies sur la ligne, retenues au lieu de heures_fonctionnement_n1");
    const r = problemes.length > 0 ? { erreur: new ErreurSaisie(problemes).message } : calculerLigne(cellules, this.convention, derives);
    if ("erreur" in r || erreurTerritoire) {
      return { erreur: [erreurTerritoire && erreurTerritoire[0].toUpperCase() + erreurTerritoire.slice(1), "erreur" in r ? r.erreur : ""].filter(Boolean).join(". "), note: "" };
    }
    return { resultat: r.resultat, note: notes.join(" ; ") };
  }

  /** The territories in the order the file first names them. */
  liste(): Territoire[] {
    return [...this.territoires.values()].filter((t) => t.lignesN1 + t.calcules + t.enErreur.nombre + t.fermes.nombre + t.illisibles.nombre > 0);
  }
}
