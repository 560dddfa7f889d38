/**
 * Targets as the words state them. A plan's measurable targets are written in its purposes,
 * objectives and requirements ("100% tổ hòa giải … được kiện toàn"); the structured
 * `targets` are derived from those words, so that what the Word file says and what a check
 * reads cannot drift apart. A plan that states structured targets beside numbered words
 * that say otherwise gets an error.
 */

import {diagnostic, type Diagnostic} from './diagnostic.js'
import {extractTargets, formatTargetAmount} from './target.js'
import type {Plan, Target} from './types.js'

/** The targets the plan's purposes, objectives and requirements state, in order. */
export function targetsFromText(plan: Pick<Plan, 'purposes' | 'objectives' | 'requirements'>): Target[] {
  const targets: Target[] = []
  for (const list of [plan.purposes, plan.objectives, plan.requirements]) {
    let context: string | undefined
    for (const entry of list) {
      for (const found of extractTargets(entry.text, context ? {context} : null)) {
        if (entry.position) found.target.position = entry.position
        targets.push(found.target)
      }
      if (/:$/u.test(entry.text)) context = entry.text
    }
  }
  return targets
}

function same(a: Target, b: Target): boolean {
  return (
    a.value === b.value &&
    (a.max ?? null) === (b.max ?? null) &&
    a.unit === b.unit &&
    a.comparator === b.comparator &&
    (a.per?.value ?? null) === (b.per?.value ?? null) &&
    (a.per?.unit ?? null) === (b.per?.unit ?? null)
  )
}

/**
 * A plan that states `targets` and also numbers in its words: each structured target must
 * be one the words state, and each target of the words must be among the structured ones.
 * Words with no numbers leave the structured targets as the only statement (no message).
 */
export function targetDiagnostics(plan: Plan, options?: Readonly<{file?: string | undefined}> | null): Diagnostic[] {
  const written = targetsFromText(plan)
  if (written.length === 0 || plan.targets.length === 0) return []
  const messages: Diagnostic[] = []
  for (const target of plan.targets) {
    if (written.some((other) => same(target, other))) continue
    const words = written.filter((other) => other.unit === target.unit).map((other) => `“${other.text}”`)
    messages.push(
      diagnostic('targets-disagree', {target: target.text, amount: formatTargetAmount(target), written: words.join('; ') || 'không có chỉ tiêu cùng đơn vị'}, {place: target.position ?? plan.meta.position, file: options?.file})
    )
  }
  for (const target of written) {
    if (plan.targets.some((other) => same(target, other))) continue
    messages.push(diagnostic('targets-unstated', {target: target.text, amount: formatTargetAmount(target)}, {place: target.position ?? plan.meta.position, file: options?.file}))
  }
  return messages
}
