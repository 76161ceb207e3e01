/** Public surface of the core: what the functions, the task pane and the command line use. */
export { calculerHeures, calculerSubvention, calculerBonusCtg, calculerForfaitCtg, nombreFini } from "./calculs";
export { calculerDetail, type Detail, type Etape, type CleEtape, type Unite, type EntreesDetail } from "./explication/detail";
export { ErreurSaisie, ErreurResultat, messageAvecNom, messageSansNom, type ProblemeChamp } from "./erreurs";
export { CHAMPS, ATTENDU, type Champ, type CleChamp } from "./schemas/champs";
export { Decimal, arrondiAuCentime } from "./money";
export { ADDENDUM } from "./addendum";
export { formaterNombre, formaterEuros, formaterEurosParHeure, formaterHeures, formaterTaux } from "./format/formaterNombre";
export { lireNombreFrancais, type NombreLu } from "./saisie/lireNombreFrancais";
export { lireSaisie } from "./saisie/lireSaisie";
export { lireBareme, stockerBareme, type Bareme, type BaremeStocke } from "./baremes/bareme";
export { BAREME_DEMONSTRATION } from "./baremes/demonstration";
export { TEXTE as TEXTE_HEURES_FONCTIONNEMENT } from "./regles/heuresFonctionnement";
export { TEXTE as TEXTE_HEURES_ORGANISATION } from "./regles/heuresOrganisationRetenues";
export { TEXTE as TEXTE_SUBVENTION } from "./regles/subventionLaep";
export { TEXTE as TEXTE_BONUS } from "./regles/bonusAvantPlafonnement";
export { TEXTE as TEXTE_PLAFONNEMENT } from "./regles/bonusTerritoireCtg";
export { TEXTE as TEXTE_FORFAIT } from "./regles/forfaitOffreExistante";
export { quotientArrondiAuCentime } from "./money";
