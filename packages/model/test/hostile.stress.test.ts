// Hostile input to the model's field parsers and the YAML/JSON reader (issue #14): each case is
// generated, and each held the parser to time in the square of its input, to a stack overflow or
// to output the size of the input for every match. test/complexity.stress.test.ts holds them to linear time.
import {describe, expect, it} from 'vitest'
import {MAX_AGENCIES} from '../../vietnamese/src/lib/agency.js'
import {MAX_SCHEMA_MESSAGES, schemaErrors, type Locator} from '../src/lib/schema.js'
import {MAX_DEPTH} from '../src/lib/yaml.js'
import {
  completePlan,
  extractTargets,
  fromJson,
  fromYaml,
  lintPlan,
  parseTimeline,
  readYamlData,
  schemaDiagnostics,
  validateSchema
} from '@kehoach/model'
import {findReferences, splitAgencies} from '@kehoach/vietnamese'

/** Past the 256 KB limit of a YAML or JSON text, for the inputs here that test what comes after it. */
const LARGE = {maxSize: 64 * 1024 * 1024}

describe('targets', () => {
  it('a clause of 10,000 "đạt 90%" gives 10,000 targets, each with a short text of its own', () => {
    const found = extractTargets('đạt 90% '.repeat(10_000))
    expect(found).toHaveLength(10_000)
    expect(Math.max(...found.map((item) => item.target.text.length))).toBeLessThanOrEqual(300)
    expect(found[0]?.target).toMatchObject({text: 'đạt 90% đạt', value: 90, comparator: '='})
    expect(found[9_999]?.start).toBe('đạt 90% '.length * 9_999)
  })

  it('a long clause keeps, for each target, the words around its number', () => {
    const filler = 'nội dung khác của đoạn văn '.repeat(20)
    const text = `${filler}, phấn đấu 100% tổ hòa giải được kiện toàn, ${filler}, ít nhất 10% tổ hòa giải có hỗ trợ, ${filler}`
    const found = extractTargets(text)
    expect(found.map((item) => item.target.text)).toEqual([
      'phấn đấu 100% tổ hòa giải được kiện toàn',
      'ít nhất 10% tổ hòa giải có hỗ trợ'
    ])
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.target.text)
    expect(found[1]?.target.comparator).toBe('>=')
  })

  // Issue #13: comparators at the start of a sentence or line, capitalised.
  it.each([
    ['Ít nhất 10% tổ hòa giải có hỗ trợ', '>='],
    ['Trên 90% vụ việc được hòa giải thành', '>'],
    ['Từ 80% trở lên hòa giải viên được tập huấn', '>='],
    ['TỐI THIỂU 70% hòa giải viên', '>='],
    ['Dưới 5% vụ việc phải chuyển', '<'],
    ['Tỷ lệ hòa giải thành Không thấp hơn 85%', '>='],
    ['Phấn đấu đến năm 2030, Tối đa 3% tổ hòa giải chưa kiện toàn', '<=']
  ])('%s', (text, comparator) => {
    expect(extractTargets(text)[0]?.target.comparator).toBe(comparator)
  })

  it('a comparator is a whole word: "thuyền" does not end in "trên"-like noise, "ơn hơn" is not "hơn"', () => {
    expect(extractTargets('số thuyền 50% được đăng ký')[0]?.target.comparator).toBe('=')
    expect(extractTargets('xã Tân Ngơn 50% hộ')[0]?.target.comparator).toBe('=')
  })

  it('a subject stays the words before the number when nothing follows it', () => {
    expect(extractTargets('tỷ lệ hòa giải thành đạt từ 90%')[0]?.target.subject).toBe('tỷ lệ hòa giải thành')
    expect(extractTargets('Phấn đấu Ít nhất 10%')[0]?.target.subject).toBeNull()
  })
})

describe('references', () => {
  it('an unclosed title is cut, and the reference stays itself', () => {
    const [found] = findReferences(`Quyết định số 12/QĐ-UBND ngày 1/2/2024 về việc “${'phê duyệt '.repeat(2_000)}`)
    expect(found?.ref).toMatchObject({docType: 'quyet-dinh', number: '12/QĐ-UBND', date: '2024-02-01'})
    expect((found?.ref.title ?? '').length).toBeLessThanOrEqual(400)
  })

  it('thousands of "Luật" with no date after them are no reference, and a real one after them is found', () => {
    const found = findReferences(`${'Luật A '.repeat(5_000)}, Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013`)
    expect(found.map((item) => item.ref.title)).toEqual(['Hòa giải ở cơ sở'])
  })
})

