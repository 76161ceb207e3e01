/**
 * The styles of a workbook, read before any of its sheets.
 *
 * Why: ExcelJS's streaming reader takes the zip's entries in the order they
 * are stored. When a sheet is stored after the shared strings but before
 * xl/styles.xml (a legal order, which some writers use), it parses that sheet
 * without styles, and a date typed where hours are expected is just its serial
 * number (46 143 h). Reading xl/styles.xml first, found through the zip's
 * central directory by unzipper (the zip library ExcelJS itself uses), lets
 * every sheet know each cell's number format, whatever the order.
 */
import { ErreurCli } from "../erreurs";

// Internal modules of ExcelJS 4 and its zip library (no type declarations).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const unzipper = require("unzipper") as { Open: { file(chemin: string): Promise<{ files: EntreeZip[] }> } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const StyleManager = require("exceljs/lib/xlsx/xform/style/styles-xform") as new () => { parseStream(flux: NodeJS.ReadableStream): Promise<void> };

interface EntreeZip {
  path: string;
  uncompressedSize: number;
  stream(): NodeJS.ReadableStream;
}

/** A styles part larger than this is not a portfolio's: refused rather than expanded. */
const TAILLE_MAX_STYLES = 16 * 1024 * 1024;

export async function lireStyles(chemin: string): Promise<object | null> {
  const zip = await unzipper.Open.file(chemin);
  const entree = zip.files.find((f) => f.path === "xl/styles.xml");
  if (entree === undefined) return null;
  if (entree.uncompressedSize > TAILLE_MAX_STYLES) {
    throw new ErreurCli(`Le classeur ${chemin} a des styles de plus de 16 Mo une fois décompressés : ce n'est pas un portefeuille ordinaire, il n'est pas lu.`);
  }
  const styles = new StyleManager();
  await styles.parseStream(entree.stream());
  return styles;
}
