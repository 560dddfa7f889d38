// `kehoach web`'s static server: only the app's folder, only GET and HEAD, no way out of it.
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {request as httpRequest} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {hostAllowed, missingAppMessage, resolveRequest, serveApp} from '../src/lib/web.js'
import {run} from '../src/run.js'

const parent = mkdtempSync(join(tmpdir(), 'kehoach-serve-'))
const root = join(parent, 'app')
mkdirSync(join(root, 'assets'), {recursive: true})
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>')
writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)')
writeFileSync(join(parent, 'secret.txt'), 'not for the browser')
// Hidden files a folder given with --dir may hold (a blind tester, issue 27): none is served.
mkdirSync(join(root, '.git'))
writeFileSync(join(root, '.git', 'config'), 'not for the browser')
writeFileSync(join(root, '.env'), 'not for the browser')
symlinkSync(join(root, '.env'), join(root, 'env.txt'))

describe('resolveRequest', () => {
  const cases: Array<[string, string | number]> = [
    ['/', join(root, 'index.html')],
    ['/index.html?x=1', join(root, 'index.html')],
    ['/assets/main.js', join(root, 'assets', 'main.js')],
    ['/assets/', join(root, 'assets', 'index.html')],
    ['/../secret.txt', 403],
    ['/..%2fsecret.txt', 403],
    ['/%2e%2e/secret.txt', 403],
    ['/assets/..%5c..%5csecret.txt', 403],
    ['/assets/../../secret.txt', 403],
    ['/%E0%A4%A', 400],
    ['/index.html%00.js', 400],
    ['/.env', 404],
    ['/%2eenv', 404],
    ['/.git/config', 404],
    ['/assets/.hidden/main.js', 404]
  ]
  it.each(cases)('%s → %s', (url, want) => {
    expect(resolveRequest(root, url)).toBe(want)
  })
})

describe('serveApp', () => {
  let origin = ''
  let close: () => void = () => undefined
  beforeAll(async () => {
    const {server, url} = await serveApp({root, port: 0})
    origin = url.replace(/\/$/u, '')
    close = () => server.close()
  })
  afterAll(() => close())

  it('listens on 127.0.0.1 and serves the app with its CSP', async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u)
    const response = await fetch(`${origin}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await response.text()).toContain('<title>app</title>')
    expect((await fetch(`${origin}/assets/main.js`)).headers.get('content-type')).toContain('text/javascript')
  })

  it('refuses what is not a file of the app', async () => {
    expect((await fetch(`${origin}/..%2fsecret.txt`)).status).toBe(403)
    expect((await fetch(`${origin}/nothing.js`)).status).toBe(404)
    expect((await fetch(`${origin}/assets`)).status).toBe(404)
    for (const hidden of ['/.env', '/.git/config', '/env.txt']) {
      const response = await fetch(`${origin}${hidden}`)
      expect(response.status, hidden).toBe(404)
      expect(await response.text(), hidden).not.toContain('not for the browser')
    }
    expect((await fetch(`${origin}/`, {method: 'POST', body: 'x'})).status).toBe(405)
    const head = await fetch(`${origin}/`, {method: 'HEAD'})
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

// A blind tester (issue 27): the app answered any Host header, so a page whose own name was made
// to point at 127.0.0.1 (DNS rebinding) could read it.
describe('the Host header', () => {
  it('is this machine, an address or the host listened on', () => {
    for (const host of ['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST', '[::1]:8080', '192.168.1.5', 'localhost.'])
      expect(hostAllowed(host, '127.0.0.1'), host).toBe(true)
    expect(hostAllowed('may-chu.lan:80', 'may-chu.lan')).toBe(true)
    for (const host of [undefined, '', 'attacker.example:8080', 'localhost.attacker.example', '127.0.0.1.nip.io'])
      expect(hostAllowed(host, '127.0.0.1'), String(host)).toBe(false)
  })

  it('of another name gets 421 and no file', async () => {
    const {server, url} = await serveApp({root, port: 0})
    try {
      const {port} = new URL(url)
      const answer = await new Promise<{status: number; body: string}>((done, failed) => {
        const request = httpRequest(
          {host: '127.0.0.1', port, path: '/', headers: {Host: `attacker.example:${port}`}},
          (response) => {
            let body = ''
            response.on('data', (chunk) => (body += chunk))
            response.on('end', () => done({status: response.statusCode ?? 0, body}))
          }
        )
        request.on('error', failed)
        request.end()
      })
      expect(answer.status).toBe(421)
      expect(answer.body).not.toContain('<title>app</title>')
    } finally {
      server.close()
    }
  })
})

describe('kehoach web', () => {
  const io = () => {
    const out = {stdout: '', stderr: ''}
    return {
      out,
      io: {
        stdout: {write: (chunk: string) => (out.stdout += chunk)},
        stderr: {write: (chunk: string) => (out.stderr += chunk)}
      }
    }
  }
  it('says what to do when the app is not built there', async () => {
    const {out, io: streams} = io()
    expect(await run(['web', '--no-open', '--dir', join(parent, 'missing')], streams)).toBe(1)
    expect(out.stderr).toContain('pnpm build')
  })
  it('in the single executable, says how to get the app without Node: the one file kehoach.html', () => {
    const message = missingAppMessage(undefined, {singleExecutable: true, beside: join(parent, 'none.html')})
    expect(message).toContain('kehoach.html')
    expect(message).not.toMatch(/pnpm/u)
    const beside = join(parent, 'kehoach.html')
    writeFileSync(beside, '<!doctype html><title>app</title>')
    expect(missingAppMessage(undefined, {singleExecutable: true, beside})).toContain(`mở tệp ${beside}`)
    expect(missingAppMessage(join(parent, 'missing'), {singleExecutable: false})).toMatch(/pnpm build.*kehoach\.html/u)
  })
  it('refuses a port that is not one', async () => {
    const {out, io: streams} = io()
    expect(await run(['web', '--port', 'abc'], streams)).toBe(2)
    expect(out.stderr).toContain('--port')
  })
})
