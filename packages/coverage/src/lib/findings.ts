import {reasonOf, RULES, type MessageParameters, type RuleId} from '@kehoach/model'
import type {Finding} from './types.js'

/**
 * A finding for a report, from the shared rule catalog (docs/rules.md documents every id):
 * a diagnostic without a place, so `severityOf` and the formatters read it as they read
 * any diagnostic (`fatal: false` a warning, no `fatal` information).
 */
export function finding(ruleId: RuleId, parameters: MessageParameters | null, task?: string): Finding {
  const result: Finding = {ruleId, reason: reasonOf(ruleId, parameters)}
  if (RULES[ruleId].severity === 'warning') result.fatal = false
  if (task !== undefined) result.task = task
  return result
}
