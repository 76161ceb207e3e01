/**
 * `financement-laep calcul`: every LAEP of a portfolio file, computed by the
 * core. Any format to any format: the reader follows the input's extension,
 * the writer the output's (-o), and rows flow from one to the other through
 * the calculation, streamed, so that memory stays flat however long the file.
 */
import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import { Readable, Transform, type TransformCallback, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CHAMPS_FINANCEMENT, type Exact, type Nature } from "../../core/noyau";
import { ErreurCli } from "../erreurs";
import { traduireErreurSysteme } from "../erreursSysteme";
import { progression } from "../progression";
import { verifierFichierDonne } from "../verifierFichierDonne";
import { cheminSortie, ecrireAtomiquement, formatDe } from "../sortie";
import { Bilan } from "./bilan";
import { Campagne } from "./campagne";
import { LectureRapideImpossible, totauxN1Csv } from "./lectureRapideCsv";
import { type CleEntree, COLONNES_RESULTATS, COLONNES_RESULTATS_CAMPAGNE, reperer, repererCampagne } from "./colonnes";
import { colonnesNommees } from "../../core/schemas/nomsColonnes";
import type { CelluleClasseur, Evenement, LigneSortie, Sortie, Source } from "./evenements";
import { calculerLigne, type Cellule, type Convention, type Resultat } from "./ligne";

export interface OptionsCalcul {
  sortie?: string;
  feuille?: string;
  force?: boolean;
  /** The per-territory summary's file (.csv or .xlsx). */
  synthese?: string;
}

/** The first pass stops at the header when the file has no N-1 columns: there is nothing to add up. */
class PasDeCampagne extends Error {}

const NATURES_RESULTATS: Nature[] = ["heures", "euros", "euros", "euros", "euros", "euros"];

function verifierEntree(entree: string): ".csv" | ".xlsx" {
  verifierFichierDonne(entree, "le fichier du portefeuille (.csv ou .xlsx)");
  const format = formatDe(entree);
  if (format === null) throw new ErreurCli(`Format non reconnu (${extname(entree) || "sans extension"}) : donnez un fichier .csv ou .xlsx.`);
  return format;
}

/** What the calculation stage needs to know about the files around it. */
interface Contexte {
  entree: string;
  bilan: Bilan;
  /** The decimal convention of text cells. */
  convention: Convention;
  /** Rows taken from a CSV parser so far (the row Excel shows), for the parser's error messages. */
  position: { lignes: number };
  /** The name a CSV's one sheet takes in a workbook. */
  feuilleCsv: string;
  /** A workbook cell as the row calculator reads it, and as text (loaded only when a workbook is read). */
  lireCellule: (c: CelluleClasseur) => Cellule;
  texteCellule: (c: CelluleClasseur) => string;
  /** The row as the writer takes it: text for a CSV (null: not written), the row itself for a workbook. */
  convertir: (l: LigneSortie) => unknown;
  /** A workbook gets the inputs the core read as numbers; a CSV keeps the text as typed. */
  avecNombres: boolean;
  avancer: (lignes: number) => void;
  /**
   * « totaux »: the first pass of a campaign, adding up each territory's N-1
   * figures (nothing written); « calcul »: the rows computed and written.
   */
  passe: "totaux" | "calcul";
  /** Filled by the first pass (N-1 columns), or by the header of the second (a territory column only). */
  campagne: Campagne | null;
  /** --synthese asks for a territory column. */
  exigerTerritoire: boolean;
  /** `fiche --ligne N`: the row to keep, and where the header and the last row were. */
  ligne?: LigneVoulue;
}

/** One row of a portfolio, as `fiche --ligne` asks for it. */
export interface LigneVoulue {
  numero: number;
  entete?: number;
  derniere: number;
  trouvee?: { r: { resultat: Resultat } | { erreur: string } | { ferme: true }; nom: string; territoire: string };
}

/** The column naming each LAEP, if any (only `fiche` reads it). */
const FORMES_NOM = ["nom", "nom_du_laep", "nom_laep", "laep"];

