/**
 * YAML (the main authoring format) and JSON: reading into a `Plan` with located
 * diagnostics, and writing a plan back out.
 */

import {
  Document as YamlDocument,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Pair,
  type YAMLMap
} from 'yaml'
import {diagnostic, type Diagnostic} from './diagnostic.js'
import {completePlan, defaultSections, emptyPlan, stripPositions, walkTasks} from './plan.js'
import {validateSchema, type Locator} from './schema.js'
import {parseTimeline} from './timeline.js'
import type {Plan, Task} from './types.js'
import {lintPlan} from './lint.js'
import {targetsAreWords} from './objectives.js'
import {agencyName, isoDate, splitAgencies} from '@kehoach/vietnamese'
import {countedLines, positionFrom} from './yaml-place.js'

export interface ReadResult {
  plan: Plan
  messages: Diagnostic[]
}

export interface YamlOptions {
  /** File path for diagnostics. */
  file?: string
  /** Most aliases a document may dereference (alias bombs are refused). Default 100. */
  maxAliasCount?: number
  /**
   * Re-read agency lists written as YAML flow sequences (`lead: [UBND các xã, phường]`) with the
   * comma-aware agency reader: YAML splits them at every comma, which cuts agency names apart.
   * Set by `fromYaml`; default false.
   */
  agencyLists?: boolean
  /**
   * Largest text read, in UTF-8 bytes; a larger one is refused with one `yaml-too-large` message
   * before any parsing. Default {@link MAX_YAML_SIZE} (256 KB): a real plan is 10 to 100 KB, and the
   * yaml library reads a hostile megabyte in seconds. The CLI's `--max-size` raises it.
   */
  maxSize?: number
}

/** The default largest YAML or JSON text, in UTF-8 bytes (256 KB). */
export const MAX_YAML_SIZE = 256 * 1024

const YAML_OPTIONS = {
  schema: 'core',
  merge: false,
  // yaml checks unique keys by comparing each key with every earlier one of its mapping (30,000
  // keys took 12 s); duplicateKeys below does it with one set per mapping.
  uniqueKeys: false,
  strict: true,
  // Pretty errors copy the source line around every error: on one long line with thousands of
  // errors that took time in the square of the line. Only the first line of a message is shown.
  prettyErrors: false,
  customTags: [] as never[],
  resolveKnownTags: false,
  stringKeys: false
} as const

/** The most pairs a mapping may have to be looked through for a key rather than indexed. */
const SCANNED_PAIRS = 16

/** Each mapping's pairs by key, made on first use: a path is then found in one step per segment. */
type PairIndex = WeakMap<YAMLMap, Map<string, Pair>>

function pairOf(index: PairIndex, map: YAMLMap, key: string | number): Pair | undefined {
  // A small mapping (a task, a reference) is looked through: a map for each of 2,400 tasks, made to
  // find one key in it, was most of the time taken to give a 0.9 MB plan its positions.
  if (map.items.length <= SCANNED_PAIRS) {
    const name = String(key)
    for (const pair of map.items as Pair[])
      if (String(isScalar(pair.key) ? pair.key.value : pair.key) === name) return pair
    return undefined
  }
  let pairs = index.get(map)
  if (pairs === undefined) {
    pairs = new Map()
    for (const pair of map.items as Pair[]) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key)
      if (!pairs.has(name)) pairs.set(name, pair)
    }
    index.set(map, pairs)
  }
  return pairs.get(String(key))
}

/** The node at `path`, one indexed step per segment. */
function nodeAt(index: PairIndex, root: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = root
  for (const segment of path) {
    if (isMap(node)) node = pairOf(index, node, segment)?.value
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment]
    else return undefined
  }
  return node
}

/**
 * A locator for the document's nodes. Each mapping is indexed by key the first time a
 * path goes through it, so locating every message of a file with thousands of errors
 * costs time in proportion to the messages, not to messages × document.
 */
