// Node-only readers of @kehoach/files (they run programs): Word 97 through LibreOffice.
export type {Converted, DocOptions} from './lib/doc-node.js'
export {readDoc} from './lib/doc-node.js'
