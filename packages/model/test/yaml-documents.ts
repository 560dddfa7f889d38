// Generated YAML documents for the test of the two YAML paths (yaml-fast.test.ts): block and flow
// collections, every scalar style, comments (after values, on lines of their own, at the end),
// blank lines, CRLF, Vietnamese text, and what makes the fast path give way (anchors, aliases,
// tags, repeated keys).
import fc from 'fast-check'

const PLAIN = [
  'a', 'Sở Tư pháp', 'UBND các xã', 'phường', 'xã', 'ngành', 'Hằng năm', 'Năm 2026 - 2030', 'a b  c', 'a#b', 'tại sao? vì',
  '1', '-1', '+1', '007', '0', '-0', '1_000', '0x1F', '0X1F', '0o17', '0O17', '017', '0b11', '1.5', '1.', '.5', '-.5', '1e3', '1E-3', '+1.5e+3', '1,5',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'inf', 'nan', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE',
  'yes', 'no', 'on', 'off', 'Yes', 'y', 'n', 'null', 'Null', 'NULL', 'nULL', '~', '2026-01-02', '2026-01-02T10:00:00Z', '12:30', '1:30:00',
  '=', '<<', '__proto__', 'constructor', 'toString', '9007199254740993', '123456789012345678901234567890', '1e400', '-', 'a -', 'a:b', 'https://a.vn/x?y=1'
]
const KEYS = ['title', 'lead', 'support', 'joint', 'meta', 'tasks', 'a', 'b', 'k', 'Nhiệm vụ', '__proto__', 'constructor', '<<', '1', '2', '0x1', '1.0', 'true', 'null', '~', 'x y']
const LEAD_ITEMS = ['UBND các xã', 'phường', 'thị trấn', 'Sở Tư pháp', 'Sở Nội vụ', 'ngành', 'các cơ quan', 'Công an tỉnh', 'Hội Luật gia tỉnh']

export interface Render {
  /** Lines of a block node, without the indentation of its first line. */
  block: (indent: number) => string[]
  /** The node written on one line (flow context), when it has such a form. */
  flow: (() => string) | null
  scalar: boolean
}

const spaces = (count: number) => ' '.repeat(count)

const plain = fc.constantFrom(...PLAIN)
const singleQuoted = fc.constantFrom("'a''b'", "''", "'Sở Tư pháp, Sở Nội vụ'", "'1'", "'#x'", "'a\n  b'", "'a\n\n  b'", "'  x  '", "'true'")
const doubleQuoted = fc.constantFrom(
  '"a\\"b"', '""', '"\\u1EA1 \\x41 \\t \\n \\\\"', '"Sở\\nTư"', '"a\n  b"', '"a \\\n  b"', '"a\n\n  b"', '"1"', '"null"', '"~"', '"\\U0001F600"', '"  x "'
)

const scalarRender: fc.Arbitrary<Render> = fc.oneof(
  {weight: 6, arbitrary: plain.map((text) => ({block: () => [text], flow: () => text, scalar: true}))},
  {weight: 2, arbitrary: singleQuoted.map((text) => ({block: (indent: number) => [text.replace(/\n {2}/g, `\n${spaces(indent + 1)}`)], flow: text.includes('\n') ? null : () => text, scalar: true}))},
  {weight: 2, arbitrary: doubleQuoted.map((text) => ({block: (indent: number) => [text.replace(/\n {2}/g, `\n${spaces(indent + 1)}`)], flow: text.includes('\n') ? null : () => text, scalar: true}))},
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('|', '>'), fc.constantFrom('', '-', '+'), fc.constantFrom('', '2'), fc.array(fc.constantFrom('dòng một', '  thụt vào', '', 'x # y', '- a', 'b: c'), {minLength: 0, maxLength: 4}), fc.constantFrom(0, 1, 2))
      .map(([style, chomp, width, lines, trailing]) => ({
        block: (indent: number) => [`${style}${width}${chomp}`, ...lines.map((line) => (line === '' ? '' : spaces(indent + 2) + line)), ...Array<string>(trailing).fill('')],
        flow: null,
        scalar: true
      }))
  },
  {weight: 1, arbitrary: fc.constantFrom('a\n  b', 'Sở Tư pháp\n  và Sở Nội vụ', 'a\n\n  b').map((text) => ({block: (indent: number) => [text.replace(/\n {2}/g, `\n${spaces(indent + 2)}`)], flow: null, scalar: true}))},
  {weight: 1, arbitrary: fc.constant({block: () => [''], flow: null, scalar: true})}
)

