/**
 * The plain-text reader: a plan as copied from a legal portal. Header-table cells on
 * separate lines with lone "|" between them (or joined with " | "), hard line wraps,
 * sections I., II., tasks 1. a) * - +, field lines, Nơi nhận and the signature block;
 * plans issued inside a Quyết định; copies with no header at all.
 *
 * It never refuses input: what it cannot place becomes text on the nearest node,
 * with a warning. Every node keeps its position in the original file.
 */

import {diagnostic, emptyPlan, lintPlan, type Diagnostic, type ReadResult, type TextItem} from '@kehoach/model'
import {findReferences, type NormalizedText} from '@kehoach/vietnamese'
import {assembleBody, MAX_ITEMS, tooManyItems, type AssembleContext} from '../common/assemble.js'
import {readTail} from '../common/closing.js'
import {readHeader} from '../common/header.js'
import {itemPosition, itemsOf, type Line} from '../common/lines.js'
import {findPlanReferences} from '../common/references.js'
import {appendixStart, readAppendices, readBodyTaskTables} from './appendix.js'

/** Read a document's lines (already normalised, portal markup stripped) into a plan. */
export function readDocument(
  source: NormalizedText,
  lines: Line[],
  file: string | undefined,
  options?: Readonly<{paragraphs?: boolean}>
): ReadResult {
  const paragraphs = options?.paragraphs === true
  const plan = emptyPlan()
  plan.meta.form = 'document'
  const messages: Diagnostic[] = []
  const context: AssembleContext = {position: (item) => itemPosition(source, item), file, messages}

  let header = readHeader(lines, 0, lines.length)
  let bodyStart = header.end

  // A plan issued inside a Quyết định: the decision comes first, the plan after its own "KẾ HOẠCH" line.
  if (header.docType === 'quyet-dinh') {
    const planLine = lines.findIndex((line, index) => index >= header.end && /^KẾ HOẠCH$/u.test(line.text))
    if (planLine !== -1) {
      const decision = header
      const decisionTail = readTail(lines, decision.end, planLine, source)
      const decisionItems = itemsOf(lines, decision.end, decisionTail.start, paragraphs)
      const articles: TextItem[] = []
      const basis: string[] = []
      for (const item of decisionItems) {
        if (item.kind === 'article')
          articles.push({label: item.label, text: item.text, position: context.position(item)})
        else if (articles.length > 0) {
          const last = articles.at(-1) as TextItem
          last.text = `${last.text}\n${item.label ? `${item.label} ` : ''}${item.text}`
        } else if (/^(?:Căn cứ|Theo đề nghị|Xét đề nghị)/u.test(item.text)) basis.push(item.text)
      }
      header = readHeader(lines, planLine, lines.length)
      header.issuer ??= decision.issuer
      header.parentIssuer ??= decision.parentIssuer
      header.date ??= decision.date
      header.place ??= decision.place
      plan.meta.enactedBy = {
        docType: 'quyet-dinh',
        number: decision.number,
        date: decision.date,
        issuer: decision.issuer,
        title: decision.title,
        articles,
        recipients: decisionTail.recipients,
        signature: decisionTail.signature
      }
      for (const text of basis) for (const found of findReferences(text)) plan.meta.basis.push(found.ref)
      bodyStart = header.end
      header.docType = 'ke-hoach'
      header.number = null
    }
  }

  // Appendices after the signature are read apart; the signature ends where they begin.
  const appendicesAt = appendixStart(lines, bodyStart, lines.length)
  const tail = readTail(lines, bodyStart, appendicesAt, source)
  const end = tail.start
  if (tail.recipients.length > 0 || tail.signature) {
    plan.recipients = tail.recipients.length > 0 ? tail.recipients : plan.recipients
    plan.signature = tail.signature ?? plan.signature
  }

  plan.meta.docType = header.docType ?? 'ke-hoach'
  plan.meta.issuer = header.issuer
  if (header.parentIssuer) plan.meta.parentIssuer = header.parentIssuer
  plan.meta.number = header.number
  if (header.symbol) plan.meta.symbol = header.symbol
  plan.meta.place = header.place
  plan.meta.date = header.date
  if (header.partialDate) plan.meta.partialDate = header.partialDate
  plan.meta.title = header.title
  if (header.recipientsTo.length > 0) plan.meta.recipientsTo = header.recipientsTo
  if (header.startOffset !== undefined)
    plan.meta.position = itemPosition(source, {start: header.startOffset, end: header.endOffset ?? header.startOffset})
  if (header.invalidDate)
    messages.push(diagnostic('invalid-date', {value: header.invalidDate}, {place: plan.meta.position, file}))
  if (!header.issuer && !header.number && !header.symbol && !header.date)
    messages.push(diagnostic('missing-header', null, {file}))
  if (header.enactedBy && !plan.meta.enactedBy) plan.meta.enactedBy = {...header.enactedBy, articles: []}

  const items = itemsOf(lines, bodyStart, end, paragraphs)
  // A document of more items than any plan by far is refused before its plan is built.
  const past = items[MAX_ITEMS]
  if (past) return tooManyItems(past, context)
  assembleBody(plan, items, context)
  for (const each of readBodyTaskTables(lines, bodyStart, end, (start, stop) =>
    itemPosition(source, {start, end: stop})
  ))
    plan.tasks.push(each)
  if (appendicesAt < lines.length) {
    const {appendices, tasks} = readAppendices(lines, appendicesAt, lines.length, (start, stop) =>
      itemPosition(source, {start, end: stop})
    )
    if (appendices.length > 0) plan.appendices = appendices
    for (const each of tasks) plan.tasks.push(each)
  }
  findPlanReferences(plan, header.title, source.text)
  // A decision, an official letter or a report that issues no plan has no tasks to miss.
  if (plan.tasks.length === 0 && plan.meta.docType === 'ke-hoach') messages.push(diagnostic('no-tasks', null, {file}))
  for (const each of lintPlan(plan, {file}).filter((message) => message.ruleId !== 'timeline-unparsed'))
    messages.push(each)
  return {plan, messages}
}
