/**
 * Mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and saved again
 * as UTF-8. Each Vietnamese letter then shows as two or three Latin ones ("á»¦y ban" for
 * "Ủy ban", "Æ°" for "ư", "â€œ" for "“"). Turning those characters back into the bytes
 * Windows-1252 gave them and decoding the bytes as UTF-8 gives the text back, wherever no
 * byte was lost on the way (the five bytes Windows-1252 leaves undefined survive only when
 * the decoder kept them as C1 controls, and a non-breaking space may have become a space).
 */
import { diagnostic } from '@kehoach/model';
import { lineStartsOf, pointAt } from '@kehoach/vietnamese';
/** The characters Windows-1252 gives bytes 0x80-0x9F (the rest of 0x00-0xFF is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** Character code → the byte Windows-1252 (or Latin-1, for the C1 controls) decodes to it. */
const BYTE_OF = (() => {
    const table = new Map();
    for (let byte = 0x80; byte <= 0xff; byte++)
        table.set(byte, byte);
    for (let index = 0; index < CP1252_HIGH.length; index++)
        table.set(CP1252_HIGH.charCodeAt(index), 0x80 + index);
    return table;
})();
/** The byte behind a non-ASCII character, or -1 when no single byte decodes to it. */
function byteOf(code) {
    return code < 0x80 ? -1 : (BYTE_OF.get(code) ?? -1);
}
/**
 * Code points a repaired sequence may give: the letters, marks and punctuation of
 * Vietnamese text. Anything else (Hangul from "á…", say) is left alone, so correct text
 * that happens to hold such characters side by side is not changed.
 */
function plausible(codePoint) {
    return ((codePoint >= 0xa0 && codePoint <= 0x24f) ||
        (codePoint >= 0x300 && codePoint <= 0x36f) ||
        (codePoint >= 0x1e00 && codePoint <= 0x1eff) ||
        (codePoint >= 0x2000 && codePoint <= 0x206f) ||
        codePoint === 0x20ac ||
        codePoint === 0x2122);
}
/** The code point UTF-8 encodes in `bytes` (2 to 4 of them, checked), or -1. */
function decodeUtf8(bytes) {
    const [lead, ...rest] = bytes;
    for (const byte of rest)
        if ((byte & 0xc0) !== 0x80)
            return -1;
    let codePoint;
    let minimum;
    if (bytes.length === 2 && lead >= 0xc2 && lead <= 0xdf) {
        codePoint = lead & 0x1f;
        minimum = 0x80;
    }
    else if (bytes.length === 3 && lead >= 0xe0 && lead <= 0xef) {
        codePoint = lead & 0x0f;
        minimum = 0x800;
    }
    else if (bytes.length === 4 && lead >= 0xf0 && lead <= 0xf4) {
        codePoint = lead & 0x07;
        minimum = 0x10000;
    }
    else
        return -1;
    for (const byte of rest)
        codePoint = (codePoint << 6) | (byte & 0x3f);
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        return -1;
    return codePoint;
}
/** How many bytes a UTF-8 sequence that starts with `lead` has, or 0 when `lead` starts none. */
function sequenceLength(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}
/**
 * Find and repair mojibake (UTF-8 read as Windows-1252 or Latin-1, saved again as UTF-8):
 * "á»¦y ban nhÃ¢n dÃ¢n" → "Ủy ban nhân dân". A run of characters is repaired only when the
 * bytes Windows-1252 gives them form valid UTF-8 for a letter, mark or punctuation of
 * Vietnamese text, and the text is repaired only when some repair gives a character beyond
 * Latin-1 (or three repairs do): correct text (“Hà Nội”, “Café”, “20 Â°C” alone) is returned
 * unchanged, and nothing is reported. Linear in the length of the text.
 *
 * Positions in diagnostics made from the repaired text refer to the repaired text; the
 * warning itself points at the first repair in the original.
 */
export function repairMojibake(text, options) {
    const repaired = decodeSequences(text);
    // One or two Latin-1 results alone ("Â°" → "°") are not evidence enough: Vietnamese mojibake
    // gives letters beyond Latin-1 (ư, ơ, đ, ạ …) or typographic punctuation, or many sequences.
    if (repaired.count === 0 || (!repaired.beyondLatin1 && repaired.count < 3))
        return { text, messages: [] };
    let end = repaired.first;
    while (end < text.length && end - repaired.first < 24 && !/\s/u.test(text[end]))
        end++;
    const garbled = text.slice(repaired.first, end);
    const point = pointAt(lineStartsOf(text), repaired.first);
    return {
        text: repaired.text,
        messages: [diagnostic('input-mojibake', { sample: `${garbled}” → “${decodeSequences(garbled).text}`, count: repaired.count, line: point.line }, { place: point, file: options?.file })]
    };
}
/** Every repairable sequence of `text` decoded; how many, and the offset of the first (-1 for none). */
function decodeSequences(text) {
    let out = '';
    let copied = 0;
    let count = 0;
    let first = -1;
    let beyondLatin1 = false;
    const length = text.length;
    for (let index = 0; index < length;) {
        const lead = byteOf(text.charCodeAt(index));
        const size = lead === -1 ? 0 : sequenceLength(lead);
        if (size === 0 || index + size > length) {
            index++;
            continue;
        }
        const bytes = [lead];
        for (let next = 1; next < size; next++)
            bytes.push(byteOf(text.charCodeAt(index + next)));
        const codePoint = bytes.includes(-1) ? -1 : decodeUtf8(bytes);
        if (codePoint === -1 || !plausible(codePoint)) {
            index++;
            continue;
        }
        if (first === -1)
            first = index;
        if (codePoint > 0xff)
            beyondLatin1 = true;
        out += text.slice(copied, index) + String.fromCodePoint(codePoint);
        index += size;
        copied = index;
        count++;
    }
    return count === 0 ? { text, count, first, beyondLatin1 } : { text: out + text.slice(copied), count, first, beyondLatin1 };
}
/** Offset of the first byte that breaks UTF-8 (the length of `bytes` when none does). */
export function firstInvalidUtf8(bytes) {
    let index = 0;
    while (index < bytes.length) {
        const byte = bytes[index];
        const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
        if (length === 0 || index + length > bytes.length)
            return index;
        for (let k = 1; k < length; k++)
            if ((bytes[index + k] & 0xc0) !== 0x80)
                return index;
        index += length;
    }
    return index;
}
