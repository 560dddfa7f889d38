// The bounds on a diff's work (docs/robustness.md): sibling lists too long to score every pair are
// aligned within a band, with a note; two texts too different to align word by word within the
// budget are one deletion and one insertion. Below the bounds nothing changes.
import {describe, expect, it} from 'vitest'
import {completePlan, type Plan} from '@kehoach/model'
import {diffPlans} from '@kehoach/diff'
import {MAX_PAIRS} from '../src/lib/align.js'
import {wordSegments} from '../src/lib/diff.js'

const UNITS = ['Sở Tư pháp', 'Sở Nội vụ', 'Công an tỉnh', 'Sở Tài chính', 'Hội Luật gia tỉnh']

/** A word of letters only for `value` ("ba", "bb", …): numbers alone do not tell tasks apart. */
const word = (value: number) =>
  Array.from(value.toString(26).padStart(2, '0'), (digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join(
    ''
  )

/** A plan with `count` sibling tasks, each its own words. */
function planOf(count: number): Plan {
  return completePlan({
    meta: {issuer: 'Ủy ban nhân dân tỉnh Thử', number: '5/KH-UBND', date: '2026-04-01', title: 'Kế hoạch thử'},
    tasks: Array.from({length: count}, (_, index) => ({
      title: `Tuyên truyền ${word(index)} ${word((index * 7919) % 9973)}`,
      lead: [UNITS[index % UNITS.length] as string]
    }))
  })
}

describe('aligning long lists of sibling tasks', () => {
  it(`${MAX_PAIRS} pairs or fewer: every pair scored, no note`, () => {
    const report = diffPlans(planOf(500), planOf(500))
    expect(report.changes).toEqual([])
    expect(report.messages).toBeUndefined()
  })

  it('past it: aligned near their places, one note for the list, the same answer for a plan and itself plus one task', () => {
    const report = diffPlans(planOf(500), planOf(501), {newFile: 'moi.yaml'})
    expect(report.summary).toEqual({added: 1, removed: 0, changed: 0, renumbered: 0})
    expect(report.messages?.map((message) => [message.ruleId, message.file])).toEqual([
      ['diff-alignment-bounded', 'moi.yaml']
    ])
    expect(report.messages?.[0]?.reason).toContain('500 nhiệm vụ cùng cấp ở bản cũ và 501 ở bản mới')
  })
})

describe('pairing edited paragraphs of long lists', () => {
  /** Purposes, each its own words; `edit` appends a word to each. */
  const planWith = (count: number, edit: string) =>
    completePlan({
      meta: {issuer: 'Ủy ban nhân dân tỉnh Thử'},
      purposes: Array.from(
        {length: count},
        (_, index) => `Nâng cao ${word(index)} ${word((index * 7919) % 9973)}${edit}`
      ),
      tasks: []
    })

  it(`${MAX_PAIRS} pairs or fewer: every removed paragraph against every added one, no note`, () => {
    const report = diffPlans(planWith(500, ''), planWith(500, ' mới'))
    expect(report.changes[0]?.fields?.map((field) => field.field)).toEqual(Array(500).fill('text'))
    expect(report.messages).toBeUndefined()
  })

  it('past it: each compared with the added paragraphs near its place, the same pairs, one note for the list', () => {
    const report = diffPlans(planWith(600, ''), planWith(600, ' mới'), {newFile: 'moi.yaml'})
    const fields = report.changes[0]?.fields ?? []
    expect(fields.map((field) => field.field)).toEqual(Array(600).fill('text'))
    expect(fields.every((field) => (field.new as string) === `${field.old as string} mới`)).toBe(true)
    expect(report.messages?.map((message) => [message.ruleId, message.file])).toEqual([
      ['diff-paragraphs-bounded', 'moi.yaml']
    ])
    expect(report.messages?.[0]?.reason).toContain('Mục đích: 600 đoạn bỏ và 600 đoạn thêm')
  })
})

describe('word by word', () => {
  const words = (count: number, stem: string) =>
    Array.from({length: count}, (_, index) => `${stem}${index % 97}`).join(' ')

  it('small texts: the words that changed', () => {
    expect(wordSegments('Sở Tư pháp chủ trì', 'Sở Nội vụ chủ trì')).toEqual([
      {op: 'equal', text: 'Sở'},
      {op: 'delete', text: ' Tư pháp'},
      {op: 'insert', text: ' Nội vụ'},
      {op: 'equal', text: ' chủ trì'}
    ])
  })

  it('two long texts that share nothing: one deletion and one insertion, each whole', () => {
    const before = words(3000, 'cũ')
    const after = words(3000, 'mới')
    expect(wordSegments(before, after)).toEqual([
      {op: 'delete', text: before},
      {op: 'insert', text: after}
    ])
  })

  it('two long texts that differ in a few words: those words', () => {
    const before = words(3000, 'từ')
    const after = before.replace('từ5 ', 'chữ5 ')
    expect(wordSegments(before, after).filter((part) => part.op !== 'equal')).toEqual([
      {op: 'delete', text: ' từ5'},
      {op: 'insert', text: ' chữ5'}
    ])
  })
})
