// The labelled set (315.yaml): loading, the deterministic split, and precision and recall
// per group. Shared by test/labelled.test.ts and scripts/coverage-measure.mjs.
import {existsSync, readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {completePlan} from '@kehoach/model'
// Internal to the package (not a public name): the built module, as scripts/coverage-measure.mjs runs it.
import {explainTasks} from '../../dist/lib/coverage.js'

const here = new URL('./', import.meta.url)
/** The real documents, beside the checkout (../shared/corpus from the repository root). */
export const corpus = new URL('../../../../../shared/corpus/', import.meta.url)
export const corpusPresent = existsSync(corpus)

/** "file:from-to" → the lines joined by spaces, without Markdown emphasis marks. */
export function readLocator(locator) {
  const match = /^(.+):(\d+)-(\d+)$/u.exec(locator)
  if (!match) throw new Error(`labelled: bad locator ${locator}`)
  const lines = readFileSync(new URL(match[1], corpus), 'utf8').split(/\r?\n/u)
  const text = lines
    .slice(Number(match[2]) - 1, Number(match[3]))
    .join(' ')
    .replace(/\*+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
  if (text === '') throw new Error(`labelled: ${locator} is empty`)
  return text
}

/**
 * The entries, each with its text read, and `part`: "measured" for every third entry
 * (the third, sixth…) among those sharing a first group (or none), "build" for the rest;
 * an entry written `part: build` is in the build part and not counted in the split.
 * Entries that point into the corpus are left out when the corpus is not there.
 */
export function loadLabelled(name = '315.yaml') {
  const {entries} = parse(readFileSync(new URL(name, here), 'utf8'))
  const seen = new Map()
  const result = []
  for (const entry of entries) {
    let part = 'build'
    // `part: build` puts a line in the build part without counting it: the measured part stays as it was.
    if (entry.part !== 'build') {
      const key = String(entry.groups[0] ?? 'none')
      const count = (seen.get(key) ?? 0) + 1
      seen.set(key, count)
      part = count % 3 === 0 ? 'measured' : 'build'
    }
    if ((entry.at || entry.headingAt) && !corpusPresent) continue
    const text = entry.at ? readLocator(entry.at) : entry.text
    const heading = entry.headingAt ? readLocator(entry.headingAt) : entry.heading
    result.push({...entry, groups: entry.groups.map(String), text, heading, part})
  }
  return result
}

/** A one-task plan for an entry, with its heading as the parent task and its plan context. A central issuer, so that every group applies. */
export function planOf(entry, scheme) {
  const task = {title: entry.text}
  const tasks = entry.heading ? [{title: entry.heading, children: [task]}] : [task]
  return completePlan({
    meta: {
      issuer: 'Bộ Tư pháp',
      number: '1/KH-BTP',
      date: '2026-01-15',
      title: entry.plan ?? null,
      implements: entry.scheme ? [{number: scheme.id, date: scheme.date}] : []
    },
    tasks
  })
}

/** The groups the engine gives an entry's task: covered (score ≥ 0.5) and partial. */
export function predict(entry, scheme) {
  const explained = explainTasks(planOf(entry, scheme), scheme)
  const own = explained[explained.length - 1]
  return {
    covered: own.groups.filter((group) => group.score >= 0.5).map((group) => group.group),
    partial: own.groups.filter((group) => group.score < 0.5).map((group) => group.group),
    explained: own
  }
}

/** The ids of the groups a task is matched to: the leaves (428's "6.a", "6.b", "6.c"; 315's groups themselves). */
export function leafIds(groups) {
  return groups.flatMap((group) => (group.children?.length ? leafIds(group.children) : [group.id]))
}

/**
 * Precision and recall per group over `entries`: a labelled group counts as found only when
 * covered; a group the engine gives (covered or partly) that is not labelled is a false positive.
 */
export function measure(entries, scheme) {
  const groups = leafIds(scheme.groups)
  const counts = Object.fromEntries(groups.map((id) => [id, {tp: 0, fp: 0, fn: 0}]))
  const errors = []
  let exact = 0
  for (const entry of entries) {
    const {covered, partial} = predict(entry, scheme)
    const given = new Set([...covered, ...partial])
    let right = true
    for (const id of groups) {
      const want = entry.groups.includes(id)
      if (want && covered.includes(id)) counts[id].tp++
      else if (want) counts[id].fn++, (right = false)
      else if (given.has(id)) counts[id].fp++, (right = false)
    }
    if (right) exact++
    else errors.push({id: entry.id, part: entry.part, text: entry.text, want: entry.groups, covered, partial})
  }
  const perGroup = Object.fromEntries(
    groups.map((id) => {
      const {tp, fp, fn} = counts[id]
      return [
        id,
        {precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn}
      ]
    })
  )
  return {perGroup, exact, total: entries.length, errors}
}
