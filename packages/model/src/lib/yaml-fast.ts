/**
 * The fast path of `readYamlData`: js-yaml's event parser (`parseEvents`) in place of yaml's
 * `parseDocument`, for the documents where it can promise exactly what the yaml path gives: the
 * same data, the same messages and the same place for every node and key. For everything else it
 * answers `undefined` and `readYamlData` reads the text with yaml, as before.
 *
 * From the events it builds a light tree of nodes, each with yaml's `range`: `start` (its first
 * character), `end` (where its value ends: `range[1]`, the offset a locator reports) and `tail`
 * (`range[2]`, past the spaces and the line break after it, which is where a block collection
 * that ends with this node ends). Scalars are resolved with yaml's own core-schema tags, so a
 * value never differs from what yaml makes of it; mapping keys go into objects the way yaml's
 * `toJS` puts them; core tags written out are resolved as yaml's composer resolves them, and an
 * alias gives its anchor's data (a collection shared) counted as yaml's `toJS` counts it. It gives
 * up at the event where it meets what the tree does not model: js-yaml errors, tags other than
 * the core ones (or one that does not fit its node), aliases as keys, inside the node they name,
 * before their anchor or to an empty collection, anchors and tags on empty values, directives,
 * document markers other than one `---` before the content, a byte-order mark (anywhere), a
 * carriage return without a line feed, a tab in a line's indentation, keys that are explicit
 * (`?`), empty, collections or over 1000 characters, empty values and single pairs inside
 * flow collections, the comment runs of `claimComments` it does not model (indented more than the
 * collection they end, of mixed indentation, or after an empty value on lines of their own), block
 * scalars whose end is not a plain case, and a null or empty document. Repeated keys are said as
 * the yaml path says them (each one, in document order, and nothing read).
 */

import {parseEvents, getScalarValue, type Event, type ScalarEvent} from 'js-yaml'
import {Schema, isScalar} from 'yaml'
import {diagnostic, type Diagnostic} from './diagnostic.js'
import {agencyName, splitAgencies} from '@kehoach/vietnamese'
import type {Locator} from './schema.js'
import type {Position} from './types.js'
import {countedLines, positionFrom} from './yaml-place.js'

/** A node of the light tree. A mapping's `children` are key, value, key, value… */
interface FastNode {
  /** 0 mapping, 1 sequence, 2 scalar. */
  kind: 0 | 1 | 2
  flow: boolean
  /** yaml's `range[0]`, or -1 for a node made by the agency-list rejoin (it has no place). */
  start: number
  /** yaml's `range[1]`. */
  end: number
  /** yaml's `range[2]`. */
  tail: number
  children: FastNode[] | null
  /** A scalar's value, as yaml's core schema resolves it. */
  value: unknown
  /** A mapping's key names (`String(key value)`) → index of the key in `children`, made on first use. */
  index?: Map<string, number>
  /** Where the node's properties (tag, anchor) start, when it has any (yaml's range starts after them). */
  lead?: number
  /** An alias: the anchor it stands for. */
  alias?: Anchor
}

/** An anchored node, and how yaml's `toJS` counts the aliases to it. */
interface Anchor {
  node: FastNode
  data: unknown
  /** Still being read (an alias inside it is not modelled). */
  open: boolean
  /** yaml's `count` (1, and one more for each alias met) and `aliasCount` (what one alias costs, found at the first). */
  count: number
  aliasCount: number
}

/** What the fast path read: the data, a locator and the agency-list messages. */
export interface FastYaml {
  data: unknown
  locate: Locator
  messages: Diagnostic[]
}

const EVENT_DOCUMENT = 1
const EVENT_SEQUENCE = 2
const EVENT_MAPPING = 3
const EVENT_SCALAR = 4
const EVENT_ALIAS = 5
const EVENT_POP = 6
const STYLE_PLAIN = 1
const STYLE_SINGLE = 2
const STYLE_DOUBLE = 3
const STYLE_LITERAL = 4
const CHOMP_KEEP = 3
const FLOW = 2

/** The longest key the fast path takes: yaml refuses implicit keys over 1024 characters. */
const MAX_KEY = 1000

type CoreTag = {test?: RegExp; default?: boolean | 'key'; resolve: (value: string, onError: (message: string) => void, options: object) => unknown}
let coreTags: CoreTag[] | undefined

/** yaml's core-schema tags that a plain scalar is tested against, in yaml's order. */
function tagsOfCore(): CoreTag[] {
  if (coreTags === undefined) {
    const schema = new Schema({schema: 'core', merge: false, resolveKnownTags: false, customTags: []})
    coreTags = (schema.tags as unknown as CoreTag[]).filter((tag) => tag.default === true && tag.test !== undefined)
  }
  return coreTags
}

/** yaml's core-schema tags with a name, in yaml's order (a tag written out is looked up among these). */
let namedTags: CoreTag[] | undefined

