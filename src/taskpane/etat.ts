/** The simulator's shared state: the form, the barèmes, and who listens. */
import { type Bareme, BAREME_DEMONSTRATION } from "../../core";
import { analyser, type Analyse, CHAMPS_FORMULAIRE, type Saisies, saisiesDuBareme } from "./modele";
import type { DepotBaremes } from "./depotBaremes";

export const LIBRE = "";

/** The example a newcomer sees first: a LAEP of 400 h with the fictitious training barème. */
const EXEMPLE: Saisies = {
  heuresOuverture: "400",
  heuresOrganisation: "300",
  charges: "12 000",
  taux: "",
  prixPlafond: "",
  heuresExistantes: "500",
  forfaitExistant: "",
  baremeNouvelleHeure: "",
  autresFondsNationaux: "0",
  ...saisiesDuBareme(BAREME_DEMONSTRATION),
};

export class Etat {
  saisies: Saisies = { ...EXEMPLE };
  baremes: Bareme[] = [BAREME_DEMONSTRATION];
  erreursBaremes: string[] = [];
  /** Why the pane runs without the workbook although Excel opened it (an Excel too old), or null. */
  avertissementHote: string | null = null;
  /** Code of the barème the rate and prices come from, or LIBRE when typed by hand. */
  baremeChoisi = BAREME_DEMONSTRATION.code;
  analyse: Analyse = analyser(this.saisies);
  private abonnes: (() => void)[] = [];

  constructor(
    readonly depot: DepotBaremes,
    readonly excel: boolean,
    readonly executer: (<T>(f: (context: Excel.RequestContext) => Promise<T>) => Promise<T>) | null,
    /** What an earlier state of the page held (when it switches to Excel mode). */
    reprise?: { saisies: Saisies; baremeChoisi: string },
  ) {
    if (reprise) {
      this.saisies = { ...reprise.saisies };
      this.baremeChoisi = reprise.baremeChoisi;
      this.analyse = analyser(this.saisies);
    }
  }

  abonner(f: () => void) {
    this.abonnes.push(f);
  }

  private prevenir() {
    this.analyse = analyser(this.saisies);
    for (const f of this.abonnes) f();
  }

  saisir(cle: keyof Saisies, texte: string) {
    this.saisies = { ...this.saisies, [cle]: texte };
    if (CHAMPS_FORMULAIRE.find((c) => c.cle === cle)?.duBareme) this.baremeChoisi = LIBRE;
    this.prevenir();
  }

  choisirBareme(code: string) {
    this.baremeChoisi = code;
    const b = this.baremes.find((x) => x.code === code);
    if (b) this.saisies = { ...this.saisies, ...saisiesDuBareme(b) };
    this.prevenir();
  }

  bareme(): Bareme | null {
    return this.baremes.find((b) => b.code === this.baremeChoisi) ?? null;
  }

  async rechargerBaremes() {
    const { baremes, erreurs } = await this.depot.lister();
    this.baremes = [BAREME_DEMONSTRATION, ...baremes.filter((b) => b.code !== BAREME_DEMONSTRATION.code)];
    this.erreursBaremes = erreurs;
    if (this.baremeChoisi !== LIBRE && !this.baremes.some((b) => b.code === this.baremeChoisi)) this.baremeChoisi = LIBRE;
    this.prevenir();
  }
}