function locatorOf(document: Document, counter: LineCounter): Locator {
  const index: PairIndex = new WeakMap()
  return (path, part) => {
    if (part === 'key' && path.length > 0) {
      const parent = nodeAt(index, document.contents, path.slice(0, -1))
      if (isMap(parent)) {
        const pair = pairOf(index, parent, path[path.length - 1] as string | number)
        if (pair && isNode(pair.key) && pair.key.range)
          return positionFrom(counter, pair.key.range[0], pair.key.range[1])
      }
      return undefined
    }
    const node = nodeAt(index, document.contents, path)
    if (isNode(node) && node.range) return positionFrom(counter, node.range[0], node.range[1])
    return undefined
  }
}

/**
 * Keys that repeat an earlier key of the same mapping, and keys that are not scalars (a
 * list, a mapping or an alias as a key), as ranges in document order; and the aliases among the
 * values, counted in the same walk (yaml's `visit` took 30 ms more on a 0.9 MB plan). Scalar keys
 * are the same when their values are (1 and "1" differ, as in YAML): one set per mapping. yaml turns
 * a collection key into a string of the whole collection, once per level of keys nested in
 * keys, so "? ? ? … a" took time doubling with each "?" (26 of them: 2 s). The tree is
 * walked without recursion.
 */
function keyProblems(document: Document): {
  duplicate: Array<[number, number]>
  complex: Array<[number, number]>
  aliases: number
} {
  const duplicate: Array<[number, number]> = []
  const complex: Array<[number, number]> = []
  let aliases = 0
  const pending: unknown[] = [document.contents]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isAlias(node)) aliases++
    else if (isMap(node)) {
      const seen = new Set<string>()
      for (const pair of node.items as Pair[]) {
        if (isScalar(pair.key)) {
          const identity = `${typeof pair.key.value}:${String(pair.key.value)}`
          if (seen.has(identity) && pair.key.range) duplicate.push([pair.key.range[0], pair.key.range[1]])
          seen.add(identity)
        } else if (isNode(pair.key)) {
          const range = pair.key.range ?? [0, 0]
          complex.push([range[0], range[1]])
          continue
        }
        pending.push(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item)
    }
  }
  const byStart = (a: [number, number], b: [number, number]) => a[0] - b[0]
  return {duplicate: duplicate.sort(byStart), complex: complex.sort(byStart), aliases}
}

/** The most levels of nesting (collections in collections) a YAML or JSON document may have. */
export const MAX_DEPTH = 256

/**
 * Where a YAML or JSON text first nests deeper than `limit` levels, as an offset, or
 * undefined. One pass over the text, before any parser sees it: block collections are
 * counted by indentation (each "- " or "? " entry is a level of its own), flow collections
 * by their brackets outside quoted scalars and comments, and block scalars (`|`, `>`) are
 * skipped. It errs towards counting a level too many, never too few, for what the YAML
 * parser would nest: the parser (and the schema validator after it) recurses once per level,
 * and some 800 levels of "[" exhaust the stack; after that V8 has been seen to abort the
 * whole process on the next regular expression it compiles.
 */