/** Extra lines and marks: a comment, a blank line, a line of spaces. */
const noise = fc.constantFrom('', '', '', '', '', '', '', '', '# ghi chú', '   ', '  # x', '#')

const node: fc.Memo<Render> = fc.memo((depth: number): fc.Arbitrary<Render> => {
  if (depth <= 1) return scalarRender
  const child = node(depth - 1)
  const blockMap = fc
    .uniqueArray(fc.tuple(fc.oneof({weight: 5, arbitrary: fc.constantFrom(...KEYS)}, {weight: 1, arbitrary: fc.constantFrom('"a"', "'b'", '"lead"')}), child, noise, fc.constantFrom('', '', ' # c'), fc.constantFrom(2, 2, 2, 4, 1, 0)), {minLength: 1, maxLength: 4, selector: ([key]) => key})
    .map((pairs): Render => ({
      block: (indent: number) => {
        const lines: string[] = []
        pairs.forEach(([key, value, extra, comment, step], at) => {
          const pad = at === 0 ? '' : spaces(indent)
          if (value.scalar && step === 1 && value.flow !== null) {
            // The value on the next line, indented.
            lines.push(`${pad}${key}:${comment}`, `${spaces(indent + 2)}${value.flow()}`)
          } else if (value.scalar) {
            const [first, ...rest] = value.block(indent)
            lines.push(`${pad}${key}:${first === '' ? '' : ' '}${first}${first!.startsWith('|') || first!.startsWith('>') ? '' : comment}`, ...rest)
          } else if (value.flow && comment === '') {
            lines.push(`${pad}${key}: ${value.flow()}`)
          } else {
            lines.push(`${pad}${key}:${comment}`, `${spaces(indent + step)}${value.block(indent + step).join('\n')}`)
          }
          if (extra !== '') lines.push(extra.startsWith(' ') || extra.startsWith('#') ? spaces(extra.startsWith('#') ? indent : 0) + extra : extra)
        })
        return lines
      },
      flow: pairs.every(([, value]) => value.flow !== null) ? () => `{${pairs.map(([key, value]) => `${key}: ${value.flow!()}`).join(', ')}}` : null,
      scalar: false
    }))
  const blockSeq = fc
    .array(fc.tuple(child, noise), {minLength: 1, maxLength: 4})
    .map((items): Render => ({
      block: (indent: number) => {
        const lines: string[] = []
        items.forEach(([value, extra], at) => {
          const pad = at === 0 ? '' : spaces(indent)
          const [first, ...rest] = value.block(indent + 2)
          lines.push(`${pad}-${first === '' ? '' : ' '}${first}`, ...rest)
          if (extra !== '') lines.push(extra)
        })
        return lines
      },
      flow: items.every(([value]) => value.flow !== null) ? () => `[${items.map(([value]) => value.flow!()).join(', ')}]` : null,
      scalar: false
    }))
  const flowSeq = fc
    .tuple(fc.array(fc.oneof(fc.constantFrom(...LEAD_ITEMS), plain, singleQuoted.filter((text) => !text.includes('\n'))), {minLength: 0, maxLength: 5}), fc.constantFrom(', ', ',', ' , ', ',\n    ', ', # c\n    '), fc.boolean())
    .map(([items, separator, trailing]): Render => {
      const text = `[${items.join(separator)}${trailing && items.length > 0 ? ',' : ''}]`
      return {block: () => [text], flow: text.includes('\n') ? null : () => text, scalar: true}
    })
  return fc.oneof({weight: 3, arbitrary: blockMap}, {weight: 2, arbitrary: blockSeq}, {weight: 2, arbitrary: flowSeq}, {weight: 1, arbitrary: scalarRender})
})

