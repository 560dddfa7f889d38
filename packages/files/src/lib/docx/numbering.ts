/**
 * Word automatic numbering as the labels Word displays ("I.", "1.", "a)", "1.1.", "-").
 *
 * Counters are kept per abstract list (`w:abstractNum`), not per `w:num`: Word continues
 * one counter across every num that shares an abstract list, and a num's `startOverride`
 * restarts it the first time that num is used. Deeper levels restart when a shallower
 * level counts, unless `w:lvlRestart` says otherwise.
 */

import {roman} from '@kehoach/model'
import {child, childrenNamed, isOn, valueOf, type XmlElement} from './xml.js'
import type {Styles} from './styles.js'

export interface Level {
  start: number
  format: string
  text: string
  /** `w:lvlRestart`: restart after a level up to this one (1-based) counts; 0 never; undefined after any shallower level. */
  restart?: number | undefined
  isLgl: boolean
  suffix: 'tab' | 'space' | 'nothing'
  pStyle?: string | undefined
  font?: string | undefined
}

interface AbstractList {
  id: string
  levels: Array<Level | undefined>
  numStyleLink?: string | undefined
}

interface NumInstance {
  abstractId: string
  overrides: Map<number, {start?: number | undefined; level?: Level | undefined}>
}

export interface Numbering {
  abstracts: Map<string, AbstractList>
  nums: Map<string, NumInstance>
}

/** The largest start Word accepts for a list level (its user interface stops at 32,767). */
export const MAX_LIST_START = 32767

/** The longest label the reader builds; a real one ("1.1.1.1.", "Điều 12.", "AA)") is far shorter. */
export const MAX_LABEL_LENGTH = 64

/** A `w:start` or `w:startOverride` value held to 0…32,767, as Word holds it. */
function readStart(value: string | undefined): number | undefined {
  const start = Number.parseInt(value ?? '', 10)
  if (!Number.isFinite(start)) return undefined
  return Math.min(Math.max(start, 0), MAX_LIST_START)
}

function readLevel(lvl: XmlElement): Level {
  const start = readStart(valueOf(lvl, 'w:start'))
  const restart = valueOf(lvl, 'w:lvlRestart')
  const suffix = valueOf(lvl, 'w:suff')
  const fonts = child(child(lvl, 'w:rPr'), 'w:rFonts')
  return {
    start: start ?? 0,
    format: valueOf(lvl, 'w:numFmt') ?? 'decimal',
    text: valueOf(lvl, 'w:lvlText') ?? '',
    restart: restart === undefined ? undefined : Number.parseInt(restart, 10),
    isLgl: isOn(child(lvl, 'w:isLgl')),
    suffix: suffix === 'space' ? 'space' : suffix === 'nothing' ? 'nothing' : 'tab',
    pStyle: valueOf(lvl, 'w:pStyle'),
    font: fonts?.attributes['w:ascii'] ?? fonts?.attributes['w:hAnsi']
  }
}

function levelIndex(element: XmlElement): number {
  const value = Number.parseInt(element.attributes['w:ilvl'] ?? '0', 10)
  return Number.isInteger(value) && value >= 0 && value < 9 ? value : 0
}

export function readNumbering(root: XmlElement | undefined): Numbering {
  const numbering: Numbering = {abstracts: new Map(), nums: new Map()}
  if (!root) return numbering
  for (const abstract of childrenNamed(root, 'w:abstractNum')) {
    const id = abstract.attributes['w:abstractNumId']
    if (id === undefined) continue
    const levels: Array<Level | undefined> = []
    for (const lvl of childrenNamed(abstract, 'w:lvl')) levels[levelIndex(lvl)] = readLevel(lvl)
    numbering.abstracts.set(id, {id, levels, numStyleLink: valueOf(abstract, 'w:numStyleLink')})
  }
  for (const num of childrenNamed(root, 'w:num')) {
    const id = num.attributes['w:numId']
    const abstractId = valueOf(num, 'w:abstractNumId')
    if (id === undefined || abstractId === undefined) continue
    const overrides = new Map<number, {start?: number; level?: Level}>()
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const start = readStart(valueOf(override, 'w:startOverride'))
      const lvl = child(override, 'w:lvl')
      overrides.set(levelIndex(override), {
        ...(start === undefined ? {} : {start}),
        ...(lvl ? {level: readLevel(lvl)} : {})
      })
    }
    numbering.nums.set(id, {abstractId, overrides})
  }
  return numbering
}

/** Word's letter numbering: A…Z, then AA…ZZ, AAA… (the letter repeated, at most `MAX_LABEL_LENGTH` times). */
function toLetter(value: number): string {
  if (value <= 0) return String(value)
  const letter = String.fromCharCode(0x41 + ((value - 1) % 26))
  return letter.repeat(Math.min(Math.floor((value - 1) / 26) + 1, MAX_LABEL_LENGTH))
}

