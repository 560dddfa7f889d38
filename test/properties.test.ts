// Property-based tests (fast-check) over generated plans: lossless round trips through
// YAML and Markdown, and a DOCX that keeps every task title, agency and timeline; plus a
// seeded mutator over the real corpus. Runs scale with KEHOACH_PROPERTY_RUNS (a factor,
// default 1; the stress suite runs this file with 5, and holds each run to 2 s):
// `KEHOACH_PROPERTY_RUNS=20 pnpm test test/properties.test.ts` for a longer run.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {completePlan, fromJson, fromYaml, toJson, toYaml, walkTasks, type Plan} from '@kehoach/model'
import {agencyName, normalizeString} from '@kehoach/vietnamese'
import {fromMarkdown, parseText, toMarkdown} from '@kehoach/text'
import {parseNews} from '../packages/text/src/news/read.js'
import {planToDocx} from '@kehoach/docx'
import {all, parse, parts, textOf} from './ooxml.js'
import {present, read} from './corpus.js'
import {canonical} from './canonical.js'
import {cpuNow} from './growth.js'

const factor = Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? '1') || 1
const runs = (base: number) => Math.max(1, Math.round(base * factor))
/** Time for a property test: generous, and growing with the number of runs. */
const budget = 60_000 * factor
/** The stress suite (vitest.stress.config.ts) also holds each generated input to 2 s of CPU time (a loaded machine does not add to it; every input takes well under 0.1 s); `pnpm test` has no time limits. */
const timed = process.env['KEHOACH_STRESS'] === '1'

const WORDS = [
  'tổ chức',
  'hội thi',
  'hòa giải viên',
  'giỏi',
  'tập huấn',
  'bồi dưỡng',
  'kiến thức',
  'pháp luật',
  'kỹ năng',
  'cơ sở',
  'truyền thông',
  'ứng dụng',
  'công nghệ thông tin',
  'kiện toàn',
  'đội ngũ',
  'tập huấn viên',
  'cấp tỉnh',
  'cấp xã',
  'kiểm tra',
  'sơ kết',
  'tổng kết',
  'khen thưởng',
  'điển hình',
  'mô hình',
  'người dân',
  'vùng đồng bào',
  'dân tộc thiểu số',
  'biên giới',
  'tài liệu',
  'xã hội hóa'
]
const AGENCIES = [
  'Sở Tư pháp',
  'UBND các huyện, thành phố',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Công an tỉnh',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Các cơ quan, tổ chức có liên quan',
  'Hội Luật gia tỉnh',
  'Đoàn Luật sư tỉnh',
  'Sở Tài chính',
  'Ủy ban nhân dân các xã, phường'
]
const TIMELINES = [
  'Hằng năm',
  'Năm 2026',
  'Tháng 6/2026',
  'Năm 2026 - 2030',
  'Quý IV/2026',
  'Thường xuyên',
  'Kiểm tra: Hằng năm; Sơ kết: Năm 2027; Tổng kết: Năm 2030'
]

