/**
 * The aligner: pairs items of two lists by what they say, not by their numbers, on
 * the weighted word features of words.ts (@kehoach/model). Coverage uses the same features and
 * weights to find a scheme group's tasks; diff uses `alignOneToOne` to find which task
 * of the new version is which task of the old one.
 */

import type {Features} from '@kehoach/vietnamese'
import {similarity, type Weights} from './weights.js'

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
}

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
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      const score = Math.min(
        1,
        similarity(left[i] as Features, right[j] as Features, weights).score + (options?.bonus?.(i, j) ?? 0)
      )
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
    right: right.map((_, index) => index).filter((index) => !usedRight.has(index))
  }
}
