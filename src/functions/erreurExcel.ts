import { ErreurResultat, ErreurSaisie } from "../../core";

/**
 * Runs a computation for a cell. Every failure becomes a #VALUE! with a
 * French message (Excel shows custom messages only for #VALUE! and #N/A);
 * nothing else is ever thrown at Excel.
 */
export function pourExcel<T>(calcul: () => T): T {
  try {
    return calcul();
  } catch (erreur) {
    throw erreurExcel(erreur);
  }
}

export function erreurExcel(erreur: unknown): CustomFunctions.Error {
  const message =
    erreur instanceof ErreurSaisie || erreur instanceof ErreurResultat
      ? erreur.message
      : `Erreur inattendue du complément Financement LAEP : ${erreur instanceof Error ? erreur.message : String(erreur)}`;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