/** Words of administrative Vietnamese: every vowel with every tone, đ, capitals, abbreviations. */
const VIETNAMESE = [
  'Ủy',
  'ban',
  'nhân',
  'dân',
  'tỉnh',
  'Đắk',
  'Lắk',
  'quyết',
  'định',
  'hòa',
  'giải',
  'viên',
  'người',
  'tộc',
  'thiểu',
  'số',
  'ứng',
  'dụng',
  'kỹ',
  'năng',
  'bồi',
  'dưỡng',
  'trường',
  'hợp',
  'phường',
  'xã',
  'huyện',
  'thị',
  'trấn',
  'Mặt',
  'trận',
  'Tổ',
  'quốc',
  'Việt',
  'Nam',
  'khuyến',
  'khích',
  'đảm',
  'bảo',
  'giữ',
  'gìn',
  'ổn',
  'gửi',
  'tặng',
  'ưu',
  'tiên',
  'ỷ',
  'lại',
  'ẩn',
  'họa',
  'thuở',
  'khỏe',
  'UBND',
  'HĐND',
  'Sở',
  'Tư',
  'pháp',
  'ĐỀ',
  'ÁN',
  'NHIỆM',
  'VỤ',
  'Cơ',
  'quan',
  'chủ',
  'trì',
  'phối',
  'kinh',
  'phí',
  'năm',
  'tháng',
  'quý'
]
/** Numbers and labels as they stand in plans: at a line start they look like new items. */
const NUMBERS = [
  '1.5',
  '1,5',
  '2026',
  '15%',
  '1.000.000',
  '2024 - 2030',
  '01/7/2025',
  'IV',
  'XII.',
  '315/QĐ-TTg',
  'Điều 5.',
  'a)',
  'đ)',
  'I.',
  'II.',
  '1.',
  '2)',
  '1.2.',
  '3.1',
  '•'
]
/** Markdown's special characters and constructs, alone and as a viewer would run them. */
const MARKUP = [
  '*',
  '**',
  '_',
  '__',
  '[',
  ']',
  '(',
  ')',
  '#',
  '##',
  '>',
  '-',
  '+',
  '|',
  '\\',
  '`',
  '```',
  '~',
  '~~~',
  '<',
  '!',
  '![x](y)',
  '[a](b)',
  '<img src=x onerror=alert(1)>',
  '<!-- ghi chú -->',
  '<b>',
  '</b>',
  '&amp;',
  '&#8226;',
  '---',
  '***',
  '===',
  '[x]:',
  '* ',
  '- ',
  '+ ',
  '1)',
  '#1',
  'a_b',
  '*nghiêng*'
]
const word = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...VIETNAMESE)},
  {weight: 2, arbitrary: fc.constantFrom(...NUMBERS)},
  {weight: 2, arbitrary: fc.constantFrom(...MARKUP)},
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...VIETNAMESE), fc.constantFrom(...MARKUP), fc.constantFrom(...VIETNAMESE))
      .map((parts) => parts.join(''))
  }
)
/** A line of text from all of that: normalised as every reader normalises it, never empty. */
const sentence = fc
  .array(word, {minLength: 1, maxLength: 10})
  .map((words) => normalizeString(words.join(' ')))
  .filter((text) => text.length > 0)
/** What the readers' normalisation would change, as a plan may hold it (YAML keeps words as written). */
const UNNORMALISED = ['\u00a0\u00a0', '  ', ' "trích dẫn" ', ' – ', '\u00a0—\u00a0', ' „x‟ ', '\t']
/** A sentence with such words inside it. */
const inner = fc
  .tuple(sentence, fc.constantFrom(...UNNORMALISED), sentence)
  .map(([head, middle, tail]) => `${head}${middle}${tail}`)
/** A line as written: such words inside it, spaces or NBSP at its start and end. */
const written = fc
  .tuple(fc.constantFrom('', ' ', '   ', '\u00a0'), inner, fc.constantFrom('', ' ', '\u00a0\u00a0'))
  .map((parts) => parts.join(''))
const body = fc.array(sentence, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))
const agencies = fc.uniqueArray(
  fc.constantFrom(
    ...AGENCIES,
    '- Sở Nội vụ',
    '* Công an tỉnh',
    'Sở <b>Y tế</b>',
    'Sở Tài_chính',
    'Hội "Luật gia" tỉnh',
    'Hội «Luật gia» tỉnh',
    'Báo “Ninh Bình”',
    "Câu lạc bộ 'Hòa giải'",
    'Hội\u00a0\u00a0Nông dân tỉnh'
  ),
  {maxLength: 3}
)

interface TaskData {
  title: string
  body?: string
  lead: string[]
  support: string[]
  timeline?: string
  children: TaskData[]
}

const task: fc.Memo<TaskData> = fc.memo((depth: number) =>
  fc
    .record({
      title: fc.oneof({weight: 4, arbitrary: sentence}, {weight: 1, arbitrary: inner}),
      lead: agencies,
      support: agencies,
      timeline: fc.option(fc.constantFrom(...TIMELINES), {nil: undefined}),
      body: fc.option(body, {nil: undefined}),
      children: depth > 1 ? fc.array(task(depth - 1), {maxLength: 3}) : fc.constant([])
    })
    .map((value) => {
      const result: TaskData = {title: value.title, lead: value.lead, support: value.support, children: value.children}
      if (value.timeline) result.timeline = value.timeline
      if (value.body) result.body = value.body
      return result
    })
)