/** The calculation: the principal sheet's header found, each row computed; other sheets copied. */
function etapeCalcul(x: Contexte): Transform {
  const { bilan, convention, position, convertir, avecNombres } = x;
  const texte = (s: Source | undefined) => (s === undefined ? "" : typeof s === "string" ? s : x.texteCellule(s));
  const lire = (s: Source | undefined): Cellule => (s === undefined || typeof s === "string" ? s : x.lireCellule(s));
  // A CSV has one sheet, the principal one; a workbook says which sheet comes.
  let principale = true;
  let vuePrincipale = false;
  let index: [CleEntree, number][] | null = null;
  let largeur = 0;
  let cles: (CleEntree | undefined)[] = [];
  let noms: readonly string[] = COLONNES_RESULTATS;
  let colonneNom: number | undefined;
  const natures = new Map<number, Nature>();
  const emettre = (fini: TransformCallback, l: LigneSortie) => {
    const x = convertir(l);
    return x === null ? fini() : fini(null, x);
  };
  return new Transform({
    objectMode: true,
    transform(brut: Evenement, _enc: BufferEncoding, fini: TransformCallback) {
      if (Array.isArray(brut) && position.lignes === 0) {
        // The one sheet of a CSV, named after the file as Excel names it.
        vuePrincipale = true;
        const debut = convertir({ feuille: x.feuilleCsv, principale: true });
        if (debut !== null) this.push(debut);
      }
      const e = Array.isArray(brut) ? { numero: ++position.lignes, cellules: brut } : brut;
      if ("feuille" in e) {
        principale = e.principale;
        vuePrincipale ||= principale;
        return emettre(fini, e);
      }
      if (!principale) return emettre(fini, { copie: true, numero: e.numero, cellules: e.cellules });
      if (index === null) {
        const entete = Array.from(e.cellules, (c) => texte(c));
        // Leading blank rows are not the header (Excel shows them as rows, and so do we).
        if (entete.every((t) => t.trim() === "")) return fini();
        try {
          index = Object.entries(reperer(entete)) as [CleEntree, number][];
          const colonnes = repererCampagne(entete);
          if (x.passe === "totaux") {
            if (!colonnes?.n1) return fini(new PasDeCampagne());
            x.campagne = new Campagne(colonnes, convention);
          } else if (colonnes && !x.campagne) x.campagne = new Campagne(colonnes, convention);
          if (!colonnes && x.exigerTerritoire) {
            throw new ErreurCli("--synthese fait la synthèse par territoire : le fichier doit avoir une colonne territoire (et, pour dériver le forfait de chaque territoire, heures_fonctionnement_n1 et bonus_ctg_n1).");
          }
        } catch (erreur) {
          return fini(erreur as Error);
        }
        for (const [cle, i] of index) natures.set(i, CHAMPS_FINANCEMENT[cle].nature);
        if (x.ligne) {
          x.ligne.entete = e.numero;
          colonneNom = colonnesNommees(entete, FORMES_NOM)[0];
        }
        largeur = entete.length;
        cles = Array.from({ length: largeur }, (_, i) => index!.find(([, j]) => j === i)?.[0]);
        noms = x.campagne?.colonnes.n1 ? COLONNES_RESULTATS_CAMPAGNE : COLONNES_RESULTATS;
        if (x.passe === "totaux") return fini();
        const cellules: Sortie[] = [...Array.from(e.cellules, (source) => ({ source })), ...noms.map((nom) => ({ source: nom }))];
        return emettre(fini, { entete: true, cellules, resultats: noms.length });
      }
      if (e.cellules.every((c) => texte(c).trim() === "")) return fini();
      const campagne = x.campagne;
      const n1 = campagne?.colonnes.n1;
      const territoire = campagne ? texte(e.cellules[campagne.colonnes.territoire]) : "";
      const chiffresN1 = n1 ? campagne!.lireN1(lire(e.cellules[n1.heures]), lire(e.cellules[n1.bonus])) : null;
      if (chiffresN1) campagne!.compterN1(e.numero, territoire, chiffresN1, x.passe === "totaux" ? 1 : 2);
      if (x.passe === "totaux") {
        x.avancer(e.numero);
        return fini();
      }
      const valeurs: Partial<Record<CleEntree, Cellule>> = {};
      for (const [cle, i] of index) valeurs[cle] = lire(e.cellules[i]);
      const r =
        e.cellules.length > largeur
          ? { erreur: `la ligne a ${e.cellules.length} colonnes, l'en-tête en a ${largeur} : les colonnes en trop sont gardées à la fin`, note: "" }
          : campagne
            ? campagne.calculer(e.numero, territoire, valeurs, chiffresN1)
            : calculerLigne(valeurs, convention);
      bilan.ajouter(e.numero, r);
      if (x.ligne) {
        x.ligne.derniere = e.numero;
        if (e.numero === x.ligne.numero) x.ligne.trouvee = { r, nom: colonneNom === undefined ? "" : texte(e.cellules[colonneNom]), territoire };
        return fini();
      }
      x.avancer(bilan.lignes);
      const cellules: Sortie[] = [];
      for (let i = 0; i < largeur; i++) {
        const source = e.cellules[i];
        const cle = cles[i];
        const valeur = avecNombres && cle && "resultat" in r ? r.resultat.entrees[cle] : undefined;
        cellules.push(valeur !== undefined && typeof source === "string" && source.trim() !== "" ? { source, nombre: { valeur, nature: natures.get(i)! } } : { source });
      }
      if (n1) {
        const lues = "resultat" in r ? r.resultat.entrees : null;
        cellules.push(lues ? { resultat: lues.forfaitExistant, nature: "eurosParHeure" } : { source: undefined }, lues ? { resultat: lues.heuresExistantes, nature: "heures" } : { source: undefined });
      }
      cellules.push(...resultats(r));
      if (n1) cellules.push({ message: "note" in r ? r.note : "" });
      for (let i = largeur; i < e.cellules.length; i++) cellules.push({ source: e.cellules[i] });
      emettre(fini, { numero: e.numero, cellules });
    },
    flush(fini) {
      if (vuePrincipale && index === null) return fini(new ErreurCli(`Le fichier ${x.entree} ne contient pas de ligne d'en-tête : la première ligne doit nommer les colonnes.`));
      fini();
    },
  });
}

