/** The simulator's shared state: the form, the barèmes, and who listens. */
import { type Bareme, BAREME_DEMONSTRATION, CHAMPS, Decimal, lireSaisie } from "../../core";
import { analyser, type Analyse, CHAMPS_FORMULAIRE, type CleSaisie, type Saisies, saisiesDuBareme } from "./modele";
import type { DepotBaremes } from "./depotBaremes";

export const LIBRE = "";

/** Where the pane remembers the barème the user chose, from one opening to the next (this machine only). */
export interface Memoire {
  lire(): string | null;
  ecrire(code: string): void;
}

const CLE_MEMOIRE = "financement-laep.bareme-choisi";

/** The browser's local storage, which may be refused (private mode, policy): then nothing is remembered. */
export function memoireNavigateur(stockage: () => Storage): Memoire {
  return {
    lire: () => {
      try {
        return stockage().getItem(CLE_MEMOIRE);
      } catch {
        return null;
      }
    },
    ecrire: (code) => {
      try {
        stockage().setItem(CLE_MEMOIRE, code);
      } catch {
        // Not remembered: the pane works the same.
      }
    },
  };
}

const SANS_MEMOIRE: Memoire = { lire: () => null, ecrire: () => undefined };

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
  /** Which barème each field's figure was copied from, until the user types over it. */
  origines: Partial<Record<CleSaisie, string>> = origines(BAREME_DEMONSTRATION);
  analyse: Analyse = analyser(this.saisies);
  /** The LAEP's name on the printed calculation sheet (not a figure: no computation uses it). */
  nomFiche = "";
  /** True once the user has typed in the form: a training case then asks before replacing her figures. */
  saisiesModifiees = false;
  private abonnes: (() => void)[] = [];
  private memoireAppliquee = false;

  constructor(
    readonly depot: DepotBaremes,
    readonly excel: boolean,
    readonly executer: (<T>(f: (context: Excel.RequestContext) => Promise<T>) => Promise<T>) | null,
    /** What an earlier state of the page held (when it switches to Excel mode). */
    reprise?: { saisies: Saisies; baremeChoisi: string; origines: Partial<Record<CleSaisie, string>>; nomFiche?: string; saisiesModifiees?: boolean },
    private readonly memoire: Memoire = SANS_MEMOIRE,
  ) {
    if (reprise) {
      this.saisies = { ...reprise.saisies };
      this.baremeChoisi = reprise.baremeChoisi;
      this.origines = { ...reprise.origines };
      this.nomFiche = reprise.nomFiche ?? "";
      this.saisiesModifiees = reprise.saisiesModifiees ?? false;
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
    this.saisiesModifiees = true;
    if (CHAMPS_FORMULAIRE.find((c) => c.cle === cle)?.duBareme) this.baremeChoisi = LIBRE;
    const { [cle]: _, ...autres } = this.origines;
    this.origines = autres;
    this.prevenir();
  }

  /**
   * The whole form replaced (a training case opened as a simulation). A
   * barème figure equal to the training barème's is said to come from it,
   * so that the form warns « fictif » as for any figure of that barème; the
   * barème is chosen only when all its figures are there.
   */
  remplacerSaisies(saisies: Saisies) {
    const demo = this.baremes.find((b) => b.code === BAREME_DEMONSTRATION.code) ?? BAREME_DEMONSTRATION;
    const duDemo = saisiesDuBareme(demo);
    const egal = (cle: CleSaisie) => {
      const a = lireSaisie(saisies[cle], CHAMPS[cle]);
      const b = lireSaisie(duDemo[cle] ?? "", CHAMPS[cle]);
      return a instanceof Decimal && b instanceof Decimal && a.eq(b);
    };
    const cles = Object.keys(duDemo) as CleSaisie[];
    this.saisies = { ...saisies };
    this.origines = Object.fromEntries(cles.filter(egal).map((cle) => [cle, demo.code]));
    this.baremeChoisi = cles.every(egal) ? demo.code : LIBRE;
    this.saisiesModifiees = false;
    this.prevenir();
  }

  nommerFiche(nom: string) {
    this.nomFiche = nom;
    for (const f of this.abonnes) f();
  }

  /** The user's choice (select, « Utiliser »): applied and remembered for the next opening. */
  choisirBareme(code: string) {
    this.appliquerBareme(code);
    this.memoire.ecrire(code);
    this.prevenir();
  }

  private appliquerBareme(code: string) {
    this.baremeChoisi = code;
    const b = this.baremes.find((x) => x.code === code);
    if (b) {
      this.saisies = { ...this.saisies, ...saisiesDuBareme(b) };
      this.origines = { ...this.origines, ...origines(b) };
    }
  }

  /** The fields whose figure still comes from a fictitious barème (the training one). */
  figuresFictives(): CleSaisie[] {
    return CHAMPS_FORMULAIRE.filter((c) => this.baremes.find((b) => b.code === this.origines[c.cle])?.fictif).map((c) => c.cle);
  }

  bareme(): Bareme | null {
    return this.baremes.find((b) => b.code === this.baremeChoisi) ?? null;
  }

  async rechargerBaremes() {
    const { baremes, erreurs } = await this.depot.lister();
    this.baremes = [BAREME_DEMONSTRATION, ...baremes.filter((b) => b.code !== BAREME_DEMONSTRATION.code)];
    this.erreursBaremes = erreurs;
    if (this.baremeChoisi !== LIBRE && !this.baremes.some((b) => b.code === this.baremeChoisi)) this.baremeChoisi = LIBRE;
    // The barème chosen at an earlier opening, once the list that holds it is read; the
    // demonstration is only a default, never worth keeping over the user's choice.
    const memorise = this.memoire.lire();
    if (!this.memoireAppliquee && memorise !== null && this.baremeChoisi === BAREME_DEMONSTRATION.code && memorise !== this.baremeChoisi) {
      if (memorise === LIBRE || this.baremes.some((b) => b.code === memorise)) this.appliquerBareme(memorise);
    }
    this.memoireAppliquee = true;
    this.prevenir();
  }
}

/** Each field a barème fills, mapped to that barème's code. */
function origines(b: Bareme): Partial<Record<CleSaisie, string>> {
  return Object.fromEntries(Object.keys(saisiesDuBareme(b)).map((cle) => [cle, b.code]));
}