export function nestingTooDeep(text: string, limit: number = MAX_DEPTH): number | undefined {
  const stack: number[] = []
  let flow = 0
  let quote = ''
  let last = ''
  let scalarIndent = -1
  const length = text.length
  for (let at = 0; at <= length; ) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = length
    let i = at
    let inline = flow > 0 || quote !== ''
    if (!inline) {
      while (i < end && text.charCodeAt(i) === 0x20) i++
      const indent = i - at
      const blank = i >= end || text[i] === '#' || text[i] === '\r'
      if (scalarIndent >= 0 && (blank || indent > scalarIndent)) {
        at = end + 1
        continue
      }
      scalarIndent = -1
      if (blank) {
        at = end + 1
        continue
      }
      // Block levels: the node this line starts, and one more for each entry marker before it.
      for (;;) {
        const char = text[i]
        const marker = (char === '-' || char === '?') && (i + 1 >= end || text[i + 1] === ' ' || text[i + 1] === '\r')
        const level = (i - at) * 2 + (marker ? 1 : 0)
        while (stack.length > 0 && (stack[stack.length - 1] as number) >= level) stack.pop()
        stack.push(level)
        if (stack.length > limit) return i
        if (!marker) break
        i++
        while (i < end && text.charCodeAt(i) === 0x20) i++
        if (i >= end || text[i] === '#') break
      }
      // The value on this line: the node itself, or what follows "key: ".
      if (i < end && !'[{"\'|>'.includes(text[i] as string)) {
        while (i < end && !(text[i] === ':' && (i + 1 === end || text[i + 1] === ' '))) i++
        i++
        while (i < end && text.charCodeAt(i) === 0x20) i++
      }
      if (i < end && (text[i] === '|' || text[i] === '>')) {
        scalarIndent = indent
        at = end + 1
        continue
      }
      inline = i < end && '[{"\''.includes(text[i] as string)
      last = ':'
    }
    // Flow collections and quoted scalars, which may go on over several lines.
    for (; inline && i < end; i++) {
      const char = text[i] as string
      if (quote !== '') {
        if (quote === '"' && char === '\\') i++
        else if (char === quote) {
          if (quote === "'" && text[i + 1] === "'") i++
          else {
            quote = ''
            last = char
          }
        }
        continue
      }
      if (char === ' ' || char === '\t' || char === '\r') continue
      if (flow === 0 && char !== ':' && last !== ':') break // block context: a plain scalar follows, or a comment
      if ((char === '"' || char === "'") && '[{,:'.includes(last)) quote = char
      else if (char === '#' && (i === at || text[i - 1] === ' ' || text[i - 1] === '\t')) break
      else if (char === '[' || char === '{') {
        flow++
        if (stack.length + flow > limit) return i
      } else if (char === ']' || char === '}') {
        if (flow > 0) flow--
        if (flow === 0) break
      }
      last = char
    }
    at = end + 1
  }
  return undefined
}

/**
 * Run `parse` with `process.env` replaced by a plain copy of itself. In Node, yaml's parser reads
 * `process.env.LOG_TOKENS` for every token and its composer `process.env.LOG_STREAM` for every
 * document; Node's `process.env` is not an object but a call into the runtime's environment (0.6 µs
 * a read here): 165,000 reads for a 1 MB plan, 745,000 for 1 MB of short fields (0.1 to 0.45 s). A
 * plain object answers in nanoseconds. The parse is synchronous, so no other code sees the copy, and the real
 * environment is back when it returns or throws. Without `process` (a browser), `parse` just runs.
 */
function withPlainEnvironment<T>(parse: () => T): T {
  const host = (globalThis as {process?: {env: Record<string, string | undefined>}}).process
  if (host === undefined || typeof host.env !== 'object' || host.env === null) return parse()
  const environment = host.env
  try {
    host.env = {...environment}
  } catch {
    return parse()
  }
  try {
    return parse()
  } finally {
    host.env = environment
  }
}

/** Data read from YAML, with a locator for its nodes; `data` is undefined when `messages` has errors. */
export interface YamlData {
  data: unknown
  locate: Locator
  messages: Diagnostic[]
}

/**
 * Parse YAML safely (core schema only, unique keys, no custom tags, a bounded
 * number of aliases) into plain data plus a locator that maps a JSON path back to
 * its line and column. Used for plans and for scheme files. A text over `maxSize` or
 * nested deeper than {@link MAX_DEPTH} levels is refused before it is parsed.
 */
export function readYamlData(text: string, options?: Readonly<YamlOptions> | null): YamlData {
  const file = options?.file
  const refused = tooLarge(text, options?.maxSize ?? MAX_YAML_SIZE, file)
  if (refused !== undefined) return {data: undefined, locate: () => undefined, messages: [refused]}
  const deep = nestingTooDeep(text)
  if (deep !== undefined) return {data: undefined, locate: () => undefined, messages: [tooDeep(text, deep, file)]}
  return readWithYaml(text, options)
}

/**
 * A `yaml-too-large` message when `text` is longer than `limit` UTF-8 bytes, placed at the
 * character that goes over the limit; undefined otherwise. A text of at most `limit / 3`
 * characters is under it whatever its characters, and one of more than `limit` is over it.
 */
