// A diagnostic's url is an absolute address of its rule's row in docs/rules.md.
import {describe, expect, it} from 'vitest'
import {RULES, diagnostic, severityOf, type RuleId} from '@kehoach/model'

describe('diagnostic urls', () => {
  it.each(Object.keys(RULES) as RuleId[])('%s has an absolute url ending in its anchor', (ruleId) => {
    const url = new URL(diagnostic(ruleId).url as string)
    expect(url.protocol).toBe('https:')
    expect(url.pathname.endsWith('/docs/rules.md')).toBe(true)
    expect(url.hash).toBe(`#${ruleId}`)
  })
  it('severityOf reads fatal alone, so a coverage finding is read the same way', () => {
    expect(severityOf({fatal: true})).toBe('error')
    expect(severityOf({fatal: false})).toBe('warning')
    expect(severityOf({})).toBe('info')
  })
})
