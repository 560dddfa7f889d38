/**
 * How a review workbook prints: each sheet fitted to the page's width (any number of pages tall) and
 * its first row repeated at the top of every printed page. write-excel-file 4 writes neither, but it
 * takes "features" that change the parts it builds (its README, "Features"); this one is built with
 * the library's own XML helpers (`write-excel-file/utility`), which escape every name and value.
 *
 * In the sheet: `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` and `fitToWidth="1"
 * fitToHeight="0"` on the `<pageSetup>` that `orientation` makes. In the workbook: the defined name
 * `_xlnm.Print_Titles` (Excel's and LibreOffice's "rows to repeat at top") for each sheet, `'Sheet'!$1:$1`.
 *
 * The command line's packages/cli/src/lib/xlsx-print.ts is the same module: the public exports are
 * capped (test/exports.test.ts), and neither package may reach into the other; change both together.
 */

import type {Feature, SheetOptions} from 'write-excel-file/browser'
import {
  findElement,
  getClosingTagMarkup,
  getOpeningTagMarkup,
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeTextContent
} from 'write-excel-file/utility'

/** A sheet's name in a formula: quoted, a quote inside doubled ("Rà soát" → `'Rà soát'`). */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`
}

function nameOf(sheet: {sheet?: string}): string {
  if (!sheet.sheet) throw new Error('xlsx-print: every sheet needs its name (`sheet`)')
  return sheet.sheet
}

/** The feature that makes every sheet print fitted to width with its first row repeated. */
export function printFitToWidth<FileContent>(): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transformElementAttributes: (tagName, attributes) =>
            tagName === 'pageSetup' ? {...attributes, fitToWidth: 1, fitToHeight: 0} : attributes,
          transform: (xml) => {
            if (findElement(xml, 'sheetPr')) throw new Error('xlsx-print: the sheet already has a <sheetPr>')
            const sheetPr =
              getOpeningTagMarkup('sheetPr') +
              getSelfClosingTagMarkup('pageSetUpPr', {fitToPage: 1}) +
              getClosingTagMarkup('sheetPr')
            return insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              sheetPr,
              getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [],
              'worksheet'
            )
          }
        },
        'xl/workbook.xml': {
          transform: (xml, sheets: ReadonlyArray<SheetOptions<FileContent>>) => {
            const names = sheets.map(
              (sheet, index) =>
                getOpeningTagMarkup('definedName', {name: '_xlnm.Print_Titles', localSheetId: index}) +
                sanitizeTextContent(`${quotedSheet(nameOf(sheet))}!$1:$1`) +
                getClosingTagMarkup('definedName')
            )
            const markup = getOpeningTagMarkup('definedNames') + names.join('') + getClosingTagMarkup('definedNames')
            const existing = findElement(xml, 'definedNames')
            if (existing && !existing.selfClosingTag)
              throw new Error('xlsx-print: the workbook already has defined names')
            return existing
              ? replaceElement(xml, existing, markup)
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  markup,
                  getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [],
                  'workbook'
                )
          }
        }
      }
    }
  }
}
