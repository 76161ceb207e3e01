/**
 * The sheet's look, on paper first: one A4 page, black on white, sizes in
 * points. Shared by the printed pane and the command line's HTML file.
 */
export const STYLE_FICHE = `
@page { size: A4; margin: 12mm 14mm; }
.fiche { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; color: #000; background: #fff; }
.fiche h1 { font-size: 14pt; margin: 0 0 2pt; }
.fiche h2 { font-size: 10.5pt; margin: 9pt 0 3pt; padding-bottom: 1pt; border-bottom: 1pt solid #000; }
.fiche p { margin: 2pt 0; max-width: none; }
.fiche .meta { color: #333; }
.fiche .fictif { border: 2.5pt solid #000; margin: 6pt 0; padding: 3pt 8pt; text-align: center; }
.fiche .fictif-titre { font-size: 20pt; font-weight: 700; letter-spacing: .12em; text-transform: uppercase; margin: 0; }
.fiche table { border-collapse: collapse; width: 100%; }
.fiche caption { text-align: left; font-weight: 600; padding: 0 0 1pt; }
.fiche th, .fiche td { text-align: left; vertical-align: top; padding: 1.5pt 4pt; border-bottom: .5pt solid #999; }
.fiche tbody th { font-weight: 400; }
.fiche .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.fiche tr.cle th, .fiche tr.cle td { font-weight: 700; }
.fiche .resultat { width: auto; min-width: 60%; }
.fiche .deux { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12pt; align-items: start; }
.fiche .etapes thead th { border-bottom: 1pt solid #000; font-weight: 600; }
.fiche .etapes tr.groupe th { font-weight: 600; padding-top: 4pt; border-bottom: .5pt solid #000; }
.fiche .operation { overflow-wrap: anywhere; }
.fiche .ligne-bareme { overflow-wrap: anywhere; margin-top: 4pt; }
.fiche .note, .fiche footer { font-size: 8.5pt; color: #333; }
.fiche footer { margin-top: 8pt; border-top: .5pt solid #999; padding-top: 3pt; }
.fiche tr, .fiche .fictif { break-inside: avoid; }
@media screen {
  .fiche { max-width: 52rem; margin: 0 auto; padding: 16px; font-size: 15px; }
  .fiche .deux { grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
}
`;
