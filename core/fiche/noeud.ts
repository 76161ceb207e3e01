/**
 * A page as plain data, written once and rendered twice: as DOM nodes by the
 * task pane (never through innerHTML) and as HTML text by the command line.
 * Tag and attribute names come from code only; every text is escaped.
 */
export type Noeud = string | { balise: string; attributs?: Readonly<Record<string, string>>; enfants?: readonly Noeud[] };

export const n = (balise: string, attributs: Record<string, string> = {}, ...enfants: (Noeud | null | false)[]): Noeud => ({
  balise,
  attributs,
  enfants: enfants.filter((e): e is Noeud => e !== null && e !== false),
});

const ENTITES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const echapper = (t: string) => t.replace(/[&<>"]/g, (c) => ENTITES[c]);

/** Elements without a closing tag. */
const VIDES = new Set(["br", "meta"]);

/** The node as HTML text. */
export function enHtml(noeud: Noeud): string {
  if (typeof noeud === "string") return echapper(noeud);
  const attributs = Object.entries(noeud.attributs ?? {})
    .map(([nom, valeur]) => ` ${nom}="${echapper(valeur)}"`)
    .join("");
  if (VIDES.has(noeud.balise)) return `<${noeud.balise}${attributs}>`;
  return `<${noeud.balise}${attributs}>${(noeud.enfants ?? []).map(enHtml).join("")}</${noeud.balise}>`;
}

/**
 * A text from outside (a file's cell, an option, a barème's source) made fit
 * for a page: control and bidi-override characters become spaces, and a
 * text longer than `longueur` is cut, saying so (the sheet must stay one page).
 */
export function textePropre(texte: string, longueur: number): string {
  // eslint-disable-next-line no-control-regex
  const propre = texte.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, " ").trim();
  return propre.length > longueur ? `${propre.slice(0, longueur - 1).trimEnd()}… (texte coupé)` : propre;
}
