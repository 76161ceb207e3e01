import { Decimal } from "../../../core/money";
import { messageSansNom } from "../../../core/erreurs";
import { CHAMPS } from "../../../core/schemas/champs";
import { lireSaisie } from "../../../core/saisie/lireSaisie";

const lire = (...args: Parameters<typeof lireSaisie>) => {
  const lu = lireSaisie(...args);
  return lu instanceof Decimal ? lu.toString() : messageSansNom(lu);
};

describe("lecture d'un champ de formulaire", () => {
  it("lit un taux saisi en pourcentage, avec ou sans « % »", () => {
    expect(lire("60", CHAMPS.taux, { tauxEnPourcentage: true })).toBe("0.6");
    expect(lire("60 %", CHAMPS.taux, { tauxEnPourcentage: true })).toBe("0.6");
    expect(lire("60,5", CHAMPS.taux, { tauxEnPourcentage: true })).toBe("0.605");
  });

  it("refuse un pourcentage au-delà de 100 ou négatif en parlant en pourcentage", () => {
    expect(lire("150", CHAMPS.taux, { tauxEnPourcentage: true })).toBe("150 % dépasse 100 % : attendu un pourcentage entre 0 et 100.");
    expect(lire("-5", CHAMPS.taux, { tauxEnPourcentage: true })).toBe("-5 % est négatif : attendu un pourcentage entre 0 et 100.");
  });

  it("lit un taux en fraction, ou en pourcentage s'il porte « % », hors formulaire en pourcentage", () => {
    expect(lire("0,6", CHAMPS.taux)).toBe("0.6");
    expect(lire("60 %", CHAMPS.taux)).toBe("0.6");
    expect(lire("60", CHAMPS.taux)).toMatch(/60 dépasse 1/);
  });

  it("refuse un pourcentage dans un champ qui n'est pas un taux", () => {
    expect(lire("60 %", CHAMPS.charges)).toBe("60 % est un pourcentage : attendu un montant en euros positif ou nul.");
  });

  it("valide la valeur lue comme pour une cellule", () => {
    expect(lire("-3", CHAMPS.heuresOuverture)).toBe("-3 est négatif : attendu un nombre d'heures positif ou nul.");
    expect(lire("", CHAMPS.charges)).toBe("La valeur est vide : attendu un montant en euros positif ou nul.");
    expect(lire("abc", CHAMPS.charges)).toBe("« abc » n'est pas un nombre (exemple : 1 234,56) : attendu un montant en euros positif ou nul.");
  });
});