function tooLarge(text: string, limit: number, file: string | undefined): Diagnostic | undefined {
  if (text.length * 3 <= limit) return undefined
  let size = 0
  let over = -1
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    // A surrogate pair is four bytes, two for each of its halves.
    size += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3
    if (over === -1 && size > limit) over = at
  }
  if (over === -1) return undefined
  return diagnostic('yaml-too-large', {size, limit}, {place: positionFrom(countedLines(text), over, over + 1), file})
}

/** yaml's document, its errors and warnings as located messages, then its data. */
function readWithYaml(text: string, options: Readonly<YamlOptions> | null | undefined): YamlData {
  const file = options?.file
  const counter = new LineCounter()
  const document = withPlainEnvironment(() => parseDocument(text, {...YAML_OPTIONS, lineCounter: counter}))
  const locate = locatorOf(document, counter)
  const messages: Diagnostic[] = []

  for (const error of document.errors) {
    const place = positionFrom(counter, error.pos[0], error.pos[1])
    // Errors are told apart by their code, never by the wording of yaml's English message.
    if (error.code === 'DUPLICATE_KEY') {
      messages.push(diagnostic('yaml-duplicate-key', {key: text.slice(error.pos[0], error.pos[1])}, {place, file}))
    } else if (error.code === 'MULTIPLE_DOCS') {
      messages.push(diagnostic('yaml-multiple-documents', null, {place, file}))
    } else if (error.code === 'RESOURCE_EXHAUSTION') {
      // The parser ran out of stack (the depth scan should have refused the text first).
      return {data: undefined, locate: () => undefined, messages: [tooDeep(text, error.pos[0], file)]}
    } else {
      messages.push(
        diagnostic(
          'yaml-syntax',
          {detail: syntaxDetail(error.code, error.message, text.slice(error.pos[0], error.pos[0] + 1))},
          {place, file}
        )
      )
    }
  }
  const keys = keyProblems(document)
  for (const key of keys.duplicate) {
    messages.push(
      diagnostic(
        'yaml-duplicate-key',
        {key: text.slice(key[0], key[1])},
        {place: positionFrom(counter, key[0], key[1]), file}
      )
    )
  }
  for (const key of keys.complex)
    messages.push(diagnostic('yaml-complex-key', null, {place: positionFrom(counter, key[0], key[1]), file}))
  for (const warning of document.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      // The tag as written ("!!js/function") resolved as yaml resolves it ("tag:yaml.org,2002:js/function").
      const written = text.slice(warning.pos[0], warning.pos[1])
      const tag = document.directives?.tagName(written, () => {}) ?? (written || '?')
      messages.push(diagnostic('yaml-tag', {tag}, {place: positionFrom(counter, warning.pos[0], warning.pos[1]), file}))
    }
  }
  if (messages.length > 0) return {data: undefined, locate, messages}
  if (options?.agencyLists) for (const each of rejoinAgencyLists(document, counter, file)) messages.push(each)

  const maxAliasCount = options?.maxAliasCount ?? 100
  // yaml's `toJS` counts what each anchor's aliases cost, but finds each alias's anchor by walking
  // the document, and counts nested aliases again for each: a chain of anchors re-defined, each with
  // one alias to the one before (`&a [*a], ` repeated), passed its count and took time in the square
  // of the aliases (4,000 of them: 38 s). Each alias costs at least 1, so a document with more
  // aliases than the limit (a negative limit: none is too many) is refused before `toJS`. Every key
  // is a scalar here (any other was refused above), so the walk of the values saw every alias.
  if (maxAliasCount >= 0 && keys.aliases > maxAliasCount)
    return {data: undefined, locate, messages: [diagnostic('yaml-alias-limit', null, {file})]}
  try {
    const data: unknown = document.toJS({maxAliasCount})
    if (data === null || data === undefined)
      return {data: undefined, locate, messages: [diagnostic('input-empty', null, {file})]}
    return {data, locate, messages}
  } catch (error) {
    // yaml throws a ReferenceError for aliases (too many, or unresolved) and nothing else.
    if (error instanceof ReferenceError)
      return {data: undefined, locate, messages: [diagnostic('yaml-alias-limit', null, {file})]}
    if (error instanceof RangeError) return {data: undefined, locate, messages: [tooDeep(text, 0, file)]}
    return {
      data: undefined,
      locate,
      messages: [diagnostic('yaml-syntax', {detail: error instanceof Error ? error.message : String(error)}, {file})]
    }
  }
}

