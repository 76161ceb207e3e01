/**
 * A CSV's records for the first pass of a campaign, read without csv-parse.
 *
 * Why by hand: the first pass only adds up three columns, and csv-parse's
 * general parser was half of its cost, enough to put a campaign above 3× a
 * plain read-and-write (npm run bench). This reader follows csv-parse's
 * rules as `lireCsv` configures it (quotes doubled inside a quoted field, a
 * quote inside an unquoted field kept as a character, CRLF, LF and CR all
 * ending a record, an empty line a record of one empty field), and gives up
 * on anything else (a character after a closing quote, an unclosed quote, a
 * record over the size limit): the first pass then runs again with
 * csv-parse, which says what is wrong. Its result is checked anyway: the
 * second pass, with csv-parse, adds up the same N-1 sums and stops the run if
 * they differ. That it gives csv-parse's records is also tested on random
 * texts (test/cli/calcul/lectureRapideCsv.test.ts).
 */
import { createReadStream } from "node:fs";
import iconv from "iconv-lite";
import { Campagne } from "./campagne";
import { reperer, repererCampagne } from "./colonnes";
import type { FormatCsv } from "./lireCsv";
import { TAILLE_MAX_LIGNE } from "./lireCsv";

/** This reader cannot follow the file: read it with csv-parse instead. */
export class LectureRapideImpossible extends Error {}

const GUILLEMET = 34;
const CR = 13;
const LF = 10;
const FIN_OU_GUILLEMET = /[\r\n"]/g;

/**
 * The record that starts at `i`: its fields and where the next one starts,
 * or null when the text ends before the record does (more text to come).
 * A line without quotes is split natively; a record with quotes is read
 * character by character.
 */
function enregistrement(texte: string, i: number, separateur: string, fin: boolean): { champs: string[]; suite: number } | null {
  FIN_OU_GUILLEMET.lastIndex = i;
  const m = FIN_OU_GUILLEMET.exec(texte);
  if (m === null) return fin ? { champs: texte.slice(i).split(separateur), suite: texte.length } : null;
  const j = m.index;
  if (texte.charCodeAt(j) !== GUILLEMET) {
    // CR at the very end: a LF may follow in the next piece of text.
    if (texte.charCodeAt(j) === CR && j + 1 === texte.length && !fin) return null;
    const suite = texte.charCodeAt(j) === CR && texte.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
    return { champs: texte.slice(i, j).split(separateur), suite };
  }
  return enregistrementEntreGuillemets(texte, i, separateur.charCodeAt(0), fin);
}

function enregistrementEntreGuillemets(texte: string, i: number, separateur: number, fin: boolean): { champs: string[]; suite: number } | null {
  const champs: string[] = [];
  let champ = "";
  /** 0: start of a field; 1: unquoted field; 2: inside quotes; 3: a quote seen inside quotes. */
  let etat = 0;
  let depuis = i;
  const n = texte.length;
  while (i < n) {
    const c = texte.charCodeAt(i);
    if (etat === 2) {
      const q = texte.indexOf('"', i);
      if (q < 0) break;
      champ += texte.slice(depuis, q);
      etat = 3;
      i = q + 1;
      continue;
    }
    if (etat === 3) {
      if (c === GUILLEMET) {
        champ += '"';
        etat = 2;
        i++;
        depuis = i;
        continue;
      }
      // After a closing quote, only a separator or the end of the line (csv-parse refuses the rest).
      if (c !== separateur && c !== CR && c !== LF) throw new LectureRapideImpossible();
      depuis = i;
    } else if (etat === 0 && c === GUILLEMET) {
      etat = 2;
      i++;
      depuis = i;
      continue;
    }
    if (c === separateur || c === CR || c === LF) {
      if (etat !== 3) champ += texte.slice(depuis, i);
      champs.push(champ);
      champ = "";
      etat = 0;
      if (c === separateur) {
        i++;
        depuis = i;
        continue;
      }
      if (c === CR && i + 1 === n && !fin) return null;
      return { champs, suite: c === CR && texte.charCodeAt(i + 1) === LF ? i + 2 : i + 1 };
    }
    etat = 1;
    i++;
  }
  // The text ends inside the record.
  if (!fin) return null;
  if (etat === 2) throw new LectureRapideImpossible(); // a quote never closed
  if (etat !== 3) champ += texte.slice(depuis, n);
  champs.push(champ);
  return { champs, suite: n };
}

/** The records, a piece of the file at a time (one await per megabyte, not per record). */
export async function* lireCsvRapide(chemin: string, format: FormatCsv): AsyncGenerator<string[][]> {
  const decodeur = format.encodage === "utf-8" ? new TextDecoder("utf-8") : iconv.getDecoder(format.encodage);
  const decoder = (octets: Buffer | null): string =>
    decodeur instanceof TextDecoder ? (octets ? decodeur.decode(octets, { stream: true }) : decodeur.decode()) : octets ? decodeur.write(octets) : (decodeur.end() ?? "");
  /** The records of `texte`, and what is left of it (a record not yet ended). */
  const lire = (texte: string, fin: boolean): [string[][], string] => {
    const lots: string[][] = [];
    let i = 0;
    while (i < texte.length) {
      const r = enregistrement(texte, i, format.separateur, fin);
      if (r === null) break;
      lots.push(r.champs);
      i = r.suite;
    }
    return [lots, texte.slice(i)];
  };
  let reste = "";
  let debut = true;
  for await (const morceau of createReadStream(chemin, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let texte = reste + decoder(morceau);
    if (debut && texte.length > 0) {
      if (texte.charCodeAt(0) === 0xfeff) texte = texte.slice(1);
      debut = false;
    }
    const [lots, suite] = lire(texte, false);
    reste = suite;
    if (reste.length > TAILLE_MAX_LIGNE) throw new LectureRapideImpossible();
    yield lots;
  }
  yield lire(reste + decoder(null), true)[0];
}

/**
 * The first pass over a CSV: each territory's N-1 sums, read straight from
 * the records (no stream stage per row), or null when the file has no N-1
 * columns. The header is found and checked as the second pass will.
 */
export async function totauxN1Csv(chemin: string, format: FormatCsv): Promise<Campagne | null> {
  let numero = 0;
  let campagne: Campagne | null = null;
  for await (const lot of lireCsvRapide(chemin, format)) {
    for (const champs of lot) {
      numero++;
      if (campagne === null) {
        // Leading blank rows are not the header.
        if (champs.every((c) => c.trim() === "")) continue;
        reperer(champs);
        const colonnes = repererCampagne(champs);
        if (!colonnes?.n1) return null;
        campagne = new Campagne(colonnes, format.convention);
        continue;
      }
      const { territoire, n1 } = campagne.colonnes;
      campagne.compterN1(numero, champs[territoire] ?? "", campagne.lireN1(champs[n1!.heures], champs[n1!.bonus]), 1);
    }
  }
  return campagne;
}
