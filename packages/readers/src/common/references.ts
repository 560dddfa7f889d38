/**
 * Legal bases ("Căn cứ …") and implemented documents ("Thực hiện Quyết định số …") of a plan,
 * found in its preamble and title. Shared by the document and Markdown readers.
 */

import {findReferences, type DocRef, type Plan} from '@kehoach/model'

/** Opening words of a paragraph that tells what happened before the plan, not what it carries out. */
const BACKGROUND = /^(?:Sau(?:\s+(?:hơn|gần))?\s+\d+|Qua\s+\d+|Thời gian qua|Trong thời gian qua|Những năm qua|Trong những năm qua|Thực tiễn|Bên cạnh|Tuy nhiên|Kết quả)(?![\p{L}])/u

/** Legal bases ("Căn cứ …") and implemented documents ("Thực hiện Quyết định số …") from the preamble and the title. */
export function findPlanReferences(plan: Plan, title: string | null): void {
  const seen = new Set([...plan.meta.basis, ...plan.meta.implements].map((ref) => ref.number ?? ref.text))
  const add = (list: DocRef[], ref: DocRef) => {
    const key = ref.number ?? ref.text
    if (seen.has(key)) return
    seen.add(key)
    list.push(ref)
  }
  for (const paragraph of plan.preamble) {
    // "Căn cứ …" cites a legal basis, and so does a paragraph of background ("Sau 8 năm triển khai
    // thực hiện Nghị quyết …"); the others ("Thực hiện …", "Để đưa Đề án … vào thực tế …") name what
    // the plan carries out.
    const isBasis = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị)/u.test(paragraph.text) || BACKGROUND.test(paragraph.text)
    for (const found of findReferences(paragraph.text)) {
      if (paragraph.position) found.ref.position = paragraph.position
      add(isBasis ? plan.meta.basis : plan.meta.implements, found.ref)
    }
  }
  if (plan.meta.implements.length === 0 && title) {
    for (const found of findReferences(title)) add(plan.meta.implements, found.ref)
  }
  const period = /giai đoạn\s*(\d{4})\s*-\s*(\d{4})/iu.exec(title ?? '') ?? /giai đoạn\s*(\d{4})\s*-\s*(\d{4})/iu.exec(plan.preamble.map((item) => item.text).join(' '))
  if (period && !plan.meta.period) plan.meta.period = {from: Number(period[1]), to: Number(period[2])}
}
