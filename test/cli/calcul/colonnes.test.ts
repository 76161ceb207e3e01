import { normaliser, reperer } from "../../../cli/calcul/colonnes";

describe("colonnes d'un portefeuille", () => {
  it("reconnaît les noms sans tenir compte de la casse ni des accents", () => {
    expect(normaliser("Heures d'Ouverture")).toBe("heures_d_ouverture");
    expect(normaliser("  BARÈME nouvelle-heure ")).toBe("bareme_nouvelle_heure");
    const index = reperer(["Nom", "HEURES_OUVERTURE", "Heures d'organisation", "Charges", "Taux", "Prix de plafond", "Barème nouvelle heure"]);
    expect(index).toEqual({ heuresOuverture: 1, heuresOrganisation: 2, charges: 3, taux: 4, prixPlafond: 5, baremeNouvelleHeure: 6 });
  });

  it("nomme les colonnes obligatoires qui manquent et celles qu'il a trouvées", () => {
    expect(() => reperer(["nom", "heures_ouverture", "charges"])).toThrow(
      /^Colonnes manquantes : heures_organisation, taux, prix_plafond\. .*Colonnes trouvées : nom, heures_ouverture, charges\.$/,
    );
  });

  it("refuse un fichier qui a déjà des colonnes de résultat", () => {
    expect(() => reperer(["heures_ouverture", "heures_organisation", "charges", "taux", "prix_plafond", "subvention"])).toThrow(/déjà des colonnes de résultat \(subvention\)/);
  });
});
