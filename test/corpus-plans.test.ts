// The fifteen real plans of ../shared/corpus/plans, checked field by field against what a
// careful reader finds in them (corpus-plans.expect.ts). Each document prints its score
// (checks passed / total) at the end, so the readers' progress can be followed.
//
// In the default run each document is one test: its score must not fall below the floor
// recorded in FLOORS (a ratchet: raise a floor when the readers get better), and a failure
// lists every check that failed. With KEHOACH_PLANS=1 every check is a test of its own:
// `KEHOACH_PLANS=1 npx -y pnpm@10 exec vitest run test/corpus-plans.test.ts`.
import {readdirSync} from 'node:fs'
import {afterAll, describe, expect, it} from 'vitest'
import type {Plan, Task} from '@kehoach/model'
import {EXPECTATIONS, type PlanExpectation, type SignatureExpectation} from './corpus-plans.expect.js'
import {
  allTasksOf,
  appendixRowsOf,
  appendixTasksOf,
  enactedByOf,
  implementationOf,
  leadOf,
  productOf,
  readPlan,
  recipientsOf,
  recipientsToOf,
  referencesOf,
  signatureOf,
  supportOf,
  symbolOf,
  dateOf,
  taskCountOf,
  timelineOf,
  topTasksOf,
  type SignatureFound
} from './corpus-plans.read.js'
import {pathOf, present, read} from './corpus.js'

// Old and new tone placement are the same word ("hoà"/"hòa", "Thuý"/"Thúy", "UỶ"/"ỦY"):
// both fold to the tone on the second vowel.
const TONE_PLACEMENT: Record<string, string> = {
  'òa': 'oà', 'óa': 'oá', 'ỏa': 'oả', 'õa': 'oã', 'ọa': 'oạ',
  'òe': 'oè', 'óe': 'oé', 'ỏe': 'oẻ', 'õe': 'oẽ', 'ọe': 'oẹ',
  'ùy': 'uỳ', 'úy': 'uý', 'ủy': 'uỷ', 'ũy': 'uỹ', 'ụy': 'uỵ'
}
const TONE_PAIR = new RegExp(Object.keys(TONE_PLACEMENT).join('|'), 'gu')

/** NFC, lower case, one tone placement, `*` and `|` dropped, spaces collapsed, a trailing `.;:,` dropped. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(TONE_PAIR, (pair) => TONE_PLACEMENT[pair] ?? pair)
    .replace(/[*|]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.;:,]+$/u, '')
    .trim()
}

/** A document number folded with every space removed ("223/KH- UBND" is "223/kh-ubnd"). */
function foldNumber(number: string | null): string | null {
  return number === null ? null : fold(number).replace(/\s/gu, '')
}

function foldAll(texts: readonly string[]): string[] {
  return texts.map(fold)
}

function foldSet(texts: readonly string[]): string[] {
  return foldAll(texts).sort()
}

/** Does `actual` start with `expected`, folded? */
function startsWithFolded(actual: string | null | undefined, expected: string): boolean {
  return actual !== null && actual !== undefined && fold(actual).startsWith(fold(expected))
}

function foldSignature(signature: SignatureExpectation | SignatureFound | null): Record<string, string | null> | null {
  if (signature === null) return null
  const field = (value: string | null): string | null => (value === null ? null : fold(value))
  return {authority: field(signature.authority), capacity: field(signature.capacity), position: field(signature.position), name: field(signature.name)}
}

/** The first task, depth first in the body and then in the appendix tables, whose title starts with `title` (folded). */
function findTask(plan: Plan, title: string): Task | undefined {
  return [...allTasksOf(plan), ...appendixTasksOf(plan)].find((task) => startsWithFolded(task.title, title))
}

const DETAILED = Boolean(process.env['KEHOACH_PLANS'])

