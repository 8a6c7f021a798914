/* Test support: hand-made DEFLATE streams that inflate to huge outputs. */

/**
 * A single fixed-Huffman block: `prefix` as literals, then the last literal repeated by
 * length-258/distance-1 matches until `totalLength` bytes (about 159:1), then end of block.
 * Built bit by bit so that gigabyte outputs cost only a few megabytes and milliseconds.
 */
export function deflateRepeat(prefix: string, totalLength: number): Uint8Array {
  const literals = new TextEncoder().encode(prefix);
  if (literals.length === 0) throw new Error("prefix must not be empty");
  const repeats = Math.floor((totalLength - literals.length) / 258);
  const out = new Uint8Array(Math.ceil((3 + literals.length * 9 + repeats * 13 + 7 + 8 * 258 * 9) / 8) + 16);
  let bitPos = 0;
  const put = (value: number, bits: number): void => {
    for (let i = 0; i < bits; i++) {
      if ((value >> i) & 1) out[bitPos >> 3] = (out[bitPos >> 3] as number) | (1 << (bitPos & 7));
      bitPos++;
    }
  };
  // Huffman codes are sent most significant bit first.
  const code = (value: number, bits: number): void => {
    for (let i = bits - 1; i >= 0; i--) put((value >> i) & 1, 1);
  };
  const literal = (byte: number): void => (byte < 144 ? code(0x30 + byte, 8) : code(0x190 + byte - 144, 9));
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE = fixed Huffman
  for (const byte of literals) literal(byte);
  for (let i = 0; i < repeats; i++) {
    code(0b11000101, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: distance 1
  }
  const last = literals[literals.length - 1] as number;
  for (let left = totalLength - literals.length - repeats * 258; left > 0; left--) literal(last);
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bitPos / 8));
}
