/**
 * What the built-in interviewer knows about common skills: for each family of technologies, a
 * few angles to ask from, each with the points a good answer covers. The points are written to
 * be checkable (they name the techniques, tools and evidence a strong answer mentions), because
 * the scorer matches answers against exactly these words and their synonyms (../text.ts).
 *
 * `{skill}` is replaced with the skill as the job spells it, so questions and competency scores
 * use the recruiter's own words. An angle's points are ordered by importance: easy questions
 * expect the first three, medium four, hard five or more (see questions.ts).
 */
export interface Angle {
  /** Stable id: two angles with the same id are the same question. */
  id: string;
  ask: string;
  /** Added to the question at hard difficulty. */
  deeper?: string;
  points: string[];
}

export interface SkillFamily {
  id: string;
  /** Matches the skill as written (lower-cased). */
  pattern: RegExp;
  /** A name to use when the family is found in free text rather than the skill list. */
  label: string;
  /** A technology a system is built on (PostgreSQL, Kafka), not a discipline (testing). */
  concrete?: boolean;
  angles: Angle[];
}

// Listed most specific first: a skill belongs to the first family that matches it.
export const SKILL_FAMILIES: SkillFamily[] = [
  {
    id: "sql",
    concrete: true,
    label: "SQL databases",
    pattern:
      /\b(postgres(ql)?|mysql|mariadb|sqlite|sql server|mssql|t-sql|pl\/pgsql|sql|rdbms|relational databases?|databases?|oracle db)\b/,
    angles: [
      {
        id: "slow-query",
        ask:
          "A query in a {skill} database that used to take milliseconds now takes seconds. How do you find the cause and fix it?",
        deeper: "What changes if the table has hundreds of millions of rows and constant writes?",
        points: [
          "reading the query plan (EXPLAIN ANALYZE) to see where the time goes",
          "adding or changing indexes that match the query's filters and sort order",
          "rewriting the query or adjusting the schema (e.g. avoiding N+1 queries)",
          "a measured result: timings before and after the fix",
          "the cost of extra indexes on writes and storage",
          "keeping table statistics current (ANALYZE, autovacuum)",
        ],
      },
      {
        id: "consistency",
        ask:
          "Two requests change the same rows in {skill} at the same time. How do you keep the data consistent?",
        deeper: "How would you handle heavy contention without hurting throughput?",
        points: [
          "wrapping related changes in a transaction",
          "choosing an isolation level (read committed, repeatable read, serializable)",
          "row locks (SELECT ... FOR UPDATE) or optimistic concurrency with a version column",
          "constraints (unique, foreign key, check) as the last line of defence",
          "retrying on serialization failures and deadlocks",
          "keeping transactions short to limit lock contention",
        ],
      },
      {
        id: "migration",
        ask: "How do you change the schema of a large, busy {skill} table without downtime?",
        deeper: "How would you back out if something goes wrong halfway?",
        points: [
          "backward-compatible steps (expand, migrate, contract)",
          "backfilling data in small batches",
          "avoiding long locks (concurrent index builds, no table rewrites)",
          "testing the migration on production-sized data first",
          "a rollback or revert path",
          "monitoring locks and replication lag while it runs",
        ],
      },
      {
        id: "operations",
        ask:
          "How do you keep a production {skill} database reliable: backups, replication and connections?",
        deeper: "How do you prove that a restore would actually work?",
        points: [
          "backups with regularly tested restores (point-in-time recovery)",
          "replication to a standby and a failover plan",
          "connection pooling (e.g. PgBouncer)",
          "monitoring slow queries, locks and disk usage",
          "capacity planning from measured growth",
        ],
      },
    ],
  },
  {
    id: "caching",
    concrete: true,
    label: "Caching",
    pattern: /\b(redis|memcached|caching|cache|cdn)\b/,
    angles: [
      {
        id: "invalidation",
        ask: "How do you use {skill} for caching without serving stale or wrong data?",
        deeper: "What happens to your system when the cache is empty or down?",
        points: [
          "deciding what to cache and designing the keys",
          "expiry (TTL) and invalidation when the data is written",
          "protection against a cache stampede (locking, early refresh)",
          "the consistency trade-off between fresh and fast",
          "measuring the hit rate and latency",
          "behaviour when the cache is down (fallback to the source)",
        ],
      },
    ],
  },
  {
    id: "typescript",
    concrete: true,
    label: "TypeScript / JavaScript",
    pattern: /\b(typescript|javascript|node(\.js|js)?|deno|bun|ecmascript|ts|js)\b/,
    angles: [
      {
        id: "event-loop",
        ask:
          "How does {skill} handle many concurrent I/O operations on one thread, and how do you keep the event loop from being blocked?",
        deeper: "How would you find what is blocking it in production?",
        points: [
          "the event loop and non-blocking I/O",
          "promises and async/await, including handling rejected promises",
          "moving CPU-heavy work off the main thread (worker threads, a queue)",
          "measuring event-loop lag or request latency",
          "bounding concurrency (limiting parallel requests)",
          "profiling with a CPU profile or flame graph",
        ],
      },
      {
        id: "types",
        ask:
          "How do you combine {skill}'s type system with runtime checks to prevent bugs at the edges of a system?",
        deeper: "Where do static types stop protecting you?",
        points: [
          "strict compiler settings (strict mode, no implicit any)",
          "validating untrusted input at runtime (e.g. Zod schemas) at the boundaries",
          "modelling states with union or discriminated types",
          "generics for reusable, type-safe code",
          "types do not exist at runtime, so external data must be validated",
          "tests for behaviour that types cannot express",
        ],
      },
      {
        id: "errors",
        ask:
          "How do you structure error handling in a {skill} service so that failures are visible but users get sensible responses?",
        deeper: "How do you keep one failing dependency from taking the whole service down?",
        points: [
          "distinguishing expected errors from bugs",
          "consistent error responses with stable codes",
          "logging with context (request id) without leaking secrets",
          "timeouts and retries for calls to other services",
          "alerting on error rates",
          "tests for the failure paths",
        ],
      },
    ],
  },
  {
    id: "python",
    concrete: true,
    label: "Python",
    pattern: /\b(python|django|flask|fastapi|asyncio|pydantic)\b/,
    angles: [
      {
        id: "performance",
        ask: "A {skill} service is too slow. How do you find and fix the bottleneck?",
        deeper: "When would you reach for multiprocessing, asyncio or a native extension?",
        points: [
          "profiling to find the hot spots (cProfile, py-spy)",
          "better algorithms and data structures",
          "the GIL, and why threads do not speed up CPU-bound code",
          "asyncio for I/O-bound work, processes for CPU-bound work",
          "a measured before and after result",
          "caching expensive results",
        ],
      },
      {
        id: "quality",
        ask: "How do you keep a growing {skill} codebase maintainable and safe to change?",
        deeper: "How do you introduce this into a large codebase that has none of it?",
        points: [
          "type hints checked with mypy or pyright",
          "automated tests with pytest running in a CI pipeline",
          "dependency management with pinned versions",
          "linting and formatting (ruff, black)",
          "validating external input (e.g. Pydantic models)",
          "clear module boundaries",
        ],
      },
    ],
  },
  {
    id: "go",
    concrete: true,
    label: "Go",
    pattern: /^(go|golang)$|\bgolang\b/,
    angles: [
      {
        id: "concurrency",
        ask:
          "How do you design concurrent code in {skill} with goroutines and channels, and how do you avoid leaks and races?",
        deeper: "How do you find a goroutine leak in a running service?",
        points: [
          "goroutines with channels or sync primitives, chosen for the job",
          "cancellation and deadlines with context.Context",
          "avoiding goroutine leaks: every goroutine has a way to exit",
          "detecting races with the race detector and tests",
          "bounding concurrency (worker pools, semaphores)",
          "profiling with pprof",
        ],
      },
      {
        id: "errors",
        ask: "How do you handle errors in {skill} services?",
        deeper: "How do you keep error handling from hiding the original cause?",
        points: [
          "returning errors explicitly and wrapping them with context (%w)",
          "checking errors with errors.Is and errors.As",
          "no panics for expected failures",
          "logging once, at the boundary",
          "timeouts and retries for calls to other services",
        ],
      },
    ],
  },
  {
    id: "jvm",
    concrete: true,
    label: "Java / JVM",
    pattern: /\b(java|kotlin|scala|spring( boot)?|jvm|hibernate)\b/,
    angles: [
      {
        id: "memory",
        ask:
          "A {skill} service's memory keeps growing until it is restarted. How do you investigate?",
        deeper: "How do you tell a real leak from a badly sized heap?",
        points: [
          "heap dumps and a profiler to find what holds the memory",
          "garbage collector logs and tuning",
          "common leaks: unbounded caches, static collections, unclosed resources",
          "reproducing the leak under load",
          "a measured result after the fix",
          "alerts on heap usage",
        ],
      },
      {
        id: "concurrency",
        ask: "How do you write safe concurrent code in {skill}?",
        deeper: "How do you test code for race conditions?",
        points: [
          "executors and thread pools rather than raw threads",
          "immutable data and thread-safe collections",
          "locks or synchronized blocks where shared state is unavoidable",
          "CompletableFuture or coroutines for async work",
          "race conditions and deadlocks, and how to detect them",
        ],
      },
    ],
  },
  {
    id: "frontend",
    concrete: true,
    label: "Frontend",
    pattern: /\b(react|vue|angular|svelte|next\.?js|nuxt|frontend|front-end|css|html|redux)\b/,
    angles: [
      {
        id: "performance",
        ask: "A page built with {skill} feels slow. How do you find and fix the problem?",
        deeper: "How do you stop it from getting slow again?",
        points: [
          "measuring first (browser profiler, Lighthouse, Core Web Vitals)",
          "avoiding unnecessary re-renders (memoization, where state lives)",
          "reducing bundle size (code splitting, lazy loading)",
          "fewer and cached network requests",
          "a measured before and after result",
          "virtualizing long lists",
        ],
      },
      {
        id: "state",
        ask: "How do you manage state in a large {skill} application?",
        deeper: "How do you handle server data that other users change at the same time?",
        points: [
          "separating local, shared and server state",
          "a store or context used only where it fits",
          "data fetching with caching and invalidation",
          "keeping state minimal and deriving the rest",
          "tests for state changes",
        ],
      },
      {
        id: "accessibility",
        ask: "How do you make sure an interface built with {skill} is accessible?",
        deeper: "How do you keep it accessible as many people change the code?",
        points: [
          "semantic HTML, with ARIA only where needed",
          "keyboard navigation and focus management",
          "colour contrast and text alternatives",
          "testing with a screen reader and automated checks (axe)",
          "WCAG as the reference",
        ],
      },
    ],
  },
  {
    id: "messaging",
    concrete: true,
    label: "Messaging",
    pattern:
      /\b(kafka|rabbitmq|sqs|sns|pub\/?sub|nats|kinesis|message (queue|broker)s?|event[- ]driven|queues?|streaming)\b/,
    angles: [
      {
        id: "delivery",
        ask:
          "How do you make sure a consumer of {skill} processes every message exactly once in effect?",
        deeper: "What happens to ordering when you scale the consumers out?",
        points: [
          "at-least-once delivery, and why exactly-once is hard",
          "idempotent consumers (deduplication keys)",
          "committing offsets or acknowledging only after processing",
          "dead-letter queues for messages that keep failing",
          "ordering guarantees through partition keys",
          "monitoring consumer lag",
        ],
      },
      {
        id: "design",
        ask: "When would you use {skill} instead of direct API calls between services?",
        deeper: "How do you evolve the message format without breaking consumers?",
        points: [
          "decoupling producers from consumers",
          "absorbing load spikes by buffering",
          "eventual consistency and its cost",
          "schema evolution of messages (versioning)",
          "operational cost and monitoring",
        ],
      },
    ],
  },
  {
    id: "distributed",
    label: "System design",
    pattern:
      /\b(distributed systems?|system design|software architecture|architecture|scalability|high availability|microservices?)\b/,
    angles: [
      {
        id: "resilience",
        ask:
          "How would you design a system that stays available when one of its dependencies fails? Draw on your {skill} experience.",
        deeper: "How would you test that it really does?",
        points: [
          "timeouts, retries with backoff and circuit breakers",
          "redundancy and no single point of failure",
          "graceful degradation (fallbacks, cached data)",
          "consistency choices (strong or eventual)",
          "monitoring and alerting on the failure",
          "testing failure on purpose (chaos tests, game days)",
        ],
      },
      {
        id: "scale",
        ask:
          "A service must handle ten times its current traffic next quarter. How do you prepare, with {skill} in mind?",
        deeper: "Which part would break first, and how would you know before users do?",
        points: [
          "measuring the current load and bottlenecks",
          "load testing to find the limit",
          "horizontal scaling of stateless services",
          "caching and database scaling (replicas, partitioning)",
          "capacity and cost estimates",
          "a rollout plan with monitoring",
        ],
      },
    ],
  },
  {
    id: "api",
    label: "API design",
    pattern: /\b(rest(ful)?|apis?|graphql|grpc|http|openapi|web services?)\b/,
    angles: [
      {
        id: "design",
        ask:
          "You design an API with {skill} that other teams will rely on for years. How do you keep it stable as it evolves?",
        deeper: "How do you retire an old version without breaking its clients?",
        points: [
          "clear resource and error models (status codes, one error format)",
          "versioning and backward compatibility (no breaking changes)",
          "pagination and filtering for lists",
          "idempotency for retried writes",
          "authentication and rate limiting",
          "documentation generated from a schema (OpenAPI)",
        ],
      },
      {
        id: "reliability",
        ask:
          "A client calls your {skill} service and sometimes times out. How do you make the interaction reliable?",
        deeper: "How do you avoid a retry storm when the service is already overloaded?",
        points: [
          "timeouts on every call",
          "retries with backoff and jitter",
          "idempotency keys so that retries are safe",
          "circuit breakers or fallbacks",
          "monitoring latency percentiles and error rates",
        ],
      },
    ],
  },
  {
    id: "cloud",
    concrete: true,
    label: "Cloud",
    pattern:
      /\b(aws|amazon web services|gcp|google cloud|azure|cloud|ec2|s3|lambda|serverless|cloudformation)\b/,
    angles: [
      {
        id: "architecture",
        ask:
          "Design a reliable, cost-aware deployment of a web service on {skill}. What do you use and why?",
        deeper: "What happens when a whole availability zone goes down?",
        points: [
          "managed services versus self-hosted, with reasons",
          "redundancy across availability zones",
          "autoscaling on measured load",
          "least-privilege IAM and a secret manager",
          "cost monitoring and budgets",
          "infrastructure as code (Terraform, CloudFormation)",
        ],
      },
      {
        id: "cost",
        ask: "Your {skill} bill doubled in a month. How do you find out why and bring it down?",
        deeper: "How do you keep it from happening again?",
        points: [
          "a cost breakdown by service and tag",
          "finding the driver (data transfer, idle resources, over-provisioning)",
          "right-sizing, reserved or spot capacity",
          "budgets and cost alerts",
          "a measured saving",
        ],
      },
    ],
  },
  {
    id: "containers",
    concrete: true,
    label: "Containers",
    pattern: /\b(docker|kubernetes|k8s|containers?|helm|openshift|ecs|eks|gke|aks)\b/,
    angles: [
      {
        id: "debug",
        ask: "A service on {skill} keeps restarting after a deploy. How do you find out why?",
        deeper: "How do you make sure the next bad deploy is stopped automatically?",
        points: [
          "pod status, events and logs (kubectl describe, kubectl logs)",
          "liveness and readiness probes",
          "resource limits and out-of-memory kills",
          "comparing with the previous release, and rolling back",
          "fixing the root cause and adding monitoring",
        ],
      },
      {
        id: "deploy",
        ask: "How do you deploy to {skill} without downtime?",
        deeper: "How do database changes fit into that?",
        points: [
          "rolling, blue-green or canary deployments",
          "readiness probes and graceful shutdown",
          "backward-compatible changes to the database and API",
          "automatic rollback on failed health checks",
          "watching error rates during the rollout",
        ],
      },
    ],
  },
  {
    id: "delivery",
    label: "CI/CD",
    pattern:
      /\b(ci\/cd|ci|cd|continuous (integration|delivery|deployment)|devops|terraform|ansible|pulumi|jenkins|github actions|gitlab( ci)?|infrastructure as code|iac)\b/,
    angles: [
      {
        id: "pipeline",
        ask: "What does a good {skill} setup from commit to production look like?",
        deeper: "How do you keep it fast as the codebase grows?",
        points: [
          "fast automated tests and checks on every change",
          "building once and deploying the same artefact everywhere",
          "a staged rollout (staging, canary)",
          "automatic rollback or a quick revert",
          "measuring lead time and change failure rate",
          "secrets kept outside the code",
        ],
      },
      {
        id: "infrastructure",
        ask: "How do you change infrastructure safely with {skill}?",
        deeper: "How do you detect changes made by hand outside it?",
        points: [
          "infrastructure as code in version control, reviewed like code",
          "reviewing the plan before applying it",
          "state management and locking",
          "separate environments",
          "drift detection",
        ],
      },
    ],
  },
  {
    id: "security",
    label: "Security",
    pattern:
      /\b(security|appsec|owasp|oauth|oidc|authentication|authorization|iam|penetration testing|cryptography)\b/,
    angles: [
      {
        id: "review",
        ask: "What do you check first when you review a web service for {skill} problems?",
        deeper: "How would you make those checks part of every change rather than a one-off?",
        points: [
          "input validation and parameterized queries against injection",
          "authentication and authorization checked on every request",
          "secrets kept out of code and logs",
          "encryption in transit (TLS) and at rest",
          "scanning dependencies for vulnerabilities",
          "logging and alerting on suspicious activity",
        ],
      },
      {
        id: "leak",
        ask:
          "You discover that secrets were written to logs for weeks. As the person responsible for {skill}, what do you do?",
        deeper: "How do you find out whether anyone misused them?",
        points: [
          "rotating the exposed secrets immediately",
          "removing or restricting access to the logs",
          "finding how it happened and fixing the code",
          "assessing the impact: who could read the logs",
          "informing stakeholders as the policy requires",
          "checks that prevent it again (redaction, tests)",
        ],
      },
    ],
  },
  {
    id: "testing",
    label: "Testing",
    pattern:
      /\b(testing|tests?|qa|quality assurance|tdd|test automation|jest|pytest|cypress|playwright|selenium)\b/,
    angles: [
      {
        id: "strategy",
        ask: "How do you decide what to test, and at which level, on a project that uses {skill}?",
        deeper: "How do you keep the suite fast and trustworthy as it grows?",
        points: [
          "the test pyramid: many unit tests, fewer integration and end-to-end tests",
          "testing behaviour rather than implementation details",
          "tests for failure paths and edge cases",
          "fast and reliable tests, with no flaky ones",
          "coverage as a guide, not a goal",
          "tests running in CI on every change",
        ],
      },
      {
        id: "flaky",
        ask: "Your team's {skill} suite fails randomly. How do you fix it?",
        deeper: "How do you keep new flaky tests from creeping in?",
        points: [
          "measuring which tests fail intermittently",
          "the usual causes: timing, shared state, test order, external services",
          "isolated tests with deterministic data",
          "quarantining and fixing, not just retrying",
          "tracking flakiness over time",
        ],
      },
    ],
  },
  {
    id: "ml",
    label: "Machine learning",
    pattern:
      /\b(machine learning|ml|deep learning|data science|pytorch|tensorflow|scikit-learn|sklearn|nlp|llms?|computer vision)\b/,
    angles: [
      {
        id: "evaluation",
        ask: "How do you evaluate a model built with {skill} before it goes to production?",
        deeper: "How do you know the offline numbers will hold up in production?",
        points: [
          "a held-out test set and cross-validation without leakage",
          "metrics that fit the problem (precision, recall, AUC, RMSE)",
          "a simple baseline to compare against",
          "error analysis on slices of the data",
          "checking for bias",
          "monitoring for drift after deployment",
        ],
      },
      {
        id: "production",
        ask:
          "A {skill} model that worked well offline performs worse in production. What do you investigate?",
        deeper: "How would you set things up so you notice this within a day?",
        points: [
          "data drift and training/serving skew",
          "differences in the feature pipeline",
          "label quality and feedback delay",
          "monitoring the model's inputs and outputs",
          "retraining or rolling back",
          "A/B tests to measure the impact",
        ],
      },
    ],
  },
  {
    id: "data",
    concrete: true,
    label: "Data engineering",
    pattern:
      /\b(etl|elt|data engineering|data pipelines?|spark|airflow|dbt|snowflake|bigquery|redshift|data warehouse|hadoop|databricks)\b/,
    angles: [
      {
        id: "pipeline",
        ask: "How do you build a {skill} pipeline that can be rerun safely and that people trust?",
        deeper: "How do you backfill a year of data without disturbing the daily runs?",
        points: [
          "idempotent, rerunnable steps (overwriting partitions)",
          "data quality checks and validation",
          "schema evolution",
          "monitoring freshness and failures, with alerts",
          "backfills",
          "lineage and documentation",
        ],
      },
      {
        id: "slow-job",
        ask: "A {skill} job that took an hour now takes six. How do you find out why?",
        deeper: "How do you keep it fast as the data keeps growing?",
        points: [
          "comparing input volume and data skew",
          "inspecting the job's plan and stages",
          "partitioning and file sizes",
          "incremental processing or caching",
          "a measured result",
        ],
      },
    ],
  },
  {
    id: "observability",
    label: "Observability",
    pattern:
      /\b(observability|monitoring|sre|site reliability|logging|prometheus|grafana|datadog|opentelemetry|on-call|incident management)\b/,
    angles: [
      {
        id: "alerting",
        ask: "How do you decide what to monitor and alert on for a service, using {skill}?",
        deeper: "How do you cut alert noise without missing real problems?",
        points: [
          "SLIs and SLOs tied to what users experience (latency, errors)",
          "alerting on symptoms rather than every cause",
          "dashboards for diagnosis",
          "logs, metrics and traces linked together",
          "reducing alert noise",
          "error budgets",
        ],
      },
    ],
  },
  {
    id: "mobile",
    concrete: true,
    label: "Mobile",
    pattern: /\b(ios|android|swift(ui)?|react native|flutter|mobile)\b/,
    angles: [
      {
        id: "offline",
        ask: "How do you build a {skill} app that works well on a poor network connection?",
        deeper: "How do you resolve conflicting edits made offline on two devices?",
        points: [
          "local storage and an offline-first design",
          "sync and conflict resolution",
          "retries with backoff",
          "showing the sync state to the user",
          "testing on slow and flaky networks",
        ],
      },
      {
        id: "performance",
        ask: "Users say your {skill} app is slow to start and drains the battery. What do you do?",
        deeper: "How do you catch regressions before a release?",
        points: [
          "profiling with the platform tools (Instruments, Android Profiler)",
          "deferring work at startup (lazy loading)",
          "limiting background work and network calls",
          "right-sized images and assets",
          "measured startup time before and after",
        ],
      },
    ],
  },
  {
    id: "analytics",
    label: "Analytics",
    pattern:
      /\b(excel|tableau|power bi|looker|analytics|data analysis|statistics|a\/b testing|experimentation)\b/,
    angles: [
      {
        id: "analysis",
        ask: "Walk me through an analysis you would do with {skill} to answer a business question.",
        deeper: "How do you make sure the conclusion is not an artefact of the data?",
        points: [
          "clarifying the question and the decision it informs",
          "data sources and their quality",
          "the method (statistics, segmentation, experiments)",
          "sanity checks on the result",
          "presenting it clearly with figures",
          "the limits of the conclusion",
        ],
      },
    ],
  },
];