/** The checks each document passed when this floor was last raised; the readers may do better, never worse. */
const FLOORS: Readonly<Record<string, number>> = {
  'plans/bac-ninh-141-kh-ubnd-2025.md': 23,
  'plans/can-tho-157-kh-ubnd-2025.md': 22,
  'plans/can-tho-165-kh-ubnd-2025.md': 23,
  'plans/dak-lak-0125-kh-ubnd-2025.md': 18,
  'plans/dong-nai-182-kh-ubnd-2025.md': 22,
  'plans/dong-thap-597-kh-ubnd-2025.md': 17,
  'plans/ha-noi-308-kh-ubnd-2025.md': 24,
  'plans/ha-tinh-624-kh-ubnd-2025.md': 18,
  'plans/ho-chi-minh-172-kh-ubnd-2025.md': 22,
  'plans/lai-chau-7360-kh-ubnd-2025.md': 22,
  'plans/lao-cai-draft-kh-ubnd-chi-thi-11-2026.txt': 24,
  'plans/nghe-an-1026-kh-ubnd-2025.md': 22,
  'plans/qd-1627-qd-ubnd-2025.md': 22,
  'plans/qd-2702-qd-ubnd-2025.md': 18,
  'plans/thanh-hoa-235-kh-ubnd-2025.md': 19
}

const scores = new Map<string, {passed: number; total: number}>()

/** Run one check and count it in its document's score. */
function scored(file: string, check: () => void): void {
  const score = scores.get(file) ?? {passed: 0, total: 0}
  scores.set(file, score)
  score.total += 1
  check()
  score.passed += 1
}

afterAll(() => {
  if (scores.size === 0) return
  let passed = 0
  let total = 0
  const lines = [...scores].map(([file, score]) => {
    passed += score.passed
    total += score.total
    return `${file}: ${score.passed}/${score.total} (${Math.round((100 * score.passed) / score.total)}%)`
  })
  lines.push(`all plans: ${passed}/${total} (${Math.round((100 * passed) / total)}%)`)
  console.log(lines.join('\n'))
})

