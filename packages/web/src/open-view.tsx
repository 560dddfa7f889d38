/** Mở: open plans, and see one as its structure beside its source text, every diagnostic at its line. */
import {useEffect, useMemo, useRef, useState} from 'preact/hooks'
import type {Agency, Diagnostic, Plan, Task, TextItem} from '@kehoach/model'
import type {Doc} from './app.js'
import {call} from './client.js'
import {DiagnosticItem, DocList, FilePicker, lineOf} from './parts.js'
import {DOCX_TYPE, downloadMade, fileStem} from './state.js'

export function agencyText(agency: Agency): string {
  if (typeof agency === 'string') return agency
  return agency.advisor ? `${agency.name} (${agency.advisor} tham mưu)` : agency.name
}

/** A task's lead, support, timeline (and product): the fields every screen shows for a task. */
export function TaskFields({task, withOutput = false}: {task: Task; withOutput?: boolean}) {
  return (
    <dl class="fields">
      {task.lead.length > 0 && (
        <>
          <dt>Chủ trì</dt>
          <dd>{task.lead.map(agencyText).join('; ')}</dd>
        </>
      )}
      {task.support.length > 0 && (
        <>
          <dt>Phối hợp</dt>
          <dd>{task.support.map(agencyText).join('; ')}</dd>
        </>
      )}
      {task.timeline && (
        <>
          <dt>Thời gian</dt>
          <dd>{task.timeline.text}</dd>
        </>
      )}
      {withOutput && task.output && (
        <>
          <dt>Sản phẩm</dt>
          <dd>{task.output}</dd>
        </>
      )}
    </dl>
  )
}

/** The number, issuer, date and the coverage summary line: the header every screen shows for a plan. */
export function PlanHeader(props: {doc: Doc}) {
  const {doc} = props
  const meta = doc.plan?.meta
  useEffect(() => {
    // For `pnpm bench`: the time from choosing a file ('kehoach:file-chosen') to its coverage on screen.
    if (doc.check?.ok) performance.mark('kehoach:coverage-shown')
  }, [doc.key])
  return (
    <section class="plan-header" aria-label="Phần đầu văn bản">
      <p class="doc-number">
        {meta?.number ? <>Số: <strong>{meta.number}</strong></> : <span class="muted">(không ghi số)</span>}
        {meta?.date && <> · ngày {meta.date.split('-').reverse().join('/')}</>}
        {meta?.place && <> · {meta.place}</>}
      </p>
      {meta?.issuer && <p class="issuer">{meta.issuer}</p>}
      {meta?.title && <h2 class="title">{meta.title}</h2>}
      {doc.check?.ok ? (
        <p class="summary" data-summary>
          {doc.check.summary}
        </p>
      ) : doc.check ? (
        <p class="summary failed">Không đối chiếu được: {doc.check.reason}</p>
      ) : null}
    </section>
  )
}

/** How much of a long plan is drawn at once: the rest comes with a button, so a 2,000-task plan opens quickly. */
const SOURCE_LINES = 1500
const TOP_TASKS = 150

function inside(task: Task, message: Diagnostic): boolean {
  const line = lineOf(message)
  return line !== undefined && task.position !== undefined && line >= task.position.start.line && line <= task.position.end.line
}

function TaskTree(props: {tasks: Task[]; messages: Diagnostic[]; onLine: (line: number) => void; depth?: number}) {
  const [all, setAll] = useState(props.tasks.length <= TOP_TASKS || Boolean(props.depth))
  const tasks = all ? props.tasks : props.tasks.slice(0, TOP_TASKS)
  return (
    <>
    <ol class="tasks" role={props.depth ? 'group' : 'tree'} aria-label={props.depth ? undefined : 'Nhiệm vụ'}>
      {tasks.map((task) => {
        const own = props.messages.filter((message) => inside(task, message) && !task.children.some((child) => inside(child, message)))
        return (
          <li key={task.id} role="treeitem" aria-expanded={task.children.length > 0 ? true : undefined}>
            <div class="task">
              <span class="task-id">{task.id}</span> <span class="task-title">{task.title}</span>
              {task.position && (
                <button type="button" class="link line" onClick={() => props.onLine(task.position!.start.line)}>
                  dòng {task.position.start.line}
                </button>
              )}
              <TaskFields task={task} withOutput />
              {own.length > 0 && (
                <ul class="diagnostics inline">
                  {own.map((message, index) => (
                    <DiagnosticItem key={index} message={message} onLine={props.onLine} />
                  ))}
                </ul>
              )}
            </div>
            {task.children.length > 0 && <TaskTree tasks={task.children} messages={props.messages} onLine={props.onLine} depth={(props.depth ?? 0) + 1} />}
          </li>
        )
      })}
    </ol>
    {tasks.length < props.tasks.length && (
      <button type="button" class="more" onClick={() => setAll(true)}>
        Hiện tất cả {props.tasks.length} nhiệm vụ
      </button>
    )}
    </>
  )
}

