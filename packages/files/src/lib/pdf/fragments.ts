/**
 * Pieces of text placed on a page, in device space (points, origin at the page's top left,
 * y growing downwards, the page's rotation applied): characters of the text layer, the
 * placeholder spaces between them, number stamps drawn by signing software, words read by OCR.
 */

/** One piece of text on a page. `y` is its baseline; `x0`-`x1` its horizontal extent. */
export interface Fragment {
  text: string
  x0: number
  x1: number
  y: number
  /** Font size (or OCR line height), in points. */
  size: number
  /**
   * 'glyph' a character (or OCR word), 'space' a blank that only separates, 'stamp' text drawn
   * over the page by signing software (a document number or date) that replaces what it covers.
   */
  kind: 'glyph' | 'space' | 'stamp'
  /** The font's name in the PDF (text layer only). */
  font?: string
}

/** A text item as pdf.js gives it, after the page's viewport transform. */
export interface PlacedItem {
  str: string
  /** [a, b, c, d, e, f] in device space. */
  transform: number[]
  /** Advance width in device units. */
  width: number
  fontName?: string
}

const MARK = /^\p{M}+$/u

/**
 * Splits one text item into character fragments. Characters share the item's width evenly (pdf.js
 * gives no per-glyph positions in text content); combining marks stay on their base letter.
 * Rotated and vertical items give nothing (sheared italics are kept): they are stamps, seals and margin notes, never body text.
 */
export function itemFragments(item: PlacedItem): Fragment[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform
  // Upright text, possibly sheared (a synthetic italic); rotated text is a seal or margin note.
  const size = Math.abs(d)
  if (size <= 0 || Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.5 * size || a <= 0) return []
  const characters: string[] = []
  for (const character of item.str.normalize('NFC')) {
    if (MARK.test(character) && characters.length > 0) characters[characters.length - 1] += character
    else characters.push(character)
  }
  if (characters.length === 0) return []
  const width = Math.max(item.width, 0)
  const step = width / characters.length
  const result: Fragment[] = []
  characters.forEach((character, index) => {
    const x0 = e + index * step
    const blank = /^\s+$/u.test(character)
    const fragment: Fragment = {
      text: blank ? ' ' : character,
      x0,
      x1: x0 + step,
      y: f,
      size,
      kind: blank ? 'space' : 'glyph'
    }
    if (item.fontName) fragment.font = item.fontName
    result.push(fragment)
  })
  return result
}
