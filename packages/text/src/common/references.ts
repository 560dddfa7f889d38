/**
 * A programme, scheme or strategy carried out, named without a number: up to "(", ",", the end of
 * its sentence (". ") or the end.
 */
const NAMED_PROGRAMME =
  /^(?:Thực hiện|Triển khai(?:\s+thực hiện)?)\s+(Chương trình|Đề án|Chiến lược)\s+((?:[^()“”;:,.]|\.(?!\s|$)){5,200}?(?:,\s\p{Ll}(?:[^()“”;:,.]|\.(?!\s|$)){1,100}?)*)(?=\s*\(|,\s|\.(?:\s|$)|\s*$)/u

/**
 * Legal bases ("Căn cứ …") and implemented documents ("Thực hiện Quyết định số …") of a plan,
 * found in its preamble and title. Shared by the document and Markdown readers.
 */

import type {DocRef, DocType, Plan} from '@kehoach/model'
import {docTypeOf, findReferences} from '@kehoach/vietnamese'

/**
 * Documents that carry nothing out: their opening "Căn cứ …" / "Theo đề nghị …" lines are their
 * bases, and what follows (articles, the letter's own words) is their content, not citations of
 * what they implement.
 */
const NOT_A_PLAN: ReadonlySet<DocType> = new Set<DocType>([
  'cong-van',
  'thong-tu',
  'nghi-dinh',
  'quyet-dinh',
  'nghi-quyet',
  'luat',
  'to-trinh',
  'bao-cao',
  'thong-bao',
  'other'
])

/** Opening words of a paragraph that tells what happened before the plan, not what it carries out. */
const BACKGROUND =
  /^(?:Sau(?:\s+(?:hơn|gần))?\s+\d+|Qua\s+\d+|Thời gian qua|Trong thời gian qua|Những năm qua|Trong những năm qua|Thực tiễn|Bên cạnh|Tuy nhiên|Kết quả)(?![\p{L}])/u

/** How a paragraph that goes on from the one before starts: in lower case, or with the name of a document. */
const CONTINUATION =
  /^(?:\p{Ll}|(?:Nghị quyết|Quyết định|Chỉ thị|Luật|Nghị định|Thông tư|Kế hoạch|Công văn|Kết luận|Đề án|Chương trình)(?![\p{L}]))/u

/**
 * A law the plan puts into effect, named without number or date: "… triển khai thi hành Luật Việc làm
 * trên địa bàn …", "thi hành Luật sửa đổi, bổ sung một số điều của Luật …". The name ends where the
 * sentence or the place begins; it is at most a few dozen words long.
 */
const LAW_PUT_IN_EFFECT =
  /(?<![\p{L}])thi hành\s+(Luật\s+((?:sửa đổi, bổ sung\s)?[^.;:,()“”]{1,200}?))(?=\s+(?:trên địa bàn|tại|trong|với|và các|(?:năm|số|ngày)\s+\d)(?![\p{L}])|\s*[.;:,()]|\s*$)/u

/**
 * Legal bases ("Căn cứ …") and implemented documents ("Thực hiện Quyết định số …") from the preamble
 * and the title. `fullText` is the whole document: a reference cited without its date ("Quyết định số
 * 142/QĐ-TTg của Thủ tướng Chính phủ") takes the date of another citation of the same number in it.
 */
export function findPlanReferences(plan: Plan, title: string | null, fullText?: string): void {
  const seen = new Set([...plan.meta.basis, ...plan.meta.implements].map((ref) => ref.number ?? ref.text))
  const add = (list: DocRef[], ref: DocRef) => {
    const key = ref.number ?? ref.text
    if (seen.has(key)) return
    seen.add(key)
    list.push(ref)
  }
  // A paragraph cut by a hard wrap ("Sau 8 năm triển khai thực hiện" / "Nghị quyết số 21-NQ/TW …")
  // goes on in the next one: it keeps the role its opening words gave it.
  let continued: boolean | undefined
  const onlyBases = NOT_A_PLAN.has(plan.meta.docType)
  for (const paragraph of plan.preamble) {
    // A decision's or a circular's bases end at its first article.
    if (onlyBases && /^Điều\s+\d/u.test(paragraph.label ?? '')) break
    // "Căn cứ …" cites a legal basis, and so does a paragraph of background ("Sau 8 năm triển khai
    // thực hiện Nghị quyết …"); the others ("Thực hiện …", "Để đưa Đề án … vào thực tế …") name what
    // the plan carries out.
    const goesOn = continued !== undefined && CONTINUATION.test(paragraph.text)
    const isBasis = goesOn
      ? (continued as boolean)
      : /^(?:Căn cứ|Theo đề nghị|Xét đề nghị)/u.test(paragraph.text) || BACKGROUND.test(paragraph.text)
    continued = /[\p{L}\d,]$/u.test(paragraph.text.trimEnd()) ? isBasis : undefined
    // A page number between two "Căn cứ" lines, a letter's own words: not bases, and no end to them.
    if (onlyBases && !isBasis) continue
    const cited = onlyBases ? basesOf(paragraph.text) : paragraph.text
    for (const found of findReferences(cited)) {
      if (paragraph.position) found.ref.position = paragraph.position
      add(isBasis ? plan.meta.basis : plan.meta.implements, found.ref)
    }
  }
  if (onlyBases) {
    if (fullText) datesFromOtherCitations(plan.meta.basis, fullText)
    return
  }
  if (plan.meta.implements.length === 0 && title) {
    for (const found of findReferences(title)) add(plan.meta.implements, found.ref)
  }
  if (!plan.meta.basis.concat(plan.meta.implements).some((ref) => ref.docType === 'luat')) {
    for (const paragraph of plan.preamble) {
      const law = LAW_PUT_IN_EFFECT.exec(paragraph.text)
      if (!law) continue
      const ref: DocRef = {
        docType: 'luat',
        number: null,
        date: null,
        title: (law[2] as string).trim(),
        text: (law[1] as string).trim()
      }
      if (paragraph.position) ref.position = paragraph.position
      add(plan.meta.implements, ref)
      break
    }
  }
  if (plan.meta.implements.length === 0) {
    // "Thực hiện Chương trình mục tiêu quốc gia … (gọi chung là Chương trình), …": a programme named
    // without number or date is still what the plan carries out.
    for (const paragraph of plan.preamble) {
      const named = NAMED_PROGRAMME.exec(paragraph.text)
      if (!named) continue
      const ref: DocRef = {
        docType: docTypeOf(named[1] as string) ?? null,
        number: null,
        date: null,
        title: (named[2] as string).trim(),
        text: named[0].slice(named[0].indexOf(named[1] as string)).trim()
      }
      if (paragraph.position) ref.position = paragraph.position
      add(plan.meta.implements, ref)
      break
    }
  }
  if (fullText) datesFromOtherCitations([...plan.meta.basis, ...plan.meta.implements], fullText)
  const period =
    /giai đoạn\s*(\d{4})\s*-\s*(\d{4})/iu.exec(title ?? '') ??
    /giai đoạn\s*(\d{4})\s*-\s*(\d{4})/iu.exec(plan.preamble.map((item) => item.text).join(' '))
  if (period && !plan.meta.period) plan.meta.period = {from: Number(period[1]), to: Number(period[2])}
}

/**
 * The basis clauses at the start of a paragraph of a document that is not a plan, up to the first
 * clause that is neither a basis nor a document's name: a copy may join "Theo đề nghị …;" and the
 * enacting sentence ("Bộ trưởng ban hành Thông tư …") into one paragraph.
 */
function basesOf(text: string): string {
  const clauses = text.split(/(?<=;)\s+(?=\p{Lu})/u)
  const kept: string[] = []
  for (const clause of clauses) {
    if (kept.length > 0 && !/^(?:Căn cứ|Theo đề nghị|Xét đề nghị)/u.test(clause) && !CONTINUATION.test(clause)) break
    kept.push(clause)
  }
  return kept.join(' ')
}

/** Fill the date of each numbered reference cited without one from the first dated citation of its number in `text` (one pass over the text). */
function datesFromOtherCitations(refs: readonly DocRef[], text: string): void {
  const undated = refs.filter((ref) => ref.number && !ref.date)
  if (undated.length === 0) return
  const dates = new Map<string, string>()
  for (const found of findReferences(text)) {
    if (found.ref.number && found.ref.date && !dates.has(found.ref.number)) dates.set(found.ref.number, found.ref.date)
  }
  for (const ref of undated) {
    const date = dates.get(ref.number as string)
    if (date) ref.date = date
  }
}
