// The growth of a function's time from n to 8n repetitions of a pattern (issue #14): linear work
// grows about 8×, work in the square of the input about 64×. Shared by test/complexity.stress.test.ts
// (the text readers and field parsers) and packages/files/test/complexity.stress.test.ts (DOCX, PDF),
// and checked on linear and quadratic stand-ins by test/growth.stress.test.ts.
//
// Time here is the CPU time of this process (process.cpuUsage: every thread of it, the collector
// included), not the wall clock: other work on a loaded machine takes the processor away from a
// test and stretches its wall time, but does not add to its CPU time. The functions measured are
// in-process work (those that return a promise do their work in this process too), so their CPU
// time is their cost; and vitest's default pool (forks) runs each test file in a process of its
// own, with its tests one after another, so nothing else adds to it.

/** A name, the function under test (it may return a promise), its patterns, and the most characters of the small input (8 KB unless said). */
export type Entry = readonly [
  name: string,
  run: (input: string) => unknown,
  alphabets: readonly string[],
  maxSmall?: number
]

/**
 * The bound on the growth from n to 8n. Linear work grows 8× (up to 12× was measured for the
 * readers, in CPU time, with the machine's load average at 12-20); work in the square of the
 * input grows 64×, and n log n about 10×. 20× separates them with room on either side.
 */
export const LIMIT = 20
/** The CPU time, in ms, of one measurement of the small input: the function is run as many times as it takes, so timer resolution and one collection do not make a ratio. */
export const BASELINE = 30
/** Measurements of each input; the smallest counts (noise only ever adds time). */
const REPEATS = 5
/** The CPU time, in ms, after which the large input is measured no more (once measured twice): work in the square of the input takes seconds there, and two measurements over the limit are enough. */
const LARGE_BUDGET = 2_000
/** The single-run CPU time, in ms, at which n stops growing (before the input reaches its most characters). */
const ENOUGH = 5

/** The CPU time of this process, in ms. */
export function cpuNow(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1_000
}

/** The CPU time `work` takes, in ms, with its result. */
export async function cpuTime<T>(work: () => T | Promise<T>): Promise<{ms: number; value: T}> {
  const started = cpuNow()
  const value = await work()
  return {ms: cpuNow() - started, value}
}

/** The CPU time of `times` runs of `run`, in ms. */
async function batch(run: () => unknown, times: number): Promise<number> {
  const started = cpuNow()
  for (let time = 0; time < times; time++) await run()
  return cpuNow() - started
}

interface Growth {
  n: number
  /** Runs of each input per measurement. */
  runs: number
  /** The smallest measurement of the small and the large input, in ms of CPU time. */
  small: number
  large: number
  ratio: number
}

/**
 * The growth of `run`'s CPU time from n to 8n repetitions of `pattern`. The small input is run as
 * many times per measurement as it takes to reach {@link BASELINE} ms (found by running it, which
 * warms it up too: one cold run says little), and the large one the same
 * number of times; each is measured {@link REPEATS} times and its smallest measurement counts,
 * except that the large input stops being measured once a measurement is within the limit (another
 * could only be smaller), or once it has taken {@link LARGE_BUDGET} ms over at least two.
 */
async function growthAt(run: (input: string) => unknown, pattern: string, n: number): Promise<Growth> {
  const smallInput = pattern.repeat(n)
  const once = () => run(smallInput)
  let runs = 1
  for (let measured = await batch(once, runs); measured < BASELINE; measured = await batch(once, runs)) {
    runs = Math.max(runs * 2, Math.ceil((runs * 1.2 * BASELINE) / Math.max(measured, 0.001)))
  }
  let small = Number.POSITIVE_INFINITY
  for (let time = 0; time < REPEATS; time++) small = Math.min(small, await batch(once, runs))
  small = Math.max(small, 0.001)
  const largeInput = pattern.repeat(8 * n)
  let large = Number.POSITIVE_INFINITY
  let spent = 0
  for (let time = 0; time < REPEATS && large / small > LIMIT && (time < 2 || spent < LARGE_BUDGET); time++) {
    const measured = await batch(() => run(largeInput), runs)
    large = Math.min(large, measured)
    spent += measured
  }
  return {n, runs, small, large, ratio: large / small}
}

/**
 * n is the first power of two from 512 characters of input whose CPU time (after a warm-up)
 * reaches {@link ENOUGH} ms, or whose input reaches the most characters (8 KB unless said): the
 * large input stays within 64 KB, below the size where the cost per character of every reader
 * jumps some 5× on this machine (caches, the collector), which would pass for super-linear growth.
 * A ratio over the limit is measured once more, from scratch, and counts only when it is over the
 * limit both times: the compiler and the collector can make one measurement noisy, while work in
 * the square of the input is over the limit every time. (The second measurement is at the same n:
 * at 2n and 4n, as once, work in the square of the input took minutes to fail.)
 */
async function growth(run: (input: string) => unknown, pattern: string, maxSmall: number): Promise<Growth> {
  let n = Math.max(1, Math.ceil(Math.min(512, maxSmall / 2) / pattern.length))
  await batch(() => run(pattern.repeat(n)), 3)
  while (n * pattern.length < maxSmall && (await batch(() => run(pattern.repeat(n)), 1)) < ENOUGH) n *= 2
  let measured = await growthAt(run, pattern, n)
  if (measured.ratio > LIMIT) measured = await growthAt(run, pattern, n)
  return measured
}

/** One measured growth as a line to read. */
function describeGrowth(name: string, pattern: string, {n, runs, small, large, ratio}: Growth): string {
  return `${name}: ${JSON.stringify(pattern)} × ${n} → ${8 * n}, ${runs} run${runs === 1 ? '' : 's'}: ${small.toFixed(1)} → ${large.toFixed(1)} ms CPU (${ratio.toFixed(1)}×)`
}

/** The patterns of `entry` whose CPU time grows more than {@link LIMIT}× from n to 8n (none, for linear code), as lines to read; `known` lists cases left out, as "name: pattern". Set KEHOACH_COMPLEXITY_LOG to print every growth measured. */
export async function superLinear(
  [name, run, alphabets, maxSmall = 8_192]: Entry,
  known: ReadonlySet<string> = new Set()
): Promise<string[]> {
  const failures: string[] = []
  for (const pattern of alphabets) {
    if (known.has(`${name}: ${JSON.stringify(pattern)}`)) continue
    const measured = await growth(run, pattern, maxSmall)
    if (process.env['KEHOACH_COMPLEXITY_LOG']) console.log(describeGrowth(name, pattern, measured))
    if (measured.ratio > LIMIT) failures.push(describeGrowth(name, pattern, measured))
  }
  return failures
}
