/**
 * National schemes: the bundled ones (packages/coverage/schemes/*.yaml, compiled in
 * at build time), lookup by the number a plan cites, and reading a user's own
 * scheme file (YAML or JSON) with located diagnostics.
 */

import {
  diagnostic,
  issuerInfo,
  readYamlData,
  schemaDiagnostics,
  type Diagnostic,
  type Plan,
  type SchemaError
} from '@kehoach/model'
import {stripDiacritics} from './ascii.js'
import {validate as validateSchemeData} from '../generated/scheme-validate.js'
import {BUNDLED} from '../generated/schemes.js'
import type {Scheme, SchemeGroup} from './types.js'

/** The schemes that ship with kehoach. */
export const SCHEMES: readonly Scheme[] = BUNDLED

/** "315/QĐ-TTg", "315/QD-TTg", "Quyết định số 315/QĐ-TTg" → "315/qd-ttg": a key for comparing document numbers. */
export function numberKey(value: string): string {
  return stripDiacritics(value.normalize('NFC'))
    .toLowerCase()
    .replace(/^(?:quyet dinh|qd)\s*(?:so)?\s*/u, '')
    .replace(/\s+/g, '')
    .replace(/[‐-―]/g, '-')
}

/**
 * Find a scheme by its number, an alias or its short key ("315"); or, given a plan, the scheme
 * it says it carries out (the first of its `implements` references that names a known one). The
 * CLI and the web app choose a plan's scheme through this one function.
 */
export function findScheme(
  reference: string | Readonly<Pick<Plan, 'meta'>>,
  schemes: readonly Scheme[] = SCHEMES
): Scheme | undefined {
  if (typeof reference !== 'string') {
    for (const cited of reference.meta.implements) {
      const scheme = cited.number ? findScheme(cited.number, schemes) : undefined
      if (scheme) return scheme
    }
    return undefined
  }
  const key = numberKey(reference)
  return schemes.find(
    (scheme) =>
      numberKey(scheme.id) === key ||
      scheme.short === reference.trim() ||
      (scheme.aliases ?? []).some((alias) => numberKey(alias) === key)
  )
}

/** Whether a plan is a central body's (a ministry's) rather than a province's or a commune's. */
export function isCentralPlan(plan: Plan): boolean {
  return /^(?:Bộ|Chính phủ|Thủ tướng|Ủy ban Trung ương)/u.test(plan.meta.issuer ?? '')
}

/** Work of the province level that a commune does not carry out: trainers of the province and district levels, training in state management. */
const PROVINCE_LEVEL = /tập huấn viên|cấp tỉnh|cấp huyện|quản lý nhà nước/u

/** True for a group or target (by its words) that only the province level carries out. */
export function isProvinceLevelOnly(text: string): boolean {
  return PROVINCE_LEVEL.test(text)
}

/** True for a plan issued by a commune (Ủy ban nhân dân xã, phường, đặc khu). */
export function isCommunePlan(plan: Plan): boolean {
  return issuerInfo(plan.meta.issuer ?? '').level === 'commune'
}

/** Every group and sub-group of a scheme, depth first. */
export function* walkGroups(groups: readonly SchemeGroup[], depth = 0): Generator<{group: SchemeGroup; depth: number}> {
  for (const group of groups) {
    yield {group, depth}
    if (group.children) yield* walkGroups(group.children, depth + 1)
  }
}

/** Concepts named by the subject, the other and neighbouring fields or a group's rules that the scheme does not define, with their paths in the file. */
function unknownConcepts(scheme: Scheme): Array<{name: string; path: Array<string | number>}> {
  const known = new Set(Object.keys(scheme.concepts ?? {}))
  const result: Array<{name: string; path: Array<string | number>}> = []
  for (const field of ['subject', 'others', 'neighbours'] as const)
    (scheme[field] ?? []).forEach((name, index) => {
      if (!known.has(name)) result.push({name, path: [field, index]})
    })
  const visit = (groups: readonly SchemeGroup[], path: Array<string | number>) => {
    groups.forEach((group, index) => {
      ;(group.concepts ?? []).forEach((rule, at) => {
        const lists: Array<[string[], Array<string | number>]> = Array.isArray(rule)
          ? [[rule, [...path, index, 'concepts', at]]]
          : [
              [rule.all, [...path, index, 'concepts', at, 'all']],
              [rule.none ?? [], [...path, index, 'concepts', at, 'none']]
            ]
        for (const [names, where] of lists)
          names.forEach((name, k) => {
            if (!known.has(name)) result.push({name, path: [...where, k]})
          })
      })
      if (group.children) visit(group.children, [...path, index, 'children'])
    })
  }
  visit(scheme.groups, ['groups'])
  return result
}

