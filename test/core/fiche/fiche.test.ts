import { BAREME_DEMONSTRATION, calculerDetail, documentFiche, enHtml, fiche, type DonneesFiche } from "../../../core";
import { textePropre } from "../../../core/fiche/noeud";

const detail = calculerDetail({ heuresOuverture: 400, heuresOrganisation: 300, charges: 12000, taux: 0.6, prixPlafond: 30, heuresExistantes: 500, forfaitExistant: 5, baremeNouvelleHeure: 10, autresFondsNationaux: 2000 });
const donnees: DonneesFiche = { detail, bareme: { libelle: "Barème 2025", source: "Circulaire Cnaf (exemple de test)", verifieLe: "2025-01-15" }, fictif: false, date: "2026-11-27", nom: "LAEP Les Petits Pas" };
/** What a reader sees: the text of the body, without the style or the tags. */
const texte = (d: DonneesFiche) =>
  documentFiche(d)
    .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, "")
    .replace(/<[^>]+>/g, " ").replace(/[\u202f\u00a0]/g, " ").replace(/\s+/g, " ");

describe("la fiche de calcul", () => {
  it("donne le résultat, la date, le barème avec sa source et sa date de vérification, et la référence de l'addendum", () => {
    const t = texte(donnees);
    expect(t).toContain("LAEP : LAEP Les Petits Pas. Établie le 27/11/2026.");
    // Worked by hand: 7 200 + 400 (3 500 capped at 9 600 − 7 200 − 2 000) + 2 000 = 9 600; 12 000 − 9 600 = 2 400.
    expect(t).toMatch(/Subvention LAEP 7 200,00 € Bonus territoire CTG \(après écrêtement de 3 100,00 €\) 400,00 € Autres fonds nationaux 2 000,00 € Total des fonds nationaux 9 600,00 € Reste à financer par d'autres partenaires 2 400,00 €/);
    expect(t).toContain("Barème : Barème 2025. Source : Circulaire Cnaf (exemple de test). Vérifié le 15/01/2025.");
    expect(t).toContain("092-219200466-20251219-DEL2025_173-DE");
    expect(t).not.toMatch(/fictif/i);
  });

  it("dit « Barème fictif » en grand quand un chiffre vient du barème de formation, et « source non indiquée » quand il n'y en a pas", () => {
    expect(texte({ ...donnees, fictif: true })).toContain("Barème fictif");
    expect(documentFiche({ ...donnees, fictif: true })).toContain('<p class="fictif-titre">Barème fictif</p>');
    expect(texte({ ...donnees, bareme: null })).toContain("Barème : taux et prix saisis à la main. Source : non indiquée. Date de vérification : non indiquée.");
    expect(texte({ ...donnees, bareme: { libelle: BAREME_DEMONSTRATION.libelle, source: BAREME_DEMONSTRATION.source, verifieLe: null } })).toContain("saisissez les barèmes de l'année publiés sur caf.fr. Date");
  });

  it("échappe tout texte venu d'ailleurs : un nom en HTML s'affiche, ne s'exécute pas", () => {
    const html = documentFiche({ ...donnees, nom: '<script>alert("x")</script><img src=x onerror=alert(1)>', bareme: { libelle: "a & b", source: '"><b>', verifieLe: null } });
    expect(html).not.toMatch(/<script>|<img|<b>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("a &amp; b");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/);
  });

  it("remplace les caractères de contrôle et d'inversion bidi par des espaces, et coupe un texte trop long en le disant", () => {
    expect(textePropre("LAEP\u001b[31m rouge\u202e", 50)).toBe("LAEP [31m rouge");
    const coupe = textePropre("x".repeat(400), 300);
    expect(coupe).toHaveLength(300 + " (texte coupé)".length);
    expect(coupe.endsWith("… (texte coupé)")).toBe(true);
    expect(texte({ ...donnees, bareme: { libelle: "B", source: "s".repeat(2000), verifieLe: null } })).toContain("… (texte coupé)");
  });

  it("ne montre que les étapes calculées dans le tableau des étapes, chacune avec son opération", () => {
    const noeud = fiche(donnees);
    const html = enHtml(noeud);
    const lignes = html.split('<table class="etapes">')[1].split("</table>")[0].match(/<td class="operation">/g) ?? [];
    expect(lignes).toHaveLength(detail.etapes.filter((e) => e.operation !== undefined).length);
    expect(lignes.length).toBe(13);
  });
});
