/**
 * The bound on the work of one coverage (issue 27): the pairs of a task and a scheme's group it
 * compares. `coverage` refuses a plan past it, so every caller (the CLI's `check` and `review`,
 * the web app's check and live draft) has the same limit, the same rule and the same words.
 */

import {diagnostic, walkTasks, type Diagnostic, type Plan} from '@kehoach/model'
import {schemeWords, walkGroups} from './scheme.js'
import type {Scheme} from './types.js'

/**
 * The most pairs of a task and a scheme's group a check compares: 20,000, 2,000 tasks against the
 * 315 scheme's 10 groups, some 20 times the longest plan of the corpus (68 tasks) and 2 times a
 * long real plan against it. A blind tester's scheme file of 640 groups against a plan of 2,000
 * tasks took 7-8.5 s, 0.8-1.2 GB and wrote 93 MB; a fourth tester's 1 MB plan of 9,760 tasks that
 * all match the scheme's words took 5.5-7 s under the old 100,000 (the cost per task grows with the
 * tasks a group gathers): 2,000 of them check in 0.9 s.
 */
export const MAX_COVERAGE_PAIRS = 20_000

/**
 * The most times a check looks for a word of the scheme's phrases in a task: the plan's tasks times the
 * words of the phrases its groups are found by (`schemeWords`). The 315 scheme's 1,347 words against
 * 2,000 tasks (the pairs' bound) are 2.7 million. A fifth blind tester's scheme file of 9,074 three-word
 * terms against a plan of 2,000 tasks took 3.9 s, 1,333 of them against 3,035 tasks (12 million) 1.8 s, 433 (3.9 million) 1.4-1.5 s.
 */
export const MAX_COVERAGE_WORDS = 3_000_000

/**
 * `coverage-too-large` when `plan`'s tasks (at every level) times `scheme`'s groups (sub-groups too) pass
 * `MAX_COVERAGE_PAIRS`; `coverage-words-too-large` when its tasks times the scheme's words pass `MAX_COVERAGE_WORDS`.
 */
export function coverageSize(plan: Plan, scheme: Scheme, file?: string): Diagnostic | undefined {
  let tasks = 0
  for (const _ of walkTasks(plan.tasks)) tasks++
  let groups = 0
  for (const _ of walkGroups(scheme.groups)) groups++
  const where = {...(file ? {file} : {}), place: plan.meta.position}
  if (tasks * groups > MAX_COVERAGE_PAIRS)
    return diagnostic('coverage-too-large', {tasks, groups, scheme: scheme.id, limit: MAX_COVERAGE_PAIRS}, where)
  const words = schemeWords(scheme)
  if (tasks * words > MAX_COVERAGE_WORDS)
    return diagnostic('coverage-words-too-large', {tasks, words, scheme: scheme.id, limit: MAX_COVERAGE_WORDS}, where)
  return undefined
}

/**
 * The error `coverage` throws for a plan past the bound: a RangeError whose message is the
 * diagnostic's reason and whose `diagnostic` is the diagnostic itself (`ruleId` "coverage-too-large").
 */
export function refusal(message: Diagnostic): RangeError & {diagnostic: Diagnostic} {
  return Object.assign(new RangeError(message.reason), {diagnostic: message})
}
