/** Public surface of the core: what the functions, the task pane and the command line use. */
export { calculerHeures, calculerSubvention, calculerBonusCtg, calculerForfaitCtg, nombreFini } from "./calculs";
export { calculerDetail, type Detail, type Etape, type CleEtape, type Unite, type EntreesDetail } from "./explication/detail";
export { ErreurSaisie, ErreurResultat, messageAvecNom, messageSansNom, type ProblemeChamp } from "./erreurs";
export { CHAMPS, ATTENDU, type Champ, type CleChamp } from "./schemas/champs";
export { Decimal, arrondiAuCentime } from "./money";
export { ADDENDUM } from "./addendum";
