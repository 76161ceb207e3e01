import { Decimal } from "../../../core/money";
import { messageSansNom } from "../../../core/erreurs";
import { CHAMPS } from "../../../core/schemas/champs";
import { lireSaisie } from "../../../core/saisie/lireSaisie";

const lire = (...args: Parameters<typeof lireSaisie>) => {
  const lu = lireSaisie(...args);
  return lu instanceof Decimal ? lu.toString() : messageSansNom(lu);
};

describe("lecture d'un champ de formulaire", () => {
  it("lit « 60 % », « 60 » et « 0,6 » comme le même taux de 60 %", () => {
    expect(lire("60 %", CHAMPS.taux)).toBe("0.6");
    expect(lire("60", CHAMPS.taux)).toBe("0.6");
    expect(lire("0,6", CHAMPS.taux)).toBe("0.6");
    expect(lire("60,5", CHAMPS.taux)).toBe("0.605");
    expect(lire("0.6", CHAMPS.taux, "internationale")).toBe("0.6");
  });

  it("lit un nombre jusqu'à 1 comme une fraction, « 1 % » comme un pour cent", () => {
    expect(lire("1", CHAMPS.taux)).toBe("1");
    expect(lire("1 %", CHAMPS.taux)).toBe("0.01");
    expect(lire("0,5 %", CHAMPS.taux)).toBe("0.005");
    expect(lire("100", CHAMPS.taux)).toBe("1");
    expect(lire("0", CHAMPS.taux)).toBe("0");
  });

  it("refuse un taux au-delà de 100 % ou négatif", () => {
    expect(lire("150", CHAMPS.taux)).toBe("150 dépasse 100 % : attendu un taux : 60 %, 60 ou 0,6 (au plus 100 %).");
    expect(lire("100,5 %", CHAMPS.taux)).toBe("100,5 % dépasse 100 % : attendu un taux : 60 %, 60 ou 0,6 (au plus 100 %).");
    expect(lire("-5", CHAMPS.taux)).toBe("-5 est négatif : attendu un taux : 60 %, 60 ou 0,6 (au plus 100 %).");
  });

  it("refuse un pourcentage dans un champ qui n'est pas un taux", () => {
    expect(lire("60 %", CHAMPS.charges)).toBe("60 % est un pourcentage : attendu un montant en euros positif ou nul.");
  });

  it("valide la valeur lue comme pour une cellule, en citant ce qui a été écrit", () => {
    expect(lire("-3", CHAMPS.heuresOuverture)).toBe("-3 est négatif : attendu un nombre d'heures positif ou nul.");
    expect(lire(`-0,${"0".repeat(40)}1`, CHAMPS.heuresOuverture)).toBe(`-0,${"0".repeat(26)}… est négatif : attendu un nombre d'heures positif ou nul.`);
    expect(lire("", CHAMPS.charges)).toBe("La valeur est vide : attendu un montant en euros positif ou nul.");
    expect(lire("abc", CHAMPS.charges)).toBe("« abc » n'est pas un nombre (exemple : 1 234,56) : attendu un montant en euros positif ou nul.");
  });

  it("prend un montant en euros au centime, garde les heures et les tarifs exacts", () => {
    expect(lire("5 627,235", CHAMPS.autresFondsNationaux)).toBe("5627.24");
    expect(lire("452,125", CHAMPS.heuresOuverture)).toBe("452.125");
    expect(lire("20,2955", CHAMPS.prixPlafond)).toBe("20.2955");
  });

  it("refuse l'écriture ambiguë « 1.234 » d'un champ français", () => {
    expect(lire("1.234", CHAMPS.heuresOuverture)).toBe("« 1.234 » est ambigu : 1 234 ou 1,234 ? Écrivez 1234 ou 1,234 : attendu un nombre d'heures positif ou nul.");
  });
});
