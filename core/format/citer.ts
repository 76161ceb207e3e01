/**
 * A value as the user wrote it, for a message: trimmed, control characters
 * shown as « ? » (a cell may hold escape sequences that a terminal would
 * obey), and shortened to 30 characters so that a 300-digit paste does not
 * drown the message.
 */
export function citer(texte: string): string {
  // eslint-disable-next-line no-control-regex
  const propre = texte.trim().replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  return propre.length > 30 ? `${propre.slice(0, 29)}…` : propre;
}
