import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  agencyKey,
  findDate,
  findReferences,
  normalizeString,
  normalizeText,
  positionOf,
  splitAgencies,
  textKey
} from '@kehoach/vietnamese'
import {isCalendarDay} from '../src/lib/date.js'

describe('normalizeText', () => {
  it.each([
    ['old tone placement', 'Hoà giải, Uỷ ban, thuỷ lợi', 'Hòa giải, Ủy ban, thủy lợi'],
    ['upper case', 'HOÀ GIẢI', 'HÒA GIẢI'],
    ['keeps syllables with a final consonant', 'hoàn thành, thuyết phục, quý', 'hoàn thành, thuyết phục, quý'],
    ['NFD', 'hòa giải viên'.normalize('NFD'), 'hòa giải viên'],
    ['CRLF and BOM', '\uFEFFa\r\nb\rc', 'a\nb\nc'],
    ['spaces', 'a\u00a0\u00a0b \t c  ', 'a b c'],
    ['dashes', '2024 – 2030 — x', '2024 - 2030 - x'],
    ['straight quotes', 'Đề án "Nâng cao" (“x”)', 'Đề án “Nâng cao” (“x”)'],
    ['zero width', 'a\u200bb\u00adc', 'abc']
  ])('%s', (_, given, want) => {
    expect(normalizeText(given).text).toBe(want)
  })

  it('maps positions back to the original text', () => {
    const original = 'dòng một\r\n' + 'Hòa giải'.normalize('NFD') + ' ở cơ sở'
    const source = normalizeText(original)
    const at = source.text.indexOf('ở')
    const place = positionOf(source, at, at + 1)
    expect(place.start.line).toBe(2)
    expect(original.slice(place.start.offset, place.end.offset)).toBe('ở')
    const hoa = positionOf(source, 0 + source.text.indexOf('Hòa'), source.text.indexOf('Hòa') + 3)
    expect(original.slice(hoa.start.offset, hoa.end.offset)).toBe('Hòa'.normalize('NFD'))
  })
})

describe('normalisation quick paths', () => {
  // Characters that exercise every branch: old tone placement, NFD marks, every kind of
  // space and line end, quotes, dashes, dropped characters, surrogates, punctuation.
  const alphabet = [
    'a',
    'o',
    'y',
    'u',
    'Q',
    'H',
    'đ',
    'Ủ',
    'ư',
    'à',
    'ò',
    'ỷ',
    'oà',
    'uỷ',
    ' ',
    '  ',
    '\u00a0',
    '\t',
    '\n',
    '\r\n',
    '\u2028',
    '\u0085',
    '"',
    '“',
    '–',
    '-',
    '\u0301',
    '\u0300',
    '\u0323',
    '\u200b',
    '\ufeff',
    '\u00ad',
    '(',
    ',',
    '.',
    '%',
    '/',
    '1',
    '\ud83d\ude00',
    '\ud800',
    '\u1680',
    'Ω',
    '\u2126'
  ]
  const text = fc.array(fc.constantFrom(...alphabet), {maxLength: 24}).map((parts) => parts.join(''))

  it('normalizeString and textKey give what the full normalisation gives', () => {
    fc.assert(
      fc.property(text, (value) => {
        const full = normalizeText(value)
          .text.replace(/\s*\n\s*/g, ' ')
          .trim()
        expect(normalizeString(value)).toBe(full)
        expect(textKey(value)).toBe(
          full
            .toLocaleLowerCase('vi')
            .replace(/[^\p{L}\p{N}%/]+/gu, ' ')
            .trim()
        )
      }),
      {numRuns: 3000, seed: 20261121}
    )
  })

  it('normalizeText maps every output character to a source offset, in order (the offset map the quick path builds)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const {text: out, map} = normalizeText(value)
        expect(map.length).toBe(out.length + 1)
        expect(map[out.length]).toBe(value.length)
        for (let index = 1; index < map.length; index++)
          expect(map[index]).toBeGreaterThanOrEqual(map[index - 1] as number)
      }),
      {numRuns: 2000, seed: 20261121}
    )
  })
})

