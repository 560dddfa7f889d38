// A worker thread of `kehoach check` for large batches (see lib/check.ts).
import {parentPort, workerData} from 'node:worker_threads'
import {workerMain} from './lib/check.js'

await workerMain(workerData, (result) => parentPort?.postMessage(result))
