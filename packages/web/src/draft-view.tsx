/** Soạn thảo: start a plan from a scheme, edit it as YAML or Markdown with live diagnostics and coverage, download it. */
import {useEffect, useRef, useState} from 'preact/hooks'
import {STATUS_NAMES} from '@kehoach/coverage'
import type {DraftState, SchemeBrief} from './engine.js'
import {call} from './client.js'
import {DiagnosticItem} from './parts.js'
import {TargetTable} from './check-view.js'
import {DOCX_TYPE, downloadMade, fileStem, type SavedDraft} from './state.js'
import {showDate} from './compare-view.js'

const today = () => new Date().toISOString().slice(0, 10)

/**
 * The ISO date of what a drafter typed as ngày/tháng/năm ("2/3/2026", "02/03/2026", "02.03.2026"),
 * or pasted as an ISO date, year first ("2026-03-02", which no one reads as another day): '' for
 * nothing typed, null for no such day ("31/04/2026"). The field is text, not the browser's date
 * picker, whose order follows the browser's language (mm/dd/yyyy in an English Chromium).
 */
export function draftDate(typed: string): string | null {
  const text = typed.trim()
  if (!text) return ''
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text)
  const found = iso ? [text, iso[3], iso[2], iso[1]] : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text)
  if (!found) return null
  const [day, month, year] = [Number(found[1]), Number(found[2]), Number(found[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

export function DraftScreen(props: {schemes: SchemeBrief[]; draft: SavedDraft | null; onDraft: (draft: SavedDraft | null) => void}) {
  const {draft} = props
  const [schemeId, setSchemeId] = useState(draft?.schemeId ?? '315/QĐ-TTg')
  const [issuer, setIssuer] = useState(draft?.issuer ?? '')
  const [date, setDate] = useState(showDate(draft?.date ?? today()))
  const [dateError, setDateError] = useState('')
  const [format, setFormat] = useState<'yaml' | 'md'>(draft?.format ?? 'yaml')
  const [state, setState] = useState<DraftState | null>(null)
  const sequence = useRef(0)
  const editor = useRef<HTMLTextAreaElement>(null)

  // Live diagnostics and coverage, a moment after each edit; an older answer never replaces a newer one.
  useEffect(() => {
    if (!draft) {
      setState(null)
      return
    }
    const mine = ++sequence.current
    const timer = setTimeout(async () => {
      const result = await call('editDraft', draft.text, draft.format, draft.schemeId)
      if (mine === sequence.current) setState(result)
    }, 200)
    return () => clearTimeout(timer)
  }, [draft?.text, draft?.format, draft?.schemeId])

  async function start(event: Event) {
    event.preventDefault()
    if (!issuer.trim()) return
    const iso = draftDate(date)
    if (iso === null) {
      setDateError(`Không có ngày “${date.trim()}”: ghi ngày/tháng/năm, ví dụ 02/03/2026.`)
      return
    }
    setDateError('')
    const text = await call('draftText', schemeId, issuer.trim(), iso, format)
    props.onDraft({schemeId, issuer: issuer.trim(), date: iso, format, text})
  }

  function goTo(line: number) {
    const area = editor.current
    if (!area || !draft) return
    const lines = draft.text.split('\n')
    const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0)
    area.focus()
    area.setSelectionRange(offset, offset + (lines[line - 1]?.length ?? 0))
    const height = area.scrollHeight / Math.max(1, lines.length)
    area.scrollTop = Math.max(0, (line - 5) * height)
  }

  const stem = fileStem(state?.plan.meta.number ?? `du-thao-${draft?.issuer ?? ''}`)
  return (
    <div class="screen draft">
      <aside class="side">
        <form onSubmit={start} aria-label="Tạo dự thảo">
          <div class="field">
            <label for="draft-scheme">Đề án</label>
            <select id="draft-scheme" value={schemeId} onChange={(event) => setSchemeId(event.currentTarget.value)}>
              {props.schemes.map((scheme) => (
                <option key={scheme.id} value={scheme.id}>
                  {scheme.id} ({scheme.period.from}-{scheme.period.to})
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="draft-issuer">Cơ quan ban hành</label>
            <input id="draft-issuer" required placeholder="Ủy ban nhân dân tỉnh Lào Cai" value={issuer} onInput={(event) => setIssuer(event.currentTarget.value)} />
            <p class="hint">Cấp tỉnh hay cấp xã, và địa phương, được suy ra từ tên cơ quan; từ 01/7/2025 không giao việc cho cấp huyện.</p>
          </div>
          <div class="field">
            <label for="draft-date">Ngày dự kiến ban hành</label>
            <input
              id="draft-date"
              type="text"
              inputMode="numeric"
              placeholder="ngày/tháng/năm"
              autoComplete="off"
              aria-describedby="draft-date-hint"
              aria-invalid={dateError ? 'true' : undefined}
              value={date}
              onInput={(event) => setDate(event.currentTarget.value)}
            />
            <p id="draft-date-hint" class={dateError ? 'hint error' : 'hint'} role={dateError ? 'alert' : undefined}>
              {dateError || 'Ngày/tháng/năm, ví dụ 02/03/2026; để trống nếu chưa định ngày.'}
            </p>
          </div>
          <fieldset class="field">
            <legend>Soạn bằng</legend>
            <label>
              <input type="radio" name="draft-format" checked={format === 'yaml'} onChange={() => setFormat('yaml')} /> YAML
            </label>{' '}
            <label>
              <input type="radio" name="draft-format" checked={format === 'md'} onChange={() => setFormat('md')} /> Markdown
            </label>
          </fieldset>
          <button type="submit">{draft ? 'Tạo lại dự thảo (thay bản đang soạn)' : 'Tạo dự thảo'}</button>
        </form>
        {draft && state && (
          <div class="downloads" aria-label="Tải về">
            <h3>Tải về</h3>
            <button
              type="button"
              disabled={state.errors}
              title={state.errors ? 'Sửa các lỗi trước khi xuất Word' : undefined}
              onClick={() => downloadMade(`${stem}.docx`, call('planDocx', state.plan), DOCX_TYPE)}
            >
              Tải DOCX (Nghị định 30)
            </button>
            <button type="button" onClick={() => downloadMade(`${stem}.yaml`, call('exportPlan', state.plan, 'yaml'), 'application/yaml;charset=utf-8')}>
              Tải YAML
            </button>
            <button type="button" onClick={() => downloadMade(`${stem}.md`, call('exportPlan', state.plan, 'md'), 'text/markdown;charset=utf-8')}>
              Tải Markdown
            </button>
            <button type="button" onClick={() => downloadMade(`${stem}.json`, call('exportPlan', state.plan, 'json'), 'application/json')}>
              Tải JSON
            </button>
            {state.errors && <p class="error">Còn lỗi: sửa trước khi xuất Word.</p>}
          </div>
        )}
      </aside>
      <section class="content" aria-label="Dự thảo">
        {!draft ? (
          <p class="muted">Nhập cơ quan ban hành và ngày, rồi bấm “Tạo dự thảo”: kế hoạch đầy đủ từ Đề án (căn cứ, mục đích, yêu cầu, chỉ tiêu, mỗi nhóm nhiệm vụ một nhiệm vụ, kinh phí, tổ chức thực hiện, nơi nhận, chữ ký) để sửa tiếp.</p>
        ) : (
          <div class="columns">
            <div class="column">
              <label for="draft-text">Dự thảo ({draft.format === 'md' ? 'Markdown' : 'YAML'})</label>
              <textarea id="draft-text" ref={editor} spellcheck={false} value={draft.text} onInput={(event) => props.onDraft({...draft, text: event.currentTarget.value})} />
            </div>
            <div class="column" aria-live="polite">
              {state && (
                <>
                  <h3>Kiểm tra trực tiếp</h3>
                  {state.check.ok ? (
                    <p class="summary" data-summary>
                      {state.check.summary}
                    </p>
                  ) : (
                    <p class="summary failed">Không đối chiếu được: {state.check.reason}</p>
                  )}
                  <h3>Cảnh báo ({state.messages.length})</h3>
                  {state.messages.length > 0 && (
                    <ul class="diagnostics list">
                      {state.messages.map((message, index) => (
                        <DiagnosticItem key={index} message={message} onLine={goTo} />
                      ))}
                    </ul>
                  )}
                  {state.check.ok && (
                    <table class="coverage compact">
                      <caption>Nhóm nhiệm vụ của Đề án {state.check.report.scheme.id}</caption>
                      <tbody>
                        {state.check.report.items.map((item) => (
                          <tr key={item.id} class={item.status}>
                            <th scope="row">{item.label ?? item.id}</th>
                            <td>{item.title}</td>
                            <td>
                              <span class={`status ${item.status}`}>{STATUS_NAMES[item.status]}</span>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  {state.check.ok && <TargetTable report={state.check.report} />}
                </>
              )}
            </div>
          </div>
        )}
      </section>
    </div>
  )
}
