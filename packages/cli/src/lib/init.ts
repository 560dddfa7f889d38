/**
 * `kehoach init`: a draft as the drafter will edit it. Targets are written once, as the
 * words of the objectives (the structured targets are read from them); `implements`
 * values are quoted, so that YAML 1.1 readers do not read "315:9" as a number; and a
 * problem of the issuer (a province merged on 1/7/2025) is said at once.
 */

import {reformDiagnostics, stripPositions, toAuthoring, type Diagnostic, type Plan} from '@kehoach/model'
import {Document, isScalar, visit} from 'yaml'

/** The draft as YAML (or Markdown for a .md output) and the warnings about it. */
export async function draftText(plan: Plan, markdown: boolean): Promise<{text: string; messages: Diagnostic[]}> {
  const messages = reformDiagnostics(plan)
  const once: Plan = {...stripPositions(plan), targets: []}
  if (markdown) {
    const {toMarkdown} = await import('@kehoach/readers')
    return {text: toMarkdown(once), messages}
  }
  const document = new Document(toAuthoring(once), {aliasDuplicateObjects: false})
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'implements') {
        visit(pair.value as never, {
          Scalar(__, node) {
            if (typeof node.value === 'string') node.type = 'QUOTE_DOUBLE'
          }
        })
      }
    }
  })
  return {text: document.toString({lineWidth: 0}), messages}
}
