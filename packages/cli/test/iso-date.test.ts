import {describe, expect, it} from 'vitest'
import {readIsoDate} from '../src/lib/iso-date.js'

describe('readIsoDate', () => {
  it('takes a day typed as YYYY-MM-DD when it exists and a plan could bear its year', () => {
    expect([
      readIsoDate('2024-02-29'),
      readIsoDate('2025-02-29'),
      readIsoDate('2025-2-3'),
      readIsoDate('1899-12-31'),
      readIsoDate('2025-01-02 ')
    ]).toEqual(['2024-02-29', null, null, null, null])
  })
})
