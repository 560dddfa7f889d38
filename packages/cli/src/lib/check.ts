/**
 * `kehoach check` and `kehoach schemes`: coverage of plans against national schemes.
 * Loaded lazily by run.ts, so `parse` never pays for the comparison code.
 */

import {coverage, findScheme, readScheme, reportsToMarkdown, reportToText, SCHEMES, type CoverageReport, type Scheme} from '@kehoach/compare'
import {diagnostic, type Diagnostic} from '@kehoach/model'
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {stringify} from 'yaml'
import {readInput} from './input.js'
import {load} from './read.js'

export interface CheckOptions {
  files: string[]
  scheme?: string
  schemeFiles: string[]
  format: 'text' | 'json' | 'md' | 'docx'
  from?: string
  maxSize?: number
  colour: boolean
  stdin?: NodeJS.ReadableStream
}

export interface CheckResult {
  output: string | Uint8Array
  messages: Diagnostic[]
  /** 1 when an input (plan or scheme file) could not be used. */
  code: 0 | 1
  /** A usage problem (unknown --scheme): the CLI prints it and exits 2. */
  usage?: string
}

function knownList(schemes: readonly Scheme[]): string {
  return schemes.map((scheme) => `${scheme.id} (${scheme.period.from}-${scheme.period.to})`).join(', ')
}

/** Read the user's scheme files; they come before the bundled ones, so a corrected 315 replaces ours. */
export async function loadSchemes(files: readonly string[], maxSize?: number): Promise<{schemes: Scheme[]; messages: Diagnostic[]}> {
  const schemes: Scheme[] = []
  const messages: Diagnostic[] = []
  for (const file of files) {
    const input = await readInput(file, maxSize === undefined ? null : {maxSize})
    if (!input.ok) {
      messages.push(input.message)
      continue
    }
    const result = readScheme(input.text, {file})
    messages.push(...result.messages)
    if (result.scheme) schemes.push(result.scheme)
  }
  return {schemes: [...schemes, ...SCHEMES], messages}
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const {schemes, messages} = await loadSchemes(options.schemeFiles, options.maxSize)
  if (messages.some((message) => message.fatal)) return {output: '', messages, code: 1}
  let chosen: Scheme | undefined
  if (options.scheme) {
    chosen = findScheme(options.scheme, schemes)
    if (!chosen) return {output: '', messages, code: 1, usage: `không biết Đề án “${options.scheme}”. Các Đề án đã biết: ${knownList(schemes)}.`}
  } else if (options.schemeFiles.length > 0) {
    chosen = schemes[0]
  }

  const batch = await checkBatch(options.files, {options, schemes, ...(chosen ? {chosen} : {})})
  messages.push(...batch.messages)
  const reports = batch.reports
  const failed = batch.failed

  let output: string | Uint8Array = ''
  if (options.format === 'docx') {
    const {reportToDocx} = await import('@kehoach/docx')
    if (reports.length > 0) output = await reportToDocx(reports)
  } else if (options.format === 'json') output = JSON.stringify(options.files.length === 1 && reports.length === 1 ? reports[0] : reports, null, 2) + '\n'
  else if (options.format === 'md') output = reports.length > 0 ? reportsToMarkdown(reports) : ''
  else output = reports.map((report) => reportToText(report, {colour: options.colour})).join('\n')
  return {output, messages, code: failed ? 1 : 0}
}

interface BatchContext {
  options: Pick<CheckOptions, 'from' | 'maxSize' | 'stdin' | 'schemeFiles' | 'scheme'>
  schemes: readonly Scheme[]
  chosen?: Scheme
}

interface BatchResult {
  reports: CoverageReport[]
  messages: Diagnostic[]
  failed: boolean
}

/** Below this many plans one thread is faster than starting another. */
const PARALLEL_FROM = 48

/**
 * Check many plans; large batches are split over the machine's cores (worker threads,
 * each reading and checking its share), results kept in the order of the files.
 */