const YAML_TAG = 'tag:yaml.org,2002:'

/**
 * The full name of a tag as written (`!!str`, `!<tag:yaml.org,2002:str>`), when it is one of the
 * core tags the fast path models (`str`, `int`, `float`, `bool`, `null`, `seq`, `map`); otherwise
 * the document goes to the yaml path, which gives a `yaml-tag` message for an unknown tag.
 */
function tagName(text: string, start: number, end: number): string {
  const written = text.slice(start, end)
  const name = written.startsWith('!!') ? YAML_TAG + written.slice(2) : written.startsWith('!<') && written.endsWith('>') ? written.slice(2, -1) : ''
  if (!/^tag:yaml\.org,2002:(?:str|int|float|bool|null|seq|map)$/.test(name)) throw unmodelled
  return name
}

/**
 * A scalar's value under an explicit core tag, as yaml's composer resolves it: `str` takes the
 * text as it is; `int`, `float`, `bool` and `null` take the first of their tags whose pattern the
 * text matches. A text none matches (`!!int x`) is a warning on the yaml path: it answers.
 */
function resolveTagged(name: string, source: string): unknown {
  if (name === YAML_TAG + 'str') return source
  if (namedTags === undefined) {
    const schema = new Schema({schema: 'core', merge: false, resolveKnownTags: false, customTags: []})
    namedTags = schema.tags as unknown as CoreTag[]
  }
  for (const tag of namedTags) {
    if ((tag as {tag?: string}).tag !== name || (tag as {collection?: string}).collection !== undefined) continue
    if (tag.default === undefined || tag.test === undefined) throw unmodelled
    if (!tag.test.test(source)) continue
    let failed = false
    const result = tag.resolve(source, () => (failed = true), {intAsBigInt: false})
    if (failed) throw unmodelled
    return isScalar(result) ? result.value : result
  }
  throw unmodelled
}

/** The first characters of the plain scalars yaml's core schema reads as null, booleans or numbers. */
const CORE_FIRST = /[~nNtTfF+\-.0-9]/

/** Thrown inside the builder when the document needs the yaml path; caught in `readFast`. */
class Unmodelled extends Error {}
const unmodelled = new Unmodelled('fallback')

/** A plain scalar's value as yaml resolves it (string, null, boolean or number). */
function resolvePlain(source: string): unknown {
  // Every core tag but the string's matches only text that is empty or starts with one of "~nNtTfF+-.0-9".
  if (source.length > 0 && !CORE_FIRST.test(source[0] as string)) return source
  for (const tag of tagsOfCore()) {
    if (tag.test?.test(source)) {
      let failed = false
      const result = tag.resolve(source, () => (failed = true), {intAsBigInt: false})
      if (failed) throw unmodelled
      return isScalar(result) ? result.value : result
    }
  }
  return source
}

/** Past the spaces and tabs after `at`, a comment after them, and one line break, if there are. */
function pastLineEnd(text: string, at: number): number {
  let i = at
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++
  if (i > at && text.charCodeAt(i) === 0x23) {
    const end = text.indexOf('\n', i)
    if (end === -1) return text.length
    i = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end
  }
  if (text.charCodeAt(i) === 0x0a) return i + 1
  if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) return i + 2
  return i
}

/** Past spaces and tabs. */
function pastSpaces(text: string, at: number): number {
  let i = at
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++
  return i
}

/** The keys whose flow lists are agency lists (both paths). */
export const AGENCY_KEYS: ReadonlySet<string> = new Set(['lead', 'support', 'joint'])
/** An item that cannot be an agency of its own: a unit word ("phường"), or one lower-case word. */
const FRAGMENT = /^(?:thành phố|thị trấn|thị xã|đặc khu|phường|xã|huyện|quận|tỉnh|ngành|đoàn thể|địa phương|đơn vị)$|^\p{Ll}\S*$/u

interface Frame {
  node: FastNode
  data: Record<string, unknown> | unknown[]
  mapping: boolean
  /** A mapping: the identities of its keys so far, as yaml's duplicate check compares them (a list while short, then a set). */
  seen: string[] | Set<string> | null
  /** A mapping: the key waiting for its value, or undefined when a key comes next. */
  key: string | undefined
  /** The key's value as text (`String(value)`), for the agency-list test of the value. */
  keyName: string | undefined
  /** The name of the key this collection is the value of. */
  under: string | undefined
  /** The collection's anchor, when it has one. */
  anchored?: Anchor | undefined
}

/**
 * Whether `text` has characters js-yaml reads otherwise than yaml: a byte-order mark, a carriage
 * return alone, a tab in a line's indentation. js-yaml's events (and its errors) cannot stand for
 * yaml's answer on such a text.
 */
