/**
 * Text analysis for the built-in scorer. An answer is matched against what a good answer covers
 * by concept, not by phrase: words are lower-cased, stemmed ("indexes", "indexing" → "index")
 * and folded into synonym groups ("serializable" counts as "isolation"), so a candidate who
 * says it in their own words still gets the credit. Everything here is pure and deterministic.
 */

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing done down during each either etc
  few for from further had has have having he her here hers him his how however i ie eg if in
  into is it its itself just let like made make makes many may me might more most much must my
  myself no nor not now of off often on once one only or other our ours out over own per quite
  rather really same shall she should so some such than that the their theirs them then there
  these they this those through thus to too under until up upon us very via was way we well
  were what whatever when where whether which while who whom whose why will with within without
  would yet you your yours yourself thing things something stuff lot lots get got use used uses
  using describe explain tell example examples concrete specific good give gave kind sort basically
  actually especially particular particularly e.g i.e. vs don can won isn aren didn doesn wasn
  weren couldn wouldn shouldn haven hasn`.split(/\s+/).filter(Boolean),
);

/** Words of the same meaning, as a good answer might put them; the first names the group. */
const SYNONYMS: string[][] = [
  ["index", "indexes", "indices", "indexing", "btree", "b-tree", "gin", "gist", "brin", "covering"],
  ["plan", "analyze", "analyse", "seq", "scan", "execution", "planner"],
  ["transaction", "transactions", "commit", "acid", "atomic", "atomicity"],
  ["isolation", "serializable", "repeatable", "mvcc", "snapshot", "phantom", "dirty"],
  ["lock", "locking", "deadlock", "deadlocks", "optimistic", "pessimistic", "mutex"],
  ["constraint", "unique", "foreign", "integrity", "invariant"],
  ["migration", "migrate", "alter", "expand", "contract", "backfill", "backfilling"],
  ["batch", "batches", "chunk", "chunks", "incremental", "incrementally", "throttle"],
  ["revert", "rollback", "undo", "fallback", "roll-back"],
  [
    "test",
    "tests",
    "testing",
    "unit",
    "integration",
    "e2e",
    "end-to-end",
    "coverage",
    "jest",
    "pytest",
    "vitest",
    "tdd",
    "assertion",
    "qa",
    "staging",
  ],
  [
    "measure",
    "measured",
    "measurement",
    "metric",
    "metrics",
    "benchmark",
    "latency",
    "throughput",
    "p50",
    "p90",
    "p95",
    "p99",
    "percentile",
    "percent",
    "kpi",
    "result",
    "results",
    "outcome",
    "impact",
    "figure",
    "figures",
    "number",
    "numbers",
    "timing",
    "timings",
    "duration",
    "speedup",
    "quantify",
  ],
  [
    "monitor",
    "monitoring",
    "observability",
    "alert",
    "alerts",
    "alerting",
    "dashboard",
    "dashboards",
    "grafana",
    "prometheus",
    "datadog",
    "sentry",
    "log",
    "logs",
    "logging",
    "trace",
    "tracing",
    "opentelemetry",
    "telemetry",
  ],
  ["cache", "caching", "redis", "memcached", "ttl", "invalidation", "invalidate", "cdn"],
  ["replica", "replicas", "replication", "failover", "standby", "primary", "availability"],
  ["backup", "backups", "restore", "pitr", "recovery"],
  ["pool", "pooling", "pgbouncer", "connections"],
  [
    "tradeoff",
    "trade-off",
    "trade-offs",
    "tradeoffs",
    "compromise",
    "downside",
    "downsides",
    "drawback",
    "drawbacks",
    "alternative",
    "alternatives",
    "versus",
    "pros",
    "cons",
    "instead",
  ],
  [
    "security",
    "secure",
    "vulnerability",
    "vulnerabilities",
    "threat",
    "attack",
    "owasp",
    "injection",
    "xss",
    "csrf",
    "exploit",
  ],
  ["encryption", "encrypt", "encrypted", "tls", "https", "hashing", "bcrypt"],
  [
    "authentication",
    "authorization",
    "auth",
    "oauth",
    "oidc",
    "jwt",
    "token",
    "tokens",
    "rbac",
    "permission",
    "permissions",
    "privilege",
    "privileges",
  ],
  ["secret", "secrets", "credential", "credentials", "vault", "kms"],
  [
    "scale",
    "scaling",
    "scalability",
    "scalable",
    "horizontal",
    "autoscaling",
    "load",
    "traffic",
    "sharding",
    "shard",
    "partition",
    "partitioning",
    "partitions",
  ],
  ["async", "await", "promise", "promises", "asynchronous", "non-blocking", "callback", "future"],
  [
    "concurrency",
    "concurrent",
    "parallel",
    "parallelism",
    "thread",
    "threads",
    "goroutine",
    "goroutines",
    "worker",
    "workers",
    "race",
  ],
  ["type", "types", "typing", "typed", "generic", "generics", "union", "interface", "interfaces"],
  ["validation", "validate", "validating", "zod", "validator", "sanitize"],
  ["error", "errors", "exception", "exceptions", "failure", "failures", "crash", "panic"],
  [
    "retry",
    "retries",
    "backoff",
    "idempotent",
    "idempotency",
    "dedupe",
    "deduplication",
    "exactly-once",
    "at-least-once",
  ],
  [
    "queue",
    "queues",
    "kafka",
    "rabbitmq",
    "sqs",
    "pubsub",
    "broker",
    "consumer",
    "consumers",
    "producer",
    "stream",
    "streams",
  ],
  ["order", "ordering", "ordered", "sequence", "sequencing"],
  [
    "deploy",
    "deployment",
    "deployments",
    "release",
    "releases",
    "rollout",
    "canary",
    "blue-green",
    "pipeline",
    "pipelines",
    "ci",
    "cd",
    "ci/cd",
  ],
  ["flag", "flags", "toggle", "toggles", "kill-switch"],
  [
    "incident",
    "incidents",
    "outage",
    "outages",
    "postmortem",
    "post-mortem",
    "rca",
    "on-call",
    "oncall",
  ],
  [
    "cause",
    "root-cause",
    "root",
    "diagnose",
    "diagnosis",
    "investigate",
    "investigation",
    "debug",
    "debugging",
  ],
  ["communicate", "communication", "inform", "informed", "transparent", "transparently"],
  [
    "stakeholder",
    "stakeholders",
    "manager",
    "management",
    "client",
    "clients",
    "customer",
    "customers",
    "business",
  ],
  ["prioritize", "priority", "priorities", "prioritise", "scope", "mvp", "must-have", "triage"],
  ["estimate", "estimation", "estimates", "deadline", "deadlines", "timeline", "schedule"],
  [
    "mentor",
    "mentoring",
    "mentored",
    "coach",
    "coaching",
    "teach",
    "taught",
    "onboarding",
    "pairing",
    "pair",
  ],
  ["feedback", "review", "reviews", "retrospective", "retro"],
  [
    "learn",
    "learned",
    "learnt",
    "learning",
    "lesson",
    "lessons",
    "reflect",
    "takeaway",
    "differently",
  ],
  ["position", "positions", "stance", "viewpoint", "opinion", "opinions", "argued", "arguing"],
  [
    "conflict",
    "disagree",
    "disagreed",
    "disagreement",
    "tension",
    "argument",
    "dispute",
    "pushback",
    "objection",
  ],
  ["listen", "listened", "listening", "perspective", "empathy", "heard"],
  [
    "decision",
    "decide",
    "decided",
    "choose",
    "chose",
    "choice",
    "criteria",
    "evaluate",
    "evaluated",
  ],
  ["document", "documentation", "documented", "adr", "write-up", "wiki", "rfc", "runbook"],
  ["refactor", "refactoring", "refactored", "rewrite", "rewrote", "cleanup", "debt"],
  ["profile", "profiling", "profiler", "flamegraph", "hotspot", "bottleneck"],
  ["memory", "leak", "leaks", "heap", "gc", "garbage", "allocation", "allocations"],
  ["api", "apis", "endpoint", "endpoints", "rest", "graphql", "grpc", "openapi"],
  ["version", "versioning", "backward", "compatible", "compatibility", "deprecation", "breaking"],
  ["pagination", "paginate", "cursor", "offset", "keyset"],
  [
    "container",
    "containers",
    "docker",
    "image",
    "images",
    "kubernetes",
    "k8s",
    "pod",
    "pods",
    "helm",
  ],
  ["cost", "costs", "budget", "spend", "billing", "savings", "cheaper", "expensive"],
  ["accessibility", "a11y", "aria", "wcag", "screen-reader", "keyboard"],
  ["render", "rendering", "re-render", "rerender", "memo", "memoization", "hydration", "virtual"],
  ["state", "redux", "store", "zustand", "signals"],
  ["leakage", "holdout", "cross-validation", "split"],
  ["precision", "recall", "accuracy", "f1", "auc", "rmse", "mae"],
  [
    "responsibility",
    "responsibilities",
    "responsible",
    "ownership",
    "owned",
    "led",
    "accountable",
    "personally",
    "contribution",
  ],
  [
    "situation",
    "context",
    "background",
    "goal",
    "goals",
    "objective",
    "challenge",
    "problem",
    "stake",
    "stakes",
  ],
  ["team", "teams", "teammate", "teammates", "colleague", "colleagues", "collaborate", "together"],
  ["risk", "risks", "risky", "mitigation", "mitigate", "contingency"],
  ["automation", "automate", "automated", "script", "scripts", "tooling"],
];

/** Lower-case, ASCII-folded, with typographic quotes and dashes made plain. */
export function normalize(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, "-");
}

/** Two-word verbs that mean something else apart: "roll back" is not "roll" and "back". */
const PHRASES: [RegExp, string][] = [
  [/\broll(?:ed|ing|s)? ?back\b/g, "rollback"],
  [/\broll(?:ed|ing|s)? ?out\b/g, "rollout"],
  [/\btrade ?offs?\b/g, "tradeoff"],
  [/\bpost ?mortems?\b/g, "postmortem"],
  [/\bon ?call\b/g, "oncall"],
  [/\bfeature ?flags?\b/g, "flag"],
  [/\broot ?causes?\b/g, "root-cause"],
];

/** Words, keeping the shapes technical names take: c++, c#, node.js, ci/cd, p95, b-tree. */
export function words(text: string): string[] {
  let plain = normalize(text);
  for (const [pattern, replacement] of PHRASES) plain = plain.replace(pattern, replacement);
  return (plain.match(/[a-z0-9][a-z0-9+#]*(?:['./-][a-z0-9+#]+)*/g) ?? [])
    // Contractions and possessives: "i'd" is "i", "query's" is "query", "don't" is "don".
    .map((word) => word.replace(/'(?:s|d|m|t|ve|ll|re)$/, ""));
}

// Longest first: the first suffix that leaves a stem of three or more letters is removed.
const SUFFIXES = [
  "izations",
  "ization",
  "ational",
  "ability",
  "ations",
  "ation",
  "ments",
  "ities",
  "ment",
  "ings",
  "ness",
  "ions",
  "ible",
  "able",
  "ance",
  "ence",
  "ives",
  "ity",
  "ing",
  "ion",
  "ive",
  "ies",
  "ied",
  "ers",
  "ate",
  "ent",
  "al",
  "er",
  "ed",
  "es",
  "ly",
  "at",
  "s",
  "e",
  "y",
];

/**
 * A light suffix-stripping stemmer. Linguistic accuracy matters less than consistency: the
 * expected points and the answers go through the same function, so "migrated", "migration" and
 * "migrate" all land on "migr".
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 4) return word;
  // British and American spellings meet: optimise → optimize, analyse → analyze.
  let current = word.replace(/([a-z]{3})is(e|ed|es|ing|ation|ations)$/, "$1iz$2")
    .replace(/ys(e|ed|es|ing)$/, "yz$1");
  for (let pass = 0; pass < 3; pass++) {
    const suffix = SUFFIXES.find((s) =>
      current.endsWith(s) && current.length - s.length >= 3 &&
      !(s === "s" && /(ss|us|is)$/.test(current))
    );
    if (!suffix) break;
    current = current.slice(0, -suffix.length);
  }
  // committed → committ → commit, planned → plan; but call, pass and buzz keep theirs.
  if (current !== word && /([^aeioulsz])\1$/.test(current)) current = current.slice(0, -1);
  return current;
}

const CONCEPT_OF = new Map<string, string>();
for (const group of SYNONYMS) {
  const concept = stem(group[0]);
  for (const word of group) {
    const key = stem(word);
    // A word in two groups keeps its first: groups are listed most specific first.
    if (!CONCEPT_OF.has(key)) CONCEPT_OF.set(key, concept);
  }
}

/** The concept a word stands for: its synonym group, or its own stem. */
export function concept(word: string): string {
  const key = stem(word);
  return CONCEPT_OF.get(key) ?? key;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The content words of a text (no stop words, no lone digits), as concepts. */
export function concepts(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    // "trade-off" is one idea; "read-heavy" is two.
    const split = /[-/]/.test(word) && !CONCEPT_OF.has(stem(word));
    for (const part of split ? [word, ...word.split(/[-/]/)] : [word]) {
      if (part.length < 2 || isStopword(part) || /^\d+$/.test(part)) continue;
      out.push(concept(part));
    }
  }
  return out;
}
