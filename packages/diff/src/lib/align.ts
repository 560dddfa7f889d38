/**
 * The aligner: pairs items of two lists by what they say, not by their numbers, on
 * the weighted word features of words.ts (@kehoach/model). Coverage uses the same features and
 * weights to find a scheme group's tasks; diff uses `alignOneToOne` to find which task
 * of the new version is which task of the old one.
 */

import type {Features} from '@kehoach/vietnamese'
import {sharedWeight, type Weights} from './weights.js'

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
  const candidates: Pair[] = []
  const bounded = left.length * right.length > MAX_PAIRS
  const leftSums = left.map((features) => weights.sum(features))
  const rightSums = right.map((features) => weights.sum(features))
  // Each item of `left` against the items of `right` within `band` of its own relative place.
  const band = bounded ? Math.max(1, Math.floor(MAX_PAIRS / (2 * left.length))) : right.length
  for (let i = 0; i < left.length; i++) {
    const centre = bounded ? Math.round((i * right.length) / left.length) : 0
    const last = bounded ? Math.min(right.length - 1, centre + band) : right.length - 1
    for (let j = bounded ? Math.max(0, centre - band) : 0; j <= last; j++) {
      // `similarity`'s score, with each item's total weight summed once, not once a pair.
      const total = (leftSums[i] as number) + (rightSums[j] as number)
      const similar = total === 0 ? 0 : (2 * sharedWeight(left[i] as Features, right[j] as Features, weights)) / total
      const score = Math.min(1, similar + (options?.bonus?.(i, j) ?? 0))
      if (score >= threshold) candidates.push({left: i, right: j, score})
    }
  }
  // Relative position (0..1) breaks ties, so the n-th of two identical items pairs with the n-th.
  const position = (i: number, j: number) => Math.abs(i / Math.max(1, left.length) - j / Math.max(1, right.length))
  candidates.sort(
    (a, b) =>
      b.score - a.score || position(a.left, a.right) - position(b.left, b.right) || a.left - b.left || a.right - b.right
  )
  const usedLeft = new Set<number>()
  const usedRight = new Set<number>()
  const pairs: Pair[] = []
  for (const candidate of candidates) {
    if (usedLeft.has(candidate.left) || usedRight.has(candidate.right)) continue
    usedLeft.add(candidate.left)
    usedRight.add(candidate.right)
    pairs.push(candidate)
  }
  pairs.sort((a, b) => a.right - b.right)
  return {
    pairs,
    left: left.map((_, index) => index).filter((index) => !usedLeft.has(index)),
    right: right.map((_, index) => index).filter((index) => !usedRight.has(index)),
    ...(bounded ? {bounded: true as const} : {})
  }
}
