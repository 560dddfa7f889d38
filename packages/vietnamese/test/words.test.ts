// The comparison key every match is made on: hold its quick implementation to the plain rule.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {featuresOf, matchKey, syllables, textKey} from '@kehoach/vietnamese'
import {ABBREVIATIONS} from '../src/lib/agency.js'

const expansions = new Map(ABBREVIATIONS)

/** The rule, written plainly: the text key, "/" and "%" as spaces, abbreviations written out. */
function plainKey(text: string): string {
  return textKey(text)
    .replace(/[/%]+/gu, ' ')
    .split(/\s+/u)
    .map((word) => expansions.get(word) ?? word)
    .join(' ')
    .trim()
}

describe('matchKey', () => {
  it.each([
    ['UBND tỉnh, Sở Tư pháp', 'ủy ban nhân dân tỉnh sở tư pháp'],
    ['Hoà giải 100% / năm 2025', 'hòa giải 100 năm 2025'],
    ['  “Ngày Pháp luật” (9/11)  ', 'ngày pháp luật 9 11'],
    ['', '']
  ])('%j → %j', (text, key) => {
    expect(matchKey(text)).toBe(key)
  })

  it('gives what the plain rule gives', () => {
    const parts = [
      'UBND',
      'ubnd',
      'HĐND',
      'TP',
      'hoà',
      'giải',
      'viên',
      ' ',
      '  ',
      '/',
      '%',
      '100%',
      '1/7',
      ',',
      '.',
      '(',
      ')',
      '\n',
      '“',
      '"',
      '-',
      'Sở',
      'tư',
      'pháp',
      'stp',
      '\u0301'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), {maxLength: 16}), (words) => {
        const text = words.join('')
        expect(matchKey(text)).toBe(plainKey(text))
      }),
      {numRuns: 3000, seed: 20261121}
    )
  })

  it('gives the syllables and pairs features are made of', () => {
    expect(syllables('Tổ chức Hội thi hòa giải viên giỏi')).toEqual([
      'tổ',
      'chức',
      'hội',
      'thi',
      'hòa',
      'giải',
      'viên',
      'giỏi'
    ])
    expect(featuresOf('UBND các xã').has('ủy ban')).toBe(true)
  })
})
