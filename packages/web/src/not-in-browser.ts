// Stands in for Node-only modules that @kehoach/files loads for OCR (@napi-rs/canvas, a native
// module, and tesseract.js with its model read from node_modules). The app reads PDFs without
// OCR, so this never loads; if it ever does, the import fails with a clear reason.
throw new Error('OCR is not part of the web app: a scanned PDF has no text to read here.')
