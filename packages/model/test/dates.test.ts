// Issue 29: a date that does not exist is an `invalid-date` error at its own line and column,
// and nothing is stored in its place.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromYaml, parseTimeline} from '@kehoach/model'
import {fromMarkdown} from '@kehoach/text'

const example = readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')

const IMPOSSIBLE: Array<[string, string]> = [
  ['Trước ngày 31/4/2026', '31/4/2026'],
  ['Hoàn thành ngày 31/02/2026', '31/02/2026'],
  ['Tháng 13/2026', 'Tháng 13/2026'],
  ['Quý V/2026', 'Quý V/2026'],
  ['Từ tháng 6 đến tháng 14/2026', 'tháng 14/2026'],
  ['Kiểm tra: Quý 5/2026; Sơ kết: Năm 2027', 'Quý 5/2026']
]

function placeOf(message: {place?: unknown} | undefined) {
  const place = message?.place as {start?: {line: number; column: number}; line?: number; column?: number} | undefined
  return place && 'start' in place && place.start ? place.start : place
}

describe('impossible dates', () => {
  it.each(IMPOSSIBLE)('“%s” stores no date', (text) => {
    const timeline = parseTimeline(text)
    const spans =
      timeline.kind === 'milestones' ? (timeline.milestones ?? []).map((milestone) => milestone.timeline) : [timeline]
    const bad = spans.find((span) => span.kind === 'unknown')
    expect(bad, JSON.stringify(timeline)).toBeDefined()
    expect(bad?.from ?? null).toBeNull()
    expect(bad?.to ?? null).toBeNull()
  })

  it.each(IMPOSSIBLE)('“%s” in a YAML timeline is invalid-date at its own line and column', (text, value) => {
    const value_ = text.includes(':') ? `"${text}"` : text
    const yaml = example.replace('timeline: Tháng 01/2026', `timeline: ${value_}`)
    const line = yaml.split('\n').findIndex((each) => each.includes(`timeline: ${value_}`)) + 1
    const {messages} = fromYaml(yaml)
    const message = messages.find((each) => each.ruleId === 'invalid-date')
    expect(message, JSON.stringify(messages)).toBeDefined()
    expect(message?.fatal).toBe(true)
    expect(message?.reason).toContain(value)
    const column = (yaml.split('\n')[line - 1] as string).indexOf(value) + 1
    expect(placeOf(message)).toMatchObject({line, column})
    expect(messages.map((each) => each.ruleId)).not.toContain('timeline-unparsed')
  })

  it('a Markdown field “Thời gian: Trước ngày 31/4/2026” is invalid-date on its line', () => {
    const markdown =
      '---\ndocType: ke-hoach\nissuer: Ủy ban nhân dân tỉnh Thử\n---\n\n## I. NHIỆM VỤ\n\n### 1. Tập huấn hòa giải viên\n\n- Chủ trì: Sở Tư pháp\n- Thời gian: Trước ngày 31/4/2026\n'
    const {plan, messages} = fromMarkdown(markdown)
    const message = messages.find((each) => each.ruleId === 'invalid-date')
    expect(message, JSON.stringify(messages)).toBeDefined()
    expect(placeOf(message)).toMatchObject({line: 11})
    expect(plan.tasks[0]?.timeline?.to ?? null).toBeNull()
  })

  it('an invalid ISO meta date points at its own line', () => {
    const yaml = example.replace(/^ {2}date: .*$/mu, '  date: 2026-02-31')
    const line = yaml.split('\n').indexOf('  date: 2026-02-31') + 1
    const {messages} = fromYaml(yaml)
    const message = messages.find((each) => each.ruleId === 'invalid-date')
    expect(placeOf(message)).toMatchObject({line, column: 9})
  })

  it('an invalid ISO date of a reference points at its own line', () => {
    const yaml = example.replace('date: 2024-04-17', 'date: 2024-04-31')
    const line = yaml.split('\n').findIndex((each) => each.includes('date: 2024-04-31')) + 1
    const {messages} = fromYaml(yaml)
    const message = messages.find((each) => each.ruleId === 'invalid-date')
    expect(placeOf(message)).toMatchObject({line})
  })

  it('real dates are still read', () => {
    expect(parseTimeline('Trước ngày 30/4/2026')).toMatchObject({kind: 'deadline', to: '2026-04-30'})
    // A timeline read before is remembered, and each caller gets its own copy to change.
    const first = parseTimeline('Kiểm tra: Hằng năm; Tổng kết: Năm 2030')
    first.text = 'đổi'
    first.milestones?.splice(0)
    expect(parseTimeline('Kiểm tra: Hằng năm; Tổng kết: Năm 2030')).toMatchObject({
      text: 'Kiểm tra: Hằng năm; Tổng kết: Năm 2030',
      kind: 'milestones',
      milestones: [{label: 'Kiểm tra'}, {label: 'Tổng kết'}]
    })
    expect(parseTimeline('Tháng 12/2026')).toMatchObject({kind: 'period', to: '2026-12-31'})
    expect(parseTimeline('Quý IV/2026')).toMatchObject({kind: 'period', from: '2026-10-01'})
    expect(parseTimeline('Ngày 29/02/2028')).toMatchObject({from: '2028-02-29'})
  })
})
