export type TextEncodingChoice = 'auto' | 'utf-8' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  bom: boolean;
}

/**
 * Bytes of a CSV to text. UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a superset of
 * GBK: what Chinese Excel and WPS save as "CSV"). A user can force either.
 */
export function decodeCsvBytes(bytes: Uint8Array, choice: TextEncodingChoice = 'auto'): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (choice === 'gb18030') return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
  const body = bom ? bytes.subarray(3) : bytes;
  if (choice === 'utf-8') return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', bom };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
  }
}
