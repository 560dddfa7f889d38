// Hostile and broken inputs shared by robustness.test.ts (those of at most 256 KB, for what they
// give) and robustness.stress.test.ts (all of them, each held to 10 s).
import {randomBytes} from 'node:crypto'
import {present, read} from './corpus.js'

export const sample = present
  ? read('vinh-phuc-147-kh-ubnd-2024.txt')
  : 'II. NHIỆM VỤ\n1. Tổ chức hội thi hòa giải viên giỏi\n- Cơ quan chủ trì: Sở Tư pháp.\n'
const lines = sample.split('\n')

function shuffled<T>(list: readonly T[], seed = 7): T[] {
  const copy = [...list]
  let state = seed
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const j = state % (i + 1)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

const cut = (() => {
  const bytes = Buffer.from(sample)
  const at = bytes.indexOf(Buffer.from('ệ'))
  return bytes.subarray(0, at + 1)
})()

let deepJson = '{"title": "T"}'
for (let i = 0; i < 2000; i++) deepJson = `{"title": "T${i}", "children": [${deepJson}]}`

export const HOSTILE: Array<[string, string, string | Uint8Array]> = [
  ['random bytes', 'random.txt', randomBytes(100_000)],
  ['random bytes, no NUL', 'random-nonul.txt', randomBytes(100_000).map((byte) => byte || 1)],
  ['NUL bytes', 'nul.txt', `${sample.slice(0, 500)}\u0000${sample.slice(500)}`],
  ['cut in the middle of a UTF-8 character', 'cut.txt', cut],
  ['every line doubled', 'doubled.txt', lines.flatMap((line) => [line, line]).join('\n')],
  ['lines shuffled', 'shuffled.txt', shuffled(lines).join('\n')],
  [
    'only headings',
    'headings.txt',
    Array.from({length: 5000}, (_, i) => `${['I', 'II', 'III', 'IV'][i % 4]}. NHIỆM VỤ, GIẢI PHÁP`).join('\n')
  ],
  [
    'thousands of field lines and no task',
    'fields.txt',
    `II. NHIỆM VỤ\n${'- Cơ quan chủ trì: Sở Tư pháp, UBND các huyện, thành phố.\n'.repeat(20_000)}`
  ],
  [
    'thousands of nested items',
    'nesting.txt',
    `II. NHIỆM VỤ\n${Array.from({length: 5000}, (_, i) => `${['1.', 'a)', '-', '+', '*'][i % 5]} Nhiệm vụ ${i}`).join('\n')}`
  ],
  [
    'thousands of nesting levels (Markdown)',
    'deep.md',
    `---\nissuer: A\n---\n\n${Array.from({length: 3000}, (_, i) => `${'  '.repeat(i)}- mục ${i}`).join('\n')}`
  ],
  ['thousands of nesting levels (JSON)', 'deep.json', `{"meta": {"issuer": "A"}, "tasks": [${deepJson}]}`],
  ['a single 2 MB line', 'long.txt', 'Kế hoạch thực hiện Đề án, '.repeat(80_000)],
  [
    'one agency list of 50,000 commas',
    'commas.txt',
    `II. NHIỆM VỤ\n1. X\n- Cơ quan chủ trì: ${'UBND các huyện, '.repeat(50_000)}`
  ],
  ['an empty file', 'empty.txt', ''],
  ['white space only', 'blank.md', ' \n\t\n  '],
  [
    'an alias bomb',
    'bomb.yaml',
    `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`
  ],
  ['a custom YAML tag', 'tag.yaml', 'meta: !!js/function "function () {}"\ntasks: []\n'],
  [
    'prototype keys',
    'proto.yaml',
    'meta:\n  issuer: A\n  __proto__: {polluted: true}\n  constructor: {prototype: {polluted: true}}\ntasks: []\n'
  ]
]

/** The cases of at most 256 KB, which the behaviour suite runs. */
export const SMALL_HOSTILE = HOSTILE.filter(([, , content]) => content.length <= 256 * 1024)