export function readsOtherwise(text: string): boolean {
  // A byte-order mark, at the start or later: yaml reads it as a mark, js-yaml as text.
  if (text.includes('\uFEFF')) return true
  // A carriage return not followed by a line feed: js-yaml takes it as a line break, yaml does not.
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 0x0a) return true
  // A tab in a line's indentation: yaml refuses some that js-yaml takes (in quoted scalars over lines).
  // Each line is looked at once, from its first tab: a tab after the indentation sends the search to the next line.
  for (let at = text.indexOf('\t'); at !== -1; at = text.indexOf('\t', at + 1)) {
    let indentEnd = text.lastIndexOf('\n', at) + 1
    while (text.charCodeAt(indentEnd) === 0x20) indentEnd++
    if (at === indentEnd) return true
    at = text.indexOf('\n', at)
    if (at === -1) break
  }
  return false
}

/** What js-yaml's parser threw, when it refused a text it reads as yaml does (the yaml path reads it then). */
export interface FastRefusal {
  refused: unknown
}

/**
 * Read `text` on the fast path; or what js-yaml threw when it refused the text; or `undefined` when
 * only the yaml path can promise the answer. `agencyLists` re-reads agency flow lists as the yaml
 * path does.
 */
export function readFast(text: string, options: Readonly<{file?: string | undefined; agencyLists?: boolean | undefined; maxAliasCount?: number | undefined}>): FastYaml | FastRefusal | undefined {
  if (readsOtherwise(text)) return undefined
  let events: Event[]
  try {
    events = parseEvents(text, {maxDepth: 1000})
  } catch (refused) {
    return {refused}
  }
  const counter = countedLines(text)
  const place = (start: number, end: number) => positionFrom(counter, start, end)
  const messages: Diagnostic[] = []
  try {
    const root = build(text, events, options.agencyLists === true, options.maxAliasCount ?? 100, (item, list) => {
      messages.push(diagnostic('agency-fragment', {name: item.value as string, list: list.map((name) => `“${name}”`).join('; ')}, {place: place(item.start, item.end), file: options.file}))
    })
    if (root === undefined || root.data === null || root.data === undefined) return undefined
    // Repeated keys: the yaml path says each, in document order, and reads nothing (its checks stop
    // there, before the agency lists and the aliases).
    if (root.repeated.length > 0) {
      const repeats: Diagnostic[] = []
      for (let i = 0; i < root.repeated.length; i += 2) {
        const start = root.repeated[i] as number
        const end = root.repeated[i + 1] as number
        repeats.push(diagnostic('yaml-duplicate-key', {key: text.slice(start, end)}, {place: place(start, end), file: options.file}))
      }
      return {data: undefined, locate: locatorOf(root.node, place), messages: repeats}
    }
    // Too many aliases: yaml's toJS refuses the document (its other messages are dropped).
    if (root.aliasLimit) return {data: undefined, locate: locatorOf(root.node, place), messages: [diagnostic('yaml-alias-limit', null, {file: options.file})]}
    return {data: root.data, locate: locatorOf(root.node, place), messages}
  } catch {
    // Unmodelled, or anything js-yaml throws while its values are read: the yaml path answers (a
    // reader never throws on content).
    return undefined
  }
}

