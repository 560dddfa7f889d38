// The real documents of ../shared/corpus/plans (portal text) and ../shared/corpus/files (DOCX,
// PDF, .doc), checked field by field against what a careful reader finds in them
// (corpus-plans.expect.ts). Every check is a test with an id ("<file> <check>"); a check the
// readers do not pass yet is named in KNOWN_FAILURES. A check fails the run when it fails and is
// not on that list, and also when it is on the list and passes (take it off: the list is kept
// honest), so a regression cannot hide behind a fix in the same document. The scores (checks
// passed / total, per document and per group: worked-on or kept-apart, text or files) print at
// the end. The kept-apart documents (HELD_OUT_RULE) are read only with KEHOACH_HELD_OUT=1 until
// HELD_OUT_MEASURED.
import {readdirSync} from 'node:fs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Plan, Task} from '@kehoach/model'
import {
  EXPECTATIONS,
  HELD_OUT_MEASURED,
  KNOWN_FAILURES,
  heldOutByRule,
  type PlanExpectation,
  type SignatureExpectation
} from './corpus-plans.expect.js'
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
import {pathOf, present} from './corpus.js'

// Old and new tone placement are the same word ("hoà"/"hòa", "Thuý"/"Thúy", "UỶ"/"ỦY"):
// both fold to the tone on the second vowel.
const TONE_PLACEMENT: Record<string, string> = {
  òa: 'oà',
  óa: 'oá',
  ỏa: 'oả',
  õa: 'oã',
  ọa: 'oạ',
  òe: 'oè',
  óe: 'oé',
  ỏe: 'oẻ',
  õe: 'oẽ',
  ọe: 'oẹ',
  ùy: 'uỳ',
  úy: 'uý',
  ủy: 'uỷ',
  ũy: 'uỹ',
  ụy: 'uỵ'
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
  return {
    authority: field(signature.authority),
    capacity: field(signature.capacity),
    position: field(signature.position),
    name: field(signature.name)
  }
}

/** The first task, depth first in the body and then in the appendix tables, whose title starts with `title` (folded). */
function findTask(plan: Plan, title: string): Task | undefined {
  return [...allTasksOf(plan), ...appendixTasksOf(plan)].find((task) => startsWithFolded(task.title, title))
}

const HELD_OUT_RUN = HELD_OUT_MEASURED || Boolean(process.env['KEHOACH_HELD_OUT'])

/** Where a document's score is counted: kept apart or worked on, portal text or a file. */
function groupOf(expectation: PlanExpectation): string {
  return `${expectation.heldOut ? 'kept apart' : 'worked on'}, ${expectation.file.startsWith('files/') ? 'files' : 'portal text'}`
}

const scores = new Map<string, {passed: number; total: number}>()

function count(key: string, passed: boolean): void {
  const score = scores.get(key) ?? {passed: 0, total: 0}
  scores.set(key, score)
  score.total += 1
  if (passed) score.passed += 1
}

const percent = (score: {passed: number; total: number}): string =>
  `${score.passed}/${score.total} (${((100 * score.passed) / score.total).toFixed(1)}%)`

afterAll(() => {
  if (scores.size === 0) return
  const documents = [...scores].filter(([key]) => !key.startsWith('group: '))
  const groups = [...scores].filter(([key]) => key.startsWith('group: '))
  console.log([...documents, ...groups].map(([key, score]) => `${key}: ${percent(score)}`).join('\n'))
})

/** One check of one document: its id ("<file> <name>") and what it asserts of the plan. */
interface Check {
  id: string
  name: string
  body: (plan: Plan) => void
}

