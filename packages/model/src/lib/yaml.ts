/**
 * YAML (the main authoring format) and JSON: reading into a `Plan` with located
 * diagnostics, and writing a plan back out.
 */

import {isMap, isNode, isScalar, LineCounter, parseDocument, stringify, type Document} from 'yaml'
import {diagnostic, type Diagnostic} from './diagnostic.js'
import {completePlan, defaultSections, emptyPlan, stripPositions, walkTasks} from './plan.js'
import {validateSchema, type Locator} from './schema.js'
import {parseTimeline} from './timeline.js'
import type {Plan, Position, Task} from './types.js'
import {lintPlan} from './lint.js'

export interface ReadResult {
  plan: Plan
  messages: Diagnostic[]
}

export interface YamlOptions {
  /** File path for diagnostics. */
  file?: string
  /** Most aliases a document may dereference (alias bombs are refused). Default 100. */
  maxAliasCount?: number
}

const YAML_OPTIONS = {
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: true,
  customTags: [] as never[],
  resolveKnownTags: false,
  stringKeys: false
} as const

function positionFrom(counter: LineCounter, start: number, end: number): Position {
  const a = counter.linePos(start)
  const b = counter.linePos(Math.max(start, end))
  return {start: {line: a.line, column: a.col, offset: start}, end: {line: b.line, column: b.col, offset: Math.max(start, end)}}
}

function locatorOf(document: Document, counter: LineCounter): Locator {
  return (path, part) => {
    if (part === 'key' && path.length > 0) {
      const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true)
      const last = path[path.length - 1]
      if (isMap(parent)) {
        const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last)
        if (pair && isNode(pair.key) && pair.key.range) return positionFrom(counter, pair.key.range[0], pair.key.range[1])
      }
      return undefined
    }
    const node = path.length === 0 ? document.contents : document.getIn(path, true)
    if (isNode(node) && node.range) return positionFrom(counter, node.range[0], node.range[1])
    return undefined
  }
}

/** Data read from YAML, with a locator for its nodes; `data` is undefined when `messages` has errors. */
export interface YamlData {
  data: unknown
  locate: Locator
  messages: Diagnostic[]
}

/**
 * Parse YAML safely (core schema only, unique keys, no custom tags, a bounded
 * number of aliases) into plain data plus a locator that maps a JSON path back to
 * its line and column. Used for plans and for scheme files.
 */
export function readYamlData(text: string, options?: Readonly<YamlOptions> | null): YamlData {
  const file = options?.file
  const counter = new LineCounter()
  const document = parseDocument(text, {...YAML_OPTIONS, lineCounter: counter})
  const locate = locatorOf(document, counter)
  const messages: Diagnostic[] = []

  for (const error of document.errors) {
    const place = positionFrom(counter, error.pos[0], error.pos[1])
    if (error.code === 'DUPLICATE_KEY') {
      const key = /"([^"]*)"|'([^']*)'/.exec(error.message)
      messages.push(diagnostic('yaml-duplicate-key', {key: key?.[1] ?? key?.[2] ?? text.slice(error.pos[0], error.pos[1])}, {place, file}))
    } else if (/multiple documents/i.test(error.message)) {
      messages.push(diagnostic('yaml-multiple-documents', null, {place, file}))
    } else {
      messages.push(diagnostic('yaml-syntax', {detail: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code}, {place, file}))
    }
  }
  for (const warning of document.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /tag:?\s*(\S+)/i.exec(warning.message)?.[1] ?? '?'
      messages.push(diagnostic('yaml-tag', {tag}, {place: positionFrom(counter, warning.pos[0], warning.pos[1]), file}))
    }
  }
  if (messages.length > 0) return {data: undefined, locate, messages}

  try {
    const data: unknown = document.toJS({maxAliasCount: options?.maxAliasCount ?? 100})
    if (data === null || data === undefined) return {data: undefined, locate, messages: [diagnostic('input-empty', null, {file})]}
    return {data, locate, messages}
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (/alias/i.test(reason)) return {data: undefined, locate, messages: [diagnostic('yaml-alias-limit', null, {file})]}
    return {data: undefined, locate, messages: [diagnostic('yaml-syntax', {detail: reason}, {file})]}
  }
}

