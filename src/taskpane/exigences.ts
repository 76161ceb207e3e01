/**
 * What the pane needs from Excel to write into the workbook, checked at run
 * time (the manifest declares only what the add-in cannot start without:
 * SharedRuntime 1.1 and CustomFunctionsRuntime 1.2). The calls of src/excel/
 * (getItemOrNullObject, getUsedRangeOrNullObject, names.add, NamedItem
 * .getRangeOrNullObject…) belong to ExcelApi 1.4 at most.
 */
export const EXCEL_API_REQUISE = "1.4";

export const MESSAGE_EXCEL_ANCIEN =
  "Cette version d'Excel ne permet pas au simulateur d'écrire dans le classeur (il lui faut l'API Excel " +
  `${EXCEL_API_REQUISE.replace(".", ",")} : Microsoft 365, Excel 2021 ou 2024, Excel sur le web ou Excel pour Mac à jour). ` +
  "Le simulateur calcule quand même, et les barèmes restent dans ce navigateur.";

/** Whether this Office can run what src/excel/ asks of it. */
export function excelSuffisant(office: Pick<typeof Office, "context">): boolean {
  const exigences = office.context?.requirements;
  return Boolean(exigences?.isSetSupported?.("ExcelApi", EXCEL_API_REQUISE));
}

/**
 * Whether Excel can find a table from one of its cells (Range.getSurroundingRegion,
 * ExcelApi 1.13). Without it, « Compléter un tableau » asks for the whole table selected.
 */
export function regionDisponible(office: Pick<typeof Office, "context"> | undefined): boolean {
  return Boolean(office?.context?.requirements?.isSetSupported?.("ExcelApi", "1.13"));
}
