/**
 * Weights of features by how rare they are in the two plans compared, and the weighted
 * similarity of two tasks: what the task aligner scores pairs with. Features and their
 * inverse document frequency come from @kehoach/vietnamese (`featuresOf`, `idfWeight`),
 * the same the coverage scores with.
 */

import {idfWeight, type Features} from '@kehoach/vietnamese'

/**
 * Weights of features by inverse document frequency over a collection of texts.
 * A feature unknown to the collection gets the weight of the rarest one.
 */
export class Weights {
  /** In how many documents each feature occurs; weights are computed from it when asked (most features never are). */
  readonly #frequency = new Map<string, number>()
  readonly #total: number

  constructor(documents: ReadonlyArray<Features>) {
    const frequency = this.#frequency
    for (const features of documents)
      for (const feature of features) frequency.set(feature, (frequency.get(feature) ?? 0) + 1)
    this.#total = Math.max(documents.length, 1)
  }

  /** Each feature's weight once computed (an alignment asks for the same features for every pair). */
  readonly #weights = new Map<string, number>()

  of(feature: string): number {
    let weight = this.#weights.get(feature)
    if (weight === undefined) {
      weight = idfWeight(this.#total, this.#frequency.get(feature) ?? 1, feature.includes(' '))
      this.#weights.set(feature, weight)
    }
    return weight
  }

  /** Total weight of a feature set. */
  sum(features: Features): number {
    let total = 0
    for (const feature of features) total += this.of(feature)
    return total
  }
}

/** What two texts share, and how much it weighs. */
export interface Overlap {
  /** Weight of the shared features. */
  shared: number
  /** The shared features, heaviest first. */
  terms: string[]
}

function overlap(a: Features, b: Features, weights: Weights): Overlap {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  const terms: string[] = []
  let shared = 0
  for (const feature of small) {
    if (large.has(feature)) {
      shared += weights.of(feature)
      terms.push(feature)
    }
  }
  terms.sort((x, y) => weights.of(y) - weights.of(x) || x.localeCompare(y, 'vi'))
  return {shared, terms}
}

/** Weighted Dice similarity (0..1): how alike two tasks are, in both directions. */
export function similarity(a: Features, b: Features, weights: Weights): Overlap & {score: number} {
  const result = overlap(a, b, weights)
  const total = weights.sum(a) + weights.sum(b)
  return {...result, score: total === 0 ? 0 : (2 * result.shared) / total}
}
