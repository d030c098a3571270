/**
 * Typed arrays for one paragraph or one block of mail, cut as views from shared slabs.
 *
 * Why: a typed array longer than 64 bytes gets a buffer of its own outside the JavaScript heap,
 * and V8 spends about 2 µs on each. Reading 100 KB of mail block by block made four such arrays
 * per block, and they were a quarter of the time; a view on a slab is an ordinary heap object.
 * A view keeps its whole slab alive, so slabs are small and a long text gets arrays of its own.
 */
const SLAB_BYTES = 256 * 1024;
const OWN_BYTES = SLAB_BYTES / 8;

let u32 = new Uint32Array(SLAB_BYTES / 4);
let u32Used = 0;
let u8 = new Uint8Array(SLAB_BYTES);
let u8Used = 0;

/** A zero-filled Uint32Array of `n` elements. */
export function takeUint32(n: number): Uint32Array {
  if (n * 4 > OWN_BYTES) return new Uint32Array(n);
  if (u32Used + n > u32.length) {
    u32 = new Uint32Array(SLAB_BYTES / 4);
    u32Used = 0;
  }
  const view = u32.subarray(u32Used, u32Used + n);
  u32Used += n;
  return view;
}

/** A zero-filled Uint8Array of `n` elements. */
export function takeUint8(n: number): Uint8Array {
  if (n > OWN_BYTES) return new Uint8Array(n);
  if (u8Used + n > u8.length) {
    u8 = new Uint8Array(SLAB_BYTES);
    u8Used = 0;
  }
  const view = u8.subarray(u8Used, u8Used + n);
  u8Used += n;
  return view;
}
