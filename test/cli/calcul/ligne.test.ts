import { calculerLigne, FORMULE_SANS_VALEUR } from "../../../cli/calcul/ligne";

const base = { heuresOuverture: "400", heuresOrganisation: "300", charges: "12 000", prixPlafond: "30" };
const subvention = (taux: string | number) => {
  const r = calculerLigne({ ...base, taux }, "francaise");
  return "erreur" in r ? r.erreur : r.resultat.subvention.toString();
};

describe("une ligne de portefeuille", () => {
  it("lit le taux en fraction jusqu'à 1, en pourcentage au-delà ou avec « % »", () => {
    expect(subvention("0,6")).toBe("7200");
    expect(subvention("60")).toBe("7200");
    expect(subvention("60 %")).toBe("7200");
    expect(subvention(0.6)).toBe("7200");
    expect(subvention("1")).toBe("12000");
    expect(subvention("150")).toBe("taux : 150 dépasse 100 % ; attendu un taux : 60 %, 60 ou 0,6 (au plus 100 %).");
    expect(subvention(150)).toBe("taux : 150 n'est ni une fraction (jusqu'à 1) ni un pourcentage (jusqu'à 100) ; attendu un taux : 60 %, 60 ou 0,6 (au plus 100 %).");
  });

  it("compte 0 pour une colonne facultative vide, refuse une colonne obligatoire vide", () => {
    const r = calculerLigne({ ...base, taux: "60", heuresExistantes: "", autresFondsNationaux: "  " }, "francaise");
    expect("resultat" in r && r.resultat.bonusCtg.toString()).toBe("0");
    expect(calculerLigne({ ...base, taux: "60", charges: "" }, "francaise")).toEqual({ erreur: "charges : la valeur est vide ; attendu un montant en euros positif ou nul." });
  });

  it("lit les milliers à l'anglaise dans un CSV à virgules", () => {
    const r = calculerLigne({ ...base, charges: "12,000.00", taux: "0.6" }, "internationale");
    expect("resultat" in r && r.resultat.subvention.toString()).toBe("7200");
  });

  it("refuse « 12.500 » dans un CSV français, le lit 12,5 dans un CSV à virgules", () => {
    expect(calculerLigne({ ...base, taux: "60", charges: "12.500" }, "francaise")).toEqual({
      erreur: "charges : « 12.500 » est ambigu : 12 500 ou 12,500 ? Écrivez 12500 ou 12,500 ; attendu un montant en euros positif ou nul.",
    });
    const r = calculerLigne({ ...base, taux: "0.6", charges: "12.500" }, "internationale");
    expect("resultat" in r && r.resultat.subvention.toString()).toBe("7.5");
  });

  it("lit un nombre de cellule comme Excel l'affiche, à 15 chiffres", () => {
    const r = calculerLigne({ heuresOuverture: 400, heuresOrganisation: 0, charges: 10000.05 + 0.3, taux: 0.5, prixPlafond: 1000 }, "francaise");
    expect("resultat" in r && r.resultat.subvention.toString()).toBe("5000.18");
  });

  it("refuse une formule jamais calculée au lieu de la compter 0", () => {
    expect(calculerLigne({ ...base, taux: 0.6, autresFondsNationaux: FORMULE_SANS_VALEUR }, "francaise")).toEqual({
      erreur: "autres_fonds_nationaux : formule jamais calculée : ouvrez et enregistrez le fichier dans Excel ; attendu un montant en euros positif ou nul.",
    });
  });

  it("dit ce qui ne va pas dans une cellule de classeur", () => {
    expect(calculerLigne({ ...base, taux: 0.6, charges: { erreur: "#DIV/0!" } }, "internationale")).toEqual({
      erreur: "charges : la cellule contient l'erreur #DIV/0! ; attendu un montant en euros positif ou nul.",
    });
    expect("erreur" in calculerLigne({ ...base, taux: 0.6, charges: new Date(2025, 0, 1) }, "internationale")).toBe(true);
    expect(calculerLigne({ ...base, taux: 0.6, charges: "-5" }, "francaise")).toEqual({ erreur: "charges : -5 est négatif ; attendu un montant en euros positif ou nul." });
  });
});
