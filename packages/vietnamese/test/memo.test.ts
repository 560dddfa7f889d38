import {describe, expect, it} from 'vitest'
import {memo} from '../src/lib/memo.js'

describe('memo', () => {
  it('computes each answer once, undefined answers too', () => {
    const asked: string[] = []
    const lengthOf = memo((key: string) => (asked.push(key), key === '' ? undefined : key.length), 10)
    expect([lengthOf('Sở Tư pháp'), lengthOf('Sở Tư pháp'), lengthOf(''), lengthOf('')]).toEqual([
      10,
      10,
      undefined,
      undefined
    ])
    expect(asked).toEqual(['Sở Tư pháp', ''])
  })

  it('holds at most `limit` answers: the memory starts again when full', () => {
    const asked: string[] = []
    const same = memo((key: string) => (asked.push(key), key), 2)
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) same(key)
    // "c" finds the memory full (a, b) and empties it; then "a" is asked again, "b" too.
    expect(asked).toEqual(['a', 'b', 'c', 'a', 'b'])
  })
})
