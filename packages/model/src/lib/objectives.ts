/**
 * Targets as the words state them. A plan's measurable targets are written in its purposes,
 * objectives and requirements ("100% tổ hòa giải … được kiện toàn"); the structured
 * `targets` are derived from those words, so that what the Word file says and what a check
 * reads cannot drift apart. A plan that states structured targets beside numbered words
 * that say otherwise gets an error.
 */

import {diagnostic, type Diagnostic} from './diagnostic.js'
import {extractTargets, formatTargetAmount, MAX_TARGETS} from './target.js'
import type {Plan, Target} from './types.js'

/**
 * The targets the plan's purposes, objectives and requirements state, in order: at most
 * {@link MAX_TARGETS}, and `more` when the words state more than that.
 */
export function statedTargets(plan: Pick<Plan, 'purposes' | 'objectives' | 'requirements'>): {
  targets: Target[]
  more: boolean
} {
  const targets: Target[] = []
  for (const list of [plan.purposes, plan.objectives, plan.requirements]) {
    let context: string | undefined
    for (const entry of list) {
      for (const found of extractTargets(entry.text, {
        ...(context ? {context} : {}),
        limit: MAX_TARGETS + 1 - targets.length
      })) {
        if (entry.position) found.target.position = entry.position
        targets.push(found.target)
      }
      if (targets.length > MAX_TARGETS) {
        targets.length = MAX_TARGETS
        return {targets, more: true}
      }
      if (/:$/u.test(entry.text)) context = entry.text
    }
  }
  return {targets, more: false}
}

/** The targets the plan's words state (at most {@link MAX_TARGETS}). */
export function targetsFromText(plan: Pick<Plan, 'purposes' | 'objectives' | 'requirements'>): Target[] {
  return statedTargets(plan).targets
}

/**
 * True when the plan's structured targets say nothing its words do not: none, or exactly the
 * targets its purposes, objectives and requirements state (same amounts, same order). A
 * writer then leaves `targets` out, so that the targets are said once, in the words, and an
 * edit of the words is what a check reads.
 */
export function targetsAreWords(plan: Pick<Plan, 'purposes' | 'objectives' | 'requirements' | 'targets'>): boolean {
  if (plan.targets.length === 0) return true
  const {targets: written, more} = statedTargets(plan)
  if (more || written.length !== plan.targets.length) return false
  return written.every(
    (target, index) =>
      targetKey(target) === targetKey(plan.targets[index] as Target) &&
      target.text === (plan.targets[index] as Target).text
  )
}

/** How many of the words' targets a `targets-disagree` message quotes; the rest are counted. */
const LISTED = 10

/** What makes two targets the same: value, upper bound, unit, comparator and denominator. */
function targetKey(target: Target): string {
  return JSON.stringify([
    target.value,
    target.max ?? null,
    target.unit,
    target.comparator,
    target.per?.value ?? null,
    target.per?.unit ?? null
  ])
}

/**
 * A plan that states `targets` and also numbers in its words: each structured target must
 * be one the words state, and each target of the words must be among the structured ones.
 * Words with no numbers leave the structured targets as the only statement (no message).
 */
export function targetDiagnostics(plan: Plan, options?: Readonly<{file?: string | undefined}> | null): Diagnostic[] {
  const {targets: written, more} = statedTargets(plan)
  const messages: Diagnostic[] = []
  if (more)
    messages.push(
      diagnostic('too-many-targets', {limit: MAX_TARGETS}, {place: plan.meta.position, file: options?.file})
    )
  if (written.length === 0 || plan.targets.length === 0) return messages
  // Keyed, so that many targets on both sides cost time in proportion to their number.
  const writtenKeys = new Set(written.map(targetKey))
  const statedKeys = new Set(plan.targets.map(targetKey))
  // The words' targets of each unit, quoted (the first LISTED) and counted.
  const byUnit = new Map<string, {quoted: string[]; count: number}>()
  for (const other of written) {
    const entry = byUnit.get(other.unit) ?? {quoted: [], count: 0}
    if (entry.quoted.length < LISTED) entry.quoted.push(`“${other.text}”`)
    entry.count++
    byUnit.set(other.unit, entry)
  }
  const wordsOf = (unit: string): string | undefined => {
    const entry = byUnit.get(unit)
    return (
      entry && entry.quoted.join('; ') + (entry.count > LISTED ? ` (và ${entry.count - LISTED} chỉ tiêu khác)` : '')
    )
  }
  for (const target of plan.targets) {
    if (writtenKeys.has(targetKey(target))) continue
    messages.push(
      diagnostic(
        'targets-disagree',
        {
          target: target.text,
          amount: formatTargetAmount(target),
          written: wordsOf(target.unit) ?? 'không có chỉ tiêu cùng đơn vị'
        },
        {place: target.position ?? plan.meta.position, file: options?.file}
      )
    )
  }
  for (const target of written) {
    if (statedKeys.has(targetKey(target))) continue
    messages.push(
      diagnostic(
        'targets-unstated',
        {target: target.text, amount: formatTargetAmount(target)},
        {place: target.position ?? plan.meta.position, file: options?.file}
      )
    )
  }
  return messages
}