/** For skills the built-in interviewer has no specific knowledge of. */
export const GENERIC_ANGLES: Angle[] = [
  {
    id: "applied",
    ask:
      "Describe how you have applied {skill} in your work: what problem did it solve, and how did you make it work well?",
    deeper: "What would you do differently with what you know now?",
    points: [
      "a concrete use of {skill} and the problem it solved",
      "the key concepts or techniques of {skill} involved",
      "trade-offs or limits of {skill}, and when not to use it",
      "how the result was checked or measured",
      "your own part in the work",
      "what you would improve",
    ],
  },
  {
    id: "troubleshoot",
    ask: "Tell me about a hard problem involving {skill}. How did you find the cause?",
    deeper: "What did you change so that the problem could not come back?",
    points: [
      "the symptoms and their impact",
      "how the cause was narrowed down (hypotheses, tools, data)",
      "the fix and why it worked",
      "how the fix was verified (tests, metrics)",
      "what was changed to prevent it happening again",
    ],
  },
  {
    id: "depth",
    ask: "Beyond the basics, what separates an expert in {skill} from a beginner?",
    deeper: "Which of those did you learn the hard way?",
    points: [
      "advanced features or internals of {skill}",
      "common pitfalls and how to avoid them",
      "best practices and standards",
      "examples from your own work",
      "how you keep up with recent developments",
    ],
  },
];

