// The Markdown round trip keeps what a plan says (issue 27): quoted agency names, a title on two
// lines, runs of spaces.
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {fromMarkdown, toMarkdown} from '@kehoach/text'

const yaml = `meta:
  docType: ke-hoach
  issuer: UBND tỉnh A
  number: 1/KH-UBND
  date: 2026-01-15
  title: "Dòng một\\nDòng  hai"
sections:
  - {label: I, title: "NHIỆM VỤ,\\nGIẢI  PHÁP", role: tasks}
tasks:
  - title: "Tập   huấn hòa giải viên"
    lead: ['“q”', 'Sở Tư pháp']
    support: ['“Báo X”', '“Đài A” và “Đài B”']
  - title: "Rà soát\\nđối tượng"
    lead: ['Sở Y tế']
`

describe('Markdown round trip', () => {
  const plan = fromYaml(yaml).plan
  const again = fromMarkdown(toMarkdown(plan)).plan

  it('an agency written with its quotes comes back with them, once', () => {
    expect(plan.tasks[0]?.lead).toEqual(['“q”', 'Sở Tư pháp'])
    expect(again.tasks[0]?.lead).toEqual(['“q”', 'Sở Tư pháp'])
    expect(again.tasks[0]?.support).toEqual(['“Báo X”', '“Đài A” và “Đài B”'])
  })

  it('a title on two lines and runs of spaces survive', () => {
    expect(again.tasks.map((task) => task.title)).toEqual(['Tập   huấn hòa giải viên', 'Rà soát\nđối tượng'])
    expect(again.tasks[1]?.body ?? null).toBe(null)
    expect(again.meta.title).toBe('Dòng một\nDòng  hai')
    expect(again.sections?.[0]?.title).toBe('NHIỆM VỤ,\nGIẢI  PHÁP')
  })

  it('a straight-quoted agency comes back with its straight quotes, as written', () => {
    const straight = fromYaml(yaml.replace("'“q”'", `'"q"'`)).plan
    expect(fromMarkdown(toMarkdown(straight)).plan.tasks[0]?.lead[0]).toBe('"q"')
  })
})
