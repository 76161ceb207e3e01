import type { vueFormation } from "./vueFormation";

type Module = { vueFormation: typeof vueFormation };
declare global {
  interface Window {
    /** Set by formation.js (webpack.config.js: its library name). */
    LaepFormation?: Module;
  }
}

/**
 * The Formation tab's code, formation.js, next to the page: a script of the
 * same site (nothing else is requested), loaded once. Rejects with a French
 * message when it cannot be had (a server gone, a file missing).
 */
export function chargerFormation(): Promise<Module["vueFormation"]> {
  const deja = window.LaepFormation;
  if (deja) return Promise.resolve(deja.vueFormation);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "formation.js";
    script.onload = () => (window.LaepFormation ? resolve(window.LaepFormation.vueFormation) : reject(new Error("formation.js ne contient pas l'onglet attendu")));
    script.onerror = () => {
      script.remove();
      reject(new Error("formation.js est introuvable"));
    };
    document.head.append(script);
  });
}
