import { messageAvecNom, messageSansNom } from "../../../core/erreurs";
import { Exact } from "../../../core/money";
import { CHAMPS, type Champ } from "../../../core/schemas/champs";
import { lireChamp } from "../../../core/schemas/lireChamp";

function message(valeur: unknown, champ: Champ = CHAMPS.heuresOuverture): string {
  const lu = lireChamp(valeur, champ);
  if (lu instanceof Exact) throw new Error(`accepted ${String(valeur)} as ${lu.toString()}`);
  return messageAvecNom(lu);
}

describe("lecture d'une saisie", () => {
  it("accepte un nombre positif ou nul et le lit exactement", () => {
    expect((lireChamp(0.1, CHAMPS.charges) as Exact).toString()).toBe("0.1");
    expect((lireChamp(0, CHAMPS.charges) as Exact).toString()).toBe("0");
    expect((lireChamp(-0, CHAMPS.charges) as Exact).isNegative()).toBe(false);
  });

  it("refuse une valeur vide au lieu de la lire comme 0", () => {
    expect(message(null)).toBe("heures_ouverture : la valeur est vide ; attendu un nombre d'heures positif ou nul.");
    expect(message(undefined)).toMatch(/vide/);
    expect(message("")).toMatch(/vide/);
  });

  it("refuse le texte en le citant", () => {
    expect(message("12,5")).toBe("heures_ouverture : « 12,5 » est du texte, pas un nombre ; attendu un nombre d'heures positif ou nul.");
  });

  it("refuse les valeurs logiques", () => {
    expect(message(true)).toMatch(/VRAI est une valeur logique/);
    expect(message(false)).toMatch(/FAUX est une valeur logique/);
  });

  it("refuse NaN et les infinis", () => {
    expect(message(NaN)).toMatch(/NaN/);
    expect(message(Infinity)).toMatch(/infinie/);
    expect(message(-Infinity)).toMatch(/infinie/);
  });

  it("refuse une plage de plusieurs cellules", () => {
    expect(message([[1, 2]])).toMatch(/plage/);
  });

  it("refuse un nombre négatif en l'écrivant à la française", () => {
    expect(message(-1234.5, CHAMPS.charges)).toBe("charges : -1\u202f234,5 est négatif ; attendu un montant en euros positif ou nul.");
  });

  it("refuse un taux au-delà de 1 en rappelant qu'il s'écrit en fraction", () => {
    expect(message(60, CHAMPS.taux)).toBe("taux : 60 dépasse 1 ; attendu une fraction entre 0 et 1 (60 % s'écrit 0,6).");
    expect(lireChamp(1, CHAMPS.taux)).toBeInstanceOf(Exact);
    expect(lireChamp(0, CHAMPS.taux)).toBeInstanceOf(Exact);
  });

  it("refuse 0 heure au total du territoire", () => {
    expect(message(0, CHAMPS.heuresTotalesN1)).toMatch(/^heures_totales_n1 : 0 n'est pas accepté/);
  });

  it("formule le message sans le nom du champ pour l'afficher à côté de lui", () => {
    const lu = lireChamp(-3, CHAMPS.heuresOuverture);
    if (lu instanceof Exact) throw new Error("accepted");
    expect(messageSansNom(lu)).toBe("-3 est négatif : attendu un nombre d'heures positif ou nul.");
  });
});
