import {parseText} from '@kehoach/text'
const HEAD = 'KẾ HOẠCH\nThực hiện Đề án\nII. NHIỆM VỤ\n1. Tổ chức\n'
const line = '- '.repeat(Number(process.argv[2]))
try { parseText(`${HEAD}- Cơ quan chủ trì: ${line}\n`); console.log('ok lead') } catch (e) { console.log(e.stack.split('\n').slice(0, 6).join('\n')) }
try { parseText(`${HEAD}- Thời gian: ${line}\n`); console.log('ok time') } catch (e) { console.log(e.stack.split('\n').slice(0, 6).join('\n')) }
