// Signatures as bytes for a `bytea` column: numHashes × uint32, little-endian (512 bytes at 128).

export function encodeSignature(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < signature.length; i += 1) view.setUint32(i * 4, signature[i] as number, true);
  return bytes;
}

export function decodeSignature(bytes: Uint8Array): Uint32Array {
  if (bytes.length === 0 || bytes.length % 4 !== 0)
    throw new Error(`a stored signature has a positive multiple of 4 bytes, got ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = view.getUint32(i * 4, true);
  return out;
}
