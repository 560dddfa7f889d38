// @kehoach/docx: Word files laid out as Nghị định 30/2020/NĐ-CP requires: a plan, a coverage
// annex, a review matrix, and a redline of two plans with tracked changes.
// Each name exported here is a promise to users (README, API section); the rest is internal.
export type {RenderOptions} from './lib/plan.js'
export {planDocument, planToDocx} from './lib/plan.js'
export type {ReportDocxOptions} from './lib/report.js'
export {coverageToDocx, matrixToDocx} from './lib/report.js'
export type {RedlineOptions} from './lib/redline.js'
export {redlineToDocx} from './lib/redline.js'
