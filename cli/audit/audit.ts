/**
 * `financement-laep audit`: recomputes every LAEP cell of a saved workbook
 * with a real formula engine and the add-in's core, and lists the cells whose
 * saved value differs — and, apart, the cells it cannot check, with the
 * reason. Reads the file only: the workbook is never modified.
 */
import ExcelJS from "exceljs";
import { CellError, DetailedCellError, ErrorType } from "hyperformula";
import { ErreurCli } from "../erreurs";
import { verifierZip } from "../limitesZip";
import { SANS_VALEUR, valeurCellule } from "../valeurCellule";
import { verifierFichierDonne } from "../verifierFichierDonne";
import { formuleFrancaise } from "./formuleFrancaise";
import { type Enregistree, LectureClasseur } from "../lireClasseur";
import { moteur } from "./moteur";

export type Valeur = string | number | boolean | null;

/** What a LAEP cell computes, which sets how its value is shown. */
export type Unite = "euros" | "eurosParHeure" | "heures" | "taux" | "nombre";

export interface Difference {
  feuille: string;
  cellule: string;
  /** As French Excel shows it. */
  formule: string;
  valeurEnregistree: Valeur;
  valeurRecalculee: Valeur;
  unite: Unite;
  /** Why the recomputed value is an error (the core's French reason), if it is one. */
  raison?: string;
  /** What the user should do. */
  action: string;
}

export interface NonVerifiable {
  feuille: string;
  cellule: string;
  formule: string;
  valeurEnregistree: Valeur;
  raison: string;
}

export interface RapportAudit {
  fichier: string;
  cellulesVerifiees: number;
  differences: Difference[];
  nonVerifiables: NonVerifiable[];
  /** Other formulas the engine cannot compute, taken at their saved value. */
  valeursEnregistreesUtilisees: number;
}

/** Excel saves a JS custom function as _xldudf_NAMESPACE_NAME( (sometimes behind a [2]! or an .xla! prefix). */
const UDF_LAEP = /(?:\[\d+\]!|'?[^'!(),=\s]*\.xlam?'?!)?_xldudf_LAEP_([A-Z0-9_]+)\(/gi;
const APPEL_LAEP = /_xldudf_LAEP_|\bLAEP\.[A-Z]/i;

/** Applies `f` to the parts of a formula outside string literals ("…", with "" for a quote). */
function horsLitteraux(formule: string, f: (partie: string) => string): string {
  return formule
    .split(/("(?:[^"]|"")*")/)
    .map((partie, i) => (i % 2 === 1 ? partie : f(partie)))
    .join("");
}

/** A formula as saved in the file, as the engine (and a person) reads it; text in quotes is left alone. */
export function traduireFormule(formule: string): string {
  return horsLitteraux(formule, (p) => p.replace(UDF_LAEP, (_t, nom: string) => `LAEP.${nom.toUpperCase()}(`).replace(/_xl(?:fn|ws)\./gi, ""));
}

let fonctionsConnues: Set<string> | null = null;

/** Why the engine cannot compute this formula, or null if it can. */
function nonCalculable(formule: string): string | null {
  fonctionsConnues ??= new Set(moteur().getRegisteredFunctionNames("enGB").map((f) => f.toUpperCase()));
  const hors = horsLitteraux(formule, (p) => p.replace(/'(?:[^']|'')*'/g, "''"));
  if (/\[\d+\]/.test(hors)) return "elle lit un autre classeur (lien externe), que l'audit n'ouvre pas";
  for (const m of hors.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)) {
    if (!fonctionsConnues.has(m[1].toUpperCase())) return `la fonction ${m[1].toUpperCase()} n'est pas calculable hors d'Excel`;
  }
  return null;
}

const RAISONS_MOTEUR: Partial<Record<ErrorType, string>> = {
  [ErrorType.NAME]: "elle utilise un nom ou une fonction que l'audit ne connaît pas",
  [ErrorType.REF]: "elle dépend d'une référence invalide ou d'un autre classeur",
  [ErrorType.CYCLE]: "elle dépend d'une référence circulaire",
  [ErrorType.SPILL]: "son tableau déborde sur des cellules occupées",
  [ErrorType.ERROR]: "l'audit ne sait pas lire une formule dont elle dépend",
  [ErrorType.LIC]: "l'audit ne sait pas calculer une formule dont elle dépend",
};

/** The engine's value in Excel's terms: errors as Excel's codes. */
function recalculee(v: unknown): Valeur | { erreur: string; type: ErrorType; message: string } {
  if (v instanceof DetailedCellError || v instanceof CellError) {
    const type = v.type;
    const code = type === ErrorType.DIV_BY_ZERO ? "#DIV/0!" : type === ErrorType.VALUE ? "#VALUE!" : type === ErrorType.NUM ? "#NUM!" : type === ErrorType.NA ? "#N/A" : type === ErrorType.REF ? "#REF!" : type === ErrorType.NAME ? "#NAME?" : `#${type}!`;
    return { erreur: code, type, message: v.message ?? "" };
  }
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Equal when identical, or for numbers within 5 × 10^-7: far below a cent, above the noise of a double. */
function egales(a: Valeur, b: Valeur): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 5e-7;
  if ((a === null || a === "") && (b === null || b === "")) return true;
  return a === b;
}

