// A free TCP port on loopback, for a server that must not collide with others. Plain
// JavaScript on `node:net`, so the scripts and the bench (Node) and the tests (Deno) share it.

import { createServer } from "node:net";

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