/** The keys whose flow lists are agency lists. */
const AGENCY_KEYS: ReadonlySet<string> = new Set(['lead', 'support', 'joint'])
/** An item that cannot be an agency of its own: a unit word ("phường"), or one lower-case word. */
const FRAGMENT =
  /^(?:thành phố|thị trấn|thị xã|đặc khu|phường|xã|huyện|quận|tỉnh|ngành|đoàn thể|địa phương|đơn vị)$|^\p{Ll}\S*$/u

/**
 * The agencies of a flow list's text items, joined with ", " and split again by `splitAgencies`
 * (which knows "UBND các xã, phường" is one body), and which items are only fragments (a unit word,
 * one lower-case word).
 */
function rejoinedAgencies(values: readonly string[]): {agencies: string[]; fragments: number[]} {
  const agencies = splitAgencies(values.join(', ')).map(agencyName)
  const fragments: number[] = []
  values.forEach((value, index) => {
    if (FRAGMENT.test(value.trim())) fragments.push(index)
  })
  return {agencies, fragments}
}

/**
 * Flow sequences under `lead`, `support` and `joint` whose items are plain text: joined back with
 * ", " and split again by `splitAgencies`, which knows "UBND các xã, phường" is one body. An item
 * that is still only a fragment gets a warning at its own place.
 */
function rejoinAgencyLists(document: Document, counter: LineCounter, file: string | undefined): Diagnostic[] {
  const messages: Diagnostic[] = []
  const visit = (node: unknown, key: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) visit(pair.value, isScalar(pair.key) ? pair.key.value : undefined)
      return
    }
    if (!isSeq(node)) return
    if (
      AGENCY_KEYS.has(String(key)) &&
      node.flow &&
      node.items.length > 1 &&
      node.items.every((item) => isScalar(item) && typeof item.value === 'string')
    ) {
      const items = node.items as Array<{value: string; range?: [number, number, number]}>
      const {agencies, fragments} = rejoinedAgencies(items.map((item) => item.value))
      for (const index of fragments) {
        const item = items[index] as (typeof items)[number]
        if (item.range)
          messages.push(
            diagnostic(
              'agency-fragment',
              {name: item.value, list: agencies.map((name) => `“${name}”`).join('; ')},
              {place: positionFrom(counter, item.range[0], item.range[1]), file}
            )
          )
      }
      if (agencies.length !== items.length)
        node.items = agencies.map((name) => document.createNode(name)) as typeof node.items
      return
    }
    for (const item of node.items) visit(item, undefined)
  }
  visit(document.contents, undefined)
  return messages
}

/**
 * What a YAML syntax error means, in Vietnamese, with what to do: matched by the parser's error
 * `code` (its English message is kept, after a dash, for the codes not listed).
 */
