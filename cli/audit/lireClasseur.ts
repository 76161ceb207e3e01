/**
 * What the audit reads from a workbook's XML itself, because ExcelJS loses
 * it: the defined names with their scope (a `TAUX` local to a sheet is not
 * the workbook's `TAUX`), the sheets in their order, and each formula's saved
 * value exactly as stored (ExcelJS drops a saved 0, and cannot tell a formula
 * never calculated from one whose result is empty).
 *
 * Parsed with saxes (the XML parser ExcelJS uses), streamed, and without any
 * entity resolution: a DTD in a workbook is refused, never expanded.
 */
import { SaxesParser } from "saxes";
import { ErreurCli } from "../erreurs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const unzipper = require("unzipper") as { Open: { file(chemin: string): Promise<{ files: EntreeZip[] }> } };

interface EntreeZip {
  path: string;
  stream(): NodeJS.ReadableStream;
}

export interface NomDefini {
  nom: string;
  /** Index of the sheet the name is local to, in the workbook's order; undefined for a workbook name. */
  feuille?: number;
  /** Its formula, as stored (English syntax, without « = »). */
  texte: string;
}

export interface Structure {
  feuilles: { nom: string; partie: string }[];
  noms: NomDefini[];
}

/** A formula's saved value: `jamais` when the file holds no value for it (never calculated). */
export type Enregistree = string | number | boolean | null | { erreur: string } | "jamais";

async function analyser(entree: EntreeZip, chemin: string, ecouter: (p: SaxesParser) => void): Promise<void> {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("doctype", () => {
    throw new ErreurCli(`Le classeur ${chemin} contient une déclaration DTD (${entree.path}) : Excel n'en écrit jamais, il n'est pas lu.`);
  });
  ecouter(p);
  const decodeur = new TextDecoder("utf-8");
  for await (const morceau of entree.stream() as AsyncIterable<Buffer>) p.write(decodeur.decode(morceau, { stream: true }));
  p.write(decodeur.decode());
  p.close();
}

function partie(zip: { files: EntreeZip[] }, nom: string): EntreeZip | undefined {
  return zip.files.find((f) => f.path === nom);
}

/** The workbook's sheets (in order, with their part) and defined names (with their scope). */
export async function lireStructure(chemin: string): Promise<{ structure: Structure; zip: { files: EntreeZip[] } }> {
  const zip = await unzipper.Open.file(chemin);
  const classeur = partie(zip, "xl/workbook.xml");
  if (!classeur) throw new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (il ne contient pas de classeur Excel).`);
  const feuilles: { nom: string; id: string }[] = [];
  const noms: NomDefini[] = [];
  let nom: { nom: string; feuille?: number; texte: string } | null = null;
  await analyser(classeur, chemin, (p) => {
    p.on("opentag", (t) => {
      const local = t.name.replace(/^.*:/, "");
      if (local === "sheet") feuilles.push({ nom: String(t.attributes.name), id: String(t.attributes["r:id"] ?? "") });
      if (local === "definedName") {
        const scope = t.attributes.localSheetId;
        nom = { nom: String(t.attributes.name), feuille: scope === undefined ? undefined : Number(scope), texte: "" };
      }
    });
    p.on("text", (x) => {
      if (nom) nom.texte += x;
    });
    p.on("closetag", (t) => {
      if (t.name.replace(/^.*:/, "") === "definedName" && nom) {
        noms.push(nom);
        nom = null;
      }
    });
  });
  const cibles = new Map<string, string>();
  const liens = partie(zip, "xl/_rels/workbook.xml.rels");
  if (liens) {
    await analyser(liens, chemin, (p) =>
      p.on("opentag", (t) => {
        if (t.name.replace(/^.*:/, "") === "Relationship") cibles.set(String(t.attributes.Id), String(t.attributes.Target));
      }),
    );
  }
  const chemins = feuilles.map((f, i) => {
    const cible = cibles.get(f.id) ?? `worksheets/sheet${i + 1}.xml`;
    return { nom: f.nom, partie: cible.startsWith("/") ? cible.slice(1) : `xl/${cible}` };
  });
  return { structure: { feuilles: chemins, noms }, zip };
}

/** Every formula cell of a sheet part, with its saved value as stored. */
export async function valeursFormules(zip: { files: EntreeZip[] }, nomPartie: string, chemin: string): Promise<Map<string, Enregistree>> {
  const valeurs = new Map<string, Enregistree>();
  const entree = partie(zip, nomPartie);
  if (!entree) return valeurs;
  let cellule: { adresse: string; type: string; formule: boolean; v: string | null } | null = null;
  let dansV = false;
  let dansT = false;
  await analyser(entree, chemin, (p) => {
    p.on("opentag", (t) => {
      switch (t.name.replace(/^.*:/, "")) {
        case "c":
          cellule = { adresse: String(t.attributes.r ?? ""), type: String(t.attributes.t ?? "n"), formule: false, v: null };
          break;
        case "f":
          if (cellule) cellule.formule = true;
          break;
        case "v":
          dansV = true;
          if (cellule) cellule.v ??= "";
          break;
        case "t":
          dansT = true;
          if (cellule) cellule.v ??= "";
          break;
      }
    });
    p.on("text", (x) => {
      if (cellule && (dansV || dansT)) cellule.v += x;
    });
    p.on("closetag", (t) => {
      const local = t.name.replace(/^.*:/, "");
      if (local === "v") dansV = false;
      else if (local === "t") dansT = false;
      else if (local === "c" && cellule) {
        if (cellule.formule) valeurs.set(cellule.adresse, lireValeur(cellule.type, cellule.v));
        cellule = null;
      }
    });
  });
  return valeurs;
}

function lireValeur(type: string, v: string | null): Enregistree {
  if (v === null) return "jamais";
  switch (type) {
    case "b":
      return v === "1";
    case "e":
      return { erreur: v };
    case "str":
    case "inlineStr":
      return v;
    default: {
      if (v === "") return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}
