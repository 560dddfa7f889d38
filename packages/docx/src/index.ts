export type {RenderOptions} from './lib/plan.js'
export {issuerLines, planDocument, planToDocx} from './lib/plan.js'
export {BODY, FONT, LANGUAGE, PAGE, SIZE, TEXT_WIDTH, mm, pt} from './lib/layout.js'
export {reportDocument, reportToDocx} from './lib/report.js'
