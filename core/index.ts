/** Public surface of the core: what the functions, the task pane and the command line use (the command line through noyau.ts). */
export * from "./noyau";
export { lireBareme, stockerBareme, type Bareme, type BaremeStocke } from "./baremes/bareme";
export { BAREME_DEMONSTRATION } from "./baremes/demonstration";
