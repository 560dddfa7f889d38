// The single executables that `pnpm build:exe` writes (scripts/build-exe.mjs). They run when
// KEHOACH_EXE names the Linux one, as .ci/run does after building them; with it set, the CLI
// tests (cli.test.ts, review.test.ts) also run every command through it (run-cli.ts).
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {pathOf, present} from '../../../test/corpus.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const executable = process.env.KEHOACH_EXE
const launcher = join(root, 'packages/cli/bin/kehoach.js')
const run = (command: string, argv: string[]) =>
  spawnSync(command, argv, {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 300_000})
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe.runIf(executable)('the single executables', () => {
  const linux = executable ?? ''
  const windows = join(dirname(linux), 'kehoach-win-x64.exe')

  it('have their SHA-256 beside them, as sha256sum -c reads it', () => {
    for (const file of [linux, windows]) {
      expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(`${sha256(file)}  ${basename(file)}\n`)
    }
  })

  it('are Node executables with the application injected (the SEA fuse flipped)', () => {
    const fuse = Buffer.from('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1')
    const elf = readFileSync(linux)
    expect(elf.subarray(0, 4).toString('latin1')).toBe('\x7fELF')
    expect(elf.includes(fuse)).toBe(true)
    const pe = readFileSync(windows)
    expect(pe.subarray(0, 2).toString('latin1')).toBe('MZ')
    expect(pe.includes(fuse)).toBe(true)
  })

  it('start from the snapshot and answer --version like the npm install', () => {
    const result = run(linux, ['--version'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(run(process.execPath, [launcher, '--version']).stdout)
  })

  it.runIf(present)('read a DOCX as the npm install does (fflate’s decoder, made after the snapshot)', () => {
    const file = pathOf('files/lao-cai-ubnd-kh-chi-thi-11-draft-2026.docx')
    const ours = run(linux, ['parse', file, '--format', 'json'])
    expect(ours.status, ours.stderr).toBe(0)
    expect(ours.stdout).toBe(run(process.execPath, [launcher, 'parse', file, '--format', 'json']).stdout)
  })

  it.runIf(present)('say in one located line that a PDF needs the npm install, without a stack trace', () => {
    const file = pathOf('files/lao-cai-qd-1696-qd-ubnd-2026.pdf')
    const result = run(linux, ['parse', file])
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      `${file}:1:1: lỗi Không nạp được bộ đọc PDF pdf.js (pdfjs-dist/legacy/build/pdf.mjs không có trong tệp chạy đơn; cần bản cài bằng npm); không đọc được tệp PDF. [pdf-no-engine]`
    ])
  })

  it('render without loading Node’s crypto, which the snapshot does not hold (a temporary name needs six random bytes)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-exe-'))
    try {
      // NODE_OPTIONS reaches the executable; the probe prints, at exit, the crypto modules the process loaded.
      const probe = join(folder, 'probe.cjs')
      writeFileSync(
        probe,
        "process.on('exit', () => process.stderr.write(`crypto modules: ${process.moduleLoadList.filter((name) => name.includes('crypto')).length}\\n`))\n"
      )
      const target = join(folder, 'plan.docx')
      const result = spawnSync(linux, ['render', join(root, 'examples/ninh-binh-315.yaml'), '-q', '-o', target], {
        cwd: root,
        encoding: 'utf8',
        env: {...process.env, NODE_OPTIONS: `--require ${probe}`}
      })
      expect(result.status, result.stderr).toBe(0)
      expect(result.stderr).toBe('crypto modules: 0\n')
      expect(existsSync(target)).toBe(true)
      expect(readdirSync(folder).sort()).toEqual(['plan.docx', 'probe.cjs'])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('check a large batch in worker threads started from the executable', () => {
    const example = join(root, 'examples/ninh-binh-315.yaml')
    const files = Array.from({length: 60}, () => example)
    const result = run(linux, ['check', ...files, '--format', 'json', '-q'])
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveLength(60)
    expect(result.stdout).toBe(run(process.execPath, [launcher, 'check', ...files, '--format', 'json', '-q']).stdout)
  })
})