function build(text: string, events: Event[], agencyLists: boolean, maxAliasCount: number, fragment: (item: FastNode, list: string[]) => void): {node: FastNode; data: unknown; aliasLimit: boolean; repeated: number[]} | undefined {
  const stack: Frame[] = []
  /** The anchors met so far by name (a later one of a name hides an earlier one, as in yaml). */
  const anchors = new Map<string, Anchor>()
  /** Past `maxAliasCount`: yaml's toJS would throw. */
  let aliasLimit = false
  /** Keys that repeat an earlier key of their mapping, as [start, end) pairs in document order. */
  const repeated: number[] = []
  /** A new anchor for `node`, when the event has one (yaml's range starts after it). */
  const anchor = (node: FastNode, event: {anchorStart: number; anchorEnd: number}, data: unknown, open: boolean): Anchor | undefined => {
    if (event.anchorStart === -1) return undefined
    const name = text.slice(event.anchorStart, event.anchorEnd)
    // A "#" in a name would look like a comment to the comment check.
    if (name.includes('#') || text[event.anchorStart - 1] !== '&') throw unmodelled
    node.lead = Math.min(node.lead ?? event.anchorStart - 1, event.anchorStart - 1)
    const record: Anchor = {node, data, open, count: 1, aliasCount: 0}
    anchors.set(name, record)
    return record
  }
  let root: FastNode | undefined
  let rootData: unknown
  let documents = 0
  /** Scalar source ranges [start, end) in document order, to tell comments from `#` inside scalars. */
  const spans: number[] = []
  /** The outermost flow collections' ranges [start, end), in document order: comments inside them are not modelled. */
  const flows: number[] = []
  /** The runs of comment lines after a block collection that yaml counts into a range or gives the document: [start, end) in document order. */
  const claimed: number[] = []
  const comments = commentChecker(text, spans, flows, claimed)
  /** The start of the outermost flow collection that is open, or -1. */
  let openFlow = -1

  const attach = (node: FastNode, data: unknown, keyValue: unknown) => {
    const frame = stack[stack.length - 1]
    if (frame === undefined) {
      if (root !== undefined) throw unmodelled
      root = node
      rootData = data
      checkMarkers(text, node.start)
      return
    }
    const parent = frame.node
    const children = parent.children as FastNode[]
    if (frame.mapping) {
      if (frame.key === undefined) {
        // A key: a scalar with a place of its own, not after "?", short enough for yaml.
        if (node.kind !== 2 || node.end === node.start || node.end - node.start > MAX_KEY) throw unmodelled
        if (!parent.flow) {
          let i = (node.lead ?? node.start) - 1
          while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--
          if (i >= 0 && text[i] === '?') throw unmodelled
        }
        // Keys are the same when their values are (1 and "1" differ): a text key stands for itself,
        // another key for its type and text after a NUL (a text key that looks like one only sends
        // the document to the yaml path).
        const identity = typeof keyValue === 'string' ? keyValue : `\u0000${typeof keyValue}:${String(keyValue)}`
        const seen = frame.seen
        if (seen === null) frame.seen = [identity]
        else if (Array.isArray(seen)) {
          if (seen.includes(identity)) repeated.push(node.start, node.end)
          else seen.push(identity)
          if (seen.length > 16) frame.seen = new Set(seen)
        } else if (seen.has(identity)) repeated.push(node.start, node.end)
        else seen.add(identity)
        // yaml's block mapping starts where its first key does, after the key's tag.
        if (!parent.flow && children.length === 0 && node.lead !== undefined && node.lead === parent.start) parent.start = node.start
        frame.key = keyValue === null ? '' : String(keyValue)
        frame.keyName = String(keyValue)
        children.push(node)
        return
      }
      children.push(node)
      const object = frame.data as Record<string, unknown>
      const key = frame.key
      if (key in object) Object.defineProperty(object, key, {value: data, writable: true, enumerable: true, configurable: true})
      else object[key] = data
      frame.key = undefined
      return
    }
    children.push(node)
    ;(frame.data as unknown[]).push(data)
  }

  /** The end of the previous sibling, or where its parent starts: where an empty node's indicator is looked for. */
  const previousEnd = (frame: Frame): number => {
    const children = frame.node.children as FastNode[]
    const last = children[children.length - 1]
    return last === undefined ? frame.node.start : last.tail
  }

  for (const event of events) {
    switch (event.type) {
      case EVENT_DOCUMENT: {
        documents++
        if (documents > 1 || event.explicitEnd || event.directives.length > 0) throw unmodelled
        break
      }
      case EVENT_SEQUENCE:
      case EVENT_MAPPING: {
        const flow = event.style === FLOW
        const mapping = event.type === EVENT_MAPPING
        // A tag says what the collection is: "!!map" on a mapping, "!!seq" on a sequence.
        if (event.tagStart !== -1 && tagName(text, event.tagStart, event.tagEnd) !== YAML_TAG + (mapping ? 'map' : 'seq')) throw unmodelled
        // A flow mapping must be written with braces (not "[a: b]"), a flow sequence with brackets.
        if (flow && text[event.start] !== (mapping ? '{' : '[')) throw unmodelled
        const node: FastNode = {kind: mapping ? 0 : 1, flow, start: event.start, end: event.start, tail: event.start, children: [], value: undefined}
        if (event.tagStart !== -1) node.lead = event.tagStart
        const data = mapping ? {} : []
        const parent = stack[stack.length - 1]
        const under = parent !== undefined && parent.mapping && parent.key !== undefined ? parent.keyName : undefined
        const anchored = anchor(node, event, data, true)
        attach(node, data, undefined)
        if (flow && openFlow === -1) openFlow = node.start
        stack.push({node, data, mapping, seen: null, key: undefined, keyName: undefined, under, anchored})
        break
      }
      case EVENT_SCALAR: {
        const node = scalarNode(text, event, stack[stack.length - 1], previousEnd)
        if (node.start < node.end) {
          const last = spans.length > 0 ? (spans[spans.length - 1] as number) : -1
          if (node.start < last) throw unmodelled
          // The comments before this scalar, as soon as it is known where they stand.
          if (root !== undefined) comments(root.start, node.start, openFlow)
          spans.push(node.start, node.end)
        }
        if (event.anchorStart !== -1 && event.valueStart === -1) throw unmodelled // an empty node has its place after the anchor
        anchor(node, event, node.value, false)
        attach(node, node.value, node.value)
        break
      }
      case EVENT_ALIAS: {
        // An alias: the anchored node's data itself (a collection is shared, as yaml's toJS shares
        // it), counted as yaml counts it; not as a key (yaml's complex-key error), nor inside the
        // node it names.
        const name = text.slice(event.anchorStart, event.anchorEnd)
        const record = anchors.get(name)
        const parent = stack[stack.length - 1]
        if (record === undefined || record.open || name.includes('#') || text[event.anchorStart - 1] !== '*') throw unmodelled
        if (parent === undefined || (parent.mapping && parent.key === undefined)) throw unmodelled
        if (maxAliasCount >= 0 && !aliasLimit) {
          record.count += 1
          if (record.aliasCount === 0) record.aliasCount = aliasCountOf(record.node)
          // An alias to an empty collection counts nothing, and yaml counts its size again each time.
          if (record.aliasCount === 0) throw unmodelled
          if (record.count * record.aliasCount > maxAliasCount) aliasLimit = true
        }
        const start = event.anchorStart - 1
        const end = event.anchorEnd
        if (root !== undefined) comments(root.start, start, openFlow)
        const node: FastNode = {kind: 2, flow: false, start, end, tail: parent.node.flow ? end : pastLineEnd(text, end), children: null, value: record.data, alias: record}
        attach(node, record.data, undefined)
        break
      }
      case EVENT_POP: {
        const frame = stack.pop()
        if (frame === undefined) break // the document ends
        close(text, frame, stack.length === 0, claimed)
        if (frame.anchored !== undefined) frame.anchored.open = false
        if (frame.node.flow && !(stack[stack.length - 1]?.node.flow ?? false)) {
          flows.push(frame.node.start, frame.node.end)
          openFlow = -1
        }
        if (agencyLists && frame.node.kind === 1 && frame.node.flow && frame.under !== undefined && AGENCY_KEYS.has(frame.under)) {
          rejoin(frame, fragment)
        }
        break
      }
      default:
        throw unmodelled
    }
  }
  if (root === undefined) return undefined
  // Comment lines after a root that is a scalar or a flow collection: yaml gives them to the
  // document, or stretches only the root's range[2] (no place changes).
  if (root.kind === 2 || root.flow) claimed.push(root.tail, text.length)
  comments(root.start, text.length, -1)
  return {node: root, data: rootData, aliasLimit, repeated}
}

