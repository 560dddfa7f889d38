// Pins each package's public export list, so nothing leaks or silently disappears.
import {describe, expect, it} from 'vitest'

describe('public exports', () => {
  // Each name pinned below is a promise: the README's API section documents it, or a sibling package
  // (readers, files, coverage, diff, docx, cli, web) needs it. A name that is neither stays internal;
  // adding one here is a decision, not a side effect of an export line.
  it('@kehoach/model', async () => {
    expect(Object.keys(await import('@kehoach/model')).sort()).toEqual([
      'FIELD_LABELS', 'MAX_TARGETS', 'RULES', 'WRITTEN_LABELS', 'afterReform', 'agencyText', 'assignTaskIds', 'completePlan', 'copyTargetMeasures',
      'defaultSections', 'diagnostic', 'emptyPlan', 'extractTargets', 'fieldHead', 'fieldLine', 'findTask', 'formatDiagnostic', 'formatTargetAmount',
      'fromJson', 'fromYaml', 'hasErrors', 'issuerInfo', 'jsonChunks', 'lintPlan', 'milestoneKey', 'milestoneLine', 'parseTimeline', 'planIdentity',
      'readYamlData', 'reasonOf', 'reformDiagnostics', 'roman', 'schemaDiagnostics', 'severityOf', 'signatureFor', 'sortDiagnostics', 'statedTargets',
      'stripPositions', 'targetDiagnostics', 'timelineEnd', 'toAuthoring', 'toJson', 'toYaml', 'validateSchema', 'walkTasks'
    ])
  })
  it('@kehoach/vietnamese', async () => {
    expect(Object.keys(await import('@kehoach/vietnamese')).sort()).toEqual([
      'Weights', 'agencyKey', 'agencyName', 'docTypeOf', 'docTypeOfNumber', 'endOfMonth', 'featuresOf', 'findDate', 'findReferences', 'formatDateShort',
      'idfWeight', 'isCalendarDay', 'isContent', 'isUpperCaseLine', 'isoDate', 'leadingAgencies', 'lineStartsOf', 'matchAgency', 'matchKey',
      'normalizeString', 'normalizeText', 'pointAt', 'positionOf', 'readIsoDate', 'similarity', 'splitAgencies', 'startsWithAgency', 'stripDiacritics',
      'syllables', 'textKey', 'toAgency', 'upperVi'
    ])
  })
  it('@kehoach/text', async () => {
    expect(Object.keys(await import('@kehoach/text')).sort()).toEqual([
      'fromMarkdown', 'looksLikePortalExport', 'parseNews', 'parseText', 'toMarkdown'
    ])
  })
  it('@kehoach/coverage', async () => {
    expect(Object.keys(await import('@kehoach/coverage')).sort()).toEqual([
      'RECONSTRUCTED_MARK', 'RECONSTRUCTED_NOTE', 'SCHEMES', 'STATUS_NAMES', 'TARGET_STATUS_NAMES', 'coverage', 'coverageSummaryLine', 'coverageToText',
      'draftPlan', 'findScheme', 'isReconstructedFinding', 'readScheme', 'reportsToMarkdown'
    ])
  })
  it('@kehoach/diff', async () => {
    expect(Object.keys(await import('@kehoach/diff')).sort()).toEqual([
      'FIELD_NAMES', 'alignTasks', 'diffPlans', 'diffSummaryLine', 'diffToMarkdown', 'diffToText', 'wordChanges'
    ])
  })
  it('@kehoach/docx', async () => {
    expect(Object.keys(await import('@kehoach/docx')).sort()).toEqual([
      'coverageToDocx', 'matrixToDocx', 'planDocument', 'planToDocx', 'redlineToDocx'
    ])
  })
  it('@kehoach/files', async () => {
    expect(Object.keys(await import('@kehoach/files')).sort()).toEqual([
      'planFormatOf', 'readPlan', 'readText'
    ])
  })
  it('@kehoach/files/node', async () => {
    expect(Object.keys(await import('@kehoach/files/node')).sort()).toEqual([
      'readDoc'
    ])
  })
  it('@kehoach/cli', async () => {
    expect(Object.keys(await import('@kehoach/cli')).sort()).toEqual([
      'run'
    ])
  })
})
