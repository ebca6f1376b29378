/**
 * Baseline for `POST /auth/login`: how many bcrypt comparisons at cost 10 (what Supabase Auth
 * uses, and the built-in store) this machine does per second with all its cores, through the
 * very worker pool the store uses (shared/auth/password.ts: one worker per core).
 *
 *   deno run --allow-all bench/servers/bcrypt.ts hash <password>        prints a $2a$10$ hash
 *   deno run --allow-all bench/servers/bcrypt.ts rate <seconds> <concurrency>   prints JSON
 */
import { closePasswordWorkers, hashPassword, verifyPassword } from "../../shared/auth/password.ts";

const [mode, ...rest] = Deno.args;
if (mode === "hash") {
  console.log(await hashPassword(rest[0]));
} else if (mode === "rate") {
  const seconds = Number(rest[0] ?? 6);
  const concurrency = Number(rest[1] ?? 32);
  const password = "bench password";
  const hash = await hashPassword(password);
  let counting = false;
  let stop = false;
  let compared = 0;
  const lane = async () => {
    while (!stop) {
      if (!(await verifyPassword(password, hash))) throw new Error("bcrypt compare failed");
      if (counting) compared++;
    }
  };
  const lanes = Array.from({ length: concurrency }, lane);
  // One second of warm-up (workers compiled and busy), then the measured window.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  counting = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  counting = false;
  const elapsed = (performance.now() - started) / 1000;
  stop = true;
  await Promise.all(lanes);
  console.log(JSON.stringify({
    rate: Math.round((compared / elapsed) * 10) / 10,
    compared,
    seconds: Math.round(elapsed * 100) / 100,
    workers: navigator.hardwareConcurrency,
    concurrency,
  }));
} else {
  console.error("usage: bcrypt.ts hash <password> | rate <seconds> <concurrency>");
  Deno.exit(2);
}
closePasswordWorkers();
