/**
 * A plan's JSON in pieces: the same text as {@link toJson} (`JSON.stringify(plan, null, 2)`),
 * made one top-level field, or one element of a top-level list, at a time, so that a writer
 * never holds the whole text of a large plan (a plan of 200,000 text items is some 54 MB of JSON,
 * twice that as a string in memory, and again as the bytes written).
 */

import type {Plan} from './types.js'

/**
 * `JSON.stringify(value, null, 2)` as it stands one level into an object so printed (`depth` 1) or
 * as an element of a list at that level (`depth` 2): printed inside a wrapper of that depth, whose
 * fixed opening and closing are cut off, so JSON.stringify itself indents it.
 */
function nested(value: unknown, depth: 1 | 2): string {
  const text = JSON.stringify(depth === 1 ? {a: value} : {a: [value]}, null, 2)
  return depth === 1 ? text.slice(OPEN_1.length, -CLOSE_1.length) : text.slice(OPEN_2.length, -CLOSE_2.length)
}
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
      yield head + nested(value, 1)
      continue
    }
    yield `${head}[`
    for (let index = 0; index < value.length; index++) yield `${index === 0 ? '' : ','}\n    ${nested(value[index], 2)}`
    yield '\n  ]'
  }
  yield '\n}\n'
}
