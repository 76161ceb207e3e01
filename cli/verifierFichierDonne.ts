/**
 * The given path checked before anything is read: it exists, is a file, can
 * be looked at. Said in French with the path the user typed.
 */
import { statSync } from "node:fs";
import { ErreurCli } from "./erreurs";
import { traduireErreurSysteme } from "./erreursSysteme";

/** `attendu` ends the message for a folder: what should have been given instead. */
export function verifierFichierDonne(chemin: string, attendu: string): void {
  let infos;
  try {
    infos = statSync(chemin);
  } catch (erreur) {
    if ((erreur as { code?: string }).code === "ENOENT") throw new ErreurCli(`Fichier introuvable : ${chemin}`);
    throw new ErreurCli(traduireErreurSysteme(erreur, chemin) ?? `Le fichier ${chemin} ne peut pas être lu.`);
  }
  if (infos.isDirectory()) throw new ErreurCli(`${chemin} est un dossier : donnez ${attendu}.`);
  if (!infos.isFile()) throw new ErreurCli(`${chemin} n'est pas un fichier ordinaire : donnez ${attendu}.`);
}
