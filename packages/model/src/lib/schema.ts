/**
 * JSON Schema validation of plan data, with ajv's errors turned into located,
 * Vietnamese diagnostics. The validator is precompiled from schemas/plan.schema.json
 * (scripts/validators.mjs), so nothing is compiled at start-up.
 */

import {validate as validatePlanData} from '../generated/plan-validate.js'
import {diagnostic, reasonOf, type Diagnostic, type RuleId} from './diagnostic.js'
import type {Position} from './types.js'

/** The subset of ajv's ErrorObject that we read. */
export interface SchemaError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

/** Finds the source range of a JSON pointer path, when the data came from a file. */
export type Locator = (path: ReadonlyArray<string | number>, part: 'value' | 'key') => Position | undefined

/** Run the plan schema over `data`; the raw ajv errors, or an empty list. */
export function schemaErrors(data: unknown): SchemaError[] {
  const validate = validatePlanData as unknown as ((value: unknown) => boolean) & {errors?: SchemaError[] | null}
  return validate(data) ? [] : [...(validate.errors ?? [])]
}

function pathOf(pointer: string): Array<string | number> {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/** "/tasks/0/lead/1" → "tasks[0].lead[1]"; the root is "kế hoạch". */
export function displayPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'kế hoạch'
  return pathText(path)
}

function pathText(path: ReadonlyArray<string | number>): string {
  let result = ''
  for (const part of path) result += typeof part === 'number' ? `[${part}]` : result ? `.${part}` : part
  return result
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi', number: 'số', integer: 'số nguyên', boolean: 'đúng/sai', object: 'đối tượng', array: 'danh sách', null: 'rỗng (null)'
}

/**
 * Validate plan data against the schema; every error becomes a diagnostic that points
 * at the offending node when a `locate` function is given.
 * anyOf branches are reduced to the most useful error so one mistake gives one message.
 */
export function validateSchema(data: unknown, options?: Readonly<{locate?: Locator; file?: string}> | null): Diagnostic[] {
  return schemaDiagnostics(schemaErrors(data), options)
}

/** The most schema messages reported for one document; one more message says how many were left out. */
export const MAX_SCHEMA_MESSAGES = 200

/** The last segment of a JSON pointer, unescaped ("" for the root). */
function lastSegment(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~')
}

/**
 * Turn raw ajv errors (of any of our schemas) into located diagnostics. `schema`
 * names the document kind in messages ("kế hoạch", the default, or "Đề án").
 * Linear in the number of errors; at most {@link MAX_SCHEMA_MESSAGES} are reported (and
 * located), followed by one `schema-more-errors` message with the count of the rest. An error past
 * the cap costs only what counting it needs (its message text, to leave out repeats): no path
 * array, no `expected` list, no place and no diagnostic object; the display path is made once for
 * the errors of one node, which ajv reports together.
 */
