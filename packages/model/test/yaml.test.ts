import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromJson, fromYaml, hasErrors, stripPositions, toJson, toYaml, type Diagnostic} from '@kehoach/model'
import {readYamlData} from '../src/lib/yaml.js'

const example = readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')

function first(messages: Diagnostic[]) {
  const message = messages.find((item) => item.fatal)
  const place = message?.place && 'start' in message.place ? message.place.start : message?.place
  return {ruleId: message?.ruleId, line: place?.line, column: place?.column, reason: message?.reason}
}

describe('fromYaml', () => {
  it('reads the example plan', () => {
    const {plan, messages} = fromYaml(example)
    expect(hasErrors(messages)).toBe(false)
    expect(plan.meta.number).toBe('58/KH-UBND')
    expect(plan.tasks.map((task) => task.id)).toEqual([
      'III.1',
      'III.2',
      'III.3',
      'III.4',
      'III.5',
      'III.6',
      'III.7',
      'III.8',
      'III.9',
      'III.10'
    ])
    expect(plan.tasks[1]?.children[1]?.children.map((task) => task.id)).toEqual(['III.2.b.1', 'III.2.b.2'])
    expect(plan.tasks[0]?.timeline).toMatchObject({kind: 'period', from: '2026-01-01', to: '2026-01-31'})
    expect(plan.tasks[9]?.timeline?.kind).toBe('milestones')
    expect(plan.tasks[5]?.support).toContain('Báo và Phát thanh, Truyền hình Ninh Bình')
    expect(plan.tasks[0]?.position?.start.line).toBeGreaterThan(1)
  })

  it('round-trips YAML → plan → YAML → plan', () => {
    const once = fromYaml(example).plan
    const twice = fromYaml(toYaml(once)).plan
    expect(stripPositions(twice)).toEqual(stripPositions(once))
  })

  it('reads JSON that parse printed', () => {
    const plan = fromYaml(example).plan
    const again = fromJson(toJson(plan))
    expect(hasErrors(again.messages)).toBe(false)
    expect(stripPositions(again.plan)).toEqual(stripPositions(plan))
  })

  it.each([
    ['broken YAML', 'meta:\n  issuer: A\n number: 1\ntasks: []\n', {ruleId: 'yaml-syntax', line: 3}],
    [
      'a duplicate key',
      'meta:\n  issuer: A\n  issuer: B\ntasks: []\n',
      {ruleId: 'yaml-duplicate-key', line: 3, column: 3}
    ],
    ['a missing required field', 'meta:\n  number: 1/KH\ntasks: []\n', {ruleId: 'schema-required', line: 2, column: 3}],
    [
      'an unknown field',
      'meta:\n  issuer: A\ntasks:\n  - title: x\n    chu_tri: Sở Tư pháp\n',
      {ruleId: 'schema-unknown-property', line: 5, column: 5}
    ],
    [
      'a wrong type',
      'meta:\n  issuer: A\ntasks:\n  - title: x\n    lead: Sở Tư pháp\n',
      {ruleId: 'schema-type', line: 5, column: 11}
    ],
    [
      'a wrong date form',
      'meta:\n  issuer: A\n  date: 15-01-2026\ntasks: []\n',
      {ruleId: 'schema-pattern', line: 3, column: 9}
    ],
    [
      'a date that does not exist',
      'meta:\n  issuer: A\n  date: 2026-02-30\ntasks: []\n',
      {ruleId: 'invalid-date', line: 3}
    ],
    ['an unknown tag', 'meta:\n  issuer: !!js/function x\ntasks: []\n', {ruleId: 'yaml-tag', line: 2}],
    [
      'two documents',
      'meta: {issuer: A}\ntasks: []\n---\nmeta: {issuer: B}\ntasks: []\n',
      {ruleId: 'yaml-multiple-documents'}
    ]
  ])('locates %s', (_, text, want) => {
    const {messages} = fromYaml(text, {file: 'plan.yaml'})
    expect(hasErrors(messages)).toBe(true)
    expect(first(messages)).toMatchObject(want)
    expect(first(messages).reason).toMatch(/\p{L}/u)
  })

  it.each([
    [
      'a core-schema tag outside the core schema',
      'meta:\n  issuer: !!js/function x\ntasks: []\n',
      'tag:yaml.org,2002:js/function'
    ],
    ['a local tag', 'meta:\n  issuer: !custom x\ntasks: []\n', '!custom'],
    ['a verbatim tag', 'meta:\n  issuer: !<tag:x> 1\ntasks: []\n', 'tag:x'],
    [
      'a tag through a %TAG directive',
      '%TAG !e! tag:example.com,2000:\n---\nmeta:\n  issuer: !e!foo x\ntasks: []\n',
      'tag:example.com,2000:foo'
    ]
  ])('names %s as YAML resolves it', (_, text, tag) => {
    const message = fromYaml(text).messages.find((item) => item.ruleId === 'yaml-tag')
    expect(message?.reason).toBe(`Thẻ YAML “${tag}” không được hỗ trợ; chỉ dùng lược đồ YAML lõi.`)
  })

  it('refuses an alias bomb', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 12; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`
      )
    const {messages} = fromYaml(`${levels.join('\n')}\nmeta: {issuer: A}\ntasks: []\n`)
    expect(messages.map((message) => message.ruleId)).toContain('yaml-alias-limit')
  })

  it('counts aliases as yaml’s toJS does: 1 for the anchor and 1 for each alias, times what one alias costs', () => {
    const aliases = (count: number, target: string) =>
      `a: &x ${target}\nb: [${Array<string>(count).fill('*x').join(', ')}]\n`
    for (const [text, limit, refused] of [
      [aliases(99, '1'), undefined, false],
      [aliases(100, '1'), undefined, true],
      [aliases(98, '1'), 99, false],
      [aliases(99, '1'), 99, true],
      [aliases(49, '[1, 2]'), 50, false],
      [aliases(50, '{p: [1]}'), 50, true],
      // An alias to a list of 2 aliases (3 counted) costs 3: 1 + 3 of them cost 12.
      ['a: &x 1\nb: &y [*x, *x]\nc: [*y, *y, *y]\n', 12, false],
      ['a: &x 1\nb: &y [*x, *x]\nc: [*y, *y, *y]\n', 11, true]
    ] as Array<[string, number | undefined, boolean]>) {
      const read = readYamlData(text, limit === undefined ? null : {maxAliasCount: limit})
      expect(
        read.messages.map((message) => message.ruleId),
        text
      ).toEqual(refused ? ['yaml-alias-limit'] : [])
    }
    // A chain of anchors re-defined, each with one alias to the one before, costs yaml's toJS time in the
    // square of its length and passes its count: more aliases than the limit are refused before it.
    const chain = `a: &a 1\nc: [${'&a [*a], '.repeat(150)}1]\n`
    expect(readYamlData(chain).messages.map((message) => message.ruleId)).toEqual(['yaml-alias-limit'])
    expect(readYamlData(chain, {maxAliasCount: 150}).messages).toEqual([])
    // An aliased collection is the same object in the data.
    const shared = readYamlData('a: &x [1]\nb: *x\n').data as {a: unknown; b: unknown}
    expect(shared.b).toBe(shared.a)
  })

  it('resolves scalars with the core schema: 0b11 and yes are text, ~ is null, __proto__ an own key', () => {
    expect(readYamlData('a: 0b11\nb: yes\nc: ~\nd: 0x1F\ne: .inf\nf: 2026-01-02\n').data).toEqual({
      a: '0b11',
      b: 'yes',
      c: null,
      d: 31,
      e: Infinity,
      f: '2026-01-02'
    })
    const proto = readYamlData('a:\n  __proto__: {polluted: true}\n').data as {a: object}
    expect(Object.keys(proto.a)).toEqual(['__proto__'])
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
  })

  it.each([
    ['a repeated key', 'a: 1\na: 2\n', [2]],
    ['keys with the same value (1 and 1.0, ~ and null)', '1: a\n1.0: b\n~: c\nnull: d\n', [2, 4]],
    ['a quoted key and a plain one', '"a": 1\nb: 2\na: 3\n', [3]],
    [
      'repeats in nested and flow mappings, each in document order',
      'x:\n  p: 1\n  p: 2\ny: {q: 1, q: 2}\nx: 3\n',
      [3, 4, 5]
    ]
  ])('says %s at each repeat, and reads nothing', (_, text, lines) => {
    const read = readYamlData(text)
    expect(read.data).toBeUndefined()
    expect(read.messages.map((message) => message.ruleId)).toEqual(lines.map(() => 'yaml-duplicate-key'))
    expect(
      read.messages.map((message) => (message.place && 'start' in message.place ? message.place.start.line : undefined))
    ).toEqual(lines)
  })

  it('takes 1 and "1" as two keys', () => {
    expect(readYamlData('1: a\n"1": b\n').messages).toEqual([])
  })

  describe('a text over the size limit (256 KB, `maxSize`)', () => {
    const line = '  - title: Tập huấn nghiệp vụ\n'
    const tasks = (bytes: number) =>
      `meta:\n  issuer: UBND tỉnh A\ntasks:\n${line.repeat(Math.ceil(bytes / Buffer.byteLength(line)))}`
    const big = tasks(300 * 1024)

    it('is refused in one message, located where it passes the limit, before it is parsed', () => {
      const {plan, messages} = fromYaml(big, {file: 'lon.yaml'})
      expect(plan.tasks).toEqual([])
      expect(messages.map((message) => message.ruleId)).toEqual(['yaml-too-large'])
      const place = messages[0]?.place
      const offset = place && 'start' in place ? (place.start.offset ?? 0) : 0
      // The character at the place is the one whose bytes go past 262,144.
      expect(Buffer.byteLength(big.slice(0, offset))).toBeLessThanOrEqual(262_144)
      expect(Buffer.byteLength(big.slice(0, offset + 1))).toBeGreaterThan(262_144)
      expect(messages[0]?.reason).toContain(`${Buffer.byteLength(big)} byte`)
      expect(messages[0]?.reason).toContain('262144 byte')
    })

    it('counts bytes, not characters: Vietnamese letters are two or three', () => {
      const text = `a: "${'ệ'.repeat(88_000)}"\n`
      expect(text.length).toBeLessThan(262_144)
      expect(readYamlData(text).messages.map((message) => message.ruleId)).toEqual(['yaml-too-large'])
      expect(readYamlData(text, {maxSize: Buffer.byteLength(text)}).messages).toEqual([])
      expect(
        readYamlData(text, {maxSize: Buffer.byteLength(text) - 1}).messages.map((message) => message.ruleId)
      ).toEqual(['yaml-too-large'])
    })

    it('is read when maxSize is above its size, and refused when below', () => {
      const small = tasks(2000)
      const size = Buffer.byteLength(small)
      expect(fromYaml(small, {maxSize: size - 1}).messages.map((message) => message.ruleId)).toEqual(['yaml-too-large'])
      const {plan, messages} = fromYaml(small, {maxSize: size})
      expect(hasErrors(messages)).toBe(false)
      expect(plan.tasks.length).toBe(Math.ceil(2000 / Buffer.byteLength(line)))
    })

    it('holds for JSON too', () => {
      const json = JSON.stringify({
        meta: {issuer: 'UBND tỉnh A'},
        tasks: Array.from({length: 100}, () => ({title: 'Tập huấn nghiệp vụ'}))
      })
      const size = Buffer.byteLength(json)
      expect(fromJson(json, {maxSize: size - 1}).messages.map((message) => message.ruleId)).toEqual(['yaml-too-large'])
      expect(hasErrors(fromJson(json, {maxSize: size}).messages)).toBe(false)
      // A JSON text over the default 256 KB: hostile.stress.test.ts.
    })
  })

  it('never pollutes prototypes', () => {
    const {messages} = fromYaml('meta:\n  issuer: A\n  __proto__: {polluted: true}\ntasks: []\n')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(messages.map((message) => message.ruleId)).toContain('schema-unknown-property')
  })

  it('reads an agency list written [A, B] with the comma-aware agency reader, and warns about a fragment', () => {
    const {plan, messages} = fromYaml(
      'meta:\n  issuer: UBND tỉnh A\ntasks:\n  - title: Tập huấn\n    lead: [UBND các xã, phường]\n    support: [Sở Tư pháp, Sở Nội vụ, ngành]\n'
    )
    expect(plan.tasks[0]?.lead).toEqual(['UBND các xã, phường'])
    expect(plan.tasks[0]?.support).toEqual(['Sở Tư pháp', 'Sở Nội vụ, ngành'])
    const fragments = messages.filter((message) => message.ruleId === 'agency-fragment')
    expect(fragments.map((message) => message.place)).toMatchObject([{start: {line: 5}}, {start: {line: 6}}])
    expect(fragments[0]?.reason).toContain('“phường”')
    expect(fragments[0]?.reason).toContain('“UBND các xã, phường”')
    // A list written one item a line is taken as written.
    const block = fromYaml(
      'meta:\n  issuer: UBND tỉnh A\ntasks:\n  - title: Tập huấn\n    lead:\n      - UBND các xã\n      - phường\n'
    )
    expect(block.plan.tasks[0]?.lead).toEqual(['UBND các xã', 'phường'])
  })

  it('says what a YAML syntax error means in Vietnamese, with what to do', () => {
    const colon = fromYaml('meta:\n  issuer: A\n  title: Kế hoạch: thử nghiệm\ntasks: []\n').messages.find(
      (message) => message.ruleId === 'yaml-syntax'
    )
    expect(colon?.reason).toContain('ngoặc kép')
    expect(colon?.place).toMatchObject({start: {line: 3}})
    const tab = fromYaml('meta:\n\tissuer: A\n').messages.find((message) => message.ruleId === 'yaml-syntax')
    expect(tab?.reason).toContain('Tab')
  })

  it('takes the date as drafters type it (02/03/2026, day first), and a date that does not exist is one message at its line', () => {
    const typed = fromYaml('meta:\n  issuer: UBND tỉnh A\n  date: 02/03/2026\ntasks: []\n')
    expect(typed.plan.meta.date).toBe('2026-03-02')
    expect(typed.messages.filter((message) => message.fatal === true)).toEqual([])
    const wrong = fromYaml('meta:\n  issuer: UBND tỉnh A\n  date: 31/02/2026\ntasks: []\n')
    expect(wrong.messages.map((message) => message.ruleId)).toEqual(['invalid-date'])
    expect(wrong.messages[0]?.place).toMatchObject({start: {line: 3}})
  })
})
