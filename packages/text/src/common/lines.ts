/**
 * From normalised text to logical items: physical lines are classified by their
 * numbering prefix (I. / 1. / 1.1. / a) / * / - / +) and by field labels, and hard
 * line wraps are joined back into the item they belong to.
 */

import type {Position} from '@kehoach/model'
import {positionOf, type NormalizedText} from '@kehoach/vietnamese'
import {isUpperCaseLine} from './case.js'
import {fieldOf, JOINING_WORDS, ROMAN_NUMERALS, type FieldKind} from './vocabulary.js'

export type ItemKind =
  | 'roman'
  | 'arabic'
  | 'decimal'
  | 'letter'
  | 'paren'
  | 'star'
  | 'dash'
  | 'plus'
  | 'para'
  | 'field'
  | 'article'
  | 'cell'

export interface Item {
  kind: ItemKind
  /** The marker as written: "II.", "1.", "1.2.", "a)", "*", "-", "+", "Điều 1."; "" for paragraphs. */
  label: string
  text: string
  field?: FieldKind
  fieldLabel?: string
  /** The text is a whole title (a Markdown heading): do not split it into title and body. */
  whole?: boolean
  /** Range in the normalised text. */
  start: number
  end: number
}

export interface Cell {
  text: string
  start: number
  end: number
}

export interface Line {
  text: string
  start: number
  end: number
  /** A table row ("1 | Tên nhiệm vụ | Sở Tư pháp | …"): its cells, as written. */
  cells?: Cell[]
}

/**
 * Physical lines of the normalised text. A line of three or more cells joined by " | " is a
 * table row and stays one line with its cells; a header row of two cells ("ỦY BAN … | CỘNG
 * HÒA …") becomes one line per cell with lone "|" lines between them, as the portal writes it.
 */
export function physicalLines(source: NormalizedText): Line[] {
  const lines: Line[] = []
  const text = source.text
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    pushCells(lines, text.slice(start, end), start)
    start = end + 1
  }
  return lines
}

function pushCells(lines: Line[], raw: string, offset: number): void {
  const trimmed = raw.trim()
  if (
    trimmed === '|' ||
    !(raw.includes(' | ') || trimmed.startsWith('| ') || trimmed.endsWith(' |') || trimmed.includes('||'))
  ) {
    const s = offset + raw.indexOf(trimmed)
    lines.push({text: trimmed, start: trimmed ? s : offset, end: trimmed ? s + trimmed.length : offset})
    return
  }
  const cells: Cell[] = []
  let from = 0
  for (let at = 0; at <= raw.length; at++) {
    if (at === raw.length || raw.charCodeAt(at) === 0x7c /* | */) {
      const part = raw.slice(from, at)
      const inner = part.trim()
      const s = offset + from + (inner ? part.indexOf(inner) : 0)
      cells.push({text: inner, start: s, end: s + inner.length})
      from = at + 1
    }
  }
  // Outer pipes of "| a | b |" give empty first and last cells: both ends have one. A row joined by
  // " | " whose first cells are empty (merged with the row above: "|  | Sản phẩm | … | Sở A") has a
  // pipe at its start only, and keeps them, or the columns after them would shift.
  if (trimmed.startsWith('|') && trimmed.endsWith('|')) {
    if (cells[0]?.text === '') cells.shift()
    if (cells.at(-1)?.text === '') cells.pop()
  }
  const filled = cells.filter((cell) => cell.text)
  // A table row: three cells with text, or four cells at all (a group row "I | Tuyên truyền |  |  |");
  // a header row has two cells with text and at most one empty one between them.
  if (filled.length >= 3 || (cells.length >= 4 && filled.length >= 1)) {
    const s = offset + raw.indexOf(trimmed)
    lines.push({text: filled.map((cell) => cell.text).join(' | '), start: s, end: s + trimmed.length, cells})
    return
  }
  for (const cell of filled) {
    lines.push({text: cell.text, start: cell.start, end: cell.end})
    lines.push({text: '|', start: cell.end, end: cell.end})
  }
  if (filled.length > 0) lines.pop()
  lines.push({text: '|', start: offset + raw.length, end: offset + raw.length})
}