describe('splitAgencies', () => {
  it.each([
    ['Sở Tư pháp, UBND các huyện, thành phố', ['Sở Tư pháp', 'UBND các huyện, thành phố']],
    ['UBND các xã, phường, thị trấn được lựa chọn làm điểm', ['UBND các xã, phường, thị trấn được lựa chọn làm điểm']],
    [
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các cơ quan, tổ chức có liên quan',
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các cơ quan, tổ chức có liên quan']
    ],
    ['UBND tỉnh (Sở Tư pháp tham mưu)', [{name: 'UBND tỉnh', advisor: 'Sở Tư pháp'}]],
    [
      'Sở Văn hóa và Thể thao, Sở Thông tin và Truyền thông',
      ['Sở Văn hóa và Thể thao', 'Sở Thông tin và Truyền thông']
    ],
    [
      'Đài Phát thanh và Truyền hình tỉnh và các cơ quan có liên quan.',
      ['Đài Phát thanh và Truyền hình tỉnh', 'các cơ quan có liên quan']
    ],
    ['Sở Tư pháp; Công an tỉnh', ['Sở Tư pháp', 'Công an tỉnh']],
    ['Giám đốc các sở và Thủ trưởng các ban, ngành tỉnh', ['Giám đốc các sở', 'Thủ trưởng các ban, ngành tỉnh']],
    [
      'các sở, ban, ngành, đoàn thể tỉnh, cơ quan ngành dọc trên địa bàn',
      ['các sở, ban, ngành, đoàn thể tỉnh', 'cơ quan ngành dọc trên địa bàn']
    ],
    ['Đoàn Thanh niên, Hội Nông dân tỉnh', ['Đoàn Thanh niên', 'Hội Nông dân tỉnh']],
    ['các sở, ban, ngành và địa phương', ['các sở, ban, ngành', 'địa phương']],
    ['các cơ quan, đơn vị, địa phương liên quan', ['các cơ quan, đơn vị, địa phương liên quan']],
    [
      'Bộ Văn hóa, Thể thao và Du lịch; Bộ Nông nghiệp và Phát triển nông thôn',
      ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Nông nghiệp và Phát triển nông thôn']
    ],
    [
      'UBND tỉnh kiện toàn đội ngũ tập huấn viên cấp tỉnh (Sở Tư pháp tham mưu thực hiện); UBND các huyện, thành phố kiện toàn đội ngũ tập huấn viên cấp huyện.',
      [
        {name: 'UBND tỉnh', advisor: 'Sở Tư pháp', note: 'kiện toàn đội ngũ tập huấn viên cấp tỉnh'},
        {name: 'UBND các huyện, thành phố', note: 'kiện toàn đội ngũ tập huấn viên cấp huyện'}
      ]
    ],
    ['', []]
  ])('%s', (given, want) => {
    expect(splitAgencies(given)).toEqual(want)
  })

  it('gives the same key to an abbreviation and its full form', () => {
    expect(agencyKey('UBND các huyện, thành phố')).toBe(agencyKey('Ủy ban nhân dân các huyện, thành phố'))
    expect(agencyKey('Ủy ban MTTQ Việt Nam tỉnh')).toBe(agencyKey('Ủy ban Mặt trận Tổ quốc tỉnh'))
    expect(agencyKey('Uỷ ban nhân dân tỉnh')).toBe(agencyKey('UBND tỉnh'))
  })
})

describe('dates', () => {
  it.each([
    ['ngày 11 tháng 6 năm 2024', '2024-06-11'],
    ['Vĩnh Phúc, ngày\n11 tháng 6 năm 2024', '2024-06-11'],
    ['ngày 01/7/2025', '2025-07-01'],
    ['ngày 31 tháng 2 năm 2024', null],
    ['không có ngày', null]
  ])('%s', (text, want) => {
    expect(findDate(text)?.iso ?? null).toBe(want)
  })

  it('has one calendar: day and month checked the same way by every reader and by the lint', () => {
    expect([
      isCalendarDay(2024, 2, 29),
      isCalendarDay(2100, 2, 29),
      isCalendarDay(2000, 2, 29),
      isCalendarDay(2025, 4, 31),
      isCalendarDay(2025, 13, 1),
      isCalendarDay(2025, 1, 0)
    ]).toEqual([true, false, true, false, false, false])
    // Every day of four years, leap and century years among them, agrees with the JavaScript calendar.
    for (const year of [1900, 2000, 2024, 2100]) {
      for (let month = 1; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = new Date(Date.UTC(year, month - 1, day))
          const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
          expect(isCalendarDay(year, month, day), `${year}-${month}-${day}`).toBe(real)
        }
      }
    }
  })
})