const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    province: fc.constantFrom('Ninh Bình', 'Lào Cai', 'Hưng Yên', 'Đắk Lắk', 'Cà Mau'),
    number: fc.integer({min: 1, max: 999}),
    month: fc.integer({min: 1, max: 12}),
    day: fc.integer({min: 1, max: 28}),
    title: sentence,
    preamble: fc.array(written, {maxLength: 2}),
    purposes: fc.array(sentence, {maxLength: 2}),
    tasks: fc.array(task(3), {minLength: 1, maxLength: 6}),
    funding: fc.array(sentence, {maxLength: 2}),
    recipients: fc.uniqueArray(fc.constantFrom('Bộ Tư pháp', 'Thường trực Tỉnh ủy', 'Các sở, ban, ngành', 'Lưu: VT'), {
      maxLength: 4
    })
  })
  .map((value) =>
    completePlan({
      meta: {
        issuer: `Ủy ban nhân dân tỉnh ${value.province}`,
        number: `${value.number}/KH-UBND`,
        place: value.province,
        date: `2026-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`,
        title: value.title
      },
      preamble: value.preamble.map((text) => ({text})),
      purposes: value.purposes.map((text) => `${text}.`),
      tasks: value.tasks,
      funding: value.funding.map((text) => `${text}.`),
      recipients: value.recipients
    })
  )

describe('round trips over generated plans', () => {
  it(
    'YAML → plan → YAML is lossless',
    () => {
      fc.assert(
        fc.property(planArbitrary, (plan) => {
          const {plan: back, messages} = fromYaml(toYaml(plan))
          expect(messages.filter((message) => message.fatal)).toEqual([])
          expect(canonical(back)).toEqual(canonical(plan))
          expect(toYaml(back)).toBe(toYaml(plan))
        }),
        {numRuns: runs(200), seed: 20261121}
      )
    },
    budget
  )

  it(
    'plan → Markdown → plan is lossless',
    () => {
      fc.assert(
        fc.property(planArbitrary, (plan) => {
          const {plan: back, messages} = fromMarkdown(toMarkdown(plan))
          expect(messages.filter((message) => message.fatal)).toEqual([])
          expect(canonical(back)).toEqual(canonical(plan))
        }),
        {numRuns: runs(80), seed: 20261121}
      )
    },
    2 * budget
  )

  it(
    'plan → DOCX keeps every task title, agency and timeline',
    async () => {
      await fc.assert(
        fc.asyncProperty(planArbitrary, async (plan) => {
          const doc = parse(parts(await planToDocx(plan))['word/document.xml'] as string)
          const text = all(doc, 'p').map(textOf).join('\n')
          for (const {task: item} of walkTasks(plan.tasks)) {
            expect(text).toContain(item.title)
            for (const agency of [...item.lead, ...item.support]) expect(text).toContain(agencyName(agency))
            if (item.timeline?.kind === 'milestones')
              for (const milestone of item.timeline.milestones ?? [])
                expect(text).toContain(`${milestone.label}: ${milestone.timeline.text}`)
            else if (item.timeline) expect(text).toContain(item.timeline.text)
          }
        }),
        {numRuns: runs(25), seed: 20261121}
      )
    },
    budget
  )
})

describe.runIf(present)('fuzzing the real text reader (seeded mutations of the corpus)', () => {
  const documents = [
    'vinh-phuc-147-kh-ubnd-2024.txt',
    'ha-noi-183-kh-ubnd-2025.news.txt',
    'bac-giang-2363-kh-ubnd-2019.news.txt'
  ].map(read)
  const mutation = fc.oneof(
    fc.record({kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({min: 1, max: 20})}),
    fc.record({kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({min: 1, max: 20})}),
    fc.record({kind: fc.constant('swap' as const), at: fc.nat(), count: fc.nat()}),
    fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({unit: 'grapheme', maxLength: 80})}),
    fc.record({kind: fc.constant('cut' as const), at: fc.nat(), count: fc.constant(0)})
  )
  it(
    'never throws, always returns a plan, and stays fast',
    () => {
      fc.assert(
        fc.property(
          fc.nat({max: documents.length - 1}),
          fc.array(mutation, {minLength: 1, maxLength: 12}),
          (which, mutations) => {
            let lines = (documents[which] as string).split('\n')
            for (const change of mutations) {
              const at = change.at % Math.max(1, lines.length)
              if (change.kind === 'delete') lines.splice(at, change.count)
              else if (change.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + change.count))
              else if (change.kind === 'swap') {
                const other = change.count % Math.max(1, lines.length)
                ;[lines[at], lines[other]] = [lines[other] as string, lines[at] as string]
              } else if (change.kind === 'insert') lines.splice(at, 0, change.text)
              else lines = lines.slice(0, at)
            }
            const started = cpuNow()
            const {plan, messages} = parseText(lines.join('\n'))
            expect(plan).toBeDefined()
            expect(Array.isArray(messages)).toBe(true)
            if (timed) expect(cpuNow() - started, 'ms of CPU time').toBeLessThan(2000)
          }
        ),
        {numRuns: runs(150), seed: 20261121}
      )
    },
    budget
  )
})

