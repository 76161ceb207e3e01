/**
 * What we read from a workbook's XML ourselves, because ExcelJS loses it:
 * - the sheets in their order and the defined names with their scope (a
 *   `TAUX` local to a sheet is not the workbook's `TAUX`) — for the audit;
 * - each formula's saved value exactly as stored (ExcelJS drops a saved 0,
 *   and cannot tell a formula never calculated from one whose result is
 *   empty) — for the audit;
 * - the hyperlinks of each sheet (its streaming reader cannot attach them:
 *   a sheet stores its links after its rows, their targets in another part)
 *   — for `calcul`.
 *
 * The parts are read as the limit check inflates them (see limitesZip.ts),
 * with saxes (the XML parser ExcelJS uses), without any entity resolution:
 * a DTD is refused, never expanded.
 */
import { posix } from "node:path";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { lettresColonne } from "../core/format/lettresColonne";
import { ErreurCli } from "./erreurs";
import type { LecteurPartie } from "./limitesZip";

export interface NomDefini {
  nom: string;
  /** Index of the sheet the name is local to, in the workbook's order; undefined for a workbook name. */
  feuille?: number;
  /** Its formula, as stored (English syntax, without « = »). */
  texte: string;
}

/** A formula's saved value: `jamais` when the file holds no value for it (never calculated). */
export type Enregistree = string | number | boolean | null | { erreur: string } | "jamais";

/** The target of each linked cell (an address outside the workbook), by cell address. */
export type Liens = Map<string, string>;

const local = (t: { name: string }) => t.name.replace(/^.*:/, "");
const FEUILLE = /^xl\/worksheets\/[^/]+\.xml$/;
const LIENS_FEUILLE = /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/;
const DEBUT_LIENS = Buffer.from("<hyperlinks");
/** A real sheet's <hyperlinks> element is small; beyond this, the rest is ignored. */
const TAILLE_MAX_LIENS = 16 * 1024 * 1024;

/** A saxes parser fed with a part's bytes as they come. */
function lecteurXml(chemin: string, partie: string, ecouter: (p: SaxesParser) => void, options: { fragment?: boolean } = {}): LecteurPartie {
  const p = new SaxesParser({ xmlns: false, position: false, fragment: options.fragment });
  p.on("doctype", () => {
    throw new ErreurCli(`Le classeur ${chemin} contient une déclaration DTD (${partie}) : Excel n'en écrit jamais, il n'est pas lu.`);
  });
  ecouter(p);
  const decodeur = new TextDecoder("utf-8");
  return {
    morceau: (octets) => void p.write(decodeur.decode(octets, { stream: true })),
    fin: () => void p.write(decodeur.decode()).close(),
  };
}

export class LectureClasseur {
  private feuilles: { nom: string; id: string }[] = [];
  private relations = new Map<string, string>();
  readonly noms: NomDefini[] = [];
  private valeursParPartie = new Map<string, Map<string, Enregistree>>();
  private liensParPartie = new Map<string, { ref: string; id: string }[]>();
  private ciblesParPartie = new Map<string, Map<string, string>>();

  constructor(
    private readonly chemin: string,
    private readonly lire: { valeurs: boolean; liens: boolean },
  ) {}

  /** Hands to the limit check the reader of each part we need. */
  readonly lecteur = (partie: string): LecteurPartie | undefined => {
    if (partie === "xl/workbook.xml") return this.classeur(partie);
    if (partie === "xl/_rels/workbook.xml.rels") return this.relationsDe(partie, this.relations, false);
    if (this.lire.valeurs && FEUILLE.test(partie)) return this.valeursDe(partie);
    if (this.lire.liens && FEUILLE.test(partie)) return this.liensDe(partie);
    if (this.lire.liens && LIENS_FEUILLE.test(partie)) {
      const cibles = new Map<string, string>();
      const feuille = posix.join(posix.dirname(posix.dirname(partie)), posix.basename(partie, ".rels"));
      this.ciblesParPartie.set(feuille, cibles);
      return this.relationsDe(partie, cibles, true);
    }
    return undefined;
  };

  /** The sheets in the workbook's order, with their part. */
  feuillesEtParties(): { nom: string; partie: string }[] {
    return this.feuilles.map((f, i) => {
      const cible = this.relations.get(f.id) ?? `worksheets/sheet${i + 1}.xml`;
      return { nom: f.nom, partie: cible.startsWith("/") ? cible.slice(1) : posix.join("xl", cible) };
    });
  }

  /** Each formula cell of the sheet, with its saved value as stored. */
  valeurs(partie: string): Map<string, Enregistree> {
    return this.valeursParPartie.get(partie) ?? new Map();
  }

  /** The sheet's links to addresses outside the workbook, by sheet name. */
  liens(): Map<string, Liens> {
    const parFeuille = new Map<string, Liens>();
    for (const { nom, partie } of this.feuillesEtParties()) {
      const cibles = this.ciblesParPartie.get(partie);
      const liens: Liens = new Map();
      for (const { ref, id } of this.liensParPartie.get(partie) ?? []) {
        const cible = cibles?.get(id);
        if (cible) for (const c of cellules(ref)) liens.set(c, cible);
      }
      if (liens.size > 0) parFeuille.set(nom, liens);
    }
    return parFeuille;
  }

