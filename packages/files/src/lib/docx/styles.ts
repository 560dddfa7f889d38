/**
 * What the reader needs from `styles.xml`: each paragraph style's numbering (through its
 * `basedOn` chain), numbering styles (`numStyleLink` targets), and fonts, for legacy
 * Vietnamese font encodings.
 */

import {child, childrenNamed, valueOf, type XmlElement} from './xml.js'

export interface StyleInfo {
  type: string
  basedOn?: string | undefined
  numId?: string | undefined
  ilvl?: number | undefined
  font?: string | undefined
}

export interface Styles {
  byId: Map<string, StyleInfo>
  /** Table styles: whether they draw visible borders. */
  tableBorders: Map<string, boolean>
  /** The default paragraph style's id ("Normal"). */
  defaultParagraph?: string | undefined
  /** The document default font (`w:docDefaults`). */
  defaultFont?: string | undefined
}

/** A run's or style's font name from its `w:rFonts` (ASCII slot first). */
export function fontOf(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'w:rFonts')
  return fonts?.attributes['w:ascii'] ?? fonts?.attributes['w:hAnsi']
}

export function readStyles(root: XmlElement | undefined): Styles {
  const styles: Styles = {byId: new Map(), tableBorders: new Map()}
  if (!root) return styles
  styles.defaultFont = fontOf(child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'))
  for (const style of childrenNamed(root, 'w:style')) {
    const id = style.attributes['w:styleId']
    if (id === undefined) continue
    const type = style.attributes['w:type'] ?? 'paragraph'
    const pPr = child(style, 'w:pPr')
    const numPr = child(pPr, 'w:numPr')
    const ilvl = valueOf(numPr, 'w:ilvl')
    styles.byId.set(id, {
      type,
      basedOn: valueOf(style, 'w:basedOn'),
      numId: valueOf(numPr, 'w:numId'),
      ilvl: ilvl === undefined ? undefined : Number.parseInt(ilvl, 10),
      font: fontOf(child(style, 'w:rPr'))
    })
    if (type === 'table') {
      const borders = child(child(style, 'w:tblPr'), 'w:tblBorders')
      if (borders) {
        styles.tableBorders.set(
          id,
          borders.children.some(
            (node) =>
              typeof node !== 'string' &&
              node.attributes['w:val'] !== undefined &&
              node.attributes['w:val'] !== 'none' &&
              node.attributes['w:val'] !== 'nil'
          )
        )
      }
    }
    if (type === 'paragraph' && (style.attributes['w:default'] === '1' || style.attributes['w:default'] === 'true'))
      styles.defaultParagraph = id
  }
  return styles
}

/** Walk a style and the styles it is based on (cycles and long chains cut at 32). */
function* chain(styles: Styles, id: string | undefined): Generator<StyleInfo> {
  const seen = new Set<string>()
  while (id !== undefined && !seen.has(id) && seen.size < 32) {
    seen.add(id)
    const style = styles.byId.get(id)
    if (!style) return
    yield style
    id = style.basedOn
  }
}

/** The numbering a paragraph style gives: numId and level, through `basedOn`. */
export function styleNumbering(styles: Styles, id: string | undefined): {numId?: string; ilvl?: number} {
  let numId: string | undefined
  let ilvl: number | undefined
  for (const style of chain(styles, id)) {
    if (numId === undefined && style.numId !== undefined) numId = style.numId
    if (ilvl === undefined && style.ilvl !== undefined) ilvl = style.ilvl
  }
  const result: {numId?: string; ilvl?: number} = {}
  if (numId !== undefined) result.numId = numId
  if (ilvl !== undefined) result.ilvl = ilvl
  return result
}

/** The font a style gives, through `basedOn`. */
export function styleFont(styles: Styles, id: string | undefined): string | undefined {
  for (const style of chain(styles, id)) if (style.font !== undefined) return style.font
  return undefined
}
