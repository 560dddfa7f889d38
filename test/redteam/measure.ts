// Running the built CLI as a user does, in a child process, and measuring what it cost:
// CPU seconds (user + system, from /usr/bin/time, so a loaded machine does not count against
// it), peak resident memory, the exit code, and what it printed.
import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..')
export const CLI = join(ROOT, 'packages', 'cli', 'bin', 'kehoach.js')

/** The limits of issue 27: an input of at most 1 MB ends in at most 2 CPU s and 300 MB. */
export const LIMITS = {cpuSeconds: 2, peakMb: 300, inputBytes: 1024 * 1024}

/**
 * CPU seconds after which the child is killed (prlimit): well past the limit, so the table
 * says how far it went, but short enough that a run of every attack ends. REDTEAM_CPU_CAP
 * changes it.
 */
export const CPU_CAP = Number(process.env.REDTEAM_CPU_CAP ?? 8)

export interface Run {
  args: string[]
  cpu: number
  peakMb: number
  /** Exit code, or null when the child died by a signal (the CPU cap, or the wall backstop). */
  exit: number | null
  signal: string | null
  stdout: string
  stderr: string
  wallSeconds: number
}

export interface RunOptions {
  cwd?: string
  env?: Record<string, string>
  stdin?: string
  cpuCap?: number
  /** Wall-clock backstop in seconds; the process group is killed after it. */
  wallSeconds?: number
  /** Called with the child's stdout as it arrives (for `web`, to find its address). */
  onStdout?: (chunk: string, stop: () => void) => void
}

export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `redteam-${name}-`))
}

export function runCli(args: string[], options: RunOptions = {}): Promise<Run> {
  const dir = scratch('stat')
  const statFile = join(dir, 'time')
  const cap = options.cpuCap ?? CPU_CAP
  const started = Date.now()
  return new Promise((done, fail) => {
    const child = spawn(
      '/usr/bin/time',
      ['-f', '%U %S %M %x', '-o', statFile, 'prlimit', `--cpu=${cap}`, process.execPath, CLI, ...args],
      {
        cwd: options.cwd ?? ROOT,
        // No colours, no TTY; a heap cap keeps a runaway attack from taking the shared machine.
        env: {
          ...process.env,
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          NODE_OPTIONS: '--max-old-space-size=2048',
          ...options.env
        },
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true
      }
    )
    let stdout = ''
    let stderr = ''
    const stop = () => {
      try {
        process.kill(-(child.pid as number), 'SIGTERM')
      } catch {}
    }
    const backstop = setTimeout(
      () => {
        try {
          process.kill(-(child.pid as number), 'SIGKILL')
        } catch {}
      },
      (options.wallSeconds ?? 150) * 1000
    )
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      options.onStdout?.(chunk, stop)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdin.on('error', () => {})
    child.stdin.end(options.stdin ?? '')
    child.on('error', fail)
    child.on('close', (code, signal) => {
      clearTimeout(backstop)
      let cpu = Number.NaN
      let peakMb = Number.NaN
      let exit: number | null = code
      let killed: string | null = signal
      if (existsSync(statFile)) {
        const lines = readFileSync(statFile, 'utf8').trim().split('\n')
        const terminated = lines.find((line) => line.startsWith('Command terminated by signal'))
        if (terminated) {
          killed = `signal ${terminated.split(' ').at(-1)}`
          exit = null
        } else if (lines.some((line) => line.startsWith('Command exited with non-zero status'))) {
          exit = code
        }
        const [user, system, rssKb] = (lines.at(-1) ?? '').split(' ').map(Number)
        cpu = (user ?? Number.NaN) + (system ?? Number.NaN)
        peakMb = (rssKb ?? Number.NaN) / 1024
      }
      rmSync(dir, {recursive: true, force: true})
      done({args, cpu, peakMb, exit, signal: killed, stdout, stderr, wallSeconds: (Date.now() - started) / 1000})
    })
  })
}

/** SHA-256 of every file under `dir` (recursively), keyed by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, {withFileTypes: true})) {
      const path = join(at, entry.name)
      const name = prefix + entry.name
      if (entry.isDirectory()) walk(path, `${name}/`)
      else if (entry.isFile()) out[name] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(dir, '')
  return out
}
