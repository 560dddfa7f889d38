/**
 * The numbers of Nghị định 30/2020/NĐ-CP, Phụ lục I, as used by the renderer. Where the
 * decree gives a range we take one value inside it and say which.
 * Units: twentieths of a point (twips) for lengths, half-points for font sizes.
 */

/** Millimetres → twips (1 mm = 56.6929 twips). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4)
/** Points → half-points (the unit of w:sz). */
export const pt = (value: number): number => value * 2

export const PAGE = {
  /** A4 portrait. */
  width: mm(210),
  height: mm(297),
  /** Top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
  margin: {top: mm(20), bottom: mm(20), left: mm(30), right: mm(15)},
  /** Where the page number sits inside the top margin. */
  header: mm(10)
} as const

/** Width between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right

export const FONT = 'Times New Roman'
export const LANGUAGE = 'vi-VN'

/** Sizes in points, per component (the table in Phụ lục I, Mục V). */
export const SIZE = {
  /** Quốc hiệu 12-13. */
  nationalTitle: 12,
  /** Tiêu ngữ 13-14. */
  motto: 13,
  /** Tên cơ quan 12-13. */
  issuer: 13,
  /** Số, ký hiệu 13. */
  number: 13,
  /** Địa danh, ngày 13-14. */
  placeDate: 14,
  /** Tên loại, trích yếu 13-14. */
  title: 14,
  /** Nội dung 13-14. */
  body: 14,
  /** Chức vụ, họ tên 13-14. */
  signature: 14,
  /** "Nơi nhận:" 12. */
  recipientsLabel: 12,
  /** The list of recipients 11. */
  recipients: 11,
  /** Số trang 13-14. */
  pageNumber: 13
} as const

/** Body paragraphs: at least 6 pt between them, line spacing between single and 1.5 (we use 1.15), first-line indent 1.27 cm. */
export const BODY = {
  after: 6 * 20,
  line: 276,
  firstLine: mm(12.7)
} as const

/** The header table: issuer on the left, Quốc hiệu on the right (a 40/60 split, the usual practice; the decree gives no widths). */
export const HEADER_COLUMNS = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)] as const
/** The closing table: Nơi nhận on the left, the signature on the right. */
export const CLOSING_COLUMNS = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)] as const