describe('timelines', () => {
  it('thousands of "label:" parts are not milestones within milestones (that overflowed the stack)', () => {
    const timeline = parseTimeline('Kiểm tra: '.repeat(20_000))
    expect(timeline.kind).toBe('milestones')
    expect(timeline.milestones).toHaveLength(1)
    expect(timeline.milestones?.[0]?.timeline.kind).toBe('unknown')
  })

  it('a date range spans a short distance only, and is still read', () => {
    expect(parseTimeline('Từ ngày 01/7/2025 đến ngày 31/12/2025')).toMatchObject({
      kind: 'period',
      from: '2025-07-01',
      to: '2025-12-31'
    })
    expect(parseTimeline('1/1/2020 '.repeat(20_000))).toMatchObject({
      kind: 'period',
      from: '2020-01-01',
      to: '2020-01-01'
    })
  })

  it('a run of trailing punctuation is dropped', () => {
    expect(parseTimeline(`Năm 2026${'.;,'.repeat(10_000)}`)).toMatchObject({text: 'Năm 2026', kind: 'period'})
  })

  it.each([
    ['Hàng năm', 'Hằng năm'],
    ['hàng quý', 'hằng quý'],
    ['Định kỳ hàng tháng', 'Định kỳ hằng tháng'],
    ['Hàng năm (2024 - 2030)', 'Hằng năm (2024 - 2030)'],
    ['Hàng ngày', 'Hằng ngày'],
    ['HÀNG NĂM', 'HẰNG NĂM'],
    ['Kiểm tra: Hàng năm; Sơ kết: Năm 2026', 'Kiểm tra: Hằng năm; Sơ kết: Năm 2026']
  ])('“%s” and “%s” have the same structure', (hang, hang2) => {
    const {text: _a, ...one} = parseTimeline(hang)
    const {text: _b, ...other} = parseTimeline(hang2)
    expect(JSON.stringify(other).replaceAll('Hằng', 'Hàng')).toBe(JSON.stringify(one))
    expect(one).not.toMatchObject({kind: 'unknown'})
  })
})

