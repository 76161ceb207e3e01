/** The custom functions from source: thin wrappers that call core/ and map errors to #VALUE!. */
import { CODES, ErreurExcel, appelerCommeExcel, runtimeExcel } from "../support/customFunctions";
import { ARGUMENTS_VALIDES, VALEURS_INVALIDES } from "./cas";

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtimeExcel().CustomFunctions;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fonctions = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;

const PAR_ID: Record<string, (...args: unknown[]) => unknown> = {
  HEURES: fonctions.heures,
  SUBVENTION: fonctions.subvention,
  BONUSCTG: fonctions.bonusCtg,
  ECRETEMENT: fonctions.ecretement,
  FORFAITCTG: fonctions.forfaitCtg,
  DETAIL: fonctions.detail,
};

describe("fonctions personnalisées (source)", () => {
  it("calculent les exemples de l'addendum", () => {
    expect(PAR_ID.HEURES(...ARGUMENTS_VALIDES.HEURES)).toBe(600);
    expect(PAR_ID.SUBVENTION(...ARGUMENTS_VALIDES.SUBVENTION)).toBe(7200);
    expect(PAR_ID.BONUSCTG(...ARGUMENTS_VALIDES.BONUSCTG)).toBe(2400);
    expect(PAR_ID.ECRETEMENT(...ARGUMENTS_VALIDES.ECRETEMENT)).toBe(1100);
    expect(PAR_ID.FORFAITCTG(...ARGUMENTS_VALIDES.FORFAITCTG)).toBe(3.75);
  });

  it("rendent le détail en deux colonnes, libellé et valeur", () => {
    const detail = PAR_ID.DETAIL(...ARGUMENTS_VALIDES.DETAIL) as unknown[][];
    expect(detail.every((ligne) => ligne.length === 2 && typeof ligne[0] === "string")).toBe(true);
    expect(detail.find((l) => l[0] === "Subvention LAEP")?.[1]).toBe(7200);
    expect(detail.find((l) => l[0] === "Bonus territoire CTG")?.[1]).toBe(2400);
  });

  it("écrivent « sans objet » au lieu d'un prix de revient sans heure", () => {
    const detail = PAR_ID.DETAIL(0, 0, 12000, 0.6, 30) as unknown[][];
    expect(detail.find((l) => l[0] === "Prix de revient horaire")?.[1]).toBe("sans objet");
  });

  it.each(VALEURS_INVALIDES)("transforment une saisie invalide (%s) en #VALUE! avec un message", (_nom, valeur, motif) => {
    const erreur = appelerCommeExcel(PAR_ID.SUBVENTION, [400, 300, valeur, 0.6, 30]);
    expect(erreur).toBeInstanceOf(ErreurExcel);
    expect((erreur as ErreurExcel).code).toBe(CODES.invalidValue);
    expect((erreur as ErreurExcel).message).toMatch(/^charges : /);
    expect((erreur as ErreurExcel).message).toMatch(motif);
  });

  it("transforment une erreur imprévue en #VALUE! plutôt que de la laisser passer", () => {
    const { pourExcel } = require("../../src/functions/erreurExcel") as typeof import("../../src/functions/erreurExcel");
    const erreur = appelerCommeExcel(() => pourExcel(() => { throw new TypeError("boom"); }), []);
    expect(erreur).toBeInstanceOf(ErreurExcel);
    expect((erreur as ErreurExcel).message).toBe("Erreur inattendue du complément Financement LAEP : boom");
  });
});