function resultats(r: { resultat: Resultat } | { erreur: string } | { ferme: true }): Sortie[] {
  if (!("resultat" in r)) return [...NATURES_RESULTATS.map(() => ({ source: undefined })), { message: "erreur" in r ? r.erreur : "" }];
  const x = r.resultat;
  const nombres: Exact[] = [x.heuresFonctionnement, x.subvention, x.bonusCtg, x.ecretement, x.totalFondsNationaux, x.resteAFinancer];
  return [...nombres.map((resultat, i) => ({ resultat, nature: NATURES_RESULTATS[i] })), { message: "" }];
}

/** What both `calcul` and `fiche --ligne` need: the file's readers, the passes, the first pass's N-1 sums. */
async function preparer(entree: string, formatEntree: ".csv" | ".xlsx", options: { feuille?: string; exigerTerritoire?: boolean }) {
  if (formatEntree === ".csv" && options.feuille !== undefined) throw new ErreurCli("--feuille ne s'applique qu'aux classeurs .xlsx.");
  const bilan = new Bilan();
  const taille = statSync(entree).size;

  // Each reader and writer is loaded only when its format is used (ExcelJS is large).
  const formatCsv = formatEntree === ".csv" ? await (await import("./lireCsv")).detecterCsv(entree) : null;
  const vues: string[] = [];
  const contexte = (passe: Contexte["passe"], campagne: Campagne | null, avancer: (n: number) => void): Contexte => ({
    entree,
    bilan,
    convention: formatCsv?.convention ?? "francaise",
    position: { lignes: 0 },
    feuilleCsv: "",
    lireCellule: () => null,
    texteCellule: () => "",
    convertir: (l) => l,
    avecNombres: true,
    avancer,
    passe,
    campagne,
    exigerTerritoire: options.exigerTerritoire ?? false,
  });
  /** The reader's stages, fresh for each pass; a workbook's cells are read by the context's functions. */
  const lecture = async (x: Contexte): Promise<unknown[]> => {
    if (formatCsv) return (await import("./lireCsv")).lireCsv(entree, formatCsv);
    const { lireXlsx, texteEntete, versCellule } = await import("./lireXlsx");
    x.lireCellule = (c) => versCellule(c.valeur, c.format);
    x.texteCellule = (c) => texteEntete(c.valeur);
    vues.length = 0;
    return [Readable.from(lireXlsx(entree, options.feuille, vues))];
  };
  const parcourir = async (x: Contexte, etapes: unknown[]) => {
    try {
      await (pipeline as (...flux: unknown[]) => Promise<void>)(...etapes);
    } catch (erreur) {
      if (erreur instanceof PasDeCampagne) return;
      throw traduireErreurLecture(erreur, entree, x.position);
    }
    if (formatEntree === ".xlsx" && !vues.some((v) => options.feuille === undefined || v === options.feuille)) {
      throw new ErreurCli(
        options.feuille === undefined ? `Le classeur ${entree} ne contient aucune feuille.` : `Pas de feuille « ${options.feuille} » dans ${entree} : feuilles présentes : ${vues.join(", ")}.`,
      );
    }
  };

  // First pass, only as far as the header when the file has no N-1 columns: each territory's N-1 sums.
  // A CSV is read by the quick reader; what it cannot follow is read again by csv-parse.
  const barreTotaux = progression(taille, "Totaux N-1");
  const passeTotaux = async (): Promise<Campagne | null> => {
    if (formatCsv) {
      try {
        return await totauxN1Csv(entree, formatCsv);
      } catch (erreur) {
        if (!(erreur instanceof LectureRapideImpossible)) throw traduireErreurLecture(erreur, entree, { lignes: 0 });
      }
    }
    const p = contexte("totaux", null, (n) => barreTotaux.avancer(formatEntree === ".csv" ? n * 90 : n * 200));
    await parcourir(p, [...(await lecture(p)), etapeCalcul(p), new Writable({ objectMode: true, write: (_l, _e, fini) => fini() })]);
    return p.campagne;
  };
  const campagneN1 = await passeTotaux();
  if (campagneN1) barreTotaux.finir();
  return { formatCsv, taille, bilan, contexte, lecture, parcourir, campagneN1 };
}

