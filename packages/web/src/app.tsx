/**
 * The shell of the app: the five screens (Mở, Kiểm tra, Rà soát nhiều, So sánh, Soạn thảo),
 * the opened documents they share, the scheme choice, and the work kept across a reload.
 */
import {useEffect, useRef, useState} from 'preact/hooks'
import {call, cancel, EngineStopped, onEngineNotice} from './client.js'
import type {OpenedFile, SchemeBrief, SchemeChoice} from './engine.js'
import {clearSaved, loadSaved, save, type SavedDraft, type SavedFile} from './state.js'
import {OpenScreen} from './open-view.js'
import {CheckScreen} from './check-view.js'
import {ReviewScreen} from './review-view.js'
import {CompareScreen} from './compare-view.js'
import {DraftScreen} from './draft-view.js'

export interface Doc extends OpenedFile {
  key: string
  /** The SHA-256 of the file's bytes: the same file (name and bytes) opened again is the same document. */
  digest?: string
  /** A text file whose reading was slow, failed or stopped: kept, and read again only on “Đọc lại”. */
  held?: SavedFile
}

/**
 * The text formats a stopped file is kept in, by extension (as @kehoach/files's planFormatOf
 * names them; that module is not loaded in the page). Other files are not kept: open them again.
 */
const KEPT_FORMATS: Readonly<Record<string, SavedFile['format']>> = {'.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.txt': 'text', '.md': 'md'}

function keptFormat(name: string): SavedFile['format'] | undefined {
  return KEPT_FORMATS[/\.[^./\\]+$/u.exec(name.toLowerCase())?.[0] ?? '']
}

