/**
 * The two charts of the task pane, as plain SVG. No chart library: the
 * well-kept ones either draw on a canvas (uPlot: nothing a screen reader or
 * a test can read) or weigh more than the whole pane (Chart.js, ECharts,
 * Plotly: 200 Kio and up against a 150 Kio budget for taskpane.js), and these
 * two charts need only axes, lines and bars. Figures come from core/ only;
 * floats here place pixels, they never make a figure.
 *
 * Each chart is drawn at the width it is shown at (`adaptatif`), so that its
 * text stays 12 px at 320 px as at 1 280 px instead of scaling with a viewBox.
 */
import { Decimal, type Detail, formaterEuros, formaterNombre, formaterTaux, type Unite } from "../../core";
import { el, svg } from "./dom";

export const COULEURS = {
  subvention: "#0f6cbd",
  bonus: "#107c10",
  ecretement: "#c50f1f",
  autres: "#8764b8",
  reste: "#707070",
  charges: "#242424",
};

const LARGEUR_MIN = 260;
const LARGEUR_MAX = 640;
/** Width before the chart is laid out (a hidden tab): the pane's usual width. */
const LARGEUR_DEFAUT = 320;
/** Average advance of a 12 px digit or letter, to reserve room for an axis' labels. */
const CHASSE = 6.8;

const largeursConnues = new Map<string, number>();

/**
 * A chart redrawn at its container's width whenever that width changes (the
 * pane resized, a hidden tab shown).
 */
export function adaptatif(nom: string, dessiner: (largeur: number) => Element): HTMLElement {
  const cadre = el("div", { class: "graphique-cadre" });
  let largeur = 0;
  const tracer = (disponible: number) => {
    const l = Math.round(Math.min(LARGEUR_MAX, Math.max(LARGEUR_MIN, disponible)));
    if (l === largeur) return;
    largeur = l;
    largeursConnues.set(nom, l);
    cadre.replaceChildren(dessiner(l));
  };
  // A chart redrawn as the user types starts at the width it had, not at a guess.
  tracer(largeursConnues.get(nom) ?? LARGEUR_DEFAUT);
  if (typeof ResizeObserver !== "undefined") {
    const observateur = new ResizeObserver((entrees) => {
      // The chart is redrawn at each keystroke: the observer of a replaced one lets go of it.
      if (!cadre.isConnected) return observateur.disconnect();
      const l = entrees[entrees.length - 1].contentRect.width;
      if (l > 0) tracer(l);
    });
    observateur.observe(cadre);
  }
  return cadre;
}

/**
 * Round tick values covering [min, max] (steps of 1, 2, 2,5 or 5 times a power
 * of ten), about `cible` of them; exact decimals, so that a label never reads
 * 0,30000000000000004.
 */
export function graduations(min: Decimal, max: Decimal, cible = 5): Decimal[] {
  const haut = max.gt(min) ? max : min.plus(1);
  const brut = haut.minus(min).div(cible);
  const puissance = new Decimal(10).pow(Math.floor(Math.log10(brut.toNumber())));
  const pas = [1, 2, 2.5, 5, 10].map((m) => puissance.times(m)).find((p) => p.gte(brut))!;
  const debut = min.div(pas).floor().times(pas);
  const fin = haut.div(pas).ceil().times(pas);
  const ticks: Decimal[] = [];
  for (let t = debut; t.lte(fin); t = t.plus(pas)) ticks.push(t);
  return ticks;
}

/** A tick label: short (no cents), in the unit of the axis. */
export function etiquetteAxe(v: Decimal, unite: Unite): string {
  switch (unite) {
    case "euros":
      return `${formaterNombre(v)}\u00a0€`;
    case "eurosParHeure":
      return `${formaterNombre(v)}\u00a0€/h`;
    case "heures":
      return `${formaterNombre(v)}\u00a0h`;
    case "taux":
      return formaterTaux(v);
  }
}

/** A linear scale from values to pixels. */
function echelle(de: Decimal, a: Decimal, p0: number, p1: number) {
  const etendue = a.minus(de);
  return (v: Decimal) => (etendue.isZero() ? p0 : p0 + v.minus(de).div(etendue).toNumber() * (p1 - p0));
}

