/**
 * JSON Schema validation of plan data, with ajv's errors turned into located,
 * Vietnamese diagnostics. The validator is precompiled from schemas/plan.schema.json
 * (scripts/validators.mjs), so nothing is compiled at start-up.
 */

import {validate as validatePlanData} from '../generated/plan-validate.js'
import {diagnostic, type Diagnostic} from './diagnostic.js'
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

/**
 * Turn raw ajv errors (of any of our schemas) into located diagnostics. `schema`
 * names the document kind in messages ("kế hoạch", the default, or "Đề án").
 */
export function schemaDiagnostics(
  raw: readonly SchemaError[],
  options?: Readonly<{locate?: Locator; file?: string; schema?: string}> | null
): Diagnostic[] {
  const errors = reduceAnyOf([...raw])
  const kind = options?.schema ?? 'kế hoạch'
  const displayPath = (path: ReadonlyArray<string | number>) => (path.length === 0 ? kind : pathText(path))
  const messages: Diagnostic[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    const path = pathOf(error.instancePath)
    let message: Diagnostic
    if (error.keyword === 'required') {
      const property = String(error.params['missingProperty'])
      message = diagnostic('schema-required', {property, path: displayPath(path)}, {place: options?.locate?.(path, 'value'), file: options?.file})
    } else if (error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties') {
      const property = String(error.params['unevaluatedProperty'] ?? error.params['additionalProperty'])
      const full = [...path, property]
      message = diagnostic('schema-unknown-property', {property, schema: kind, path: displayPath(path)}, {place: options?.locate?.(full, 'key'), file: options?.file})
    } else if (error.keyword === 'type') {
      const types = String(error.params['type']).split(',').map((type) => TYPE_NAMES[type] ?? type)
      message = diagnostic('schema-type', {path: displayPath(path), expected: types.join(' hoặc ')}, {place: options?.locate?.(path, 'value'), file: options?.file, expected: types})
    } else if (error.keyword === 'enum') {
      const allowed = (error.params['allowedValues'] as unknown[]).map(String)
      message = diagnostic('schema-enum', {path: displayPath(path), expected: allowed.join(', ')}, {place: options?.locate?.(path, 'value'), file: options?.file, expected: allowed})
    } else if (error.keyword === 'pattern') {
      const detail = path.at(-1) === 'date' || String(error.params['pattern']).includes('\\d{4}-') ? 'ngày dạng YYYY-MM-DD' : `mẫu ${String(error.params['pattern'])}`
      message = diagnostic('schema-pattern', {path: displayPath(path), detail}, {place: options?.locate?.(path, 'value'), file: options?.file})
    } else {
      message = diagnostic('schema-invalid', {path: displayPath(path), detail: error.message ?? error.keyword}, {place: options?.locate?.(path, 'value'), file: options?.file})
    }
    const key = `${message.ruleId}:${message.reason}`
    if (!seen.has(key)) {
      seen.add(key)
      messages.push(message)
    }
  }
  return messages
}

/**
 * ajv reports every failed branch of an anyOf plus the anyOf itself. Keep, per anyOf
 * path, only the errors of the branch that got furthest (deepest instance path), or the
 * type error when no branch got anywhere.
 */
function reduceAnyOf(errors: SchemaError[]): SchemaError[] {
  const anyOfPaths = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath)
  if (anyOfPaths.length === 0) return errors
  const result: SchemaError[] = []
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue
    const owner = anyOfPaths.find((path) => error.instancePath === path)
    if (owner !== undefined && error.keyword === 'type') {
      // A type mismatch at the anyOf's own path: keep it only when no branch went deeper.
      const deeper = errors.some((other) => other.instancePath.startsWith(owner + '/') && other.keyword !== 'anyOf')
      if (deeper) continue
      if (result.some((other) => other.instancePath === owner && other.keyword === 'type')) {
        const previous = result.find((other) => other.instancePath === owner && other.keyword === 'type') as SchemaError
        previous.params = {type: `${String(previous.params['type'])},${String(error.params['type'])}`}
        continue
      }
    }
    result.push({...error, params: {...error.params}})
  }
  return result
}
