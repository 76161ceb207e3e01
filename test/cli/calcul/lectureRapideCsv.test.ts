/**
 * The campaign's quick reader against csv-parse configured as `lireCsv`
 * configures it: on any text, either the same records, or it gives up (and
 * the first pass is read again by csv-parse). Never other records.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import iconv from "iconv-lite";
import { LectureRapideImpossible, lireCsvRapide } from "../../../cli/calcul/lectureRapideCsv";
import type { FormatCsv } from "../../../cli/calcul/lireCsv";

const dossier = mkdtempSync(join(tmpdir(), "laep-rapide-"));
const FORMAT: FormatCsv = { encodage: "utf-8", bom: false, separateur: ";", convention: "francaise", finDeLigne: "\r\n" };

async function rapide(octets: Buffer, format = FORMAT): Promise<string[][] | "abandon"> {
  const chemin = join(dossier, `f${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(chemin, octets);
  const lignes: string[][] = [];
  try {
    for await (const lot of lireCsvRapide(chemin, format)) lignes.push(...lot);
  } catch (erreur) {
    if (erreur instanceof LectureRapideImpossible) return "abandon";
    throw erreur;
  }
  return lignes;
}

function csvParse(texte: string): string[][] | "erreur" {
  try {
    return parse(texte, { delimiter: ";", bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, record_delimiter: ["\r\n", "\n", "\r"] });
  } catch {
    return "erreur";
  }
}

describe("lecture rapide d'un CSV (première passe d'une campagne)", () => {
  it("lit les enregistrements comme csv-parse : guillemets doublés, valeur sur plusieurs lignes, lignes vides, CR, LF et CRLF mêlés", async () => {
    const texte = '\ufeffnom;territoire\r\n"Les ""Petits"" Pas";Nord\n\n"sur\r\ndeux lignes";Sud\rA"B;C\r\nfin;';
    expect(await rapide(Buffer.from(texte))).toEqual(csvParse(texte));
    expect(csvParse(texte)).toHaveLength(6);
  });

  it("lit l'UTF-16 et le Windows-1252 par iconv, comme lireCsv", async () => {
    const texte = "nom;territoire\r\nCrèche;Val d'Oise\r\n";
    expect(await rapide(iconv.encode(texte, "windows-1252"), { ...FORMAT, encodage: "windows-1252" })).toEqual([["nom", "territoire"], ["Crèche", "Val d'Oise"]]);
    expect(await rapide(iconv.encode(texte, "utf-16le", { addBOM: true }), { ...FORMAT, encodage: "utf-16le", bom: true })).toEqual([["nom", "territoire"], ["Crèche", "Val d'Oise"]]);
  });

  it("sur n'importe quel texte, donne les enregistrements de csv-parse, ou renonce ; jamais d'autres", async () => {
    const caractere = fc.constantFrom("a", "é", ";", '"', "\r", "\n", " ", "1", ",");
    await fc.assert(
      fc.asyncProperty(fc.array(caractere, { maxLength: 40 }), async (cs) => {
        const texte = cs.join("");
        const attendu = csvParse(texte);
        const lu = await rapide(Buffer.from(texte));
        if (lu !== "abandon") expect(lu).toEqual(attendu);
        // What csv-parse refuses, the quick reader never reads.
        if (attendu === "erreur") expect(lu).toBe("abandon");
      }),
      { numRuns: 1500, seed: 5 },
    );
  });

  it("suit un enregistrement coupé entre deux morceaux du fichier (au-delà de 1 Mio)", async () => {
    const ligne = `${"x".repeat(100)};"a\r\nb";${"y".repeat(50)}\r\n`;
    const texte = `nom;a;b\r\n${ligne.repeat(20_000)}`;
    const lu = await rapide(Buffer.from(texte));
    expect(lu).toEqual(csvParse(texte));
  });
});
