import {describe, expect, it} from 'vitest'
import {copyTargetMeasures} from '../src/lib/measures.js'

describe('copyTargetMeasures', () => {
  it('copies the optional measures only when they are set, after the fields the caller put first', () => {
    const target = {
      text: 't',
      value: 60,
      max: 75,
      unit: '%',
      comparator: '>=' as const,
      per: null,
      deadline: '2030-12-31',
      subject: 's'
    }
    expect(Object.entries(copyTargetMeasures({text: 'x', value: 60}, target))).toEqual([
      ['text', 'x'],
      ['value', 60],
      ['max', 75],
      ['deadline', '2030-12-31']
    ])
    expect(copyTargetMeasures({}, {per: {value: 80, unit: 'tổ'}, deadline: null})).toEqual({
      per: {value: 80, unit: 'tổ'}
    })
  })
})