const SYNTAX_DETAILS: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    'giá trị có dấu hai chấm “:” (ví dụ “title: Kế hoạch: …”) hoặc thụt lề không khớp; đặt giá trị trong ngoặc kép: title: "Kế hoạch: …"',
  MULTILINE_IMPLICIT_KEY: 'một dòng không có dấu “:” sau tên trường, hoặc thụt lề sai; mỗi dòng là “trường: giá trị”',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab; YAML chỉ dùng dấu cách',
  BAD_INDENT: 'thụt lề không khớp với các dòng cùng cấp, hoặc thiếu dấu đóng “]” / “}”',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, “]”, “}”) hoặc thiếu giá trị sau “:”',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ; kiểm tra thụt lề và dấu “-”, “:” của dòng này',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt (@, `, %, |, >); đặt giá trị trong ngoặc kép',
  MULTIPLE_ANCHORS: 'một giá trị có hai neo “&”',
  TAG_RESOLVE_FAILED: 'thẻ “!” không được hỗ trợ'
}

function syntaxDetail(code: string, message: string, at: string): string {
  const known = SYNTAX_DETAILS[code]
  if (known) return known
  const english = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? code
  return at === '\t' ? (SYNTAX_DETAILS['TAB_AS_INDENT'] as string) : `lỗi khác (${english})`
}

function tooDeep(text: string, offset: number, file: string | undefined): Diagnostic {
  const place = positionFrom(countedLines(text), offset, offset + 1)
  return diagnostic('input-too-deep', {limit: MAX_DEPTH, line: place.start.line}, {place, file})
}

/** Read a YAML plan. Never throws on content: errors come back as diagnostics with the empty plan. */
export function fromYaml(text: string, options?: Readonly<YamlOptions> | null): ReadResult {
  const {data, locate, messages} = readYamlData(text, {...options, agencyLists: true})
  if (data === undefined) return {plan: emptyPlan(), messages}
  const result = fromData(data, locate, options?.file)
  return messages.length > 0 ? {plan: result.plan, messages: [...messages, ...result.messages]} : result
}

/** Read a JSON plan (for instance one that `kehoach parse --format json` printed). */
export function fromJson(text: string, options?: Readonly<{file?: string; maxSize?: number}> | null): ReadResult {
  const file = options?.file
  const refused = tooLarge(text, options?.maxSize ?? MAX_YAML_SIZE, file)
  if (refused !== undefined) return {plan: emptyPlan(), messages: [refused]}
  const deep = nestingTooDeep(text)
  if (deep !== undefined) return {plan: emptyPlan(), messages: [tooDeep(text, deep, file)]}
  try {
    JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const at = /position (\d+)/.exec(reason)
    const counter = countedLines(text)
    const place = at ? positionFrom(counter, Number(at[1]), Number(at[1]) + 1).start : undefined
    return {
      plan: emptyPlan(),
      messages: [diagnostic('json-syntax', {detail: reason.replace(/ in JSON at position \d+.*$/, '')}, {place, file})]
    }
  }
  // JSON is YAML: reading it through the YAML parser gives every node its range.
  return fromYaml(text, {file: file ?? '', ...(options?.maxSize === undefined ? {} : {maxSize: options.maxSize})})
}

/** The ISO dates of the header and its references that name no day, with their paths in the data. */
function impossibleIsoDates(meta: Record<string, unknown> | undefined): Array<[Array<string | number>, string]> {
  if (!meta) return []
  const wrong: Array<[Array<string | number>, string]> = []
  const test = (value: unknown, path: Array<string | number>) => {
    const parts = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value) : null
    if (parts && isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) === null)
      wrong.push([path, value as string])
  }
  test(meta['date'], ['meta', 'date'])
  for (const key of ['implements', 'basis'] as const) {
    const list = meta[key]
    if (Array.isArray(list))
      list.forEach((reference, index) =>
        test((reference as Record<string, unknown> | null)?.['date'], ['meta', key, index, 'date'])
      )
  }
  return wrong
}

/** Validate parsed data against the schema, then complete it into a plan and lint it. */
function fromData(data: unknown, locate: Locator, file: string | undefined): ReadResult {
  // The date as drafters type it, "02/03/2026" (day first), is the ISO date 2026-03-02; a date that
  // does not exist is one message at its own line.
  const meta = (data as {meta?: Record<string, unknown>} | null)?.meta
  if (meta && typeof meta['date'] === 'string') {
    const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(meta['date'].trim())
    if (typed) {
      const iso = isoDate(Number(typed[3]), Number(typed[2]), Number(typed[1]))
      if (!iso)
        return {
          plan: emptyPlan(),
          messages: [
            diagnostic('invalid-date', {value: meta['date']}, {place: locate(['meta', 'date'], 'value'), file})
          ]
        }
      meta['date'] = iso
    }
  }
  const schemaMessages = validateSchema(data, {locate, ...(file ? {file} : {})})
  if (schemaMessages.length > 0) return {plan: emptyPlan(), messages: schemaMessages}
  // An ISO date that names no day ("2026-02-31") is said at its own line, not the plan's first.
  const wrongDates = impossibleIsoDates(meta).map(([path, value]) =>
    diagnostic('invalid-date', {value}, {place: locate(path, 'value'), file})
  )
  if (wrongDates.length > 0) return {plan: emptyPlan(), messages: wrongDates}
  const plan = completePlan(data)
  attachPositions(plan, locate)
  return {plan, messages: lintPlan(plan, {file})}
}

function attachPositions(plan: Plan, locate: Locator): void {
  const metaPosition = locate(['meta'], 'value')
  if (metaPosition) plan.meta.position = metaPosition
  const visit = (tasks: Task[], path: Array<string | number>) => {
    tasks.forEach((task, index) => {
      const here = [...path, index]
      const position = locate(here, 'value')
      if (position) task.position = position
      if (task.timeline && !task.timeline.position) {
        const timelinePosition = locate([...here, 'timeline'], 'value')
        if (timelinePosition) task.timeline.position = timelinePosition
      }
      visit(task.children, [...here, 'children'])
    })
  }
  visit(plan.tasks, ['tasks'])
  plan.implementation.forEach((assignment, index) => {
    const position = locate(['implementation', index], 'value')
    if (position) assignment.position = position
  })
  plan.targets.forEach((target, index) => {
    const position = locate(['targets', index], 'value')
    if (position) target.position = position
  })
}

/**
 * The authoring form of a plan: no source positions, empty lists left out, a
 * timeline written as its text when the text alone gives the same structure, and
 * `sections` left out when they are the default layout.
 */
export function toAuthoring(plan: Plan): Record<string, unknown> {
  const clean = stripPositions(plan)
  for (const {task} of walkTasks(clean.tasks)) {
    if (task.timeline && JSON.stringify(parseTimeline(task.timeline.text)) === JSON.stringify(task.timeline)) {
      ;(task as unknown as {timeline: unknown}).timeline = task.timeline.text
    }
  }
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(clean)) {
    if (key === 'sections' && JSON.stringify(value) === JSON.stringify(defaultSections(clean))) continue
    // Targets the words state are said once, in the words: the reader reads them from there.
    if (key === 'targets' && targetsAreWords(clean)) continue
    if (Array.isArray(value) && value.length === 0 && key !== 'tasks') continue
    if (value === null && key === 'signature') continue
    result[key] = labelFirst(value)
  }
  return result
}

/**
 * The same key order whichever reader made the plan: an object with a `label` (a list item, a
 * task) writes its `id`, then its `label`, then the rest ("- label: a)" above its `text`). The
 * Markdown reader builds items text first, the YAML reader as written; the YAML is the same.
 */
function labelFirst(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(labelFirst)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, each]) => [key, labelFirst(each)] as const)
  if (!('label' in value)) return Object.fromEntries(entries)
  const rank = (key: string) => (key === 'id' ? 0 : key === 'label' ? 1 : 2)
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)))
}

/**
 * Write a plan as YAML in its authoring form. A task's `implements` values ("315:9") are written
 * in quotes, so that a YAML 1.1 reader does not take them for numbers in base 60.
 */
export function toYaml(plan: Plan): string {
  const document = new YamlDocument(toAuthoring(plan), {aliasDuplicateObjects: false})
  visit(document, {
    Pair(_, pair) {
      // A task's `implements: ["315:9"]` (scalars), not the plan's `meta.implements` (references).
      if (
        isScalar(pair.key) &&
        pair.key.value === 'implements' &&
        isSeq(pair.value) &&
        pair.value.items.every((item) => isScalar(item))
      ) {
        for (const item of pair.value.items)
          if (isScalar(item) && typeof item.value === 'string') item.type = 'QUOTE_DOUBLE'
      }
    }
  })
  return document.toString({lineWidth: 0})
}

/** Write a plan as JSON (every field, positions included). */
export function toJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n'
}
