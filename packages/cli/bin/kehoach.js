#!/usr/bin/env node
// Launcher: the real program is the bundle that `pnpm build` writes to ../dist (see load.js).
// Started as a worker thread by `kehoach check` on a large batch, it checks its share.
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {loadBundle} from './load.js'

const loaded = loadBundle()
if (!loaded) {
  process.stderr.write('kehoach: chưa build CLI (không thấy dist/kehoach.cjs); chạy `pnpm build` trong thư mục kho mã.\n')
  process.exit(2)
}
if (!isMainThread && workerData?.kehoachCheck) {
  await loaded.exports.workerMain(workerData.kehoachCheck, (result) => parentPort?.postMessage(result))
} else {
  process.exitCode = await loaded.exports.run(process.argv.slice(2))
}
