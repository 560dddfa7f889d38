// What each published package holds: every path its exports map names (types, source, default,
// the JSON Schemas) is in the tarball `npm pack` would make, so no condition points at a missing file.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const PACKAGES = ['model', 'vietnamese', 'text', 'coverage', 'diff', 'docx', 'files', 'cli']
const targets = (exports: unknown): string[] =>
  typeof exports === 'string'
    ? [exports]
    : exports && typeof exports === 'object'
      ? Object.values(exports).flatMap(targets)
      : []

describe('published packages', () => {
  // The files of each package's tarball, by package name. One `npm pack` for all the folders: npm
  // lists for a folder what it would pack from inside it, and its start-up is paid once, not eight times.
  const packed = new Map<string, Set<string>>()
  beforeAll(() => {
    const listed = JSON.parse(
      execFileSync(
        'npm',
        ['pack', '--dry-run', '--json', '--ignore-scripts', ...PACKAGES.map((name) => `./packages/${name}`)],
        {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        }
      )
    ) as Array<{name: string; files: Array<{path: string}>}>
    for (const entry of listed) packed.set(entry.name, new Set(entry.files.map((file) => file.path)))
  }, 60_000)

  it.each(PACKAGES)('@kehoach/%s ships every file its exports name', (name) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as {
      name: string
      exports: unknown
    }
    const files = packed.get(manifest.name)
    expect(files, `npm pack listed ${manifest.name}`).toBeDefined()
    for (const target of targets(manifest.exports)) expect(files, target).toContain(target.replace(/^\.\//u, ''))
    if (name === 'model') expect(files).toContain('schemas/plan.schema.json')
    if (name === 'coverage') expect(files).toContain('schemas/coverage-report.schema.json')
    if (name === 'diff') expect(files).toContain('schemas/diff.schema.json')
  })
})
