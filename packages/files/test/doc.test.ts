// Word 97 through LibreOffice, with stand-in programs: missing, failing, and hanging (the whole
// process group is killed at the timeout, so nothing is left running).
import {execFile, spawn} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createServer, type AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {build} from 'esbuild'
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {readDoc} from '@kehoach/files/node'
import {OFFICE_SETTINGS, convertDoc, findProgram, isOle2} from '../src/lib/doc-node.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-doc-test-'))
/**
 * The smallest bytes that pass for a compound file (Word 97): the magic, version 3, byte order FFFE,
 * 512-byte sectors, then room for an allocation table sector and a directory sector. Zeros otherwise.
 */
function ole2Stub(): Uint8Array {
  const bytes = new Uint8Array(1536)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  bytes.set([0x3e, 0, 3, 0, 0xfe, 0xff, 9, 0, 6, 0], 0x18)
  return bytes
}
const OLE2 = ole2Stub()

function script(name: string, body: string): string {
  const path = join(dir, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}

/** A process that runs (a killed one may linger as a zombie until something reaps it). */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/**
 * Whether `pid` ends within 10 s. A killed process ends at once, but on a loaded machine the kill
 * and the reaping can take a moment: polling, not one fixed wait, keeps the test independent of
 * the load, while a process nobody killed (a `sleep 30` or `sleep 60`) is still running at 10 s.
 */
async function ends(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (!alive(pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return !alive(pid)
}

describe('Word 97 files', () => {
  it('a file that is only the OLE2 magic, or whose header is not a compound file’s, is doc-damaged, and nothing is run', async () => {
    const ran = join(dir, 'damaged-ran')
    const soffice = script('damaged.sh', `touch ${ran}`)
    const header = (edit: (bytes: Uint8Array) => void) => {
      const bytes = ole2Stub()
      edit(bytes)
      return bytes
    }
    const cases: Array<[string, Uint8Array]> = [
      ['the 8 bytes of the magic', OLE2.subarray(0, 8)],
      ['the 512 bytes of a header alone', OLE2.subarray(0, 512)],
      ['a byte order other than FFFE', header((bytes) => bytes.set([0xff, 0xfe], 0x1c))],
      ['version 4 with 512-byte sectors', header((bytes) => bytes.set([4], 0x1a))],
      ['version 3 with 4096-byte sectors', header((bytes) => bytes.set([12], 0x1e))]
    ]
    for (const [name, bytes] of cases) {
      const result = await convertDoc(bytes, {file: 'hong.doc', soffice})
      expect(result.ok, name).toBe(false)
      if (!result.ok) {
        expect(result.message.ruleId, name).toBe('doc-damaged')
        expect(result.message.fatal, name).toBe(true)
        expect(result.message.place, name).toEqual({line: 1, column: 1})
      }
    }
    expect(existsSync(ran)).toBe(false)
    const read = await readDoc(OLE2.subarray(0, 8), {file: 'hong.doc', soffice})
    expect([read.plan.tasks, read.messages.map((message) => message.ruleId)]).toEqual([[], ['doc-damaged']])
  })

  it('knows an OLE2 file by its first bytes', () => {
    expect(isOle2(OLE2)).toBe(true)
    expect(isOle2(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(false)
  })
  it('without LibreOffice: one diagnostic that says to save as .docx', async () => {
    const {plan, messages} = await readDoc(OLE2, {file: 'cu.doc', soffice: join(dir, 'no-such-program')})
    expect(messages.map((message) => message.ruleId)).toEqual(['doc-no-converter'])
    expect(messages[0]?.reason).toMatch(/lưu thành \.docx/u)
    expect(plan.tasks).toEqual([])
  })
  it('a converter that fails gives doc-conversion-failed', async () => {
    const result = await convertDoc(OLE2, {soffice: script('fails.sh', 'exit 3')})
    expect(result.ok ? 'ok' : result.message.ruleId).toBe('doc-conversion-failed')
    expect(result.ok ? '' : result.message.reason).toMatch(/mã 3/u)
  })
  it("LibreOffice's temporary files go in the conversion's own folder, removed with it", async () => {
    const seen = join(dir, 'tmpdir-seen')
    const writes = script('writes-tmp.sh', `echo "$TMPDIR|$TMP|$TEMP" > ${seen}\nmkdir "$TMPDIR/lu1234abc.tmp"\nexit 3`)
    await convertDoc(OLE2, {soffice: writes})
    const [tmp, tmpAlso, temp] = readFileSync(seen, 'utf8').trim().split('|')
    expect(tmp).toMatch(/kehoach-doc-[^/]+\/tmp$/u)
    expect([tmpAlso, temp]).toEqual([tmp, tmp])
    expect(existsSync(tmp as string)).toBe(false)
  })
  it('a converter that hangs is killed with everything it started', async () => {
    const pidFile = join(dir, 'grandchild.pid')
    const hangs = script('hangs.sh', `sleep 30 &\necho $! > ${pidFile}\nwait`)
    const result = await convertDoc(OLE2, {soffice: hangs, timeout: 1500})
    expect(result.ok ? '' : result.message.reason).toMatch(/quá 2 giây/u)
    expect(existsSync(pidFile)).toBe(true)
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    expect(await ends(grandchild)).toBe(true)
  })
})

// Issue 27: only real Word 97 files reach LibreOffice, LibreOffice reaches no network, and an
// interrupted conversion leaves nothing running and no copy of the document behind.
const soffice = findProgram('soffice')
if (!soffice && process.env.CI !== 'true')
  console.warn('doc.test: LibreOffice (soffice) is not installed; the conversion tests against it are skipped')
const withOffice = soffice || process.env.CI === 'true' ? it : it.skip

/** A listener on 127.0.0.1 that counts every connection made to it. */
async function listener(): Promise<{port: number; seen: string[]; close(): Promise<void>}> {
  const seen: string[] = []
  const server = createServer((socket) => {
    seen.push('connection')
    socket.on('data', (data) => seen.push(String(data).split('\r\n')[0] ?? ''))
    socket.on('error', () => {})
    socket.end('HTTP/1.0 404 Not Found\r\n\r\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {port, seen, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

/** A stand-in converter that records that it ran. */
const recorder = () => {
  const mark = join(dir, `ran-${Math.random().toString(36).slice(2)}`)
  return {
    program: script(`record-${Math.random().toString(36).slice(2)}.sh`, `touch ${mark}\nexit 1`),
    ran: () => existsSync(mark)
  }
}

/** A zip of text entries, `mimetype` first and stored (as ODF wants). */
// The listener answers in this process: LibreOffice runs beside it, never blocking it.
const office = (args: string[]) => promisify(execFile)(soffice as string, args, {timeout: 120_000})

const zip = (entries: Record<string, string>): Uint8Array =>
  zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, text]) => [name, [strToU8(text), {level: name === 'mimetype' ? 0 : 6}]])
    )
  )

describe('what is given to LibreOffice', () => {
  const page = (port: number) =>
    `<html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/kieu.css"></head><body><p>KẾ HOẠCH thử</p><img src="http://127.0.0.1:${port}/anh.png"></body></html>`
  const flat = (port: number) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>KẾ HOẠCH thử</text:p><text:p><draw:frame><draw:image xlink:href="http://127.0.0.1:${port}/anh.png" xlink:type="simple" xlink:show="embed"/></draw:frame></text:p></office:text></office:body></office:document>\n`
  const odt = (port: number) =>
    zip({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'META-INF/manifest.xml':
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      'content.xml': flat(port)
        .replace('office:document ', 'office:document-content ')
        .replace('</office:document>', '</office:document-content>')
    })

  it('an empty .doc is input-empty, and nothing is run', async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode(' \n\r\n\t')]) {
      const stand = recorder()
      const {messages} = await readDoc(bytes, {file: 'rong.doc', soffice: stand.program})
      expect(messages.map((message) => message.ruleId)).toEqual(['input-empty'])
      expect(stand.ran()).toBe(false)
    }
  })

  it('HTML, flat ODT, ODT and RTF named .doc are refused by their bytes (doc-not-word97), and nothing is run', async () => {
    // The 900 KB RTF of the issue is in doc.stress.test.ts; the kind is told by its first bytes.
    const rtf = `{\\rtf1\\ansi ${'{\\b K}'.repeat(100)}}`
    const cases: Array<[string, Uint8Array | string, RegExp]> = [
      ['html', page(9), /HTML/u],
      ['flat odt', flat(9), /OpenDocument phẳng/u],
      ['odt', odt(9), /OpenDocument \(ODT\)/u],
      ['rtf', rtf, /RTF/u],
      ['text', 'KẾ HOẠCH', /văn bản thường/u]
    ]
    for (const [name, content, kind] of cases) {
      const stand = recorder()
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
      const {messages} = await readDoc(bytes, {file: 'gia.doc', soffice: stand.program})
      expect(
        messages.map((message) => message.ruleId),
        name
      ).toEqual(['doc-not-word97'])
      expect(messages[0]?.reason, name).toMatch(kind)
      expect(stand.ran(), name).toBe(false)
    }
  })

  withOffice(
    'no request leaves the machine: files named .doc that link a stylesheet and pictures at http://127.0.0.1, and a real Word 97 file with a linked picture',
    async () => {
      const server = await listener()
      try {
        // A real Word 97 file with a picture linked at the listener's address, made by LibreOffice itself.
        const made = mkdtempSync(join(dir, 'made-'))
        writeFileSync(join(made, 'lien-ket.html'), page(server.port))
        await office([
          `-env:UserInstallation=${pathToFileURL(join(made, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'doc:MS Word 97',
          '--outdir',
          made,
          join(made, 'lien-ket.html')
        ])
        const word97 = new Uint8Array(readFileSync(join(made, 'lien-ket.doc')))
        expect(isOle2(word97)).toBe(true)
        expect(Buffer.from(word97).includes(`http://127.0.0.1:${server.port}/anh.png`)).toBe(true)
        // The control: LibreOffice as it was run before (a fresh profile, no settings, the network) fetches the picture.
        server.seen.length = 0
        await office([
          `-env:UserInstallation=${pathToFileURL(join(made, 'profile2')).href}`,
          '--headless',
          '--convert-to',
          'docx',
          '--outdir',
          join(made, 'out'),
          join(made, 'lien-ket.doc')
        ])
        expect(server.seen.length).toBeGreaterThan(0)
        server.seen.length = 0
        for (const [name, bytes] of [
          ['word 97', word97],
          ['html', new TextEncoder().encode(page(server.port))],
          ['flat odt', new TextEncoder().encode(flat(server.port))],
          ['odt', odt(server.port)]
        ] as const) {
          const result = await readDoc(bytes, {file: `${name}.doc`})
          if (name === 'word 97') expect(result.messages.map((message) => message.ruleId)).toContain('doc-converted')
          expect(server.seen, name).toEqual([])
        }
        // The settings alone hold where no network namespace can be made.
        const settingsOnly = mkdtempSync(join(dir, 'settings-'))
        mkdirSync(join(settingsOnly, 'profile', 'user'), {recursive: true})
        writeFileSync(join(settingsOnly, 'profile', 'user', 'registrymodifications.xcu'), OFFICE_SETTINGS)
        await office([
          `-env:UserInstallation=${pathToFileURL(join(settingsOnly, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'docx',
          '--outdir',
          join(settingsOnly, 'out'),
          join(made, 'lien-ket.doc')
        ])
        expect(existsSync(join(settingsOnly, 'out', 'lien-ket.docx'))).toBe(true)
        expect(server.seen).toEqual([])
      } finally {
        await server.close()
      }
    },
    180_000
  )
})

describe('an interrupted conversion', () => {
  /** A process converting with a stand-in that never ends; the stand-in's own child's pid, and the temporary folder. */
  async function converting(name: string) {
    const bundle = join(dir, 'doc-node.mjs')
    if (!existsSync(bundle))
      await build({
        entryPoints: [new URL('../src/lib/doc-node.ts', import.meta.url).pathname],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: bundle,
        logLevel: 'silent'
      })
    const temporary = mkdtempSync(join(dir, 'tmp-'))
    const pidFile = join(dir, `${name}.pid`)
    const hangs = script(`${name}.sh`, `sleep 60 &\necho $! > ${pidFile}\nwait`)
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import {convertDoc} from ${JSON.stringify(bundle)}; await convertDoc(new Uint8Array(${JSON.stringify([...OLE2])}), {soffice: ${JSON.stringify(hangs)}}); console.log('finished')`
      ],
      {
        env: {...process.env, TMPDIR: temporary},
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let output = ''
    child.stdout.on('data', (data) => (output += String(data)))
    for (let waited = 0; !existsSync(pidFile) && waited < 40_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50))
    const office = Number(readFileSync(pidFile, 'utf8'))
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    return {child, office, temporary, exited, output: () => output}
  }

  it('Ctrl+C (SIGINT) kills LibreOffice and everything it started, and removes the copy of the document', async () => {
    const run = await converting('sigint')
    expect(alive(run.office)).toBe(true)
    expect(readdirSync(run.temporary).length).toBe(1)
    run.child.kill('SIGINT')
    expect(await run.exited).toBe('SIGINT')
    expect(run.output()).toBe('')
    expect(await ends(run.office)).toBe(true)
    expect(readdirSync(run.temporary)).toEqual([])
  })

  it.runIf(
    process.platform === 'linux' && findProgram('setpriv') !== undefined && findProgram('timeout') !== undefined
  )('a kill that cannot be caught (SIGKILL) still ends LibreOffice at once, not at the timeout', async () => {
    const run = await converting('sigkill')
    run.child.kill('SIGKILL')
    await run.exited
    expect(await ends(run.office)).toBe(true)
  })
})
