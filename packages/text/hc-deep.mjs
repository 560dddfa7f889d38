import {fromMarkdown} from './dist/index.js'
const text = `---\nissuer: A\n---\n\n${Array.from({length: 3000}, (_, i) => `${'  '.repeat(i)}- mục ${i}`).join('\n')}`
const c = process.cpuUsage(); const r = fromMarkdown(text); const u = process.cpuUsage(c)
console.log('cpu', Math.round((u.user + u.system) / 1000), r.messages.map(m => m.ruleId).join())
