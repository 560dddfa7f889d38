/**
 * Checks on the meaning of a plan that a schema cannot express: dates that do not
 * exist, duplicate task ids, tasks with no lead agency, timelines we could not read.
 */

import {isCalendarDay} from '@kehoach/vietnamese'
import {diagnostic, type Diagnostic} from './diagnostic.js'
import {walkTasks} from './plan.js'
import {reformDiagnostics} from './reform.js'
import type {Plan} from './types.js'

/** A date of the plan (ISO, as the schema has it) that names a real day, or no date. */
function realDate(value: string | null | undefined): boolean {
  if (!value) return true
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  return isCalendarDay(y, m, d)
}

/** Lint a complete plan. Options: `file` for the diagnostics. */
export function lintPlan(plan: Plan, options?: Readonly<{file?: string | undefined}> | null): Diagnostic[] {
  const file = options?.file
  const messages: Diagnostic[] = []
  const dates: Array<[string | null | undefined, Plan['meta']['position']]> = [
    [plan.meta.date, plan.meta.position],
    ...plan.meta.implements.map((ref) => [ref.date, ref.position ?? plan.meta.position] as [string | null, Plan['meta']['position']]),
    ...plan.meta.basis.map((ref) => [ref.date, ref.position ?? plan.meta.position] as [string | null, Plan['meta']['position']])
  ]
  for (const [value, place] of dates) {
    if (!realDate(value)) messages.push(diagnostic('invalid-date', {value: String(value)}, {place, file}))
  }

  const seen = new Set<string>()
  for (const {task, parents} of walkTasks(plan.tasks)) {
    if (seen.has(task.id)) messages.push(diagnostic('duplicate-task-id', {id: task.id}, {place: task.position, file}))
    seen.add(task.id)
    if (task.timeline?.kind === 'unknown' && task.timeline.text) {
      messages.push(diagnostic('timeline-unparsed', {text: task.timeline.text}, {place: task.timeline.position ?? task.position, file}))
    }
    const structural = task.label !== '-' && task.label !== '+'
    const hasLead = task.lead.length > 0 || parents.some((parent) => parent.lead.length > 0)
    const childrenLead = task.children.length > 0 && task.children.every((child) => child.lead.length > 0)
    if (structural && !hasLead && !childrenLead && plan.meta.form !== 'summary') {
      messages.push(diagnostic('task-without-lead', {id: task.id}, {place: task.position, file}))
    }
  }
  // A loop, not push(...): a plan of 150,000 tasks gives as many reform warnings, and a spread that long overflows the stack.
  for (const message of reformDiagnostics(plan, {file})) messages.push(message)
  return messages
}
