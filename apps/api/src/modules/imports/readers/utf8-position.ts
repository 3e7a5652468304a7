/**
 * Where the first byte sequence that is not UTF-8 starts in `bytes`, or null
 * when there is none (an incomplete character at the very end is not one:
 * the next chunk may complete it). The TextDecoder decides *whether* a file
 * is UTF-8; this only says *where*, for the error message, so it runs once,
 * on the chunk that failed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF (Unicode table 3-7).
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    for (let k = 1; k < length; k += 1) {
      if (i + k >= bytes.length) return null;
      const next = bytes[i + k];
      if (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80)
        return i;
    }
    i += length;
  }
  return null;
}

/** Line breaks (CRLF, LF or a lone CR) in `bytes`; `afterCR` says the previous chunk ended in CR. */
export function countLineBreaks(
  bytes: Uint8Array,
  afterCR: boolean,
): { breaks: number; endsInCR: boolean } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let breaks = 0;
  for (
    let at = buffer.indexOf(0x0a);
    at !== -1;
    at = buffer.indexOf(0x0a, at + 1)
  ) {
    // A CRLF was already counted at its CR.
    if (!(at === 0 ? afterCR : buffer[at - 1] === 0x0d)) breaks += 1;
  }
  for (
    let at = buffer.indexOf(0x0d);
    at !== -1;
    at = buffer.indexOf(0x0d, at + 1)
  )
    breaks += 1;
  return {
    breaks,
    endsInCR: buffer.length > 0 ? buffer[buffer.length - 1] === 0x0d : afterCR,
  };
}