// The authoring readers on input built from each format's own alphabet: never a throw,
// always a plan and a list of messages, promptly.
describe('fuzzing the YAML and JSON readers', () => {
  const words = fc.constantFrom(...VIETNAMESE, ...NUMBERS)
  const YAML_TOKENS = [
    'meta',
    'tasks',
    'title',
    'issuer',
    'lead',
    'children',
    'timeline',
    'targets',
    ':',
    ': ',
    '- ',
    '? ',
    '\n',
    '\n  ',
    '\n    ',
    '  ',
    '\t',
    '&a ',
    '*a',
    '<<: *a',
    '!!str ',
    '!!js/function ',
    '!!binary ',
    '!<tag:x> ',
    '|',
    '|-',
    '>',
    "'",
    '"',
    '#',
    '{',
    '}',
    '[',
    ']',
    ',',
    '---',
    '...',
    '%YAML 1.2\n',
    '%TAG ! tag:x,2000:\n',
    'null',
    '~',
    'true',
    'no',
    '2026-01-01',
    '0x1F',
    '.inf',
    '1e999',
    '__proto__',
    '\\',
    '@',
    '`',
    '\u00a0',
    '\uFEFF'
  ]
  const JSON_TOKENS = [
    '{',
    '}',
    '[',
    ']',
    ':',
    ',',
    '"',
    '\\',
    '\\u0000',
    '\\ud800',
    '\\"',
    '"meta"',
    '"tasks"',
    '"title"',
    '"issuer"',
    '"lead"',
    '"children"',
    '"__proto__"',
    'true',
    'false',
    'null',
    '0',
    '-1',
    '1e999',
    '1.5',
    '-0',
    ' ',
    '\n',
    '\t',
    '//',
    '/*',
    "'",
    'NaN',
    '\uFEFF'
  ]
  const from = (tokens: readonly string[]) =>
    fc
      .array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...tokens)}, {weight: 1, arbitrary: words}), {
        minLength: 0,
        maxLength: 200
      })
      .map((parts) => parts.join(''))
  // Valid documents, then cut or spliced: close to real files, far from valid ones.
  const skeleton = (json: boolean) =>
    fc
      .tuple(
        fc.array(fc.constantFrom(...VIETNAMESE), {minLength: 1, maxLength: 4}),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...(json ? JSON_TOKENS : YAML_TOKENS))
      )
      .map(([title, cut, at, token]) => {
        const plan = completePlan({
          meta: {issuer: 'Ủy ban nhân dân tỉnh Cà Mau', title: title.join(' ')},
          tasks: [{title: title.join(' '), lead: ['Sở Tư pháp']}]
        })
        const text = json ? toJson(plan) : toYaml(plan)
        const where = at % (text.length + 1)
        return `${text.slice(0, where)}${token}${text.slice(where, text.length - (cut % Math.max(1, text.length - where)))}`
      })
  it.each([
    ['YAML', fromYaml, fc.oneof(from(YAML_TOKENS), skeleton(false))],
    ['JSON', fromJson, fc.oneof(from(JSON_TOKENS), skeleton(true))]
  ] as const)(
    '%s: never throws, always a plan plus messages, promptly',
    (_, read, input) => {
      fc.assert(
        fc.property(input, (text) => {
          const started = cpuNow()
          const {plan, messages} = read(text, {file: 'fuzz'})
          expect(plan).toBeDefined()
          expect(Array.isArray(plan.tasks)).toBe(true)
          expect(Array.isArray(messages)).toBe(true)
          for (const message of messages) expect(message.ruleId).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/u)
          if (timed) expect(cpuNow() - started, 'ms of CPU time').toBeLessThan(2000)
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
        }),
        {numRuns: runs(500), seed: 20261126}
      )
    },
    budget
  )
})

