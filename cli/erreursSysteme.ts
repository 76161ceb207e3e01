/**
 * A system error (a missing folder, a folder given as a file, a permission)
 * said in French with the path the user typed, never the temporary one.
 */
const MESSAGES: Record<string, (chemin: string) => string> = {
  ENOENT: (c) => `${c} : ce fichier ou ce dossier n'existe pas.`,
  ENOTDIR: (c) => `${c} : une partie de ce chemin n'est pas un dossier.`,
  EISDIR: (c) => `${c} est un dossier : donnez un nom de fichier.`,
  EACCES: (c) => `Accès refusé à ${c} : vous n'avez pas le droit de lire ou d'écrire ici.`,
  EPERM: (c) => `Accès refusé à ${c} : vous n'avez pas le droit de lire ou d'écrire ici.`,
  EBUSY: (c) => `${c} est utilisé par un autre programme (ouvert dans Excel ?) : fermez-le et recommencez.`,
  ENOSPC: (c) => `Plus de place sur le disque pour écrire ${c}.`,
  EDQUOT: (c) => `Quota disque dépassé en écrivant ${c}.`,
  EROFS: (c) => `${c} est sur un disque en lecture seule.`,
  ENAMETOOLONG: (c) => `Le nom ${c} est trop long.`,
  EMFILE: (c) => `Trop de fichiers ouverts pour lire ${c} : fermez des programmes et recommencez.`,
  ENFILE: (c) => `Trop de fichiers ouverts pour lire ${c} : fermez des programmes et recommencez.`,
  EIO: (c) => `Erreur de lecture ou d'écriture du disque sur ${c}.`,
  ELOOP: (c) => `${c} : trop de liens symboliques en chaîne.`,
};

/** The French sentence for a system error, or null if it is not one. `chemin` replaces the error's own path. */
export function traduireErreurSysteme(erreur: unknown, chemin?: string): string | null {
  const e = erreur as { code?: unknown; path?: unknown; syscall?: unknown };
  if (typeof e?.code !== "string" || !(e.code in MESSAGES)) return null;
  const c = chemin ?? (typeof e.path === "string" ? e.path : "le fichier");
  return MESSAGES[e.code](c);
}