// Each pattern matches the marker and the spaces after it only; the text is the rest of the line,
// taken by slicing, so a line of millions of characters costs one look at its start.
const ROMAN = new RegExp(`^(${ROMAN_NUMERALS.join('|')})[.:]\\s*(?=\\S)`, 'u')
/** “1.” to “99999.” (a document gives at most 10,000 tasks); 1900 to 2100 only where the label before is one less (see {@link yearLabel}). */
const ARABIC = /^(\d{1,3}|(?!19\d\d|20\d\d|2100)[1-9]\d{3}|[1-9]\d{4})[.)]\s+(?=\S)/u
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)/u
const LETTER = /^([a-zđ])\)\s*(?=\S)/u
const PAREN = /^\((\d{1,3})\)\s+(?=\S)/u
/** Parts above the roman sections ("Phần I", "PHẦN THỨ HAI") and lettered sections ("A. MỤC ĐÍCH"). */
const PART = /^((?:PHẦN|Phần)\s+(?:[IVXLC]+|\d{1,2}|THỨ\s+\p{Lu}+|thứ\s+\p{Ll}+))[.:]?\s*(?=\S)/u
const ALPHA_SECTION = /^([A-Z])\.\s+(?=\S)/u
const BULLET = /^([-+*•])\s*(?=\S)/u
const ARTICLE = /^(Điều\s+\d+)[.:]\s*/u
const RULE = /^[-_=]{3,}$/u

const YEAR_LABEL = /^(19\d\d|20\d\d|2100)[.)]\s+(?=\S)/u

/** “1900.” to “2100.”, read as a label only right after the label before it (else a year in a wrapped sentence). */
function yearLabel(text: string, previous: number): Marker | undefined {
  const match = YEAR_LABEL.exec(text)
  return match && Number(match[1]) === previous + 1
    ? {kind: 'arabic', label: `${match[1]}.`, text: text.slice(match[0].length)}
    : undefined
}

export interface Marker {
  kind: ItemKind
  label: string
  text: string
}

/** The numbering marker a line starts with, if any. */
export function markerOf(text: string): Marker | undefined {
  let match: RegExpExecArray | null
  const rest = (found: RegExpExecArray) => text.slice(found[0].length)
  if ((match = ARTICLE.exec(text))) return {kind: 'article', label: `${match[1]}.`, text: rest(match)}
  if ((match = ROMAN.exec(text))) return {kind: 'roman', label: `${match[1]}.`, text: rest(match)}
  if ((match = PART.exec(text)) && isUpperCaseLine(rest(match)))
    return {kind: 'roman', label: `${match[1]}.`, text: rest(match)}
  if ((match = ALPHA_SECTION.exec(text)) && isUpperCaseLine(rest(match)))
    return {kind: 'roman', label: `${match[1]}.`, text: rest(match)}
  if ((match = DECIMAL.exec(text))) return {kind: 'decimal', label: `${match[1]}.`, text: rest(match)}
  if ((match = ARABIC.exec(text))) {
    // A year or a count at a line start is not a number label ("2024-2030” TRÊN…", "11 tháng 6").
    if (Number(match[1]) === 0) return undefined
    return {kind: 'arabic', label: `${Number(match[1])}.`, text: rest(match)}
  }
  if ((match = LETTER.exec(text))) return {kind: 'letter', label: `${match[1]})`, text: rest(match)}
  if ((match = PAREN.exec(text))) return {kind: 'paren', label: `(${Number(match[1])})`, text: rest(match)}
  if (!RULE.test(text) && (match = BULLET.exec(text))) {
    const kind = match[1] === '+' ? 'plus' : match[1] === '*' ? 'star' : 'dash'
    return {kind, label: match[1] === '•' ? '-' : (match[1] as string), text: rest(match)}
  }
  return undefined
}

export function isRule(text: string): boolean {
  return RULE.test(text)
}

const TERMINATOR = /(?:[.;:!?]|\.\/\.|[.;:]”|\)\.)$/u

