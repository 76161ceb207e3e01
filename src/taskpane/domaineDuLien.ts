/**
 * The site a barème's link leads to, said before anyone clicks it: a link
 * typed or pasted into the workbook could say « caf.fr » and lead elsewhere.
 * Null when the text is not an http(s) address: it is then shown as text.
 */
export function domaineDuLien(lien: string): string | null {
  try {
    const url = new URL(lien);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    // URL gives an internationalised domain in punycode (xn--…): the form that cannot look like another.
    return url.hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
