/**
 * Everything the app computes, as plain functions of plain data: reading files into plans,
 * coverage, diffs, drafts and the DOCX writers. The Web Worker (worker.ts) runs these for the
 * page, in the single file too; there, where the browser refuses the worker, the page runs them
 * itself. Nothing here touches the DOM or the network.
 */

import {
  diagnostic,
  fromYaml,
  hasErrors,
  notAPlanKind,
  lintPlan,
  sortDiagnostics,
  targetDiagnostics,
  toJson,
  toYaml,
  type Diagnostic,
  type DocRef,
  type Plan
} from '@kehoach/model'
import {fromMarkdown, parseText, toMarkdown} from '@kehoach/text'
import {readPlan, type PlanFormat} from '@kehoach/files'
import {
  SCHEMES,
  coverage,
  coverageSummaryLine,
  draftPlan,
  findScheme,
  readScheme,
  type CoverageReport,
  type Scheme,
  type SchemeGroup
} from '@kehoach/coverage'
import {diffPlans, type DiffReport} from '@kehoach/diff'
import type {MatrixTable} from '@kehoach/docx'

/** The formats a file is read from (what `readPlan` of @kehoach/files tells). */
export type InputFormat = PlanFormat

/** Which scheme to check against: the one the plan names, a bundled one, or one from a scheme file. */
export type SchemeChoice = {kind: 'auto'} | {kind: 'bundled'; id: string} | {kind: 'custom'; scheme: Scheme}

/** What checking one plan gave: its report, or why it could not be checked. */
export type CheckOutcome = {ok: true; report: CoverageReport; summary: string} | {ok: false; reason: string}

/** One opened file: its text (for the source view), the plan read from it and every diagnostic. */
export interface OpenedFile {
  name: string
  format: InputFormat | null
  /** `plan`: read; `failed`: could not be read as a plan; `unsupported`: a format this app cannot read yet. */
  status: 'plan' | 'failed' | 'unsupported'
  /** Why the file is `failed` or `unsupported`, in Vietnamese. */
  reason?: string
  text?: string
  plan?: Plan
  messages: Diagnostic[]
  check?: CheckOutcome
}

/** A bundled scheme as the app lists it. */
export interface SchemeBrief {
  id: string
  title: string
  period: {from: number; to: number}
  groups: number
  reconstructed: number
}

export function schemeList(): SchemeBrief[] {
  return SCHEMES.map((scheme) => ({
    id: scheme.id,
    title: scheme.title,
    period: scheme.period,
    groups: scheme.groups.length,
    reconstructed: reconstructedIn(scheme.groups)
  }))
}

/** How many groups and sub-groups were reconstructed from other documents. */
function reconstructedIn(groups: readonly SchemeGroup[]): number {
  let count = 0
  for (const group of groups)
    count += (group.provenance.status === 'reconstructed' ? 1 : 0) + reconstructedIn(group.children ?? [])
  return count
}

function schemeOf(plan: Plan, choice: SchemeChoice): Scheme | undefined {
  if (choice.kind === 'custom') return choice.scheme
  if (choice.kind === 'bundled') return findScheme(choice.id)
  return findScheme(plan)
}

/** Check one plan against the chosen scheme, or say why it cannot be checked. */
export function checkPlan(
  plan: Plan,
  messages: readonly Diagnostic[],
  choice: SchemeChoice,
  file?: string
): CheckOutcome {
  const fatal = messages.find((message) => message.fatal === true)
  if (fatal) return {ok: false, reason: fatal.reason}
  // A letter, a report, a decision that issues no plan: said so, and no table (issue #28).
  const kind = notAPlanKind(plan)
  if (kind) return {ok: false, reason: diagnostic('not-a-plan', {kind}).reason}
  if (plan.tasks.length === 0)
    return {ok: false, reason: 'Không tìm thấy nhiệm vụ nào: tệp này có lẽ không phải một kế hoạch.'}
  const scheme = schemeOf(plan, choice)
  if (!scheme) {
    const cited = citedDocuments(plan.meta.implements)
    const known = SCHEMES.map((item) => `${item.id} (${item.period.from}-${item.period.to})`).join(', ')
    // The catalog's message names the CLI's options; the app says where to choose instead.
    return {
      ok: false,
      reason: `Không biết kế hoạch thực hiện Đề án nào (kế hoạch ghi: ${cited || 'không ghi'}). Chọn Đề án ở ô “Đối chiếu với Đề án” hoặc nạp tệp Đề án; các Đề án có sẵn: ${known}.`
    }
  }
  // Past its bounds (tasks times groups, tasks times the scheme's words), `coverage` refuses the plan as
  // the CLI's check does (coverage-too-large, coverage-words-too-large), before any work; its message
  // names no option of the CLI.
  let report: CoverageReport
  try {
    report = coverage(plan, scheme, file ? {file} : null)
  } catch (error) {
    const tooLarge = (error as {diagnostic?: Diagnostic}).diagnostic
    if (tooLarge?.ruleId !== 'coverage-too-large' && tooLarge?.ruleId !== 'coverage-words-too-large') throw error
    return {ok: false, reason: tooLarge.reason}
  }
  return {ok: true, report, summary: coverageSummaryLine(report)}
}