/** Small edits of one line: spaces and tabs where they may or may not be allowed, a line end of the other kind, a flow mapping over lines. */
const EDITS: Array<(line: string) => string> = [
  (line) => `${line}  `,
  (line) => line.replace(': ', ' : '),
  (line) => line.replace(' # c', '\t# c'),
  (line) => `${line}\t`,
  (line) => (line.endsWith('\r') ? line.slice(0, -1) : `${line}\r`),
  (line) => line.replace(/: (\S.*)$/u, ': {x: [$1,\n    {y: "z"}],\n  w: 1}'),
  (line) => line.replace(/: (\S.*)$/u, ': [[$1], {p: q, r: [s, t]}]'),
  (line) => line.replace(/: (\S.*)$/u, ': [ # c\n  [$1 # c\n  ], {p: # c\n  q, r # c\n  : [s, t]}, # c\n# c\n  ]'),
  (line) => line.replace('- ', '-   '),
  (line) => line.replace(': ', ':\t'),
  (line) => line.replace('- ', '-\t'),
  (line) => `\t${line}`,
  ...['\u0085', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u0000', '\u001b', '\ud800', '\u200b', '\u3000'].map(
    (char) => (line: string) => `${line.slice(0, line.length >> 1)}${char}${line.slice(line.length >> 1)}`
  )
]

/** Marks that send a document to the yaml path, and core tags (which may, when they do not fit their node). */
export const FALLBACK_MARKS = ['&a ', '*a', '!!str ', '!x ', '? ', '%YAML 1.2\n---\n', '\n...\n', '\n---\nb: 1\n', '!!int ', '!!float ', '!!bool ', '!!null ', '!!map ', '!!seq ', '!<tag:yaml.org,2002:str> ', '!!js/x ']

/** A whole document: a root block mapping, with a prelude, `---`, CRLF, marks of fallback, a final line break or none. */
export const yamlDocument = fc
  .tuple(
    node(4),
    fc.constantFrom('', '# đầu\n', '\n', '---\n', '# a\n---\n', '--- ', '--- # c\n'),
    fc.boolean(),
    fc.boolean(),
    fc.oneof({weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FALLBACK_MARKS), fc.nat())}, {weight: 4, arbitrary: fc.constant(null)}),
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...EDITS), fc.nat()), {maxLength: 3}),
    fc.oneof(
      {weight: 6, arbitrary: fc.constant('')},
      {weight: 3, arbitrary: fc.constantFrom('# hết', '# hết\n\n# hết\n', '  # hết\n', '  # hết\n\n  # hết', '\n# hết\n\n')},
      {weight: 1, arbitrary: fc.constantFrom('    # hết\n', ' # hết\n  # hết\n')}
    )
  )
  .map(([root, prelude, crlf, finalBreak, mark, comments, edits, end]) => {
    let text = root.block(0).join('\n')
    // Comments in one document of two; the others keep only their blank lines and lines of spaces.
    if (!comments) text = text.replace(/^ *(?:# ghi chú|# x|#)\n/gm, '').replace(/ # c$/gm, '')
    if (mark) {
      const [what, where] = mark
      const lines = text.split('\n')
      if (what.startsWith('%') || what.startsWith('\n')) text = what.startsWith('%') ? what + text : text + what
      else {
        const at = where % lines.length
        const line = lines[at] as string
        const colon = line.indexOf(': ')
        lines[at] = colon >= 0 ? `${line.slice(0, colon + 2)}${what}${line.slice(colon + 2)}` : `${what}${line}`
        text = lines.join('\n')
      }
    }
    text = (prelude === '--- ' && !text.startsWith('-') ? '---\n' : prelude) + text + (finalBreak ? '\n' : '')
    // Comment lines at the end, indented in several ways (yaml gives them to the document or to a collection).
    if (end !== '') text = `${text}${finalBreak ? '' : '\n'}${end}`
    if (crlf) text = text.replace(/\n/g, '\r\n')
    for (const [edit, where] of edits) {
      const lines = text.split('\n')
      const at = where % lines.length
      lines[at] = edit(lines[at] as string)
      text = lines.join('\n')
    }
    return text
  })
