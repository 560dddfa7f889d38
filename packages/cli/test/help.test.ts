// Issue 29: what a user reads first. The main help keeps each command apart from its summary, and
// each command's help names every option the command accepts (an option nobody can find is not there).
import {describe, expect, it} from 'vitest'
import type {Command} from '../src/command.js'
import {check} from '../src/commands/check.js'
import {diff} from '../src/commands/diff.js'
import {init} from '../src/commands/init.js'
import {parse} from '../src/commands/parse.js'
import {render} from '../src/commands/render.js'
import {review} from '../src/commands/review.js'
import {schemes} from '../src/commands/schemes.js'
import {validate} from '../src/commands/validate.js'
import {web} from '../src/commands/web.js'
import {cli} from './run-cli.js'

const COMMANDS: readonly Command[] = [parse, validate, check, review, schemes, render, diff, init, web]

describe('help', () => {
  it('the main help puts two spaces or more between a command and its summary', async () => {
    const {stdout} = await cli('--help')
    for (const command of COMMANDS) {
      const left = `${command.name} ${command.synopsis}`.trimEnd()
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
      expect(stdout, command.name).toMatch(new RegExp(`^  ${escape(left)} {2,}${escape(command.summary)}$`, 'mu'))
    }
  })

  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    '%s --help names every option it accepts',
    (_, command) => {
      for (const [name, option] of Object.entries(command.options)) {
        if (name === 'help') continue
        expect(command.help, `--${name}`).toMatch(new RegExp(`--${name}\\b`, 'u'))
        if (option.short)
          expect(command.help, `-${option.short}`).toMatch(new RegExp(`(?:^|\\s)-${option.short}\\b`, 'mu'))
      }
    }
  )
})
