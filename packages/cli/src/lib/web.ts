/**
 * `kehoach web`: serve the built web app (packages/web/dist) on 127.0.0.1 with node:http.
 * Only files inside that folder are served, only GET and HEAD, never a listing; a path that
 * climbs out of the folder is refused, and so is a symbolic link (or a path through one)
 * whose real place is outside it; a hidden name (".env", ".git/…"), or a link to one, is not served. The app itself sends nothing anywhere: the CSP below
 * (also in its index.html) allows requests to this origin only.
 */

import {createReadStream, existsSync} from 'node:fs'
import {realpath, stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import {isIP} from 'node:net'
import {createRequire} from 'node:module'
import {extname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

/** The built app beside this CLI: from the bundle (packages/cli/dist) or the sources (packages/cli/src/lib). */
export function builtAppFolder(): string | undefined {
  const here = fileURLToPath(import.meta.url)
  const candidates = [resolve(here, '../../../web/dist'), resolve(here, '../../../../web/dist')]
  return candidates.find((folder) => existsSync(join(folder, 'index.html')))
}

/**
 * True inside the single executable (scripts/build-exe.mjs), which carries the CLI but not the web
 * app: `node:sea` says so (Node 20.12 and later; an older Node has no single executables).
 */
export function isSingleExecutable(): boolean {
  try {
    return (createRequire(import.meta.url)('node:sea') as {isSea(): boolean}).isSea()
  } catch {
    return false
  }
}

/**
 * What `kehoach web` says when it finds no built app at `root`. From a checkout: build it, or open
 * the one file. From the single executable, which has no app and no Node beside it: the one file
 * `kehoach.html` opens in a browser by itself; `beside` (kehoach.html next to the executable) is
 * named when it is there.
 */
export function missingAppMessage(
  root: string | undefined,
  options: Readonly<{singleExecutable: boolean; beside?: string}>
): string {
  const where = root ? ` trong ${root}` : ''
  if (!options.singleExecutable) {
    return `kehoach web: không thấy ứng dụng đã build${where}; chạy pnpm build trước, hoặc mở thẳng tệp packages/web/dist/kehoach.html (cả ứng dụng trong một tệp) bằng trình duyệt.\n`
  }
  const file =
    options.beside && existsSync(options.beside)
      ? `mở tệp ${options.beside} bằng trình duyệt`
      : 'mở tệp kehoach.html (cả ứng dụng trong một tệp, đi kèm bản phát hành) bằng trình duyệt, bằng cách nhấp đúp'
  return `kehoach web: bản chạy một tệp không mang theo ứng dụng web${where}. Không cần Node: ${file}; văn bản vẫn không rời khỏi máy. Hoặc chỉ thư mục ứng dụng đã build bằng --dir <thư mục>.\n`
}

/** Whether a part of a path is a hidden name (".git", ".env"); "." and ".." are dealt with apart. */
const hidden = (part: string): boolean => part.startsWith('.')

/**
 * The file under `root` that a request path names, or a status code: 400 for a path that
 * cannot be decoded or holds a NUL byte, 403 for one that leaves `root`, 404 for a hidden name.
 */
export function resolveRequest(root: string, url: string): string | 400 | 403 | 404 {
  const path = url.split(/[?#]/u)[0] ?? '/'
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return 400
  }
  if (decoded.includes('\0')) return 400
  // Both separators count: on Windows "..\\" climbs as well as "../".
  const parts = decoded.split(/[\\/]+/u).filter((part) => part !== '' && part !== '.')
  if (parts.some((part) => part === '..' || isAbsolute(part) || /^[a-z]:/iu.test(part))) return 403
  // A hidden name (.git, .env) is no file of the app: the built app has none, a folder given with --dir may.
  if (parts.some(hidden)) return 404
  const file = resolve(root, ...parts)
  const inside = relative(root, file)
  if (inside.startsWith('..') || isAbsolute(inside)) return 403
  return file === root || decoded.endsWith('/') ? join(file, 'index.html') : file
}

/**
 * Whether a request's `Host` header names this server as the browser reached it: `localhost`, an
 * IP address, or the host it listens on. A page on another site that points its own name at
 * 127.0.0.1 (DNS rebinding) sends its own name, and gets nothing.
 */
export function hostAllowed(header: string | undefined, listening: string): boolean {
  if (!header) return false
  const name = (header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.replace(/:\d*$/u, ''))
    .toLowerCase()
    .replace(/\.$/u, '')
  return name === 'localhost' || isIP(name) !== 0 || name === listening.toLowerCase()
}

export interface ServeOptions {
  root: string
  port: number
  /** Default 127.0.0.1: the app is for this machine only. */
  host?: string
}

/** Start serving; resolves once listening, with the server and its address. */
export async function serveApp(options: Readonly<ServeOptions>): Promise<{server: Server; url: string}> {
  const root = resolve(options.root)
  const realRoot = await realpath(root).catch(() => root)
  const host = options.host ?? '127.0.0.1'
  const server = createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin'
    }
    const fail = (status: number, text: string) => {
      response.writeHead(status, {...headers, 'Content-Type': 'text/plain; charset=utf-8'})
      response.end(request.method === 'HEAD' ? undefined : text)
    }
    if (!hostAllowed(request.headers.host, host)) return fail(421, 'Tên máy không phải của ứng dụng này.')
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405, 'Chỉ nhận GET và HEAD.')
    const file = resolveRequest(root, request.url ?? '/')
    if (file === 400) return fail(400, 'Đường dẫn không hợp lệ.')
    if (file === 403) return fail(403, 'Không được truy cập ngoài thư mục của ứng dụng.')
    if (file === 404) return fail(404, 'Không có tệp này.')
    let size: number
    let real: string
    try {
      // What is served is the file's real place, and it must be inside the app's real folder.
      real = await realpath(file)
      const inside = relative(realRoot, real)
      if (inside.startsWith('..') || isAbsolute(inside))
        return fail(403, 'Không được truy cập ngoài thư mục của ứng dụng.')
      // A link to a hidden file inside the folder is no more served than the file is.
      if (inside.split(sep).some(hidden)) return fail(404, 'Không có tệp này.')
      const info = await stat(real)
      if (!info.isFile()) return fail(404, 'Không có tệp này.')
      size = info.size
    } catch {
      return fail(404, 'Không có tệp này.')
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    // Hashed assets never change; the page itself is always asked for again.
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
    response.writeHead(200, {...headers, 'Content-Type': type, 'Content-Length': size, 'Cache-Control': cache})
    if (request.method === 'HEAD') return response.end()
    createReadStream(real)
      .on('error', () => response.destroy())
      .pipe(response)
  })
  await new Promise<void>((done, failed) => {
    server.once('error', failed)
    server.listen(options.port, host, () => {
      server.off('error', failed)
      done()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {server, url: `http://${host}:${port}/`}
}

/** Open `url` in the default browser, best effort (nothing happens where there is none). */
export async function openBrowser(url: string): Promise<void> {
  const {spawn} = await import('node:child_process')
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(command as string, args as string[], {stdio: 'ignore', detached: true})
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // No browser to open: the URL is printed anyway.
  }
}