function checks(expectation: PlanExpectation): void {
  const {file} = expectation
  let parsed: Plan | undefined
  const plan = (): Plan => {
    parsed ??= readPlan(read(file), file)
    return parsed
  }
  const pending: Array<{name: string; body: () => void}> = []
  const check = (name: string, body: () => void): void => {
    if (DETAILED) it(name, () => scored(file, body))
    else pending.push({name, body})
  }
  if (!DETAILED) {
    it(`scores at least ${FLOORS[file] ?? 0} checks`, () => {
      const failed: string[] = []
      for (const {name, body} of pending) {
        try {
          scored(file, body)
        } catch (error) {
          failed.push(`${name}: ${(error as Error).message.split('\n')[0]}`)
        }
      }
      const passed = pending.length - failed.length
      expect(passed, `failed checks:\n${failed.join('\n')}`).toBeGreaterThanOrEqual(FLOORS[file] ?? 0)
    })
  }

  check('docType', () => expect(plan().meta.docType).toBe(expectation.docType))
  check('number', () => expect(foldNumber(plan().meta.number)).toBe(foldNumber(expectation.number)))
  check('symbol', () => expect(foldNumber(symbolOf(plan()))).toBe(foldNumber(expectation.symbol)))
  check('date', () => expect(dateOf(plan())).toBe(expectation.date))
  check('place', () => expect(plan().meta.place === null ? null : fold(plan().meta.place as string)).toBe(expectation.place === null ? null : fold(expectation.place)))
  check('issuer', () => expect(fold(plan().meta.issuer ?? '')).toBe(fold(expectation.issuer)))
  check('parentIssuer', () => {
    const actual = plan().meta.parentIssuer ?? null
    expect(actual === null ? null : fold(actual)).toBe(expectation.parentIssuer === null ? null : fold(expectation.parentIssuer))
  })
  check('title', () => expect(fold(plan().meta.title ?? ''), `title starts with «${expectation.title}»`).toMatch(new RegExp(`^${escape(fold(expectation.title))}`, 'u')))
  check('recipientsTo', () => expect(foldAll(recipientsToOf(plan()))).toEqual(foldAll(expectation.recipientsTo)))
  check('references', () => {
    const actual = referencesOf(plan()).map((reference) => ({number: foldNumber(reference.number), date: reference.date, role: reference.role}))
    const expected = expectation.references.map((reference) => ({number: foldNumber(reference.number), date: reference.date, role: reference.role}))
    expect(actual).toEqual(expected)
  })
  check('sections', () => {
    const actual = plan().sections.map((section) => ({label: fold(section.label), title: fold(section.title), role: section.role}))
    const expected = expectation.sections.map((section) => ({label: fold(section.label), title: fold(section.title), role: section.role}))
    expect(actual.map((section) => section.label)).toEqual(expected.map((section) => section.label))
    expect(actual.map((section) => section.role)).toEqual(expected.map((section) => section.role))
    expected.forEach((section, index) => expect(actual[index]?.title, `section ${section.label}`).toMatch(new RegExp(`^${escape(section.title)}`, 'u')))
  })
  check('topTasks', () => {
    const actual = topTasksOf(plan()).map((task) => fold(task.title))
    expect(actual.length, `top-level tasks: ${JSON.stringify(actual)}`).toBe(expectation.topTasks.length)
    expectation.topTasks.forEach((title, index) => expect(actual[index], `top-level task ${index + 1}`).toMatch(new RegExp(`^${escape(fold(title))}`, 'u')))
  })
  check('taskCount', () => expect(taskCountOf(plan())).toBe(expectation.taskCount))
  check('appendixRows', () => expect(appendixRowsOf(plan())).toBe(expectation.appendixRows))
  for (const sample of expectation.sampleTasks) {
    check(`sample task «${sample.title}»`, () => {
      const task = findTask(plan(), sample.title)
      expect(task, `a task whose title starts with «${sample.title}»`).toBeDefined()
      if (!task) return
      if (sample.lead) expect(foldSet(leadOf(task)), 'lead').toEqual(foldSet(sample.lead))
      if (sample.support) expect(foldSet(supportOf(task)), 'support').toEqual(foldSet(sample.support))
      if (sample.timeline) expect(fold(timelineOf(task) ?? ''), 'timeline').toContain(fold(sample.timeline))
      if (sample.product) expect(fold(productOf(task) ?? ''), 'product').toContain(fold(sample.product))
    })
  }
  check('implementation', () => {
    const actual = foldAll(implementationOf(plan())).slice(0, expectation.implementation.length)
    expect(actual).toEqual(foldAll(expectation.implementation))
  })
  check('signature', () => expect(foldSignature(signatureOf(plan()))).toEqual(foldSignature(expectation.signature)))
  check('recipients', () => {
    const actual = recipientsOf(plan())
    expect(actual.length, `Nơi nhận: ${JSON.stringify(actual)}`).toBe(expectation.recipients.count)
    if (expectation.recipients.count === 0) return
    expect(fold(actual[0] ?? '')).toBe(fold(expectation.recipients.first))
    expect(fold(actual.at(-1) ?? '')).toBe(fold(expectation.recipients.last))
  })
  check('enactedBy', () => {
    const actual = enactedByOf(plan())
    const expected = expectation.enactedBy
    if (expected === null) {
      expect(actual).toBeNull()
      return
    }
    expect(actual).not.toBeNull()
    if (actual === null) return
    expect(foldNumber(actual.number)).toBe(foldNumber(expected.number))
    expect(actual.date).toBe(expected.date)
    expect(actual.articles).toBe(expected.articles)
    expect(foldSignature(actual.signature)).toEqual(foldSignature(expected.signature))
    expect(actual.recipientsCount).toBe(expected.recipientsCount)
  })
}

/** A folded text as a literal regular expression (for prefix checks with readable failures). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

describe.runIf(present)('real plans read as a careful reader reads them', () => {
  it('the expectations cover every file of the corpus, in file-name order', () => {
    const files = EXPECTATIONS.map((expectation) => expectation.file)
    expect(files).toEqual(readdirSync(pathOf('plans/')).sort().map((name) => `plans/${name}`))
  })

  for (const expectation of EXPECTATIONS) describe(expectation.file, () => checks(expectation))
})

describe('fold', () => {
  it.each([
    ['case, markers and spaces', '**UỶ BAN NHÂN\nDÂN**', 'uỷ ban nhân dân'],
    ['old and new tone placement', 'ỦY BAN', 'uỷ ban'],
    ['a trailing punctuation mark', 'Lưu: VT, NC.', 'lưu: vt, nc'],
    ['lone table bars', '|\nSở Tư pháp\n|', 'sở tư pháp'],
    ['decomposed input', 'Hòa'.normalize('NFD'), 'hoà']
  ])('%s', (_name, given, want) => expect(fold(given)).toBe(want))
})
