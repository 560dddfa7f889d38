// matchAgency tries only the patterns that can start with the character at hand. These
// tests hold that shortcut to the plain rule (every pattern, longest match wins).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {matchAgency, normalizeText} from '@kehoach/vietnamese'
import {AGENCY_PATTERNS} from '../src/lib/agency.js'
import {present, read} from '../../../test/corpus.js'

const ALL = AGENCY_PATTERNS.map((row) => ({row, regex: new RegExp(row.pattern, 'uy')}))

/** The plain rule, without the shortcut. */
function longestMatch(text: string, index: number): {end: number; id: string} | undefined {
  let best: {end: number; id: string} | undefined
  for (const {row, regex} of ALL) {
    regex.lastIndex = index
    const match = regex.exec(text)
    if (match && (!best || index + match[0].length > best.end)) best = {end: index + match[0].length, id: row.id}
  }
  return best
}

/** Names of every kind of agency, and the characters their kinds can start with. */
const SAMPLES = [
  'Ủy ban nhân dân tỉnh',
  'UBND các huyện, thành phố',
  'Hội đồng nhân dân tỉnh',
  'HĐND tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'UB MTTQ tỉnh',
  'Mặt trận Tổ quốc tỉnh',
  'MTTQ tỉnh',
  'UBMTTQ tỉnh',
  'Sở Tư pháp',
  'STP',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Thông tin và Truyền thông',
  'Sở TT&TT',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Kế hoạch và Đầu tư',
  'Sở Nông nghiệp và Môi trường',
  'Sở Tài nguyên và Môi trường',
  'Sở Dân tộc và Tôn giáo',
  'Sở Xây dựng',
  'Bộ Tư pháp',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Văn phòng Chính phủ',
  'Bộ Chỉ huy quân sự tỉnh',
  'Bộ Tư lệnh Thủ đô',
  'Bộ đội Biên phòng tỉnh',
  'BĐBP tỉnh',
  'Bộ Công an',
  'Công an tỉnh',
  'Tòa án nhân dân tỉnh',
  'TAND tỉnh',
  'Viện kiểm sát nhân dân tỉnh',
  'VKSND tỉnh',
  'Hội Luật gia tỉnh',
  'Đoàn Luật sư tỉnh',
  'Hội Liên hiệp Phụ nữ tỉnh',
  'Hội Nông dân tỉnh',
  'Hội Cựu chiến binh tỉnh',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Liên đoàn Lao động tỉnh',
  'Báo và Phát thanh, Truyền hình tỉnh',
  'Báo Nhân Dân',
  'Đài Phát thanh - Truyền hình tỉnh',
  'Văn phòng UBND tỉnh',
  'Phòng Tư pháp',
  'Cục Phổ biến, giáo dục pháp luật',
  'Thành ủy',
  'Tỉnh ủy',
  'Huyện ủy',
  'Đảng ủy',
  'Ban Thường vụ Tỉnh ủy',
  'Thủ tướng Chính phủ',
  'Chính phủ',
  'Trung tâm Trợ giúp pháp lý tỉnh',
  'các cơ quan, tổ chức có liên quan'
]

const LOWER = 'abcdđeghiklmnopqrstuvxyàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ'
/** Every letter the patterns are written with, in both cases, every Vietnamese letter (what \p{Lu} and \p{L} stand for), digits and signs. */
const ALPHABET = [
  ...new Set(
    [
      ...AGENCY_PATTERNS.map((row) => row.pattern).join(''),
      ...LOWER,
      ...LOWER.toLocaleUpperCase('vi'),
      ...'0123456789 ,;-&/()'
    ].flatMap((char) => [char, char.toLocaleLowerCase('vi'), char.toLocaleUpperCase('vi')])
  )
].filter((char) => char.length === 1)

describe('the first-character column of the agency patterns', () => {
  const anchored = ALL.map(({row}) => ({row, regex: new RegExp(`^(?:${row.pattern})`, 'u')}))

  it('holds only characters each pattern can start with: every one begins a sample name of its kind', () => {
    for (const {row, regex} of anchored) {
      const witnesses = SAMPLES.filter((name) => regex.test(name))
      expect(witnesses.length, row.id).toBeGreaterThan(0)
      expect([...row.first].sort(), row.id).toEqual([...new Set(witnesses.map((name) => name[0] as string))].sort())
    }
  })

  it('holds every character a pattern can start with: text from its alphabet that starts with another never matches', () => {
    for (const {row, regex} of anchored) {
      const others = ALPHABET.filter((char) => !row.first.includes(char))
      // Its sample names with another first letter, or another letter before them; its own words after another letter.
      const words = [...new Set(row.pattern.split(/[^\p{L}]+/u).filter(Boolean))]
      const witnesses = SAMPLES.filter((name) => regex.test(name))
      for (const char of others) {
        for (const name of witnesses) {
          expect(regex.test(char + name.slice(1)), `${row.id}: ${char + name.slice(1)}`).toBe(false)
          expect(regex.test(char + name), `${row.id}: ${char + name}`).toBe(false)
        }
      }
      fc.assert(
        fc.property(
          fc.constantFrom(...others),
          fc.array(fc.constantFrom(...words, ' ', ', ', ' - ', '&', ...ALPHABET), {maxLength: 12}),
          (char, rest) => !regex.test(char + rest.join(''))
        ),
        {numRuns: 100}
      )
    }
  })

  it.each([
    ['Sở Tư pháp, Sở Nội vụ và UBND các huyện, thành phố'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các cơ quan, tổ chức có liên quan'],
    ['UB MTTQ tỉnh; Bộ Chỉ huy Quân sự tỉnh; Bộ đội Biên phòng tỉnh; Tòa án nhân dân tỉnh; VKSND tỉnh'],
    ['Cục Phổ biến, giáo dục pháp luật (Bộ Tư pháp), Trung tâm Trợ giúp pháp lý nhà nước tỉnh, Tỉnh đoàn']
  ])('gives the plain rule’s answer at every position of %s', (text) => {
    for (let index = 0; index < text.length; index++)
      expect(matchAgency(text, index)?.end, `${index}`).toBe(longestMatch(text, index)?.end)
  })

  it.skipIf(!present)('gives the plain rule’s answer at every capital and “các” of the real plans', () => {
    for (const name of [
      'vinh-phuc-147-kh-ubnd-2024.txt',
      'ha-noi-183-kh-ubnd-2025.news.txt',
      'bac-giang-2363-kh-ubnd-2019.news.txt'
    ]) {
      const {text} = normalizeText(read(name))
      let checked = 0
      for (let index = 1; index < text.length; index++) {
        const char = text[index] as string
        if (char.toLowerCase() === char && !text.startsWith('các', index)) continue
        const want = longestMatch(text, index)
        const got = matchAgency(text, index)
        expect({end: got?.end, id: got?.pattern.id}, `${name}@${index}`).toEqual({end: want?.end, id: want?.id})
        checked++
      }
      expect(checked).toBeGreaterThan(100)
    }
  })
})