export async function calculer(entree: string, options: OptionsCalcul): Promise<{ bilan: Bilan; sortie: string; campagne: Campagne | null; synthese: string | null }> {
  const formatEntree = verifierEntree(entree);
  const sortie = cheminSortie(entree, options.sortie, options.force ?? false);
  const synthese = options.synthese === undefined ? null : cheminSynthese(entree, sortie, options.synthese, options.force ?? false);
  const { formatCsv, taille, bilan, contexte, lecture, parcourir, campagneN1 } = await preparer(entree, formatEntree, { feuille: options.feuille, exigerTerritoire: synthese !== null });
  const formatSortie = formatDe(sortie) ?? formatEntree;

  const barre = progression(taille, "Calcul");
  const x = contexte("calcul", campagneN1, (n) => barre.avancer(formatEntree === ".csv" ? n * 90 : n * 200));
  await ecrireAtomiquement(sortie, async (temporaire) => {
    const etapes: unknown[] = await lecture(x);
    if (formatSortie === ".csv") {
      const { ecrireCsv, lignesCsv, CSV_EXCEL_FRANCAIS } = await import("./ecrireCsv");
      const format = formatCsv ?? CSV_EXCEL_FRANCAIS;
      // Rows are turned into text inside the calculation's stage: one stage less per row.
      x.convertir = lignesCsv(format.convention);
      x.avecNombres = false;
      etapes.push(etapeCalcul(x), ...ecrireCsv(temporaire, format));
    } else {
      const { ecrireXlsx, nomFeuille } = await import("./ecrireXlsx");
      x.feuilleCsv = nomFeuille(basename(entree, extname(entree)));
      etapes.push(etapeCalcul(x), ecrireXlsx(temporaire));
    }
    await parcourir(x, etapes);
    x.campagne?.verifier();
    // The summary is written before the results are renamed into place: both files, or neither.
    if (synthese && x.campagne) {
      const { ecrireSynthese } = await import("./synthese");
      await ecrireAtomiquement(synthese, (t) => ecrireSynthese(t, formatDe(synthese)!, x.campagne!, formatCsv));
    }
  });
  barre.finir();
  return { bilan, sortie, campagne: x.campagne, synthese };
}

