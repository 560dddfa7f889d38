// The command line in-process: `run` with its output gathered, for the CLI tests.
import {run} from '@kehoach/cli'

export async function cli(...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: (chunk: string) => (stderr += chunk)}})
  return {code, stdout, stderr}
}
