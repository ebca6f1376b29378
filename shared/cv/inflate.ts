/**
 * Compressed data inflated by the platform's DecompressionStream (native zlib), fed 4 KB at a
 * time and only when the inflater asks for more: DEFLATE expands at most ~1032:1, so no more
 * than a few megabytes are ever inflated ahead of what the caller has checked, and a
 * decompression bomb is stopped as soon as the caller stops reading.
 *
 * Why not fflate (pure JavaScript): its streaming inflater copies its 32 KB window and grows a
 * fresh output buffer on every push, so an 8 MB DOCX part left about 70 MB of buffers for the
 * collector, and it takes two to three times the CPU.
 *
 * The platform's inflater does not report data that ends before the stream does: a caller that
 * needs the whole of it checks the size it got against the size it expected.
 */
const SLICE = 4096;

/** The inflated output, chunk by chunk; stopping the loop stops the inflater. */
export async function* inflated(
  data: Uint8Array,
  format: "deflate" | "deflate-raw",
): AsyncGenerator<Uint8Array> {
  let offset = 0;
  const compressed = new ReadableStream<BufferSource>({
    pull(controller) {
      if (offset >= data.length) return controller.close();
      // Never a SharedArrayBuffer's view: an upload or a stored file.
      controller.enqueue(data.subarray(offset, offset += SLICE) as Uint8Array<ArrayBuffer>);
    },
  }, { highWaterMark: 0 });
  const reader = compressed.pipeThrough(new DecompressionStream(format)).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
