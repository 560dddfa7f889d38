// The built CLI as a user runs it: the bundle through its launcher, with Node's compile cache on.
// Everything a command loads on demand (Node's built-in modules, pdf.js) comes through the bundle's
// import(); the in-process tests, which run the sources, cannot see it.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import module from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {pathOf, present} from '../../../test/corpus.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const bin = join(root, 'packages/cli/bin/kehoach.js')
const dir = mkdtempSync(join(tmpdir(), 'kehoach-bundle-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const kehoach = (...argv: string[]) =>
  spawnSync(process.execPath, [bin, ...argv], {cwd: root, encoding: 'utf8', timeout: 120_000})

describe('the built CLI, through its launcher', () => {
  it.runIf(typeof module.enableCompileCache === 'function')(
    'switches on Node’s compile cache (its default folder is in the temporary folder)',
    () => {
      const temporary = mkdtempSync(join(dir, 'tmp-'))
      const env = {...process.env, TMPDIR: temporary}
      delete env['NODE_COMPILE_CACHE']
      delete env['NODE_DISABLE_COMPILE_CACHE']
      const result = spawnSync(process.execPath, [bin, '--version'], {cwd: root, encoding: 'utf8', env})
      expect(result.status).toBe(0)
      expect(readdirSync(join(temporary, 'node-compile-cache'), {recursive: true}).length).toBeGreaterThan(0)
    }
  )

  it('runs the packages’ own dist instead, with the same output, when KEHOACH_NO_BUNDLE=1', () => {
    const load = JSON.stringify(join(root, 'packages/cli/bin/load.js'))
    const index = JSON.stringify(join(root, 'packages/cli/dist/index.js'))
    const same = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import {loadProgram} from ${load}; const {run} = await import(${index}); console.log((await loadProgram()).run === run)`
      ],
      {encoding: 'utf8', env: {...process.env, KEHOACH_NO_BUNDLE: '1'}}
    )
    expect(same.trim()).toBe('true')
    const example = join(root, 'examples/ninh-binh-315.yaml')
    const plain = spawnSync(process.execPath, [bin, 'parse', example, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, KEHOACH_NO_BUNDLE: '1'}
    })
    expect(plain.status).toBe(0)
    expect(plain.stdout).toBe(kehoach('parse', example, '--format', 'json').stdout)
  })

  it('drafts a plan to a file (init -o)', () => {
    const out = join(dir, 'du-thao.yaml')
    const result = kehoach(
      'init',
      '--scheme',
      '315/QĐ-TTg',
      '--issuer',
      'Ủy ban nhân dân tỉnh Lào Cai',
      '--date',
      '2026-03-02',
      '-o',
      out
    )
    expect(result.stderr).not.toMatch(/ERR_|at .*\.cjs/u)
    expect(result.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('Lào Cai')
  })

  it('renders a DOCX with Node’s own zlib (entries carry a data descriptor, which docx’s packer never writes)', () => {
    const out = join(dir, 'ke-hoach.docx')
    const result = kehoach('render', join(root, 'examples/ninh-binh-315.yaml'), '-o', out)
    expect(result.status).toBe(0)
    const bytes = readFileSync(out)
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50)
    expect(bytes.readUInt16LE(6) & 0x08).toBe(0x08)
  })

  it.runIf(present)('reads a PDF', () => {
    const result = kehoach('parse', pathOf('files/lao-cai-qd-1696-qd-ubnd-2026.pdf'))
    expect(result.stderr).not.toMatch(/ERR_|at .*\.cjs/u)
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).meta.number).toBe('1696/QĐ-UBND')
  })
})
