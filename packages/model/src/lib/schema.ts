/**
 * JSON Schema validation of plan data, with ajv's errors turned into located,
 * Vietnamese diagnostics. The validator is precompiled from schemas/plan.schema.json
 * (scripts/validators.mjs), so nothing is compiled at start-up.
 */

import {validate as validatePlanData} from '../generated/plan-validate.js'
import {diagnostic, type Diagnostic, type RuleId} from './diagnostic.js'
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
  string: 'chuỗi',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'rỗng (null)'
}

/**
 * Validate plan data against the schema; every error becomes a diagnostic that points
 * at the offending node when a `locate` function is given.
 * anyOf branches are reduced to the most useful error so one mistake gives one message.
 */
export function validateSchema(
  data: unknown,
  options?: Readonly<{locate?: Locator; file?: string}> | null
): Diagnostic[] {
  return schemaDiagnostics(schemaErrors(data), {...options, data})
}

/** The most schema messages reported for one document; one more message says how many were left out. */
export const MAX_SCHEMA_MESSAGES = 200

/** The last segment of a JSON pointer, unescaped ("" for the root). */
function lastSegment(pointer: string): string {
  return pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~')
}

/** The rule an ajv error keyword is reported under. */
function ruleOf(keyword: string): RuleId {
  switch (keyword) {
    case 'required':
      return 'schema-required'
    case 'unevaluatedProperties':
    case 'additionalProperties':
      return 'schema-unknown-property'
    case 'type':
      return 'schema-type'
    case 'enum':
      return 'schema-enum'
    case 'pattern':
      return 'schema-pattern'
    default:
      return 'schema-invalid'
  }
}

/**
 * What, besides its node, tells one error's message from another's of the same rule: the
 * message's text is made of the node's path, the rule and this. Two errors at one node with the
 * same rule and detail give the same message.
 */
function detailOf(error: SchemaError, rule: RuleId): string {
  switch (rule) {
    case 'schema-required':
      return String(error.params['missingProperty'])
    case 'schema-unknown-property':
      return String(error.params['unevaluatedProperty'] ?? error.params['additionalProperty'])
    case 'schema-type':
      return String(error.params['type'])
    case 'schema-enum':
      return (error.params['allowedValues'] as unknown[]).map(String).join(', ')
    case 'schema-pattern':
      return String(error.params['pattern'])
    default:
      return error.message ?? error.keyword
  }
}

/**
 * Turn raw ajv errors (of any of our schemas) into located diagnostics. `schema`
 * names the document kind in messages ("kế hoạch", the default, or "Đề án").
 * Linear in the number of errors; at most {@link MAX_SCHEMA_MESSAGES} are reported (and
 * located), followed by one `schema-more-errors` message with the count of the rest. Repeats (the
 * same rule and detail at the same node) are left out, told apart by a short key of node, rule and
 * detail rather than by the message's text, so an error past the cap costs only that key: no
 * path, no Vietnamese text, no place and no diagnostic object.
 */
export function schemaDiagnostics(
  raw: readonly SchemaError[],
  options?: Readonly<{locate?: Locator; file?: string; schema?: string; data?: unknown}> | null
): Diagnostic[] {
  const errors = reduceAnyOf(raw)
  const kind = options?.schema ?? 'kế hoạch'
  const messages: Diagnostic[] = []
  const seen = new Set<string>()
  let more = 0
  let pointer: string | undefined
  let display = ''
  for (const error of errors) {
    const ruleId = ruleOf(error.keyword)
    const detail = detailOf(error, ruleId)
    const key = `${error.instancePath}\u0000${ruleId}\u0000${detail}`
    if (seen.has(key)) continue
    seen.add(key)
    if (messages.length >= MAX_SCHEMA_MESSAGES) {
      more++
      continue
    }
    if (error.instancePath !== pointer) {
      pointer = error.instancePath
      display = pointer === '' ? kind : pathText(pathOf(pointer))
    }
    let parameters: Record<string, string>
    let property: string | undefined
    if (ruleId === 'schema-required') parameters = {property: detail, path: display}
    else if (ruleId === 'schema-unknown-property') {
      property = detail
      parameters = {property, schema: kind, path: display}
    } else if (ruleId === 'schema-type')
      parameters = {path: display, expected: typeNames(error).join(' hoặc '), example: exampleOf(error, options?.data)}
    else if (ruleId === 'schema-enum') parameters = {path: display, expected: detail}
    else if (ruleId === 'schema-pattern') {
      const date = lastSegment(pointer) === 'date' || detail.includes('\\d{4}-')
      parameters = {path: display, detail: date ? 'ngày dạng YYYY-MM-DD' : `mẫu ${detail}`}
    } else parameters = {path: display, detail}
    const path = pathOf(pointer)
    const place =
      property === undefined ? options?.locate?.(path, 'value') : options?.locate?.([...path, property], 'key')
    const expected =
      ruleId === 'schema-type'
        ? typeNames(error)
        : ruleId === 'schema-enum'
          ? (error.params['allowedValues'] as unknown[]).map(String)
          : undefined
    messages.push(diagnostic(ruleId, parameters, {place, file: options?.file, ...(expected ? {expected} : {})}))
  }
  if (more > 0)
    messages.push(diagnostic('schema-more-errors', {count: more, shown: MAX_SCHEMA_MESSAGES}, {file: options?.file}))
  return messages
}

/**
 * The line a person would write instead, with their own value where it fits: `lead: Sở Tư pháp`
 * gives `lead: [Sở Tư pháp]`, `title: 5` gives `title: "5"`. The key is the node's own (an item of a
 * list is `- …`); `data`, when given, is what was validated, for the value.
 */
function exampleOf(error: SchemaError, data: unknown): string {
  const path = pathOf(error.instancePath)
  const last = path.at(-1)
  const lead = last === undefined ? '' : typeof last === 'number' ? '- ' : `${last}: `
  let value: unknown = data
  for (const part of path)
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined
  const scalar =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
  const type = String(error.params['type']).split(',')[0]
  switch (type) {
    case 'array':
      return `${lead}[${scalar ?? '…'}]`
    case 'string':
      return `${lead}"${scalar ?? '…'}"`
    case 'number':
    case 'integer':
      return `${lead}${scalar !== undefined && Number.isFinite(Number(scalar)) && scalar.trim() !== '' ? Number(scalar) : 2026}`
    case 'boolean':
      return `${lead}true`
    case 'object':
      return `${lead}{…}`
    default:
      return `${lead}null`
  }
}

/** The Vietnamese names of the types a `type` error expects. */
function typeNames(error: SchemaError): string[] {
  return String(error.params['type'])
    .split(',')
    .map((type) => TYPE_NAMES[type] ?? type)
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
  let previous: string | undefined
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue
    const path = error.instancePath
    // ajv reports the errors of one node together: its ancestors were walked for the first.
    if (path === previous) continue
    previous = path
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
