/**
 * How the page starts the engine's worker, in the served app: the worker's own script from
 * `assets/`. The single file (kehoach.html) replaces this module with worker-start-embedded.ts.
 */
import type {Operations} from './engine.js'

export function startWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {type: 'module'})
}

/**
 * The engine run in the page, for a browser that refuses the worker: none in the served app (its
 * worker is a script of the same site, which every browser that runs the app starts).
 */
export const engineInPage: (() => Operations) | undefined = undefined
