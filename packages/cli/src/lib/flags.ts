/**
 * How to do on the command line what a rule's message asks. The catalog's messages are read in
 * the web app, spreadsheets and Word files too, so they name no flag ("Chọn Đề án …"); a line the
 * CLI prints on its own standard error adds the flag that does it.
 */

import type {Diagnostic, RuleId} from '@kehoach/model'

const FLAGS: Partial<Record<RuleId, string>> = {
  'unknown-scheme': 'dòng lệnh: --scheme <số Đề án> hoặc --scheme-file <tệp Đề án>',
  'input-too-large': 'nếu đúng là kế hoạch, nâng giới hạn bằng --max-size <số byte>',
  'yaml-too-large': 'nếu đúng là kế hoạch, nâng giới hạn bằng --max-size <số byte>',
  'input-format': 'hoặc nói định dạng bằng --from yaml|json|text|md|news',
  'output-exists': 'ghi đè bằng --force',
  'output-collision': 'dòng lệnh: -o <tệp ra> cho từng tệp',
  'output-terminal': 'dòng lệnh: -o ke-hoach.docx, hoặc > ke-hoach.docx'
}

/** `message` with the flag that does what it asks added to its reason, for the terminal; itself when there is none. */
export function withFlag(message: Diagnostic): Diagnostic {
  const flag = FLAGS[message.ruleId]
  return flag ? {...message, reason: `${message.reason.replace(/\.$/u, '')} (${flag}).`} : message
}
