// The draft form's date: typed as ngày/tháng/năm whatever the browser's language, or pasted as an
// ISO date (year first, so never read as another day); a day that does not exist is refused.
import {describe, expect, it} from 'vitest'
import {draftDate} from '../src/draft-view.js'

describe('the draft form’s date', () => {
  it('reads ngày/tháng/năm with /, . or -', () => {
    expect(draftDate('2/3/2026')).toBe('2026-03-02')
    expect(draftDate(' 02.03.2026 ')).toBe('2026-03-02')
    expect(draftDate('02-03-2026')).toBe('2026-03-02')
  })
  it('reads an ISO date, year first, as the same day', () => {
    expect(draftDate('2026-03-02')).toBe('2026-03-02')
    expect(draftDate('2026-3-2')).toBe('2026-03-02')
  })
  it('refuses a day that does not exist, in either order, and gives nothing for nothing', () => {
    expect(draftDate('31/04/2026')).toBeNull()
    expect(draftDate('2026-02-30')).toBeNull()
    expect(draftDate('03/2026')).toBeNull()
    expect(draftDate('  ')).toBe('')
  })
})
