// Issue 29: the web app's compare screen shows a word diff with the spacing prose has: no space
// before a comma or a closing bracket or "/", none after an opening one (as the CLI's diff does,
// packages/diff/src/lib/format.ts).
import {expect, it} from 'vitest'
import {wordGap} from '../src/compare-view.js'

it.each([
  ['tỉnh', ', cấp xã', ''],
  ['Quý', 'II', ' '],
  ['II', '/2026', ''],
  ['(', 'hằng năm', ''],
  ['cấp tỉnh', '(hằng năm)', ' '],
  ['hằng năm', ').', '']
])('between “%s” and “%s”: “%s”', (before, after, gap) => {
  expect(wordGap(before, after)).toBe(gap)
})
