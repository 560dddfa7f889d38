/**
 * The aligner: pairs items of two lists by what they say, not by their numbers, on
 * the weighted word features of words.ts (@kehoach/model). Coverage uses the same features and
 * weights to find a scheme group's tasks; diff uses `alignOneToOne` to find which task
 * of the new version is which task of the old one.
 */

import type {Features} from '@kehoach/vietnamese'
import type {Weights} from './weights.js'

export interface Pair {
  left: number
  right: number
  score: number
}

export interface Alignment {
  pairs: Pair[]
  /** Indexes of `left` with no partner (removed). */
  left: number[]
  /** Indexes of `right` with no partner (added). */
  right: number[]
  /** True when the lists were too long to score every pair ({@link MAX_PAIRS}): each item was scored against the other list's items near its own place. */
  bounded?: true
}

/**
 * The most pairs of items scored one against the other. The largest real plan has some 150 tasks
 * (a few thousand pairs at one level); two generated plans of 8,500 and 500 sibling tasks scored
 * 4 million pairs, two copies of the first 72 million (past 120 s and 1.7 GB). Past it, each item
 * is scored against the items of the other list within a band around its own relative place, so the
 * work stays about MAX_PAIRS; a task moved further than the band is then a removal and an addition.
 * 250,000 (500 tasks against 500): at 1,000,000 scoring the pairs of two 1 MB plans of 8,000 tasks
 * was 0.45 s of their diff's 2.8-3.2 s.
 */
export const MAX_PAIRS = 250_000

export interface AlignOptions {
  /** Least similarity for two items to be the same (0..1). Default 0.35. */
  threshold?: number
  /** Extra evidence that two items are the same, added to their similarity (e.g. identical titles). */
  bonus?: (left: number, right: number) => number
}

/**
 * The similarity of any item of `left` to any of `right`: `similarity`'s score (weights.ts), the same
 * number to the last bit. Each feature is numbered and weighed once, each item is its features'
 * numbers in its set's order (the order `Weights.sum` and `similarity` add them in); a pair is
 * scored on numbers marked in two arrays. Looking each feature up in string-keyed sets and asking its
 * weight again, for every pair that shares it, was most of the scoring of two 1 MB plans.
 */
export function scorer(
  left: readonly Features[],
  right: readonly Features[],
  weights: Weights
): (i: number, j: number) => number {
  const numbers = new Map<string, number>()
  const weightOf: number[] = []
  const encode = (features: Features): Int32Array => {
    const list = new Int32Array(features.size)
    let at = 0
    for (const feature of features) {
      let number = numbers.get(feature)
      if (number === undefined) {
        number = weightOf.length
        numbers.set(feature, number)
        weightOf.push(weights.of(feature))
      }
      list[at++] = number
    }
    return list
  }
  const sum = (list: Int32Array) => {
    let total = 0
    for (const number of list) total += weightOf[number] as number
    return total
  }
  const leftLists = left.map(encode)
  const rightLists = right.map(encode)
  const leftSums = leftLists.map(sum)
  const rightSums = rightLists.map(sum)
  // Marks by feature number, each only ever set to i for the features of left item i (to j for those
  // of right item j), so none needs clearing: `inLeft` for the left item last scored, `inRight` for the
  // right item last marked.
  const inLeft = new Int32Array(weightOf.length).fill(-1)
  const inRight = new Int32Array(weightOf.length).fill(-1)
  let marked = -1
  return (i, j) => {
    const a = leftLists[i] as Int32Array
    const b = rightLists[j] as Int32Array
    if (marked !== i) {
      for (const number of a) inLeft[number] = i
      marked = i
    }
    // What the two share, as `similarity` adds it up: the smaller set's features in its order, those the other has.
    let shared = 0
    if (a.length <= b.length) {
      for (const number of b) inRight[number] = j
      for (const number of a) if (inRight[number] === j) shared += weightOf[number] as number
    } else {
      for (const number of b) if (inLeft[number] === i) shared += weightOf[number] as number
    }
    // Each item's total weight summed once, not once a pair.
    const total = (leftSums[i] as number) + (rightSums[j] as number)
    return total === 0 ? 0 : (2 * shared) / total
  }
}

/**
 * The items of a list of `right` items that one of `left` items is scored against: all of them, or,
 * when the pairs number more than {@link MAX_PAIRS}, those within a band around its own relative place,
 * so the work stays about MAX_PAIRS.
 */
export function band(
  left: number,
  right: number
): {bounded: boolean; range: (i: number) => readonly [first: number, last: number]} {
  if (left * right <= MAX_PAIRS) return {bounded: false, range: () => [0, right - 1]}
  const width = Math.max(1, Math.floor(MAX_PAIRS / (2 * left)))
  return {
    bounded: true,
    range: (i) => {
      const centre = Math.round((i * right) / left)
      return [Math.max(0, centre - width), Math.min(right - 1, centre + width)]
    }
  }
}

/**
 * One-to-one alignment: the most similar pairs first; between equally similar pairs,
 * the ones whose positions are closest. Deterministic.
 */
export function alignOneToOne(
  left: readonly Features[],
  right: readonly Features[],
  weights: Weights,
  options?: Readonly<AlignOptions> | null
): Alignment {
  const threshold = options?.threshold ?? 0.35
  const bonus = options?.bonus
  const similar = scorer(left, right, weights)
  const {bounded, range} = band(left.length, right.length)
  const candidateLeft: number[] = []
  const candidateRight: number[] = []
  const candidateScore: number[] = []
  for (let i = 0; i < left.length; i++) {
    const [first, last] = range(i)
    for (let j = first; j <= last; j++) {
      const score = Math.min(1, similar(i, j) + (bonus?.(i, j) ?? 0))
      if (score >= threshold) {
        candidateLeft.push(i)
        candidateRight.push(j)
        candidateScore.push(score)
      }
    }
  }
  // Relative position (0..1) breaks ties, so the n-th of two identical items pairs with the n-th.
  const position = candidateLeft.map((i, at) =>
    Math.abs(i / Math.max(1, left.length) - (candidateRight[at] as number) / Math.max(1, right.length))
  )
  // Then the left item, then the right one: the order the candidates were found in, which the sort keeps (it is stable).
  const order = candidateLeft.map((_, at) => at)
  order.sort(
    (x, y) =>
      (candidateScore[y] as number) - (candidateScore[x] as number) || (position[x] as number) - (position[y] as number)
  )
  const usedLeft = new Uint8Array(left.length)
  const usedRight = new Uint8Array(right.length)
  const pairs: Pair[] = []
  for (const at of order) {
    const i = candidateLeft[at] as number
    const j = candidateRight[at] as number
    if (usedLeft[i] === 1 || usedRight[j] === 1) continue
    usedLeft[i] = 1
    usedRight[j] = 1
    pairs.push({left: i, right: j, score: candidateScore[at] as number})
  }
  pairs.sort((a, b) => a.right - b.right)
  return {
    pairs,
    left: left.map((_, index) => index).filter((index) => usedLeft[index] === 0),
    right: right.map((_, index) => index).filter((index) => usedRight[index] === 0),
    ...(bounded ? {bounded: true as const} : {})
  }
}