/**
 * What one alias to `node` costs, as yaml's `getAliasCount` has it: an alias costs what its
 * anchor's aliases cost so far, a collection the most any of its nodes costs, a scalar 1. Walked
 * without recursion.
 */
function aliasCountOf(node: FastNode): number {
  let most = 0
  const pending: FastNode[] = [node]
  while (pending.length > 0) {
    const each = pending.pop() as FastNode
    if (each.alias !== undefined) most = Math.max(most, each.alias.count * each.alias.aliasCount)
    else if (each.kind === 2) most = Math.max(most, 1)
    else for (const child of each.children as FastNode[]) pending.push(child)
  }
  return most
}

/**
 * Document markers, looked at when the first node is met: one "---" before the content at most,
 * no "..." (js-yaml passes over an empty document before "..." that yaml counts).
 */
function checkMarkers(text: string, contentStart: number): void {
  const markers = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm
  let starts = 0
  for (let marker = markers.exec(text); marker !== null; marker = markers.exec(text)) {
    if (marker[0] === '...' || marker.index >= contentStart || ++starts > 1) throw unmodelled
  }
}

/**
 * The check of comments ("#" outside every scalar) after the first node, called with each scalar's
 * start as the document is built (it looks at the comments before it) and with the text's length
 * at the end, so that a comment it does not model stops the fast path where it stands. A comment
 * at the end of a line of content is part of that line's end (`pastLineEnd`). A comment line is modelled when the next line of
 * content is indented as much as the comment (yaml gives the comment to that next node, and no
 * range changes), or when it is in a run a block collection's end accounted for (`claimComments`:
 * at the end of the text, or before a line indented less), or when it stands inside a flow
 * collection (yaml counts it into no `range[1]` there). Any other comment line and a comment after
 * an empty value are not modelled.
 */
