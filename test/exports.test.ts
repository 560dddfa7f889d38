// Pins each package's public export list, so nothing leaks or silently disappears; keeps the
// whole public surface small (issue 25: at most 100 runtime names) and documented (each name in
// its package's README).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

/** Each entry point and the README that documents it. */
const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ['@kehoach/model', 'model'],
  ['@kehoach/vietnamese', 'vietnamese'],
  ['@kehoach/text', 'text'],
  ['@kehoach/coverage', 'coverage'],
  ['@kehoach/diff', 'diff'],
  ['@kehoach/docx', 'docx'],
  ['@kehoach/files', 'files'],
  ['@kehoach/files/node', 'files'],
  ['@kehoach/cli', 'cli']
]

const namesOf = async (entry: string): Promise<string[]> =>
  Object.keys((await import(/* @vite-ignore */ entry)) as object)

describe('public exports', () => {
  // Each name pinned below is a promise: the README's API section documents it, or a sibling package
  // (readers, files, coverage, diff, docx, cli, web) needs it. A name that is neither stays internal;
  // adding one here is a decision, not a side effect of an export line.
  it('@kehoach/model', async () => {
    expect(Object.keys(await import('@kehoach/model')).sort()).toEqual([
      'FIELD_LABELS',
      'MAX_TARGETS',
      'RULES',
      'WRITTEN_LABELS',
      'afterReform',
      'agenciesAsWritten',
      'agencyText',
      'assignTaskIds',
      'completePlan',
      'csvTable',
      'defaultAgencyWords',
      'defaultSections',
      'diagnostic',
      'emptyPlan',
      'extractTargets',
      'fieldLine',
      'findTask',
      'formatDiagnostic',
      'formatTargetAmount',
      'fromJson',
      'fromYaml',
      'hasErrors',
      'issuerInfo',
      'lintPlan',
      'markdownLine',
      'milestoneLine',
      'notAPlanKind',
      'parseTimeline',
      'planIdentity',
      'readYamlData',
      'reasonOf',
      'roman',
      'schemaDiagnostics',
      'severityOf',
      'signatureFor',
      'sortDiagnostics',
      'statedTargets',
      'stripPositions',
      'targetDiagnostics',
      'targetsAreWords',
      'toJson',
      'toYaml',
      'validateSchema',
      'walkTasks'
    ])
  })
  it('@kehoach/vietnamese', async () => {
    expect(Object.keys(await import('@kehoach/vietnamese')).sort()).toEqual([
      'agencyKey',
      'agencyName',
      'docTypeOf',
      'docTypeOfNumber',
      'featuresOf',
      'findDate',
      'findReferences',
      'formatDateShort',
      'idfWeight',
      'impossibleDateIn',
      'isContent',
      'isoDate',
      'leadingAgencies',
      'lineStartsOf',
      'matchAgency',
      'matchKey',
      'normalizeString',
      'normalizeText',
      'positionOf',
      'splitAgencies',
      'startsWithAgency',
      'syllables',
      'textKey',
      'toAgency'
    ])
  })
  it('@kehoach/text', async () => {
    expect(Object.keys(await import('@kehoach/text')).sort()).toEqual(['fromMarkdown', 'parseText', 'toMarkdown'])
  })
  it('@kehoach/coverage', async () => {
    expect(Object.keys(await import('@kehoach/coverage')).sort()).toEqual([
      'SCHEMES',
      'STATUS_NAMES',
      'TARGET_STATUS_NAMES',
      'coverage',
      'coverageSummaryLine',
      'coverageToText',
      'draftPlan',
      'findScheme',
      'readScheme',
      'reconstructedMark',
      'reconstructedNote',
      'reportsToMarkdown'
    ])
  })
  it('@kehoach/diff', async () => {
    expect(Object.keys(await import('@kehoach/diff')).sort()).toEqual([
      'FIELD_NAMES',
      'alignTasks',
      'diffPlans',
      'diffSummaryLine',
      'diffToMarkdown',
      'diffToText',
      'wordChanges'
    ])
  })
  it('@kehoach/docx', async () => {
    expect(Object.keys(await import('@kehoach/docx')).sort()).toEqual([
      'coverageToDocx',
      'matrixToDocx',
      'planToDocx',
      'redlineToDocx',
      'renderDiagnostics'
    ])
  })
  it('@kehoach/files', async () => {
    expect(Object.keys(await import('@kehoach/files')).sort()).toEqual(['planFormatOf', 'readPlan', 'readText'])
  })
  it('@kehoach/files/node', async () => {
    expect(Object.keys(await import('@kehoach/files/node')).sort()).toEqual(['readDoc'])
  })
  it('@kehoach/cli', async () => {
    expect(Object.keys(await import('@kehoach/cli')).sort()).toEqual(['run'])
  })
})

describe('the public surface', () => {
  it('is at most 100 runtime names across all packages', async () => {
    const counts = await Promise.all(ENTRIES.map(async ([entry]) => (await namesOf(entry)).length))
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(100)
  })

  it.each(ENTRIES)('%s: every runtime name is in packages/%s/README.md', async (entry, folder) => {
    const readme = readFileSync(new URL(`../packages/${folder}/README.md`, import.meta.url), 'utf8')
    const missing = (await namesOf(entry)).filter((name) => !new RegExp(`\`${name}(?![\\w$])`, 'u').test(readme))
    expect(missing).toEqual([])
  })
})
