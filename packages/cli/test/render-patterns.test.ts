// A blind tester (issue 27): `render 'x/*.txt' -o out/` said input-not-found, where parse, check and
// review expand the pattern themselves (cmd.exe and PowerShell do not). render does too now.
import {copyFileSync, existsSync, mkdirSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')
const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-patterns-'))

describe('render of a pattern or a folder', () => {
  const plans = join(dir, 'ke-hoach')
  mkdirSync(plans)
  copyFileSync(example, join(plans, 'mot.yaml'))
  copyFileSync(example, join(plans, 'hai.yaml'))

  it('renders every plan the pattern names', async () => {
    const out = join(dir, 'ra-mau')
    mkdirSync(out)
    const result = await cli('render', join(plans, '*.yaml'), '-o', `${out}/`, '-q')
    expect(result.code).toBe(0)
    expect([existsSync(join(out, 'mot.docx')), existsSync(join(out, 'hai.docx'))]).toEqual([true, true])
  })

  it('renders the plans of a folder', async () => {
    const out = join(dir, 'ra-thu-muc')
    mkdirSync(out)
    const result = await cli('render', plans, '-o', `${out}/`, '-q')
    expect(result.code).toBe(0)
    expect([existsSync(join(out, 'mot.docx')), existsSync(join(out, 'hai.docx'))]).toEqual([true, true])
  })

  it('a pattern that names nothing is said, exit 1', async () => {
    const result = await cli('render', join(plans, '*.docx'), '-o', `${dir}/`)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('[input-no-match]')
  })
})
