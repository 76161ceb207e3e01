/**
 * Results to a CSV, streamed. The output keeps the input's convention
 * (separator, decimal mark, encoding, BOM, line ending); from a workbook, it
 * is French Excel's « CSV UTF-8 » (« ; », decimal comma, BOM, CRLF). Every
 * text cell is made safe against formula injection.
 */
import { createWriteStream } from "node:fs";
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { stringify } from "csv-stringify";
import type ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { Exact } from "../../core/noyau";
import { neutraliserFormule } from "../neutraliserFormule";
import { SANS_VALEUR, valeurCellule } from "../valeurCellule";
import type { LigneSortie, Sortie, Source } from "./evenements";
import type { FormatCsv } from "./lireCsv";
import type { Convention } from "./ligne";

export const CSV_EXCEL_FRANCAIS: FormatCsv = { encodage: "utf-8", bom: true, separateur: ";", convention: "francaise", finDeLigne: "\r\n" };

const deux = (n: number) => String(n).padStart(2, "0");

/** A workbook value as Excel writes it in a CSV: numbers at 15 digits, dates as jj/mm/aaaa, a formula's result. */
export function texteValeur(v: ExcelJS.CellValue, convention: Convention): string {
  const c = valeurCellule(v);
  if (c === null || c === SANS_VALEUR) return "";
  if (typeof c === "number") {
    if (!Number.isFinite(c)) return "";
    const t = Exact.depuisNombre(c).toFixed();
    return convention === "francaise" ? t.replace(".", ",") : t;
  }
  if (typeof c === "string") return c;
  if (typeof c === "boolean") return convention === "francaise" ? (c ? "VRAI" : "FAUX") : c ? "TRUE" : "FALSE";
  if (c instanceof Date) {
    const jour = `${deux(c.getUTCDate())}/${deux(c.getUTCMonth() + 1)}/${c.getUTCFullYear()}`;
    const heure = c.getUTCHours() || c.getUTCMinutes() || c.getUTCSeconds() ? ` ${deux(c.getUTCHours())}:${deux(c.getUTCMinutes())}:${deux(c.getUTCSeconds())}` : "";
    return jour + heure;
  }
  return c.erreur;
}

function texteSource(s: Source | undefined, convention: Convention): string {
  if (s === undefined) return "";
  return typeof s === "string" ? s : texteValeur(s.valeur, convention);
}

function texteSortie(c: Sortie, convention: Convention): string {
  if ("message" in c) return c.message;
  if ("entier" in c) return String(c.entier);
  if ("resultat" in c) {
    // Hours and hourly rates (a territory's forfait) are never rounded: all their digits.
    const t = c.nature === "euros" ? c.resultat.toFixed(2) : c.resultat.toFixed();
    return convention === "francaise" ? t.replace(".", ",") : t;
  }
  return texteSource(c.source, convention);
}

/** Encodes the text csv-stringify emits (UTF-8) in the file's encoding, characters never cut in two. */
function encoder(encodage: FormatCsv["encodage"]): Transform {
  const decodeur = new StringDecoder("utf8");
  return new Transform({
    transform(morceau: Buffer, _enc, fini) {
      fini(null, iconv.encode(decodeur.write(morceau), encodage));
    },
    flush(fini) {
      fini(null, iconv.encode(decodeur.end(), encodage));
    },
  });
}

/** A row of the calculation as the CSV's text cells; null for what a CSV does not hold (other sheets). */
export function lignesCsv(convention: Convention): (l: LigneSortie) => string[] | null {
  return (l) => ("feuille" in l || "copie" in l ? null : l.cellules.map((c) => neutraliserFormule(texteSortie(c, convention))));
}

/** The stages that write text rows to the CSV file at `chemin`. */
export function ecrireCsv(chemin: string, format: FormatCsv): NodeJS.WritableStream[] {
  const etapes: NodeJS.WritableStream[] = [
    stringify({ delimiter: format.separateur, record_delimiter: format.finDeLigne === "\r\n" ? "windows" : format.finDeLigne === "\r" ? "mac" : "unix", bom: format.bom }) as unknown as NodeJS.WritableStream,
  ];
  if (format.encodage !== "utf-8") etapes.push(encoder(format.encodage));
  etapes.push(createWriteStream(chemin, { highWaterMark: 1 << 20 }));
  return etapes;
}