export function schemaDiagnostics(
  raw: readonly SchemaError[],
  options?: Readonly<{locate?: Locator; file?: string; schema?: string}> | null
): Diagnostic[] {
  const errors = reduceAnyOf(raw)
  const kind = options?.schema ?? 'kế hoạch'
  const messages: Diagnostic[] = []
  const seen = new Map<RuleId, Set<string>>()
  let more = 0
  let pointer: string | undefined
  let display = ''
  for (const error of errors) {
    if (error.instancePath !== pointer) {
      pointer = error.instancePath
      display = pointer === '' ? kind : pathText(pathOf(pointer))
    }
    let ruleId: RuleId
    let parameters: Record<string, string>
    let property: string | undefined
    if (error.keyword === 'required') {
      ruleId = 'schema-required'
      parameters = {property: String(error.params['missingProperty']), path: display}
    } else if (error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties') {
      property = String(error.params['unevaluatedProperty'] ?? error.params['additionalProperty'])
      ruleId = 'schema-unknown-property'
      parameters = {property, schema: kind, path: display}
    } else if (error.keyword === 'type') {
      ruleId = 'schema-type'
      parameters = {path: display, expected: typeNames(error).join(' hoặc ')}
    } else if (error.keyword === 'enum') {
      ruleId = 'schema-enum'
      parameters = {path: display, expected: (error.params['allowedValues'] as unknown[]).map(String).join(', ')}
    } else if (error.keyword === 'pattern') {
      const detail = lastSegment(pointer) === 'date' || String(error.params['pattern']).includes('\\d{4}-') ? 'ngày dạng YYYY-MM-DD' : `mẫu ${String(error.params['pattern'])}`
      ruleId = 'schema-pattern'
      parameters = {path: display, detail}
    } else {
      ruleId = 'schema-invalid'
      parameters = {path: display, detail: error.message ?? error.keyword}
    }
    // Repeats are left out by their text; kept in a set per rule, the text is not copied into a key.
    const reason = reasonOf(ruleId, parameters)
    let reasons = seen.get(ruleId)
    if (reasons === undefined) seen.set(ruleId, (reasons = new Set()))
    if (reasons.has(reason)) continue
    reasons.add(reason)
    if (messages.length >= MAX_SCHEMA_MESSAGES) {
      more++
      continue
    }
    const path = pathOf(pointer)
    const place = property === undefined ? options?.locate?.(path, 'value') : options?.locate?.([...path, property], 'key')
    const expected = error.keyword === 'type' ? typeNames(error) : error.keyword === 'enum' ? (error.params['allowedValues'] as unknown[]).map(String) : undefined
    messages.push(diagnostic(ruleId, parameters, {place, file: options?.file, ...(expected ? {expected} : {})}))
  }
  if (more > 0) messages.push(diagnostic('schema-more-errors', {count: more, shown: MAX_SCHEMA_MESSAGES}, {file: options?.file}))
  return messages
}

/** The Vietnamese names of the types a `type` error expects. */
function typeNames(error: SchemaError): string[] {
  return String(error.params['type']).split(',').map((type) => TYPE_NAMES[type] ?? type)
}

/**
 * ajv reports every failed branch of an anyOf plus the anyOf itself. Keep, per anyOf
 * path, only the errors of the branch that got furthest (deepest instance path), or the
 * type error when no branch got anywhere. Linear: errors are grouped by path in maps, and
 * each path's ancestors are walked once.
 */
function reduceAnyOf(errors: readonly SchemaError[]): readonly SchemaError[] {
  const anyOfPaths = new Set<string>()
  for (const error of errors) if (error.keyword === 'anyOf') anyOfPaths.add(error.instancePath)
  if (anyOfPaths.size === 0) return errors
  // anyOf paths under which some other error lies deeper.
  const deeper = new Set<string>()
  const walked = new Set<string>()
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue
    const path = error.instancePath
    for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
      const ancestor = path.slice(0, cut)
      if (walked.has(ancestor)) break
      walked.add(ancestor)
      if (anyOfPaths.has(ancestor)) deeper.add(ancestor)
    }
    // The root ("") is everyone's ancestor.
    if (path !== '' && anyOfPaths.has('')) deeper.add('')
  }
  // Where in `result` the type error of each anyOf path is; it is copied when a second one merges
  // into it, so that ajv's own errors are never changed and the others are never copied.
  const typeAt = new Map<string, number>()
  const result: SchemaError[] = []
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue
    if (error.keyword === 'type' && anyOfPaths.has(error.instancePath)) {
      // A type mismatch at the anyOf's own path: keep it only when no branch went deeper.
      if (deeper.has(error.instancePath)) continue
      const at = typeAt.get(error.instancePath)
      if (at !== undefined) {
        const previous = result[at] as SchemaError
        result[at] = {...previous, params: {type: `${String(previous.params['type'])},${String(error.params['type'])}`}}
        continue
      }
      typeAt.set(error.instancePath, result.length)
    }
    result.push(error)
  }
  return result
}
