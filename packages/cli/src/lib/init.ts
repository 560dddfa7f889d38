/**
 * `kehoach init`: a draft as the drafter will edit it. Targets are written once, as the
 * words of the objectives (the structured targets are read from them); `implements`
 * values are quoted, so that YAML 1.1 readers do not read "315:9" as a number; and a
 * problem of the issuer (a province merged on 1/7/2025) is said at once.
 */

import {lintPlan, stripPositions, toYaml, type Diagnostic, type Plan} from '@kehoach/model'

/** The draft as YAML (or Markdown for a .md output) and the warnings about it. */
export async function draftText(plan: Plan, markdown: boolean): Promise<{text: string; messages: Diagnostic[]}> {
  // What the issuer's place became on 1/7/2025 (a merged province, the district level), said at once.
  const messages = lintPlan(plan).filter((message) => message.ruleId.startsWith('reform-'))
  const once: Plan = {...stripPositions(plan), targets: []}
  if (markdown) {
    const {toMarkdown} = await import('@kehoach/text')
    return {text: toMarkdown(once), messages}
  }
  return {text: toYaml(once), messages}
}