/**
 * Read one file (its bytes) into a plan and check it, through `readPlan` of @kehoach/files as the
 * CLI does: what the bytes are, then the extension. Word 97 files need LibreOffice, which a
 * browser does not have: they are refused with `input-format`. Never throws on content.
 */
export async function openFile(
  name: string,
  bytes: Uint8Array,
  choice: SchemeChoice,
  format?: InputFormat
): Promise<OpenedFile> {
  const read = await readPlan(bytes, name, {...(format ? {format} : {}), pdf: {ocr: false}, prepare})
  if (!read.plan) {
    const first = read.messages[0]
    const reason =
      !first || first.ruleId === 'input-format'
        ? `Không đọc được tệp “${name}”: ứng dụng đọc tệp .docx, .pdf, .txt, .md, .yaml, .yml, .json.`
        : first.reason
    return {name, format: read.format ?? null, status: 'failed', reason, messages: sortDiagnostics([...read.messages])}
  }
  return checked(name, read.format ?? null, read.text, read.plan, read.messages, choice)
}

/**
 * pdf.js looks for its worker code on globalThis: loaded before a PDF is read, it runs in this
 * thread (itself a worker). No OCR here: the OCR engine and its Vietnamese model are not part of
 * the app yet, so a scanned PDF says it has no text.
 */
async function prepare(format: PlanFormat): Promise<void> {
  if (format === 'pdf') await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
}

/** Read text (a file opened before, kept as text) into a plan and check it, by the reader of its format. */
export async function openText(
  name: string,
  text: string,
  format: InputFormat,
  choice: SchemeChoice
): Promise<OpenedFile> {
  return openFile(name, new TextEncoder().encode(text), choice, format)
}

function checked(
  name: string,
  format: InputFormat | null,
  text: string | undefined,
  plan: Plan,
  messages: Diagnostic[],
  choice: SchemeChoice
): OpenedFile {
  const sorted = sortDiagnostics([...messages])
  const check = checkPlan(plan, sorted, choice, name)
  const unusable = sorted.some((message) => message.fatal === true)
  return {
    name,
    format,
    status: unusable ? 'failed' : 'plan',
    ...(unusable ? {reason: check.ok ? 'Không đọc được tệp này.' : check.reason} : {}),
    ...(text === undefined ? {} : {text}),
    plan,
    messages: sorted,
    check
  }
}

/** Read a scheme file (YAML or JSON, as `kehoach schemes 315` prints it). */
export function loadScheme(name: string, text: string): {scheme?: Scheme; messages: Diagnostic[]} {
  const result = readScheme(text, {file: name})
  return {...(result.scheme ? {scheme: result.scheme} : {}), messages: result.messages}
}

export function comparePlans(before: Plan, after: Plan, oldFile: string, newFile: string): DiffReport {
  return diffPlans(before, after, {oldFile, newFile})
}

/** A new draft from a scheme, as YAML or Markdown text. */
export function draftText(schemeId: string, issuer: string, date: string, format: 'yaml' | 'md'): string {
  const scheme = findScheme(schemeId)
  if (!scheme) throw new Error(`unknown scheme ${schemeId}`)
  const plan = draftPlan(scheme, {issuer, ...(date ? {date} : {})})
  return format === 'md' ? toMarkdown(plan) : toYaml(plan)
}

/** What the draft editor shows for the text being edited: diagnostics (with lint) and live coverage. */
export interface DraftState {
  plan: Plan
  messages: Diagnostic[]
  check: CheckOutcome
  errors: boolean
}

