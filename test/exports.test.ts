// Pins each package's public export list, so nothing leaks or silently disappears.
import {describe, expect, it} from 'vitest'

describe('public exports', () => {
  // Each name pinned below is a promise: the README's API section documents it, or a sibling package
  // (readers, files, coverage, diff, docx, cli, web) needs it. A name that is neither stays internal;
  // adding one here is a decision, not a side effect of an export line.
  it('@kehoach/model', async () => {
    expect(Object.keys(await import('@kehoach/model')).sort()).toEqual([
      'DOC_TYPE_NAMES', 'FIELD_LABELS', 'MAX_TARGETS', 'RULES', 'WRITTEN_LABELS', 'Weights', 'afterReform', 'agenciesAsWritten', 'agencyKey', 'agencyName', 'agencyText', 'assignTaskIds', 'completePlan',
      'copyTargetMeasures', 'deadlineIn', 'defaultSections', 'diagnostic', 'docTypeOf', 'docTypeOfNumber', 'emptyPlan', 'extractTargets', 'featuresOf', 'fieldHead',
      'fieldLine', 'findDate', 'findReferences', 'findTask', 'firstInvalidUtf8', 'formatDateShort', 'formatDateVi', 'formatDiagnostic', 'formatTargetAmount', 'fromJson',
      'fromYaml', 'hasErrors', 'hasPhrase', 'idfWeight', 'isContent', 'isUpperCaseLine', 'issuerInfo', 'jsonChunks', 'leadingAgencies', 'lineStartsOf', 'lintPlan', 'matchAgency',
      'matchKey', 'milestoneKey', 'milestoneLine', 'normalizeString', 'normalizeText', 'parseTimeline', 'phraseKey', 'phrasesWhere', 'planIdentity',
      'positionOf', 'readIsoDate', 'readYamlData', 'reasonOf', 'reformDiagnostics', 'repairMojibake', 'roman', 'schemaDiagnostics', 'severityOf', 'signatureFor',
      'similarity', 'sortDiagnostics', 'splitAgencies', 'startsWithAgency', 'statedTargets', 'stripDiacritics', 'stripPositions', 'syllables', 'targetDiagnostics', 'targetsAreWords', 'textKey',
      'timelineEnd', 'toAgency', 'toAuthoring', 'toJson', 'toYaml', 'upperVi', 'validateSchema', 'walkTasks', 'wordsOf'
    ])
  })
  it('@kehoach/text', async () => {
    expect(Object.keys(await import('@kehoach/text')).sort()).toEqual([
      'fromMarkdown', 'looksLikePortalExport', 'parseNews', 'parseText', 'toMarkdown'
    ])
  })
  it('@kehoach/coverage', async () => {
    expect(Object.keys(await import('@kehoach/coverage')).sort()).toEqual([
      'RECONSTRUCTED_MARK', 'RECONSTRUCTED_NOTE', 'SCHEMES', 'STATUS_NAMES', 'TARGET_STATUS_NAMES', 'coverage', 'coverageSummaryLine', 'coverageToMarkdown', 'coverageToText',
      'draftPlan', 'findScheme', 'isReconstructedFinding', 'readScheme', 'reportsToMarkdown', 'walkGroups'
    ])
  })
  it('@kehoach/diff', async () => {
    expect(Object.keys(await import('@kehoach/diff')).sort()).toEqual([
      'FIELD_NAMES', 'alignOneToOne', 'comparable', 'diffPlans', 'diffSummaryLine', 'diffToMarkdown', 'diffToText', 'mergeTasks', 'taskWeights', 'wordDiff', 'wordSegments'
    ])
  })
  it('@kehoach/docx', async () => {
    expect(Object.keys(await import('@kehoach/docx')).sort()).toEqual([
      'BODY', 'FONT', 'LANGUAGE', 'PAGE', 'SIZE', 'TEXT_WIDTH', 'coverageToDocx', 'matrixToDocx', 'mm', 'planDocument', 'planToDocx', 'pt', 'redlineToDocx'
    ])
  })
  it('@kehoach/files', async () => {
    expect(Object.keys(await import('@kehoach/files')).sort()).toEqual([
      'ZIP_LIMITS', 'decodeLegacy', 'decodeText', 'detectLegacy', 'docxToText', 'fontEncoding', 'garbleScore', 'isGarbled', 'isVietnameseSyllable', 'readDocx', 'readPdf', 'readPdfText'
    ])
  })
  it('@kehoach/files/node', async () => {
    expect(Object.keys(await import('@kehoach/files/node')).sort()).toEqual(['convertDoc', 'isOle2', 'readDoc'])
  })
  it('@kehoach/cli', async () => {
    expect(Object.keys(await import('@kehoach/cli')).sort()).toEqual(['run'])
  })
})
