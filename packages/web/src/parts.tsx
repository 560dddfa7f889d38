/** Pieces several screens share: the file picker, the scheme picker, the list of opened documents, diagnostics. */
import {useState} from 'preact/hooks'
import type {Diagnostic} from '@kehoach/model'
import type {SchemeBrief, SchemeChoice} from './engine.js'
import type {Doc} from './app.js'
import {call} from './client.js'

export const ACCEPT = '.txt,.md,.markdown,.yaml,.yml,.json,.docx,.pdf'

/**
 * Makes a file input pick folders. Set as attributes: Preact would set `webkitdirectory` as a
 * property from a string, which Chromium reads as false and the input then picks files.
 */
export function folderInput(input: HTMLInputElement | null): void {
  input?.setAttribute('webkitdirectory', '')
  input?.setAttribute('directory', '')
}

/**
 * The visible button of a file input. The input's own button and "No file chosen" are drawn by the
 * browser in its language ("Choose Files" on an English browser); the input stays in the page, out
 * of sight and focusable, and this label, in Vietnamese, opens its chooser.
 */
function FileButton(props: {for: string; children: string}) {
  return (
    <label for={props.for} class="file-button">
      {props.children}
    </label>
  )
}

/** Drop files here, or choose them; a second input takes a whole folder. */
export function FilePicker(props: {onOpen: (files: File[]) => void; id: string; folder?: boolean}) {
  const [over, setOver] = useState(false)
  return (
    <div
      class={over ? 'drop over' : 'drop'}
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        props.onOpen([...(event.dataTransfer?.files ?? [])])
      }}
    >
      <label for={props.id}>Chọn tệp kế hoạch (.docx, .pdf, .txt, .md, .yaml, .json) hoặc kéo thả vào đây</label>
      <input
        id={props.id}
        class="file-input"
        type="file"
        multiple
        accept={ACCEPT}
        onChange={(event) => {
          const input = event.currentTarget
          props.onOpen([...(input.files ?? [])])
          input.value = ''
        }}
      />
      <FileButton for={props.id}>Chọn tệp…</FileButton>
      {props.folder && (
        <>
          <label for={`${props.id}-folder`}>hoặc cả một thư mục:</label>
          <input
            id={`${props.id}-folder`}
            class="file-input"
            type="file"
            multiple
            ref={folderInput}
            onChange={(event) => {
              const input = event.currentTarget
              props.onOpen([...(input.files ?? [])])
              input.value = ''
            }}
          />
          <FileButton for={`${props.id}-folder`}>Chọn thư mục…</FileButton>
        </>
      )}
    </div>
  )
}

/** The scheme to check against: detected from the plan, a bundled one, or a scheme file. */
export function SchemePicker(props: {choice: SchemeChoice; schemes: SchemeBrief[]; onChoice: (choice: SchemeChoice) => void}) {
  const [problem, setProblem] = useState<string | null>(null)
  const value = props.choice.kind === 'auto' ? 'auto' : props.choice.kind === 'bundled' ? props.choice.id : 'custom'
  return (
    <div class="scheme-picker">
      <label for="scheme">Đối chiếu với Đề án</label>
      <select
        id="scheme"
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.value
          if (next === 'auto') props.onChoice({kind: 'auto'})
          else if (next !== 'custom') props.onChoice({kind: 'bundled', id: next})
        }}
      >
        <option value="auto">Đề án kế hoạch ghi là thực hiện (tự nhận biết)</option>
        {props.schemes.map((scheme) => (
          <option value={scheme.id} key={scheme.id}>
            {scheme.id} ({scheme.period.from}-{scheme.period.to})
          </option>
        ))}
        {props.choice.kind === 'custom' && <option value="custom">{props.choice.scheme.id} (tệp Đề án của bạn)</option>}
      </select>
      <label for="scheme-file" class="secondary">
        hoặc tệp Đề án (.yaml/.json)
      </label>
      <input
        id="scheme-file"
        class="file-input"
        type="file"
        accept=".yaml,.yml,.json"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0]
          if (!file) return
          const result = await call('loadScheme', file.name, await file.text())
          if (result.scheme) {
            setProblem(null)
            props.onChoice({kind: 'custom', scheme: result.scheme})
          } else setProblem(result.messages.map((message) => message.reason).join(' ') || 'Không đọc được tệp Đề án.')
        }}
      />
      <FileButton for="scheme-file">Chọn tệp Đề án…</FileButton>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}

/** The opened documents; choose one. */
export function DocList(props: {docs: Doc[]; current: Doc | null; onSelect: (key: string) => void; onRemove?: (key: string) => void}) {
  if (props.docs.length === 0) return <p class="muted">Chưa mở tệp nào.</p>
  return (
    <ul class="doclist" aria-label="Các tệp đã mở">
      {props.docs.map((doc) => (
        <li key={doc.key} class={doc.key === props.current?.key ? 'current' : ''}>
          <button type="button" class="doc" aria-pressed={doc.key === props.current?.key} onClick={() => props.onSelect(doc.key)}>
            <span class="name">{doc.name}</span>
            <span class={`badge ${doc.status}`}>
              {doc.status === 'plan' ? (doc.plan?.meta.number ?? 'kế hoạch') : doc.status === 'unsupported' ? 'chưa đọc được' : 'không đọc được'}
            </span>
          </button>
          {props.onRemove && (
            <button type="button" class="link" aria-label={`Đóng ${doc.name}`} onClick={() => props.onRemove?.(doc.key)}>
              ✕
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

const SEVERITY: Record<string, string> = {error: 'lỗi', warning: 'cảnh báo', info: 'thông tin'}

export function severityOf(message: Diagnostic): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function lineOf(message: Diagnostic): number | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start.line : place.line
}

export function DiagnosticItem(props: {message: Diagnostic; onLine?: (line: number) => void}) {
  const severity = severityOf(props.message)
  const line = lineOf(props.message)
  return (
    <li class={`diagnostic ${severity}`}>
      <span class="severity">{SEVERITY[severity]}</span>{' '}
      {line !== undefined && props.onLine ? (
        <button type="button" class="link" onClick={() => props.onLine?.(line)}>
          dòng {line}
        </button>
      ) : line !== undefined ? (
        <span class="muted">dòng {line}</span>
      ) : null}{' '}
      {props.message.reason} <code class="rule">{props.message.ruleId}</code>
    </li>
  )
}
