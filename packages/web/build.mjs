// Builds the web app into packages/web/dist (run by the root scripts/build.mjs).
import {fileURLToPath} from 'node:url'
import {build} from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
await build({root, configFile: fileURLToPath(new URL('vite.config.ts', import.meta.url)), logLevel: 'warn'})
