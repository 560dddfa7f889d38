// The two paths of readYamlData (js-yaml's events in yaml-fast.ts, yaml's parseDocument in
// yaml.ts) give the same data, the same messages and the same place for every node and key; the
// fast path runs for the example plan and gives way to yaml for what it does not model.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {stringify} from 'yaml'
import {fromYaml, toJson, toYaml} from '@kehoach/model'
import {readYamlDataBy, type YamlOptions, type YamlPath} from '../src/lib/yaml.js'
import {yamlDocument} from './yaml-documents.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const factor = Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? '1') || 1
const runs = Math.max(1, Math.round(300 * factor))

/** Every path to a node of `data`, with a few that lead nowhere. */
function pathsOf(data: unknown): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [[], ['nowhere'], [0]]
  const pending: Array<[unknown, Array<string | number>]> = [[data, []]]
  while (pending.length > 0) {
    const [value, path] = pending.pop()!
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        paths.push([...path, index])
        pending.push([item, [...path, index]])
      })
      paths.push([...path, value.length], [...path, 'x'])
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const here = [...path, key]
        paths.push(here)
        if (/^\d+$/.test(key)) paths.push([...path, Number(key)])
        pending.push([(value as Record<string, unknown>)[key], here])
      }
      paths.push([...path, 'null'], [...path, 'true'])
    }
  }
  return paths
}

/** Read `text` both ways; expect the same answer as JSON; return which path the default read took. */
function same(text: string, options: Readonly<YamlOptions> | null = null): YamlPath {
  const slow = readYamlDataBy(text, options, 'yaml')
  const fast = readYamlDataBy(text, options, 'any')
  const answer = (result: typeof slow.result) => {
    const places = pathsOf(result.data).map((path) => [path, result.locate(path, 'value'), result.locate(path, 'key')])
    return JSON.stringify({data: result.data, messages: result.messages, places})
  }
  expect(answer(fast.result), JSON.stringify(text)).toBe(answer(slow.result))
  return fast.path
}

