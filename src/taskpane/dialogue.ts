import { el } from "./dom";

/** Asks a yes/no question in the pane (Office blocks window.confirm). Resolves true for « oui ». */
export function confirmer(question: string, oui: string, non = "Annuler"): Promise<boolean> {
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
        el("button", { class: "bouton", type: "button", onclick: () => fermer(true) }, oui),
        el("button", { class: "bouton secondaire", type: "button", onclick: () => fermer(false) }, non),
      ),
    );
    dialogue.addEventListener("cancel", () => fermer(false));
    document.body.append(dialogue);
    dialogue.showModal();
  });
}
