/**
 * A workbook is a zip of XML parts: 6 MB on disk may hold 6 GB of shared
 * strings. Before ExcelJS parses any part, each one is inflated once,
 * counting bytes, and the reading stops at the first limit crossed: the sizes
 * the zip declares are not trusted (a hostile file lies about them).
 *
 * That pass is also where the parts we read ourselves (names, saved values,
 * links, styles) are read: a `lecteur` gets each part's bytes as they are
 * inflated, so no part is inflated twice for us.
 */
import { ErreurCli } from "./erreurs";

// The zip library ExcelJS itself uses (no type declarations).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const unzipper = require("unzipper") as { Open: { file(chemin: string): Promise<{ files: EntreeZip[] }> } };

interface EntreeZip {
  path: string;
  type: string;
  uncompressedSize: number;
  stream(): NodeJS.ReadableStream & { destroy?(): void };
}

export interface Limites {
  /** The shared strings are held in memory while the sheets are read. */
  chainesPartagees: number;
  /** Any one part (a sheet is streamed, but time grows with its size). */
  partie: number;
  /** All parts together. */
  total: number;
  /** Parts in the zip. */
  parties: number;
}

/** A real portfolio of 100 000 LAEP is about 5 MB of shared strings and 40 MB of sheet. */
export const LIMITES: Limites = {
  chainesPartagees: 128 * 1024 * 1024,
  partie: 1024 * 1024 * 1024,
  total: 2 * 1024 * 1024 * 1024,
  parties: 10_000,
};

const MO = 1024 * 1024;

/** What reads one part's bytes during the pass. */
export interface LecteurPartie {
  morceau(octets: Buffer): void;
  fin(): void;
}

export async function verifierZip(chemin: string, lecteur: (partie: string) => LecteurPartie | undefined = () => undefined, limites: Limites = LIMITES): Promise<void> {
  let zip: { files: EntreeZip[] };
  try {
    zip = await unzipper.Open.file(chemin);
  } catch (erreur) {
    if ((erreur as { code?: string }).code && /^E[A-Z]+$/.test((erreur as { code: string }).code)) throw erreur;
    throw new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (ce n'est pas une archive zip, ou elle est tronquée).`);
  }
  if (!zip.files.some((f) => f.path === "xl/workbook.xml")) throw new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (il ne contient pas de classeur Excel).`);
  if (zip.files.length > limites.parties) throw new ErreurCli(`Le classeur ${chemin} contient plus de ${limites.parties} parties : ce n'est pas un classeur ordinaire, il n'est pas lu.`);
  let total = 0;
  for (const f of zip.files) {
    if (f.type === "Directory") continue;
    const limite = f.path === "xl/sharedStrings.xml" ? limites.chainesPartagees : limites.partie;
    const quoi = f.path === "xl/sharedStrings.xml" ? "son texte (chaînes partagées)" : `sa partie ${f.path}`;
    const refus = () =>
      new ErreurCli(`Le classeur ${chemin} se décompresse en plus de ${Math.round((total > limites.total ? limites.total : limite) / MO)} Mo (${total > limites.total ? "au total" : quoi}) : ce n'est pas un classeur ordinaire, il n'est pas lu.`);
    let taille = 0;
    const lecture = lecteur(f.path);
    // A part we read that is not well-formed XML: the workbook is damaged (a refusal of ours stays as it is).
    const illisible = (erreur: unknown) => (erreur instanceof ErreurCli ? erreur : new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (sa partie ${f.path} est endommagée).`));
    await new Promise<void>((resolu, rejete) => {
      let flux: ReturnType<EntreeZip["stream"]>;
      try {
        flux = f.stream();
      } catch (e) {
        rejete(e);
        return;
      }
      flux.on("data", (morceau: Buffer) => {
        taille += morceau.length;
        total += morceau.length;
        if (taille > limite || total > limites.total) {
          flux.removeAllListeners("data");
          flux.destroy?.();
          rejete(refus());
          return;
        }
        try {
          lecture?.morceau(morceau);
        } catch (erreur) {
          flux.removeAllListeners("data");
          flux.destroy?.();
          rejete(illisible(erreur));
        }
      });
      flux.on("end", () => {
        try {
          lecture?.fin();
          resolu();
        } catch (erreur) {
          rejete(illisible(erreur));
        }
      });
      flux.on("error", () => rejete(new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (sa partie ${f.path} est endommagée).`)));
    });
  }
}
