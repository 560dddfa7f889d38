// A YAML plan written as Markdown reads back as the same plan (issue 29): nothing added, nothing lost.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {fromMarkdown, toMarkdown} from '@kehoach/text'

const folder = new URL('../../../examples/', import.meta.url)
const examples = readdirSync(folder).filter((name) => /\.ya?ml$/u.test(name))

/** The plan without source positions (the two files have different lines). */
const withoutPositions = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'position' || key === 'span' ? undefined : item)))

describe('YAML → toMarkdown → fromMarkdown', () => {
  it('there are examples', () => expect(examples.length).toBeGreaterThan(0))
  it.each(examples)('%s reads back as the same plan', (name) => {
    const yaml = fromYaml(readFileSync(new URL(name, folder), 'utf8'), {file: name})
    expect(yaml.messages.filter((message) => message.fatal)).toEqual([])
    const back = fromMarkdown(toMarkdown(yaml.plan), {file: name})
    expect(back.messages.filter((message) => message.fatal)).toEqual([])
    expect(withoutPositions(back.plan)).toEqual(withoutPositions(yaml.plan))
  })
})

describe('numbered lines in a Markdown draft (issue 29)', () => {
  const base = [
    'meta:',
    '  issuer: Ủy ban nhân dân tỉnh Thử',
    '  number: 3/KH-UBND',
    '  date: 2026-02-10',
    '  title: Kế hoạch thử',
    'purposes:',
    '  - {label: "1.", text: Nắm chắc việc được giao.}',
    '  - {label: "2.", text: Làm đúng hạn.}',
    'tasks:',
    '  - title: Rà soát tổ hòa giải',
    '    lead: [Sở Tư pháp]',
    'implementation:'
  ]

  function roundTrip(lines: readonly string[]): string {
    const yaml = fromYaml(`${lines.join('\n')}\n`, {file: 'thu.yaml'})
    expect(yaml.messages.filter((message) => message.fatal)).toEqual([])
    const markdown = toMarkdown(yaml.plan)
    const back = fromMarkdown(markdown, {file: 'thu.md'})
    expect(back.messages.filter((message) => message.fatal)).toEqual([])
    expect(withoutPositions(back.plan)).toEqual(withoutPositions(yaml.plan))
    return markdown
  }

  it('writes "1. Sở Tư pháp:" with no escape where the plain line reads the same', () => {
    const markdown = roundTrip([
      ...base,
      '  - {label: "1.", agency: Sở Tư pháp, duties: Chủ trì theo dõi việc thực hiện.}',
      '  - {label: "2.", agency: Sở Tài chính, duties: Bố trí kinh phí.}'
    ])
    expect(markdown).not.toMatch(/^\d+\\\./mu)
    expect(markdown).toMatch(/^1\. Sở Tư pháp:$/mu)
    expect(markdown).toMatch(/^2\. Sở Tài chính:$/mu)
  })

  it('keeps the escape where a Markdown list would renumber the line', () => {
    const markdown = roundTrip([
      ...base,
      '  - {label: "1.", agency: Sở Tư pháp, duties: Chủ trì., inline: true}',
      '  - {label: "3.", agency: Sở Tài chính, duties: Bố trí kinh phí., inline: true}'
    ])
    expect(markdown).toMatch(/^1\. Sở Tư pháp: Chủ trì\.$/mu)
    expect(markdown).toMatch(/^3\\\. Sở Tài chính:/mu)
  })
})

describe('words as written survive the Markdown round trip', () => {
  const plan = (support: string, preamble: string) =>
    [
      'meta:',
      '  issuer: Ủy ban nhân dân tỉnh Thử',
      '  number: 4/KH-UBND',
      '  date: 2026-03-02',
      '  title: Kế hoạch thử',
      'preamble:',
      `  - ${JSON.stringify(preamble)}`,
      'tasks:',
      '  - title: Tập huấn cho hòa giải viên',
      '    lead: [Sở Tư pháp]',
      `    support: ${support}`
    ].join('\n')
  it.each([
    ['straight quotes in an agency', `['Hội "Luật gia" tỉnh', "Câu lạc bộ 'Hòa giải'"]`, 'Để thực hiện.'],
    ['guillemets and typographic quotes', '["Hội «Luật gia» tỉnh", "Báo “Thử”"]', 'Để thực hiện.'],
    ['an NBSP run in an agency', '["Hội\\u00a0\\u00a0Nông dân tỉnh"]', 'Để thực hiện.'],
    ['leading spaces and NBSP runs in a preamble', '[Công an tỉnh]', '   Để   thực\u00a0\u00a0hiện – "ngay" '],
    ['a tab and a dash in a preamble', '[Công an tỉnh]', 'Để\tthực hiện — ngay']
  ])('%s', (_, support, preamble) => {
    const yaml = fromYaml(plan(support, preamble), {file: 'thu.yaml'})
    expect(yaml.messages.filter((message) => message.fatal)).toEqual([])
    const back = fromMarkdown(toMarkdown(yaml.plan), {file: 'thu.md'})
    expect(withoutPositions(back.plan)).toEqual(withoutPositions(yaml.plan))
    expect(back.plan.tasks[0]).not.toHaveProperty('supportText')
  })
})