/** Every check of one document, in a fixed order (the ids do not depend on what the readers find). */
function checksOf(expectation: PlanExpectation): Check[] {
  const {file} = expectation
  const list: Check[] = []
  const check = (name: string, body: (plan: Plan) => void): void => {
    list.push({id: `${file} ${name}`, name, body})
  }

  check('docType', (plan) => expect(plan.meta.docType).toBe(expectation.docType))
  check('number', (plan) => expect(foldNumber(plan.meta.number)).toBe(foldNumber(expectation.number)))
  check('symbol', (plan) => expect(foldNumber(symbolOf(plan))).toBe(foldNumber(expectation.symbol)))
  check('date', (plan) => expect(dateOf(plan)).toBe(expectation.date))
  check('place', (plan) =>
    expect(plan.meta.place === null ? null : fold(plan.meta.place as string)).toBe(
      expectation.place === null ? null : fold(expectation.place)
    )
  )
  check('issuer', (plan) => expect(fold(plan.meta.issuer ?? '')).toBe(fold(expectation.issuer)))
  check('parentIssuer', (plan) => {
    const actual = plan.meta.parentIssuer ?? null
    expect(actual === null ? null : fold(actual)).toBe(
      expectation.parentIssuer === null ? null : fold(expectation.parentIssuer)
    )
  })
  check('title', (plan) =>
    expect(fold(plan.meta.title ?? ''), `title starts with «${expectation.title}»`).toMatch(
      new RegExp(`^${escape(fold(expectation.title))}`, 'u')
    )
  )
  check('recipientsTo', (plan) => expect(foldAll(recipientsToOf(plan))).toEqual(foldAll(expectation.recipientsTo)))
  check('references', (plan) => {
    const actual = referencesOf(plan).map((reference) => ({
      number: foldNumber(reference.number),
      date: reference.date,
      role: reference.role
    }))
    const expected = expectation.references.map((reference) => ({
      number: foldNumber(reference.number),
      date: reference.date,
      role: reference.role
    }))
    expect(actual).toEqual(expected)
  })
  check('sections', (plan) => {
    const actual = plan.sections.map((section) => ({
      label: fold(section.label),
      title: fold(section.title),
      role: section.role
    }))
    const expected = expectation.sections.map((section) => ({
      label: fold(section.label),
      title: fold(section.title),
      role: section.role
    }))
    expect(actual.map((section) => section.label)).toEqual(expected.map((section) => section.label))
    expect(actual.map((section) => section.role)).toEqual(expected.map((section) => section.role))
    expected.forEach((section, index) =>
      expect(actual[index]?.title, `section ${section.label}`).toMatch(new RegExp(`^${escape(section.title)}`, 'u'))
    )
  })
  check('topTasks', (plan) => {
    const actual = topTasksOf(plan).map((task) => fold(task.title))
    expect(actual.length, `top-level tasks: ${JSON.stringify(actual)}`).toBe(expectation.topTasks.length)
    expectation.topTasks.forEach((title, index) =>
      expect(actual[index], `top-level task ${index + 1}`).toMatch(new RegExp(`^${escape(fold(title))}`, 'u'))
    )
  })
  check('taskCount', (plan) => expect(taskCountOf(plan)).toBe(expectation.taskCount))
  check('appendixRows', (plan) => expect(appendixRowsOf(plan)).toBe(expectation.appendixRows))
  for (const sample of expectation.sampleTasks) {
    check(`sample task «${sample.title}»`, (plan) => {
      const task = findTask(plan, sample.title)
      expect(task, `a task whose title starts with «${sample.title}»`).toBeDefined()
      if (!task) return
      if (sample.lead) expect(foldSet(leadOf(task)), 'lead').toEqual(foldSet(sample.lead))
      if (sample.support) expect(foldSet(supportOf(task)), 'support').toEqual(foldSet(sample.support))
      if (sample.timeline) expect(fold(timelineOf(task) ?? ''), 'timeline').toContain(fold(sample.timeline))
      if (sample.product) expect(fold(productOf(task) ?? ''), 'product').toContain(fold(sample.product))
    })
  }
  check('implementation', (plan) => {
    const actual = foldAll(implementationOf(plan)).slice(0, expectation.implementation.length)
    expect(actual).toEqual(foldAll(expectation.implementation))
  })
  check('signature', (plan) => expect(foldSignature(signatureOf(plan))).toEqual(foldSignature(expectation.signature)))
  check('recipients', (plan) => {
    const actual = recipientsOf(plan)
    expect(actual.length, `Nơi nhận: ${JSON.stringify(actual)}`).toBe(expectation.recipients.count)
    if (expectation.recipients.count === 0) return
    expect(fold(actual[0] ?? '')).toBe(fold(expectation.recipients.first))
    expect(fold(actual.at(-1) ?? '')).toBe(fold(expectation.recipients.last))
  })
  check('enactedBy', (plan) => {
    const actual = enactedByOf(plan)
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
  return list
}

/** A folded text as a literal regular expression (for prefix checks with readable failures). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

describe.runIf(present)('real documents read as a careful reader reads them', () => {
  const everyCheck = EXPECTATIONS.flatMap(checksOf)
  const known = new Set(KNOWN_FAILURES)

  it('the expectations cover every file of plans/ and files/, in file-name order', () => {
    const files = EXPECTATIONS.map((expectation) => expectation.file)
    const inCorpus = ['plans/', 'files/'].flatMap((folder) =>
      readdirSync(pathOf(folder))
        .sort()
        .map((name) => `${folder}${name}`)
    )
    expect(files).toEqual(inCorpus)
  })

  it('the kept-apart documents are exactly those the rule picks', () => {
    const kept = heldOutByRule(EXPECTATIONS.map((expectation) => expectation.file))
    expect(EXPECTATIONS.filter((expectation) => expectation.heldOut).map((expectation) => expectation.file)).toEqual([
      ...kept
    ])
  })

  it('every known failure names a check, once', () => {
    const ids = new Set(everyCheck.map((check) => check.id))
    expect(
      KNOWN_FAILURES.filter((id) => !ids.has(id)),
      'not a check'
    ).toEqual([])
    expect(KNOWN_FAILURES.length, 'listed twice').toBe(known.size)
    expect(new Set(everyCheck.map((check) => check.id)).size, 'two checks with one id').toBe(everyCheck.length)
  })

  for (const expectation of EXPECTATIONS) {
    if (expectation.heldOut && !HELD_OUT_RUN) continue
    describe(expectation.file, () => {
      let plan: Plan
      // A scan is read by OCR: slow on a shared machine.
      beforeAll(async () => {
        plan = await readPlan(expectation.file)
      }, 600_000)
      for (const check of checksOf(expectation)) {
        it(check.name, () => {
          let failure: unknown = null
          try {
            check.body(plan)
          } catch (error) {
            failure = error
          }
          count(expectation.file, failure === null)
          count(`group: ${groupOf(expectation)}`, failure === null)
          if (known.has(check.id) && failure === null)
            throw new Error(`${check.id} passes now: take it off KNOWN_FAILURES`)
          if (!known.has(check.id) && failure !== null) throw failure
        })
      }
    })
  }
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
