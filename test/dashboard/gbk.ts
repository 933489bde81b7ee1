// Node can decode GB18030 but not encode it. A GBK encoder built by inverting the decoder over every two-byte code
// is an independent way to make the bytes a Chinese Excel saves (the reader under test decodes them its own way).
let table: Map<string, [number, number]> | undefined;

function build(): Map<string, [number, number]> {
  const dec = new TextDecoder('gb18030');
  const m = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !m.has(ch)) m.set(ch, [a, b]);
    }
  }
  return m;
}

export function encodeGbk(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