  private classeur(partie: string): LecteurPartie {
    let nom: NomDefini | null = null;
    return lecteurXml(this.chemin, partie, (p) => {
      p.on("opentag", (t: SaxesTagPlain) => {
        if (local(t) === "sheet") this.feuilles.push({ nom: String(t.attributes.name), id: String(t.attributes["r:id"] ?? "") });
        if (local(t) === "definedName") {
          const scope = t.attributes.localSheetId;
          nom = { nom: String(t.attributes.name), feuille: scope === undefined ? undefined : Number(scope), texte: "" };
        }
      });
      p.on("text", (x) => {
        if (nom) nom.texte += x;
      });
      p.on("closetag", (t) => {
        if (local(t) === "definedName" && nom) {
          this.noms.push(nom);
          nom = null;
        }
      });
    });
  }

  private relationsDe(partie: string, cibles: Map<string, string>, externesSeules: boolean): LecteurPartie {
    return lecteurXml(this.chemin, partie, (p) =>
      p.on("opentag", (t: SaxesTagPlain) => {
        if (local(t) !== "Relationship" || (externesSeules && String(t.attributes.TargetMode ?? "") !== "External")) return;
        cibles.set(String(t.attributes.Id), String(t.attributes.Target));
      }),
    );
  }

  private valeursDe(partie: string): LecteurPartie {
    const valeurs = new Map<string, Enregistree>();
    this.valeursParPartie.set(partie, valeurs);
    let cellule: { adresse: string; type: string; formule: boolean; v: string | null } | null = null;
    let dansValeur = false;
    return lecteurXml(this.chemin, partie, (p) => {
      p.on("opentag", (t: SaxesTagPlain) => {
        const nom = local(t);
        if (nom === "c") cellule = { adresse: String(t.attributes.r ?? ""), type: String(t.attributes.t ?? "n"), formule: false, v: null };
        else if (cellule && nom === "f") cellule.formule = true;
        else if (cellule && (nom === "v" || nom === "t")) {
          dansValeur = true;
          cellule.v ??= "";
        }
      });
      p.on("text", (x) => {
        if (cellule && dansValeur) cellule.v += x;
      });
      p.on("closetag", (t) => {
        const nom = local(t);
        if (nom === "v" || nom === "t") dansValeur = false;
        else if (nom === "c" && cellule) {
          if (cellule.formule) valeurs.set(cellule.adresse, lireValeur(cellule.type, cellule.v));
          cellule = null;
        }
      });
    });
  }

  /**
   * Only the <hyperlinks> element is parsed: the rows before it are skipped
   * by a byte search, much cheaper than parsing them for nothing.
   */
  private liensDe(partie: string): LecteurPartie {
    let reste = Buffer.alloc(0);
    let trouve: Buffer[] | null = null;
    let taille = 0;
    return {
      morceau: (octets) => {
        if (trouve) {
          if (taille < TAILLE_MAX_LIENS) trouve.push(octets);
          taille += octets.length;
          return;
        }
        const tampon = Buffer.concat([reste, octets]);
        const i = tampon.indexOf(DEBUT_LIENS);
        if (i >= 0) {
          trouve = [tampon.subarray(i)];
          taille = tampon.length - i;
        } else reste = tampon.subarray(Math.max(0, tampon.length - DEBUT_LIENS.length));
      },
      fin: () => {
        if (!trouve) return;
        const element = /<hyperlinks[\s\S]*?<\/hyperlinks>/.exec(Buffer.concat(trouve).toString("utf8"))?.[0];
        if (!element) return;
        const liens: { ref: string; id: string }[] = [];
        this.liensParPartie.set(partie, liens);
        const lecteur = lecteurXml(
          this.chemin,
          partie,
          (p) =>
            p.on("opentag", (t: SaxesTagPlain) => {
              if (local(t) === "hyperlink" && t.attributes["r:id"]) liens.push({ ref: String(t.attributes.ref ?? ""), id: String(t.attributes["r:id"]) });
            }),
          { fragment: true },
        );
        try {
          lecteur.morceau(Buffer.from(element));
          lecteur.fin();
        } catch (erreur) {
          // A damaged links element: the cells stay plain. A DTD is still refused.
          if (erreur instanceof ErreurCli) throw erreur;
          liens.length = 0;
        }
      },
    };
  }
}

/** Each cell of a range (a link over a range applies to each); a huge range is not a portfolio's. */
function cellules(ref: string): string[] {
  const pos = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x.replace(/\$/g, ""));
    return m ? { col: [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0), ligne: Number(m[2]) } : null;
  };
  const [a, b = a] = ref.split(":");
  const p = pos(a);
  const q = pos(b);
  if (!p || !q) return [];
  const toutes: string[] = [];
  for (let l = p.ligne; l <= q.ligne && toutes.length < 100_000; l++) for (let c = p.col; c <= q.col && toutes.length < 100_000; c++) toutes.push(`${lettresColonne(c - 1)}${l}`);
  return toutes;
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
