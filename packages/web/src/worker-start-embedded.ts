/**
 * How the single file (kehoach.html) starts the engine's worker: the engine's code is in the page
 * as text (`<script type="text/plain" id="kehoach-engine">`, never run there by itself) and the
 * worker is started from a Blob URL of it. A classic worker: Chromium refuses a module worker
 * from `blob:null`, the address a Blob gets in a page opened from disk. The page's CSP allows
 * `worker-src blob:`, and the worker, made from a Blob, is under that CSP too (no request can
 * leave it).
 *
 * Where the browser refuses the worker anyway, the page runs the same text as a script of its
 * own (its SHA-256 is in the CSP), and the engine is in the page as before: nothing stops it.
 */
import type {Operations} from './engine.js'
import {ENGINE_KEY} from './engine-key.js'

/** The id of the element that holds the engine's code. */
const SOURCE = 'kehoach-engine'

function source(): string {
  const text = document.getElementById(SOURCE)?.textContent
  if (!text) throw new Error(`không thấy mã của bộ đọc tệp (#${SOURCE}) trong trang`)
  return text
}

/** One Blob URL for every worker the page starts (a stuck one is replaced by another of the same code). */
let url: string | undefined

export function startWorker(): Worker {
  url ??= URL.createObjectURL(new Blob([source()], {type: 'text/javascript'}))
  return new Worker(url, {name: 'kehoach'})
}

/** Run the engine's code in the page (once) and return its operations. */
export function engineInPage(): Operations {
  const global = globalThis as Record<symbol, Operations | undefined>
  if (!global[ENGINE_KEY]) {
    const script = document.createElement('script')
    script.textContent = source()
    // An inline script runs as it is inserted, if the CSP allows its hash.
    document.head.append(script)
    script.remove()
  }
  const operations = global[ENGINE_KEY]
  if (!operations) throw new Error('trình duyệt không cho chạy bộ đọc tệp trong trang')
  return operations
}
