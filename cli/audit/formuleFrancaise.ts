/**
 * A formula as French Excel shows it: « ; » between arguments, decimal
 * commas, French function names and error values. The file stores formulas
 * in English syntax; a finance officer reads them in French. Text between
 * quotes (a string literal, a quoted sheet name) is never touched.
 */

/** French names of the functions a LAEP workbook uses most; others keep their name, as in Excel. */
const FONCTIONS: Record<string, string> = {
  SUM: "SOMME",
  SUMIF: "SOMME.SI",
  SUMIFS: "SOMME.SI.ENS",
  SUMPRODUCT: "SOMMEPROD",
  ROUND: "ARRONDI",
  ROUNDUP: "ARRONDI.SUP",
  ROUNDDOWN: "ARRONDI.INF",
  IF: "SI",
  IFERROR: "SIERREUR",
  AND: "ET",
  OR: "OU",
  NOT: "NON",
  AVERAGE: "MOYENNE",
  COUNT: "NB",
  COUNTA: "NBVAL",
  COUNTIF: "NB.SI",
  COUNTIFS: "NB.SI.ENS",
  VLOOKUP: "RECHERCHEV",
  HLOOKUP: "RECHERCHEH",
  XLOOKUP: "RECHERCHEX",
  MATCH: "EQUIV",
  INDEX: "INDEX",
  INDIRECT: "INDIRECT",
  TODAY: "AUJOURDHUI",
  YEAR: "ANNEE",
  TRUE: "VRAI",
  FALSE: "FAUX",
  LET: "LET",
};

/** Excel's error values, as French Excel names them. */
export const ERREURS_FRANCAISES: Record<string, string> = {
  "#VALUE!": "#VALEUR!",
  "#NAME?": "#NOM?",
  "#NUM!": "#NOMBRE!",
  "#NULL!": "#NUL!",
  "#DIV/0!": "#DIV/0!",
  "#REF!": "#REF!",
  "#N/A": "#N/A",
  "#SPILL!": "#PROPAGATION!",
  "#CALC!": "#CALC!",
};

export function formuleFrancaise(formule: string): string {
  let sortie = "";
  let i = 0;
  while (i < formule.length) {
    const c = formule[i];
    if (c === '"' || c === "'") {
      // A literal (or a quoted sheet name) up to its closing quote; a doubled quote is an escaped one.
      let j = i + 1;
      while (j < formule.length && !(formule[j] === c && formule[j + 1] !== c)) j += formule[j] === c ? 2 : 1;
      sortie += formule.slice(i, j + 1);
      i = j + 1;
    } else if (c === "#") {
      const erreur = Object.keys(ERREURS_FRANCAISES).find((e) => formule.startsWith(e, i));
      sortie += erreur ? ERREURS_FRANCAISES[erreur] : c;
      i += erreur ? erreur.length : 1;
    } else if (c === ",") {
      sortie += ";";
      i++;
    } else if (/[0-9.]/.test(c) && !/[A-Za-z0-9_$.]/.test(formule[i - 1] ?? "")) {
      const nombre = /^(\d*\.?\d+(?:[eE][+-]?\d+)?)/.exec(formule.slice(i))?.[1] ?? c;
      sortie += nombre.replace(".", ",");
      i += nombre.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const mot = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formule.slice(i))![0];
      const fonction = formule[i + mot.length] === "(";
      const bool = !fonction && (mot.toUpperCase() === "TRUE" || mot.toUpperCase() === "FALSE") && formule[i + mot.length] !== "!";
      sortie += fonction || bool ? (FONCTIONS[mot.toUpperCase()] ?? mot) : mot;
      i += mot.length;
    } else {
      sortie += c;
      i++;
    }
  }
  return sortie;
}
