/**
 * The hyperlinks of a workbook's sheets, read beforehand. ExcelJS's
 * streaming reader cannot attach them to cells: a sheet stores its links
 * after its rows (<hyperlinks> follows <sheetData>), and their targets in
 * another part (the sheet's relationships). Each sheet part is scanned once
 * for its <hyperlinks> element, which is then parsed with saxes (no DTD, no
 * entity resolution), and each target looked up in the sheet's relationships.
 */
import { posix } from "node:path";
import { SaxesParser } from "saxes";
import { lireStructure } from "../audit/lireClasseur";

/** A link on a cell: an address outside the workbook (a web page, a file). */
export type Liens = Map<string, string>;

const DEBUT = Buffer.from("<hyperlinks");
/** The <hyperlinks> element of a real sheet is small; beyond this, the rest is ignored. */
const TAILLE_MAX = 16 * 1024 * 1024;

interface EntreeZip {
  path: string;
  stream(): NodeJS.ReadableStream;
}

async function texte(entree: EntreeZip): Promise<string> {
  const morceaux: Buffer[] = [];
  for await (const m of entree.stream() as AsyncIterable<Buffer>) morceaux.push(m);
  return Buffer.concat(morceaux).toString("utf8");
}

/** The text from <hyperlinks to the end of the part, or null when the sheet has no links. */
async function finDeFeuille(entree: EntreeZip): Promise<string | null> {
  let reste = Buffer.alloc(0);
  let trouve: Buffer[] | null = null;
  let taille = 0;
  for await (const m of entree.stream() as AsyncIterable<Buffer>) {
    if (trouve) {
      if (taille < TAILLE_MAX) trouve.push(m);
      taille += m.length;
      continue;
    }
    const tampon = Buffer.concat([reste, m]);
    const i = tampon.indexOf(DEBUT);
    if (i >= 0) {
      trouve = [tampon.subarray(i)];
      taille = tampon.length - i;
    } else reste = tampon.subarray(Math.max(0, tampon.length - DEBUT.length));
  }
  return trouve ? Buffer.concat(trouve).toString("utf8") : null;
}

function cellules(ref: string): string[] {
  const [a, b = a] = ref.split(":");
  const pos = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x.replace(/\$/g, ""));
    if (!m) return null;
    const col = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    return { col, ligne: Number(m[2]) };
  };
  const p = pos(a);
  const q = pos(b);
  if (!p || !q) return [];
  const lettres = (n: number) => {
    let s = "";
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const toutes: string[] = [];
  // A link over a range applies to each of its cells; a huge range is not a portfolio's.
  for (let l = p.ligne; l <= q.ligne && toutes.length < 100_000; l++) for (let c = p.col; c <= q.col && toutes.length < 100_000; c++) toutes.push(`${lettres(c)}${l}`);
  return toutes;
}

export async function lireLiens(chemin: string): Promise<Map<string, Liens>> {
  const { structure, zip } = await lireStructure(chemin);
  const parFeuille = new Map<string, Liens>();
  for (const f of structure.feuilles) {
    const entree = zip.files.find((x) => x.path === f.partie);
    if (!entree) continue;
    const fin = await finDeFeuille(entree);
    if (fin === null) continue;
    const relsChemin = posix.join(posix.dirname(f.partie), "_rels", `${posix.basename(f.partie)}.rels`);
    const rels = zip.files.find((x) => x.path === relsChemin);
    const cibles = new Map<string, string>();
    if (rels) {
      const p = new SaxesParser({ xmlns: false });
      p.on("doctype", () => {
        throw new Error("DTD");
      });
      p.on("opentag", (t) => {
        if (t.name.replace(/^.*:/, "") === "Relationship" && String(t.attributes.TargetMode ?? "") === "External") cibles.set(String(t.attributes.Id), String(t.attributes.Target));
      });
      p.write(await texte(rels)).close();
    }
    const liens: Liens = new Map();
    const p = new SaxesParser({ xmlns: false, fragment: true });
    p.on("doctype", () => {
      throw new Error("DTD");
    });
    p.on("opentag", (t) => {
      if (t.name.replace(/^.*:/, "") !== "hyperlink") return;
      const cible = cibles.get(String(t.attributes["r:id"] ?? ""));
      if (cible) for (const c of cellules(String(t.attributes.ref ?? ""))) liens.set(c, cible);
    });
    p.on("error", () => undefined);
    // Only the <hyperlinks> element matters; what follows it (page setup…) may be cut.
    const elementSeul = /<hyperlinks[\s\S]*?<\/hyperlinks>/.exec(fin)?.[0] ?? "";
    try {
      p.write(elementSeul).close();
    } catch {
      /* a damaged links element: the cells stay plain */
    }
    if (liens.size > 0) parFeuille.set(f.nom, liens);
  }
  return parFeuille;
}
