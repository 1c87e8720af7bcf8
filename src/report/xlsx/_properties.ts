import type { Workbook } from 'exceljs';
import { propertyText } from './_text.js';

const CREATOR = 'shared-services-model';
/** A fixed date for the workbook's properties, so the same input gives the same bytes. */
const FIXED_DATE = new Date(0);

/**
 * Gives a workbook the document properties every workbook the library writes has: the library as its
 * creator, fixed dates (never the time of writing) and the title as the properties can hold it.
 */
export function setDocumentProperties(workbook: Workbook, title: string): void {
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = propertyText(title);
}