/**
 * The most words a scheme file's phrases may hold in all (concepts' `terms` and `except`, groups' and
 * targets' `keywords`): each is looked for in every task, and a scheme file is input too. The 315
 * scheme has 1,347 (and 50 in its targets' keywords), the 428 818. A blind tester's scheme of 9,074
 * three-word terms (250 KB) against a plan of 2,000 tasks took 3.9 s; 7,474 four-word keywords 3.0-3.3 s.
 */
export const MAX_SCHEME_WORDS = 4000

/** The words of a scheme's phrases (`MAX_SCHEME_WORDS`): all of them, or the path of the phrase that passes `limit`. */
function phraseWords(scheme: Scheme, limit: number): {words: number; past?: Array<string | number>} {
  let words = 0
  const count = (phrases: readonly string[] | undefined, path: Array<string | number>) => {
    for (const [index, phrase] of (phrases ?? []).entries()) {
      words += phrase.split(/\s+/u).filter(Boolean).length
      if (words > limit) return [...path, index]
    }
    return undefined
  }
  const past = pastPhrase(scheme, count)
  return past ? {words, past} : {words}
}

/** The words of the phrases a scheme's groups are found by in a task (its concepts' and groups'; not its targets'). */
export function schemeWords(scheme: Scheme): number {
  return phraseWords({...scheme, targets: []}, Number.POSITIVE_INFINITY).words
}

/** The path of the phrase that takes a scheme's words past `MAX_SCHEME_WORDS`, or undefined. */
function pastWords(scheme: Scheme): Array<string | number> | undefined {
  return phraseWords(scheme, MAX_SCHEME_WORDS).past
}

/** `count` over every phrase of `scheme`, in order, to the first path it returns. */
function pastPhrase(
  scheme: Scheme,
  count: (phrases: readonly string[] | undefined, path: Array<string | number>) => Array<string | number> | undefined
): Array<string | number> | undefined {
  for (const [name, concept] of Object.entries(scheme.concepts ?? {})) {
    const past =
      count(concept.terms, ['concepts', name, 'terms']) ?? count(concept.except, ['concepts', name, 'except'])
    if (past) return past
  }
  const groups = (list: readonly SchemeGroup[], path: Array<string | number>): Array<string | number> | undefined => {
    for (const [index, group] of list.entries()) {
      const past =
        count(group.keywords, [...path, index, 'keywords']) ??
        (group.children ? groups(group.children, [...path, index, 'children']) : undefined)
      if (past) return past
    }
    return undefined
  }
  const inGroups = groups(scheme.groups, ['groups'])
  if (inGroups) return inGroups
  for (const [index, target] of (scheme.targets ?? []).entries())
    for (const [list, phrases] of (target.keywords ?? []).entries()) {
      const past = count(phrases, ['targets', index, 'keywords', list])
      if (past) return past
    }
  return undefined
}

export interface SchemeReadResult {
  scheme?: Scheme
  messages: Diagnostic[]
}

/** Read a scheme from YAML or JSON text (JSON is YAML). Never throws on content. */
export function readScheme(text: string, options?: Readonly<{file?: string}> | null): SchemeReadResult {
  const file = options?.file
  const {data, locate, messages} = readYamlData(text, file ? {file} : null)
  if (data === undefined) return {messages}
  const validate = validateSchemeData as unknown as ((value: unknown) => boolean) & {errors?: SchemaError[] | null}
  if (!validate(data)) {
    return {messages: schemaDiagnostics(validate.errors ?? [], {locate, schema: 'Đề án', ...(file ? {file} : {})})}
  }
  const scheme = data as Scheme
  const seen = new Set<string>()
  const problems: Diagnostic[] = []
  const visit = (groups: readonly SchemeGroup[], path: Array<string | number>) => {
    groups.forEach((group, index) => {
      const here = [...path, index]
      if (seen.has(group.id))
        problems.push(diagnostic('duplicate-group-id', {id: group.id}, {place: locate([...here, 'id'], 'value'), file}))
      seen.add(group.id)
      if (group.children) visit(group.children, [...here, 'children'])
    })
  }
  visit(scheme.groups, ['groups'])
  const tooLarge = pastWords(scheme)
  if (tooLarge)
    problems.push(
      diagnostic('scheme-too-large', {limit: MAX_SCHEME_WORDS, real: 1347}, {place: locate(tooLarge, 'value'), file})
    )
  for (const problem of unknownConcepts(scheme))
    problems.push(diagnostic('unknown-concept', {name: problem.name}, {place: locate(problem.path, 'value'), file}))
  if (problems.length > 0) return {messages: problems}
  delete scheme.$schema
  return {scheme, messages: []}
}