// The document, news and Markdown readers on input built from what their own patterns look for:
// markers, field labels, header lines, references, targets, dates, agencies, table pipes,
// portal markup and Markdown syntax. Never a throw; a plan and located one-line messages, promptly.
describe('fuzzing the text, news and Markdown readers from their own alphabets', () => {
  const TEXT_TOKENS = [
    'I. ',
    'II. ',
    '1. ',
    '1000. ',
    '2025. ',
    '1.2. ',
    'a) ',
    'đ) ',
    '(1) ',
    '- ',
    '+ ',
    '* ',
    '• ',
    'Điều 1. ',
    'PHẦN I ',
    'A. ',
    '\n',
    '\n\n',
    ' ',
    '|',
    ' | ',
    '**',
    '*',
    '#',
    '\\',
    'ỦY BAN NHÂN DÂN',
    'TỈNH NINH BÌNH',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 147/KH-UBND',
    'Số:',
    'KẾ HOẠCH',
    'Ninh Bình, ngày 2 tháng 3 năm 2025',
    'Kính gửi:',
    'Nơi nhận:',
    '- Như trên;',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Căn cứ ',
    'Thực hiện ',
    'Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ',
    'về “',
    '”',
    'Luật Hòa giải ở cơ sở ',
    'MỤC ĐÍCH, YÊU CẦU',
    'NHIỆM VỤ',
    'TỔ CHỨC THỰC HIỆN',
    'KINH PHÍ',
    'Mục tiêu',
    'đạt 90%',
    'ít nhất 10%',
    'từ ',
    '01 tập huấn viên/80 tổ hòa giải',
    'Trên đây',
    'Cơ quan chủ trì: ',
    'Đơn vị phối hợp: ',
    'Thời gian thực hiện: ',
    'Sản phẩm: ',
    'Kiểm tra: ',
    '1/1/2020',
    'Quý I/2026',
    'hằng năm',
    '2024 - 2030',
    'Sở Tư pháp',
    'UBND các huyện, thành phố',
    'Ủy ban nhân dân tỉnh',
    '(Sở Tư pháp tham mưu)',
    'giao ',
    'chủ trì, phối hợp với ',
    'có trách nhiệm',
    'và ',
    ', ',
    '; ',
    '. ',
    ': ',
    'Phụ lục',
    'TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian',
    '|---|---|',
    '---\n',
    '> ',
    '```',
    '[',
    ']',
    '(',
    ')',
    '<img onerror=x>',
    '<!--',
    '_',
    '`',
    '=\n',
    '&amp;',
    '\u00a0',
    '\uFEFF',
    'hoà',
    'a\u0301'
  ]
  const words = fc.constantFrom(...VIETNAMESE, ...NUMBERS)
  const input = fc
    .array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...TEXT_TOKENS)}, {weight: 1, arbitrary: words}), {
      minLength: 0,
      maxLength: 300
    })
    .map((parts) => parts.join(''))
  it.each([
    ['parseText', (text: string) => parseText(text, {file: 'fuzz'})],
    ['parseNews', (text: string) => parseNews(text, {file: 'fuzz'})],
    ['fromMarkdown', (text: string) => fromMarkdown(text, {file: 'fuzz'})]
  ] as const)(
    '%s: never throws, always a plan plus one-line messages, promptly',
    (_, read) => {
      fc.assert(
        fc.property(input, (text) => {
          const started = cpuNow()
          const {plan, messages} = read(text)
          expect(Array.isArray(plan.tasks)).toBe(true)
          for (const message of messages) {
            expect(message.ruleId).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/u)
            expect(message.reason).not.toMatch(/\n/u)
          }
          if (timed) expect(cpuNow() - started, 'ms of CPU time').toBeLessThan(2000)
        }),
        {numRuns: runs(300), seed: 20261126}
      )
    },
    budget
  )
})
