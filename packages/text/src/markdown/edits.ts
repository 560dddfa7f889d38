/**
 * The shared edit list of `limitMarkdown`: each detector records where it changes the text,
 * and `applyEdits` makes the prepared text and the map from its offsets back to the original's
 * in one pass.
 */

/** Edits, in order of their original offset: replace [at, end) by text (an insertion when they are equal). */
export interface Edits {
  at: number[]
  end: number[]
  text: string[]
  /** Whether the edit escapes each character of its range: "\\x" pairs, each mapped to its character. */
  escapes: boolean[]
}

export function emptyEdits(): Edits {
  return {at: [], end: [], text: [], escapes: []}
}

/** Put `text` before the original offset `offset`. */
export function insertAt(edits: Edits, offset: number, text: string): void {
  replaceRange(edits, offset, offset, text)
}

/** Replace the original [from, to) by `text`, every character of it mapped to `from`. */
export function replaceRange(edits: Edits, from: number, to: number, text: string): void {
  edits.at.push(from)
  edits.end.push(to)
  edits.text.push(text)
  edits.escapes.push(false)
}

/** A backslash before each character of [from, to) of `input`: one edit, mapped as inserts before each would be. */
export function escapeRange(edits: Edits, input: string, from: number, to: number): void {
  let text = ''
  for (let index = from; index < to; index++) text += `\\${input[index] as string}`
  edits.at.push(from)
  edits.end.push(to)
  edits.text.push(text)
  edits.escapes.push(true)
}

/** The text `edits` make of `input`, and `map[i]`, the offset in `input` of `text[i]` (`map[text.length]` is `input.length`). */
export function applyEdits(input: string, edits: Edits): {text: string; map: Int32Array} {
  const {at: editAt, end: editEnd, text: editText, escapes: editEscapes} = edits
  const parts: string[] = []
  let size = input.length
  for (let index = 0; index < editAt.length; index++)
    size += (editText[index] as string).length - ((editEnd[index] as number) - (editAt[index] as number))
  const map = new Int32Array(size + 1)
  let copied = 0
  let written = 0
  for (let index = 0; index <= editAt.length; index++) {
    const at = index < editAt.length ? (editAt[index] as number) : input.length
    parts.push(input.slice(copied, at))
    for (let offset = copied; offset < at; offset++) map[written++] = offset
    if (index === editAt.length) break
    const text = editText[index] as string
    parts.push(text)
    if (editEscapes[index]) for (let pair = 0; pair < text.length; pair++) map[written + pair] = at + (pair >> 1)
    else if (text.length === 1) map[written] = at
    else map.fill(at, written, written + text.length)
    written += text.length
    copied = editEnd[index] as number
  }
  map[size] = input.length
  return {text: parts.join(''), map}
}
