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