function commentChecker(text: string, spans: readonly number[], flows: readonly number[], claimed: readonly number[]): (from: number, limit: number, openFlow: number) => void {
  let span = 0
  let flow = 0
  let run = 0
  /** The start of the next line of content after the last comment line looked at, and its indentation. */
  let nextLine = -1
  let nextIndent = -1
  /** The next "#" to look at, -1 when there is none, -2 before the first call. */
  let at = -2
  /** The next "#" after the line of the one at `at`: the rest of that line is its comment. */
  const pastLine = (lineEnd: number) => (lineEnd === -1 ? -1 : text.indexOf('#', lineEnd + 1))
  return (from, limit, openFlow) => {
    if (at === -2) at = text.indexOf('#', from)
    while (at !== -1 && at < limit) {
      while (span < spans.length && (spans[span + 1] as number) <= at) span += 2
      if (span < spans.length && (spans[span] as number) <= at) {
        at = text.indexOf('#', at + 1) // inside a scalar
        continue
      }
      const lineStart = text.lastIndexOf('\n', at) + 1
      const lineEnd = text.indexOf('\n', at)
      // Inside a flow collection, open or closed: yaml counts it into no node's range[0] or range[1].
      while (flow < flows.length && (flows[flow + 1] as number) <= at) flow += 2
      if ((openFlow >= 0 && openFlow <= at) || (flow < flows.length && (flows[flow] as number) <= at)) {
        at = pastLine(lineEnd)
        continue
      }
      while (run < claimed.length && (claimed[run + 1] as number) <= at) run += 2
      if (run < claimed.length && (claimed[run] as number) <= lineStart) {
        // A comment line of a run a block collection's end has accounted for (`claimComments`).
        at = pastLine(lineEnd)
        continue
      }
      let i = lineStart
      while (text.charCodeAt(i) === 0x20) i++
      if (i < at) {
        // After content on its line: the line's end, unless only tabs stand before it.
        if (text.slice(i, at).trim() === '') throw unmodelled
        at = pastLine(lineEnd)
        continue
      }
      const indent = at - lineStart
      if (at > nextLine) {
        nextLine = -1
        for (let line = text.indexOf('\n', at) + 1; line > 0 && line < text.length; line = text.indexOf('\n', line) + 1) {
          let j = line
          while (text.charCodeAt(j) === 0x20) j++
          const char = text[j]
          if (j >= text.length || char === '\n' || char === '#' || (char === '\r' && text[j + 1] === '\n')) continue
          nextLine = line
          nextIndent = j - line
          break
        }
        if (nextLine === -1) throw unmodelled
      }
      if (indent !== nextIndent) throw unmodelled
      at = pastLine(lineEnd)
    }
  }
}

/** A scalar node with yaml's range and value. */
function scalarNode(text: string, event: ScalarEvent, parent: Frame | undefined, previousEnd: (frame: Frame) => number): FastNode {
  // A tag: one of the core tags (or the yaml path answers), on a scalar with text (an empty one
  // has its place after the tag).
  const tag = event.tagStart === -1 ? undefined : tagName(text, event.tagStart, event.tagEnd)
  if (tag !== undefined && event.valueStart === -1) throw unmodelled
  const inFlow = parent !== undefined && parent.node.flow
  if (event.valueStart === -1) {
    // An empty node: yaml places it after its indicator ("-" or ":") and the spaces after that.
    if (parent === undefined || inFlow) throw unmodelled
    let at = parent.mapping ? (parent.node.children as FastNode[])[(parent.node.children as FastNode[]).length - 1]?.end ?? -1 : previousEnd(parent)
    if (at < 0) throw unmodelled
    while (at < text.length && ' \t\r\n'.includes(text[at] as string)) at++
    if (text[at] !== (parent.mapping ? ':' : '-')) throw unmodelled
    const position = pastSpaces(text, at + 1)
    if (text[position] === '#') {
      // A comment on the empty value's line: yaml stretches the value's range[2] to the next
      // content past blank lines and indentation (the end of the collection it ends), and the
      // collection's range[1] with it. Comment lines after it are not modelled.
      let tail = text.length
      for (let line = text.indexOf('\n', position) + 1; line > 0 && line < text.length; line = text.indexOf('\n', line) + 1) {
        const i = pastSpaces(text, line)
        const char = text[i]
        if (char === '#') throw unmodelled
        if (i >= text.length || char === '\n' || (char === '\r' && text[i + 1] === '\n')) continue
        tail = i
        break
      }
      return {kind: 2, flow: false, start: position, end: position, tail, children: null, value: null}
    }
    // A comment line after an empty value, before the next content: yaml stretches the value's
    // range[2] over it in ways not modelled.
    for (let i = position; i < text.length; i++) {
      const char = text[i]
      if (char === '#') throw unmodelled
      if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\n') break
    }
    return {kind: 2, flow: false, start: position, end: position, tail: position, children: null, value: null}
  }
  const style = event.style
  let start = event.valueStart
  let end = event.valueEnd
  let value: unknown
  if (style === STYLE_PLAIN) {
    value = tag === undefined ? resolvePlain(getScalarValue(text, event)) : resolveTagged(tag, getScalarValue(text, event))
  } else if (style === STYLE_SINGLE || style === STYLE_DOUBLE) {
    const quote = style === STYLE_SINGLE ? "'" : '"'
    start--
    end++
    if (text[start] !== quote || text[end - 1] !== quote) throw unmodelled
    value = tag === undefined ? getScalarValue(text, event) : resolveTagged(tag, getScalarValue(text, event))
  } else {
    // A block scalar: yaml's range runs from the "|" or ">" of its header to the end of its last
    // line with text, or, when it keeps its final line breaks ("+"), to the end of js-yaml's value.
    let at = start - 1
    if (text[at] !== '\n') throw unmodelled
    at--
    if (text[at] === '\r') at--
    while (text[at] === ' ' || text[at] === '\t') at--
    // An indentation indicator ("|2") is not modelled: at the top level yaml and js-yaml read it differently.
    if (/[1-9]/.test(text[at] as string)) throw unmodelled
    if (text[at] === '+' || text[at] === '-') at--
    if (/[1-9]/.test(text[at] as string)) throw unmodelled
    if (text[at] !== (style === STYLE_LITERAL ? '|' : '>')) throw unmodelled
    const header = at
    // Without a line of text, or with a line of only spaces after the last one, the value and the end
    // are not modelled (yaml and js-yaml differ on "|+" followed by spaces alone).
    let last = end - 1
    while (last >= start && ' \t\r\n'.includes(text[last] as string)) last--
    if (last < start) throw unmodelled
    const lineEnd = text.indexOf('\n', last)
    const cut = lineEnd === -1 || lineEnd >= end ? end : lineEnd + 1
    for (let i = cut; i < end; i++) if (text[i] !== '\n' && text[i] !== '\r') throw unmodelled
    if (event.chomping !== CHOMP_KEEP) end = cut
    else {
      // Keeping its line breaks, it ends where js-yaml's value does, unless a line of only spaces
      // follows (yaml counts it in).
      const next = pastSpaces(text, end)
      if (next > end && (next >= text.length || text[next] === '\n' || text[next] === '\r')) throw unmodelled
    }
    start = header
    value = tag === undefined ? getScalarValue(text, event) : resolveTagged(tag, getScalarValue(text, event))
    return tagged({kind: 2, flow: false, start, end, tail: end, children: null, value}, event)
  }
  const tail = inFlow ? end : pastLineEnd(text, end)
  return tagged({kind: 2, flow: false, start, end, tail, children: null, value}, event)
}

