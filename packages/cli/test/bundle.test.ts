// The built CLI as a user runs it: the bundle through its launcher, from node:vm with the code
// cache. import() has no loader there, so everything a command loads on demand (Node's built-in
// modules, pdf.js) must come another way; the in-process tests, which run the sources, cannot see it.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {pathOf, present} from '../../../test/corpus.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const bin = join(root, 'packages/cli/bin/kehoach.js')
const dir = mkdtempSync(join(tmpdir(), 'kehoach-bundle-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const kehoach = (...argv: string[]) => spawnSync(process.execPath, [bin, ...argv], {cwd: root, encoding: 'utf8', timeout: 120_000})

describe('the built CLI, through its launcher', () => {
  it('uses its code cache', () => {
    const state = execFileSync(process.execPath, ['--input-type=module', '-e', `import {loadBundle} from ${JSON.stringify(join(root, 'packages/cli/bin/load.js'))}; console.log(loadBundle({cache: true}).cache)`], {encoding: 'utf8'})
    expect(state.trim()).toBe('used')
  })

  it('makes no TextDecoder when fflate’s modules load (a startup snapshot must not hold one): theirs are lazy', () => {
    const bundle = readFileSync(join(root, 'packages/cli/dist/kehoach.cjs'), 'utf8')
    expect(bundle).not.toMatch(/typeof TextDecoder != "undefined" && \/\* @__PURE__ \*\/ new TextDecoder\(\)/u)
    expect(bundle.match(/typeof TextDecoder != "undefined" && __kehoachLazyTextDecoder\(\);/gu)).toHaveLength(2)
  })

  it('runs the packages’ own dist instead, with the same output, when KEHOACH_NO_BUNDLE=1', () => {
    const load = JSON.stringify(join(root, 'packages/cli/bin/load.js'))
    const index = JSON.stringify(join(root, 'packages/cli/dist/index.js'))
    const same = execFileSync(process.execPath, ['--input-type=module', '-e', `import {loadProgram} from ${load}; const {run} = await import(${index}); console.log((await loadProgram()).run === run)`], {encoding: 'utf8', env: {...process.env, KEHOACH_NO_BUNDLE: '1'}})
    expect(same.trim()).toBe('true')
    const example = join(root, 'examples/ninh-binh-315.yaml')
    const plain = spawnSync(process.execPath, [bin, 'parse', example, '--format', 'json'], {cwd: root, encoding: 'utf8', env: {...process.env, KEHOACH_NO_BUNDLE: '1'}})
    expect(plain.status).toBe(0)
    expect(plain.stdout).toBe(kehoach('parse', example, '--format', 'json').stdout)
  })

  it('drafts a plan to a file (init -o)', () => {
    const out = join(dir, 'du-thao.yaml')
    const result = kehoach('init', '--scheme', '315/QĐ-TTg', '--issuer', 'Ủy ban nhân dân tỉnh Lào Cai', '--date', '2026-03-02', '-o', out)
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
