// Each name here is a promise (the README's API section documents it, or a sibling package needs it).
export type {TextOptions} from './text.js'
export {parseText} from './text.js'
export {fromMarkdown} from './markdown/from-markdown.js'
export {toMarkdown} from './markdown/to-markdown.js'
