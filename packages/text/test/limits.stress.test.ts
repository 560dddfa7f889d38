// The readers on very large inputs (lines of millions of characters, which once overflowed the
// regular-expression stack) and their one-pass scans against the old patterns on thousands of
// generated lines: the stress suite. The ceilings themselves are limits.test.ts.
import {describe, expect, it} from 'vitest'
import {parseText} from '@kehoach/text'
import {leadInLength, parseNews} from '../src/news/read.js'
import {firstSentence} from '../src/common/assemble.js'
import {isUpperCaseLine} from '../src/common/case.js'

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1/KH-UBND\nNinh Bình, ngày 2 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện Đề án\n'

describe('a task line split into title and body', () => {
  const BEFORE = /^(.+?[^\d\s][.])\s+(\p{Lu}.*)$/u
  const PIECES = [
    'a',
    'Tổ',
    '.',
    '. ',
    ' ',
    '1',
    '1.',
    'Đ',
    'ư',
    '\n',
    '\r',
    '\t',
    '😀',
    'X',
    ' .',
    '\u2028',
    'Ủy ban',
    '2.5'
  ]

  it('ends the first sentence where the old pattern did, on 5,000 generated lines', () => {
    let seed = 11
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
    for (let run = 0; run < 5_000; run++) {
      const text = Array.from({length: 1 + (next() % 14)}, () => PIECES[next() % PIECES.length]).join('')
      const match = BEFORE.exec(text)
      const found = firstSentence(text)
      expect({text, found: found && [text.slice(0, found.end), text.slice(found.next)]}).toEqual({
        text,
        found: match ? [match[1], match[2]] : undefined
      })
    }
  })

  it('reads a line of 10 million characters (the pattern overflowed the regular expression stack)', () => {
    const text = `${'Tổ chức hội nghị, '.repeat(550_000)}xong. Nội dung`
    expect(firstSentence(text)).toEqual({end: text.length - 9, next: text.length - 8})
    expect(firstSentence('Tổ chức hội nghị, '.repeat(550_000))).toBeUndefined()
  })
})

describe('the letter case of a line', () => {
  /** The old test, two patterns per character: no lower-case letter, and at least one capital. */
  const before = (value: string): boolean => {
    let letters = 0
    for (const char of value) {
      if (/\p{Ll}/u.test(char)) return false
      if (/\p{Lu}/u.test(char)) letters++
    }
    return letters > 0
  }
  const PIECES = [
    'KẾ',
    'HOẠCH',
    'ư',
    'Đ',
    'đ',
    ' ',
    '1.2.',
    '“',
    '2024-2030',
    'ǅ',
    'ª',
    '中',
    '\uD800',
    '😀',
    'Σ',
    'ß',
    ''
  ]

  it('says what the per-character test said, on 5,000 generated lines', () => {
    let seed = 7
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
    for (let run = 0; run < 5_000; run++) {
      const text = Array.from({length: next() % 9}, () => PIECES[next() % PIECES.length]).join('')
      expect({text, upper: isUpperCaseLine(text)}).toEqual({text, upper: before(text)})
    }
  })
})

describe('the lead-in of a news clause', () => {
  const BEFORE =
    /^(?:.*?(?<![\p{L}])(?:giao|đề nghị|yêu cầu)\s+|Các đơn vị chủ trì, phối hợp thực hiện\s*:\s*|Bên cạnh đó,\s*|Đồng thời,\s*)/u
  const PIECES = [
    'UBND tỉnh ',
    'giao ',
    'đề nghị ',
    'yêu cầu',
    ' ',
    'Sở Tư pháp',
    'cho',
    'agiao ',
    '\n',
    'Bên cạnh đó, ',
    'Đồng thời,',
    'Các đơn vị chủ trì, phối hợp thực hiện: ',
    ',',
    'x'
  ]

  it('is as long as the old pattern said, on 5,000 generated clauses', () => {
    let seed = 3
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
    for (let run = 0; run < 5_000; run++) {
      const clause = Array.from({length: next() % 8}, () => PIECES[next() % PIECES.length]).join('')
      expect({clause, length: leadInLength(clause)}).toEqual({clause, length: BEFORE.exec(clause)?.[0].length})
    }
  })

  it('a paragraph of 19 million characters of “Sở A chủ trì, ” reads (the lazy pattern overflowed the stack)', () => {
    expect(parseNews(`Tin\n${'Sở A chủ trì, '.repeat(1_400_000)}`).plan).toBeDefined()
  })
})

describe('agency names', () => {
  it('a field of millions of capitalised words reads (the name patterns repeated without bound and overflowed the stack)', () => {
    const {plan} = parseText(`${HEAD}II. NHIỆM VỤ\n1. Tổ chức\n- Cơ quan chủ trì: ${'Sở '.repeat(4_000_000)}\n`)
    expect(plan.tasks[0]?.lead.length).toBeGreaterThan(0)
  })
})

describe('place names', () => {
  it('a news article naming a place of millions of capitalised words reads (the pattern repeated without bound)', () => {
    const {plan} = parseNews(
      `UBND tỉnh Ninh Bình ban hành Kế hoạch\nUBND tỉnh ban hành Kế hoạch thực hiện Đề án trên địa bàn tỉnh ${'Ninh '.repeat(3_000_000)}`
    )
    expect(plan).toBeDefined()
  })
})
