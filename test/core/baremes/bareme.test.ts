import { BAREME_DEMONSTRATION } from "../../../core/baremes/demonstration";
import { lireBareme, stockerBareme } from "../../../core/baremes/bareme";

const valide = {
  code: "2025",
  libelle: "Barème 2025",
  taux: 0.6,
  prixPlafond: "31,25",
  baremeNouvelleHeure: "12.5",
  forfaitExistant: null,
  source: "Saisi depuis la circulaire de l'année",
  lien: "https://www.caf.fr/",
  verifieLe: "2026-01-15",
};

describe("barèmes", () => {
  it("lit un barème stocké, nombres ou textes décimaux exacts", () => {
    const lu = lireBareme(valide);
    if ("erreurs" in lu) throw new Error(lu.erreurs.join());
    expect(lu.bareme.taux.toString()).toBe("0.6");
    expect(lu.bareme.prixPlafond.toString()).toBe("31.25");
    expect(lu.bareme.baremeNouvelleHeure.toString()).toBe("12.5");
    expect(lu.bareme.forfaitExistant).toBeNull();
    expect(lu.bareme.fictif).toBe(false);
  });

  it("relit sans ambiguïté les décimales qu'il a stockées (« 20.295 ») et refuse « 20.295 » tapé dans la feuille", () => {
    const stocke = lireBareme({ ...valide, prixPlafond: "20.295", taux: "0.005" });
    if ("erreurs" in stocke) throw new Error(stocke.erreurs.join());
    expect([stocke.bareme.prixPlafond.toString(), stocke.bareme.taux.toString()]).toEqual(["20.295", "0.005"]);
    const tape = lireBareme({ ...valide, prixPlafond: "20.295" }, "francaise");
    expect("erreurs" in tape && tape.erreurs.join()).toMatch(/« 20\.295 » est ambigu/);
  });

  it("lit un taux tapé en texte dans la feuille comme partout : « 60 % », « 60 » ou « 0,6 »", () => {
    for (const taux of ["60 %", "60", "0,6", 0.6]) {
      const lu = lireBareme({ ...valide, taux, prixPlafond: "31,25" }, "francaise");
      if ("erreurs" in lu) throw new Error(lu.erreurs.join());
      expect(lu.bareme.taux.toString()).toBe("0.6");
    }
  });

  it("relit à l'identique ce qu'il a stocké", () => {
    const lu = lireBareme(valide);
    if ("erreurs" in lu) throw new Error(lu.erreurs.join());
    const relu = lireBareme(JSON.parse(JSON.stringify(stockerBareme(lu.bareme))));
    expect(relu).toEqual(lu);
  });

  it("exige une source et refuse un lien qui n'est pas http(s)", () => {
    const lu = lireBareme({ ...valide, source: "", lien: "javascript:alert(1)" });
    expect("erreurs" in lu && lu.erreurs).toEqual([
      "source : la source est obligatoire : d'où viennent ces chiffres ?",
      "lien : le lien doit commencer par http:// ou https://",
    ]);
  });

  it("refuse un taux hors de [0 ; 1] et un prix négatif, en français", () => {
    const lu = lireBareme({ ...valide, taux: 60, prixPlafond: "-3" });
    expect("erreurs" in lu && lu.erreurs).toEqual([
      "Taux : 60 dépasse 1 ; attendu une fraction entre 0 et 1 (60 % s'écrit 0,6)",
      "Prix plafond horaire : -3 est négatif ; attendu un montant en euros par heure positif ou nul",
    ]);
  });

  it("refuse un code qui ne peut pas nommer le barème dans le classeur", () => {
    const lu = lireBareme({ ...valide, code: "2025 bis" });
    expect("erreurs" in lu && lu.erreurs[0]).toMatch(/^code : /);
  });

  it("fournit un barème de démonstration marqué fictif, qui dit ne pas être un barème publié", () => {
    expect(BAREME_DEMONSTRATION.fictif).toBe(true);
    expect(BAREME_DEMONSTRATION.libelle).toMatch(/fictif/);
    expect(BAREME_DEMONSTRATION.source).toMatch(/ne sont pas les barèmes publiés par la Cnaf/);
  });

  it("écrit le barème de démonstration comme un barème que les schémas acceptent et relisent à l'identique", () => {
    const relu = lireBareme(stockerBareme(BAREME_DEMONSTRATION));
    expect("bareme" in relu && relu.bareme).toEqual(BAREME_DEMONSTRATION);
  });
});
