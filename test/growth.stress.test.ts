// The growth measure of test/growth.ts on stand-ins whose growth is known: it passes linear work,
// n log n work and linear work with a large fixed cost, and it fails work in the square of the
// input, synchronous or behind a promise. So a reader that turns quadratic fails
// test/complexity.stress.test.ts and packages/files/test/complexity.stress.test.ts.
import {describe, expect, it} from 'vitest'
import {LIMIT, superLinear, type Entry} from './growth.js'

/** Linear: one pass over the input. */
function linear(input: string): number {
  let sum = 0
  for (let index = 0; index < input.length; index++) sum = (sum + input.charCodeAt(index) * index) | 0
  return sum
}

/** Quadratic: every character compared with every later one (the shape of a rescan from each position). */
function quadratic(input: string): number {
  let pairs = 0
  for (let i = 0; i < input.length; i++)
    for (let j = i + 1; j < input.length; j++) if (input.charCodeAt(i) === input.charCodeAt(j)) pairs++
  return pairs
}

/** n log n: a sort of the characters' codes. */
function sorted(input: string): number {
  const codes = Array.from(input, (char, index) => (char.charCodeAt(0) * 7919 + index * 104729) % 65521)
  return codes.sort((a, b) => a - b).length
}

/** A fixed cost (a table built on every call) before linear work. */
function fixedCost(input: string): number {
  const table = new Map<number, number>()
  for (let key = 0; key < 20_000; key++) table.set(key, key * 3)
  return linear(input) + table.size
}

const PASSING: Entry[] = [
  ['linear', linear, ['a', 'ab ', 'Quyết định 1/A về “']],
  ['n log n', sorted, ['a', 'ab ']],
  ['a fixed cost and linear work', fixedCost, ['a']],
  ['linear, behind a promise', async (input) => linear(input), ['a']]
]

const FAILING: Entry[] = [
  ['quadratic', quadratic, ['a']],
  ['quadratic, behind a promise', async (input) => quadratic(input), ['a'], 2_048],
  ['quadratic on small inputs only', quadratic, ['ab ', 'Quyết định 1/A về “'], 1_024]
]

describe('the growth measure', () => {
  it.each(PASSING.map((entry) => [entry[0], entry] as const))('passes %s', async (_, entry) => {
    expect(await superLinear(entry)).toEqual([])
  })

  it.each(FAILING.map((entry) => [entry[0], entry] as const))('fails %s, on every pattern', async (_, entry) => {
    const failures = await superLinear(entry)
    expect(failures).toHaveLength(entry[2].length)
    // Well over the bound (20×), not near it: 63-66× measured on a quiet machine, 39.8× once beside
    // a full test run (the small input's time grows most under load).
    for (const failure of failures)
      expect(Number(/\(([\d.]+)×\)$/u.exec(failure)?.[1]), failure).toBeGreaterThan(1.5 * LIMIT)
  })
})