/**
 * The charges split into what funds them, as a waterfall: subvention LAEP,
 * bonus CTG, other national funds, what remains. The part of the bonus
 * removed by the 80 % cap is drawn hatched after the bonus, past the dashed
 * 80 % line: one sees at a glance when the cap bites.
 */
export function graphiqueRepartition(d: Detail): HTMLElement {
  const resume = `Répartition des charges de ${formaterEuros(d.charges)} : subvention LAEP ${formaterEuros(d.subventionLaep)}, bonus territoire CTG ${formaterEuros(d.bonusTerritoireCtg)}${
    d.ecretement.isZero() ? "" : `, dont ${formaterEuros(d.ecretement)} écrêtés par le plafond de 80 %`
  }, autres fonds nationaux ${formaterEuros(d.autresFondsNationaux)}, reste à financer ${formaterEuros(d.resteAFinancer)}.`;
  return el("figure", { class: "figure" }, adaptatif("repartition", (largeur) => repartition(d, largeur, resume)));
}

function repartition(d: Detail, largeur: number, resume: string): Element {
  const s = d.subventionLaep;
  const b = d.bonusTerritoireCtg;
  const e = d.ecretement;
  const a = d.autresFondsNationaux;
  const zero = new Decimal(0);
  // The bars use the whole width: the axis ends at the largest figure, its round ticks below it.
  const max = Decimal.max(d.charges, s.plus(b).plus(e).plus(a), 1);
  const ticks = graduations(zero, max, largeur < 400 ? 3 : 5).filter((t) => t.lte(max));
  const marge = { gauche: 8, droite: 8 + (etiquetteAxe(ticks[ticks.length - 1], "euros").length * CHASSE) / 2, haut: 18, bas: 24 };
  const x = echelle(zero, max, marge.gauche, largeur - marge.droite);

  // `affiche`: the figure written in the label when the bar cannot show it (a
  // negative reste à financer has no length, but its label must say it).
  const lignes: { nom: string; debut: Decimal; valeur: Decimal; couleur: string; hachure?: boolean; affiche?: Decimal }[] = [
    { nom: "Charges annuelles", debut: zero, valeur: d.charges, couleur: COULEURS.charges },
    { nom: "Subvention LAEP", debut: zero, valeur: s, couleur: COULEURS.subvention },
    { nom: "Bonus territoire CTG", debut: s, valeur: b, couleur: COULEURS.bonus },
    { nom: "Écrêtement (plafond 80 %)", debut: s.plus(b), valeur: e, couleur: COULEURS.ecretement, hachure: true },
    { nom: "Autres fonds nationaux", debut: s.plus(b), valeur: a, couleur: COULEURS.autres },
    { nom: "Reste à financer", debut: s.plus(b).plus(a), valeur: Decimal.max(zero, d.resteAFinancer), couleur: COULEURS.reste, affiche: d.resteAFinancer },
  ];
  const hauteurLigne = 38;
  const bas = marge.haut + lignes.length * hauteurLigne;
  const hauteur = bas + marge.bas;
  const plafond = x(d.charges.times("0.8"));
  const dernier = ticks.length - 1;

  return svg(
    "svg",
    { width: largeur, height: hauteur, viewBox: `0 0 ${largeur} ${hauteur}`, role: "img", "aria-label": resume, class: "graphique", "data-graphique": "repartition" },
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
    // The amount axis: light grid, French labels under it.
    ...ticks.flatMap((t, i) => [
      svg("line", { x1: x(t), x2: x(t), y1: marge.haut - 4, y2: bas, class: "grille" }),
      svg("text", { x: x(t), y: bas + 16, class: "axe", "text-anchor": i === 0 ? "start" : i === dernier && x(t) > largeur - marge.droite - 1 ? "end" : "middle" }, etiquetteAxe(t, "euros")),
    ]),
    svg("line", { x1: marge.gauche, x2: largeur - marge.droite, y1: bas, y2: bas, class: "axe-ligne" }),
    ...lignes.flatMap((l, i) => {
      const y = marge.haut + i * hauteurLigne;
      return [
        svg("text", { x: marge.gauche, y: y + 12, class: "etiquette" }, `${l.nom} : ${formaterEuros(l.affiche ?? l.valeur)}`),
        svg("rect", {
          x: x(l.debut),
          y: y + 17,
          width: Math.max(x(l.valeur) - marge.gauche, l.valeur.isZero() ? 0 : 1),
          height: 14,
          fill: l.hachure ? "url(#hachures)" : l.couleur,
          stroke: l.hachure ? l.couleur : "none",
          "data-serie": l.nom,
        }),
      ];
    }),
    svg("line", { x1: plafond, x2: plafond, y1: marge.haut - 4, y2: bas, stroke: COULEURS.ecretement, "stroke-dasharray": "4 3", "stroke-width": 1.5, "data-repere": "plafond" }),
    svg("text", { x: plafond, y: 11, class: "etiquette plafond", "text-anchor": plafond > largeur - 60 ? "end" : "middle" }, "80 % des charges"),
  );
}

