// Issue 29: a word diff read by a person keeps the text's spacing: no space before a comma or a
// closing bracket, none after an opening one (the terminal, the Markdown memo; the web app's twin
// is packages/web/src/compare-view.tsx).
import {describe, expect, it} from 'vitest'
import {completePlan} from '@kehoach/model'
import {diffPlans, diffToMarkdown, diffToText} from '@kehoach/diff'

const planWith = (title: string, timeline: string) =>
  completePlan({
    meta: {issuer: 'Ủy ban nhân dân tỉnh Sơn Lâm', number: '7/KH-UBND', date: '2026-03-02'},
    tasks: [{label: '1.', title, lead: ['Sở Tư pháp'], timeline}]
  })

describe('word diffs as prose spaces them', () => {
  const report = diffPlans(
    planWith('Tổ chức hội thi hòa giải viên giỏi cấp tỉnh', 'Quý I/2026'),
    planWith('Tổ chức hội thi hòa giải viên giỏi cấp tỉnh, cấp xã (hằng năm)', 'Quý II/2026')
  )

  it('the terminal', () => {
    const text = diffToText(report)
    expect(text).toContain('giỏi cấp tỉnh{+, cấp xã (hằng năm)+}')
    expect(text).toContain('Quý [-I-] {+II+}/2026')
  })

  it('the Markdown memo, where a strong mark can open there', () => {
    const memo = diffToMarkdown(report)
    expect(memo).toContain('Quý ~~I~~ **II**/2026')
    // "**" right after a letter and before a comma opens no strong emphasis: the space stays.
    expect(memo).toContain('giỏi cấp tỉnh **, cấp xã (hằng năm)**')
  })
})

describe('the Markdown memo escapes the words both versions share', () => {
  it('markup in unchanged words and in milestone labels is text, a control character a space', () => {
    const memo = diffToMarkdown(
      diffPlans(
        planWith('Tổ chức *hội thi* [cấp]\rtỉnh', 'Sơ kết_\r: Quý I/2026'),
        planWith('Tổ chức *hội thi* [cấp]\rtỉnh hằng năm', 'Sơ kết_\r: Quý II/2026')
      )
    )
    expect(memo).toContain('Tổ chức \\*hội thi\\* \\[cấp\\] tỉnh **hằng năm**')
    expect(memo).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u)
  })
})
