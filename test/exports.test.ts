// Pins each package's public export list, so nothing leaks or silently disappears.
import {describe, expect, it} from 'vitest'

describe('public exports', () => {
  it('@kehoach/model', async () => {
    expect(Object.keys(await import('@kehoach/model')).sort()).toEqual([
      'ABBREVIATIONS', 'ADMINISTRATIVE_UNITS', 'AGENCY_PATTERNS', 'COMMA_NAMES', 'DOC_TYPE_NAMES', 'DOC_TYPE_WORDS', 'MAX_AGENCIES', 'MAX_DEPTH', 'MAX_SCHEMA_MESSAGES', 'MERGED_PROVINCES', 'REFORM_DATE', 'RULES', 'SECTION_TITLES',
      'afterReform', 'agencyKey', 'agencyName', 'assignTaskIds', 'completePlan', 'copyTargetMeasures', 'deadlineIn', 'defaultSections', 'diagnostic', 'displayPath', 'districtLevelIn',
      'docTypeOf', 'docTypeOfNumber', 'emptyPlan', 'endOfMonth', 'extractTargets', 'findDate', 'findReferences', 'findTask', 'firstInvalidUtf8',
      'formatDateShort', 'formatDateVi', 'formatDiagnostic', 'formatTargetAmount', 'fromJson', 'fromYaml', 'hasErrors', 'isUpperCaseLine', 'issuerInfo',
      'leadingAgencies', 'lineStartsOf', 'lintPlan', 'matchAgency', 'memo', 'mergedProvinceIn', 'modernTonePlacement', 'normalizeString', 'normalizeText',
      'pad', 'parseDate', 'parseTimeline', 'pointAt', 'positionOf', 'readIsoDate', 'readYamlData', 'reasonOf', 'reformDiagnostics', 'repairMojibake', 'roman', 'schemaDiagnostics', 'schemaErrors', 'segmentOfLabel',
      'severityOf', 'signatureFor', 'sortDiagnostics', 'splitAgencies', 'startsWithAgency', 'stripDiacritics', 'stripPositions', 'targetDiagnostics', 'targetsFromText', 'textKey',
      'timelineEnd', 'toAgency', 'toAuthoring', 'toJson', 'toYaml', 'upperVi', 'validateSchema', 'walkTasks'
    ])
  })
  it('@kehoach/readers', async () => {
    expect(Object.keys(await import('@kehoach/readers')).sort()).toEqual([
      'FIELD_LABELS', 'SECTION_ROLES', 'assignmentOf', 'fieldOf', 'fromMarkdown', 'looksLikeNews', 'looksLikePortalExport', 'parseNews', 'parseText',
      'properCaseAgency', 'sectionRoleOf', 'stripPortalMarkup', 'titleAndBody', 'toMarkdown'
    ])
  })
  it('@kehoach/compare', async () => {
    expect(Object.keys(await import('@kehoach/compare')).sort()).toEqual([
      'COVERED', 'FIELD_NAMES', 'PARTIAL', 'RECONSTRUCTED_MARK', 'RECONSTRUCTED_NOTE', 'SCHEMES', 'STATUS_NAMES', 'STOP_WORDS', 'TARGET_STATUS_NAMES', 'Weights', 'alignOneToOne', 'checkTargets',
      'comparable', 'containment', 'containmentScore', 'coverage', 'diffPlans', 'diffSummaryLine', 'diffToMarkdown', 'diffToText', 'draftPlan', 'featuresOf', 'findScheme',
      'hasPhrase', 'indexScheme', 'isReconstructedFinding', 'localityOf', 'matchKey', 'mergeTasks', 'numberKey', 'phraseKey', 'phrasesIn', 'readScheme', 'readableTerms', 'reportToMarkdown', 'reportToText',
      'reportsToMarkdown', 'sharedPhrases', 'similarity', 'snapshot', 'summaryLine', 'syllables', 'taskFields', 'taskWeights', 'walkGroups', 'wordDiff',
      'wordSegments', 'wordsOf'
    ])
  })
  it('@kehoach/docx', async () => {
    expect(Object.keys(await import('@kehoach/docx')).sort()).toEqual([
      'BODY', 'FONT', 'LANGUAGE', 'PAGE', 'SIZE', 'TEXT_WIDTH', 'docxParts', 'issuerLines', 'lineParagraph', 'matrixToDocx', 'mm', 'packDocument', 'plainRun', 'planChildren', 'planDocument', 'planToDocx',
      'pt', 'redlineDocument', 'redlineToDocx', 'reportDocument', 'reportToDocx', 'taskLines', 'wrapDocument'
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
