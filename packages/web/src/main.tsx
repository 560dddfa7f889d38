import {render} from 'preact'
import {App} from './app.js'
import {addFavicon} from './favicon.js'
import './style.css'

addFavicon(document)
render(<App />, document.getElementById('app')!)