export function editDraft(text: string, format: 'yaml' | 'md', schemeId: string): DraftState {
  const {plan, messages} =
    format === 'md' ? fromMarkdown(text, {file: 'du-thao.md'}) : fromYaml(text, {file: 'du-thao.yaml'})
  const all = [...messages]
  const seen = new Set(all.map((message) => `${message.ruleId} ${message.reason}`))
  const file = format === 'md' ? 'du-thao.md' : 'du-thao.yaml'
  // Targets written beside the words must say what the words say (the Markdown reader checks its own).
  const extra = format === 'md' ? [] : targetDiagnostics(plan, {file})
  for (const message of [...lintPlan(plan, {file}), ...extra]) {
    if (!seen.has(`${message.ruleId} ${message.reason}`)) all.push(message)
  }
  const sorted = sortDiagnostics(all)
  return {
    plan,
    messages: sorted,
    check: checkPlan(plan, sorted, {kind: 'bundled', id: schemeId}),
    errors: hasErrors(sorted)
  }
}

/**
 * The documents a plan says it implements, each quoted whole: its kind and number as the plan
 * writes them ("Quyết định số 2138/QĐ-TTg"), or its number and symbol alone; a reference without a
 * number (a law cited by name) is left out rather than quoted as a piece of its sentence. The twin
 * of @kehoach/coverage's own (lib/format.ts), which is not a public export; the CLI's (lib/check.ts) is the other.
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

/** A plan as the text of an authoring format. */
export function exportPlan(plan: Plan, format: 'yaml' | 'md' | 'json'): string {
  return format === 'yaml' ? toYaml(plan) : format === 'md' ? toMarkdown(plan) : toJson(plan)
}

// The DOCX writers load only when a DOCX is asked for (about 70 KB gzip).
// A plan too long for a Word file (render-too-large) fails the call with its Vietnamese reason.
export async function planDocx(plan: Plan): Promise<Uint8Array> {
  const {planToDocx, renderDiagnostics} = await import('@kehoach/docx')
  refuseTooLarge(renderDiagnostics(plan))
  return planToDocx(plan)
}

export async function redlineDocx(before: Plan, after: Plan): Promise<Uint8Array> {
  const {redlineToDocx, renderDiagnostics} = await import('@kehoach/docx')
  refuseTooLarge([...renderDiagnostics(before), ...renderDiagnostics(after)])
  return redlineToDocx(before, after, {author: 'kehoach'})
}

function refuseTooLarge(messages: readonly Diagnostic[]): void {
  const fatal = messages.find((message) => message.fatal === true)
  if (fatal) throw new Error(fatal.reason)
}

/**
 * The review's annex: landscape, one table per scheme, as the CLI's `review -o .docx` (./matrix.ts,
 * annexTables), with the header and signature block of `issuer` (the CLI's `--issuer`) when given.
 */
export async function reviewDocx(tables: readonly MatrixTable[], issuer?: string): Promise<Uint8Array> {
  const {matrixToDocx} = await import('@kehoach/docx')
  return matrixToDocx(tables, {title: 'Kết quả đối chiếu các kế hoạch với Đề án', ...(issuer ? {issuer} : {})})
}

/**
 * Run the readers and the coverage once on a draft made here, so that V8 has compiled and
 * optimised them before the user's first file: on a cold engine the Vĩnh Phúc plan takes
 * several times longer than on a warm one. Runs in the worker while the page waits for input.
 */
export async function warmUp(): Promise<void> {
  // The file readers' chunk, fetched now rather than when the first file is chosen.
  await import('@kehoach/files')
  const scheme = SCHEMES[0]
  if (!scheme) return
  const draft = draftPlan(scheme, {issuer: 'Ủy ban nhân dân tỉnh Ninh Bình', date: '2026-01-15'})
  const markdown = toMarkdown(draft)
  for (let round = 0; round < 3; round++) {
    coverage(fromMarkdown(markdown).plan, scheme)
    // The same plan as plain text, roughly as a portal gives it, for the text reader.
    coverage(
      parseText(
        markdown
          .replace(/^---\n[\s\S]*?\n---\n/u, '')
          .replace(/^#+\s*/gmu, '')
          .replace(/\*\*/gu, '')
      ).plan,
      scheme
    )
    fromYaml(toYaml(draft))
  }
}

/** The engine's operations by name, for the worker's messages. */
export const operations = {
  warmUp,
  schemeList,
  openFile,
  openText,
  checkPlan,
  loadScheme,
  comparePlans,
  draftText,
  editDraft,
  exportPlan,
  planDocx,
  redlineDocx,
  reviewDocx
}

export type Operations = typeof operations
