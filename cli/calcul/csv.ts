/**
 * CSV in, CSV out, streamed row by row (memory stays flat however long the
 * file). Two conventions are recognised from the file itself:
 * - French Excel: « ; » separator, decimal comma, UTF-8 (with or without BOM)
 *   or Windows-1252;
 * - plain CSV: « , » separator, decimal point.
 * The output keeps the input's separator, decimal mark, encoding and BOM.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify";
import iconv from "iconv-lite";
import type { Exact } from "../../core";
import { ErreurCli } from "../erreurs";
import { progression } from "../progression";
import { Bilan } from "./bilan";
import { type CleEntree, COLONNES_RESULTATS, reperer } from "./colonnes";
import { calculerLigne, type Convention, type Resultat } from "./ligne";

export interface FormatCsv {
  encodage: "utf-8" | "windows-1252";
  bom: boolean;
  separateur: ";" | ",";
  convention: Convention;
  finDeLigne: "\r\n" | "\n";
}

/** Guesses the file's convention from its first 64 KiB. */
export async function detecterCsv(chemin: string): Promise<FormatCsv> {
  const fichier = await open(chemin, "r");
  const debut = Buffer.alloc(65536);
  const { bytesRead } = await fichier.read(debut, 0, debut.length, 0);
  await fichier.close();
  const octets = debut.subarray(0, bytesRead);
  if (bytesRead === 0) throw new ErreurCli(`Le fichier ${chemin} est vide.`);
  if (octets.includes(0)) throw new ErreurCli(`Le fichier ${chemin} n'est pas un fichier texte CSV (il contient des données binaires).`);

  const bom = octets[0] === 0xef && octets[1] === 0xbb && octets[2] === 0xbf;
  const encodage = bom || utf8Valide(octets, bytesRead < debut.length) ? "utf-8" : "windows-1252";
  const texte = encodage === "utf-8" ? octets.toString("utf8") : iconv.decode(octets, "windows-1252");
  const entete = premiereLigne(texte.replace(/^\ufeff/, ""));
  if (entete.trim() === "") throw new ErreurCli(`Le fichier ${chemin} ne contient pas de ligne d'en-tête.`);
  const separateur = compter(entete, ";") > 0 && compter(entete, ";") >= compter(entete, ",") ? ";" : ",";
  return {
    encodage,
    bom,
    separateur,
    convention: separateur === ";" ? "francaise" : "internationale",
    finDeLigne: texte.includes("\r\n") ? "\r\n" : "\n",
  };
}

function utf8Valide(octets: Buffer, complet: boolean): boolean {
  // A chunk may cut a multi-byte character at its end: ignore up to 3 trailing bytes.
  for (let coupe = 0; coupe <= (complet ? 0 : 3); coupe++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(octets.subarray(0, octets.length - coupe));
      return true;
    } catch {
      /* try a shorter slice */
    }
  }
  return false;
}

function premiereLigne(texte: string): string {
  let guillemets = false;
  for (let i = 0; i < texte.length; i++) {
    const c = texte[i];
    if (c === '"') guillemets = !guillemets;
    else if ((c === "\n" || c === "\r") && !guillemets) return texte.slice(0, i);
  }
  return texte;
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

/** Result columns as text, with the file's decimal mark. */
export function texteResultats(r: { resultat: Resultat } | { erreur: string }, convention: Convention): string[] {
  if ("erreur" in r) return ["", "", "", "", "", "", r.erreur];
  const x = r.resultat;
  const nombre = (d: Exact, centimes: boolean) => {
    const t = centimes ? d.toFixed(2) : d.toFixed();
    return convention === "francaise" ? t.replace(".", ",") : t;
  };
  return [
    nombre(x.heuresFonctionnement, false),
    nombre(x.subvention, true),
    nombre(x.bonusCtg, true),
    nombre(x.ecretement, true),
    nombre(x.totalFondsNationaux, true),
    nombre(x.resteAFinancer, true),
    "",
  ];
}

/** UTF-8 bytes (what csv-stringify emits) re-encoded in Windows-1252, characters never cut in two. */
function versWindows1252(): Transform {
  const decodeur = new StringDecoder("utf8");
  return new Transform({
    transform(morceau: Buffer, _enc, fini) {
      fini(null, iconv.encode(decodeur.write(morceau), "windows-1252"));
    },
    flush(fini) {
      fini(null, iconv.encode(decodeur.end(), "windows-1252"));
    },
  });
}

export async function calculerCsv(entree: string, sortie: string): Promise<Bilan> {
  const format = await detecterCsv(entree);
  const taille = (await stat(entree)).size;
  const barre = progression(taille, "Calcul");
  const bilan = new Bilan();
  let index: [CleEntree, number][] | null = null;
  let largeur = 0;
  // Rows are numbered as a spreadsheet shows them (header = 1), not as physical
  // lines: a quoted value may span several lines and still be one row.
  let ligne = 1;

  const lecture = createReadStream(entree);
  let lus = 0;
  lecture.on("data", (morceau) => {
    lus += morceau.length;
    barre.avancer(lus);
  });

  const calcul = new Transform({
    objectMode: true,
    transform(champs: string[], _enc: BufferEncoding, fini: TransformCallback) {
      if (index === null) {
        try {
          index = Object.entries(reperer(champs)) as [CleEntree, number][];
        } catch (erreur) {
          return fini(erreur as Error);
        }
        largeur = champs.length;
        return fini(null, [...champs, ...COLONNES_RESULTATS]);
      }
      ligne++;
      if (champs.every((c) => c.trim() === "")) return fini();
      const cellules: Partial<Record<CleEntree, string>> = {};
      for (const [cle, i] of index) cellules[cle] = champs[i];
      const r =
        champs.length > largeur
          ? { erreur: `la ligne a ${champs.length} colonnes, l'en-tête en a ${largeur} : les colonnes en trop sont gardées à la fin` }
          : calculerLigne(cellules, format.convention);
      bilan.ajouter(ligne, r);
      const sortie = champs.slice(0, largeur);
      while (sortie.length < largeur) sortie.push("");
      sortie.push(...texteResultats(r, format.convention));
      for (let i = largeur; i < champs.length; i++) sortie.push(champs[i]);
      fini(null, sortie);
    },
  });

  const etapes: NodeJS.ReadWriteStream[] = [];
  if (format.encodage === "windows-1252") etapes.push(iconv.decodeStream("windows-1252"));
  etapes.push(parse({ delimiter: format.separateur, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as NodeJS.ReadWriteStream);
  etapes.push(calcul);
  etapes.push(stringify({ delimiter: format.separateur, record_delimiter: format.finDeLigne === "\r\n" ? "windows" : "unix", bom: format.bom }) as unknown as NodeJS.ReadWriteStream);
  if (format.encodage === "windows-1252") etapes.push(versWindows1252());

  try {
    await (pipeline as (...flux: unknown[]) => Promise<void>)(lecture, ...etapes, createWriteStream(sortie));
  } catch (erreur) {
    if (erreur instanceof ErreurCli) throw erreur;
    const code = (erreur as { code?: string }).code ?? "";
    if (code.startsWith("CSV_")) throw new ErreurCli(`Le fichier ${entree} n'est pas un CSV lisible : ${(erreur as Error).message}`);
    throw erreur;
  }
  barre.finir();
  if (index === null) throw new ErreurCli(`Le fichier ${entree} ne contient pas de ligne d'en-tête.`);
  return bilan;
}