function Items(props: {title: string; items: TextItem[]}) {
  if (props.items.length === 0) return null
  return (
    <details>
      <summary>
        {props.title} ({props.items.length})
      </summary>
      <ul class="items">
        {props.items.map((item, index) => (
          <li key={index}>
            {item.label ? `${item.label} ` : ''}
            {item.text}
          </li>
        ))}
      </ul>
    </details>
  )
}

function Structure(props: {plan: Plan; messages: Diagnostic[]; onLine: (line: number) => void}) {
  const {plan} = props
  return (
    <div class="structure">
      {plan.sections.length > 0 && (
        <details>
          <summary>Các phần ({plan.sections.length})</summary>
          <ul class="items">
            {plan.sections.map((section, index) => (
              <li key={index}>
                {section.label} {section.title}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Items title="Căn cứ, mở đầu" items={plan.preamble} />
      <Items title="Mục đích" items={plan.purposes} />
      <Items title="Yêu cầu" items={plan.requirements} />
      <Items title="Mục tiêu" items={plan.objectives} />
      {plan.targets.length > 0 && (
        <details open>
          <summary>Chỉ tiêu ({plan.targets.length})</summary>
          <ul class="items">
            {plan.targets.map((target, index) => (
              <li key={index}>
                <strong>
                  {target.comparator === '>=' ? '≥ ' : target.comparator === '<=' ? '≤ ' : ''}
                  {target.value}
                  {target.max !== undefined ? `–${target.max}` : ''} {target.unit}
                </strong>
                {target.deadline ? ` (đến ${target.deadline})` : ''}: {target.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>Nhiệm vụ</h3>
      {plan.tasks.length > 0 ? <TaskTree tasks={plan.tasks} messages={props.messages} onLine={props.onLine} /> : <p class="muted">Không có nhiệm vụ nào.</p>}
      <Items title="Kinh phí" items={plan.funding} />
      {plan.implementation.length > 0 && (
        <details>
          <summary>Tổ chức thực hiện ({plan.implementation.length})</summary>
          <ul class="items">
            {plan.implementation.map((item, index) => (
              <li key={index}>
                <strong>{agencyText(item.agency)}</strong>
                {item.request ? ' (đề nghị)' : ''}: {item.duties}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.signature && (
        <section class="signature" aria-label="Chữ ký">
          <h3>Chữ ký</h3>
          <p>{[plan.signature.authority, plan.signature.capacity, plan.signature.position, plan.signature.name].filter(Boolean).join(' · ')}</p>
        </section>
      )}
      {plan.recipients.length > 0 && (
        <details>
          <summary>Nơi nhận ({plan.recipients.length})</summary>
          <ul class="items">
            {plan.recipients.map((recipient, index) => (
              <li key={index}>{recipient}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

/** The source text with line numbers; lines with a diagnostic are marked, the message below them. */
function Source(props: {text: string; messages: Diagnostic[]; line: number | null}) {
  // Composed (NFC) for display: portal text often has decomposed tone marks, which monospace fonts draw apart. Lines stay the same.
  const lines = useMemo(() => props.text.split(/\r\n|\r|\n/u).map((line) => line.normalize('NFC')), [props.text])
  const byLine = useMemo(() => {
    const map = new Map<number, Diagnostic[]>()
    for (const message of props.messages) {
      const line = lineOf(message)
      if (line !== undefined) map.set(line, [...(map.get(line) ?? []), message])
    }
    return map
  }, [props.messages])
  const container = useRef<HTMLDivElement>(null)
  // A long file shows its first lines at once, the rest on demand (or when a diagnostic further down is chosen).
  const [all, setAll] = useState(lines.length <= SOURCE_LINES)
  const shown = all || (props.line !== null && props.line > SOURCE_LINES) ? lines : lines.slice(0, SOURCE_LINES)
  useEffect(() => {
    if (props.line === null) return
    const target = container.current?.querySelector(`[data-line="${props.line}"]`)
    target?.scrollIntoView({block: 'center'})
  }, [props.line])
  return (
    <div class="source" ref={container} tabIndex={0} aria-label="Văn bản gốc">
      {shown.map((text, index) => {
        const number = index + 1
        const here = byLine.get(number)
        return (
          <div key={number} data-line={number} class={`${here ? 'flagged' : ''} ${props.line === number ? 'focus' : ''}`}>
            <span class="number" aria-hidden="true">
              {number}
            </span>
            <span class="text">{text || ' '}</span>
            {here && (
              <ul class="diagnostics inline">
                {here.map((message, i) => (
                  <DiagnosticItem key={i} message={message} />
                ))}
              </ul>
            )}
          </div>
        )
      })}
      {shown.length < lines.length && (
        <button type="button" class="more" onClick={() => setAll(true)}>
          Hiện toàn bộ {lines.length} dòng
        </button>
      )}
    </div>
  )
}

export function OpenScreen(props: {docs: Doc[]; current: Doc | null; onOpen: (files: File[]) => void; onSelect: (key: string) => void; onRemove: (key: string) => void; onCheck: () => void; onRetry?: (key: string) => void}) {
  const [line, setLine] = useState<number | null>(null)
  const doc = props.current
  useEffect(() => setLine(null), [doc?.key])
  return (
    <div class="screen open">
      <aside class="side">
        <FilePicker id="files" onOpen={props.onOpen} />
        <DocList docs={props.docs} current={doc} onSelect={props.onSelect} onRemove={props.onRemove} />
      </aside>
      <section class="content" aria-label="Kế hoạch">
        {!doc ? (
          <div class="welcome">
            <h2>Mở một hoặc nhiều kế hoạch</h2>
            <p>
              Chọn tệp ở bên trái hoặc kéo thả vào đó. Văn bản được đọc ngay trên máy này; không có gì được gửi đi. Công việc được giữ trong bộ nhớ của trình duyệt cho đến khi bạn bấm
              “Xóa dữ liệu”.
            </p>
          </div>
        ) : doc.status === 'unsupported' || !doc.plan ? (
          <div>
            <h2>{doc.name}</h2>
            <p class="error">{doc.reason}</p>
            {doc.held && props.onRetry && (
              <p class="actions">
                <button type="button" onClick={() => props.onRetry?.(doc.key)}>
                  Đọc lại
                </button>
              </p>
            )}
            <ul class="diagnostics">
              {doc.messages.map((message, index) => (
                <DiagnosticItem key={index} message={message} />
              ))}
            </ul>
          </div>
        ) : (
          <>
            <PlanHeader doc={doc} />
            <p class="actions">
              <button type="button" onClick={props.onCheck}>
                Xem kết quả đối chiếu →
              </button>{' '}
              <button
                type="button"
                onClick={() => downloadMade(`${fileStem(doc.name)}.docx`, call('planDocx', doc.plan!), DOCX_TYPE)}
              >
                Tải kế hoạch DOCX (thể thức Nghị định 30)
              </button>
            </p>
            {doc.status === 'failed' && <p class="error">{doc.reason}</p>}
            {/* Keyed by the document, so "show all" of one plan does not carry over to the next. */}
            <div class="columns" key={doc.key}>
              <div class="column">
                <Structure plan={doc.plan} messages={doc.messages} onLine={setLine} />
              </div>
              <div class="column">
                <h3>Cảnh báo ({doc.messages.length})</h3>
                {doc.messages.length > 0 && (
                  <ul class="diagnostics list">
                    {doc.messages.map((message, index) => (
                      <DiagnosticItem key={index} message={message} onLine={setLine} />
                    ))}
                  </ul>
                )}
                <h3>Văn bản gốc</h3>
                {doc.text !== undefined ? (
                  <Source text={doc.text} messages={doc.messages} line={line} />
                ) : (
                  <p class="muted">
                    {doc.format === 'docx' ? 'Tệp Word: vị trí ghi theo số đoạn văn trong tài liệu.' : 'Tệp PDF: vị trí ghi theo dòng của lớp văn bản và số trang.'}
                  </p>
                )}
              </div>
            </div>
          </>
        )}
      </section>
    </div>
  )
}