async function checkBatch(files: readonly string[], context: BatchContext): Promise<BatchResult> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / (PARALLEL_FROM / 2)))
  if (threads < 2 || files.includes('-') || !LAUNCHER) return checkFiles(files, context)
  const size = Math.ceil(files.length / threads)
  const slices = Array.from({length: threads}, (_, index) => files.slice(index * size, (index + 1) * size)).filter((slice) => slice.length > 0)
  // This thread checks the first share itself while the workers start and check the others.
  const [own = [], ...others] = slices
  const workers = others.map(
    (slice) =>
      new Promise<BatchResult>((resolve, reject) => {
        const {stdin: _, ...options} = context.options
        const worker = new Worker(LAUNCHER as URL, {workerData: {kehoachCheck: {files: slice, options, chosen: context.chosen?.id ?? null}}})
        worker.once('message', (result: BatchResult) => resolve(result))
        worker.once('error', reject)
      })
  )
  // A worker that fails while this thread is busy is reported below, not as an unhandled rejection.
  for (const worker of workers) worker.catch(() => undefined)
  const mine = await checkFiles(own, context)
  const results = [mine, ...(await Promise.all(workers))]
  return {reports: results.flatMap((result) => result.reports), messages: results.flatMap((result) => result.messages), failed: results.some((result) => result.failed)}
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

/** Check plans one after another in this thread. */
export async function checkFiles(files: readonly string[], context: BatchContext): Promise<BatchResult> {
  const {options, schemes} = context
  const reports: CoverageReport[] = []
  const messages: Diagnostic[] = []
  let failed = false
  for (const file of files) {
    const loaded = await load(file, {from: options.from, maxSize: options.maxSize, stdin: options.stdin})
    messages.push(...loaded.messages)
    if (loaded.failed || !('plan' in loaded) || loaded.messages.some((message) => message.fatal)) {
      failed = true
      continue
    }
    let scheme = context.chosen
    if (!scheme) {
      for (const reference of loaded.plan.meta.implements) {
        scheme = reference.number ? findScheme(reference.number, schemes) : undefined
        if (scheme) break
      }
    }
    if (!scheme) {
      const cited = loaded.plan.meta.implements.map((reference) => reference.number ?? reference.text ?? '?').join(', ')
      messages.push(diagnostic('unknown-scheme', {cited: cited || 'không ghi', known: knownList(schemes)}, {file, place: loaded.plan.meta.position}))
      failed = true
      continue
    }
    reports.push(coverage(loaded.plan, scheme, {file}))
  }
  return {reports, messages, failed}
}

/** The body of a check worker thread: read its share of the files and post the reports back. */
export async function workerMain(data: {files: string[]; options: BatchContext['options']; chosen: string | null}, post: (result: BatchResult) => void): Promise<void> {
  const {schemes: all} = await loadSchemes(data.options.schemeFiles ?? [], data.options.maxSize)
  const chosen = data.chosen ? findScheme(data.chosen, all) : undefined
  post(await checkFiles(data.files, {options: data.options, schemes: all, ...(chosen ? {chosen} : {})}))
}

/** `kehoach schemes [id] [--format text|json|yaml]`. */
export async function schemes(options: {id?: string; format: 'text' | 'json' | 'yaml'; schemeFiles: string[]; maxSize?: number}): Promise<CheckResult> {
  const {schemes: all, messages} = await loadSchemes(options.schemeFiles, options.maxSize)
  if (messages.some((message) => message.fatal)) return {output: '', messages, code: 1}
  if (options.id) {
    const scheme = findScheme(options.id, all)
    if (!scheme) return {output: '', messages, code: 1, usage: `không biết Đề án “${options.id}”. Các Đề án đã biết: ${knownList(all)}.`}
    const output = options.format === 'json' ? JSON.stringify(scheme, null, 2) + '\n' : stringify(scheme, {lineWidth: 0})
    return {output, messages, code: 0}
  }
  if (options.format === 'json') return {output: JSON.stringify(all.map(brief), null, 2) + '\n', messages, code: 0}
  if (options.format === 'yaml') return {output: stringify(all.map(brief), {lineWidth: 0}), messages, code: 0}
  const lines = all.map((scheme) => {
    const groups = scheme.groups.length
    const confirmed = scheme.groups.filter((group) => group.provenance.status !== 'reconstructed').length
    return `${scheme.id.padEnd(12)} ${scheme.period.from}-${scheme.period.to}  ${String(groups).padStart(2)} nhóm (${confirmed} có nguồn, ${groups - confirmed} dựng lại)  ${scheme.title}`
  })
  return {output: lines.join('\n') + '\n', messages, code: 0}
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