export interface Serie {
  nom: string;
  couleur: string;
  /** Dash pattern of the line, and the shape of its markers: series stay apart where they coincide. */
  tirets: string;
  marque: "rond" | "carre" | "triangle" | "losange";
  valeurs: Decimal[];
}

/** The four series of « Et si… », each with its colour, dash and marker. */
export const STYLES_SERIES: Record<"subvention" | "bonus" | "ecretement" | "reste", Omit<Serie, "valeurs">> = {
  reste: { nom: "Reste à financer", couleur: COULEURS.reste, tirets: "", marque: "losange" },
  subvention: { nom: "Subvention LAEP", couleur: COULEURS.subvention, tirets: "", marque: "rond" },
  bonus: { nom: "Bonus territoire CTG", couleur: COULEURS.bonus, tirets: "7 4", marque: "carre" },
  ecretement: { nom: "Écrêtement", couleur: COULEURS.ecretement, tirets: "2 3", marque: "triangle" },
};

function marque(forme: Serie["marque"], cx: number, cy: number, couleur: string): SVGElement {
  const c = (p: [number, number][]) => p.map(([dx, dy]) => `${(cx + dx).toFixed(1)},${(cy + dy).toFixed(1)}`).join(" ");
  const commun = { fill: "#fff", stroke: couleur, "stroke-width": 1.5, "data-marque": forme };
  switch (forme) {
    case "rond":
      return svg("circle", { cx: cx.toFixed(1), cy: cy.toFixed(1), r: 3, ...commun });
    case "carre":
      return svg("rect", { x: (cx - 3).toFixed(1), y: (cy - 3).toFixed(1), width: 6, height: 6, ...commun });
    case "triangle":
      return svg("polygon", { points: c([[0, -4], [3.5, 3], [-3.5, 3]]), ...commun });
    case "losange":
      return svg("polygon", { points: c([[0, -5], [5, 0], [0, 5], [-5, 0]]), ...commun });
  }
}

/** A legend entry: the line's dash and marker as drawn, then its name. */
export function legende(s: Omit<Serie, "valeurs">): HTMLElement {
  return el(
    "span",
    { class: "legende" },
    svg(
      "svg",
      { width: 26, height: 12, "aria-hidden": "true", focusable: "false" },
      svg("line", { x1: 1, x2: 25, y1: 6, y2: 6, stroke: s.couleur, "stroke-width": 2, "stroke-dasharray": s.tirets || undefined }),
      marque(s.marque, 13, 6, s.couleur),
    ),
    s.nom,
  );
}

export interface AxeX {
  valeurs: Decimal[];
  unite: Unite;
  /** The value of the simulation, marked on the chart when it falls in the range. */
  actuelle: Decimal;
}

/** Lines of several series over the same x values (the « Et si… » view), with both axes. */
export function graphiqueCourbes(axe: AxeX, series: Serie[], titre: string): HTMLElement {
  return el(
    "figure",
    { class: "figure" },
    adaptatif("courbes", (largeur) => courbes(axe, series, titre, largeur)),
    // The legend in reading order; the series are drawn the other way, the first one read on top.
    el("figcaption", { class: "legendes" }, ...[...series].reverse().map(legende), axe.actuelle.gte(axe.valeurs[0]) && axe.actuelle.lte(axe.valeurs[axe.valeurs.length - 1]) ? legendeActuelle() : null),
  );
}

