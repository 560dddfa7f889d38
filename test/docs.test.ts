// Every rule in the catalog is documented in docs/rules.md.
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {RULES} from '@kehoach/model'

it('docs/rules.md documents every rule id', () => {
  const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
  for (const ruleId of Object.keys(RULES)) expect(doc, ruleId).toContain(`id="${ruleId}"`)
})

// Every command example in the README and docs/ that names files present in the repository
// (or the corpus beside it) runs, and exits as a user would expect (0, or 1 for the broken-plan demo).
import {existsSync, mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {run} from '@kehoach/cli'

const root = new URL('../', import.meta.url).pathname

function examples(): Array<{doc: string; line: string}> {
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).map((name) => `docs/${name}`)]
  const found: Array<{doc: string; line: string}> = []
  for (const doc of docs) {
    const text = readFileSync(join(root, doc), 'utf8')
    for (const block of text.matchAll(/```sh\n([\s\S]*?)```/gu)) {
      for (const line of (block[1] ?? '').split('\n')) if (line.startsWith('npx -y pnpm@10 -s kehoach ') || line.startsWith('node_modules/.bin/kehoach ')) found.push({doc, line})
    }
  }
  return found
}

it('the documented commands run', async () => {
  let ran = 0
  for (const {doc, line} of examples()) {
    const out = mkdtempSync(join(tmpdir(), 'kehoach-docs-'))
    // Words as a shell splits them (double quotes group), after the comment and any redirection.
    const command = line.replace(/\s+#.*$/u, '').replace(/\s*>\s*\S+$/u, '')
    const prefix = line.startsWith('node_modules/.bin/kehoach ') ? 1 : 5
    const words = [...command.matchAll(/"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? '').slice(prefix)
    const output = words.indexOf('-o') >= 0 ? words.indexOf('-o') + 1 : -1
    const inputs = words.filter((word, index) => index !== output && /\.(?:ya?ml|json|txt|md|docx|doc)$/u.test(word))
    // Placeholders ("ke-hoach.txt", globs) are illustrations, not runnable examples.
    if (inputs.some((word) => word.includes('*') || !existsSync(join(root, word)))) continue
    const argv = words.map((word, index) => (index === output ? join(out, word.replace(/^.*\//u, '')) : inputs.includes(word) ? join(root, word) : word))
    let stderr = ''
    const code = await run(argv, {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
    // A documented command whose comment says "exit code 1" (a batch with a non-plan in it) must exit 1.
    expect(code, `${doc}: ${line}\n${stderr}`).toBe(/#.*exit code 1/u.test(line) ? 1 : 0)
    ran++
  }
  expect(ran).toBeGreaterThanOrEqual(8)
  // Every command of README and docs/, one after another in this process: minutes on a loaded machine.
}, 300_000)
