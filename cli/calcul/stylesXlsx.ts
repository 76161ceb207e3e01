/**
 * The styles of a workbook, read before any of its sheets.
 *
 * Why: ExcelJS's streaming reader takes the zip's entries in the order they
 * are stored. When a sheet is stored after the shared strings but before
 * xl/styles.xml (a legal order, which some writers use), it parses that sheet
 * without styles, and a date typed where hours are expected is just its serial
 * number (46 143 h). Reading xl/styles.xml first, during the limit check's
 * pass (see limitesZip.ts), lets every sheet know each cell's number format,
 * whatever the order.
 */
import { PassThrough } from "node:stream";
import { ErreurCli } from "../erreurs";
import type { LecteurPartie } from "../limitesZip";

// An internal module of ExcelJS 4 (no type declarations): the parser its reader uses for this part.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const StyleManager = require("exceljs/lib/xlsx/xform/style/styles-xform") as new () => { parseStream(flux: NodeJS.ReadableStream): Promise<void> };

/** A styles part larger than this is not a portfolio's: refused rather than expanded. */
const TAILLE_MAX_STYLES = 16 * 1024 * 1024;

/** Reads xl/styles.xml as it is inflated; `styles()` gives ExcelJS's parsed styles, or null without that part. */
export function lectureStyles(chemin: string): { lecteur: (partie: string) => LecteurPartie | undefined; styles(): Promise<object | null> } {
  let resultat: Promise<object | null> = Promise.resolve(null);
  return {
    lecteur(partie) {
      if (partie !== "xl/styles.xml") return undefined;
      const flux = new PassThrough();
      const styles = new StyleManager();
      resultat = styles.parseStream(flux).then(
        () => styles,
        () => {
          throw new ErreurCli(`Le fichier ${chemin} n'est pas un classeur .xlsx lisible (ses styles sont endommagés).`);
        },
      );
      // Kept from an unhandled rejection until styles() is awaited.
      resultat.catch(() => undefined);
      let taille = 0;
      return {
        morceau(octets) {
          taille += octets.length;
          if (taille > TAILLE_MAX_STYLES) {
            throw new ErreurCli(`Le classeur ${chemin} a des styles de plus de 16 Mo une fois décompressés : ce n'est pas un portefeuille ordinaire, il n'est pas lu.`);
          }
          flux.write(octets);
        },
        fin: () => void flux.end(),
      };
    },
    styles: () => resultat,
  };
}