/** A file's identity: the SHA-256 of its bytes; none where the page has no Web Crypto. */
async function digestOf(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Each file once: a file opened again (the same name and bytes, on Mở and then among a review's
 * files, or twice in one choice) replaces the copy read before, so a review counts and lists it
 * once. A copy under another name stays a file of its own, as the list names it.
 */
export function onceEach(docs: readonly Doc[]): Doc[] {
  const identity = (doc: Doc) => (doc.digest ? `${doc.name}\u0000${doc.digest}` : undefined)
  const last = new Map<string, string>()
  for (const doc of docs) {
    const id = identity(doc)
    if (id) last.set(id, doc.key)
  }
  return docs.filter((doc) => {
    const id = identity(doc)
    return !id || last.get(id) === doc.key
  })
}

/** A file read slower than this is not read again by itself after a reload. */
const SLOW_MS = 5000

/** A file that could not be read because the engine stopped or failed: its name and why, in Vietnamese. */
function unread(name: string, error: unknown, held?: SavedFile): Doc {
  const why = error instanceof EngineStopped ? error.message : `Lỗi khi đọc: ${error instanceof Error ? error.message : String(error)}`
  return {name, format: held?.format ?? null, status: 'failed', reason: `Không đọc được tệp “${name}”. ${why}`, messages: [], key: keyOf(), ...(held ? {held} : {})}
}

/** A saved file that waits for “Đọc lại”, as the list shows it. */
function waitingDoc(file: SavedFile): Doc {
  return {
    name: file.name,
    format: file.format,
    status: 'failed',
    reason: `Lần trước tệp “${file.name}” đọc quá lâu hoặc không đọc xong, nên chưa được đọc lại khi tải trang. Bấm “Đọc lại” để đọc.`,
    messages: [],
    key: keyOf(),
    held: {...file, held: true}
  }
}

export type Tab = 'open' | 'check' | 'review' | 'compare' | 'draft'

const TABS: Array<{id: Tab; name: string}> = [
  {id: 'open', name: 'Mở'},
  {id: 'check', name: 'Kiểm tra'},
  {id: 'review', name: 'Rà soát nhiều'},
  {id: 'compare', name: 'So sánh'},
  {id: 'draft', name: 'Soạn thảo'}
]

let keys = 0
const keyOf = () => `d${++keys}`

export function App() {
  const [tab, setTab] = useState<Tab>('open')
  const [docs, setDocs] = useState<Doc[]>([])
  const [selected, setSelected] = useState<string | null>(null)
  const [choice, setChoice] = useState<SchemeChoice>({kind: 'auto'})
  const [schemes, setSchemes] = useState<SchemeBrief[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  const [draft, setDraft] = useState<SavedDraft | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const restored = useRef(false)

  useEffect(() => {
    onEngineNotice(setNotice)
    call('schemeList').then(setSchemes, () => setNotice('Không tải được danh sách Đề án; hãy tải lại trang.'))
    const saved = loadSaved()
    if (!saved) {
      restored.current = true
      return
    }
    setChoice(saved.scheme)
    setDraft(saved.draft)
    void (async () => {
      const restoredDocs: Doc[] = []
      for (const file of saved.files) restoredDocs.push(file.held ? waitingDoc(file) : await readText(file, saved.scheme))
      setDocs(restoredDocs)
      setSelected(restoredDocs[0]?.key ?? null)
      restored.current = true
    })()
  }, [])

  /** Read a kept text file; a slow or failed one is held for “Đọc lại”. */
  async function readText(file: SavedFile, scheme: SchemeChoice): Promise<Doc> {
    const started = performance.now()
    try {
      const doc = await call('openText', file.name, file.text, file.format, scheme)
      const slow = performance.now() - started > SLOW_MS
      return {...doc, key: keyOf(), ...(slow ? {held: {name: file.name, format: file.format, text: file.text, held: true}} : {})}
    } catch (error) {
      return unread(file.name, error, {name: file.name, format: file.format, text: file.text, held: true})
    }
  }

  async function retry(key: string) {
    const doc = docs.find((each) => each.key === key)
    if (!doc?.held) return
    setBusy(`Đang đọc lại “${doc.name}”…`)
    try {
      const again = await readText({...doc.held, held: false}, choice)
      setDocs((current) => current.map((each) => (each.key === key ? again : each)))
      setSelected(again.key)
    } finally {
      setBusy(null)
    }
  }

  useEffect(() => {
    if (!restored.current) return
    const files = docs.flatMap((doc): SavedFile[] =>
      doc.held
        ? [{...doc.held, held: true}]
        : doc.text !== undefined && doc.format !== null && doc.format !== 'docx' && doc.format !== 'pdf'
          ? [{name: doc.name, format: doc.format, text: doc.text}]
          : []
    )
    if (!save({files, scheme: choice, draft})) setNotice('Trình duyệt không cho lưu thêm: công việc sẽ không được giữ khi tải lại trang.')
  }, [docs, choice, draft])

  async function openFiles(files: readonly File[]) {
    if (files.length === 0) return
    performance.clearMarks()
    performance.mark('kehoach:file-chosen')
    const added: Doc[] = []
    try {
      // One at a time: each file has its own time limit, and a file that is stopped does not take the others with it.
      for (const [index, file] of files.entries()) {
        setBusy(files.length > 1 ? `Đang đọc tệp ${index + 1}/${files.length}: “${file.name}”…` : `Đang đọc “${file.name}”…`)
        const started = performance.now()
        const bytes = new Uint8Array(await file.arrayBuffer())
        // Before the bytes go to the worker (they may be moved there).
        const digest = await digestOf(bytes)
        const same = digest ? {digest} : {}
        try {
          const doc = await call('openFile', file.name, bytes, choice)
          const slow = performance.now() - started > SLOW_MS && doc.text !== undefined && doc.format !== null && doc.format !== 'docx' && doc.format !== 'pdf'
          added.push({...doc, key: keyOf(), ...same, ...(slow ? {held: {name: doc.name, format: doc.format as SavedFile['format'], text: doc.text as string, held: true}} : {})})
        } catch (error) {
          const format = keptFormat(file.name)
          added.push({...unread(file.name, error, format ? {name: file.name, format, text: await file.text(), held: true} : undefined), ...same})
          // “Hủy” stops the files not read yet too.
          if (error instanceof EngineStopped && error.code === 'cancelled') break
        }
      }
      performance.mark('kehoach:file-read')
    } finally {
      setDocs((current) => onceEach([...current, ...added]))
      const kept = onceEach(added)
      const first = kept.find((doc) => doc.status === 'plan') ?? kept[0]
      if (first) setSelected(first.key)
      setBusy(null)
    }
  }

  async function changeChoice(next: SchemeChoice) {
    setChoice(next)
    setBusy('Đang đối chiếu lại…')
    try {
      const checked = await Promise.all(
        docs.map(async (doc) => (doc.plan && doc.status === 'plan' ? {...doc, check: await call('checkPlan', doc.plan, doc.messages, next, doc.name)} : doc))
      )
      setDocs(checked)
    } finally {
      setBusy(null)
    }
  }

  function remove(key: string) {
    setDocs((current) => current.filter((doc) => doc.key !== key))
    if (selected === key) setSelected(null)
  }

  function clearAll() {
    if (!confirm('Xóa mọi tệp đã mở và dự thảo khỏi bộ nhớ của trình duyệt trên máy này?')) return
    clearSaved()
    setDocs([])
    setSelected(null)
    setDraft(null)
    setChoice({kind: 'auto'})
    setNotice('Đã xóa dữ liệu đã lưu trong trình duyệt.')
  }

  const current = docs.find((doc) => doc.key === selected) ?? null

  return (
    <div class="app">
      <a class="skip" href="#main">
        Bỏ qua đến nội dung
      </a>
      <header class="top">
        <div class="brand">
          <h1>kehoach</h1>
          <span>Đọc, kiểm tra, so sánh và soạn Kế hoạch triển khai Đề án</span>
        </div>
        <p class="privacy" role="note">
          Văn bản không rời khỏi máy của bạn: mọi việc đọc, kiểm tra và xuất tệp diễn ra ngay trong trình duyệt, không tải lên máy chủ nào.
        </p>
        <button type="button" class="danger" onClick={clearAll}>
          Xóa dữ liệu
        </button>
      </header>
      <nav class="tabs" aria-label="Màn hình">
        {TABS.map((item) => (
          <button type="button" key={item.id} aria-current={tab === item.id ? 'page' : undefined} onClick={() => setTab(item.id)}>
            {item.name}
          </button>
        ))}
        {busy && (
          <span class="busy" role="status">
            {busy}{' '}
            <button type="button" class="link" onClick={cancel}>
              Hủy
            </button>
          </span>
        )}
      </nav>
      {notice && (
        <p class="notice" role="status">
          {notice}{' '}
          <button type="button" class="link" onClick={() => setNotice(null)}>
            Đóng
          </button>
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {tab === 'open' && <OpenScreen docs={docs} current={current} onOpen={openFiles} onSelect={setSelected} onRemove={remove} onCheck={() => setTab('check')} onRetry={retry} />}
        {tab === 'check' && <CheckScreen docs={docs} current={current} onSelect={setSelected} choice={choice} schemes={schemes} onChoice={changeChoice} />}
        {tab === 'review' && <ReviewScreen docs={docs} onOpen={openFiles} choice={choice} schemes={schemes} onChoice={changeChoice} onShow={(key) => (setSelected(key), setTab('check'))} />}
        {tab === 'compare' && <CompareScreen docs={docs} onOpen={openFiles} />}
        {tab === 'draft' && <DraftScreen schemes={schemes} draft={draft} onDraft={setDraft} />}
      </main>
    </div>
  )
}
