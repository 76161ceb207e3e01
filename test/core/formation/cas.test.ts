/**
 * The training cases teach what the core computes: every answer written by
 * hand in core/formation/cas.ts is the core's figure, every trap is a wrong
 * figure, and each case shows the rule it is built for.
 */
import { CAS_FORMATION, type RegleMontree } from "../../../core/formation/cas";
import { resoudreCas } from "../../../core/formation/resoudreCas";
import { Decimal, lireNombreFrancais } from "../../../core";

const nombre = (texte: string) => {
  const lu = lireNombreFrancais(texte);
  if (typeof lu === "string") throw new Error(lu);
  return lu.valeur;
};

describe.each(CAS_FORMATION.map((c) => [c.id, c] as const))("le cas « %s »", (_id, cas) => {
  const resolu = resoudreCas(cas);
  const ordre = resolu.detail.etapes.map((e) => e.cle);
  const valeur = (cle: string) => resolu.detail.etapes.find((e) => e.cle === cle)!.valeur;

  it.each(cas.questions.map((q) => [q.etape, q] as const))("donne pour « %s » la réponse écrite à la main, exactement", (_etape, q) => {
    expect(valeur(q.etape)).not.toBeNull();
    expect(valeur(q.etape)!.toString()).toBe(nombre(q.reponse).toString());
  });

  it("n'a aucun piège qui soit la bonne réponse au centime, ni deux pièges égaux", () => {
    for (const q of cas.questions) {
      const pieges = (q.pieges ?? []).map((p) => nombre(p.valeur).toDecimalPlaces(2).toString());
      expect(pieges).not.toContain(nombre(q.reponse).toDecimalPlaces(2).toString());
      expect(new Set(pieges).size).toBe(pieges.length);
    }
  });

  it("pose ses questions et dévoile sa correction dans l'ordre du calcul, et la correction explique chaque question", () => {
    const rangs = (cles: readonly string[]) => cles.map((c) => ordre.indexOf(c as never));
    for (const r of [rangs(cas.questions.map((q) => q.etape)), rangs(cas.correction)]) {
      expect(r).not.toContain(-1);
      expect(r).toEqual([...r].sort((a, b) => a - b));
      expect(new Set(r).size).toBe(r.length);
    }
    for (const q of cas.questions) expect(cas.correction).toContain(q.etape);
  });

  it("dit dans son énoncé (ou son tableau du territoire) les chiffres qu'il calcule", () => {
    const l = cas.laep;
    expect(cas.enonce).toContain(`${l.heuresOuverture} heures`);
    expect(cas.enonce).toContain(`${l.heuresOrganisation} heures d'organisation`);
    expect(cas.enonce).toContain(`${l.charges} €`);
    if (l.autresFondsNationaux) expect(cas.enonce).toContain(`${l.autresFondsNationaux} €`);
    const ligne = cas.territoire?.find((t) => t.ceLaep);
    if (ligne) expect(ligne.heuresN1).toBe(l.heuresExistantes);
    else expect(cas.enonce).toContain(`${l.heuresExistantes} heures`);
  });

  it("écrit ses indices en phrases : une majuscule au début, un point à la fin", () => {
    const textes = [cas.enPratique, cas.enonce, ...cas.questions.flatMap((q) => [q.indice, ...(q.pieges ?? []).map((p) => p.indice)])];
    for (const t of textes) expect(t).toMatch(/^[A-ZÀ-Ý0-9].*[.?]$/s);
  });
});

describe("l'ensemble des cas", () => {
  const montre: Record<RegleMontree, (r: ReturnType<typeof resoudreCas>) => boolean> = {
    organisation50: (r) => r.figures.heuresOrganisation.gt(r.detail.etapes.find((e) => e.cle === "heuresOrganisationRetenues")!.valeur!),
    sousPlafond: (r) => !r.detail.prixPlafondApplique,
    auDessusPlafond: (r) => r.detail.prixPlafondApplique,
    nouvellesHeures: (r) => r.figures.heuresExistantes.gt(0) && r.detail.heuresFonctionnement.gt(r.figures.heuresExistantes),
    baisse: (r) => r.detail.heuresFonctionnement.lt(r.figures.heuresExistantes),
    // Part of the bonus is kept: the écrêtement is seen to take the bonus only, not all of it.
    plafond80: (r) => r.detail.plafonnementApplique && r.figures.autresFondsNationaux.gt(0) && r.detail.bonusTerritoireCtg.gt(0),
    forfaitTerritoire: (r) => r.territoire !== null && !r.figures.forfaitExistant.eq(resoudreCas({ ...r.cas, territoire: undefined }).figures.forfaitExistant),
  };

  it("montre chaque règle de l'addendum demandée par l'issue, chacune dans le cas fait pour elle", () => {
    expect(CAS_FORMATION.map((c) => c.regle).sort()).toEqual(Object.keys(montre).sort());
    for (const cas of CAS_FORMATION) expect({ cas: cas.id, montre: montre[cas.regle](resoudreCas(cas)) }).toEqual({ cas: cas.id, montre: true });
  });

  it("a des identifiants et des titres uniques", () => {
    expect(new Set(CAS_FORMATION.map((c) => c.id)).size).toBe(CAS_FORMATION.length);
    expect(new Set(CAS_FORMATION.map((c) => c.titre)).size).toBe(CAS_FORMATION.length);
  });

  it("ne cache aucun écrêtement là où il n'est pas la leçon : hors du cas du plafond, les fonds nationaux restent sous 80 % des charges", () => {
    for (const cas of CAS_FORMATION.filter((c) => c.regle !== "plafond80")) expect({ cas: cas.id, ecrete: resoudreCas(cas).detail.plafonnementApplique }).toEqual({ cas: cas.id, ecrete: false });
  });

  it("calcule le forfait du territoire comme le total des bonus N-1 ÷ le total des heures N-1 (2 600 + 1 300 + 600 € sur 500 + 300 + 200 h)", () => {
    const r = resoudreCas(CAS_FORMATION.find((c) => c.regle === "forfaitTerritoire")!);
    expect(r.territoire).toMatchObject({ bonusN1: new Decimal(4500), heuresN1: new Decimal(1000) });
    expect(r.figures.forfaitExistant.toString()).toBe("4.5");
  });
});