/**
 * One row of a portfolio computed as `calcul` computes it (in a campaign,
 * with its territory's forfait from the whole file's N-1 sums), for
 * `fiche --ligne`. `numero` is the row as Excel numbers it.
 */
export async function lireLigne(entree: string, options: { feuille?: string; numero: number }): Promise<LigneVoulue & { campagne: boolean }> {
  const formatEntree = verifierEntree(entree);
  const { taille, contexte, lecture, parcourir, campagneN1 } = await preparer(entree, formatEntree, { feuille: options.feuille });
  const barre = progression(taille, "Lecture");
  const x = contexte("calcul", campagneN1, (n) => barre.avancer(formatEntree === ".csv" ? n * 90 : n * 200));
  x.ligne = { numero: options.numero, derniere: 0 };
  await parcourir(x, [...(await lecture(x)), etapeCalcul(x), new Writable({ objectMode: true, write: (_l, _e, fini) => fini() })]);
  x.campagne?.verifier();
  barre.finir();
  return { ...x.ligne, campagne: Boolean(x.campagne?.colonnes.n1) };
}

/** The summary's path: checked like the results' (never the input, never over a file without --force), and never the results themselves. */
function cheminSynthese(entree: string, sortie: string, demande: string, force: boolean): string {
  if (formatDe(demande) === null) throw new ErreurCli(`La synthèse ${demande} doit finir par .csv ou .xlsx : c'est son extension qui choisit le format.`);
  const chemin = cheminSortie(entree, demande, force);
  if (chemin === sortie) throw new ErreurCli("La synthèse et les résultats ne peuvent pas être le même fichier : donnez deux noms différents.");
  return chemin;
}

const MESSAGES_CSV: Record<string, (ligne: number) => string> = {
  CSV_QUOTE_NOT_CLOSED: (l) => `un guillemet ouvert à la ligne ${l} n'est jamais refermé`,
  CSV_INVALID_CLOSING_QUOTE: (l) => `un guillemet mal placé à la ligne ${l}`,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: (l) => `un caractère suit un guillemet fermant à la ligne ${l}`,
  CSV_MAX_RECORD_SIZE: (l) => `la ligne ${l} dépasse 1 Mo (un guillemet jamais refermé ?)`,
};

/** A reader's error in French: csv-parse's by its code, a system error with the user's path. */
function traduireErreurLecture(erreur: unknown, entree: string, position: { lignes: number }): unknown {
  if (erreur instanceof ErreurCli) return erreur;
  const code = (erreur as { code?: string }).code ?? "";
  if (code.startsWith("CSV_")) {
    const message = MESSAGES_CSV[code];
    return new ErreurCli(`Le fichier ${entree} n'est pas un CSV lisible : ${message ? message(position.lignes + 1) : `erreur de lecture après la ligne ${position.lignes}`}.`);
  }
  const systeme = traduireErreurSysteme(erreur, (erreur as { path?: string }).path === entree ? entree : undefined);
  if (systeme) return new ErreurCli(systeme);
  if (extname(entree).toLowerCase() === ".xlsx") return new ErreurCli(`Le fichier ${entree} n'est pas un classeur .xlsx lisible (son contenu est endommagé ou n'est pas celui d'un classeur Excel).`);
  return erreur;
}
