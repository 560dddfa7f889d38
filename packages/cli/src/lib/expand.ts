/**
 * The plan files named on a command line: files as given, folders read for every supported
 * file inside (recursively, in name order; a symbolic link is followed once: a folder reached
 * again, through a link to itself or a parent, is not read again), and patterns (`*`, `?`, `**`) expanded here,
 * because Windows shells pass them through unexpanded.
 *
 * A folder or a pattern gives only regular files (a link is followed to one). A FIFO, a socket or a
 * device found there is skipped, never opened, with a warning that names it (`input-special-file`;
 * in a folder only one whose name has a plan's extension, as other names are not read anyway):
 * reading a FIFO waits for a writer, forever if there is none, and a device may never end. A FIFO
 * named on its own (`kehoach parse <(cat plan.txt)`, which is /dev/fd/N, a pipe) is read as before.
 */

import {existsSync, readdirSync, realpathSync, statSync, type Dirent, type Stats} from 'node:fs'
import {join, sep} from 'node:path'
import {diagnostic, type Diagnostic} from '@kehoach/model'

/** Extensions a folder is read for. */
export const PLAN_EXTENSIONS = ['.yaml', '.yml', '.json', '.txt', '.md', '.markdown', '.docx', '.doc', '.pdf']

const isPattern = (text: string) => /[*?[]/u.test(text)

function supported(name: string): boolean {
  const lower = name.toLowerCase()
  return PLAN_EXTENSIONS.some((extension) => lower.endsWith(extension))
}

/** What a directory entry is, a link followed (by `stat`, which opens nothing); undefined for a dangling link. */
function kindOf(entry: Dirent, path: string): Dirent | Stats | undefined {
  if (!entry.isSymbolicLink()) return entry
  try {
    return statSync(path)
  } catch {
    return undefined // A dangling link names nothing to read.
  }
}

/** What a FIFO, socket or device is called in `input-special-file`; undefined for a file or a folder. */
function specialKind(kind: Dirent | Stats): string | undefined {
  if (kind.isFile() || kind.isDirectory()) return undefined
  if (kind.isFIFO()) return 'một ống có tên (FIFO)'
  if (kind.isSocket()) return 'một socket'
  if (kind.isCharacterDevice() || kind.isBlockDevice()) return 'một thiết bị'
  return 'một tệp đặc biệt'
}

/**
 * Every supported file under `folder`, in name order. Links are followed (to a file or a folder);
 * `seen` holds the real path of each folder and file already taken, so a folder reached again
 * (a link to itself, to a parent, or to a folder read elsewhere) or a file linked twice is read once.
 * A FIFO, socket or device with a plan's extension is told in `skipped`, as `input` found it.
 */
function walk(
  folder: string,
  input: string,
  skipped: Diagnostic[],
  seen: Set<string> = new Set([realOrSelf(folder)])
): string[] {
  const result: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    const kind = kindOf(entry, path)
    if (!kind) continue
    const directory = kind.isDirectory()
    const file = kind.isFile()
    const special = specialKind(kind)
    if (special && supported(entry.name))
      skipped.push(diagnostic('input-special-file', {file: path, input, kind: special}, {file: path}))
    if (!directory && !(file && supported(entry.name))) continue
    const real = realOrSelf(path)
    if (seen.has(real)) continue
    seen.add(real)
    if (directory) for (const each of walk(path, input, skipped, seen)) result.push(each)
    else result.push(path)
  }
  return result
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** One part of a pattern's segment: a character, `?` (any one character), `[…]` (one of a set) or `*` (any run). */
type Token = {kind: 'star'} | {kind: 'one'; test: (character: string) => boolean}

/**
 * A bracket expression at `at` (`[abc]`, `[a-z]`, `[!a]` or `[^a]` for "not"), as one character test, and
 * where it ends; undefined when it is not closed (the `[` is then a plain character).
 */
function bracket(
  characters: readonly string[],
  at: number
): {test: (character: string) => boolean; end: number} | undefined {
  let index = at + 1
  const negated = characters[index] === '!' || characters[index] === '^'
  if (negated) index++
  const ranges: Array<[string, string]> = []
  // A "]" first in the set is one of its characters.
  for (let first = true; index < characters.length && (first || characters[index] !== ']'); first = false) {
    const low = characters[index] as string
    if (characters[index + 1] === '-' && index + 2 < characters.length && characters[index + 2] !== ']') {
      ranges.push([low, characters[index + 2] as string])
      index += 3
    } else {
      ranges.push([low, low])
      index++
    }
  }
  if (index >= characters.length) return undefined
  const inSet = (character: string) => ranges.some(([low, high]) => character >= low && character <= high)
  return {test: (character) => inSet(character) !== negated, end: index}
}

/** A segment of a pattern (no "/") as tokens; a run of `*` is one. */
function tokensOf(segment: string): Token[] {
  const characters = Array.from(segment)
  const tokens: Token[] = []
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index] as string
    if (character === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({kind: 'star'})
    } else if (character === '?') tokens.push({kind: 'one', test: () => true})
    else {
      const set = character === '[' ? bracket(characters, index) : undefined
      if (set) {
        tokens.push({kind: 'one', test: set.test})
        index = set.end
      } else tokens.push({kind: 'one', test: (other) => other === character})
    }
  }
  return tokens
}