/** The lines after `at` (a line's start) up to the next line of content: blank lines and comment lines. */
interface CommentRun {
  /** The first comment line's indentation. */
  indent: number
  /** Every comment line of the run is indented as much as the first. */
  even: boolean
  /** Every comment line of the run starts at its line's start. */
  flush: boolean
  /** The start of the next line of content, or the text's length. */
  next: number
  /** The next line of content's indentation, or -1 at the end of the text. */
  nextIndent: number
}

/** The run of blank and comment lines from `at`, or undefined when it has no comment line (or `at` is not a line's start). */
function trailingComments(text: string, at: number): CommentRun | undefined {
  if (at >= text.length || (at > 0 && text.charCodeAt(at - 1) !== 0x0a)) return undefined
  let indent = -1
  let even = true
  let flush = true
  for (let line = at; line < text.length; ) {
    let i = line
    while (text.charCodeAt(i) === 0x20) i++
    const char = text.charCodeAt(i)
    if (char === 0x23) {
      if (indent === -1) indent = i - line
      else if (i - line !== indent) even = false
      if (i > line) flush = false
    } else if (!(i >= text.length || char === 0x0a || (char === 0x0d && text.charCodeAt(i + 1) === 0x0a))) {
      return indent === -1 ? undefined : {indent, even, flush, next: line, nextIndent: i - line}
    }
    const end = text.indexOf('\n', i)
    if (end === -1) break
    line = end + 1
  }
  return indent === -1 ? undefined : {indent, even, flush, next: text.length, nextIndent: -1}
}

/**
 * The comment lines after a block collection's last line. yaml gives a run of them to the
 * document when they all start their lines at the end of the text (no range changes); to the
 * innermost block collection indented as much as the run's first line, when the next line of
 * content is indented less (or there is none): that collection's `range[2]` then runs to the next
 * line of content (or the end of the text), and so does the `range[1]` of the collections it ends.
 * A run before a line indented as much as it belongs to that line's node (no range changes,
 * `commentChecker`); a run indented less than this collection is its parent's to take. Any other
 * run (indented more than the collection it follows, of mixed indentation, after an empty value
 * or a compact collection) is not modelled.
 */
function claimComments(text: string, node: FastNode, last: FastNode, root: boolean, claimed: number[]): void {
  const run = trailingComments(text, node.tail)
  if (run === undefined) return
  if (run.nextIndent === -1 && run.flush) {
    claimed.push(node.tail, run.next)
    return
  }
  if (run.indent === run.nextIndent) return
  const lineStart = text.lastIndexOf('\n', node.start) + 1
  const indent = node.start - lineStart
  if (run.indent < indent && !root) return
  for (let i = lineStart; i < node.start; i++) if (text.charCodeAt(i) !== 0x20) throw unmodelled
  if (run.indent !== indent || !run.even || run.nextIndent > run.indent || (last.kind === 2 && last.start === last.end)) throw unmodelled
  node.tail = run.next
  claimed.push(node.end, run.next)
}