describe('findReferences', () => {
  it.each([
    ['a telegram', 'Thực hiện Công điện số 12/CĐ-TTg ngày 1/2/2025 của Thủ tướng', '12/CĐ-TTg'],
    ['a zero-padded telegram of a province', 'Công điện số 007/CĐ-UBND ngày 2/3/2025', '007/CĐ-UBND'],
    ['a Party circular', 'Thông tri số 03-TT/TU ngày 2/3/2025', '03-TT/TU'],
    ['a Party conclusion', 'Kết luận số 123-KL/TW ngày 1/1/2025', '123-KL/TW'],
    ['a plan of action', 'Phương án số 7178/PA-UBND ngày 14/11/2025', '7178/PA-UBND'],
    ['joint rules', 'Quy chế phối hợp số 05/QCPH-MTTQ ngày 1/1/2025', '05/QCPH-MTTQ'],
    ['a dotted number', 'Nghị quyết số 12.1/2025/NQ-CP ngày 2/3/2025', '12.1/2025/NQ-CP'],
    ['a symbol with "&"', 'Công văn số 5/BNV-CTTN&BĐG ngày 2/3/2025', '5/BNV-CTTN&BĐG'],
    ["a footnote digit glued to a law's number", 'Luật Việc làm mẫu số 74/2025/QH151 ngày 16/6/2025', '74/2025/QH15']
  ])('reads %s', (_name, text, number) => {
    expect(findReferences(text)[0]?.ref.number).toBe(number)
    expect(findReferences(text)[0]?.ref.date).toMatch(/^20\d\d-\d\d-\d\d$/u)
  })
  it('reads number, date, issuer and title', () => {
    const [found] = findReferences(
      'Thực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ phê duyệt Đề án “Nâng cao”, UBND tỉnh'
    )
    expect(found?.ref).toMatchObject({
      docType: 'quyet-dinh',
      number: '315/QĐ-TTg',
      date: '2024-04-17',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt Đề án “Nâng cao”'
    })
  })
  it('reads a law cited by name', () => {
    const [found] = findReferences('Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;')
    expect(found?.ref).toMatchObject({docType: 'luat', number: null, date: '2013-06-20', title: 'Hòa giải ở cơ sở'})
  })
  it('joins a symbol a copy split after its hyphen, and keeps a title that goes on after a comma', () => {
    const [found] = findReferences(
      'Căn cứ Kế hoạch 51/KH- UBND ngày 3/3/2025 của UBND tỉnh về kiểm tra, giám sát hoạt động nuôi ong năm 2025; Sở Tư pháp'
    )
    expect(found?.ref).toMatchObject({
      number: '51/KH-UBND',
      date: '2025-03-03',
      issuer: 'UBND tỉnh',
      title: 'về kiểm tra, giám sát hoạt động nuôi ong năm 2025'
    })
  })
  it('joins a symbol written by hand with a space before its hyphen, and keeps the words as written', () => {
    for (const [text, written, number] of [
      ['Theo đề nghị tại Tờ trình số 40/TTr -SNV ngày 2/4/2026 của Sở Nội vụ.', '40/TTr -SNV', '40/TTr-SNV'],
      ['Căn cứ Kế hoạch số 7/KH - UBND ngày 9/1/2026 của UBND xã;', '7/KH - UBND', '7/KH-UBND'],
      ['Thực hiện Công văn 12/SCT -CN, ngày 3/3/2026', '12/SCT -CN', '12/SCT-CN']
    ] as const) {
      const [found] = findReferences(text)
      expect(found?.ref.number, text).toBe(number)
      expect(found?.ref.date, text).toMatch(/^2026-0\d-0\d$/u)
      expect(found?.ref.text, text).toContain(written)
    }
    // A symbol that has its hyphen already is not extended by a dash after it.
    expect(findReferences('Quyết định số 5/QĐ-UBND - UBND tỉnh ban hành')[0]?.ref.number).toBe('5/QĐ-UBND')
  })
  it('reads a law named before its number ("Luật … số 12/2020/QH14, ngày …")', () => {
    const [found] = findReferences('Căn cứ Luật Thi đua mẫu số 12/2020/QH14, ngày 5/6/2020 và Luật số 3/2024/QH15;')
    expect(found?.ref).toMatchObject({
      docType: 'luat',
      number: '12/2020/QH14',
      date: '2020-06-05',
      title: 'Thi đua mẫu'
    })
  })
  it('reads a law whose name has commas before lower-case words, and keeps "Luật A, Luật B" apart', () => {
    const [found] = findReferences('Căn cứ Luật Quản lý, sử dụng tài sản mẫu ngày 3 tháng 5 năm 2024;')
    expect(found?.ref).toMatchObject({docType: 'luat', date: '2024-05-03', title: 'Quản lý, sử dụng tài sản mẫu'})
    expect(findReferences('sửa đổi Luật Thanh niên, Luật Công đoàn ngày 1/1/2020').map(({ref}) => ref.title)).toEqual([
      'Công đoàn'
    ])
  })
  it('reads a law named alone at the head of a basis clause ("Căn cứ Luật A; Luật B;"), not one named inside a title', () => {
    expect(
      findReferences('Căn cứ Luật Bầu cử mẫu; Luật Mặt trận mẫu; Căn cứ Kế hoạch số 1/KH-X ngày 2/3/2025.').map(
        ({ref}) => [ref.title ?? ref.number, ref.date]
      )
    ).toEqual([
      ['Bầu cử mẫu', null],
      ['Mặt trận mẫu', null],
      ['1/KH-X', '2025-03-02']
    ])
    expect(
      findReferences('Nghị định số 5/2024/NĐ-CP quy định chi tiết thi hành Luật Đất đai mẫu;').map(
        ({ref}) => ref.number
      )
    ).toEqual(['5/2024/NĐ-CP'])
  })
  it('ends a law cited by name where its citation ends, not in the next sentence or clause', () => {
    const cases: ReadonlyArray<
      readonly [string, {title: string; date?: string | null; number?: string | null} | null]
    > = [
      // A sentence end before a later "ngày …", "số …": the law named without date or number is no citation.
      ['Tuyên truyền Luật Hòa giải mẫu đến người dân. Các xã tổ chức hội nghị ngày 3/4/2026.', null],
      ['Áp dụng Luật Đất đai mẫu. Xã lập danh sách số 12 năm 2026.', null],
      // "một số điều": "số" followed by words, not by a number, does not end a name.
      [
        'Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Hòa giải mẫu và Luật Đất đai mẫu ngày 4/5/2025; tiếp đó',
        {title: 'Sửa đổi, bổ sung một số điều của Luật Hòa giải mẫu và Luật Đất đai mẫu', date: '2025-05-04'}
      ],
      // A comma before "của …" ends the name: the issuer is not part of it.
      ['Thi hành Luật Thi đua, khen thưởng mẫu, của Quốc hội ngày 15/6/2022; tiếp theo', null],
      [
        'Căn cứ Luật Hòa giải mẫu số 12/2025/QH15; Căn cứ Luật Đất đai mẫu;',
        {title: 'Hòa giải mẫu', number: '12/2025/QH15'}
      ]
    ]
    for (const [text, want] of cases) {
      const laws = findReferences(text).filter(({ref}) => ref.docType === 'luat')
      for (const {ref} of laws) expect(ref.text, text).not.toMatch(/[.;] |, của/u)
      if (want) expect(laws[0]?.ref, text).toMatchObject(want)
      else expect(laws, text).toEqual([])
    }
  })
  it('takes "Quốc hội" whole as the issuer of a law', () => {
    for (const text of [
      'Căn cứ Luật Hòa giải mẫu ngày 20/6/2013 của Quốc hội; Căn cứ Nghị định',
      'Căn cứ Luật Hòa giải mẫu ngày 20/6/2013 của Quốc hội khóa XIII. Sở Tư pháp hướng dẫn'
    ]) {
      const [found] = findReferences(text)
      expect(found?.ref.issuer, text).toMatch(/^Quốc hội(?: khóa XIII)?$/u)
      expect(found?.ref.text, text).toMatch(/của Quốc hội(?: khóa XIII)?$/u)
    }
  })
  it('ends a title after a document’s number at the sentence end or a clause of another issuer', () => {
    const [quoted] = findReferences(
      'Thực hiện Quyết định số 12/QĐ-TTg ngày 1/2/2024 phê duyệt Đề án về hòa giải. Tỉnh tổ chức hội thi “Hòa giải viên giỏi” năm 2026'
    )
    expect(quoted?.ref.title).toBe('phê duyệt Đề án về hòa giải')
    const [plain] = findReferences(
      'Thực hiện Kế hoạch số 5/KH-UBND ngày 1/2/2024 của UBND tỉnh về tăng cường hòa giải, của Sở Tư pháp về tập huấn'
    )
    expect(plain?.ref.title).toBe('về tăng cường hòa giải')
  })
  it('names the plenum that made a Party resolution, and a ministry by its whole name', () => {
    const [party, ministry] = findReferences(
      'Nghị quyết số 9-NQ/TW ngày 2/1/2020 của Hội nghị lần thứ hai Ban Chấp hành Trung ương Khóa XIII về việc A; Quyết định số 7/QĐ-BNN ngày 1/2/2021 của Bộ Nông nghiệp và Phát triển nông thôn về việc B'
    )
    expect(party?.ref.issuer).toBe('Hội nghị lần thứ hai Ban Chấp hành Trung ương Khóa XIII')
    expect(ministry?.ref.issuer).toBe('Bộ Nông nghiệp và Phát triển nông thôn')
  })
})

describe('agency patterns', () => {
  it('every pattern can only start with a capital letter or "các" (matchAgency relies on it to skip prose quickly)', async () => {
    const {AGENCY_PATTERNS} = await import('../src/lib/agency.js')
    for (const row of AGENCY_PATTERNS) {
      const regex = new RegExp(`^(?:${row.pattern})`, 'u')
      for (const start of 'abcdđeghiklmnopqrstuvxyàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ') {
        if (start === 'c') continue
        expect(regex.test(`${start}ơ quan`), `${row.id} from “${start}”`).toBe(false)
      }
      expect(/^(?:\(\?:)*(?:\p{Lu}|các)/u.test(row.pattern), row.id).toBe(true)
    }
  })
})
