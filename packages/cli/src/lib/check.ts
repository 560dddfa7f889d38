/**
 * `kehoach check` and `kehoach schemes`: coverage of plans against national schemes.
 * Loaded lazily by run.ts, so `parse` never pays for the comparison code.
 */

import {
  coverage,
  findScheme,
  readScheme,
  reportsToMarkdown,
  coverageToText,
  SCHEMES,
  type CoverageReport,
  type Scheme
} from '@kehoach/coverage'
import {
  diagnostic,
  formatDiagnostic,
  hasErrors,
  markdownLine,
  notAPlanKind,
  targetDiagnostics,
  type Diagnostic,
  type DocRef
} from '@kehoach/model'
import {formatDateShort} from '@kehoach/vietnamese'
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {stringify} from 'yaml'
import {readInput} from './input.js'

import {expandInputs} from './expand.js'
import {formatOf, load} from './read.js'

export interface CheckOptions {
  files: string[]
  scheme?: string
  schemeFiles: string[]
  format: 'text' | 'json' | 'md' | 'docx'
  from?: string
  maxSize?: number
  colour: boolean
  stdin?: NodeJS.ReadableStream
  /** All or nothing: when one plan cannot be checked, write no report at all. */
  strict?: boolean
  /** Issuer of a DOCX report (its header and signature block). */
  issuer?: string
}

/** A plan that could not be checked, and why (the errors, one line each); or a document that is no plan. */
export interface Unchecked {
  file: string
  reasons: string[]
  /** Set for a document that is not a plan: what it is, in words ("công văn"). Not a failure. */
  notAPlan?: string
  /** What was read of the document (a plan that could not be checked, or not a plan): issuer, number, ISO date. */
  issuer?: string | null
  number?: string | null
  date?: string | null
}

/** What was read of a document that is not a plan: "báo cáo, Ủy ban nhân dân tỉnh …, số 88/BC-UBND, ngày 20/11/2025". */
export function notAPlanLine(entry: Readonly<Unchecked>): string {
  return [
    entry.notAPlan,
    entry.issuer,
    entry.number ? `số ${entry.number}` : '',
    entry.date ? `ngày ${formatDateShort(entry.date)}` : ''
  ]
    .filter(Boolean)
    .join(', ')
}

export interface CheckResult {
  output: string | Uint8Array
  messages: Diagnostic[]
  /** 1 when an input (plan or scheme file) could not be used. */
  code: 0 | 1
  /** The plans that could not be checked; the report lists them too. */
  unchecked: Unchecked[]
  /** A usage problem (unknown --scheme): the CLI prints it and exits 2. */
  usage?: string
}

function knownList(schemes: readonly Scheme[]): string {
  return schemes.map((scheme) => `${scheme.id} (${scheme.period.from}-${scheme.period.to})`).join(', ')
}

