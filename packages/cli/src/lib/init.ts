/**
 * `kehoach init`: a draft as the drafter will edit it. Targets are written once, as the
 * words of the objectives (the structured targets are read from them); `implements`
 * values are quoted, so that YAML 1.1 readers do not read "315:9" as a number; and a
 * problem of the issuer (a province merged on 1/7/2025) is said at once.
 */

import {reformDiagnostics, stripPositions, toAuthoring, type Diagnostic, type Plan} from '@kehoach/model'
import {Document, isScalar, isSeq, visit} from 'yaml'

/** The draft as YAML (or Markdown for a .md output) and the warnings about it. */
export async function draftText(plan: Plan, markdown: boolean): Promise<{text: string; messages: Diagnostic[]}> {
  const messages = reformDiagnostics(plan)
  const once: Plan = {...stripPositions(plan), targets: []}
  if (markdown) {
    const {toMarkdown} = await import('@kehoach/text')
    return {text: toMarkdown(once), messages}
  }
  const document = new Document(toAuthoring(once), {aliasDuplicateObjects: false})
  visit(document, {
    Pair(_, pair) {
      // A task's `implements: ["315:9"]` (scalars), not the plan's `meta.implements` (references).
      if (isScalar(pair.key) && pair.key.value === 'implements' && isSeq(pair.value) && pair.value.items.every((item) => isScalar(item))) {
        for (const item of pair.value.items) if (isScalar(item) && typeof item.value === 'string') item.type = 'QUOTE_DOUBLE'
      }
    }
  })
  return {text: document.toString({lineWidth: 0}), messages}
}
