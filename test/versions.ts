// Versions of real plans made by editing their text in the test run (never stored in the repository).

/** The second version of the Vĩnh Phúc plan that the issue describes, made from the real text by edits. */
export function vinhPhucVersion2(text: string): string {
  const lines = text.split('\n')
  const at = (pattern: RegExp) => {
    const index = lines.findIndex((line) => pattern.test(line))
    if (index < 0) throw new Error(`no line ${pattern}`)
    return index
  }
  // 1. One lead agency replaced (the provincial trainers' task II.3.b.1).
  lines[at(/^- Cơ quan chủ trì: Sở Tư pháp\.$/u)] = '- Cơ quan chủ trì: Sở Nội vụ.'
  // 2. Task 8 deleted, and task 9 renumbered 8.
  const eight = at(/^8\. Tổ chức hội thi/u)
  const nine = at(/^9\. Kiểm tra, sơ kết/u)
  lines.splice(eight, nine - eight)
  lines[at(/^9\. Kiểm tra, sơ kết/u)] = (lines[at(/^9\. Kiểm tra, sơ kết/u)] as string).replace(/^9\./u, '8.')
  // 3. One milestone year changed.
  lines[at(/^\+ Sơ kết: Năm 2026\.$/u)] = '+ Sơ kết: Năm 2027.'
  // 4. One task added at the end of section II.
  const funding = at(/^III\. /u)
  lines.splice(
    funding,
    0,
    '9. Ứng dụng trí tuệ nhân tạo hỗ trợ hòa giải viên tra cứu pháp luật',
    '- Cơ quan chủ trì: Sở Tư pháp.',
    '- Thời gian thực hiện: Năm 2026 - 2027.'
  )
  return lines.join('\n')
}