/** Read the user's scheme files; they come before the bundled ones, so a corrected 315 replaces ours. */
export async function loadSchemes(
  files: readonly string[],
  maxSize?: number
): Promise<{schemes: Scheme[]; messages: Diagnostic[]}> {
  const schemes: Scheme[] = []
  const messages: Diagnostic[] = []
  for (const file of files) {
    const input = await readInput(file, maxSize === undefined ? null : {maxSize})
    if (!input.ok) {
      messages.push(input.message)
      continue
    }
    const result = readScheme(input.text, {file})
    for (const each of result.messages) messages.push(each)
    if (result.scheme) schemes.push(result.scheme)
  }
  return {schemes: [...schemes, ...SCHEMES], messages}
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const {schemes, messages} = await loadSchemes(options.schemeFiles, options.maxSize)
  if (messages.some((message) => message.fatal)) return {output: '', messages, code: 1, unchecked: []}
  let chosen: Scheme | undefined
  if (options.scheme) {
    chosen = findScheme(options.scheme, schemes)
    if (!chosen)
      return {
        output: '',
        messages,
        code: 1,
        unchecked: [],
        usage: `không biết Đề án “${options.scheme}”. Các Đề án đã biết: ${knownList(schemes)}.`
      }
  } else if (options.schemeFiles.length > 0) {
    chosen = schemes[0]
  }

  const expanded = expandInputs(options.files)
  for (const each of expanded.messages) messages.push(each)
  const batch = await checkBatch(expanded.files, {options, schemes, ...(chosen ? {chosen} : {})})
  for (const each of batch.messages) messages.push(each)
  const reports = batch.reports
  const unchecked: Unchecked[] = [
    // A folder or pattern that gave nothing is a row; a FIFO skipped in one is only told.
    ...expanded.messages
      .filter((message) => message.fatal === true)
      .map((message) => ({file: message.file ?? '-', reasons: [message.reason]})),
    ...batch.unchecked
  ]
  // A document that is not a plan is told apart, not failed: a folder of a province's papers holds
  // letters and reports beside its plans, and telling them is what the reviewer asked for.
  const failures = unchecked.filter((entry) => !entry.notAPlan)
  const others = unchecked.filter((entry) => entry.notAPlan)
  const failed = failures.length > 0
  if (failed && options.strict) return {output: '', messages, code: 1, unchecked}

  let output: string | Uint8Array = ''
  // Nothing could be checked: the reasons are on stderr, and there is no report to write.
  if (reports.length === 0 && others.length === 0) return {output, messages, code: failed ? 1 : 0, unchecked}
  if (options.format === 'docx') {
    const {coverageToDocx} = await import('@kehoach/docx')
    if (reports.length > 0 || unchecked.length > 0)
      output = await coverageToDocx(reports, {unchecked, ...(options.issuer ? {issuer: options.issuer} : {})})
  } else if (options.format === 'json') {
    const single = options.files.length === 1 && expanded.files.length === 1 && reports.length === 1
    const entries = [
      ...reports,
      ...failures.map((entry) => ({file: entry.file, unchecked: true, reasons: entry.reasons})),
      ...others.map((entry) => ({
        file: entry.file,
        unchecked: true,
        notAPlan: entry.notAPlan,
        issuer: entry.issuer ?? null,
        number: entry.number ?? null,
        date: entry.date ?? null,
        reasons: entry.reasons
      }))
    ]
    output = JSON.stringify(single ? reports[0] : entries, null, 2) + '\n'
  } else if (options.format === 'md') {
    output = reports.length > 0 ? reportsToMarkdown(reports) : ''
    if (failures.length > 0)
      output += `\n## Kế hoạch không đối chiếu được\n\n${failures.map((entry) => `- ${markdownLine(`${entry.file}: ${entry.reasons.join(' ')}`)}`).join('\n')}\n`
    if (others.length > 0)
      output += `\n## Văn bản không phải kế hoạch\n\n${others.map((entry) => `- ${markdownLine(`${entry.file}: ${notAPlanLine(entry)}`)}`).join('\n')}\n`
  } else {
    output = reports.map((report) => coverageToText(report, {colour: options.colour})).join('\n')
    if (failures.length > 0)
      output += `${output ? '\n' : ''}Không đối chiếu được ${failures.length} kế hoạch:\n${failures.map((entry) => `  ${entry.file}: ${entry.reasons.join(' ')}`).join('\n')}\n`
    if (others.length > 0)
      output += `${output ? '\n' : ''}Không phải kế hoạch (${others.length} văn bản):\n${others.map((entry) => `  ${entry.file}: ${notAPlanLine(entry)}`).join('\n')}\n`
  }
  return {output, messages, code: failed ? 1 : 0, unchecked}
}

interface BatchContext {
  options: Pick<CheckOptions, 'from' | 'maxSize' | 'stdin' | 'schemeFiles' | 'scheme'>
  schemes: readonly Scheme[]
  chosen?: Scheme
}

export interface BatchResult {
  reports: CoverageReport[]
  messages: Diagnostic[]
  failed: boolean
  unchecked: Unchecked[]
}

/** Below this many plans one thread is faster than starting another. */
const PARALLEL_FROM = 48

/**
 * Check many plans; large batches are split over the machine's cores (worker threads,
 * each reading and checking its share), results kept in the order of the files.
 */
