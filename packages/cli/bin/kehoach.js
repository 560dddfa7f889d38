#!/usr/bin/env node
// Launcher: the real program is the bundle that `pnpm build` writes to ../dist.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const bundle = new URL('../dist/kehoach.js', import.meta.url)
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('kehoach: chưa build CLI (không thấy dist/kehoach.js); chạy `pnpm build` trong thư mục kho mã.\n')
  process.exit(2)
}
const {run} = await import(bundle.href)
process.exitCode = await run(process.argv.slice(2))
