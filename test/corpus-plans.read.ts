// How test/corpus-plans.test.ts reads a plan and the fields it checks, in one place.
//
// readPlan is the reader under judgement; the accessors below map what the expectations ask
// for onto the model. Where the model has no field yet (the symbol, "Kính gửi" addressees,
// appendix task rows, a task's product, the enacting decision's signature and Nơi nhận) the
// accessor reads an optional field by the name it would most likely get and otherwise says
// it cannot tell (null), so those checks fail until the reader author adapts this file.
import {readFileSync} from 'node:fs'
import type {Agency, Assignment, DocRef, Plan, Signature, Task} from '@kehoach/model'
import {readPlan as readFile} from '@kehoach/files'
import {readDoc} from '@kehoach/files/node'
import {parseText} from '@kehoach/text'
import {pathOf, read} from './corpus.js'

/**
 * Read one corpus document into a plan: a portal's text or Markdown (plans/) through parseText;
 * a file (files/: DOCX, PDF, read by OCR when it is a scan or its text layer is broken, Word 97
 * through LibreOffice) through `readPlan` of @kehoach/files, the entry point the CLI uses.
 */
export async function readPlan(file: string): Promise<Plan> {
  if (!file.startsWith('files/')) return parseText(read(file), {file}).plan
  const result = await readFile(new Uint8Array(readFileSync(pathOf(file))), file, {readDoc})
  if (!result.plan) throw new Error(`${file}: ${result.messages.map((message) => message.reason).join('; ')}`)
  return result.plan
}

/** A reference with the role it plays for the plan. */
export interface ReferenceFound {
  number: string | null
  date: string | null
  role: 'implements' | 'basis'
}

/** The signature fields the expectations compare. */
export interface SignatureFound {
  authority: string | null
  capacity: string | null
  position: string | null
  name: string | null
}

/** The enacting decision as the expectations describe it. */
export interface EnactedByFound {
  number: string | null
  date: string | null
  articles: number
  signature: SignatureFound | null
  /** null when the model does not record the decision's own Nơi nhận. */
  recipientsCount: number | null
}

/** The symbol after "/" of the plan's number (kept when the number is blank). */
export function symbolOf(plan: Plan): string | null {
  return plan.meta.symbol ?? null
}

/** The date of issue, or what a draft's blank day leaves of it ("2026-05", "2026"). */
export function dateOf(plan: Plan): string | null {
  return plan.meta.date ?? plan.meta.partialDate ?? null
}

/** "Kính gửi:" addressees. */
export function recipientsToOf(plan: Plan): string[] {
  return plan.meta.recipientsTo ?? []
}

/**
 * Where a reference starts, to order citations: its offset, or (a file's positions give the line
 * and column of the text layer, not always an offset) its line and column.
 */
function offsetOf(reference: DocRef): number {
  const start = reference.position?.start
  if (!start) return Number.POSITIVE_INFINITY
  return start.offset ?? start.line * 1_000_000 + start.column
}

/** Every document the plan cites before its first section, in order of first citation. */
export function referencesOf(plan: Plan): ReferenceFound[] {
  const all = [
    ...plan.meta.implements.map((reference, index) => ({reference, role: 'implements' as const, index})),
    ...plan.meta.basis.map((reference, index) => ({
      reference,
      role: 'basis' as const,
      index: plan.meta.implements.length + index
    }))
  ]
  // Without positions the two lists keep their own order, implemented documents first.
  all.sort((a, b) => offsetOf(a.reference) - offsetOf(b.reference) || a.index - b.index)
  return all.map(({reference, role}) => ({number: reference.number, date: reference.date, role}))
}

const inBody = (task: Task) => task.source !== 'appendix'

/** The top-level tasks of the body; when the body has none, the appendix's first-level rows. */
export function topTasksOf(plan: Plan): Task[] {
  const body = plan.tasks.filter(inBody)
  return body.length > 0 ? body : plan.tasks
}

function flatten(tasks: readonly Task[]): Task[] {
  return tasks.flatMap((task) => [task, ...flatten(task.children)])
}

/** Every task of the body at any depth, depth first in document order. */
export function allTasksOf(plan: Plan): Task[] {
  return flatten(plan.tasks.filter(inBody))
}

/** Tasks read from appendix task tables (`source: 'appendix'`). */
export function appendixTasksOf(plan: Plan): Task[] {
  return flatten(plan.tasks.filter((task) => !inBody(task)))
}

/** Number of tasks at any depth in the tasks sections of the body. */
export function taskCountOf(plan: Plan): number {
  return allTasksOf(plan).length
}

/** Task rows of the appendix task tables: the tasks read from rows, less the group rows that head others. */
export function appendixRowsOf(plan: Plan): number | null {
  return appendixTasksOf(plan).filter((task) => task.children.length === 0).length
}

/** The name of an agency as written. */
export function agencyNameOf(agency: Agency): string {
  return typeof agency === 'string' ? agency : agency.name
}

/** Lead agencies of a task. */
export function leadOf(task: Task): string[] {
  return task.lead.map(agencyNameOf)
}

/** Supporting agencies of a task. */
export function supportOf(task: Task): string[] {
  return task.support.map(agencyNameOf)
}

/** The timeline of a task as written, or null. */
export function timelineOf(task: Task): string | null {
  return task.timeline?.text ?? null
}

/** The product (sản phẩm) of a task, or null. */
export function productOf(task: Task): string | null {
  return task.output ?? null
}

/**
 * The agencies heading the items of Tổ chức thực hiện, in order: each item's agency, then the
 * bodies that head the same item with it (`joint`), not those it works with ("phối hợp với …").
 */
export function implementationOf(plan: Plan): string[] {
  return plan.implementation.flatMap((assignment: Assignment) =>
    [assignment.agency, ...(assignment.joint ?? [])].map(agencyNameOf)
  )
}

function signatureFields(signature: Signature | null | undefined): SignatureFound | null {
  if (!signature) return null
  return {
    authority: signature.authority,
    capacity: signature.capacity,
    position: signature.position,
    name: signature.name
  }
}

/** The plan's signature block (all fields null when there is none). */
export function signatureOf(plan: Plan): SignatureFound {
  return signatureFields(plan.signature) ?? {authority: null, capacity: null, position: null, name: null}
}

/** Nơi nhận entries, one a line. */
export function recipientsOf(plan: Plan): string[] {
  return plan.recipients
}

/** The Quyết định that issues the plan, or null. */
export function enactedByOf(plan: Plan): EnactedByFound | null {
  const decision = plan.meta.enactedBy
  if (!decision) return null
  const extra = decision as typeof decision & {signature?: Signature | null; recipients?: string[]}
  return {
    number: decision.number,
    date: decision.date,
    articles: decision.articles.length,
    signature: signatureFields(extra.signature),
    recipientsCount: Array.isArray(extra.recipients) ? extra.recipients.length : null
  }
}
