// Standard input is a stream Node makes when `process.stdin` is first read (some milliseconds at
// start); a command reads it only for the file `-`, and otherwise leaves it unmade.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '@kehoach/cli'

const example = fileURLToPath(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'kehoach-stdin-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** An io whose `stdin` counts how often it is read, and gives `text` as the stream when it is. */
function counting(text = '') {
  const seen = {reads: 0, stdout: ''}
  const io = {
    stdout: {write: (chunk: string) => ((seen.stdout += chunk), true)},
    stderr: {write: () => true},
    get stdin() {
      seen.reads++
      return Readable.from([Buffer.from(text)])
    }
  }
  return {io, seen}
}

describe('standard input', () => {
  it.each([
    ['render', ['render', example, '-q', '-o', join(folder, 'plan.docx')]],
    ['parse', ['parse', example, '--format', 'json', '-q']],
    ['validate', ['validate', example, '-q']],
    ['check', ['check', example, '--format', 'json', '-q']],
    ['diff', ['diff', example, example, '--format', 'json']]
  ])('is not made by %s on named files', async (_, argv) => {
    const {io, seen} = counting()
    expect(await run(argv, io as never)).toBe(0)
    expect(seen.reads).toBe(0)
  })

  it('is read for the file -', async () => {
    const {io, seen} = counting(readFileSync(example, 'utf8'))
    expect(await run(['parse', '-', '--from', 'yaml', '--format', 'json', '-q'], io as never)).toBe(0)
    expect(seen.reads).toBe(1)
    expect(JSON.parse(seen.stdout).meta.issuer).toBeTruthy()
  })
})
