/**
 * Failures the core reports, always with a French sentence meant for the
 * person who typed the value. The functions, the task pane and the command
 * line only choose where to show it.
 */
import type { Champ } from "./schemas/champs";

/** One field that cannot be used as typed: what is wrong, what is expected. */
export interface ProblemeChamp {
  champ: Champ;
  /** What is wrong with the value, e.g. « -3 est négatif ». */
  probleme: string;
  /** What the field expects, e.g. « un nombre d'heures positif ou nul ». */
  attendu: string;
}

/** Message for a place that already names the field (next to a form field). */
export function messageSansNom(p: ProblemeChamp): string {
  return `${majuscule(p.probleme)} : attendu ${p.attendu}.`;
}

/** Message for a place that must name the field (an Excel cell, a CSV row). */
export function messageAvecNom(p: ProblemeChamp): string {
  return `${p.champ.argument} : ${p.probleme} ; attendu ${p.attendu}.`;
}

function majuscule(texte: string): string {
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}

/** Thrown when one or more inputs cannot be used. Carries every problem found. */
export class ErreurSaisie extends Error {
  readonly problemes: readonly ProblemeChamp[];

  constructor(problemes: readonly ProblemeChamp[]) {
    const premier = messageAvecNom(problemes[0]);
    const autres = problemes.length - 1;
    super(autres > 0 ? `${premier} (et ${autres} autre${autres > 1 ? "s" : ""} erreur${autres > 1 ? "s" : ""})` : premier);
    this.name = "ErreurSaisie";
    this.problemes = problemes;
  }
}

/** Thrown when a result cannot be represented (beyond about 1,8 × 10^308). */
export class ErreurResultat extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ErreurResultat";
  }
}
