/**
 * Writing a plan as Markdown, the form `fromMarkdown` reads (from-markdown.ts): YAML front
 * matter for the header, targets and signature; "##" sections, deeper headings for numbered
 * tasks, "- Cơ quan chủ trì: …" field lines in the wording every writer shares. Everything the
 * text says is escaped so that it reads back as the same text.
 */

import {
  agenciesAsWritten,
  agencyText,
  defaultSections,
  fieldLine,
  milestoneLine,
  stripPositions,
  targetsAreWords,
  type Agency,
  type Plan,
  type Task,
  type TextItem
} from '@kehoach/model'
import {normalizeString, splitAgencies} from '@kehoach/vietnamese'
import {stringify as stringifyYaml} from 'yaml'
import {endsField, NAME_QUOTES, titleAndBody} from '../common/assemble.js'
import {markerOf} from '../common/lines.js'
import {fieldOf} from '../common/vocabulary.js'

/**
 * Escape `text` so that Markdown reads back exactly this text: every character that
 * could open inline markup (`\\`, backtick, `*`, `_`, `[`, `]`, `<`, and `&` before
 * an entity) gets a backslash, so raw HTML stays text and never reaches a viewer as
 * markup. A line break inside the text and the second and later spaces of a run are
 * character references, which the reader's normalisation (one space, one line) leaves
 * alone and Markdown turns back into themselves: a title on two lines stays one title.
 */
