// matchAgency tries only the patterns that can start with the character at hand. These
// tests hold that shortcut to the plain rule (every pattern, longest match wins).
import {describe, expect, it} from 'vitest'
import {matchAgency, normalizeText} from '@kehoach/model'
import {AGENCY_PATTERNS} from '../src/lib/agency.js'
import {firstCharacters} from '../src/lib/agency.js'
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

describe('first characters of the agency patterns', () => {
  it('reads the leading literal, alternatives and optional groups', () => {
    expect(firstCharacters('Sở Tư pháp')).toEqual(new Set(['S']))
    expect(firstCharacters('(?:Ủy ban nhân dân|UBND)(?:\\s+x)?')).toEqual(new Set(['Ủ', 'U']))
    expect(firstCharacters('(?:(?:Ủy ban|UB)\\s*)?(?:Mặt trận|MTTQ)')).toEqual(new Set(['Ủ', 'U', 'M']))
    expect(firstCharacters('a?b')).toEqual(new Set(['a', 'b']))
    expect(firstCharacters('\\p{Lu}x')).toBeUndefined()
    expect(firstCharacters('(?:x|[ab])')).toBeUndefined()
    expect(firstCharacters('x?')).toBeUndefined()
  })

  it('knows where every pattern can start (so none is tried everywhere)', () => {
    for (const row of AGENCY_PATTERNS) expect(firstCharacters(row.pattern), row.id).toBeDefined()
  })

  it.each([
    ['Sở Tư pháp, Sở Nội vụ và UBND các huyện, thành phố'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các cơ quan, tổ chức có liên quan'],
    ['UB MTTQ tỉnh; Bộ Chỉ huy Quân sự tỉnh; Bộ đội Biên phòng tỉnh; Tòa án nhân dân tỉnh; VKSND tỉnh'],
    ['Cục Phổ biến, giáo dục pháp luật (Bộ Tư pháp), Trung tâm Trợ giúp pháp lý nhà nước tỉnh, Tỉnh đoàn']
  ])('gives the plain rule’s answer at every position of %s', (text) => {
    for (let index = 0; index < text.length; index++) expect(matchAgency(text, index)?.end, `${index}`).toBe(longestMatch(text, index)?.end)
  })

  it.skipIf(!present)('gives the plain rule’s answer at every capital and “các” of the real plans', () => {
    for (const name of ['vinh-phuc-147-kh-ubnd-2024.txt', 'ha-noi-183-kh-ubnd-2025.news.txt', 'bac-giang-2363-kh-ubnd-2019.news.txt']) {
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
