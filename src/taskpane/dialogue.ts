import { el } from "./dom";

/**
 * Asks a yes/no question in the pane (Office blocks window.confirm). Resolves
 * true for « oui ». A destructive « oui » (replace, delete) is styled as a
 * danger and the focus starts on « Annuler », so that Entrée never destroys.
 */
export function confirmer(question: string, oui: string, { destructif = false, non = "Annuler" }: { destructif?: boolean; non?: string } = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const fermer = (reponse: boolean) => {
      dialogue.close();
      dialogue.remove();
      resolve(reponse);
    };
    const dialogue = el(
      "dialog",
      { role: "alertdialog", "aria-labelledby": "question-dialogue" },
      el("p", { id: "question-dialogue" }, question),
      el(
        "div",
        { class: "actions" },
        el("button", { class: destructif ? "bouton destructif" : "bouton", type: "button", onclick: () => fermer(true) }, oui),
        el("button", { class: "bouton secondaire", type: "button", autofocus: destructif, onclick: () => fermer(false) }, non),
      ),
    );
    dialogue.addEventListener("cancel", () => fermer(false));
    document.body.append(dialogue);
    dialogue.showModal();
  });
}

/** What the user accepted to replace, for a write run again after asking. */
export interface Accords {
  remplacerCellules?: boolean;
  remplacerBareme?: boolean;
}

type Demande = { statut: "occupe"; message: string } | { statut: "conflit-bareme"; message: string; question: string };

/**
 * Runs a write to the workbook that may stop to ask (non-empty cells, a
 * barème name that points elsewhere): asks, and runs it again with what was
 * accepted. The last answer of the write, or null when the user declined.
 */
export async function ecrireAvecAccord<R extends { statut: string }>(ecrire: (accords: Accords) => Promise<R>, questionCellules: string): Promise<Exclude<R, Demande> | null> {
  let accords: Accords = {};
  for (;;) {
    const r = await ecrire(accords);
    if (r.statut !== "occupe" && r.statut !== "conflit-bareme") return r as Exclude<R, Demande>;
    const d = r as unknown as Demande;
    const question = d.statut === "occupe" ? `${d.message} ${questionCellules}` : `${d.message} ${d.question}`;
    if (!(await confirmer(question, "Remplacer", { destructif: true }))) return null;
    accords = { ...accords, ...(d.statut === "occupe" ? { remplacerCellules: true } : { remplacerBareme: true }) };
  }
}