/** A counter value in one of Word's number formats. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value)
    case 'upperRoman':
      return roman(value)
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperLetter':
      return toLetter(value)
    case 'lowerLetter':
      return toLetter(value).toLowerCase()
    case 'none':
      return ''
    default:
      return String(value)
  }
}

/** A bullet glyph as the portal text writes it: "-", "+", "•", or the glyph itself. */
export function bulletText(glyph: string, font: string | undefined): string {
  const text = glyph.trim()
  if (text === '') return ''
  if (/^[-–—−‒]$/u.test(text)) return '-'
  if (text === '+') return '+'
  if (/^[•●∙◦○▪■·o]$/u.test(text)) return '•'
  // Symbol and Wingdings glyphs live in the private use area: they display as a dash or a mark.
  if (/[\uE000-\uF8FF]/u.test(text) || /^(symbol|wingdings)/iu.test(font ?? '')) return '-'
  return text
}

export interface Label {
  text: string
  suffix: Level['suffix']
}

/** The running state of every list in one document, in document order. */
export class ListCounter {
  private readonly counters = new Map<string, Array<number | undefined>>()
  private readonly started = new Set<string>()

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles
  ) {}

  /** The abstract list a num uses, following `numStyleLink` through a numbering style. */
  private abstractOf(numId: string): AbstractList | undefined {
    let abstract = this.numbering.abstracts.get(this.numbering.nums.get(numId)?.abstractId ?? '')
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 8; hops++) {
      const linkedNum = this.styles.byId.get(abstract.numStyleLink)?.numId
      const linked =
        linkedNum === undefined
          ? undefined
          : this.numbering.abstracts.get(this.numbering.nums.get(linkedNum)?.abstractId ?? '')
      if (!linked || linked === abstract) break
      abstract = linked
    }
    return abstract
  }

  private levelOf(numId: string, abstract: AbstractList, ilvl: number): Level | undefined {
    return this.numbering.nums.get(numId)?.overrides.get(ilvl)?.level ?? abstract.levels[ilvl]
  }

  /** The level a paragraph of style `styleId` takes in list `numId` when it names none. */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined
    const abstract = this.abstractOf(numId)
    const index = abstract?.levels.findIndex((level) => level?.pStyle === styleId) ?? -1
    return index >= 0 ? index : undefined
  }

  /** Count one paragraph of list `numId` at level `ilvl` and return its label. */
  next(numId: string, ilvl: number): Label | undefined {
    if (numId === '0') return undefined
    const num = this.numbering.nums.get(numId)
    const abstract = this.abstractOf(numId)
    if (!num || !abstract) return undefined
    const level = this.levelOf(numId, abstract, ilvl)
    if (!level) return undefined
    let counters = this.counters.get(abstract.id)
    if (!counters) {
      counters = []
      this.counters.set(abstract.id, counters)
    }
    const override = num.overrides.get(ilvl)
    const key = `${numId}:${ilvl}`
    if (override?.start !== undefined && !this.started.has(key)) {
      counters[ilvl] = override.start
    } else {
      const current = counters[ilvl]
      counters[ilvl] = current === undefined ? level.start : current + 1
    }
    this.started.add(key)
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.levelOf(numId, abstract, deeper)?.restart
      // No lvlRestart: restart after any shallower level; 0: never; n: after levels 1…n (0-based below n).
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined
    }
    if (level.format === 'bullet') return {text: bulletText(level.text, level.font), suffix: level.suffix}
    const text = this.label(level, numId, abstract, counters)
    return {text, suffix: level.suffix}
  }

  /** `lvlText` with each `%n` replaced by level n's counter, cut at `MAX_LABEL_LENGTH` as it is built. */
  private label(level: Level, numId: string, abstract: AbstractList, counters: Array<number | undefined>): string {
    const placeholder = /%([1-9])/gu
    let text = ''
    let from = 0
    for (
      let match = placeholder.exec(level.text);
      match && text.length < MAX_LABEL_LENGTH;
      match = placeholder.exec(level.text)
    ) {
      const index = Number(match[1]) - 1
      const shown = this.levelOf(numId, abstract, index)
      const value = counters[index] ?? shown?.start ?? 0
      text +=
        level.text.slice(from, match.index) +
        formatNumber(value, level.isLgl ? 'decimal' : (shown?.format ?? 'decimal'))
      from = match.index + match[0].length
    }
    if (text.length < MAX_LABEL_LENGTH) text += level.text.slice(from)
    return text.slice(0, MAX_LABEL_LENGTH)
  }
}