function legendeActuelle(): HTMLElement {
  return el(
    "span",
    { class: "legende" },
    svg("svg", { width: 26, height: 12, "aria-hidden": "true", focusable: "false" }, svg("line", { x1: 13, x2: 13, y1: 0, y2: 12, class: "actuelle" })),
    "Valeur de la simulation",
  );
}

function courbes(axe: AxeX, series: Serie[], titre: string, largeur: number): Element {
  const hauteur = 230;
  const toutes = series.flatMap((s) => s.valeurs);
  const ticksY = graduations(Decimal.min(0, ...toutes), Decimal.max(1, ...toutes), 5);
  const etiquettesY = ticksY.map((t) => etiquetteAxe(t, "euros"));
  const n = axe.valeurs.length;
  const deX = axe.valeurs[0];
  const aX = axe.valeurs[n - 1];
  const ticksX = graduations(deX, aX, largeur < 400 ? 3 : 6).filter((t) => t.gte(deX) && t.lte(aX));
  const etiquettesX = ticksX.map((t) => etiquetteAxe(t, axe.unite));
  const marge = {
    gauche: 6 + Math.max(...etiquettesY.map((t) => t.length)) * CHASSE,
    droite: 6 + (etiquettesX.length ? (etiquettesX[etiquettesX.length - 1].length * CHASSE) / 2 : 0),
    haut: 22,
    bas: 26,
  };
  const X = echelle(deX, aX, marge.gauche, largeur - marge.droite);
  const Y = echelle(ticksY[0], ticksY[ticksY.length - 1], hauteur - marge.bas, marge.haut);
  // Markers on every point, or on one in k when the points would touch.
  const tous = Math.max(1, Math.ceil(n / Math.max(2, Math.floor((largeur - marge.gauche - marge.droite) / 14))));
  const marques = axe.valeurs.map((_, i) => i).filter((i) => i % tous === 0 || i === n - 1);
  const actuelle = axe.actuelle.gte(deX) && axe.actuelle.lte(aX) ? X(axe.actuelle) : null;

  return svg(
    "svg",
    { width: largeur, height: hauteur, viewBox: `0 0 ${largeur} ${hauteur}`, role: "img", "aria-label": titre, class: "graphique", "data-graphique": "courbes" },
    ...ticksY.flatMap((t, i) => [
      svg("line", { x1: marge.gauche, x2: largeur - marge.droite, y1: Y(t), y2: Y(t), class: t.isZero() ? "axe-ligne" : "grille" }),
      svg("text", { x: marge.gauche - 5, y: Y(t) + 4, class: "axe", "text-anchor": "end", "data-axe": "y" }, etiquettesY[i]),
    ]),
    ...ticksX.flatMap((t, i) => [
      svg("line", { x1: X(t), x2: X(t), y1: hauteur - marge.bas, y2: hauteur - marge.bas + 4, class: "axe-ligne" }),
      svg("text", { x: X(t), y: hauteur - marge.bas + 17, class: "axe", "text-anchor": t.eq(deX) ? "start" : t.eq(aX) ? "end" : "middle", "data-axe": "x" }, etiquettesX[i]),
    ]),
    actuelle === null
      ? null
      : svg(
          "g",
          { "data-repere": "actuelle" },
          svg("line", { x1: actuelle, x2: actuelle, y1: marge.haut - 4, y2: hauteur - marge.bas, class: "actuelle" }),
          svg(
            "text",
            { x: actuelle, y: marge.haut - 8, class: "etiquette", "text-anchor": actuelle < largeur / 4 ? "start" : actuelle > (largeur * 3) / 4 ? "end" : "middle" },
            `simulation : ${etiquetteAxe(axe.actuelle, axe.unite)}`,
          ),
        ),
    ...series.map((s) =>
      svg(
        "g",
        { "data-serie": s.nom },
        svg("polyline", {
          points: s.valeurs.map((v, i) => `${X(axe.valeurs[i]).toFixed(1)},${Y(v).toFixed(1)}`).join(" "),
          fill: "none",
          stroke: s.couleur,
          "stroke-width": s.tirets ? 2 : 2.5,
          "stroke-dasharray": s.tirets || undefined,
        }),
        ...marques.map((i) => marque(s.marque, X(axe.valeurs[i]), Y(s.valeurs[i]), s.couleur)),
      ),
    ),
  );
}
