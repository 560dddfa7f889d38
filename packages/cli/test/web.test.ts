// `kehoach web`'s static server: only the app's folder, only GET and HEAD, no way out of it.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {missingAppMessage, resolveRequest, serveApp} from '../src/lib/web.js'
import {run} from '../src/run.js'

const parent = mkdtempSync(join(tmpdir(), 'kehoach-serve-'))
const root = join(parent, 'app')
mkdirSync(join(root, 'assets'), {recursive: true})
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>')
writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)')
writeFileSync(join(parent, 'secret.txt'), 'not for the browser')

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
    ['/index.html%00.js', 400]
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
    expect((await fetch(`${origin}/`, {method: 'POST', body: 'x'})).status).toBe(405)
    const head = await fetch(`${origin}/`, {method: 'HEAD'})
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
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
