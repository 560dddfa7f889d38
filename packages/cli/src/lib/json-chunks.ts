/**
 * A plan's JSON in pieces: the same text as {@link toJson} (`JSON.stringify(plan, null, 2)`),
 * made one top-level field, or 512 elements of a top-level list, at a time, so that a writer
 * never holds the whole text of a large plan (a plan of 200,000 text items is some 54 MB of JSON,
 * twice that as a string in memory, and again as the bytes written).
 */

import type {Plan} from '@kehoach/model'

/**
 * `JSON.stringify(value, null, 2)` as it stands one level into an object so printed: printed inside
 * a wrapper, whose fixed opening and closing are cut off, so that JSON.stringify itself indents it.
 */
function field(value: unknown): string {
  return JSON.stringify({a: value}, null, 2).slice(OPEN_1.length, -CLOSE_1.length)
}

/** The elements `values` (at least one) of a list one level into an object so printed, with the separators between them. */
function elements(values: readonly unknown[]): string {
  return JSON.stringify({a: values}, null, 2).slice(OPEN_2.length, -CLOSE_2.length)
}

/** How many elements of a list are printed in one piece (one call of JSON.stringify each). */
const ELEMENTS = 512
const OPEN_1 = '{\n  "a": '
const CLOSE_1 = '\n}'
const OPEN_2 = '{\n  "a": [\n    '
const CLOSE_2 = '\n  ]\n}'

/** A field JSON leaves out of an object. */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol'

/** The pieces of `JSON.stringify(plan, null, 2) + '\n'`, in order; joined, they are that text exactly. */
export function* jsonChunks(plan: Plan): Generator<string> {
  const fields = Object.entries(plan).filter(([, value]) => !omitted(value))
  if (fields.length === 0) {
    yield '{}\n'
    return
  }
  yield '{'
  let first = true
  for (const [key, value] of fields) {
    const head = `${first ? '' : ','}\n  ${JSON.stringify(key)}: `
    first = false
    if (!Array.isArray(value) || value.length === 0) {
      yield head + field(value)
      continue
    }
    yield `${head}[`
    for (let index = 0; index < value.length; index += ELEMENTS)
      yield `${index === 0 ? '' : ','}\n    ${elements(value.slice(index, index + ELEMENTS))}`
    yield '\n  ]'
  }
  yield '\n}\n'
}

/** The pieces of a JSON list of plans, printed as `JSON.stringify(plans, null, 2) + '\n'` would print it, one plan's pieces at a time. */
export function* jsonListChunks(plans: readonly Plan[]): Generator<string> {
  if (plans.length === 0) {
    yield '[]\n'
    return
  }
  yield '['
  for (const [index, plan] of plans.entries()) {
    // Strings in JSON hold no raw line break: every one is between tokens, and indenting after it indents the plan.
    let piece = index === 0 ? '\n  ' : ',\n  '
    for (const chunk of jsonChunks(plan)) {
      yield piece
      piece = chunk.replace(/\n/gu, '\n  ')
    }
    yield piece.replace(/\n {2}$/u, '')
  }
  yield '\n]\n'
}
