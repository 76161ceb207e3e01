/**
 * Building DOM without innerHTML: every text (a barème's source, a user's
 * label) goes in as a text node, so that HTML or script typed by someone is
 * shown, never run.
 */
import type { Noeud } from "../../core";

type Enfant = Node | string | null | undefined | false;
type Proprietes = Record<string, string | number | boolean | ((e: Event) => void) | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Proprietes = {}, ...enfants: Enfant[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  appliquer(e, props);
  ajouter(e, enfants);
  return e;
}

const SVG = "http://www.w3.org/2000/svg";

export function svg(tag: string, props: Proprietes = {}, ...enfants: Enfant[]): SVGElement {
  const e = document.createElementNS(SVG, tag);
  appliquer(e, props);
  ajouter(e, enfants);
  return e;
}

function appliquer(e: Element, props: Proprietes) {
  for (const [cle, valeur] of Object.entries(props)) {
    if (valeur === undefined || valeur === false) continue;
    if (typeof valeur === "function") e.addEventListener(cle.replace(/^on/, ""), valeur);
    else if (valeur === true) e.setAttribute(cle, "");
    else e.setAttribute(cle, String(valeur));
  }
}

function ajouter(e: Element, enfants: Enfant[]) {
  for (const enfant of enfants) {
    if (enfant === null || enfant === undefined || enfant === false) continue;
    e.append(typeof enfant === "string" ? document.createTextNode(enfant) : enfant);
  }
}

/** Replaces the children of an element. */
export function remplir(parent: Element, ...enfants: Enfant[]) {
  parent.replaceChildren();
  ajouter(parent, enfants);
}

/** A page described as data (core/fiche) as DOM nodes: texts as text nodes, as everywhere here. */
export function depuisNoeud(noeud: Noeud): Node {
  if (typeof noeud === "string") return document.createTextNode(noeud);
  const e = document.createElement(noeud.balise);
  for (const [nom, valeur] of Object.entries(noeud.attributs ?? {})) e.setAttribute(nom, valeur);
  for (const enfant of noeud.enfants ?? []) e.append(depuisNoeud(enfant));
  return e;
}
