/**
 * The shell of the app: the five screens (Mở, Kiểm tra, Rà soát nhiều, So sánh, Soạn thảo),
 * the opened documents they share, the scheme choice, and the work kept across a reload.
 */
import {useEffect, useRef, useState} from 'preact/hooks'
import {call} from './client.js'
import type {OpenedFile, SchemeBrief, SchemeChoice} from './engine.js'
import {clearSaved, loadSaved, save, type SavedDraft} from './state.js'
import {OpenScreen} from './open-view.js'
import {CheckScreen} from './check-view.js'
import {ReviewScreen} from './review-view.js'
import {CompareScreen} from './compare-view.js'
import {DraftScreen} from './draft-view.js'

export interface Doc extends OpenedFile {
  key: string
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
    void call('schemeList').then(setSchemes)
    const saved = loadSaved()
    if (!saved) {
      restored.current = true
      return
    }
    setChoice(saved.scheme)
    setDraft(saved.draft)
    void Promise.all(saved.files.map((file) => call('openText', file.name, file.text, file.format, saved.scheme))).then((opened) => {
      const restoredDocs = opened.map((doc) => ({...doc, key: keyOf()}))
      setDocs(restoredDocs)
      setSelected(restoredDocs[0]?.key ?? null)
      restored.current = true
    })
  }, [])

  useEffect(() => {
    if (!restored.current) return
    const files = docs.flatMap((doc) =>
      doc.text !== undefined && doc.format !== null && doc.format !== 'docx' && doc.format !== 'pdf' ? [{name: doc.name, format: doc.format, text: doc.text}] : []
    )
    if (!save({files, scheme: choice, draft})) setNotice('Trình duyệt không cho lưu thêm: công việc sẽ không được giữ khi tải lại trang.')
  }, [docs, choice, draft])

  async function openFiles(files: readonly File[]) {
    if (files.length === 0) return
    performance.clearMarks()
    performance.mark('kehoach:file-chosen')
    setBusy(`Đang đọc ${files.length} tệp…`)
    try {
      const opened = await Promise.all(files.map(async (file) => call('openFile', file.name, new Uint8Array(await file.arrayBuffer()), choice)))
      performance.mark('kehoach:file-read')
      const added = opened.map((doc) => ({...doc, key: keyOf()}))
      setDocs((current) => [...current, ...added])
      const first = added.find((doc) => doc.status === 'plan') ?? added[0]
      if (first) setSelected(first.key)
    } finally {
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
            {busy}
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
        {tab === 'open' && <OpenScreen docs={docs} current={current} onOpen={openFiles} onSelect={setSelected} onRemove={remove} onCheck={() => setTab('check')} />}
        {tab === 'check' && <CheckScreen docs={docs} current={current} onSelect={setSelected} choice={choice} schemes={schemes} onChoice={changeChoice} />}
        {tab === 'review' && <ReviewScreen docs={docs} onOpen={openFiles} choice={choice} schemes={schemes} onChoice={changeChoice} onShow={(key) => (setSelected(key), setTab('check'))} />}
        {tab === 'compare' && <CompareScreen docs={docs} onOpen={openFiles} />}
        {tab === 'draft' && <DraftScreen schemes={schemes} draft={draft} onDraft={setDraft} />}
      </main>
    </div>
  )
}
