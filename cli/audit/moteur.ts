/**
 * The LAEP functions inside HyperFormula (a real formula engine, GPL-3.0),
 * so that a saved workbook can be recomputed outside Excel with the very
 * core the add-in uses.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { calculerBonusCtg, calculerEcretement, calculerForfaitCtg, calculerHeures, calculerSubvention, detailEnLignes, ErreurResultat, ErreurSaisie, NOMBRE_ETAPES } from "../../core/noyau";

type Ast = { args: unknown[] };
type Etat = unknown;
type Valeur = unknown;

const scalaire = { argumentType: FunctionArgumentType.NOERROR };
const facultatif = { argumentType: FunctionArgumentType.NOERROR, optionalArg: true };

/** HyperFormula hands an empty cell as EmptyValue; the add-in, like Excel on the web, sees it as empty. */
const v = (x: Valeur) => (x === EmptyValue ? null : x);

function appeler<T>(calcul: () => T): T | CellError {
  try {
    return calcul();
  } catch (erreur) {
    if (erreur instanceof ErreurSaisie || erreur instanceof ErreurResultat) return new CellError(ErrorType.VALUE, erreur.message);
    throw erreur;
  }
}


export class PluginLaep extends FunctionPlugin {
  static override implementedFunctions = {
    "LAEP.HEURES": { method: "heures", parameters: [scalaire, scalaire] },
    "LAEP.SUBVENTION": { method: "subvention", parameters: [scalaire, scalaire, scalaire, scalaire, scalaire] },
    "LAEP.BONUSCTG": { method: "bonusCtg", parameters: [scalaire, scalaire, scalaire, scalaire, scalaire, scalaire, scalaire, facultatif] },
    "LAEP.ECRETEMENT": { method: "ecretement", parameters: [scalaire, scalaire, scalaire, scalaire, scalaire, scalaire, scalaire, facultatif] },
    "LAEP.FORFAITCTG": { method: "forfaitCtg", parameters: [scalaire, scalaire] },
    "LAEP.DETAIL": {
      method: "detail",
      sizeOfResultArrayMethod: "tailleDetail",
      parameters: [scalaire, scalaire, scalaire, scalaire, scalaire, facultatif, facultatif, facultatif, facultatif],
    },
  };

  heures(ast: Ast, etat: Etat) {
    return this.runFunction(ast.args as never, etat as never, this.metadata("LAEP.HEURES"), (o: Valeur, org: Valeur) =>
      appeler(() => calculerHeures({ heuresOuverture: v(o), heuresOrganisation: v(org) })),
    );
  }

  subvention(ast: Ast, etat: Etat) {
    return this.runFunction(ast.args as never, etat as never, this.metadata("LAEP.SUBVENTION"), (o: Valeur, org: Valeur, c: Valeur, t: Valeur, p: Valeur) =>
      appeler(() => calculerSubvention({ heuresOuverture: v(o), heuresOrganisation: v(org), charges: v(c), taux: v(t), prixPlafond: v(p) })),
    );
  }

  bonusCtg(ast: Ast, etat: Etat) {
    return this.bonus(ast, etat, "LAEP.BONUSCTG", calculerBonusCtg);
  }

  ecretement(ast: Ast, etat: Etat) {
    return this.bonus(ast, etat, "LAEP.ECRETEMENT", calculerEcretement);
  }

  private bonus(ast: Ast, etat: Etat, nom: string, calcul: typeof calculerBonusCtg) {
    return this.runFunction(
      ast.args as never,
      etat as never,
      this.metadata(nom),
      (o: Valeur, org: Valeur, c: Valeur, s: Valeur, he: Valeur, f: Valeur, b: Valeur, a: Valeur) =>
        appeler(() =>
          calcul({
            heuresOuverture: v(o),
            heuresOrganisation: v(org),
            charges: v(c),
            subvention: v(s),
            heuresExistantes: v(he),
            forfaitExistant: v(f),
            baremeNouvelleHeure: v(b),
            autresFondsNationaux: v(a),
          }),
        ),
    );
  }

  forfaitCtg(ast: Ast, etat: Etat) {
    return this.runFunction(ast.args as never, etat as never, this.metadata("LAEP.FORFAITCTG"), (b: Valeur, h: Valeur) =>
      appeler(() => calculerForfaitCtg({ bonusTotalN1: v(b), heuresTotalesN1: v(h) })),
    );
  }

  detail(ast: Ast, etat: Etat) {
    return this.runFunction(
      ast.args as never,
      etat as never,
      this.metadata("LAEP.DETAIL"),
      (o: Valeur, org: Valeur, c: Valeur, t: Valeur, p: Valeur, he: Valeur, f: Valeur, b: Valeur, a: Valeur) => {
        const d = appeler(() =>
          detailEnLignes({
            heuresOuverture: v(o),
            heuresOrganisation: v(org),
            charges: v(c),
            taux: v(t),
            prixPlafond: v(p),
            heuresExistantes: v(he),
            forfaitExistant: v(f),
            baremeNouvelleHeure: v(b),
            autresFondsNationaux: v(a),
          }),
        );
        if (d instanceof CellError) return d;
        return SimpleRangeValue.onlyValues(d);
      },
    );
  }

  tailleDetail() {
    return new ArraySize(2, NOMBRE_ETAPES);
  }
}

let enregistre = false;

/** HyperFormula with the LAEP functions registered (once per process). */
export function moteur(): typeof HyperFormula {
  if (!enregistre) {
    HyperFormula.registerFunctionPlugin(PluginLaep as never, {
      enGB: { "LAEP.HEURES": "LAEP.HEURES", "LAEP.SUBVENTION": "LAEP.SUBVENTION", "LAEP.BONUSCTG": "LAEP.BONUSCTG", "LAEP.ECRETEMENT": "LAEP.ECRETEMENT", "LAEP.FORFAITCTG": "LAEP.FORFAITCTG", "LAEP.DETAIL": "LAEP.DETAIL" },
    });
    enregistre = true;
  }
  return HyperFormula;
}
