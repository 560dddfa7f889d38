// The command line for the CLI tests: in-process (`run` with its output gathered), or, when
// KEHOACH_EXE names a single executable (dist/exe/kehoach-linux-x64; .ci/run sets it), that
// executable as a child process, so the same assertions test what `pnpm build:exe` made.
import {spawnSync} from 'node:child_process'
import {run} from '@kehoach/cli'

const executable = process.env.KEHOACH_EXE

export async function cli(...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  if (executable) {
    const result = spawnSync(executable, argv, {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      timeout: 300_000,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    if (result.error) throw result.error
    return {code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr}
  }
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)}
  })
  return {code, stdout, stderr}
}
