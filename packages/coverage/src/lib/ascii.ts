// Vietnamese letters folded to plain ASCII, for scheme keys and a draft's symbol.

/** Remove all diacritics ("Hòa giải" → "Hoa giai"), đ → d. For lenient matching only. */
export function stripDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}
