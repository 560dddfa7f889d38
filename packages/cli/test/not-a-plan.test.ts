// Issue #28: a document that is not a plan (công văn, báo cáo, biên bản, …) is told as such by
// `check` and `review`: one not-a-plan diagnostic, no coverage table, a row with what was read.
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {pathOf, present} from '../../../test/corpus.js'
import {cli} from './run-cli.js'

const root = new URL('../../../', import.meta.url).pathname
const example = join(root, 'examples/ninh-binh-315.yaml')
const dir = mkdtempSync(join(tmpdir(), 'kehoach-not-a-plan-'))

// A report that cites the scheme: before #28 it was compared with it and got an empty table.
const report = `UỶ BAN NHÂN DÂN
TỈNH BẮC NAM
Số: 88/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Nam, ngày 20 tháng 11 năm 2025

BÁO CÁO
Kết quả một năm thực hiện Đề án về hòa giải ở cơ sở

Thực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh báo cáo như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Đã mở lớp tập huấn cho hòa giải viên ở mười huyện.
2. Đã kiện toàn tổ hòa giải ở các thôn, tổ dân phố.

Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Đông
`

// Minutes of a meeting: a kind the model has no name for.
const minutes = `UỶ BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 07/BB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Lập, ngày 2 tháng 6 năm 2025

BIÊN BẢN
Họp tổ hòa giải thôn Đồng Chùa

Sáng nay tổ hòa giải họp tại nhà văn hóa thôn để bàn việc thực hiện Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ.
1. Có mặt: các tổ viên tổ hòa giải.
2. Nội dung: thống nhất lịch tuyên truyền pháp luật trong quý III.

THƯ KÝ
Lê Thị Hoa
`

// An authoring file that says what it is: an official letter.
const letter = `meta:
  docType: cong-van
  issuer: Ủy ban nhân dân huyện Hòa An
  number: 512/UBND-TP
  date: 2025-03-14
  implements:
    - {docType: quyet-dinh, number: 315/QĐ-TTg, date: 2024-04-17}
tasks:
  - title: Gửi báo cáo kết quả hòa giải về Phòng Tư pháp
    lead: [Ủy ban nhân dân các xã]
`

const write = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('check on a document that is not a plan', () => {
  it('says what the document is, prints no coverage table, exits 0', async () => {
    const file = write('bao-cao.txt', report)
    const result = await cli('check', file)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'bao-cao.txt:1:1: cảnh báo Văn bản này là báo cáo, không phải kế hoạch; không đối chiếu với Đề án. [not-a-plan]'
    )
    expect(result.stderr).not.toMatch(/\[(?:unknown-scheme|no-tasks)\]/u)
    expect(result.stdout).not.toMatch(/đối chiếu với Đề án 315/u)
    expect(result.stdout).toMatch(
      /Không phải kế hoạch \(1 văn bản\):\n {2}.*bao-cao\.txt: báo cáo, Ủy ban nhân dân tỉnh Bắc Nam, số 88\/BC-UBND, ngày 20\/11\/2025/u
    )
  })

  it('tells minutes and an authoring file that calls itself an official letter, with --scheme too', async () => {
    const bb = await cli('check', write('bien-ban.txt', minutes), '--scheme', '315')
    expect(bb.code).toBe(0)
    expect(bb.stderr).toMatch(/là văn bản loại khác, không phải kế hoạch.*\[not-a-plan\]/u)
    expect(bb.stdout).not.toMatch(/Bao phủ|đối chiếu với Đề án 315/u)
    const cv = await cli('check', write('cong-van.yaml', letter), '--format', 'json')
    expect(cv.code).toBe(0)
    expect(JSON.parse(cv.stdout)).toEqual([
      expect.objectContaining({
        unchecked: true,
        notAPlan: 'công văn',
        issuer: 'Ủy ban nhân dân huyện Hòa An',
        number: '512/UBND-TP',
        date: '2025-03-14'
      })
    ])
  })

  it('checks the plans of a folder mixed with non-plans, lists the others, exits 0; a failure still exits 1', async () => {
    const folder = join(dir, 'tron')
    mkdirSync(folder, {recursive: true})
    copyFileSync(example, join(folder, 'ninh-binh.yaml'))
    writeFileSync(join(folder, 'bao-cao.txt'), report)
    writeFileSync(join(folder, 'bien-ban.txt'), minutes)
    const result = await cli('check', folder, '--format', 'json', '-q')
    expect(result.code).toBe(0)
    const entries = JSON.parse(result.stdout) as Array<{file?: string; scheme?: unknown; notAPlan?: string}>
    expect(entries.filter((entry) => entry.scheme)).toHaveLength(1)
    expect(
      entries
        .filter((entry) => entry.notAPlan)
        .map((entry) => entry.notAPlan)
        .sort()
    ).toEqual(['báo cáo', 'văn bản loại khác'])
    const md = await cli('check', folder, '--format', 'md', '-q')
    expect(md.stdout).toMatch(/## Văn bản không phải kế hoạch\n\n- .*bao-cao\.txt: báo cáo/u)
    expect(md.stdout).not.toMatch(/Kế hoạch không đối chiếu được/u)
    // --strict is all or nothing over the plans: a non-plan beside them does not stop the report.
    const strict = await cli('check', folder, '--strict', '-q')
    expect(strict.code).toBe(0)
    expect(strict.stdout).toMatch(/đối chiếu với Đề án 315/u)
    writeFileSync(join(folder, 'hong.yaml'), 'meta: [\n')
    expect((await cli('check', folder, '-q')).code).toBe(1)
  })
})

describe('review of a folder mixed with non-plans', () => {
  it('gives each non-plan a row “không phải kế hoạch” with its issuer, number and date', async () => {
    const folder = join(dir, 'xem')
    mkdirSync(folder, {recursive: true})
    copyFileSync(example, join(folder, 'ninh-binh.yaml'))
    writeFileSync(join(folder, 'bao-cao.txt'), report)
    const out = join(dir, 'ma-tran.csv')
    const result = await cli('review', folder, '-o', out, '-q')
    expect(result.code).toBe(0)
    const csv = readFileSync(out, 'utf8')
    expect(csv).toMatch(
      /bao-cao\.txt,Ủy ban nhân dân tỉnh Bắc Nam,88\/BC-UBND,20\/11\/2025,.*không phải kế hoạch \(báo cáo\)/u
    )
    const text = await cli('review', folder, '-q')
    expect(text.stdout).toMatch(
      /Không phải kế hoạch \(1 tệp\):\n {2}.*bao-cao\.txt: báo cáo, Ủy ban nhân dân tỉnh Bắc Nam, số 88\/BC-UBND, ngày 20\/11\/2025/u
    )
    expect(text.stdout).not.toMatch(/Không đối chiếu được/u)
  })
})

describe.runIf(present)('a real official letter from the corpus', () => {
  it('lao-cai-sct-cv-3036-2026.pdf is a công văn, not a plan', async () => {
    const result = await cli('check', pathOf('files/lao-cai-sct-cv-3036-2026.pdf'), '--format', 'json', '-q')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({notAPlan: 'công văn', number: expect.stringMatching(/^3036\//u)})
    ])
  }, 30_000)
})
