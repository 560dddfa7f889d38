import {reasonOf, RULES, type MessageParameters, type RuleId} from '@kehoach/model'
import type {Finding} from './types.js'

/** A finding for a report, from the shared rule catalog (docs/rules.md documents every id). */
export function finding(rule: RuleId, parameters: MessageParameters | null, task?: string): Finding {
  const severity = RULES[rule].severity === 'warning' ? 'warning' : 'info'
  const result: Finding = {rule, severity, message: reasonOf(rule, parameters)}
  if (task !== undefined) result.task = task
  return result
}
