// The Markdown round trip gives back every lead and support agency as written (issue 27, the blind
// tester's break 10): a name with quotes of any kind, parentheses, commas, semicolons or the words
// "tham mưu" / "chủ trì" of its own comes back with the same words and the same advisor and duty.
// The writer never changes the words: it puts quotes beside them, and the reader takes them off.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {completePlan, fromYaml, stripPositions, type Agency, type Plan} from '@kehoach/model'
import {fromMarkdown, toMarkdown} from '@kehoach/text'

/** A plan of one task with these agencies. */
function planWith(lead: Agency[], support: Agency[] = []): Plan {
  return completePlan({
    meta: {issuer: 'UBND tỉnh A', number: '1/KH-UBND', date: '2026-01-15', title: 'Kế hoạch thử'},
    tasks: [{title: 'Tập huấn hòa giải viên', lead, support}]
  })
}

/** The task's agencies after Markdown and back, without positions. */
function roundTrip(plan: Plan): {lead: Agency[]; support: Agency[]} {
  const back = stripPositions(fromMarkdown(toMarkdown(plan)).plan)
  return {lead: back.tasks[0]?.lead ?? [], support: back.tasks[0]?.support ?? []}
}

const yaml = (name: string) => `meta:
  docType: ke-hoach
  issuer: UBND tỉnh A
  number: 1/KH-UBND
  date: 2026-01-15
  title: Kế hoạch thử
sections:
  - {label: I, title: NHIỆM VỤ, role: tasks}
tasks:
  - title: Tập huấn hòa giải viên
    lead:
      - name: ${JSON.stringify(name)}
        advisor: Sở Tư pháp
`

describe('the tester’s cases: a lead with an advisor, read from YAML', () => {
  for (const name of ['"q"', '“q”', '"Sở A"', 'q (Sở A tham mưu)']) {
    it(name, () => {
      const plan = fromYaml(yaml(name)).plan
      expect(stripPositions(plan).tasks[0]?.lead).toEqual([{name, advisor: 'Sở Tư pháp'}])
      expect(roundTrip(plan).lead).toEqual([{name, advisor: 'Sở Tư pháp'}])
    })
  }
})

describe('names that hold what the reader takes for structure', () => {
  const cases: Agency[] = [
    'Báo “Ninh Bình” (bản điện tử)',
    'q”',
    '“q',
    '”q“',
    'Sở A; Sở B',
    'Sở A, Sở B',
    'Sở A và Sở B',
    'Hội (Luật gia',
    'Hội) Luật gia',
    'Sở A chủ trì',
    {name: 'Sở A (Sở B tham mưu)', advisor: 'Sở C (Sở D tham mưu)'},
    {name: 'Sở A', advisor: 'Sở B, Sở C; Sở D'},
    {name: '«Sở A', advisor: '“Sở B', note: 'kiện toàn (đội ngũ'},
    {name: 'UBND tỉnh', note: 'chủ trì, tham mưu; “x'}
  ]
  for (const agency of cases) {
    it(JSON.stringify(agency), () => {
      expect(roundTrip(planWith([agency], [agency]))).toEqual({lead: [agency], support: [agency]})
    })
  }
})

/** Pieces of names: words, the words fields are read by, and every kind of quote, bracket and separator. */
const PIECES = [
  'Sở',
  'Tư pháp',
  'q',
  'A',
  'tỉnh',
  'UBND',
  'các huyện',
  'thành phố',
  'tham mưu',
  'chủ trì',
  'phối hợp',
  'và',
  'kiện toàn',
  '"',
  "'",
  '“',
  '”',
  '„',
  '‟',
  '‘',
  '’',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '』',
  '(',
  ')',
  ',',
  ';',
  '.',
  '-',
  ':'
]
/** Whether every `closer` in `text` closes an `opener` before it, and every opener is closed. */
function balanced(text: string, [opener, closer]: string): boolean {
  let depth = 0
  for (const character of text) {
    if (character === opener) depth++
    else if (character === closer && --depth < 0) return false
  }
  return depth === 0
}

/**
 * A name: pieces run together or with a space between, never empty, no space at its ends. The
 * writer's one limit (docs/rules.md): a name whose own quotes leave none of «…», 「…」, 『…』
 * balanced, and “…” neither, has no quotes to stand in; such names are left out here.
 */
const name = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ')), {minLength: 1, maxLength: 8})
  .map((parts) => parts.map(([piece, space]) => piece + space).join(''))
  .map((text) => text.trim())
  .filter((text) => text.length > 0 && ['«»', '「」', '『』'].some((pair) => balanced(text, pair)))
const agency: fc.Arbitrary<Agency> = fc.oneof(
  name,
  fc
    .record({name, advisor: fc.option(name, {nil: undefined}), note: fc.option(name, {nil: undefined})})
    .map(({name, advisor, note}) => {
      const detail: Exclude<Agency, string> = {name}
      if (advisor) detail.advisor = advisor
      if (note) detail.note = note
      return detail
    })
    .filter((detail) => detail.advisor !== undefined || detail.note !== undefined)
)

/** The words of a list, about as written: a field of 200 characters with a "; " in it is read as sentences (`isProseField`), another limit. */
const short = (list: Agency[]) =>
  list.reduce(
    (sum, each) =>
      sum +
      (typeof each === 'string'
        ? each.length
        : each.name.length + (each.advisor ?? '').length + (each.note ?? '').length) +
      20,
    0
  ) < 200
const list = (minLength: number) => fc.array(agency, {minLength, maxLength: 3}).filter(short)

describe('lists whose names hold what the reader takes for structure', () => {
  const lists: Agency[][] = [
    // A label after a ";" inside a name is the name's words, not the next field.
    ['Sở A; thời gian: năm 2027', 'Sở Tư pháp'],
    ['Sở Tư pháp', 'chủ trì: Sở A'],
    // A quote one name leaves open does not close in the next.
    ['‟„”Sở', '"Sở'],
    [{name: 'Sở', advisor: '«Sở'}, '»'],
    ['“', {name: '; phối hợp:', note: 'Sở'}]
  ]
  for (const list of lists) {
    it(JSON.stringify(list), () => {
      expect(roundTrip(planWith(list, list))).toEqual({lead: list, support: list})
    })
  }
})

describe('generated agency names', () => {
  it('plan → Markdown → plan gives back every lead and support agency as written', () => {
    fc.assert(
      fc.property(list(1), list(0), (lead, support) => {
        expect(roundTrip(planWith(lead, support))).toEqual({lead, support})
      }),
      {numRuns: 300, seed: 20261208}
    )
  })
})
