// Vite builds the app into dist/: index.html with a strict CSP, the page's code, the worker's
// code and the DOCX writers (loaded only when a DOCX is asked for). Nothing from a CDN.
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vite'

export default defineConfig({
  base: './',
  // 'worker' before 'browser': the readers run in a Web Worker, where packages' DOM builds
  // (decode-named-character-reference's uses document.createElement) cannot run.
  resolve: {
    conditions: ['source', 'worker', 'browser', 'module', 'import', 'default'],
    // The PDF reader's OCR runs in Node only (a native canvas, tesseract's model from node_modules).
    alias: [
      {
        find: /^(?:@napi-rs\/canvas|tesseract\.js)$/u,
        replacement: fileURLToPath(new URL('src/not-in-browser.ts', import.meta.url))
      }
    ]
  },
  oxc: {jsx: {runtime: 'automatic', importSource: 'preact'}},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    modulePreload: {polyfill: false},
    chunkSizeWarningLimit: 2000
  },
  worker: {format: 'es'}
})
