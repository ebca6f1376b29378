/// <reference lib="deno.worker" />
// One bcrypt computation at a time, off the main event loop (see password.ts).
import bcrypt from "bcryptjs";

interface Job {
  id: number;
  op: "hash" | "compare";
  password: string;
  hash?: string;
  cost?: number;
}

self.onmessage = (event: MessageEvent<Job>) => {
  const { id, op, password, hash, cost } = event.data;
  try {
    const result = op === "hash"
      // `$2a$`, the prefix Supabase Auth (Go's bcrypt) writes; identical for passwords <= 72 bytes.
      ? bcrypt.hashSync(password, bcrypt.genSaltSync(cost).replace(/^\$2b\$/, "$2a$"))
      : bcrypt.compareSync(password, hash!);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