async function checkBatch(files: readonly string[], context: BatchContext): Promise<BatchResult> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / (PARALLEL_FROM / 2)))
  const start = startWorker()
  if (threads < 2 || files.includes('-') || !start) return checkFiles(files, context)
  const size = Math.ceil(files.length / threads)
  const slices = Array.from({length: threads}, (_, index) => files.slice(index * size, (index + 1) * size)).filter(
    (slice) => slice.length > 0
  )
  // This thread checks the first share itself while the workers start and check the others.
  const [own = [], ...others] = slices
  const workers = others.map(
    (slice) =>
      new Promise<BatchResult>((resolve, reject) => {
        const {stdin: _, ...options} = context.options
        const worker = start({kehoachCheck: {files: slice, options, chosen: context.chosen?.id ?? null}})
        worker.once('message', (result: BatchResult) => resolve(result))
        worker.once('error', reject)
      })
  )
  // A worker that fails while this thread is busy is reported below, not as an unhandled rejection.
  for (const worker of workers) worker.catch(() => undefined)
  const mine = await checkFiles(own, context)
  const results = [mine, ...(await Promise.all(workers))]
  return {
    reports: results.flatMap((result) => result.reports),
    messages: results.flatMap((result) => result.messages),
    failed: results.some((result) => result.failed),
    unchecked: results.flatMap((result) => result.unchecked)
  }
}

/**
 * The CLI's launcher (bin/kehoach.js), which runs `workerMain` when it is started as a
 * worker thread with `workerData.kehoachCheck`. Found from the built code (dist/…);
 * running from source (the tests) there is none, and batches run in one thread.
 */
const LAUNCHER: URL | undefined = (() => {
  const here = import.meta.url
  const dist = here.lastIndexOf('/dist/')
  return dist < 0 ? undefined : new URL('bin/kehoach.js', here.slice(0, dist + 1))
})()

/**
 * How to start a check worker thread: the launcher's, or the single executable's, which starts its
 * workers from its own asset (packages/cli/bin/exe-main.cjs) and puts that function here.
 */
function startWorker(): ((workerData: unknown) => Worker) | undefined {
  const own = (globalThis as Record<symbol, unknown>)[Symbol.for('kehoach.worker')]
  if (typeof own === 'function') return own as (workerData: unknown) => Worker
  return LAUNCHER ? (workerData) => new Worker(LAUNCHER, {workerData}) : undefined
}

/** Check plans one after another in this thread. */
export async function checkFiles(files: readonly string[], context: BatchContext): Promise<BatchResult> {
  const {options, schemes} = context
  const reports: CoverageReport[] = []
  const messages: Diagnostic[] = []
  const unchecked: Unchecked[] = []
  let failed = false
  const reasons = (list: readonly Diagnostic[]) =>
    list.filter((message) => message.fatal).map((message) => formatDiagnostic(message).replace(/^.*?: lỗi /u, ''))
  for (const file of files) {
    const loaded = await load(file, {from: options.from, maxSize: options.maxSize, stdin: options.stdin})
    const own = [...loaded.messages]
    // An authoring file that states targets twice must state them alike.
    const format = formatOf(file, options.from)
    if ('plan' in loaded && (format === 'yaml' || format === 'json'))
      for (const each of targetDiagnostics(loaded.plan, {file})) own.push(each)
    for (const each of own) messages.push(each)
    if (loaded.failed || !('plan' in loaded) || hasErrors(own)) {
      failed = true
      // What was read of it (issuer, number, date) still identifies the row.
      const meta = 'plan' in loaded ? loaded.plan.meta : undefined
      unchecked.push({
        file,
        reasons: reasons(own),
        ...(meta ? {issuer: meta.issuer, number: meta.number, date: meta.date} : {})
      })
      continue
    }
    // A letter, a report, minutes, a decision that issues no plan: said once, and no table.
    const kind = notAPlanKind(loaded.plan)
    if (kind) {
      const {issuer, number, date, position} = loaded.plan.meta
      const message = diagnostic('not-a-plan', {kind}, {file, place: position})
      messages.push(message)
      unchecked.push({file, reasons: [message.reason], notAPlan: kind, issuer, number, date})
      continue
    }
    const scheme = context.chosen ?? findScheme(loaded.plan, schemes)
    if (!scheme) {
      const cited = citedDocuments(loaded.plan.meta.implements)
      const message = diagnostic(
        'unknown-scheme',
        {cited: cited || 'không ghi', known: knownList(schemes)},
        {file, place: loaded.plan.meta.position}
      )
      messages.push(message)
      const {issuer, number, date} = loaded.plan.meta
      unchecked.push({file, reasons: [message.reason], issuer, number, date})
      failed = true
      continue
    }
    // Past its bounds (tasks times groups, tasks times the scheme's words), `coverage` refuses the plan
    // (coverage-too-large, coverage-words-too-large) before any work.
    let report: CoverageReport
    try {
      report = coverage(loaded.plan, scheme, {file})
    } catch (error) {
      const tooLarge = (error as {diagnostic?: Diagnostic}).diagnostic
      if (tooLarge?.ruleId !== 'coverage-too-large' && tooLarge?.ruleId !== 'coverage-words-too-large') throw error
      messages.push(tooLarge)
      const {issuer, number, date} = loaded.plan.meta
      unchecked.push({file, reasons: [tooLarge.reason], issuer, number, date})
      failed = true
      continue
    }
    reports.push(report)
  }
  return {reports, messages, failed, unchecked}
}