/** Role-neutral topics, asked only when the job and CV give too little to fill the interview. */
export const NEUTRAL_TOPICS = [
  "problem solving",
  "quality of work",
  "planning and estimation",
  "tools and automation",
  "working with data",
  "continuous improvement",
];

/**
 * Skills that are about people and ways of working rather than technology: each is asked
 * through the behavioural and situational questions (banks.ts) that probe it, by id.
 */
export const SOFT_SKILLS: { pattern: RegExp; questions: string[] }[] = [
  { pattern: /\b(mentor\w*|coach\w*)\b/, questions: ["mentor", "struggling-colleague"] },
  {
    pattern: /\b(leadership|leading|team lead\w*|(people|team|engineering) management)\b/,
    questions: ["lead-team", "influence", "people-decision"],
  },
  {
    pattern: /\b(communication|presentation|writing|public speaking)\b/,
    questions: ["explain", "deadline"],
  },
  { pattern: /\bstakeholder/, questions: ["deadline", "overload"] },
  { pattern: /\b(collaborat\w*|teamwork|team player|cooperation)\b/, questions: ["disagreement"] },
  { pattern: /\b(ownership|accountab\w*|reliability as a person)\b/, questions: ["mistake"] },
  {
    pattern:
      /\b(agile|scrum|kanban|project management|product management|planning|prioriti[sz]\w*|time management)\b/,
    questions: ["interruption", "overload", "changed-requirements"],
  },
  {
    pattern: /\b(problem[- ]solving|analytical|critical thinking)\b/,
    questions: ["stuck", "ambiguity"],
  },
  { pattern: /\b(customer|user) (focus|centric\w*|orientation)\b/, questions: ["users"] },
  {
    pattern: /\b(adaptab\w*|flexib\w*|ambiguity)\b/,
    questions: ["changed-requirements", "ambiguity"],
  },
  { pattern: /\b(learning|curiosity|growth mindset)\b/, questions: ["learn-fast", "feedback"] },
  { pattern: /\b(decision[- ]making|judg(e)?ment)\b/, questions: ["decide"] },
  { pattern: /\b(resilience|pressure|stress)\b/, questions: ["pressure", "failure"] },
];

/** The family a skill belongs to, or null for one the interviewer has no specific angles for. */
export function familyOf(skill: string): SkillFamily | null {
  const text = skill.toLowerCase();
  return SKILL_FAMILIES.find((family) => family.pattern.test(text)) ?? null;
}

/** The bank questions that probe a soft skill, or null for a technical (or unknown) skill. */
export function softQuestionsOf(skill: string): string[] | null {
  const text = skill.toLowerCase();
  return SOFT_SKILLS.find((soft) => soft.pattern.test(text))?.questions ?? null;
}
