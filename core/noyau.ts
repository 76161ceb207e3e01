/**
 * The core without the barème schemas: the rules, the numbers, the readers
 * and the formats. What the command line imports: the barème schemas load
 * zod, 50 ms of start-up a `calcul` has no use for.
 */
export { calculerHeures, calculerSubvention, calculerBonusCtg, calculerEcretement, calculerForfaitCtg, nombreFini } from "./calculs";
export { calculerFinancement, financement, type Financement, type EntreesFinancement, type ValeursFinancement, CHAMPS_FINANCEMENT } from "./financement";
export { calculerDetail, detailEnLignes, NOMBRE_ETAPES, type Detail, type Etape, type CleEtape, type Unite, type EntreesDetail } from "./explication/detail";
export { GROUPES_ETAPES, grouperEtapes } from "./explication/grouperEtapes";
export { ErreurSaisie, ErreurResultat, messageAvecNom, messageSansNom, type ProblemeChamp } from "./erreurs";
export { CHAMPS, ATTENDU, type Champ, type CleChamp, type Nature } from "./schemas/champs";
export { Decimal, Exact } from "./money";
export { ADDENDUM } from "./addendum";
export { formaterNombre, formaterEuros, formaterEurosParHeure, formaterHeures, formaterTaux, formaterNombreCite } from "./format/formaterNombre";
export { formaterSelonUnite } from "./format/formaterSelonUnite";
export { dateFrancaise } from "./format/dateFrancaise";
export { dateIsoLocale } from "./format/dateIsoLocale";
export { citer } from "./format/citer";
export { lireNombreFrancais, lireNombreFrancaisExact, LONGUEUR_MAX, type NombreLu, type Convention } from "./saisie/lireNombreFrancais";
export { lireSaisie, lireSaisieExact, tauxSaisi, ATTENDU_TAUX_SAISI } from "./saisie/lireSaisie";
export { lireDateFrancaise } from "./saisie/lireDateFrancaise";
export { TEXTE as TEXTE_HEURES_FONCTIONNEMENT } from "./regles/heuresFonctionnement";
export { TEXTE as TEXTE_HEURES_ORGANISATION } from "./regles/heuresOrganisationRetenues";
export { TEXTE as TEXTE_SUBVENTION } from "./regles/subventionLaep";
export { TEXTE as TEXTE_BONUS } from "./regles/bonusAvantPlafonnement";
export { TEXTE as TEXTE_PLAFONNEMENT } from "./regles/bonusTerritoireCtg";
export { TEXTE as TEXTE_FORFAIT } from "./regles/forfaitOffreExistante";
export { quotientArrondiAuCentime } from "./money";
export { forfaitDuTerritoire, TEXTE as TEXTE_FORFAIT_TERRITOIRE } from "./regles/forfaitDuTerritoire";
export { fiche, type DonneesFiche, type BaremeFiche } from "./fiche/fiche";
export { documentFiche } from "./fiche/documentFiche";
export { enHtml, type Noeud } from "./fiche/noeud";
export { STYLE_FICHE } from "./fiche/styleFiche";
