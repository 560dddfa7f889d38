// pdf.js's worker code, imported for its effect: it sets globalThis.pdfjsWorker, which pdf.js then runs in this thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs'