/** Does `next` continue the item whose last physical line is `previous`? */
export function continues(previous: string, next: string, itemKind: ItemKind, paragraphs = false): boolean {
  if (!next || !previous) return false
  // Lines that are paragraphs (a DOCX): only an unfinished one goes on, into a line in lower case.
  if (paragraphs) return !TERMINATOR.test(previous) && /^\p{Ll}/u.test(next)
  // Each legal basis starts its own paragraph, and so does the sentence that says what the plan carries out.
  if (/^(?:Căn cứ|Thực hiện|Triển khai|Để|Nhằm|Theo đề nghị|Xét đề nghị)\s/u.test(next)) return false
  // A list of agencies or clauses cut after ";" or "," goes on.
  if (/[;,]$/u.test(previous)) return true
  const ended = TERMINATOR.test(previous)
  const nextUpper = /^[\p{Lu}“"(]/u.test(next)
  if (isUpperCaseLine(previous) && (itemKind === 'roman' || itemKind === 'para' || itemKind === 'arabic')) {
    return isUpperCaseLine(next) && !ended
  }
  if (ended) return !nextUpper && !/^\d/u.test(next) ? /^\p{Ll}/u.test(next) : false
  if (!nextUpper) return true
  // A long unfinished line was wrapped by the copy, whatever the next word's case.
  if (previous.length >= 60 && itemKind !== 'roman') return true
  const lastWord = previous.split(/\s+/u).at(-1) ?? ''
  if (/^\p{Lu}/u.test(lastWord)) return true
  return JOINING_WORDS.has(lastWord.toLocaleLowerCase('vi'))
}

/** Classify the lines in [from, to) into items and join wrapped lines back into them. */
export function itemsOf(lines: readonly Line[], from: number, to: number, paragraphs = false): Item[] {
  const items: Item[] = []
  let current: (Item & {lastLine: string}) | undefined
  /** A blank line came after `current`: it ends there unless the next line goes on with it. */
  let blank = false
  /** The value of the last “1.”-style label, so that task 1900 follows task 1899. */
  let lastArabic = 0
  const flush = () => {
    if (current) {
      const {lastLine: _, ...item} = current
      // A field label wrapped over two lines ("Đơn vị chủ trì tham mưu thực / hiện: Sở Tư pháp.") shows only once joined.
      if (!item.field && (item.kind === 'para' || item.kind === 'dash' || item.kind === 'star')) {
        const field = fieldOf(item.text)
        if (field && field.kind !== 'body') {
          item.kind = 'field'
          item.field = field.kind
          item.fieldLabel = field.label
          item.text = field.value
        }
      }
      items.push(item)
    }
    current = undefined
  }
  for (let index = from; index < to; index++) {
    const line = lines[index] as Line
    if (!line.text || line.text === '|' || isRule(line.text)) {
      if (!line.text && current) blank = true
      continue
    }
    const marker = markerOf(line.text) ?? yearLabel(line.text, lastArabic)
    if (marker?.kind === 'arabic') lastArabic = Number.parseInt(marker.label, 10)
    if (blank) {
      blank = false
      // A copy that breaks a paragraph in the middle of a phrase ("… các cơ quan, đơn vị, địa phương" /
      // blank line / "liên quan."): a line in lower case after an unfinished one goes on with it.
      if (current && !marker && /^\p{Ll}/u.test(line.text) && !TERMINATOR.test(current.lastLine)) {
        current.text = `${current.text} ${line.text}`
        current.end = line.end
        current.lastLine = line.text
        continue
      }
      flush()
    }
    // A "- " that starts in lower case after an unfinished line is a wrapped "x - y" phrase.
    const wrappedDash =
      marker?.kind === 'dash' &&
      current &&
      /^\p{Ll}/u.test(marker.text) &&
      !TERMINATOR.test(current.lastLine) &&
      !fieldOf(marker.text)
    if (marker && !wrappedDash) {
      flush()
      // "- Cơ quan chủ trì: …", and lettered parts of a task ("b) Cơ quan thực hiện: …", "c) Thời gian thực hiện: …").
      const field =
        marker.kind === 'dash' || marker.kind === 'plus' || marker.kind === 'star' || marker.kind === 'letter'
          ? fieldOf(marker.text)
          : undefined
      current = {
        kind: field && marker.kind !== 'plus' ? 'field' : marker.kind,
        label: marker.label,
        text: field && marker.kind !== 'plus' ? field.value : marker.text,
        start: line.start,
        end: line.end,
        lastLine: line.text
      }
      if (field && marker.kind !== 'plus') {
        current.field = field.kind
        current.fieldLabel = field.label
      }
      continue
    }
    const bareField = fieldOf(line.text)
    if (bareField && (!current || TERMINATOR.test(current.lastLine) || current.kind !== 'field')) {
      flush()
      current = {
        kind: 'field',
        label: '',
        text: bareField.value,
        field: bareField.kind,
        fieldLabel: bareField.label,
        start: line.start,
        end: line.end,
        lastLine: line.text
      }
      continue
    }
    if (current && continues(current.lastLine, line.text, current.kind, paragraphs)) {
      current.text = current.text ? `${current.text} ${line.text}` : line.text
      current.end = line.end
      current.lastLine = line.text
      continue
    }
    flush()
    current = {kind: 'para', label: '', text: line.text, start: line.start, end: line.end, lastLine: line.text}
  }
  flush()
  return items
}

/** The original-source position of an item. */
export function itemPosition(source: NormalizedText, item: {start: number; end: number}): Position {
  return positionOf(source, item.start, item.end)
}
