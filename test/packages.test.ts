// What each published package holds: every path its exports map names (types, source, default,
// the JSON Schemas) is in the tarball `npm pack` would make, so no condition points at a missing file.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const targets = (exports: unknown): string[] =>
  typeof exports === 'string'
    ? [exports]
    : exports && typeof exports === 'object'
      ? Object.values(exports).flatMap(targets)
      : []

describe('published packages', () => {
  it.each(['model', 'vietnamese', 'text', 'coverage', 'diff', 'docx', 'files', 'cli'])(
    '@kehoach/%s ships every file its exports name',
    (name) => {
      const folder = join(root, 'packages', name)
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {exports: unknown}
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
          cwd: folder,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        })
      ) as Array<{files: Array<{path: string}>}>
      const files = new Set(packed[0]?.files.map((file) => file.path))
      for (const target of targets(manifest.exports)) expect(files, target).toContain(target.replace(/^\.\//u, ''))
      if (name === 'model') expect(files).toContain('schemas/plan.schema.json')
      if (name === 'coverage') expect(files).toContain('schemas/coverage-report.schema.json')
      if (name === 'diff') expect(files).toContain('schemas/diff.schema.json')
    },
    60_000
  )
})
