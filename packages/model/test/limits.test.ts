// Structure read from words has a ceiling no real plan reaches, so that a text repeating one
// pattern cannot make the output a hundred times its size (issue #14). The words stay as written.
import {describe, expect, it} from 'vitest'
import {emptyPlan, extractTargets, MAX_TARGETS, statedTargets, targetDiagnostics, type Plan} from '@kehoach/model'
import {findReferences} from '@kehoach/vietnamese'

const objectives = (text: string): Plan => ({...emptyPlan(), objectives: [{text}]})

describe('targets read from words', () => {
  it('extractTargets stops at its limit, inside one clause too', () => {
    expect(extractTargets('đạt 90% '.repeat(50), {limit: 7})).toHaveLength(7)
    expect(extractTargets('đạt 90%; '.repeat(50), {limit: 7})).toHaveLength(7)
    expect(extractTargets('đạt 90%; '.repeat(50))).toHaveLength(50)
  })

  it('a clause with no digit gives nothing, and still leads in to the next with its deadline', () => {
    const found = extractTargets('Mục tiêu đến năm 2030: 100% tổ hòa giải được kiện toàn')
    expect(found[0]?.target).toMatchObject({value: 100, deadline: '2030-12-31'})
    expect(extractTargets('Phấn đấu đến hết năm: tỷ lệ 90% hộ')[0]?.target.deadline).toBeNull()
  })

  it(`at most ${MAX_TARGETS} targets come from a plan's words, and it says when there were more`, () => {
    expect(statedTargets(objectives('đạt 90% '.repeat(MAX_TARGETS)))).toMatchObject({more: false})
    const many = statedTargets(objectives('đạt 90% '.repeat(MAX_TARGETS + 1)))
    expect(many.targets).toHaveLength(MAX_TARGETS)
    expect(many.more).toBe(true)
    const plan = {
      ...emptyPlan(),
      purposes: [{text: 'đạt 80%; '.repeat(600)}],
      objectives: [{text: 'đạt 90%; '.repeat(600)}]
    }
    expect(statedTargets(plan).targets.map((target) => target.value)).toEqual([
      ...Array(600).fill(80),
      ...Array(400).fill(90)
    ])
  })

  it('targetDiagnostics warns once when the words state too many, and quotes at most ten of them in a message', () => {
    const plan = objectives('đạt 90%; '.repeat(MAX_TARGETS + 5))
    plan.targets = [{text: 'tỷ lệ', value: 50, unit: '%', comparator: '>=', subject: null, deadline: null}]
    const messages = targetDiagnostics(plan)
    expect(messages.filter((message) => message.ruleId === 'too-many-targets')).toHaveLength(1)
    const disagree = messages.find((message) => message.ruleId === 'targets-disagree')
    expect(disagree?.reason).toContain(`(và ${MAX_TARGETS - 10} chỉ tiêu khác)`)
    expect(disagree?.reason.split('“đạt 90%”')).toHaveLength(11)
  })

  it('targets stated and targets written are matched by key: the same answers as one by one', () => {
    const plan = objectives('tỷ lệ hòa giải thành đạt 90%; ít nhất 70% hòa giải viên được tập huấn')
    plan.targets = [
      {text: 'hòa giải thành', value: 90, unit: '%', comparator: '=', subject: null, deadline: null},
      {text: 'tập huấn', value: 80, unit: '%', comparator: '>=', subject: null, deadline: null}
    ]
    const messages = targetDiagnostics(plan)
    expect(messages.map((message) => message.ruleId)).toEqual(['targets-disagree', 'targets-unstated'])
    expect(messages[0]?.reason).toContain('“tỷ lệ hòa giải thành đạt 90%”; “ít nhất 70% hòa giải viên được tập huấn”')
  })
})

describe('reference titles', () => {
  // The pattern the title was read with before (a lazy scan to the closing quote that a run of
  // references retried over the whole window each time), kept here as the reference answer.
  const BEFORE =
    /^\s*,?\s*((?:về việc|về|phê duyệt|ban hành|quy định|hướng dẫn)\s[^;]*?”|(?:về việc|về)\s[^;:,.]*(?:,\s\p{Ll}[^;:,.]*)*)/u
  const PIECES = [
    'về ',
    'về việc ',
    'phê duyệt ',
    'ban hành ',
    ', ',
    ' ',
    ';',
    '”',
    '“',
    'kế hoạch',
    'Đề án',
    ', ngày 1/2/2024',
    '.',
    ':',
    '\n',
    'Quyết định 1/QĐ-TTg '
  ]

  it('reads the same title as the old pattern on 3,000 generated tails', () => {
    let seed = 7
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
    for (let run = 0; run < 3_000; run++) {
      // A tail that starts as a title would, or with a word (no date or issuer right after the number).
      const tail =
        (next() % 2 ? PIECES[next() % 4] : 'x ') +
        Array.from({length: next() % 12}, () => PIECES[next() % PIECES.length]).join('')
      const text = `Quyết định số 315/QĐ-TTg ${tail}`
      const expected = BEFORE.exec(tail)
      const title = findReferences(text)[0]?.ref.title
      const want = expected
        ? (expected[1] as string)
            .replace(/,\s*ngày\s+\d.*$/su, '')
            .slice(0, 200)
            .trim()
        : undefined
      expect({tail, title}).toEqual({tail, title: want})
    }
  })

  it('a run of 20,000 “Quyết định 1/A về “” reads each reference once, each with its own title', () => {
    const found = findReferences('Quyết định 1/A về “'.repeat(20_000))
    expect(found).toHaveLength(20_000)
    expect(found[0]?.ref.title?.startsWith('về “Quyết định 1/A')).toBe(true)
  })
})