function escapeInline(text: string, edges: 'both' | 'end' = 'both'): string {
  return text
    .replace(/[\\`*_[\]<]|&(?=#?[0-9A-Za-z]+;)/gu, '\\$&')
    .replace(/\n/gu, '&#10;')
    .replace(edges === 'both' ? /(?<= ) |^ | $/gu : /(?<= ) | $/gu, '&#32;')
    .replace(NORMALISED, (character) => `&#${character.codePointAt(0)};`)
}

/**
 * Characters the reader's normalisation would change (straight and low quotes, NBSP and the other
 * spaces, dashes, a lone CR, the characters it drops): written as character references, which
 * Markdown turns back into themselves after the normalisation, so words stay as written.
 */
const NORMALISED =
  /["\r\t\u000b\u000c\u00a0\u00ad\u2000-\u200d\u2010-\u2015\u201e\u201f\u202f\u205f\u2060\u2212\u3000\ufeff]/gu

/** Markdown block syntax at a line start (after inline escaping). */
const BLOCK_START =
  /^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|([-*_])(?:\s*\1){2,}\s*$|`{3,}|~{3,}|=+\s*$)/u

/**
 * Escape a line of text that stands at a line start: inline markup, Markdown's block
 * syntax (a heading, quote, list item, rule or fence) and kehoach's own labels
 * ("a) …", "I. …", "1.5 …", "- …"), which would make the line a new task or item.
 */
function escapeStart(text: string): string {
  if (markerOf(text.trim())) {
    // A kehoach label ("a) …", "I. …", "1.5 …", "- …"): its first character as a character
    // reference, which both Markdown and the reader take as text ("1\\. …" is a real label).
    const first = String.fromCodePoint(text.codePointAt(0) ?? 32)
    return `&#${first.codePointAt(0)};${escapeInline(text.slice(first.length), 'end')}`
  }
  const escaped = escapeInline(text)
  if (!BLOCK_START.test(escaped)) return escaped
  // Markdown's own block syntax ("> …", "### …", "---", "~~~", "=="): a backslash before its first mark.
  const at = text.slice(0, 12).search(/[!-/:-@[-`{-~]/u)
  if (at === -1 || escapeInline(text[at] as string) !== text[at]) return escaped
  return `${escapeInline(text.slice(0, at))}\\${escapeInline(text.slice(at), 'end')}`
}

/** Escape a heading's text: inline markup, and a closing run of "#" that ATX headings drop. */
function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(^|\s)(#+)(\s*)$/u, '$1\\$2$3')
}

/** Whether `found` is `agency`: the same name, advisor and duty. */
function sameAgency(found: Agency | undefined, agency: Agency): boolean {
  if (found === undefined) return false
  const parts = (value: Agency) =>
    typeof value === 'string' ? [value, null, null] : [value.name, value.advisor ?? null, value.note ?? null]
  return JSON.stringify(parts(found)) === JSON.stringify(parts(agency))
}

/** Whether `words` read back as exactly `list`, one field (no "; thời gian: …" in them read as a field of its own). */
function readsAs(words: string, list: readonly Agency[]): boolean {
  if (endsField(words)) return false
  const read = splitAgencies(words)
  return read.length === list.length && list.every((agency, index) => sameAgency(read[index], agency))
}

/** What the reader takes for structure beside a name: quotes that it reads whole, parentheses, straight and low quotes. */
const STRUCTURE = /[()“”«»「」『』"„‟]/u

/**
 * Whether `part` in the quotes `pair` is read whole, its own words inside: the opening quote closes
 * at the last character, as the reader pairs them after normalising (a straight quote after “
 * opens, after « closes).
 */
function fitsIn(part: string, [open, close]: readonly [string, string]): boolean {
  const text = normalizeString(`${open}${part}${close}`)
  let depth = 0
  for (let at = 0; at < text.length; at++) {
    if (text[at] === open) depth++
    else if (text[at] === close && --depth === 0) return at === text.length - 1
  }
  return false
}

/** `part` in the first quotes it fits in (“…” first); in “…” when none does (docs/robustness.md). */
function quoted(part: string): string {
  const [open, close] = NAME_QUOTES.find((pair) => fitsIn(part, pair)) ?? (NAME_QUOTES[0] as readonly [string, string])
  return `${open}${part}${close}`
}

/**
 * An agency as words the reader reads back as it, beside others: as it is when its words hold
 * nothing the reader takes for structure and read back so; else its name and duty in quotes, and
 * its advisor too when its words hold a quote or a parenthesis. Only quotes are added: the words
 * themselves are never changed.
 */
function agencyForm(agency: Agency, separator: string, sides: {before: boolean; after: boolean}): string {
  const plain = agencyText(agency)
  const parts = typeof agency === 'string' ? [agency] : [agency.name, agency.note ?? '', agency.advisor ?? '']
  const other = 'Sở Tư pháp'
  if (
    !parts.some((part) => STRUCTURE.test(part)) &&
    !fieldOf(plain) &&
    readsAs(plain, [agency]) &&
    (!sides.before || readsAs(`${other}${separator}${plain}`, [other, agency])) &&
    (!sides.after || readsAs(`${plain}${separator}${other}`, [agency, other]))
  )
    return plain
  return agencyText(agency, (part, role) => (role !== 'advisor' || STRUCTURE.test(part) ? quoted(part) : part))
}

/**
 * Agencies as words the reader splits back into exactly `list` (joined by `separator`): as they
 * are when they read back so (most lists: one reading), else each in its form (`agencyForm`).
 */
function agencyList(list: readonly Agency[], separator: string): string {
  const plain = list.map((agency) => agencyText(agency)).join(separator)
  if (readsAs(plain, list)) return escapeInline(plain)
  return escapeInline(
    list
      .map((agency, index) => agencyForm(agency, separator, {before: index > 0, after: index < list.length - 1}))
      .join(separator)
  )
}

/** The agencies as written when the words still name them (see `agenciesAsWritten`), else one by one. */
function agencies(list: Agency[], written?: string | null): string {
  const text = agenciesAsWritten(written, list)
  return text !== null ? escapeInline(text) : agencyList(list, '; ')
}

function textBlock(item: TextItem): string {
  if (item.label === '-' || item.label === '+') return `${item.label} ${escapeInline(item.text)}`
  return item.label ? `${item.label.replace(/^(\d+)\.$/u, '$1\\.')} ${escapeInline(item.text)}` : escapeStart(item.text)
}

function writeTask(task: Task, depth: number, out: string[]): void {
  // A bare "- title" line is read through titleAndBody, which splits "II. Ủy" or "x: y"; such a title gets a heading.
  const whole = titleAndBody(task.title)
  const simple =
    (task.label === '-' || task.label === '+') &&
    whole.body === null &&
    whole.title === task.title &&
    !fieldOf(task.title) &&
    !markerOf(task.title) &&
    !BLOCK_START.test(escapeInline(task.title)) &&
    task.lead.length === 0 &&
    task.support.length === 0 &&
    !task.timeline &&
    task.children.length === 0 &&
    !task.body
  if (simple) {
    out.push(`${task.label} ${escapeInline(task.title)}`, '')
    return
  }
  const hashes = '#'.repeat(Math.min(6, 3 + depth))
  const label = task.label === '*' ? '\\*' : task.label
  out.push(`${hashes} ${label} ${escapeHeading(task.title)}`.replace(/\s+$/u, ''), '')
  if (task.body) for (const paragraph of task.body.split('\n')) out.push(escapeStart(paragraph), '')
  const fields: string[] = []
  if (task.lead.length > 0) fields.push(fieldLine('lead', agencies(task.lead, task.leadText)))
  if (task.support.length > 0) fields.push(fieldLine('support', agencies(task.support, task.supportText)))
  if (task.timeline) {
    if (task.timeline.kind === 'milestones' && task.timeline.milestones) {
      fields.push(fieldLine('timeline'))
      for (const milestone of task.timeline.milestones)
        fields.push(`  ${milestoneLine(escapeInline(milestone.label), escapeInline(milestone.timeline.text))}`)
    } else fields.push(fieldLine('timeline', escapeInline(task.timeline.text)))
  }
  if (task.output) fields.push(fieldLine('output', escapeInline(task.output)))
  if (task.implements && task.implements.length > 0) fields.push(fieldLine('implements', task.implements.join(', ')))
  if (fields.length > 0) {
    for (const each of fields) out.push(each)
    out.push('')
  }
  for (const child of task.children) writeTask(child, depth + 1, out)
}

/** Write a plan as Markdown; `fromMarkdown` reads it back to the same plan (positions aside). */
export function toMarkdown(plan: Plan): string {
  const clean = stripPositions(plan)
  // Only what a person needs in the front matter: no empty or null fields, no default kind or form.
  const front: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(clean.meta)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue
    if ((key === 'docType' && value === 'ke-hoach') || (key === 'form' && value === 'document')) continue
    front[key] = value
  }
  // Targets are said once, in the words: the reader reads them from there. Only targets the
  // words do not state are written (and the reader checks them against the words).
  if (!targetsAreWords(clean)) front['targets'] = clean.targets
  if (clean.signature) {
    const signature = Object.fromEntries(
      Object.entries(clean.signature).filter(([, value]) => value !== null && value !== undefined)
    )
    if (Object.keys(signature).length > 0) front['signature'] = signature
  }
  const out: string[] = ['---', stringifyYaml(front, {lineWidth: 0}).trimEnd(), '---', '']
  for (const item of clean.preamble) out.push(escapeStart(item.text), '')
  const sections = clean.sections.length > 0 ? clean.sections : defaultSections(clean)
  for (const section of sections) {
    out.push(`## ${section.label}. ${escapeHeading(section.title)}`, '')
    if (section.role === 'purposes') {
      let number = 0
      if (clean.purposes.length > 0) {
        out.push(`### ${++number}. Mục đích`, '')
        for (const item of clean.purposes) out.push(textBlock(item), '')
      }
      if (clean.requirements.length > 0) {
        out.push(`### ${++number}. Yêu cầu`, '')
        for (const item of clean.requirements) out.push(textBlock(item), '')
      }
    } else if (section.role === 'objectives') {
      for (const item of clean.objectives) out.push(textBlock(item), '')
    } else if (section.role === 'tasks') {
      for (const task of clean.tasks.filter(
        (candidate) =>
          candidate.id.split('.')[0] === section.label ||
          !sections.some((other) => other.label === candidate.id.split('.')[0])
      )) {
        writeTask(task, 0, out)
      }
    } else if (section.role === 'funding') {
      for (const item of clean.funding) out.push(textBlock(item), '')
    } else if (section.role === 'implementation') {
      for (const assignment of clean.implementation) {
        const label = assignment.label ? `${assignment.label.replace(/^(\d+)\.$/u, '$1\\.')} ` : ''
        const list = [assignment.agency, ...(assignment.joint ?? [])]
        const written = agenciesAsWritten(assignment.agencyText, list)
        const names = written !== null ? escapeInline(written) : agencyList(list, ', ')
        const head = `${label}${assignment.request ? 'Đề nghị ' : ''}${names}:`
        // "1. Sở Tư pháp: Chủ trì …" on one line when the document has it so; otherwise the bodies
        // on their line and the duties under them, as the document lays them out.
        const lines = assignment.duties.split('\n')
        if (assignment.inline) {
          const [first, ...more] = lines
          out.push(`${head} ${escapeInline(first ?? '')}`.trimEnd(), '')
          for (const line of more) out.push(escapeStart(line), '')
        } else {
          out.push(head, '')
          for (const line of lines) if (line.trim()) out.push(escapeStart(line), '')
        }
      }
    }
  }
  for (const item of clean.closing) out.push(escapeStart(item.text), '')
  if (clean.recipients.length > 0) {
    out.push('## Nơi nhận', '')
    for (const recipient of clean.recipients) out.push(`- ${escapeInline(recipient)}`)
    out.push('')
  }
  return unescapeNumbers(out, 4).join('\n')
}

/**
 * A numbered line ("1\\. Sở Tư pháp:") written plain ("1. Sở Tư pháp:") where Markdown reads the
 * plain line the same: as an ordered list item whose number is the label (a list's first item, or
 * the next number of the item above), standing alone between blank lines, its text no block of its
 * own and no field ("Thời gian: …" in a list item is a field line). `from` skips the front matter.
 */
/** Whether the next line with text after `index` is indented (it would continue a list item). */
function indentedAfter(lines: readonly string[], index: number): boolean {
  for (let at = index + 1; at < lines.length; at++) if (lines[at] !== '') return /^\s/u.test(lines[at] as string)
  return false
}

function unescapeNumbers(lines: readonly string[], from: number): string[] {
  const out = [...lines]
  let previous: number | null = null
  for (let index = from; index < out.length; index++) {
    const line = out[index] as string
    if (line === '') continue
    const numbered = /^(0|[1-9]\d{0,8})\\\. (\S.*)$/u.exec(line)
    const number = numbered ? Number(numbered[1]) : null
    const rest = numbered?.[2] ?? ''
    const plain: boolean =
      number !== null &&
      out[index - 1] === '' &&
      (out[index + 1] ?? '') === '' &&
      (previous === null || previous + 1 === number) &&
      !BLOCK_START.test(rest) &&
      !fieldOf(rest) &&
      !indentedAfter(out, index)
    if (plain) out[index] = `${number}. ${rest}`
    previous = plain ? number : null
  }
  return out
}