/**
 * The documents a plan says it implements, each quoted whole: its kind and number as the plan
 * writes them ("Quyết định số 2138/QĐ-TTg"), or its number and symbol alone; a reference without a
 * number (a law cited by name) is left out rather than quoted as a piece of its sentence. The twin
 * of @kehoach/coverage's own (lib/format.ts), which is not a public export.
 */
function citedDocuments(references: readonly DocRef[]): string {
  return references
    .flatMap(({number, text = ''}) => {
      if (!number) return []
      const at = text.indexOf(number)
      const kind = at < 0 ? undefined : /\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2} (?:số )?$/u.exec(text.slice(0, at))?.[0]
      return [`${kind ?? ''}${number}`]
    })
    .join(', ')
}

/** The body of a check worker thread: read its share of the files and post the reports back. */
export async function workerMain(
  data: {files: string[]; options: BatchContext['options']; chosen: string | null},
  post: (result: BatchResult) => void
): Promise<void> {
  const {schemes: all} = await loadSchemes(data.options.schemeFiles ?? [], data.options.maxSize)
  const chosen = data.chosen ? findScheme(data.chosen, all) : undefined
  post(await checkFiles(data.files, {options: data.options, schemes: all, ...(chosen ? {chosen} : {})}))
}

/** `kehoach schemes [id] [--format text|json|yaml]`. */
export async function schemes(options: {
  id?: string
  format: 'text' | 'json' | 'yaml'
  schemeFiles: string[]
  maxSize?: number
}): Promise<CheckResult> {
  const {schemes: all, messages} = await loadSchemes(options.schemeFiles, options.maxSize)
  if (messages.some((message) => message.fatal)) return {output: '', messages, code: 1, unchecked: []}
  if (options.id) {
    const scheme = findScheme(options.id, all)
    if (!scheme)
      return {
        output: '',
        messages,
        code: 1,
        unchecked: [],
        usage: `không biết Đề án “${options.id}”. Các Đề án đã biết: ${knownList(all)}.`
      }
    const output =
      options.format === 'json' ? JSON.stringify(scheme, null, 2) + '\n' : stringify(scheme, {lineWidth: 0})
    return {output, messages, code: 0, unchecked: []}
  }
  if (options.format === 'json')
    return {output: JSON.stringify(all.map(brief), null, 2) + '\n', messages, code: 0, unchecked: []}
  if (options.format === 'yaml')
    return {output: stringify(all.map(brief), {lineWidth: 0}), messages, code: 0, unchecked: []}
  const lines = all.map((scheme) => {
    const groups = scheme.groups.length
    const confirmed = scheme.groups.filter((group) => group.provenance.status !== 'reconstructed').length
    return `${scheme.id.padEnd(12)} ${scheme.period.from}-${scheme.period.to}  ${String(groups).padStart(2)} nhóm (${confirmed} có nguồn, ${groups - confirmed} dựng lại)  ${scheme.title}`
  })
  return {output: lines.join('\n') + '\n', messages, code: 0, unchecked: []}
}

function brief(scheme: Scheme) {
  return {
    id: scheme.id,
    title: scheme.title,
    date: scheme.date,
    period: scheme.period,
    groups: scheme.groups.length,
    targets: scheme.targets?.length ?? 0,
    provenance: scheme.provenance.status
  }
}