/** Read a YAML plan. Never throws on content: errors come back as diagnostics with the empty plan. */
export function fromYaml(text: string, options?: Readonly<YamlOptions> | null): ReadResult {
  const {data, locate, messages} = readYamlData(text, options)
  if (data === undefined) return {plan: emptyPlan(), messages}
  return fromData(data, locate, options?.file)
}

/** Read a JSON plan (for instance one that `kehoach parse --format json` printed). */
export function fromJson(text: string, options?: Readonly<{file?: string}> | null): ReadResult {
  const file = options?.file
  try {
    JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const at = /position (\d+)/.exec(reason)
    const counter = new LineCounter()
    parseDocument(text, {lineCounter: counter})
    const place = at ? positionFrom(counter, Number(at[1]), Number(at[1]) + 1).start : undefined
    return {plan: emptyPlan(), messages: [diagnostic('json-syntax', {detail: reason.replace(/ in JSON at position \d+.*$/, '')}, {place, file})]}
  }
  // JSON is YAML: reading it through the YAML parser gives every node its range.
  return fromYaml(text, {file: file ?? ''})
}

/** Validate parsed data against the schema, then complete it into a plan and lint it. */
function fromData(data: unknown, locate: Locator, file: string | undefined): ReadResult {
  const schemaMessages = validateSchema(data, {locate, ...(file ? {file} : {})})
  if (schemaMessages.length > 0) return {plan: emptyPlan(), messages: schemaMessages}
  const plan = completePlan(data)
  attachPositions(plan, locate)
  return {plan, messages: lintPlan(plan, {file})}
}

function attachPositions(plan: Plan, locate: Locator): void {
  const metaPosition = locate(['meta'], 'value')
  if (metaPosition) plan.meta.position = metaPosition
  const visit = (tasks: Task[], path: Array<string | number>) => {
    tasks.forEach((task, index) => {
      const here = [...path, index]
      const position = locate(here, 'value')
      if (position) task.position = position
      if (task.timeline && !task.timeline.position) {
        const timelinePosition = locate([...here, 'timeline'], 'value')
        if (timelinePosition) task.timeline.position = timelinePosition
      }
      visit(task.children, [...here, 'children'])
    })
  }
  visit(plan.tasks, ['tasks'])
  plan.implementation.forEach((assignment, index) => {
    const position = locate(['implementation', index], 'value')
    if (position) assignment.position = position
  })
  plan.targets.forEach((target, index) => {
    const position = locate(['targets', index], 'value')
    if (position) target.position = position
  })
}

/**
 * The authoring form of a plan: no source positions, empty lists left out, a
 * timeline written as its text when the text alone gives the same structure, and
 * `sections` left out when they are the default layout.
 */
export function toAuthoring(plan: Plan): Record<string, unknown> {
  const clean = stripPositions(plan)
  for (const {task} of walkTasks(clean.tasks)) {
    if (task.timeline && JSON.stringify(parseTimeline(task.timeline.text)) === JSON.stringify(task.timeline)) {
      ;(task as unknown as {timeline: unknown}).timeline = task.timeline.text
    }
  }
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(clean)) {
    if (key === 'sections' && JSON.stringify(value) === JSON.stringify(defaultSections(clean))) continue
    if (Array.isArray(value) && value.length === 0 && key !== 'tasks') continue
    if (value === null && key === 'signature') continue
    result[key] = value
  }
  return result
}

/** Write a plan as YAML in its authoring form. */
export function toYaml(plan: Plan): string {
  return stringify(toAuthoring(plan), {lineWidth: 0, aliasDuplicateObjects: false})
}

/** Write a plan as JSON (every field, positions included). */
export function toJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n'
}
