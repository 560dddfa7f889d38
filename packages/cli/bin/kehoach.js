#!/usr/bin/env node
// Launcher: the program is the bundle that `pnpm build` writes to ../dist; how it is loaded, and
// what a `check` worker thread started from this file runs, is in load.js.
import {main} from './load.js'

await main()
