import { enHtml, textePropre } from "./noeud";
import { type DonneesFiche, fiche } from "./fiche";
import { STYLE_FICHE } from "./styleFiche";

/**
 * The sheet as a whole HTML document, ready to open and print: its style
 * inside, nothing fetched (the policy forbids any request and any script).
 */
export function documentFiche(d: DonneesFiche): string {
  const titre = `Fiche de calcul LAEP${d.nom ? ` — ${d.nom}` : ""}`;
  return (
    "<!doctype html>\n" +
    `<html lang="fr"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    enHtml({ balise: "title", enfants: [textePropre(titre, 160)] }) +
    `<style>body { margin: 0; }${STYLE_FICHE}</style></head>\n<body>` +
    enHtml({ balise: "main", enfants: [fiche(d)] }) +
    "</body></html>\n"
  );
}
