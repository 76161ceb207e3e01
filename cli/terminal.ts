/**
 * What reaches the terminal. A cell, a sheet name or a file name may hold
 * control characters (ESC sequences that clear the screen or set the window
 * title, a carriage return that overwrites the line, a bidi override that
 * reorders what is read): they are shown as visible escapes, never sent raw.
 */

/** C0 (except line feed and tab), DEL, C1, and the bidi controls. */
const CONTROLES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sansControles(texte: string): string {
  return texte.replace(CONTROLES, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** One message for the user on standard output, with its final line break. */
export function afficher(texte: string): void {
  process.stdout.write(`${sansControles(texte.replace(/\n$/, ""))}\n`);
}

/** One message for the user on standard error, with its final line break. */
export function signaler(texte: string): void {
  process.stderr.write(`${sansControles(texte.replace(/\n$/, ""))}\n`);
}
