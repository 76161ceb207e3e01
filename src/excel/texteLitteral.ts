/**
 * Text the add-in writes into a cell, as Excel must keep it: a leading
 * apostrophe makes Excel store the rest as text, whatever it looks like
 * (« =HYPERLINK(…) », « +33… », « @… », « 2025 », « 01/03/2025 », « VRAI »)
 * and whatever the cell's format. The apostrophe is not part of the value:
 * Excel shows and returns the text without it.
 *
 * The cell must not be formatted as text (« @ »): there the apostrophe would
 * be kept as a character. The writers set a General format first.
 */
export function texteLitteral(texte: string): string {
  return `'${texte}`;
}
