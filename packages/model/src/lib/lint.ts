/**
 * Checks on the meaning of a plan that a schema cannot express: dates that do not
 * exist, duplicate task ids, tasks with no lead agency, timelines we could not read.
 */

import {impossibleDateIn, isoDate} from '@kehoach/vietnamese'
import {diagnostic, type Diagnostic} from './diagnostic.js'
import {walkTasks} from './plan.js'
import {reformDiagnostics} from './reform.js'
import type {Plan, Position, Task, Timeline} from './types.js'

/** A date of the plan (ISO, as the schema has it) that names a real day of a year a plan could bear (`isoDate`), or no date. */
function realDate(value: string | null | undefined): boolean {
  if (!value) return true
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  return isoDate(y, m, d) !== null
}

/**
 * Where in a timeline's range its impossible date stands: the date's own column when the range
 * is the timeline's words alone on one line (a YAML value, quoted or not), otherwise the range's start.
 */
function placeIn(
  position: Position | undefined,
  timeline: Timeline,
  index: number,
  length: number
): Position | undefined {
  if (!position) return undefined
  const {start, end} = position
  if (start.line !== end.line) return position
  // A quoted YAML value has its quote before the words.
  const width = end.column - start.column
  const skip = width === timeline.text.length ? 0 : width === timeline.text.length + 2 ? 1 : -1
  if (skip < 0) return position
  index += skip
  const from = {
    ...start,
    column: start.column + index,
    ...(start.offset === undefined ? {} : {offset: start.offset + index})
  }
  return {
    start: from,
    end: {...from, column: from.column + length, ...(from.offset === undefined ? {} : {offset: from.offset + length})}
  }
}

/** A numbered or lettered task, not a "-" or "+" item of its parent's words. */
function isStructural(task: Task): boolean {
  return task.label !== '-' && task.label !== '+'
}

const LED = new WeakMap<Task, boolean>()

/**
 * A task with a lead of its own, or whose numbered subtasks are all led, or, with no numbered
 * subtask, whose "-" items carry the lead (“- Rà soát …” then “Đơn vị chủ trì: …” under the item)
 * (remembered, so a deep tree costs time in proportion to its size).
 */
function led(task: Task): boolean {
  if (task.lead.length > 0) return true
  const known = LED.get(task)
  if (known !== undefined) return known
  const children = task.children.filter(isStructural)
  const result = children.length > 0 ? children.every(led) : task.children.some((item) => item.lead.length > 0)
  LED.set(task, result)
  return result
}

/** Lint a complete plan. Options: `file` for the diagnostics. */
export function lintPlan(plan: Plan, options?: Readonly<{file?: string | undefined}> | null): Diagnostic[] {
  const file = options?.file
  const messages: Diagnostic[] = []
  const dates: Array<[string | null | undefined, Plan['meta']['position']]> = [
    [plan.meta.date, plan.meta.position],
    ...plan.meta.implements.map(
      (ref) => [ref.date, ref.position ?? plan.meta.position] as [string | null, Plan['meta']['position']]
    ),
    ...plan.meta.basis.map(
      (ref) => [ref.date, ref.position ?? plan.meta.position] as [string | null, Plan['meta']['position']]
    )
  ]
  for (const [value, place] of dates) {
    if (!realDate(value)) messages.push(diagnostic('invalid-date', {value: String(value)}, {place, file}))
  }

  const seen = new Set<string>()
  for (const {task, parents} of walkTasks(plan.tasks)) {
    if (seen.has(task.id)) messages.push(diagnostic('duplicate-task-id', {id: task.id}, {place: task.position, file}))
    seen.add(task.id)
    const impossible = task.timeline ? impossibleDateIn(task.timeline.text) : undefined
    if (impossible && task.timeline) {
      const place = placeIn(
        task.timeline.position ?? task.position,
        task.timeline,
        impossible.index,
        impossible.value.length
      )
      messages.push(diagnostic('invalid-date', {value: impossible.value}, {place, file}))
    } else if (task.timeline?.kind === 'unknown' && task.timeline.text) {
      messages.push(
        diagnostic(
          'timeline-unparsed',
          {text: task.timeline.text},
          {place: task.timeline.position ?? task.position, file}
        )
      )
    }
    // One warning a gap: the task that lacks a lead, not also each parent above it.
    const structuralChildren = task.children.filter(isStructural)
    const hasLead = led(task) || parents.some((parent) => parent.lead.length > 0)
    if (isStructural(task) && !hasLead && structuralChildren.every(led) && plan.meta.form !== 'summary') {
      messages.push(diagnostic('task-without-lead', {id: task.id}, {place: task.position, file}))
    }
  }
  // A loop, not push(...): a plan of 150,000 tasks gives as many reform warnings, and a spread that long overflows the stack.
  for (const message of reformDiagnostics(plan, {file})) messages.push(message)
  return messages
}
