// The growth of a function's time from n to 8n repetitions of a pattern (issue #14): linear work
// grows about 8×, work in the square of the input about 64×. Shared by test/complexity.stress.test.ts
// (the text readers and field parsers) and packages/files/test/complexity.stress.test.ts (DOCX, PDF).

/** A name, the function under test (it may return a promise), its patterns, and the most characters of the small input (8 KB unless said). */
export type Entry = readonly [name: string, run: (input: string) => unknown, alphabets: readonly string[], maxSmall?: number]

/**
 * Linear work grows 8× for 8× input, and up to 20× was measured for linear code on a shared
 * two-core machine (other work, the collector, caches); work in the square of the input grows 64×.
 */
export const LIMIT = 30
/** The smallest time divided by, so timer noise on tiny inputs cannot make a ratio. */
const FLOOR = 0.25

async function best(run: () => unknown, times: number): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY
  for (let time = 0; time < times; time++) {
    const started = performance.now()
    await run()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}

interface Growth {
  n: number
  small: number
  large: number
  ratio: number
}

/**
 * The growth of `run`'s time from n to 8n repetitions of `pattern`: the best of three runs of
 * the small input, the best of three of the large one, except that the large input stops
 * being run once a run of it is within the limit (another run could only be faster).
 */
async function growthAt(run: (input: string) => unknown, pattern: string, n: number): Promise<Growth> {
  const small = await best(() => run(pattern.repeat(n)), 3)
  const input = pattern.repeat(8 * n)
  let large = Number.POSITIVE_INFINITY
  for (let time = 0; time < 3 && large / Math.max(small, FLOOR) > LIMIT; time++) large = Math.min(large, await best(() => run(input), 1))
  return {n, small, large, ratio: large / Math.max(small, FLOOR)}
}

/**
 * n is the first power of two from 512 characters of input whose time (best of two, after a
 * warm-up) reaches 3 ms, or whose input reaches 8 KB: the large input stays within 64 KB, below
 * the size where the cost per character of every reader jumps some 5× on this machine (caches,
 * the collector), which would pass for super-linear growth. A ratio over the limit is measured
 * again from 2n and from 4n, and counts only when it is over the limit every time: the
 * compiler, the caches and the collector (and other work on a shared machine) make a single
 * step noisy, while work in the square of the input is over the limit at every size.
 */
async function growth(run: (input: string) => unknown, pattern: string, maxSmall: number): Promise<Growth> {
  let n = Math.max(1, Math.ceil(Math.min(512, maxSmall / 2) / pattern.length))
  await best(() => run(pattern.repeat(n)), 3)
  while (n * pattern.length < maxSmall && (await best(() => run(pattern.repeat(n)), 2)) < 3) n *= 2
  let measured = await growthAt(run, pattern, n)
  for (let retry = 1; retry <= 2 && measured.ratio > LIMIT; retry++) measured = await growthAt(run, pattern, n * 2 ** retry)
  return measured
}

/** The patterns of `entry` whose time grows more than {@link LIMIT}× from n to 8n (none, for linear code), as lines to read; `known` lists cases left out, as "name: pattern". */
export async function superLinear([name, run, alphabets, maxSmall = 8_192]: Entry, known: ReadonlySet<string> = new Set()): Promise<string[]> {
  const failures: string[] = []
  for (const pattern of alphabets) {
    if (known.has(`${name}: ${JSON.stringify(pattern)}`)) continue
    const {n, small, large, ratio} = await growth(run, pattern, maxSmall)
    if (process.env['KEHOACH_COMPLEXITY_LOG']) console.log(`${name}: ${JSON.stringify(pattern)} × ${n} → ${8 * n}: ${small.toFixed(1)} → ${large.toFixed(1)} ms (${ratio.toFixed(1)}×)`)
    if (ratio > LIMIT) failures.push(`${name}: ${JSON.stringify(pattern)} × ${n} → ${8 * n}: ${small.toFixed(1)} → ${large.toFixed(1)} ms (${ratio.toFixed(1)}×)`)
  }
  return failures
}

