/** Kiểm tra: one plan against its scheme, group by group; a group's evidence tasks on click. */
import {useState} from 'preact/hooks'
import {STATUS_NAMES, TARGET_STATUS_NAMES, type CoverageItem, type CoverageReport} from '@kehoach/coverage'
import {findTask, severityOf, type Plan} from '@kehoach/model'
import type {SchemeBrief, SchemeChoice} from './engine.js'
import type {Doc} from './app.js'
import {DocList, SchemePicker} from './parts.js'
import {PlanHeader, TaskFields} from './open-view.js'

const PROVENANCE: Record<string, string> = {confirmed: 'có nguồn', secondary: 'nguồn thứ cấp', reconstructed: 'dựng lại'}

function rows(items: readonly CoverageItem[], depth = 0): Array<{item: CoverageItem; depth: number}> {
  return items.flatMap((item) => [{item, depth}, ...rows(item.children ?? [], depth + 1)])
}

function GroupTasks(props: {item: CoverageItem; plan: Plan}) {
  const {item, plan} = props
  return (
    <section class="group-tasks" aria-live="polite" aria-label={`Nhiệm vụ của nhóm ${item.label ?? item.id}`}>
      <h3>
        Nhóm {item.label ?? item.id}: {item.title}
      </h3>
      <p>
        Trạng thái: <span class={`status ${item.status}`}>{STATUS_NAMES[item.status]}</span>
        {item.provenance === 'reconstructed' && <span class="reconstructed"> · nhóm dựng lại (chưa đối chiếu với văn bản gốc)</span>}
      </p>
      {item.matches.length === 0 ? (
        <p class="muted">Không có nhiệm vụ nào của kế hoạch tương ứng với nhóm này.</p>
      ) : (
        <ul class="evidence">
          {item.matches.map((match) => {
            const task = findTask(plan, match.task)
            return (
              <li key={match.task}>
                <strong>
                  {match.task} {task?.title ?? match.title}
                </strong>{' '}
                <span class="muted">(điểm {match.score.toFixed(2)}{match.explicit ? ', kế hoạch ghi rõ' : ''})</span>
                {task && <TaskFields task={task} />}
                {match.terms && match.terms.length > 0 && <p class="muted">Từ ngữ chung: {match.terms.join(', ')}</p>}
              </li>
            )
          })}
        </ul>
      )}
      {item.findings.length > 0 && (
        <ul class="findings">
          {item.findings.map((finding, index) => (
            <li key={index} class={severityOf(finding)}>
              {severityOf(finding) === 'warning' ? 'Lưu ý: ' : ''}
              {finding.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function CoverageTable(props: {report: CoverageReport; selected: string | null; onGroup: (id: string) => void}) {
  return (
    <table class="coverage">
      <caption>Từng nhóm nhiệm vụ của Đề án {props.report.scheme.id}</caption>
      <thead>
        <tr>
          <th scope="col">Nhóm</th>
          <th scope="col">Tên nhóm trong Đề án</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Nhiệm vụ của kế hoạch</th>
          <th scope="col">Nguồn dữ liệu</th>
        </tr>
      </thead>
      <tbody>
        {rows(props.report.items).map(({item, depth}) => (
          <tr key={item.id} class={`${item.status} ${props.selected === item.id ? 'selected' : ''}`} data-group={item.id}>
            <th scope="row" style={{paddingLeft: `${0.5 + depth * 1.2}em`}}>
              <button type="button" class="link" aria-pressed={props.selected === item.id} onClick={() => props.onGroup(item.id)}>
                {item.label ?? item.id}
              </button>
            </th>
            <td>{item.title}</td>
            <td>
              <span class={`status ${item.status}`}>{STATUS_NAMES[item.status]}</span>
            </td>
            <td>{item.matches.map((match) => `${match.task} (${match.score.toFixed(2)})`).join(', ') || '—'}</td>
            <td class={item.provenance === 'reconstructed' ? 'reconstructed' : ''}>{item.provenance ? PROVENANCE[item.provenance] : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The scheme's targets and what the plan's words state for each: the same table in the check and the draft editor. */
export function TargetTable(props: {report: CoverageReport}) {
  const {report} = props
  if (report.targets.length === 0) return null
  return (
    <table class="targets">
      <caption>Chỉ tiêu so với Đề án</caption>
      <thead>
        <tr>
          <th scope="col">Chỉ tiêu của Đề án</th>
          <th scope="col">Kết quả</th>
          <th scope="col">Kế hoạch nêu</th>
        </tr>
      </thead>
      <tbody>
        {report.targets.map((target) => (
          <tr key={target.id}>
            <td>{target.text}</td>
            <td>
              <span class={`target ${target.status}`}>{TARGET_STATUS_NAMES[target.status]}</span>
            </td>
            <td>
              {target.plan.map((value) => value.text).join('; ') || '—'}
              {target.findings.map((finding, index) => (
                <p key={index} class="muted">
                  {finding.reason}
                </p>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CheckScreen(props: {docs: Doc[]; current: Doc | null; onSelect: (key: string) => void; choice: SchemeChoice; schemes: SchemeBrief[]; onChoice: (choice: SchemeChoice) => void}) {
  const [group, setGroup] = useState<string | null>(null)
  const doc = props.current
  const report = doc?.check?.ok ? doc.check.report : null
  const item = report && group ? rows(report.items).find((row) => row.item.id === group)?.item : undefined
  return (
    <div class="screen check">
      <aside class="side">
        <SchemePicker choice={props.choice} schemes={props.schemes} onChoice={props.onChoice} />
        <DocList docs={props.docs} current={doc} onSelect={(key) => (setGroup(null), props.onSelect(key))} />
      </aside>
      <section class="content" aria-label="Kết quả đối chiếu">
        {!doc ? (
          <p class="muted">Mở một kế hoạch ở màn hình “Mở” để đối chiếu với Đề án.</p>
        ) : (
          <>
            <PlanHeader doc={doc} />
            {report && doc.plan && (
              <>
                <p>
                  Đối chiếu với Đề án <strong>{report.scheme.id}</strong> ({report.scheme.title}), giai đoạn {report.scheme.period.from}-{report.scheme.period.to}.
                </p>
                {report.findings.length > 0 && (
                  <ul class="findings">
                    {report.findings.map((finding, index) => (
                      <li key={index} class={severityOf(finding)}>
                        {severityOf(finding) === 'warning' ? 'Lưu ý: ' : ''}
                        {finding.reason}
                      </li>
                    ))}
                  </ul>
                )}
                <div class="columns wide-left">
                  <div class="column">
                    <CoverageTable report={report} selected={group} onGroup={setGroup} />
                  </div>
                  <div class="column">
                    {item ? <GroupTasks item={item} plan={doc.plan} /> : <p class="muted">Bấm vào số nhóm để xem các nhiệm vụ của kế hoạch tương ứng với nhóm đó.</p>}
                  </div>
                </div>
                <TargetTable report={report} />
                {report.extras.length > 0 && (
                  <details>
                    <summary>Nhiệm vụ ngoài Đề án ({report.extras.length})</summary>
                    <ul class="items">
                      {report.extras.map((extra) => (
                        <li key={extra.task}>
                          {extra.task} {extra.title}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </>
            )}
          </>
        )}
      </section>
    </div>
  )
}