describe('agencies', () => {
  it('a field of 200,000 agencies is safe to spread into push(...)', () => {
    const agencies = splitAgencies('Sở A; '.repeat(200_000))
    expect(agencies).toHaveLength(MAX_AGENCIES)
    const list: unknown[] = []
    list.push(...agencies)
    expect(agencies[0]).toBe('Sở A')
    // Nothing is lost: the last one keeps the rest of the text.
    expect(String(agencies.at(-1)).split('; ')).toHaveLength(200_000 - MAX_AGENCIES + 1)
  })

  it('lintPlan gives one reform warning for each of 150,000 tasks without overflowing the stack', () => {
    const plan = completePlan({
      meta: {issuer: 'Ủy ban nhân dân tỉnh A', date: '2025-08-01'},
      tasks: Array.from({length: 150_000}, (_, i) => ({title: `T${i}`, lead: ['UBND các huyện']}))
    })
    const messages = lintPlan(plan)
    expect(messages.filter((message) => message.ruleId === 'reform-district-level')).toHaveLength(150_000)
  })

  it('a run of trailing punctuation and an unclosed "(… tham mưu" are cut quickly and kept as text', () => {
    expect(splitAgencies(`Sở Tư pháp${'., '.repeat(20_000)}`)).toEqual(['Sở Tư pháp'])
    const [agency] = splitAgencies(`Sở Tư pháp (${'tham mưu '.repeat(5_000)}`)
    expect(String(agency)).toMatch(/^Sở Tư pháp \(tham mưu/u)
  })
})

describe('schema errors', () => {
  const plan = (tasks: number) =>
    `meta:\n  issuer: A\ntasks:\n${Array.from({length: tasks}, (_, i) => `  - title: T${i}\n    lead: [5, {x: 1}]\n    timeline: 7\n`).join('')}`

  it(`4,000 tasks with errors: the first ${MAX_SCHEMA_MESSAGES} are listed and located, then one line counts the rest`, () => {
    const {messages} = fromYaml(plan(4_000))
    expect(messages).toHaveLength(MAX_SCHEMA_MESSAGES + 1)
    expect(messages.at(-1)?.ruleId).toBe('schema-more-errors')
    expect(messages.at(-1)?.reason).toMatch(/^Còn 19800 lỗi/u)
    expect(messages[0]).toMatchObject({ruleId: 'schema-type', place: {start: {line: 5}}})
    expect(messages[MAX_SCHEMA_MESSAGES - 1]?.place).toBeDefined()
  })

  it('the anyOf reduction gives what it gave before: one message per mistake', () => {
    expect(fromYaml(plan(1)).messages.map((message) => message.reason)).toEqual([
      'tasks[0].lead[0] phải có kiểu chuỗi hoặc đối tượng; viết như: - "5".',
      'tasks[0].lead[1] phải có kiểu chuỗi; viết như: - "…".',
      'Thiếu trường bắt buộc “name” trong tasks[0].lead[1].',
      'Trường “x” không có trong lược đồ kế hoạch (tasks[0].lead[1]).',
      'tasks[0].timeline phải có kiểu chuỗi hoặc đối tượng hoặc rỗng (null); viết như: timeline: "7".'
    ])
  })

  it('30,000 unknown keys in one mapping are located through an index, not a search per key', () => {
    const keys = Array.from({length: 30_000}, (_, i) => `  k${i}: 1\n`).join('')
    const {messages} = fromYaml(`meta:\n  issuer: A\n${keys}tasks: []\n`, LARGE)
    expect(messages[0]).toMatchObject({ruleId: 'schema-unknown-property', place: {start: {line: 3, column: 3}}})
    expect(messages[MAX_SCHEMA_MESSAGES - 1]).toMatchObject({place: {start: {line: 2 + MAX_SCHEMA_MESSAGES}}})
  })

  it(`a plan with 1,000 tasks with errors: only the first ${MAX_SCHEMA_MESSAGES} messages are located, and the rest are counted exactly`, () => {
    const {data, locate} = readYamlData(plan(1_000))
    let located = 0
    const counting: Locator = (path, part) => {
      located++
      return locate(path, part)
    }
    const messages = schemaDiagnostics(schemaErrors(data), {locate: counting})
    expect(located).toBe(MAX_SCHEMA_MESSAGES)
    // Five messages a task (see the case above).
    expect(messages.at(-1)?.reason).toMatch(new RegExp(`^Còn ${5 * 1_000 - MAX_SCHEMA_MESSAGES} lỗi`, 'u'))
    expect(messages.slice(0, MAX_SCHEMA_MESSAGES).every((message) => message.place !== undefined)).toBe(true)
  })

  it('a repeat (same node, rule and detail) is one message, before the cap and in the count past it', () => {
    const at = (instancePath: string, keyword: string, params: Record<string, unknown>) => ({
      instancePath,
      keyword,
      params
    })
    const errors = [
      at('/tasks/0', 'required', {missingProperty: 'title'}),
      at('/tasks/0', 'additionalProperties', {additionalProperty: 'x'}),
      at('/tasks/0', 'required', {missingProperty: 'title'}),
      // Two keywords, one rule: an unknown property said once.
      at('/tasks/0', 'unevaluatedProperties', {unevaluatedProperty: 'x'}),
      at('/tasks/1', 'required', {missingProperty: 'title'})
    ]
    expect(schemaDiagnostics(errors).map((message) => message.reason)).toEqual([
      'Thiếu trường bắt buộc “title” trong tasks[0].',
      'Trường “x” không có trong lược đồ kế hoạch (tasks[0]).',
      'Thiếu trường bắt buộc “title” trong tasks[1].'
    ])
    // Past the cap: each node's mistake counted once although ajv gave it twice.
    const many = Array.from({length: MAX_SCHEMA_MESSAGES + 10}, (_, i) => [
      at(`/tasks/${i}`, 'required', {missingProperty: 'title'}),
      at(`/tasks/${i}`, 'required', {missingProperty: 'title'})
    ]).flat()
    expect(schemaDiagnostics(many).at(-1)?.reason).toMatch(/^Còn 10 lỗi/u)
  })

  it("ajv's errors are left as they were: merging the types of an anyOf's branches works on a copy", () => {
    const errors = schemaErrors({meta: {issuer: 'A'}, tasks: [{title: 'T', timeline: 7}]})
    const before = structuredClone(errors)
    const messages = schemaDiagnostics(errors)
    expect(messages.map((message) => message.reason)).toEqual([
      'tasks[0].timeline phải có kiểu chuỗi hoặc đối tượng hoặc rỗng (null); viết như: timeline: "…".'
    ])
    expect(errors).toEqual(before)
  })

  it("yaml's parser reads a plain copy of process.env, not the real one once a token", () => {
    // Each read of Node's process.env is a call into the runtime: yaml's parser read LOG_TOKENS
    // from it for every token (745,000 reads, some 0.45 s, for 1 MB of tasks with type errors).
    const real = process.env
    let reads = 0
    process.env = new Proxy(real, {
      get(target, name) {
        reads++
        return Reflect.get(target, name)
      }
    })
    try {
      expect(fromYaml(plan(2_000)).messages).toHaveLength(MAX_SCHEMA_MESSAGES + 1)
    } finally {
      process.env = real
    }
    // Copying the environment reads each variable once; parsing reads none.
    expect(reads).toBeLessThanOrEqual(Object.keys(real).length + 10)
  })

  it('without a locator, validateSchema caps the list too', () => {
    const tasks = Array.from({length: 500}, () => ({title: 5}))
    const messages = validateSchema({meta: {issuer: 'A'}, tasks})
    expect(messages).toHaveLength(MAX_SCHEMA_MESSAGES + 1)
  })
})

describe('nesting', () => {
  const deepFlow = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`
  const deepBlock = (levels: number) => `${Array.from({length: levels}, (_, i) => `${'  '.repeat(i)}- a`).join('\n')}\n`
  it.each([
    ['JSON arrays', () => fromJson(deepFlow(2_000))],
    ['JSON objects', () => fromJson(`${'{"a": '.repeat(1_000)}1${'}'.repeat(1_000)}`)],
    ['YAML flow', () => fromYaml(`tasks: ${deepFlow(1_000)}`)],
    ['YAML block sequences', () => fromYaml(deepBlock(3_000), LARGE)],
    ['YAML compact sequences', () => fromYaml(`${'- '.repeat(3_000)}a\n`)],
    [
      'YAML block mappings',
      () => fromYaml(Array.from({length: 3_000}, (_, i) => `${' '.repeat(i)}a:`).join('\n'), LARGE)
    ],
    ['YAML, flow inside a quoted key', () => fromYaml(`"a": ${deepFlow(1_000)}`)],
    ['YAML, flow over many lines', () => fromYaml(`a:\n${Array.from({length: 1_000}, () => '  [').join('\n')}`)]
  ])('%s nested too deep: one input-too-deep error with its line, no stack trace', (_, read) => {
    const {messages} = read()
    expect(messages.map((message) => message.ruleId)).toEqual(['input-too-deep'])
    expect(messages[0]?.reason).toContain(String(MAX_DEPTH))
    expect(messages[0]?.place).toBeDefined()
  })

  it('the line of a block that nests too deep is the line where it passes the limit', () => {
    const {messages} = fromYaml(Array.from({length: 300}, (_, i) => `${'  '.repeat(i)}a:`).join('\n'))
    expect(messages[0]?.place).toMatchObject({start: {line: MAX_DEPTH + 1}})
  })

  it.each([
    [
      'a plan 40 task levels deep',
      () => {
        let task = '{"title": "T"}'
        for (let i = 0; i < 40; i++) task = `{"title": "T${i}", "children": [${task}]}`
        return fromJson(`{"meta": {"issuer": "A"}, "tasks": [${task}]}`)
      }
    ],
    [
      'brackets inside strings, comments and block scalars',
      () =>
        fromYaml(
          `meta:\n  issuer: "${'['.repeat(1_000)}"\n  title: '${'{'.repeat(1_000)}'\n  # ${'['.repeat(1_000)}\npurposes:\n  - text: |\n      ${'['.repeat(1_000)}\n      ${'  - '.repeat(1_000)}\ntasks: []\n`
        )
    ],
    ['JSON with brackets in strings', () => fromJson(`{"meta": {"issuer": "${'[{'.repeat(1_000)}"}, "tasks": []}`)]
  ])('%s is read', (_, read) => {
    const {messages} = read()
    expect(messages.filter((message) => message.fatal)).toEqual([])
  })

  // yaml turned a key that is a mapping into text once per level of keys in keys: 26 "?" took 2 s, each one more doubled it.
  it.each([
    ['keys in keys', `${'? '.repeat(40)}a\n`, 1, 3],
    ['a flow sequence as a key', 'meta:\n  issuer: A\n  ? [a, b]\n  : c\ntasks: []\n', 3, 5],
    ['an alias as a key', 'x: &a {b: 1}\n*a : 2\n', 2, 1]
  ])('%s: one yaml-complex-key error, at once', (_, text, line, column) => {
    const {messages} = fromYaml(text)
    expect(messages.map((message) => message.ruleId)).toEqual(['yaml-complex-key'])
    expect(messages[0]?.place).toMatchObject({start: {line, column}})
  })

  it('a multiple-document error is known by its code', () => {
    expect(
      fromYaml('meta:\n  issuer: A\n---\nmeta:\n  issuer: B\n').messages.map((message) => message.ruleId)
    ).toContain('yaml-multiple-documents')
  })
})

describe('ratio targets in words', () => {
  it('reads "01 tập huấn viên cấp tỉnh trên 100 tổ hòa giải" as the ratio it is, as "/" is read', async () => {
    const {extractTargets} = await import('@kehoach/model')
    const [found] = extractTargets('Ít nhất 01 tập huấn viên cấp tỉnh trên 100 tổ hòa giải ở cơ sở')
    expect(found?.target).toMatchObject({
      value: 1,
      unit: 'tập huấn viên cấp tỉnh',
      comparator: '>=',
      per: {value: 100, unit: 'tổ hòa giải ở cơ sở'}
    })
  })
})

describe('a JSON text over the default size', () => {
  it('is yaml-too-large before it is parsed', async () => {
    const {fromJson} = await import('@kehoach/model')
    expect(fromJson(`[${'0,'.repeat(140_000)}0]`).messages.map((message) => message.ruleId)).toEqual(['yaml-too-large'])
  })
})