/**
 * Whether `name` matches the tokens, by the classic two-pointer wildcard match: on a mismatch,
 * the last `*` takes one more character and the match goes on from there. At most
 * (tokens × characters) steps; a regular expression of the same pattern (`*a*a*a*b.txt`) backtracks
 * into every way of splitting the name among its stars (200 names of 200 letters: past 60 s).
 */
function matches(tokens: readonly Token[], name: string): boolean {
  const characters = Array.from(name)
  let token = 0
  let character = 0
  let star = -1
  let resume = 0
  while (character < characters.length) {
    const current = tokens[token]
    if (current?.kind === 'one' && current.test(characters[character] as string)) {
      token++
      character++
    } else if (current?.kind === 'star') {
      star = token++
      resume = character
    } else if (star !== -1) {
      token = star + 1
      character = ++resume
    } else return false
  }
  while (tokens[token]?.kind === 'star') token++
  return token === tokens.length
}

/** The files a pattern names; a FIFO, socket or device it names is told in `skipped`, once, as `input` found it. */
function glob(pattern: string, input: string, skipped: Diagnostic[]): string[] {
  const special = new Map<string, string>()
  const parts = pattern.split(/[\\/]/u)
  const absolute = pattern.startsWith('/') ? '/' : ''
  let current = [absolute || '.']
  const fixed: string[] = []
  let index = absolute ? 1 : 0
  // The leading segments without wildcards are a folder to start from.
  while (index < parts.length - 1 && !isPattern(parts[index] as string)) fixed.push(parts[index++] as string)
  if (fixed.length > 0) current = [join(absolute || '', ...fixed) || '.']
  for (; index < parts.length; index++) {
    const segment = parts[index] as string
    const last = index === parts.length - 1
    const next: string[] = []
    for (const base of current) {
      if (!existsSync(base) || !statSync(base).isDirectory()) continue
      if (segment === '**') {
        const folders = [base]
        for (let at = 0; at < folders.length; at++) {
          for (const entry of readdirSync(folders[at] as string, {withFileTypes: true}))
            if (entry.isDirectory() && !entry.name.startsWith('.'))
              folders.push(join(folders[at] as string, entry.name))
        }
        for (const each of folders) next.push(each)
        continue
      }
      const tokens = tokensOf(segment)
      for (const entry of readdirSync(base, {withFileTypes: true})) {
        if (entry.name.startsWith('.') && !segment.startsWith('.')) continue
        if (!matches(tokens, entry.name)) continue
        const path = base === '.' ? entry.name : join(base, entry.name)
        if (!last) {
          if (entry.isDirectory()) next.push(path)
          continue
        }
        const kind = kindOf(entry, path)
        const what = kind && specialKind(kind)
        if (kind?.isFile()) next.push(path)
        else if (what) special.set(path, what)
      }
    }
    current = [...new Set(next)]
  }
  for (const [path, kind] of [...special].sort(([a], [b]) => a.localeCompare(b)))
    skipped.push(diagnostic('input-special-file', {file: path, input, kind}, {file: path}))
  return current.sort((a, b) => a.localeCompare(b))
}

/**
 * Files for `inputs`, in order (a file named twice is read twice, as before); a folder or pattern that
 * gives nothing is reported (an error), a FIFO, socket or device skipped in one is told (a warning).
 */
export function expandInputs(inputs: readonly string[]): {files: string[]; messages: Diagnostic[]} {
  const files: string[] = []
  const messages: Diagnostic[] = []
  for (const input of inputs) {
    if (input === '-') files.push(input)
    else if (existsSync(input) && statSync(input).isDirectory()) {
      const found = walk(input, input, messages)
      if (found.length === 0) messages.push(diagnostic('input-no-match', {input}, {file: input}))
      for (const each of found) files.push(each)
    } else if (!existsSync(input) && isPattern(input)) {
      const found = glob(input.split(sep).join('/'), input, messages)
      if (found.length === 0) messages.push(diagnostic('input-no-match', {input}, {file: input}))
      for (const each of found) files.push(each)
    } else files.push(input)
  }
  return {files, messages}
}
