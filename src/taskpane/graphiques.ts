/**
 * The two charts of the task pane, as plain SVG (no chart library: a
 * few hundred bytes instead of hundreds of kilobytes, and text a screen
 * reader can read). Figures come from core/ only.
 */
import { Decimal, type Detail, formaterEuros } from "../../core";
import { el, svg } from "./dom";

export const COULEURS = {
  subvention: "#0f6cbd",
  bonus: "#107c10",
  ecretement: "#c50f1f",
  autres: "#8764b8",
  reste: "#8a8886",
  charges: "#242424",
};

const LARGEUR = 300;

/**
 * The charges split into what funds them, as a waterfall: subvention LAEP,
 * bonus CTG, other national funds, what remains. The part of the bonus
 * removed by the 80 % cap is drawn hatched after the bonus, past the dashed
 * 80 % line: one sees at a glance when the cap bites.
 */
export function graphiqueRepartition(d: Detail): Element {
  const charges = d.charges;
  const s = d.subventionLaep;
  const b = d.bonusTerritoireCtg;
  const e = d.ecretement;
  const a = d.autresFondsNationaux;
  const zero = new Decimal(0);
  const echelle = Decimal.max(charges, s.plus(b).plus(e).plus(a));
  const x = (v: Decimal) => (echelle.isZero() ? 0 : v.div(echelle).times(LARGEUR).toNumber());

  // `affiche`: the figure written in the label when the bar cannot show it (a
  // negative reste à financer has no length, but its label must say it).
  const lignes: { nom: string; debut: Decimal; valeur: Decimal; couleur: string; hachure?: boolean; affiche?: Decimal }[] = [
    { nom: "Charges annuelles", debut: zero, valeur: charges, couleur: COULEURS.charges },
    { nom: "Subvention LAEP", debut: zero, valeur: s, couleur: COULEURS.subvention },
    { nom: "Bonus territoire CTG", debut: s, valeur: b, couleur: COULEURS.bonus },
    { nom: "Écrêtement (plafond 80 %)", debut: s.plus(b), valeur: e, couleur: COULEURS.ecretement, hachure: true },
    { nom: "Autres fonds nationaux", debut: s.plus(b), valeur: a, couleur: COULEURS.autres },
    { nom: "Reste à financer", debut: s.plus(b).plus(a), valeur: Decimal.max(zero, d.resteAFinancer), couleur: COULEURS.reste, affiche: d.resteAFinancer },
  ];
  const hauteurLigne = 34;
  const hauteur = lignes.length * hauteurLigne + 16;
  const plafond = x(charges.times(0.8));
  const resume = `Répartition des charges de ${formaterEuros(charges)} : subvention LAEP ${formaterEuros(s)}, bonus territoire CTG ${formaterEuros(b)}${
    e.isZero() ? "" : `, dont ${formaterEuros(e)} écrêtés par le plafond de 80 %`
  }, autres fonds nationaux ${formaterEuros(a)}, reste à financer ${formaterEuros(d.resteAFinancer)}.`;

  const dessin = svg(
    "svg",
    { viewBox: `0 0 ${LARGEUR} ${hauteur}`, role: "img", "aria-label": resume, class: "graphique", "data-graphique": "repartition" },
    svg(
      "defs",
      {},
      svg(
        "pattern",
        { id: "hachures", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        svg("rect", { width: 6, height: 6, fill: "#fde7e9" }),
        svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COULEURS.ecretement, "stroke-width": 3 }),
      ),
    ),
    ...lignes.flatMap((l, i) => {
      const y = i * hauteurLigne;
      return [
        svg("text", { x: 0, y: y + 11, class: "etiquette" }, `${l.nom} : ${formaterEuros(l.affiche ?? l.valeur)}`),
        svg("rect", {
          x: x(l.debut),
          y: y + 15,
          width: Math.max(x(l.valeur), l.valeur.isZero() ? 0 : 1),
          height: 14,
          fill: l.hachure ? "url(#hachures)" : l.couleur,
          stroke: l.hachure ? l.couleur : "none",
          "data-serie": l.nom,
        }),
      ];
    }),
    svg("line", { x1: plafond, x2: plafond, y1: hauteurLigne - 4, y2: hauteur - 2, stroke: COULEURS.ecretement, "stroke-dasharray": "4 3", "stroke-width": 1.5 }),
    svg("text", { x: Math.min(plafond, LARGEUR - 2), y: hauteur - 4, class: "etiquette plafond", "text-anchor": "end" }, "80 % des charges"),
  );
  return el("figure", { class: "figure" }, dessin, el("figcaption", { class: "sr" }, resume));
}

export interface Serie {
  nom: string;
  couleur: string;
  valeurs: Decimal[];
}

/** Lines of several series over the same x values (the « Et si… » view). */
export function graphiqueCourbes(abscisses: string[], series: Serie[], titre: string): Element {
  const hauteur = 170;
  const marge = { gauche: 4, droite: 4, haut: 10, bas: 22 };
  const toutes = series.flatMap((s) => s.valeurs.map((v) => v.toNumber()));
  const max = Math.max(1, ...toutes);
  const min = Math.min(0, ...toutes);
  const X = (i: number) => marge.gauche + (abscisses.length < 2 ? 0 : (i / (abscisses.length - 1)) * (LARGEUR - marge.gauche - marge.droite));
  const Y = (v: number) => marge.haut + (1 - (v - min) / (max - min)) * (hauteur - marge.haut - marge.bas);
  return el(
    "figure",
    { class: "figure" },
    svg(
      "svg",
      { viewBox: `0 0 ${LARGEUR} ${hauteur}`, role: "img", "aria-label": titre, class: "graphique", "data-graphique": "courbes" },
      svg("line", { x1: marge.gauche, x2: LARGEUR - marge.droite, y1: Y(0), y2: Y(0), stroke: "#c8c6c4" }),
      ...series.map((s) =>
        svg("polyline", {
          points: s.valeurs.map((v, i) => `${X(i).toFixed(1)},${Y(v.toNumber()).toFixed(1)}`).join(" "),
          fill: "none",
          stroke: s.couleur,
          "stroke-width": 2,
          "data-serie": s.nom,
        }),
      ),
      svg("text", { x: marge.gauche, y: hauteur - 6, class: "etiquette" }, abscisses[0] ?? ""),
      svg("text", { x: LARGEUR - marge.droite, y: hauteur - 6, class: "etiquette", "text-anchor": "end" }, abscisses[abscisses.length - 1] ?? ""),
      svg("text", { x: marge.gauche, y: marge.haut - 1, class: "etiquette" }, `max. ${formaterEuros(Decimal.max(...series.flatMap((s) => s.valeurs)))}`),
    ),
    el("figcaption", {}, ...series.map((s) => el("span", { class: "legende" }, el("span", { class: "pastille", style: `background:${s.couleur}` }), s.nom))),
  );
}
