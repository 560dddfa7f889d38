/** So sánh: two plans, tasks aligned by content; renumbering apart; word-level changes; the redline DOCX. */
import {useState} from 'preact/hooks'
import {FIELD_NAMES, diffSummaryLine, type Change, type DiffReport, type FieldChange, type WordChange} from '@kehoach/diff'
import type {Doc} from './app.js'
import {call} from './client.js'
import {FilePicker} from './parts.js'
import {DOCX_TYPE, downloadMade, fileStem} from './state.js'

const KIND: Record<Change['kind'], string> = {added: 'Thêm', removed: 'Bỏ', changed: 'Sửa'}

/** Dates are data in ISO form; a person reads them as dd/mm/yyyy. */
export function showDate(value: string): string {
  const found = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  return found ? `${found[3]}/${found[2]}/${found[1]}` : value
}

function show(value: FieldChange['old'], field: string): string {
  if (Array.isArray(value)) return value.join('; ')
  if (value === null) return '—'
  return field === 'date' ? showDate(value) : value
}

/**
 * The space between two pieces of a word diff as prose has it: none before a piece that starts with
 * closing punctuation or "/", none after one that ends with an opening one ("cấp tỉnh, cấp xã",
 * "Quý II/2026"). The CLI's packages/diff/src/lib/format.ts spaces its diffs the same way.
 */
export function wordGap(before: string, after: string): string {
  return /^[,.;:!?)\]}”’…%/]/u.test(after) || /[([{“‘/]$/u.test(before) ? '' : ' '
}

/** The words of a word diff, each kept, inserted or deleted, with the spaces the text has between them. */
function Words(props: {words: readonly WordChange[]}) {
  return (
    <>
      {props.words.map((word, index) => {
        const space = index > 0 ? wordGap((props.words[index - 1] as WordChange).text, word.text) : ''
        if (word.op === 'equal') return <span key={index}>{space + word.text}</span>
        const Tag = word.op === 'insert' ? 'ins' : 'del'
        return (
          <span key={index}>
            {space}
            <Tag>{word.text}</Tag>
          </span>
        )
      })}
    </>
  )
}

function Field(props: {field: FieldChange}) {
  const {field} = props
  const name = FIELD_NAMES[field.field] ?? field.field
  return (
    <div class="field-change">
      <span class="field-name">{name}:</span>{' '}
      {field.milestones && field.milestones.length > 0 ? (
        field.milestones.map((milestone, index) => (
          <span key={index}>
            {milestone.label}: {milestone.old !== null && <del>{milestone.old}</del>} {milestone.new !== null && <ins>{milestone.new}</ins>}{' '}
          </span>
        ))
      ) : field.removed || field.added ? (
        <>
          {(field.removed ?? []).map((value, index) => (
            <del key={`r${index}`}>{value}</del>
          ))}
          {(field.added ?? []).map((value, index) => (
            <ins key={`a${index}`}>{value}</ins>
          ))}
        </>
      ) : field.words && field.field !== 'date' ? (
        <Words words={field.words} />
      ) : (
        <>
          <del>{show(field.old, field.field)}</del> → <ins>{show(field.new, field.field)}</ins>
        </>
      )}
    </div>
  )
}

export function CompareScreen(props: {docs: Doc[]; onOpen: (files: File[]) => void}) {
  const plans = props.docs.filter((doc) => doc.plan && doc.status === 'plan')
  const [oldKey, setOldKey] = useState<string>('')
  const [newKey, setNewKey] = useState<string>('')
  const [report, setReport] = useState<DiffReport | null>(null)
  const [busy, setBusy] = useState(false)
  const before = plans.find((doc) => doc.key === (oldKey || plans[0]?.key))
  const after = plans.find((doc) => doc.key === (newKey || plans[1]?.key))

  async function compare() {
    if (!before?.plan || !after?.plan) return
    setBusy(true)
    try {
      setReport(await call('comparePlans', before.plan, after.plan, before.name, after.name))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="screen compare">
      <aside class="side">
        <FilePicker id="compare-files" onOpen={props.onOpen} />
        <div class="field">
          <label for="compare-old">Bản cũ</label>
          <select id="compare-old" value={before?.key ?? ''} onChange={(event) => (setOldKey(event.currentTarget.value), setReport(null))}>
            {plans.map((doc) => (
              <option key={doc.key} value={doc.key}>
                {doc.name}
              </option>
            ))}
          </select>
          <label for="compare-new">Bản mới</label>
          <select id="compare-new" value={after?.key ?? ''} onChange={(event) => (setNewKey(event.currentTarget.value), setReport(null))}>
            {plans.map((doc) => (
              <option key={doc.key} value={doc.key}>
                {doc.name}
              </option>
            ))}
          </select>
        </div>
        <p class="actions">
          <button type="button" disabled={!before || !after || busy} onClick={compare}>
            So sánh hai bản
          </button>
          <button
            type="button"
            disabled={!report || !before?.plan || !after?.plan}
            onClick={() => downloadMade(`so-sanh-${fileStem(after?.name ?? 'ke-hoach')}.docx`, call('redlineDocx', before!.plan!, after!.plan!), DOCX_TYPE)}
          >
            Tải bản so sánh DOCX (theo dõi thay đổi)
          </button>
        </p>
      </aside>
      <section class="content" aria-label="Kết quả so sánh">
        {plans.length < 2 ? (
          <p class="muted">Mở ít nhất hai kế hoạch (ở đây hoặc ở màn hình “Mở”) để so sánh.</p>
        ) : !report ? (
          <p class="muted">Chọn bản cũ, bản mới rồi bấm “So sánh hai bản”. Nhiệm vụ được ghép theo nội dung, không theo số thứ tự: đánh số lại không phải là thay đổi.</p>
        ) : (
          <>
            <h2>
              {report.old.number ?? report.old.file} → {report.new.number ?? report.new.file}
            </h2>
            <p class="summary" data-diff-summary>
              {diffSummaryLine(report)}
            </p>
            {report.renumbered.length > 0 && (
              <details class="renumbered">
                <summary>Đánh số lại, không phải thay đổi ({report.renumbered.length})</summary>
                <p>{report.renumbered.map((pair) => `${pair.old} → ${pair.new}`).join(', ')}</p>
              </details>
            )}
            <ol class="changes">
              {report.changes.map((change, index) => (
                <li key={index} class={`change ${change.kind}`}>
                  <p>
                    <span class={`kind ${change.kind}`}>{KIND[change.kind]}</span>{' '}
                    {change.scope === 'task' && `nhiệm vụ ${change.old ?? ''}${change.old && change.new && change.old !== change.new ? ' → ' : ''}${change.new && change.new !== change.old ? change.new : ''}: `}
                    <strong>{change.title}</strong>
                  </p>
                  {change.fields?.map((field, fieldIndex) => <Field key={fieldIndex} field={field} />)}
                  {change.task && (change.kind === 'added' || change.kind === 'removed') && change.task.lead.length > 0 && (
                    <p class="muted">Chủ trì: {change.task.lead.join('; ')}</p>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  )
}
