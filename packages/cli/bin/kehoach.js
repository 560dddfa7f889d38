#!/usr/bin/env node
// Launcher: Node's own compile cache first (module.enableCompileCache, Node 22.1 and later; its folder
// is NODE_COMPILE_CACHE or one in the system's temporary folder), then the program: the bundle that
// `pnpm build` writes to ../dist, loaded as load.js says, which also says what a `check` worker
// thread started from this file runs.
import module from 'node:module'

module.enableCompileCache?.()
const {main} = await import('./load.js')
await main()
