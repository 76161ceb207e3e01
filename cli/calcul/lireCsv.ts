/**
 * A CSV portfolio read as Excel would open it, streamed (memory stays flat
 * however long the file). The convention is recognised from the file itself:
 * - French Excel: « ; » separator, decimal comma;
 * - plain CSV: « , » separator, decimal point;
 * - Excel's « Texte Unicode »: tab separator, UTF-16 with BOM;
 * in UTF-8 (with or without BOM), Windows-1252, or UTF-16 with BOM, and any
 * mix of CRLF, LF and CR line endings.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { ErreurCli } from "../erreurs";
import type { Convention } from "./ligne";

export type EncodageCsv = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export interface FormatCsv {
  encodage: EncodageCsv;
  bom: boolean;
  separateur: ";" | "," | "\t";
  convention: Convention;
  finDeLigne: "\r\n" | "\n" | "\r";
}

/** One row longer than this is not a portfolio's (an unclosed quote swallowing the file): refused, not buffered. */
export const TAILLE_MAX_LIGNE = 1024 * 1024;

/**
 * Guesses the file's convention. The encoding is decided on the whole file
 * (one streamed pass): a file that is valid UTF-8 up to its last byte is
 * UTF-8; one accented byte that is not, even after 64 KiB, makes it
 * Windows-1252.
 */
export async function detecterCsv(chemin: string): Promise<FormatCsv> {
  const fichier = await open(chemin, "r");
  let debut: Buffer;
  try {
    const tampon = Buffer.alloc(65536);
    const { bytesRead } = await fichier.read(tampon, 0, tampon.length, 0);
    debut = tampon.subarray(0, bytesRead);
  } finally {
    await fichier.close();
  }
  if (debut.length === 0) throw new ErreurCli(`Le fichier ${chemin} est vide.`);

  let encodage: EncodageCsv;
  let bom = false;
  const sansBom = utf16SansBom(debut);
  if (debut[0] === 0xff && debut[1] === 0xfe) [encodage, bom] = ["utf-16le", true];
  else if (debut[0] === 0xfe && debut[1] === 0xff) [encodage, bom] = ["utf-16be", true];
  else if (sansBom) encodage = sansBom;
  else {
    bom = debut[0] === 0xef && debut[1] === 0xbb && debut[2] === 0xbf;
    encodage = (await examinerOctets(chemin)) ? "utf-8" : "windows-1252";
    if (bom && encodage !== "utf-8") throw new ErreurCli(`Le fichier ${chemin} s'annonce en UTF-8 mais contient des octets qui n'en sont pas : enregistrez-le de nouveau depuis Excel (« CSV UTF-8 »).`);
  }
  const texte = iconv.decode(debut, encodage === "utf-8" ? "utf8" : encodage).replace(/^\ufeff/, "");
  const [entete, fin] = premiereLigne(texte);
  if (entete.trim() === "") throw new ErreurCli(`Le fichier ${chemin} ne contient pas de ligne d'en-tête.`);
  const n = { ";": compter(entete, ";"), ",": compter(entete, ","), "\t": compter(entete, "\t") };
  const separateur = n["\t"] > n[";"] && n["\t"] > n[","] ? "\t" : n[";"] > 0 && n[";"] >= n[","] ? ";" : ",";
  return { encodage, bom, separateur, convention: separateur === "," ? "internationale" : "francaise", finDeLigne: fin };
}

/**
 * UTF-16 without its BOM (some exports omit it): text whose every other byte
 * is 0, at even positions for big-endian, at odd ones for little-endian.
 */
function utf16SansBom(octets: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(octets.length, 4096) & ~1;
  if (n < 4) return null;
  let pairs = 0;
  let impairs = 0;
  for (let i = 0; i < n; i += 2) {
    if (octets[i] === 0) pairs++;
    if (octets[i + 1] === 0) impairs++;
  }
  const moitie = n / 2;
  if (impairs > 0.9 * moitie && pairs < 0.1 * moitie) return "utf-16le";
  if (pairs > 0.9 * moitie && impairs < 0.1 * moitie) return "utf-16be";
  return null;
}

/**
 * True when the whole file is UTF-8. Refuses a binary file (a NUL byte: no
 * text spreadsheet writes one outside UTF-16, which has its BOM).
 */
async function examinerOctets(chemin: string): Promise<boolean> {
  const decodeur = new TextDecoder("utf-8", { fatal: true });
  let utf8 = true;
  for await (const morceau of createReadStream(chemin, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (morceau.includes(0)) throw new ErreurCli(`Le fichier ${chemin} n'est pas un fichier texte CSV (il contient des données binaires).`);
    if (utf8) {
      try {
        decodeur.decode(morceau, { stream: true });
      } catch {
        utf8 = false;
      }
    }
  }
  if (utf8) {
    try {
      decodeur.decode();
    } catch {
      utf8 = false; // the file ends in the middle of a character
    }
  }
  return utf8;
}

function premiereLigne(texte: string): [string, FormatCsv["finDeLigne"]] {
  let guillemets = false;
  for (let i = 0; i < texte.length; i++) {
    const c = texte[i];
    if (c === '"') guillemets = !guillemets;
    else if ((c === "\n" || c === "\r") && !guillemets) return [texte.slice(0, i), c === "\n" ? "\n" : texte[i + 1] === "\n" ? "\r\n" : "\r"];
  }
  return [texte, "\r\n"];
}

function compter(ligne: string, c: string): number {
  let n = 0;
  let guillemets = false;
  for (const x of ligne) {
    if (x === '"') guillemets = !guillemets;
    else if (x === c && !guillemets) n++;
  }
  return n;
}

/**
 * The stages that read the file's rows: raw records, numbered by the
 * calculation as Excel numbers them when it opens the file (an empty line is
 * a row, a quoted value over several lines is one row).
 */
export function lireCsv(chemin: string, format: FormatCsv): NodeJS.ReadableStream[] {
  const etapes: NodeJS.ReadableStream[] = [createReadStream(chemin, { highWaterMark: 1 << 18 })];
  if (format.encodage !== "utf-8") etapes.push(iconv.decodeStream(format.encodage) as unknown as NodeJS.ReadableStream);
  etapes.push(
    parse({
      delimiter: format.separateur,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ["\r\n", "\n", "\r"],
      max_record_size: TAILLE_MAX_LIGNE,
    }) as unknown as NodeJS.ReadableStream,
  );
  return etapes;
}
