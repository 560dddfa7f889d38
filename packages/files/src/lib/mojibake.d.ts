/**
 * Mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and saved again
 * as UTF-8. Each Vietnamese letter then shows as two or three Latin ones ("á»¦y ban" for
 * "Ủy ban", "Æ°" for "ư", "â€œ" for "“"). Turning those characters back into the bytes
 * Windows-1252 gave them and decoding the bytes as UTF-8 gives the text back, wherever no
 * byte was lost on the way (the five bytes Windows-1252 leaves undefined survive only when
 * the decoder kept them as C1 controls, and a non-breaking space may have become a space).
 */
import { type Diagnostic } from '@kehoach/model';
export interface MojibakeRepair {
    /** The text with every repairable sequence decoded; `text` itself when there was none. */
    text: string;
    /** One `input-mojibake` warning when something was repaired (placed at the first repair, in the original text), else none. */
    messages: Diagnostic[];
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
export declare function repairMojibake(text: string, options?: Readonly<{
    file?: string;
}> | null): MojibakeRepair;
/** Offset of the first byte that breaks UTF-8 (the length of `bytes` when none does). */
export declare function firstInvalidUtf8(bytes: Uint8Array): number;
//# sourceMappingURL=mojibake.d.ts.map