// One wording table (packages/model/src/lib/wording.ts): what every writer prints is what
// the readers read back.
import {describe, expect, it} from 'vitest'
import {FIELD_LABELS, WRITTEN_LABELS, completePlan, fieldLine, planIdentity, roman, type Plan} from '@kehoach/model'
import {formatDateShort, matchKey, splitAgencies} from '@kehoach/vietnamese'
import {fromMarkdown, toMarkdown} from '@kehoach/text'
import {fieldOf} from '../packages/text/src/common/vocabulary.js'
import {coverage, coverageToText, findScheme} from '@kehoach/coverage'
import {coverageToMarkdown} from '../packages/coverage/src/lib/format.js'
import {diffPlans, diffToMarkdown, diffToText} from '@kehoach/diff'
import {planToDocx, redlineToDocx} from '@kehoach/docx'
import {docxToText, readDocx} from '../packages/files/src/lib/docx/read.js'

const withAdvisor = {name: 'UBND tỉnh', note: 'kiện toàn đội ngũ hòa giải viên', advisor: 'Sở Tư pháp'}

function plan(title: string, lead: Plan['tasks'][number]['lead'], timeline: string): Plan {
  return completePlan({
    meta: {
      issuer: 'Ủy ban nhân dân tỉnh Ninh Bình',
      number: '12/KH-UBND',
      date: '2025-01-03',
      title: 'Kế hoạch thực hiện Đề án',
      implements: [{number: '315/QĐ-TTg'}]
    },
    tasks: [
      {
        title,
        lead,
        support: ['Sở Nội vụ', 'Công an tỉnh'],
        timeline: {
          text: timeline,
          kind: 'milestones',
          milestones: [
            {label: 'Sơ kết', timeline: {text: 'Năm 2027'}},
            {label: 'Tổng kết', timeline: {text: 'Năm 2030'}}
          ]
        },
        output: 'Báo cáo kết quả',
        implements: ['315:3']
      },
      {title: 'Tổ chức hội thi hòa giải viên giỏi', lead: ['Sở Tư pháp'], timeline: 'Năm 2026'}
    ]
  })
}

const before = plan(
  'Bồi dưỡng kiến thức pháp luật cho hòa giải viên',
  [withAdvisor],
  'Sơ kết: Năm 2027; Tổng kết: Năm 2030'
)
const after = plan(
  'Bồi dưỡng kiến thức pháp luật và kỹ năng cho hòa giải viên',
  ['Sở Tư pháp'],
  'Sơ kết: Năm 2028; Tổng kết: Năm 2030'
)

/** The labels of "- Label: …" and "Label: …" lines that name a task's field. */
function printedLabels(text: string): string[] {
  const labels = new Set<string>()
  for (const line of text.split('\n')) {
    const match = /^\s*(?:[-*]\s+)?(Cơ quan[^:]*|Thời gian[^:]*|Sản phẩm[^:]*|Nhóm nhiệm vụ[^:]*):/u.exec(
      line.replace(/\*\*|~~|\{\+|\+\}|\[-|-\]/gu, '')
    )
    if (match) labels.add(match[1] as string)
  }
  return [...labels]
}

describe('the wording table', () => {
  it('every label a writer prints is one the readers know, for the field it fills', () => {
    for (const [kind, label] of Object.entries(WRITTEN_LABELS)) {
      expect(
        FIELD_LABELS.some(([known, knownKind]) => known === label.toLocaleLowerCase('vi') && knownKind === kind),
        label
      ).toBe(true)
      expect(fieldOf(fieldLine(kind as keyof typeof WRITTEN_LABELS, 'x').slice(2))?.kind).toBe(kind)
    }
  })

  it('the Markdown, DOCX, redline, diff and coverage writers print only labels the readers know', async () => {
    const scheme = findScheme('315/QĐ-TTg')!
    const report = coverage(before, scheme)
    const diff = diffPlans(before, after)
    const outputs = {
      markdown: toMarkdown(before),
      docx: docxToText(await planToDocx(before)).text,
      redline: docxToText(await redlineToDocx(before, after)).text,
      diffText: diffToText(diff),
      diffMarkdown: diffToMarkdown(diff),
      coverageText: coverageToText(report),
      coverageMarkdown: coverageToMarkdown(report)
    }
    const known = new Set(Object.values(WRITTEN_LABELS))
    for (const [writer, text] of Object.entries(outputs)) {
      for (const label of printedLabels(text)) {
        expect(known.has(label) || fieldOf(`${label}: x`) !== undefined, `${writer}: ${label}`).toBe(true)
      }
    }
    // The writers that print a task's fields print all of them.
    for (const writer of ['markdown', 'docx', 'redline'] as const)
      expect(printedLabels(outputs[writer]).sort(), writer).toEqual(
        expect.arrayContaining(['Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'])
      )
  })

  it('an agency with its duty and advisor, as DOCX and Markdown write it, reads back the same', async () => {
    const fromDocx = readDocx(await planToDocx(before), {file: 'x.docx'})
    expect(fromDocx.plan.tasks[0]?.lead).toEqual([withAdvisor])
    const fromMd = fromMarkdown(toMarkdown(before))
    expect(fromMd.plan.tasks[0]?.lead).toEqual([withAdvisor])
    expect(splitAgencies('UBND tỉnh kiện toàn đội ngũ hòa giải viên (Sở Tư pháp tham mưu)')).toEqual([withAdvisor])
  })

  it('names a plan in one form, pairs milestones on one key, and writes Roman numerals', () => {
    expect(planIdentity({number: '12/KH-UBND', date: '2025-01-03', issuer: 'UBND tỉnh X'})).toBe(
      `Kế hoạch 12/KH-UBND ngày ${formatDateShort('2025-01-03')} của UBND tỉnh X`
    )
    expect(planIdentity({number: null}, '(không rõ số)')).toBe('Kế hoạch (không rõ số)')
    expect(planIdentity({})).toBe('Kế hoạch')
    expect(matchKey('Sơ  kết:')).toBe(matchKey('sơ kết'))
    expect([1, 4, 9, 12, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XII', 'XIV', 'XL'])
  })
})
