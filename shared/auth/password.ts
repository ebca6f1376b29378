/**
 * Password hashing as Supabase Auth does it: bcrypt, cost 10, `$2a$`/`$2b$` hashes, so users
 * carry over between the built-in store and Supabase Auth in either direction.
 *
 * bcrypt is ~50-100 ms of CPU per call; run on the event loop it would stall every other
 * request. Here it runs in a pool of Web Workers, one per core, stopped when idle and started
 * again on demand; where workers do not exist, bcryptjs's asynchronous mode (which yields
 * between rounds) is the fallback, and only then is bcryptjs loaded here: the workers load their
 * own copy, so a function's start does not pay for it (./bcrypt_worker.ts).
 */

export const BCRYPT_COST = 10;

type Pending = { resolve: (value: string | boolean) => void; reject: (error: Error) => void };

class WorkerPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: Array<() => void> = [];
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./bcrypt_worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (
        event: MessageEvent<{ id: number; result?: string | boolean; error?: string }>,
      ) => {
        const { id, result, error } = event.data;
        const pending = this.#pending.get(id);
        this.#pending.delete(id);
        this.#release(worker);
        if (error !== undefined) pending?.reject(new Error(error));
        else pending?.resolve(result!);
      };
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  run(job: { op: "hash" | "compare"; password: string; hash?: string; cost?: number }) {
    return new Promise<string | boolean>((resolve, reject) => {
      const start = () => {
        const worker = this.#idle.pop()!;
        const id = this.#nextId++;
        this.#pending.set(id, { resolve, reject });
        worker.postMessage({ id, ...job });
      };
      if (this.#idle.length > 0) start();
      else this.#queue.push(start);
    });
  }

  #release(worker: Worker) {
    this.#idle.push(worker);
    this.#queue.shift()?.();
  }

  terminate() {
    for (const worker of this.#workers) worker.terminate();
  }
}

let pool: WorkerPool | null | undefined;

function workerPool(): WorkerPool | null {
  if (pool === undefined) {
    try {
      pool = typeof Worker === "function"
        ? new WorkerPool(Math.max(1, navigator.hardwareConcurrency ?? 1))
        : null;
    } catch {
      pool = null;
    }
  }
  return pool;
}

export async function hashPassword(password: string): Promise<string> {
  const workers = workerPool();
  if (workers) {
    return await onWorkers(workers, { op: "hash", password, cost: BCRYPT_COST }) as string;
  }
  const { default: bcrypt } = await import("bcryptjs");
  const salt = (await bcrypt.genSalt(BCRYPT_COST)).replace(/^\$2b\$/, "$2a$");
  return await bcrypt.hash(password, salt);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const workers = workerPool();
  if (workers) return await onWorkers(workers, { op: "compare", password, hash }) as boolean;
  const { default: bcrypt } = await import("bcryptjs");
  return await bcrypt.compare(password, hash);
}

/**
 * Idle workers are stopped after this long: each is a JavaScript isolate of its own (about
 * 25 MB resident), needed only while someone signs in or registers. The next hash starts them
 * again (a few tens of milliseconds, once).
 */
export const IDLE_WORKERS_MS = 15_000;

let busy = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

async function onWorkers(
  workers: WorkerPool,
  job: Parameters<WorkerPool["run"]>[0],
): Promise<string | boolean> {
  busy++;
  clearTimeout(idleTimer);
  try {
    return await workers.run(job);
  } finally {
    if (--busy === 0) {
      idleTimer = setTimeout(() => {
        if (busy === 0 && pool === workers) closePasswordWorkers();
      }, IDLE_WORKERS_MS);
      // Never what keeps a process (a test, a script) alive.
      Deno.unrefTimer(idleTimer);
    }
  }
}

/**
 * A real hash of a password nobody has: comparing against it when an email is unknown takes as
 * long as a wrong password, so response times do not reveal which emails are registered.
 */
export const UNKNOWN_USER_HASH = "$2a$10$d.Rq7FGfaY.gEWJoVMtOHuCNCuGdLwCW451ulExEgIVRWzoVN2FtO";

/** Stops the workers (the local stack and tests on shutdown). */
export function closePasswordWorkers(): void {
  clearTimeout(idleTimer);
  pool?.terminate();
  pool = undefined;
}
