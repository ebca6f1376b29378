/**
 * What the code builds from the configuration (the interviewer, the identity backend, token
 * verifiers and their secrets, the CV store) follows one rule: one instance per configuration,
 * built on first use, and built anew once `setConfig()` installs another (the local stack and
 * the tests do), so nothing keeps what an earlier configuration made and no test depends on the
 * order modules were first used in. Hosted, the configuration is read once and each is built
 * once.
 *
 * Not here: modules loaded on first use (`import()` of a large graph), which do not depend on
 * the configuration.
 */
import { type Config, config } from "./config.ts";

const built = new WeakMap<Config, Map<PerConfig<unknown>, unknown>>();

export interface PerConfig<T> {
  /** The instance for the current configuration. */
  (): T;
  /** Puts `instance` in place of the current configuration's (tests inject failures). */
  replace(instance: T): void;
  /** The current configuration's instance if one was built, without building one. */
  peek(): T | undefined;
  /** Forgets the current configuration's instance: the next use builds another. */
  forget(): void;
}

export function perConfig<T>(build: (config: Config) => T): PerConfig<T> {
  const instancesOf = (current: Config) => {
    let instances = built.get(current);
    if (!instances) built.set(current, instances = new Map());
    return instances;
  };
  const get = (() => {
    const current = config();
    const instances = instancesOf(current);
    if (!instances.has(get)) instances.set(get, build(current));
    return instances.get(get) as T;
  }) as PerConfig<T>;
  get.replace = (instance) => instancesOf(config()).set(get, instance);
  get.peek = () => built.get(config())?.get(get) as T | undefined;
  get.forget = () => built.get(config())?.delete(get);
  return get;
}
