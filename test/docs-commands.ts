// The command examples of the README and docs/ (```sh blocks, lines that start with
// `npx -y pnpm@10 -s kehoach ` or `node_modules/.bin/kehoach `), run in this process as a user would
// run them: docs.test.ts runs those on files, docs.stress.test.ts those over a whole corpus folder.
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect} from 'vitest'
import {run} from '@kehoach/cli'
import {pathOf} from './corpus.js'

const root = new URL('../', import.meta.url).pathname
/** How the docs name the corpus: beside the checkout, where test/corpus.ts looks unless KEHOACH_CORPUS says otherwise. */
const CORPUS = '../shared/corpus'

export interface Documented {
  doc: string
  line: string
  /** The command's words after the program name, corpus paths resolved. */
  words: string[]
}

/** A word of a documented command as a path on this machine: corpus paths through test/corpus.ts. */
function resolved(word: string): string {
  if (word === CORPUS || word.startsWith(`${CORPUS}/`)) return pathOf(word.slice(CORPUS.length + 1))
  return join(root, word)
}

export function documented(): Documented[] {
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).map((name) => `docs/${name}`)]
  const found: Documented[] = []
  for (const doc of docs) {
    const text = readFileSync(join(root, doc), 'utf8')
    for (const block of text.matchAll(/```sh\n([\s\S]*?)```/gu)) {
      for (const line of (block[1] ?? '').split('\n')) {
        if (!line.startsWith('npx -y pnpm@10 -s kehoach ') && !line.startsWith('node_modules/.bin/kehoach ')) continue
        // Words as a shell splits them (double quotes group), after the comment and any redirection.
        const command = line.replace(/\s+#.*$/u, '').replace(/\s*>\s*\S+$/u, '')
        const prefix = line.startsWith('node_modules/.bin/kehoach ') ? 1 : 5
        found.push({
          doc,
          line,
          words: [...command.matchAll(/"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? '').slice(prefix)
        })
      }
    }
  }
  return found
}

/** Whether a documented command reads a whole folder of the corpus (every document in it, scans by OCR included). */
export function readsCorpusFolder({words}: Documented): boolean {
  return words.some(
    (word) =>
      (word === CORPUS || word.startsWith(`${CORPUS}/`)) &&
      existsSync(resolved(word)) &&
      statSync(resolved(word)).isDirectory()
  )
}

/** Run the documented commands `chosen` picks; each exits 0, or 1 when its comment says "exit code 1". Returns how many ran. */
export async function runDocumented(chosen: (command: Documented) => boolean): Promise<number> {
  let ran = 0
  for (const command of documented().filter(chosen)) {
    const {doc, line, words} = command
    const out = mkdtempSync(join(tmpdir(), 'kehoach-docs-'))
    const output = words.indexOf('-o') >= 0 ? words.indexOf('-o') + 1 : -1
    const inputs = words.filter((word, index) => index !== output && /\.(?:ya?ml|json|txt|md|docx|doc)$/u.test(word))
    // Placeholders ("ke-hoach.txt", globs) are illustrations, not runnable examples.
    if (inputs.some((word) => word.includes('*') || !existsSync(resolved(word)))) continue
    const argv = words.map((word, index) =>
      index === output
        ? join(out, word.replace(/^.*\//u, ''))
        : inputs.includes(word) || word === CORPUS || word.startsWith(`${CORPUS}/`)
          ? resolved(word)
          : word
    )
    let stderr = ''
    const code = await run(argv, {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    // A documented command whose comment says "exit code 1" (a batch with a non-plan in it) must exit 1.
    expect(code, `${doc}: ${line}\n${stderr}`).toBe(/#.*exit code 1/u.test(line) ? 1 : 0)
    ran++
  }
  return ran
}