/** The node, with where its tag starts when it has one. */
function tagged(node: FastNode, event: ScalarEvent): FastNode {
  if (event.tagStart !== -1) node.lead = event.tagStart
  return node
}

/** Where a collection ends, as yaml's range has it, once its last child is known. */
function close(text: string, frame: Frame, root: boolean, claimed: number[]): void {
  const node = frame.node
  const children = node.children as FastNode[]
  const last = children[children.length - 1]
  if (node.flow) {
    let at = last === undefined ? node.start + 1 : last.end
    for (;;) {
      while (at < text.length && ' \t\r\n,'.includes(text[at] as string)) at++
      // A comment before the closing bracket (after a space, or at a line's start).
      if (text[at] !== '#' || !' \t\n'.includes(text[at - 1] as string)) break
      const lineEnd = text.indexOf('\n', at)
      if (lineEnd === -1) throw unmodelled
      at = lineEnd
    }
    if (text[at] !== (node.kind === 0 ? '}' : ']')) throw unmodelled
    node.end = at + 1
    node.tail = pastLineEnd(text, node.end)
    return
  }
  if (last === undefined || (node.kind === 0 && children.length % 2 === 1)) throw unmodelled
  node.end = last.tail
  node.tail = last.tail
  claimComments(text, node, last, root, claimed)
}

/**
 * The agencies of a flow list's text items, joined with ", " and split again by `splitAgencies`
 * (which knows "UBND các xã, phường" is one body), and which items are only fragments (a unit word,
 * one lower-case word). Both YAML paths re-read agency lists with it.
 */
export function rejoinedAgencies(values: readonly string[]): {agencies: string[]; fragments: number[]} {
  const agencies = splitAgencies(values.join(', ')).map(agencyName)
  const fragments: number[] = []
  values.forEach((value, index) => {
    if (FRAGMENT.test(value.trim())) fragments.push(index)
  })
  return {agencies, fragments}
}

/**
 * A flow sequence under `lead`, `support` or `joint` whose items are all text: joined with ", " and
 * split again by `splitAgencies`; an item that is only a fragment gets a message at its place. When
 * the count changes, the items are the new names, without places (as yaml's new nodes have none).
 */
function rejoin(frame: Frame, fragment: (item: FastNode, list: string[]) => void): void {
  const node = frame.node
  const items = node.children as FastNode[]
  if (items.length <= 1 || !items.every((item) => item.kind === 2 && item.alias === undefined && typeof item.value === 'string')) return
  const {agencies, fragments} = rejoinedAgencies(items.map((item) => item.value as string))
  for (const index of fragments) fragment(items[index] as FastNode, agencies)
  if (agencies.length !== items.length) {
    node.children = agencies.map((name) => ({kind: 2, flow: false, start: -1, end: -1, tail: -1, children: null, value: name}))
    const data = frame.data as unknown[]
    data.length = 0
    for (const name of agencies) data.push(name)
  }
}

/** The value node of `key` in a mapping node, through an index made on first use (first key of a name wins, as in yaml's locator). */
function keyIndex(map: FastNode): Map<string, number> {
  let index = map.index
  if (index === undefined) {
    index = new Map()
    const children = map.children as FastNode[]
    for (let i = 0; i < children.length; i += 2) {
      const name = String((children[i] as FastNode).value)
      if (!index.has(name)) index.set(name, i)
    }
    map.index = index
  }
  return index
}

function nodeAt(root: FastNode, path: ReadonlyArray<string | number>): FastNode | undefined {
  let node: FastNode | undefined = root
  for (const segment of path) {
    if (node === undefined) return undefined
    if (node.kind === 0) {
      const at = keyIndex(node).get(String(segment))
      node = at === undefined ? undefined : (node.children as FastNode[])[at + 1]
    } else if (node.kind === 1 && typeof segment === 'number') node = (node.children as FastNode[])[segment]
    else return undefined
  }
  return node
}

function locatorOf(root: FastNode, place: (start: number, end: number) => Position): Locator {
  return (path, part) => {
    if (part === 'key' && path.length > 0) {
      const parent = nodeAt(root, path.slice(0, -1))
      if (parent === undefined || parent.kind !== 0) return undefined
      const at = keyIndex(parent).get(String(path[path.length - 1]))
      if (at === undefined) return undefined
      const key = (parent.children as FastNode[])[at] as FastNode
      return key.start < 0 ? undefined : place(key.start, key.end)
    }
    const node = nodeAt(root, path)
    return node === undefined || node.start < 0 ? undefined : place(node.start, node.end)
  }
}
