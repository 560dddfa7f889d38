/**
 * The plan files named on a command line: files as given, folders read for every supported
 * file inside (recursively, in name order; a symbolic link is followed once: a folder reached
 * again, through a link to itself or a parent, is not read again), and patterns (`*`, `?`, `**`) expanded here,
 * because Windows shells pass them through unexpanded.
 */

import {existsSync, readdirSync, realpathSync, statSync} from 'node:fs'
import {join, sep} from 'node:path'
import {diagnostic, type Diagnostic} from '@kehoach/model'

/** Extensions a folder is read for. */
export const PLAN_EXTENSIONS = ['.yaml', '.yml', '.json', '.txt', '.md', '.markdown', '.docx', '.doc', '.pdf']

const isPattern = (text: string) => /[*?[]/u.test(text)

function supported(name: string): boolean {
  const lower = name.toLowerCase()
  return PLAN_EXTENSIONS.some((extension) => lower.endsWith(extension))
}

/**
 * Every supported file under `folder`, in name order. Links are followed (to a file or a folder);
 * `seen` holds the real path of each folder and file already taken, so a folder reached again
 * (a link to itself, to a parent, or to a folder read elsewhere) or a file linked twice is read once.
 */
function walk(folder: string, seen: Set<string> = new Set([realOrSelf(folder)])): string[] {
  const result: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    let directory = entry.isDirectory()
    let file = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path)
        directory = target.isDirectory()
        file = target.isFile()
      } catch {
        continue // A dangling link names nothing to read.
      }
    }
    if (!directory && !(file && supported(entry.name))) continue
    const real = realOrSelf(path)
    if (seen.has(real)) continue
    seen.add(real)
    if (directory) for (const each of walk(path, seen)) result.push(each)
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

function segmentRegex(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/gu, '\\$&')
    .replace(/\*/gu, '[^/]*')
    .replace(/\?/gu, '[^/]')
  return new RegExp(`^${body}$`, 'u')
}

function glob(pattern: string): string[] {
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
      const regex = segmentRegex(segment)
      for (const entry of readdirSync(base, {withFileTypes: true})) {
        if (entry.name.startsWith('.') && !segment.startsWith('.')) continue
        if (!regex.test(entry.name)) continue
        if (last ? entry.isFile() : entry.isDirectory()) next.push(base === '.' ? entry.name : join(base, entry.name))
      }
    }
    current = [...new Set(next)]
  }
  return current.sort((a, b) => a.localeCompare(b))
}

/** Files for `inputs`, in order (a file named twice is read twice, as before); a folder or pattern that gives nothing is reported. */
export function expandInputs(inputs: readonly string[]): {files: string[]; messages: Diagnostic[]} {
  const files: string[] = []
  const messages: Diagnostic[] = []
  for (const input of inputs) {
    if (input === '-') files.push(input)
    else if (existsSync(input) && statSync(input).isDirectory()) {
      const found = walk(input)
      if (found.length === 0) messages.push(diagnostic('input-no-match', {input}, {file: input}))
      for (const each of found) files.push(each)
    } else if (!existsSync(input) && isPattern(input)) {
      const found = glob(input.split(sep).join('/'))
      if (found.length === 0) messages.push(diagnostic('input-no-match', {input}, {file: input}))
      for (const each of found) files.push(each)
    } else files.push(input)
  }
  return {files, messages}
}
