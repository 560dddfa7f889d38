/**
 * Loading the heavy engines (pdf.js, tesseract.js, a canvas) when a file needs them.
 *
 * Each call site keeps its literal `import('…')`, so bundlers (Vite for the web app) see and
 * bundle it. The CLI runs as one CommonJS bundle compiled by `node:vm` with a code cache, where
 * a dynamic import() has no loader to go to; its launcher (packages/cli/bin/load.js) puts one
 * here under a global symbol, and then it is used instead.
 */

const LOADER = Symbol.for('kehoach.import')

/** `fallback()` (the literal import), or the launcher's loader for the same specifier when there is one. */
export function importModule<T>(specifier: string, fallback: () => Promise<T>): Promise<T> {
  const loader = (globalThis as Record<symbol, unknown>)[LOADER]
  return typeof loader === 'function' ? (loader as (specifier: string) => Promise<T>)(specifier) : fallback()
}