function enValeur(e: Exclude<Enregistree, "jamais">): Valeur {
  return typeof e === "object" && e !== null ? e.erreur : e;
}

function uniteDe(formule: string, libelle: Valeur): Unite {
  const f = /LAEP\.([A-Z]+)/i.exec(formule)?.[1]?.toUpperCase();
  if (f === "SUBVENTION" || f === "BONUSCTG" || f === "ECRETEMENT") return "euros";
  if (f === "HEURES") return "heures";
  if (f === "FORFAITCTG") return "eurosParHeure";
  if (typeof libelle !== "string") return "nombre";
  if (/^taux/i.test(libelle)) return "taux";
  if (/horaire|nouvelle heure/i.test(libelle)) return "eurosParHeure";
  if (/heures/i.test(libelle)) return "heures";
  return "euros";
}

interface CelluleLaep {
  nomFeuille: string;
  ligne: number;
  colonne: number;
  adresse: string;
  formule: string;
  libelle: Valeur;
  enregistree: Enregistree;
  nonCalculable: string | null;
}

export async function auditer(chemin: string): Promise<RapportAudit> {
  verifierFichierDonne(chemin, "le classeur .xlsx à auditer");
  if (!/\.xlsx$/i.test(chemin)) throw new ErreurCli("L'audit lit un classeur .xlsx (les formules LAEP y sont enregistrées).");
  // One pass over the parts: the limit check, the names and each formula's saved value (see lireClasseur.ts).
  const lecture = new LectureClasseur(chemin, { valeurs: true, liens: false });
  await verifierZip(chemin, lecture.lecteur);
  const ordre = lecture.feuillesEtParties();
  const structure = { feuilles: ordre, noms: lecture.noms };
  const enregistrees = new Map(ordre.map((f) => [f.nom, lecture.valeurs(f.partie)] as const));
  const classeur = new ExcelJS.Workbook();
  try {
    await classeur.xlsx.readFile(chemin);
  } catch (erreur) {
    if (erreur instanceof ErreurCli) throw erreur;
    throw new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (son contenu est endommagé ou n'est pas celui d'un classeur Excel).`);
  }

  const feuilles: Record<string, unknown[][]> = {};
  const aVerifier: CelluleLaep[] = [];
  let valeursEnregistreesUtilisees = 0;
  for (const { nom } of structure.feuilles) {
    const onglet = classeur.getWorksheet(nom);
    const donnees: unknown[][] = [];
    feuilles[nom] = donnees;
    if (!onglet) continue;
    const sauvees: Map<string, Enregistree> = enregistrees.get(nom) ?? new Map();
    const tableaux: { ancre: CelluleLaep; ref: string }[] = [];
    onglet.eachRow({ includeEmpty: false }, (rangee, numero) => {
      rangee.eachCell({ includeEmpty: false }, (cellule, colonne) => {
        const ligne = numero - 1;
        const col = colonne - 1;
        const brute = cellule.value as ExcelJS.CellValue;
        const formule = cellule.formula as string | undefined;
        const ligneDonnees = (donnees[ligne] ??= []);
        if (!formule) {
          ligneDonnees[col] = valeurSimple(brute);
          return;
        }
        const traduite = traduireFormule(formule);
        const sauvee = sauvees.get(cellule.address) ?? "jamais";
        const v = brute as { shareType?: string; ref?: string };
        const tableau = v.shareType === "array" && v.ref && v.ref.includes(":") ? v.ref : null;
        const raison = nonCalculable(traduite);
        if (APPEL_LAEP.test(horsLitteraux(formule, (x) => x).replace(/"(?:[^"]|"")*"/g, '""'))) {
          const c: CelluleLaep = { nomFeuille: nom, ligne, colonne: col, adresse: cellule.address, formule: `=${traduite}`, libelle: null, enregistree: sauvee, nonCalculable: raison };
          aVerifier.push(c);
          if (tableau) tableaux.push({ ancre: c, ref: tableau });
          // A LAEP cell the engine cannot compute feeds the others with its saved value.
          ligneDonnees[col] = raison ? valeurSimple(sauvee === "jamais" ? null : enValeur(sauvee)) : `=${traduite}`;
        } else if (raison || tableau) {
          // A native formula the engine cannot compute (or a multi-cell array): its saved value, as Excel computed it.
          valeursEnregistreesUtilisees++;
          ligneDonnees[col] = sauvee === "jamais" ? null : enValeur(sauvee);
        } else ligneDonnees[col] = `=${traduite}`;
      });
    });
    // Cells a LAEP array formula spills into hold saved values but no formula:
    // the engine must see them empty (or it reports a spill error), and they are checked too.
    for (const { ancre, ref } of tableaux) {
      const [debut, fin = debut] = ref.split(":");
      const a = onglet.getCell(debut);
      const b = onglet.getCell(fin);
      for (let l = Number(a.row); l <= Number(b.row); l++)
        for (let c = Number(a.col); c <= Number(b.col); c++) {
          if (l === ancre.ligne + 1 && c === ancre.colonne + 1) continue;
          const cellule = onglet.getCell(l, c);
          const valeur = valeurSimple(cellule.value);
          const libelle = c > Number(a.col) ? valeurSimple(onglet.getCell(l, c - 1).value) : null;
          // Computed by the engine: the spilled cells must be empty for it; not computable: they keep their saved values.
          if (!ancre.nonCalculable && donnees[l - 1]) donnees[l - 1][c - 1] = null;
          aVerifier.push({ ...ancre, ligne: l - 1, colonne: c - 1, adresse: cellule.address, formule: `${ancre.formule} (tableau renvoyé par ${ancre.adresse})`, libelle, enregistree: ancre.enregistree === "jamais" ? "jamais" : valeur });
        }
    }
  }

  const hf = moteur().buildFromSheets(Object.fromEntries(Object.entries(feuilles).map(([n, d]) => [n, Array.from({ length: d.length }, (_, i) => d[i] ?? [])])) as never, {
    licenseKey: "gpl-v3",
    // Every sheet size Excel allows (HyperFormula's default stops at 40 000 rows).
    maxRows: 1_048_576,
    maxColumns: 16_384,
  });
  const nomsInconnus: string[] = [];
  hf.batch(() => {
    for (const n of structure.noms) {
      if (n.nom.startsWith("_xlnm.")) continue;
      const feuille = n.feuille === undefined ? undefined : structure.feuilles[n.feuille]?.nom;
      const scope = feuille === undefined ? undefined : hf.getSheetId(feuille);
      try {
        hf.addNamedExpression(n.nom, `=${traduireFormule(n.texte)}`, scope);
      } catch {
        nomsInconnus.push(n.nom);
      }
    }
  });

  const differences: Difference[] = [];
  const nonVerifiables: NonVerifiable[] = [];
  for (const c of aVerifier) {
    const formule = formuleFrancaise(c.formule);
    const base = { feuille: c.nomFeuille, cellule: c.adresse, formule };
    if (c.enregistree === "jamais") {
      nonVerifiables.push({ ...base, valeurEnregistree: null, raison: "formule jamais calculée : le fichier n'en garde aucune valeur (ouvrez-le dans Excel, recalculez et enregistrez)" });
      continue;
    }
    const enregistree = enValeur(c.enregistree);
    if (c.nonCalculable) {
      nonVerifiables.push({ ...base, valeurEnregistree: enregistree, raison: c.nonCalculable });
      continue;
    }
    const id = hf.getSheetId(c.nomFeuille)!;
    const calcul = recalculee(hf.getCellValue({ sheet: id, row: c.ligne, col: c.colonne }));
    const unite = uniteDe(c.formule, c.libelle);
    if (calcul !== null && typeof calcul === "object") {
      if (calcul.erreur === enregistree) continue;
      const raisonMoteur = RAISONS_MOTEUR[calcul.type];
      if (raisonMoteur) {
        const noms = nomsInconnus.length ? ` (noms définis non lus : ${nomsInconnus.join(", ")})` : "";
        nonVerifiables.push({ ...base, valeurEnregistree: enregistree, raison: raisonMoteur + (calcul.type === ErrorType.NAME ? noms : "") });
        continue;
      }
      const raison = calcul.type === ErrorType.VALUE && calcul.message ? calcul.message : undefined;
      differences.push({
        ...base,
        valeurEnregistree: enregistree,
        valeurRecalculee: calcul.erreur,
        unite,
        raison,
        action: raison
          ? "Le complément refuse aujourd'hui ces saisies : corrigez-les (voir la raison), puis recalculez dans Excel."
          : "Vérifiez les saisies de cette formule, puis recalculez dans Excel.",
      });
      continue;
    }
    if (egales(enregistree, calcul)) continue;
    differences.push({
      ...base,
      valeurEnregistree: enregistree,
      valeurRecalculee: calcul,
      unite,
      action: "La valeur enregistrée ne correspond pas aux saisies : recalculez le classeur dans Excel (Ctrl+Alt+F9) avec le complément à jour, puis enregistrez-le.",
    });
  }
  hf.destroy();
  return { fichier: chemin, cellulesVerifiees: aVerifier.length - nonVerifiables.length, differences, nonVerifiables, valeursEnregistreesUtilisees };
}

/** A plain cell's value for the engine: dates as Excel serials. */
function valeurSimple(v: ExcelJS.CellValue | Enregistree): Valeur {
  if (v === "jamais") return null;
  if (v !== null && typeof v === "object" && "erreur" in v) return v.erreur;
  const c = valeurCellule(v as ExcelJS.CellValue);
  if (c === SANS_VALEUR) return null;
  if (c instanceof Date) return (c.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return c !== null && typeof c === "object" ? c.erreur : c;
}
