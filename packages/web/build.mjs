// Builds the web app (run by the root scripts/build.mjs):
// - dist/: index.html with a strict CSP, the page's code, the worker, the DOCX writers on demand;
// - dist/kehoach.html: the same app as one self-contained file that opens from disk by
//   double-click (ES modules and workers do not load from file://): the engine runs in the
//   page, script and style are inline and allowed by their sha256 in the CSP, nothing else.
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
try {
  await build({
    root,
    configFile,
    logLevel: 'error',
    resolve: {
      alias: [
        {find: /^\.\/client\.js$/u, replacement: join(root, 'src/client-inline.ts')},
        {find: /^(?:@napi-rs\/canvas|tesseract\.js)$/u, replacement: join(root, 'src/not-in-browser.ts')}
      ]
    },
    build: {outDir: single, emptyOutDir: true, rolldownOptions: {output: {codeSplitting: false}}}
  })
  const assets = join(single, 'assets')
  const files = readdirSync(assets)
  const scripts = files.filter((name) => name.endsWith('.js'))
  const styles = files.filter((name) => name.endsWith('.css'))
  if (scripts.length !== 1 || styles.length !== 1)
    throw new Error(`single-file build: expected one script and one style, got ${files.join(', ')}`)
  // "<!--" and "</script" appear only inside string, template and regex literals of the bundle
  // (the XML and Markdown readers look for them); \x3C means "<" in all three, so the HTML parser
  // never sees them and the code stays the same.
  const script = readFileSync(join(assets, scripts[0]), 'utf8').replace(/<(?=!--|\/script)/giu, '\\x3C')
  const style = readFileSync(join(assets, styles[0]), 'utf8')
  if (/<\/style/iu.test(style)) throw new Error('single-file build: the style holds a closing tag')
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  const csp = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'`
  const page = readFileSync(join(single, 'index.html'), 'utf8')
    .replace(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/u,
      () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`
    )
    .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/u, '')
    .replace(/\s*<link rel="stylesheet" crossorigin href="[^"]+">/u, '')
    // Functions as replacements: the code holds "$&" and the like, which a replacement string would expand.
    .replace('</head>', () => `  <style>${style}</style>\n  </head>`)
    .replace('</body>', () => `  <script type="module">${script}</script>\n  </body>`)
  if (/\ssrc="|\shref="/u.test(page)) throw new Error('single-file build: a reference to another file is left')
  writeFileSync(join(root, 'dist', 'kehoach.html'), page)
} finally {
  rmSync(single, {recursive: true, force: true})
}
