// Builds the web app (run by the root scripts/build.mjs):
// - dist/: index.html with a strict CSP, the page's code, the worker, the DOCX writers on demand;
// - dist/kehoach.html: the same app as one self-contained file that opens from disk by
//   double-click (ES modules and worker scripts do not load from file://): the page's script
//   and style inline, the engine's code as text that the page starts as a worker from a Blob
//   URL (or runs itself where the browser refuses the worker), all allowed by their sha256 in
//   the CSP, nothing else.
import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const configFile = join(root, 'vite.config.ts')
// Quiet: Vite warns that the Node-only branches of the libraries (node:zlib, node:module; never
// taken in a browser) are left out, and reports plugin timings; errors still stop the build.
await build({root, configFile, logLevel: 'error'})

const single = mkdtempSync(join(tmpdir(), 'kehoach-web-single-'))
const ocrAlias = {find: /^(?:@napi-rs\/canvas|tesseract\.js)$/u, replacement: join(root, 'src/not-in-browser.ts')}
try {
  // The page: the app without the engine, whose worker it starts from the engine's code in the page.
  await build({
    root,
    configFile,
    logLevel: 'error',
    resolve: {
      alias: [{find: /^\.\/worker-start\.js$/u, replacement: join(root, 'src/worker-start-embedded.ts')}, ocrAlias]
    },
    build: {outDir: join(single, 'page'), emptyOutDir: true, rolldownOptions: {output: {codeSplitting: false}}}
  })
  // The engine: the worker's code as one classic script (Chromium starts no module worker from
  // the blob:null address of a page opened from disk), everything loaded on demand inlined.
  // import.meta is used only on Node's paths (createRequire), never taken here.
  await build({
    root,
    configFile,
    logLevel: 'error',
    resolve: {alias: [ocrAlias]},
    build: {
      outDir: join(single, 'engine'),
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: join(root, 'src/worker.ts'),
        output: {format: 'iife', codeSplitting: false, entryFileNames: 'engine.js'}
      }
    }
  })
  const assets = join(single, 'page', 'assets')
  const files = readdirSync(assets)
  const scripts = files.filter((name) => name.endsWith('.js'))
  const styles = files.filter((name) => name.endsWith('.css'))
  if (scripts.length !== 1 || styles.length !== 1)
    throw new Error(`single-file build: expected one script and one style, got ${files.join(', ')}`)
  // "<!--" and "</script" appear only inside string, template and regex literals of the bundles
  // (the XML and Markdown readers look for them); \x3C means "<" in all three, so the HTML parser
  // never sees them and the code stays the same. A NUL or CR would be changed by the HTML parser,
  // and the text no longer match its hash.
  const inline = (file) => {
    const text = readFileSync(file, 'utf8').replace(/<(?=!--|\/script)/giu, '\\x3C')
    if (/[\0\r]/u.test(text)) throw new Error(`single-file build: ${file} holds a NUL or a CR`)
    return text
  }
  const script = inline(join(assets, scripts[0]))
  const engine = inline(join(single, 'engine', 'engine.js'))
  const style = readFileSync(join(assets, styles[0]), 'utf8')
  if (/<\/style/iu.test(style)) throw new Error('single-file build: the style holds a closing tag')
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  // The engine's hash: the page runs it itself where the browser refuses the worker. worker-src
  // blob: for the worker made from it, which is under this CSP too.
  const csp = `default-src 'none'; script-src ${hash(script)} ${hash(engine)}; style-src ${hash(style)}; worker-src blob:; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'`
  const page = readFileSync(join(single, 'page', 'index.html'), 'utf8')
    .replace(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/u,
      () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`
    )
    .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/u, '')
    .replace(/\s*<link rel="stylesheet" crossorigin href="[^"]+">/u, '')
    // Functions as replacements: the code holds "$&" and the like, which a replacement string would expand.
    .replace('</head>', () => `  <style>${style}</style>\n  </head>`)
    .replace(
      '</body>',
      () =>
        `  <script type="text/plain" id="kehoach-engine">${engine}</script>\n  <script type="module">${script}</script>\n  </body>`
    )
  if (/\ssrc="|\shref="/u.test(page)) throw new Error('single-file build: a reference to another file is left')
  writeFileSync(join(root, 'dist', 'kehoach.html'), page)
} finally {
  rmSync(single, {recursive: true, force: true})
}
