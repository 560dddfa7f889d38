/**
 * The scheme's quantitative targets against the plan's: which plan target states
 * each one (by the scheme target's keywords), and whether it is as ambitious.
 */

import {afterReform, formatTargetAmount, type Plan, type Target} from '@kehoach/model'
import {copyTargetMeasures} from './measures.js'
import {formatDateShort} from '@kehoach/vietnamese'
import {hasPhrase} from './phrases.js'
import {finding} from './findings.js'
import {isCentralPlan, isCommunePlan, isProvinceLevelOnly} from './scheme.js'
import type {Finding, PlanTargetSummary, Scheme, SchemeTarget, TargetResult, TargetStatus} from './types.js'

function recognises(target: SchemeTarget, planTarget: Target): boolean {
  const text = `${planTarget.subject ?? ''} ${planTarget.text}`
  if (Boolean(target.per) !== Boolean(planTarget.per)) return false
  if (!target.per && (target.unit === '%') !== (planTarget.unit === '%')) return false
  if ((target.exclude ?? []).some((phrase) => hasPhrase(text, phrase))) return false
  return target.keywords.every((any) => any.some((phrase) => hasPhrase(text, phrase)))
}

/** The level a target asks for, on one scale: a share, or units per denominator. */
function level(value: number, per: {value: number} | null | undefined): number {
  return per ? value / per.value : value
}

function summary(target: Target): PlanTargetSummary {
  return copyTargetMeasures<PlanTargetSummary>(
    {text: target.text, value: target.value, comparator: target.comparator, unit: target.unit},
    target
  )
}

/** A target of the district level alone ("01 tập huấn viên cấp huyện trên 80 tổ hòa giải"), not one shared with the province ("cấp tỉnh, cấp huyện"). */
function districtOnly(target: SchemeTarget): boolean {
  const words = `${target.text} ${target.unit}`
  return /cấp huyện/u.test(words) && !/cấp tỉnh/u.test(words)
}

/** Check every scheme target against the plan's targets. */
export function checkTargets(plan: Plan, scheme: Scheme): TargetResult[] {
  const targets = scheme.targets ?? []
  const central = isCentralPlan(plan)
  const commune = isCommunePlan(plan)
  // Issued after 1/7/2025, when the district level was abolished: a district-level ratio cannot apply.
  const twoLevels = afterReform(plan.meta.date ?? plan.meta.partialDate)
  // Which scheme targets each plan target states; when several with different deadlines
  // fit (one per phase), keep the phase the plan's deadline falls in.
  const byScheme = new Map<string, Target[]>()
  for (const planTarget of plan.targets) {
    let fitting = targets.filter((target) => recognises(target, planTarget))
    if (planTarget.deadline && fitting.length > 1) {
      const deadline = planTarget.deadline
      const after = fitting.filter((target) => target.deadline && target.deadline >= deadline)
      if (after.length > 0) {
        const first = after.map((target) => target.deadline as string).sort()[0]
        fitting = after.filter((target) => target.deadline === first)
      }
    }
    for (const target of fitting) byScheme.set(target.id, [...(byScheme.get(target.id) ?? []), planTarget])
  }

  return targets.map((target) => {
    const stated = byScheme.get(target.id) ?? []
    const findings: Finding[] = []
    let status: TargetStatus
    if (target.scope === 'central' && !central) {
      status = 'not-applicable'
      findings.push(finding('target-central', null))
    } else if (stated.length === 0 && twoLevels && districtOnly(target)) {
      status = 'not-applicable'
      findings.push(finding('target-district-level', null))
    } else if (stated.length === 0 && commune && isProvinceLevelOnly(`${target.text} ${target.unit}`)) {
      status = 'not-applicable'
      findings.push(finding('target-province-level', null))
    } else if (stated.length === 0) {
      status = 'missing'
      findings.push(finding('target-missing', null))
    } else {
      const direction = target.comparator === '<' || target.comparator === '<=' ? -1 : 1
      const wanted = level(target.value, target.per)
      let worst: TargetStatus = 'stronger'
      for (const planTarget of stated) {
        const have = level(planTarget.value, planTarget.per)
        const difference = direction * (have - wanted)
        let verdict: TargetStatus = Math.abs(difference) < 1e-9 ? 'met' : difference > 0 ? 'stronger' : 'weaker'
        const parameters = {plan: `${planTarget.text}`, scheme: formatTargetAmount(target)}
        if (verdict === 'met') findings.push(finding('target-met', parameters))
        else if (verdict === 'stronger') findings.push(finding('target-stronger', parameters))
        else findings.push(finding('target-weaker', parameters))
        if (planTarget.deadline && target.deadline && planTarget.deadline > target.deadline) {
          verdict = 'weaker'
          findings.push(
            finding('target-later', {
              planDeadline: formatDateShort(planTarget.deadline),
              deadline: formatDateShort(target.deadline)
            })
          )
        }
        if (rank(verdict) < rank(worst)) worst = verdict
      }
      status = worst
    }
    return {id: target.id, text: target.text, status, plan: stated.map(summary), findings}
  })
}

function rank(status: TargetStatus): number {
  return status === 'weaker' ? 0 : status === 'met' ? 1 : 2
}