describe('readYamlData: the fast path', () => {
  it('reads the example plans, and their JSON, on the fast path with the yaml path’s answer', () => {
    const folder = join(root, 'examples')
    const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'))
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8')
      expect(same(text, {agencyLists: true}), name).toBe('fast')
      expect(same(text), name).toBe('fast')
      expect(same(toJson(fromYaml(text).plan), {agencyLists: true}), name).toBe('fast')
    }
  })

  it('reads the national schemes and the workspace’s YAML on the fast path with the yaml path’s answer', () => {
    const files = ['packages/coverage/schemes/315-qd-ttg.yaml', 'packages/coverage/schemes/428-qd-ttg.yaml', 'pnpm-workspace.yaml', 'pnpm-lock.yaml']
    for (const name of files) expect(same(readFileSync(join(root, name), 'utf8')), name).toBe('fast')
  })

  it('agrees with the yaml path on every string of the tests that could be YAML, and on their front matter', () => {
    const strings = fixtureStrings()
    expect(strings.length).toBeGreaterThan(500)
    const paths = {fast: 0, yaml: 0, none: 0}
    for (const text of strings) {
      paths[same(text, {agencyLists: true})]++
      same(text)
      const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)
      if (front) paths[same(front[1] as string)]++
    }
    expect(paths.fast).toBeGreaterThan(100)
  })

  it('resolves every scalar as yaml’s core schema does, on the fast path', () => {
    const scalars = [
      '1', '-1', '+1', '007', '0', '-0', '1_000', '0x1F', '0X1F', '0o17', '0O17', '017', '0b11', '1.5', '1.', '.5', '-.5', '1e3', '1E-3', '+1.5e+3',
      '9007199254740993', '123456789012345678901234567890', '1e400', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'inf', 'nan',
      'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'Yes', 'y', 'n', 'null', 'Null', 'NULL', 'nULL', '~',
      '2026-01-02', '2026-01-02T10:00:00Z', '12:30', '1:30:00', '<<', '=', '__proto__', 'Sở Tư pháp', "'1'", '"true"', "''", '""',
      '"\\u1EA1 \\x41 \\t \\n \\\\ \\" x"', "'a''b'", '"a\\\n  b"', '[1, two, "3", ]', '{a: 1, b: [x, y], }', '[]', '{}'
    ]
    for (const scalar of scalars) {
      expect(same(`v: ${scalar}\n`), scalar).toBe('fast')
      expect(same(`- ${scalar}\r\n- ${scalar}`), scalar).toBe('fast')
      if (!/^[[{]|\n/.test(scalar)) expect(same(`${scalar}: x\n`), scalar).toBe('fast')
    }
    expect(readYamlDataBy('~: a\nnull: b\n', null, 'yaml').result.messages.map((message) => message.ruleId)).toEqual(['yaml-duplicate-key'])
    const proto = readYamlDataBy('a:\n  __proto__: {polluted: true}\n', null, 'any')
    expect(proto.path).toBe('fast')
    expect(Object.keys((proto.result.data as {a: object}).a)).toEqual(['__proto__'])
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
  })

  it.each([
    ['block scalars, every chomping', 'a: |\n  x\n\n  y\n\n\nb: |-\n  x\nc: |+\n  x\n\n\nd: >\n  x\n  y\n\n  z\ne: >-\n  x\n\nf: >+\n  x\n'],
    ['block scalars at the end, with and without a line break', 'a:\n  - |+\n    x\n\n  - >-\n    y'],
    ['empty values', 'a:\nb: \nc:\n  -\n  - \n  - x\nd:'],
    ['quoted scalars over lines', 'a: "x\n  y\n\n  z"\nb: \'p\n\n  q\'\nc: x\n  y\n\n  z\n'],
    ['flow collections over lines, trailing commas', 'a: [x,\n  y, ]\nb: {p: 1,\n  q: [2, 3,],\n  }\nc: [ ]\n'],
    ['blank lines and lines of spaces', '\n\na:\n\n  - x\n   \n\n  - y\n\n\nb: 1\n\n\n'],
    ['a document start and a prelude of comments', '# đầu\n# tiếp\n---\nmeta:\n  issuer: UBND tỉnh A\n'],
    ['CRLF', 'meta:\r\n  issuer: A\r\ntasks:\r\n  - title: "x\r\n      y"\r\n    lead: [Sở Tư pháp, Sở Nội vụ]\r\n    body: |\r\n      a\r\n\r\n'],
    ['compact collections in sequences', '- - a\n  - b\n- k: 1\n  l: [2]\n-   - c\n'],
    ['a scalar document', 'Sở Tư pháp\n'],
    ['merge keys are keys', '<<: {a: 1}\nb: 2\n'],
    ['anchors and aliases', 'a: &x [1, {b: &y 2}]\nc: *x\nd: [*y, *x]\n&k e: &x 3\nf: *x\ng: &z !!str 4\nh: !!map &w\n  i: *z\nj: *w\n'],
    ['an aliased agency list', 'tasks:\n  - lead: &l [UBND các xã, phường]\n    support: *l\n    joint: [*l, a]\n'],
    ['core tags, written both ways', 'a: !!str 1\nb: !!int "2"\nc: !<tag:yaml.org,2002:str> 3\nd: !!map {e: 1}\nf: !!seq [1]\ng: !!null ~\nh: !!bool true\ni: !!float 1.5\nj: !!int 0x1F\nk: !!str |\n  x\n'],
    ['tags on keys and block collections', '!!str 1: a\n1: b\nc: !!map\n  d: !!seq\n    - !!str 2\n    - !!str "3"\n'],
    ['comments at line ends', 'a:\n  b: 1 # ghi chú\n  c: [x] # ghi chú\nd: # ghi chú\n  - "y" # ghi chú\n'],
    ['comment lines before a line indented as much', 'a:\n  - 1\n  # ghi chú\n\n  # ghi chú\n  - 2\n# ghi chú\nb: 2\n'],
    ['comments after empty values', 'x:\n  a: # c\n\ny: # c\nz:\n  - # c\n  - 1\n  -   # c\n\n\nw:\n  a: # c\n'],
    ['a comment after an empty value that ends its mapping, before a line indented less', 'a:\n  b:\n    c: # c\n  d: 1\n'],
    ['comments in flow collections', 'a: [1, # c\n  2 # d\n  , 3, # e\n# f\n  ]\nb: {c: # g\n  1, d # h\n  : 2,\t# i\n  e: [ # j\n  ] # k\n  }\n'],
    ['comment lines at the end, at the start of their lines', 'a:\n  - 1\n# ghi chú\n\n# ghi chú\n'],
    ['a comment at the end, no line break', 'a: 1\n# ghi chú'],
    ['comment lines after a flow collection at the root', '[1, {a: 2}]\n\n  # ghi chú\n# ghi chú\n'],
    ['comment lines after a scalar at the root', 'Sở Tư pháp\n  và Sở Nội vụ\n  # ghi chú\n# ghi chú'],
    ['a comment line at the end, indented as its collection', 'a:\n  - 1\n  # ghi chú\n'],
    ['comment lines at the end, indented as a collection they end', 'a:\n  - x: 1\n    y: [2]\n  # ghi chú\n\n  # ghi chú\n\n'],
    ['a comment line before a line indented less', 'a:\n  - 1\n  # ghi chú\n\nb: 2\n'],
    ['comment lines before a line indented less, two levels up', 'a:\n  b:\n    - c: 1\n    # ghi chú\n    # ghi chú\nd: 2\n'],
    ['comment lines after a block scalar', 'a:\n  - |\n    x\n  # ghi chú\nb: |\n  y\n\n# ghi chú\n']
  ])('takes %s on the fast path', (_name, text) => {
    expect(same(text, {agencyLists: true})).toBe('fast')
  })

  it.each([
    ['an alias as a key', 'a: &x 1\n*x : 2\n'],
    ['an alias to an anchor not yet met', 'a: *x\nb: &x 1\n'],
    ['an alias to an empty collection', 'a: &x []\nb: *x\n'],
    ['an anchor on an empty value', 'a: &x\nb: *x\n'],
    ['an unknown tag', 'a: !!js/function x\n'],
    ['a local tag', 'a: !foo x\n'],
    ['the non-specific tag', 'a: ! 1\n'],
    ['a core tag that does not match its text', 'a: !!float 1\nb: !!int x\n'],
    ['a tag on an empty value', 'a: !!str\nb: 1\n'],
    ['a scalar tag on a collection', 'a: !!str [1]\n'],
    ['a collection tag of the other kind', 'a: !!seq {b: 1}\n'],
    ['an explicit key with a tag', '? !!str a\n: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document end', 'a: 1\n...\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty document before another', '\n...\na: 1\n'],
    ['two document starts', '---\n---\na: 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a collection as a key', '[a]: 1\n'],
    ['a comment line before a line indented less, then indented more', 'a:\n  - 1\n    # ghi chú\nb: 2\n'],
    ['comment lines of mixed indentation at the end', 'a:\n  - 1\n # ghi chú\n  # ghi chú\n'],
    ['a comment line at the end indented more than the last collection', 'a:\n  b:\n    c: 1\n   # c\n'],
    ['a comment line after an empty value with a comment', 'a: # ghi chú\n  # ghi chú\nb: 1\n'],
    ['a comment line after an empty value', 'a:\n  - -\n# ghi chú\nb: []\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['a byte-order mark after a comment', '# a\n\uFEFF'],
    ['a carriage return alone', 'a: []\r'],
    ['a carriage return alone inside', 'a: 1\rb: 2\n'],
    ['a tab in the indentation of a quoted scalar’s line', 'a: "x\n\t\n  y"\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a block scalar of blank lines', 'a:\n  - |+\n   '],
    ['a block scalar that keeps its line breaks, then spaces', '|+\n  x\n  '],
    ['a key over 1,000 characters', `${'k'.repeat(1025)}: 1\n`],
    ['an empty value in a flow collection', '{a, b: }\n'],
    ['a pair in a flow sequence', '[a: 1]\n'],
    ['a syntax error', 'a: [1\n'],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['an empty document', ''],
    ['a document of comments', '# a\n'],
    ['a comment line after a scalar at the root, then more text', 'a\n# ghi chú\n b\n'],
    ['null', '~\n']
  ])('gives way to the yaml path for %s', (_name, text) => {
    expect(same(text, {agencyLists: true})).toBe('yaml')
  })

  it.each([
    ['a repeated key', 'a: 1\na: 2\n'],
    ['keys repeated as yaml compares them', '1: a\n1.0: b\n'],
    ['a quoted key and a plain one', '"a": 1\nb: 2\na: 3\n'],
    ['repeats in nested and flow mappings, in document order', 'x:\n  p: 1\n  p: 2\ny: {q: 1, q: 2}\nx: 3\n'],
    ['a repeat past the first 16 keys of a mapping', `${Array.from({length: 20}, (_, i) => `k${i}: ${i}`).join('\n')}\nk3: x\nk19: y\n`],
    ['a repeat next to an agency list', 'tasks:\n  - lead: [UBND các xã, phường]\n    lead: Sở Tư pháp\n']
  ])('says %s on the fast path as the yaml path says it', (_name, text) => {
    expect(same(text, {agencyLists: true})).toBe('fast')
    expect(readYamlDataBy(text, null, 'any').result.messages.every((message) => message.ruleId === 'yaml-duplicate-key')).toBe(true)
  })

  it('counts aliases as yaml’s toJS does, and shares an aliased collection', () => {
    const aliases = (count: number, target: string) => `a: &x ${target}\nb: [${Array<string>(count).fill('*x').join(', ')}]\n`
    for (const [text, limit, refused] of [
      // yaml counts 1 for the anchor and 1 for each alias, times what one alias costs.
      [aliases(99, '1'), undefined, false], [aliases(100, '1'), undefined, true], [aliases(98, '1'), 99, false], [aliases(99, '1'), 99, true], [aliases(5, '1'), -1, false],
      [aliases(49, '[1, 2]'), 50, false], [aliases(50, '{p: [1]}'), 50, true],
      // An alias to a list of 2 aliases (3 counted) costs 3: 1 + 3 of them cost 12.
      ['a: &x 1\nb: &y [*x, *x]\nc: [*y, *y, *y]\n', 12, false], ['a: &x 1\nb: &y [*x, *x]\nc: [*y, *y, *y]\n', 11, true]
    ] as Array<[string, number | undefined, boolean]>) {
      const options = limit === undefined ? {} : {maxAliasCount: limit}
      expect(same(text, options), text).toBe('fast')
      const {result} = readYamlDataBy(text, options, 'any')
      expect(result.messages.map((message) => message.ruleId)).toEqual(refused ? ['yaml-alias-limit'] : [])
    }
    // An alias inside the node it names makes a cycle (yaml's data has it too): the yaml path reads it.
    expect(readYamlDataBy(['a: &x [1, ', '*x]\n'].join(''), null, 'any').path).toBe('yaml')
    for (const path of ['any', 'yaml'] as const) {
      const data = readYamlDataBy('a: &x [1]\nb: *x\n', null, path).result.data as {a: unknown; b: unknown}
      expect(data.b).toBe(data.a)
    }
  })

  it('re-reads agency lists with the yaml path’s places and messages', () => {
    const text = 'tasks:\n  - lead: [UBND các xã, phường]\n    support: [Sở Tư pháp, Sở Nội vụ, ngành]\n    joint: [a, "b"]\n    other: [UBND các xã, phường]\n'
    expect(same(text, {agencyLists: true, file: 'k.yaml'})).toBe('fast')
    const {result} = readYamlDataBy(text, {agencyLists: true}, 'any')
    expect(result.messages.map((message) => message.ruleId)).toEqual(['agency-fragment', 'agency-fragment', 'agency-fragment', 'agency-fragment'])
    expect((result.data as {tasks: Array<{lead: string[]}>}).tasks[0]!.lead).toEqual(['UBND các xã, phường'])
    expect(result.locate(['tasks', 0, 'lead', 1], 'value')).toBeUndefined()
    expect(result.locate(['tasks', 0, 'lead'], 'value')?.start).toEqual({line: 2, column: 11, offset: 17})
    expect(result.locate(['tasks', 0, 'other', 1], 'value')?.start).toEqual({line: 5, column: 26, offset: 128})
  })

  it('agrees with the yaml path on generated documents', () => {
    const seen = {fast: 0, yaml: 0}
    fc.assert(
      fc.property(yamlDocument, fc.boolean(), (text, agencyLists) => {
        const path = same(text, {agencyLists, file: 'x.yaml'})
        if (path === 'fast' || path === 'yaml') seen[path]++
      }),
      {numRuns: runs}
    )
    expect(seen.fast).toBeGreaterThan(runs / 10)
    expect(seen.yaml).toBeGreaterThan(runs / 10)
  }, 60_000 * factor)

  it('agrees with the yaml path on what yaml and toYaml write', () => {
    const text = fc.oneof(fc.string({unit: 'grapheme'}), fc.constantFrom('Sở Tư pháp', 'a: b', '- x', '#x', 'x #y', ' x', 'x ', '1', 'true', '~', '"', "'", 'a\nb', 'a\n\nb\n', '\t', '@x', '`x'))
    const value = fc.letrec((tie) => ({
      any: fc.oneof({depthSize: 'small'}, text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), tie('list'), tie('object')),
      list: fc.array(tie('any'), {maxLength: 4}),
      object: fc.dictionary(text, tie('any'), {maxKeys: 4})
    })).any
    fc.assert(
      fc.property(value, fc.constantFrom(0, 20, 80), fc.boolean(), (data, lineWidth, flow) => {
        const written = stringify(data, {lineWidth, minContentWidth: 0, collectionStyle: flow ? 'flow' : 'any', aliasDuplicateObjects: false})
        same(written)
        same(written.replace(/\n/g, '\r\n'))
      }),
      {numRuns: runs}
    )
    fc.assert(
      fc.property(fc.array(fc.string({unit: fc.constantFrom(...'aăâđêôơưạằẩễốỷ AĐ:#-"\'\n,.[]{}|>&*!%@`'), maxLength: 30}), {maxLength: 6}), (titles) => {
        const plan = fromYaml(`meta:\n  issuer: UBND tỉnh A\ntasks:\n${titles.map((title) => `  - title: ${JSON.stringify(title.trim() || 'x')}\n`).join('')}`).plan
        expect(same(toYaml(plan), {agencyLists: true})).toBe('fast')
      }),
      {numRuns: Math.ceil(runs / 3)}
    )
  }, 60_000 * factor)

  it('reads a generated document with comment lines at the end on the fast path when it reads it so without them', () => {
    fc.assert(
      fc.property(yamlDocument, fc.constantFrom('# hết\n', '\n# hết\n\n# hết', '#\n#\n'), (text, tail) => {
        const crlf = (lines: string) => (text.includes('\r\n') ? lines.replace(/\n/g, '\r\n') : lines)
        // Without the comment lines it already ends in, and not ending in an empty value (comment
        // lines after one are not modelled).
        const body = `${text.replace(/(?:\n[ \t]*#[^\n]*|\s)+$/u, '')}\n`
        fc.pre(!/(?:^|\s)(?:-|\S*:)(?:\s+#.*)?\s*$/u.test(body.split('\n').at(-2) ?? ''))
        if (same(body) === 'fast') expect(same(body + crlf(tail))).toBe('fast')
        else same(body + crlf(tail))
      }),
      {numRuns: Math.ceil(runs / 3)}
    )
  }, 60_000 * factor)

  it.each([
    ['a core tag', [['zz: !!str 1\n', "zz: '1'\n"], ['zz: !<tag:yaml.org,2002:int> "1"\n', 'zz: 1\n'], ['zz: !!seq [!!bool true]\n', 'zz: [true]\n']]],
    ['anchors and aliases', [['zz: &q [1]\nzy: *q\n', 'zz: [1]\nzy: [1]\n'], ['zz: &q 1\nzy: [*q, *q]\n', 'zz: 1\nzy: [1, 1]\n'], ['zz: &q\n  a: b\nzy: *q\n', 'zz:\n  a: b\nzy: {a: b}\n']]]
  ] as Array<[string, Array<[string, string]>]>)('reads %s on a generated document on the path it reads the document without them', (_name, pairs) => {
    fc.assert(
      fc.property(yamlDocument, fc.constantFrom(...pairs), (text, [tail, plain]) => {
        const crlf = (lines: string) => (text.includes('\r\n') ? lines.replace(/\n/g, '\r\n') : lines)
        const body = `${text.replace(/\s+$/u, '')}\n`
        expect(same(body + crlf(tail))).toBe(same(body + crlf(plain)))
      }),
      {numRuns: Math.ceil(runs / 3)}
    )
  }, 60_000 * factor)

  it('gives way to the yaml path whenever a generated document has an alias as a key, or an unknown tag', () => {
    fc.assert(
      fc.property(yamlDocument, fc.constantFrom('zz: &q 1\n*q : 2\n', 'zz: !!js/function 1\n', 'zz: !x 1\n'), (text, tail) => {
        const lines = text.includes('\r\n') ? tail.replace(/\n/g, '\r\n') : tail
        const whole = `${text.replace(/\s+$/u, '')}\n${lines}`
        // Unless the lines are text (of a block scalar above them, say), the yaml path reads them.
        const data = readYamlDataBy(whole, null, 'yaml').result.data
        const read = data !== null && typeof data === 'object' && Object.hasOwn(data, 'zz')
        if (read) expect(same(whole)).toBe('yaml')
        else same(whole)
      }),
      {numRuns: Math.ceil(runs / 3)}
    )
  }, 60_000 * factor)
})

/** A single-quoted or template string literal of TypeScript source, as its value (no interpolation). */
function literalValue(literal: string): string | undefined {
  const body = literal.slice(1, -1)
  if (literal.startsWith('`') && body.includes('${')) return undefined
  try {
    return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`) as string
  } catch {
    return undefined
  }
}

/** The string literals of the repository's tests that could be YAML (a colon or a dash, or a line break), each once. */
function fixtureStrings(): string[] {
  const found = new Set<string>()
  const folders = [join(root, 'test'), ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'test'))]
  for (const folder of folders) {
    let names: string[]
    try {
      names = readdirSync(folder, {recursive: true}).map(String).filter((name) => name.endsWith('.ts'))
    } catch {
      continue
    }
    for (const name of names) {
      const source = readFileSync(join(folder, name), 'utf8')
      for (const match of source.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)) {
        const value = literalValue(match[0])
        if (value !== undefined && value.length < 20_000 && /[:\n-]/.test(value)) found.add(value)
      }
    }
  }
  return [...found]
}
