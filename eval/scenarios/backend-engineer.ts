import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "backend-engineer",
  field: "software",
  job: {
    title: "Senior Backend Engineer, Payments Platform",
    description:
      "Harbourline Payments processes card and account-to-account payments for more than 4,000 online merchants across the UK and the EU. Our Payments Platform team owns the services that authorise, capture, settle and pay out money: a set of Go and Python services running on Kubernetes (Amazon EKS), backed by PostgreSQL and connected through Kafka. At peak we handle several thousand transactions per second, and every one of them has to be correct, idempotent and auditable.\n\nAs a Senior Backend Engineer you will design and build new capabilities on the platform, such as multi-currency payouts and a new partner-facing API, and you will make the services we already run faster, cheaper and easier to operate. You will write design documents, review code and designs from other engineers, and mentor mid-level engineers. You will join the team's on-call rotation (one week in six, with a paid allowance) and help us keep the 99.95% availability SLO we publish for authorisation.\n\nYou will work closely with product managers, the risk and compliance team and our SRE group. We value engineers who think about failure modes before they write code, who measure before they optimise, and who can explain a trade-off clearly in writing.\n\nThis is a hybrid role based in our London office, with two days a week on site. The salary range is £95,000 to £115,000 plus equity, 30 days of holiday and a personal learning budget.",
    seniority: "senior",
    department: "Engineering - Payments Platform",
    location: "London, UK (hybrid)",
    employment_type: "full_time",
    requirements: [
      "5+ years building and operating production backend services, ideally in payments, fintech or logistics",
      "Strong experience designing distributed systems for correctness: idempotency, retries, ordering and consistency trade-offs",
      "Experience owning services in production, including an on-call rotation and leading incident response",
      "Practical knowledge of observability: metrics, distributed tracing, structured logging and SLO-based alerting",
      "Clear written communication: design documents, RFCs and blameless postmortems",
    ],
    skills: ["Go", "Python", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "API design"],
    interview_settings: {
      question_count: 8,
      duration_minutes: 45,
      difficulty: "hard",
      focus_areas: ["system design", "reliability", "payments domain"],
    },
  },
  candidate: {
    full_name: "Priya Raghunathan",
    email: "priya.raghunathan@example.com",
    phone: "+44 7700 900412",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Tomasz Kowalczyk",
    email: "tomasz.kowalczyk@example.net",
    phone: "+44 7700 900873",
    pronouns: "he/him",
  },
  cv: `{name} ({pronouns})
Senior Backend Engineer
London, UK | {email} | {phone}

SUMMARY
Backend engineer specialising in payment systems: authorisation, ledgers and payouts. I build
services in Go and Python on PostgreSQL and Kafka, run them on Kubernetes in AWS, and take my
turn on call. Happiest when I can make a system both faster and easier to operate.

EXPERIENCE

Fernhill Payments Ltd, London
Senior Backend Engineer | Jan 2021 - Present
- Cut p99 authorisation latency from 480 ms to 95 ms by moving fraud-rule evaluation off the hot path and caching merchant configuration in Redis
- Led a team of 5 engineers through a zero-downtime migration of the payments ledger from MySQL to PostgreSQL
- Brought mean time to recovery down from 70 minutes to 18 minutes by rewriting runbooks and introducing SLO-based alerting
- Own the design and versioning policy of the partner-facing Payouts API
- Take part in the platform on-call rotation and facilitate blameless postmortems

Cargoline GmbH, Hamburg
Backend Engineer | Mar 2018 - Dec 2020
- Eliminated duplicate carrier bookings, previously around 40 a month, by introducing idempotency keys and a transactional outbox in front of Kafka
- Built the shipment-tracking event pipeline in Python and Kafka, consuming status updates from carrier integrations
- Moved the team's services from EC2 instances to Kubernetes on Amazon EKS
- Mentored junior engineers through their first on-call shifts

Tessera Analytics
Software Engineer | Sep 2015 - Feb 2018
- Reduced the nightly reporting job from 6 hours to 40 minutes by rewriting it as incremental PostgreSQL queries with partitioned tables
- Maintained the Django REST API behind the customer dashboards
- Introduced automated database migrations and integration tests in CI

Brindle Digital
Junior Developer | Jul 2014 - Aug 2015
- Built and maintained Python back ends for client marketing websites
- Wrote internal tooling for deploying client sites to AWS

SKILLS
Languages: Go, Python, SQL, Bash
Data: PostgreSQL, MySQL, Redis, Kafka, Debezium
Infrastructure: AWS (EKS, RDS, MSK, S3, IAM), Kubernetes, Terraform, Helm, Argo CD
Observability: Prometheus, Grafana, OpenTelemetry, PagerDuty
Practices: API design (REST, OpenAPI), event-driven architecture, incident management

EDUCATION
BSc (Hons) Computer Science, University of Leeds, 2011 - 2014

LANGUAGES
English (fluent), German (professional working proficiency)
`,
  truth: {
    employers: ["Fernhill Payments Ltd", "Cargoline GmbH", "Tessera Analytics", "Brindle Digital"],
    titles: [
      "Senior Backend Engineer",
      "Backend Engineer",
      "Software Engineer",
      "Junior Developer",
    ],
    claims: [
      "Cut p99 authorisation latency from 480 ms to 95 ms by moving fraud-rule evaluation off the hot path and caching merchant configuration in Redis",
      "Led a team of 5 engineers through a zero-downtime migration of the payments ledger from MySQL to PostgreSQL",
      "Brought mean time to recovery down from 70 minutes to 18 minutes by rewriting runbooks and introducing SLO-based alerting",
      "Eliminated duplicate carrier bookings, previously around 40 a month, by introducing idempotency keys and a transactional outbox in front of Kafka",
      "Reduced the nightly reporting job from 6 hours to 40 minutes by rewriting it as incremental PostgreSQL queries with partitioned tables",
    ],
  },
  topics: [
    // ---------------------------------------------------------------- skills
    {
      name: "Go",
      match: [
        "golang",
        "goroutine",
        "goroutines",
        "go service",
        "go services",
        "go code",
        "error handling",
        "channels",
        "pprof",
      ],
      strong: [
        "Most of what I've written since I joined Fernhill in 2021 is Go. At Fernhill Payments the authorisation service is a Go service that sits in the request path of every card payment, so I care a lot about how it behaves under load. One example: we had a slow goroutine leak. Pod memory climbed for about two days until Kubernetes OOM-killed the pods. I took a goroutine profile with pprof from a pod close to its limit and found tens of thousands of goroutines blocked on a channel send in our fraud-signal publisher: when the downstream call timed out, nothing was reading that channel any more. I fixed it by passing the request context down, selecting on ctx.Done() next to the send, and using errgroup so the fan-out calls are cancelled together. Then I added goleak to the package tests and made sure go test -race runs in CI. Memory has been flat since. In general I keep Go boring: small interfaces defined by the consumer, errors wrapped with %w, and an explicit timeout on every outbound call.",
        "When I start a new Go service I think first about how it starts and stops, because that's where a lot of production bugs hide. For the Payouts API at Fernhill I built the service on net/http with a thin router, pgx for PostgreSQL and sqlc to generate typed code from plain SQL, so reviewers read real queries rather than ORM calls. On SIGTERM the service fails its readiness probe, waits for the load balancer to drain it, calls http.Server.Shutdown with a deadline, and only then commits Kafka offsets and closes the connection pool. Before we did that, every deploy produced a small burst of 502s; afterwards deploys were invisible on the error dashboards. I also push for table-driven tests and testcontainers, so integration tests run against a real Postgres instead of mocks, because mocked databases gave us false confidence more than once. The features I rely on most are context for deadlines and cancellation and the standard library; I only reach for generics when they remove real duplication.",
      ],
      vague: [
        "I really enjoy working with Go. It's a simple, fast language with great support for concurrency, and I think it's a very good fit for backend services. I always try to write clean, idiomatic code and follow best practices so the rest of the team can maintain it easily.",
        "Go is one of my main languages. I like that it's easy to read and that goroutines make concurrency straightforward. It's important to handle errors properly and to write good tests, and I always try to keep my code as simple as possible.",
      ],
    },
    {
      name: "Python",
      match: [
        "python",
        "django",
        "asyncio",
        "fastapi",
        "mypy",
        "gil",
        "multiprocessing",
        "python service",
      ],
      strong: [
        "I wrote Python professionally for about six years before moving mostly to Go, and I still use it for tooling and data work. The biggest Python system I built was the shipment-tracking pipeline at Cargoline: consumers that read carrier status updates from Kafka, normalised them and wrote them to PostgreSQL. At one point it couldn't keep up during the evening peak and consumer lag grew to more than an hour. I profiled it with py-spy and found most of the time was spent in JSON parsing and one database round trip per event. I switched to orjson, batched the writes with execute_values so each poll of up to 500 messages became a single insert, and ran several worker processes per pod, since the GIL meant threads weren't helping with the CPU-bound parsing. Lag during the peak stayed under a minute afterwards. We also added type hints and ran mypy in strict mode on the pipeline package, which caught a real bug with an Optional timestamp before it reached production.",
        "At Tessera Analytics I maintained the Django REST Framework API behind the customer dashboards, so I know the usual Django performance traps quite well. The one I remember best: a dashboard endpoint that listed reports with their owners and tags took over two seconds. With django-debug-toolbar I saw it was issuing a few hundred queries per request, the classic N+1 from serializers walking foreign keys. I added select_related for the owner and prefetch_related for the tags, and I wrote a test using assertNumQueries so the count couldn't silently creep back. The endpoint went to roughly 150 milliseconds. The lesson I took from it is to treat the ORM as a query generator I have to read, not hide behind: I now look at the SQL it produces during code review, and I usually add an assertion on the number of queries for any list endpoint.",
      ],
      vague: [
        "Python is a great language and I've used it a lot over my career. It has a huge ecosystem of libraries, which makes it very productive. I always try to write readable, well-tested Python code and follow the usual style guides and best practices.",
        "I'm very comfortable with Python. I think it's important to choose the right tool for the job, and Python is excellent for quickly building services and scripts. I try to keep my code clean and make sure it's properly tested.",
      ],
    },
    {
      name: "PostgreSQL",
      match: [
        "postgresql",
        "postgres",
        "relational database",
        "database",
        "sql",
        "query",
        "queries",
        "index",
        "schema",
        "vacuum",
      ],
      strong: [
        "For a slow query my routine is always the same. First pg_stat_statements to see which queries actually cost the most in total time, not just the slowest single call. Then EXPLAIN (ANALYZE, BUFFERS) on a realistic parameter set. At Fernhill we had a payouts lookup that was suddenly taking seconds. The plan showed a sequential scan because the planner thought the merchant_id filter matched half the table; the statistics were stale after a big backfill and the data was very skewed. I ran ANALYZE, raised the statistics target on that column, and added a composite index on merchant_id and created_at, built with CREATE INDEX CONCURRENTLY so we didn't block writes. The query went from about 3 seconds to 4 milliseconds. Since then we alert on tables where autovacuum and autoanalyze haven't run for a while, because on a write-heavy ledger those are often the root cause.",
        "Schema changes on a busy database are where I'm most careful. Our ledger tables at Fernhill take writes all day, so every migration goes through a checklist I wrote. We set lock_timeout to a couple of seconds so a migration fails fast instead of queuing behind a long transaction and blocking everything behind it. New columns are added nullable with no volatile default, then backfilled in small batches. Constraints are added as NOT VALID and validated separately, which only needs a weaker lock. Indexes are always built concurrently. We also run squawk, a migration linter, in CI, so most of these mistakes are caught before review. For the ledger design itself we use an append-only entries table in integer minor units with a check constraint that every transaction balances to zero, so the database enforces double-entry rather than trusting application code.",
      ],
      vague: [
        "PostgreSQL is my favourite relational database. It's very reliable and has a lot of powerful features. I always make sure to design a good schema, use indexes where they're needed and keep an eye on query performance as the data grows.",
        "I have a lot of experience with Postgres. I think it's important to understand how the database works under the hood and to write efficient queries. When something is slow, I look at the query and try to optimise it.",
      ],
    },
    {
      name: "Kafka",
      match: [
        "kafka",
        "event-driven",
        "consumer",
        "consumers",
        "producer",
        "offsets",
        "message queue",
        "streaming",
        "consumer lag",
        "poison messages",
      ],
      strong: [
        "I built the shipment-tracking pipeline at Cargoline on Kafka, so I've dealt with most of the operational sharp edges. We keyed every message by shipment ID so all updates for one shipment land on the same partition and stay in order, because a 'delivered' event overtaken by an 'out for delivery' event confuses customers. The painful problem was rebalancing: each deploy triggered a stop-the-world rebalance and lag spiked for minutes. I switched the consumers to the cooperative-sticky assignor and gave each pod a static group.instance.id, so a rolling restart no longer reshuffled every partition. For poison messages we added a dead-letter topic with the original headers and the error, plus a small tool to replay from it once a fix is deployed. We monitored consumer lag per partition in Prometheus and alerted on lag in time, not in messages, because that's what the business cares about.",
        "How I approach Kafka design: first decide what ordering you really need, since that sets the partition key and the partition count. Then accept that delivery is at-least-once in practice, so every consumer has to be idempotent. At Fernhill we publish ledger changes with Debezium, reading from PostgreSQL's write-ahead log, which gives us a reliable change stream without dual writes in application code. Every event has an Avro schema in the schema registry with backward compatibility enforced, so a producer can't ship a change that breaks downstream consumers; we caught two breaking changes that way in CI. Consumers keep a processed-events table keyed by event ID in the same transaction as their side effects. And I always size retention for replay: we keep seven days on the ledger topics so we can rebuild a downstream projection after a bug instead of writing one-off scripts.",
      ],
      vague: [
        "Kafka is a great tool for building event-driven systems. It scales very well and decouples services from each other. I've used it a lot and I understand concepts like topics, partitions and consumer groups, and I always try to design the events carefully.",
        "I have good experience with Kafka. It's important to think about things like ordering and delivery guarantees when you use it. I always make sure consumers are reliable and that we monitor the system properly.",
      ],
    },
    {
      name: "Kubernetes",
      match: [
        "eks",
        "cluster",
        "restarting",
        "crashloopbackoff",
        "stuck",
        "unstuck",
        "node pool",
        "cpu throttling",
        "kubernetes cluster",
      ],
      strong: [
        "I led the move of our services at Cargoline from hand-managed EC2 instances to Kubernetes on Amazon EKS. We packaged each service as a Helm chart from a shared template, so every service got the same basics: readiness and liveness probes that test different things, resource requests based on real usage from Prometheus, a PodDisruptionBudget so node upgrades never took a whole service down, and anti-affinity across availability zones. For the Kafka consumers, CPU-based autoscaling was useless, so we used KEDA to scale on consumer lag. We migrated one service a week, running both old and new in parallel behind the load balancer and shifting traffic gradually. By the end, a deploy went from a half-hour manual process to a merge that Argo CD rolled out, and node patching stopped being a weekend job.",
        "A Kubernetes problem I'm a bit proud of solving: at Fernhill the authorisation service showed p99 latency spikes every few seconds even at low load. The pods were nowhere near their CPU limit on average, but container_cpu_cfs_throttled_periods_total was climbing. The Go runtime saw all the node's cores, so GOMAXPROCS was 16 inside a pod limited to 2 CPUs, and the garbage collector burned the whole CFS quota in a few milliseconds and then got throttled for the rest of the period. I added automaxprocs so GOMAXPROCS follows the cgroup limit, and for that latency-sensitive service we removed the CPU limit and kept only a request, which our SRE team agreed to with a dedicated node pool. The spikes disappeared. Since then it's the first thing I check when a service on Kubernetes has unexplained tail latency.",
      ],
      vague: [
        "Kubernetes is the industry standard for running containers, and I've used it for several years. It makes deployment and scaling much easier. I always try to follow best practices like setting resource limits and health checks for my services.",
        "I'm comfortable with Kubernetes and tools like Helm. I think it's important for developers to understand how their services run in the cluster, so I try to be involved in deployments and troubleshooting when there are problems.",
      ],
    },
    {
      name: "AWS",
      match: [
        "aws",
        "amazon web services",
        "cloud",
        "ec2",
        "rds",
        "s3",
        "iam",
        "terraform",
        "msk",
        "aws bill",
      ],
      strong: [
        "Our whole platform at Fernhill runs on AWS, managed with Terraform: EKS for compute, RDS for PostgreSQL in Multi-AZ, MSK for Kafka and S3 for settlement files. I care most about two things there, access and failure. For access, every service gets its own IAM role through IRSA, so no pod has node-level credentials, and S3 buckets with card scheme files are restricted by bucket policy and encrypted with a customer-managed KMS key. For failure, I organised quarterly failover drills. In the first one we rebooted the RDS primary with failover and found our Go services kept dead connections in the pool for several minutes, so authorisations failed long after the database was back. I set TCP keepalives and a health-check period on the pgx pool and capped connection lifetime. In the next drill errors lasted about 40 seconds, which is roughly the DNS switchover itself.",
        "I've done a fair amount of AWS cost work. Last year at Fernhill finance asked us to bring the platform's bill down without touching reliability. I started with Cost Explorer grouped by tag and found three big items: EKS node groups sized for a peak we only hit on Black Friday, a lot of old S3 data in Standard storage, and cross-AZ data transfer from chatty services. We moved the stateless Go services to Graviton instances, which needed only a multi-arch Docker build, and let the cluster autoscaler work with smaller node groups. We added S3 lifecycle rules to move settlement files to Glacier after 90 days, which compliance approved because retrieval within hours is acceptable for audits. Compute alone came down by about a fifth, and we set up a monthly cost review so it doesn't creep back.",
      ],
      vague: [
        "I've worked with AWS for most of my career and I'm familiar with the main services for compute, storage and databases. I think the cloud gives teams a lot of flexibility, and I always try to follow AWS best practices for security and cost.",
        "AWS is a big part of my experience. It's important to use infrastructure as code and to think about security and reliability from the start. I'm comfortable working with most of the common services and I learn new ones when needed.",
      ],
    },
    {
      name: "API design",
      match: [
        "api design",
        "rest",
        "openapi",
        "versioning",
        "backwards compatible",
        "breaking change",
        "partner-facing api",
        "pagination",
        "error model",
      ],
      strong: [
        "I own the partner-facing Payouts API at Fernhill, so API design is a big part of my job. We write the OpenAPI spec first and review it like code before anyone implements it. A few principles I hold to: resources are nouns with stable IDs; every POST that moves money requires an Idempotency-Key header, and we store the key with the response for 24 hours so a retry returns the original result; list endpoints use cursor pagination because offsets break when new payouts arrive; and errors have a stable machine-readable code plus a human message. For versioning we followed Stripe's model: partners pin a dated version, we only make additive changes within a version, and a breaking change ships as a new dated version with a transformation layer for the old one. We give twelve months' notice before retiring a version, and we track which partners still call old versions so account managers can contact them.",
        "One lesson on API compatibility I learned the hard way. We added a new payout status, 'returned', for when a bank bounces a transfer. We considered it additive, but one large partner had generated a strict enum from our spec and their client threw an exception on the unknown value, so their payouts page broke for a morning. I handled the incident with their engineers and we temporarily mapped 'returned' to 'failed' for their account. Afterwards I changed three things. Our API guidelines now say explicitly that clients must tolerate unknown enum values and fields, and the SDKs we publish do. New enum values are announced in the changelog two weeks ahead. And we added contract tests using recorded requests from the top partners' sandbox traffic, so we see before release whether a change alters the responses they actually depend on.",
      ],
      vague: [
        "Good API design is really important, because other teams and partners depend on it. I always try to make APIs consistent, intuitive and well documented, and to follow REST conventions. Versioning is also important so you don't break your clients.",
        "When I design an API, I think about the people who are going to use it. It should be simple and predictable, with clear error messages. I also try to involve the consumers early and make sure the documentation is good.",
      ],
    },
    // ---------------------------------------------------------- requirements
    {
      name: "Backend experience in payments and logistics",
      match: [
        "payments domain",
        "payment flows",
        "fintech",
        "card payments",
        "settlement",
        "reconciliation",
        "logistics",
        "most relevant",
        "proudest",
        "achievement",
      ],
      strong: [
        "I've spent more than ten years on backend systems, since 2021 in payments at Fernhill and before that almost three years in logistics at Cargoline. In payments I work across the whole flow: authorisation in real time, capture, clearing and settlement from the card scheme files, and payouts to merchants. The domain rules shape the code. Money is always integer minor units with an explicit currency, never floats. Every state change is an append-only ledger entry, so we can explain any balance to an auditor. And we reconcile daily: a job matches our captured transactions against the acquirer's settlement file and flags breaks. Once it flagged a few hundred transactions a day that didn't match, and I traced it to partial captures on hotel bookings being settled as two records. Fixing the matching logic removed most of the manual work the finance operations team had been doing every morning.",
        "Logistics and payments turned out to have very similar engineering problems, which is partly why I moved between them. At Cargoline we integrated with dozens of carriers, each with their own API quality, so I learned to assume every external call can time out after succeeding and every webhook can arrive twice or out of order. That's exactly the situation with acquirers and banks in payments. The difference is the cost of a mistake: a duplicate carrier booking costs a cancellation fee and an annoyed customer, a duplicate payout costs real money that may never come back. So at Fernhill I've been stricter: idempotency keys on everything that moves money, reconciliation against an external source of truth every day, and four-eyes review on any manual ledger adjustment. What carried over directly from logistics was the event-driven design and a habit of building replay tools before we need them.",
      ],
      vague: [
        "I have several years of backend experience, including in payments and logistics. These are interesting domains because correctness is really important. I always try to understand the business side and not just the technical side, so I can build the right solution.",
        "Payments is a domain I really enjoy. There are a lot of rules and edge cases, and you have to be very careful with money. I think my background has given me a good understanding of what it takes to build reliable systems in this area.",
      ],
    },
    {
      name: "Distributed systems correctness",
      match: [
        "distributed",
        "distributed systems",
        "idempotency",
        "retries",
        "consistency",
        "race condition",
        "failure modes",
        "system design",
        "traffic",
        "scale",
      ],
      strong: [
        "My starting assumption is that any remote call can fail in three ways: it fails, it succeeds, or it times out and you don't know. The third one is where money goes missing. For payouts at Fernhill we call a banking partner's API to send the transfer. If that call times out, we never blindly retry. The payout moves to an 'unknown' state, and a reconciler queries the partner by our reference, which we send as their idempotency key, before deciding whether to resend. Retries everywhere use exponential backoff with jitter and a budget, so a struggling dependency doesn't get hammered. The payout flow itself is a saga: reserve funds in the ledger, send, then confirm or release, with each step recorded so a crashed worker can resume. Since we built it that way we haven't had a double payout, and the few unknowns a week resolve automatically within minutes.",
        "A concrete race condition I fixed: merchants can request an instant payout of their available balance, and in load testing I found that two concurrent requests could both read the same balance and both succeed, overdrawing the account. The check and the insert were in separate statements with no lock. I considered SERIALIZABLE isolation, but the retry handling would have spread across the codebase. Instead we take a row lock on the merchant's balance row with SELECT ... FOR UPDATE inside the transaction that writes the ledger entries, so concurrent payouts for one merchant queue briefly while different merchants don't contend. I wrote a test that fires fifty concurrent payout requests against a real Postgres in testcontainers and asserts the balance never goes negative. It failed reliably before the fix and has passed ever since, and it's now part of the suite that runs on every pull request.",
        "Before our first Black Friday at Fernhill, product expected about five times our normal peak, so I led the capacity work for the authorisation path. I started by asking what would break first rather than adding servers. We ran k6 load tests in a production-like environment, stepping up to six times peak. The first thing to fail wasn't the Go services, which scale horizontally, but PostgreSQL connections: every pod held its own pool, and at high pod counts we hit the connection limit. We put PgBouncer in transaction mode in front of the primary and moved read-only lookups to a replica. The second bottleneck was a Kafka topic with too few partitions for the consumer parallelism we needed. Ordering only matters per merchant, so we created a new topic with more partitions, keyed by merchant ID, and moved consumers over on a quiet weekend. We also agreed load-shedding rules: non-critical calls like analytics events are dropped first. On the day we peaked at about four and a half times normal, p99 stayed under our 300 millisecond SLO, and nothing paged.",
      ],
      vague: [
        "Distributed systems are hard because so many things can go wrong. I always try to think about failure modes and make operations idempotent where possible. It's also important to use retries carefully and to understand the consistency guarantees of the systems you use.",
        "In distributed systems you have to design for failure. I think idempotency and good error handling are key, and I always try to keep things as simple as possible so the system is easier to reason about.",
      ],
    },
    {
      name: "On-call and incident response",
      match: [
        "on-call",
        "incident",
        "incident response",
        "pagerduty",
        "production data",
        "security flaw",
        "integrity",
        "integrity and safety",
        "safety",
        "first hour",
      ],
      strong: [
        "The incident I remember best: I was paged at about two in the morning because the authorisation error rate had jumped to around 8%. I declared an incident in Slack, took the incident commander role and pulled in the secondary on-call so one of us could investigate while the other handled communication. The dashboards showed failures only for merchants using a particular fraud rule set, and the deploy log showed a rules configuration change an hour earlier. Rather than debug the rule at night, I rolled the configuration back through our admin tool, watched the error rate return to baseline, and asked support to update the status page. We were fully recovered in 22 minutes. In the postmortem the contributing factor wasn't the engineer who made the change: rules configuration had no validation or staged rollout. We added schema validation and a canary for configuration, the same as for code.",
        "I think good on-call is mostly preparation. On our team at Fernhill each shift starts with a short handover: open issues, risky deploys planned for the week, anything flaky. Every alert that pages must link to a runbook and be actionable, and we review the page log in the weekly team meeting. If an alert fired and nobody needed to act, we delete it or make it a ticket instead of a page. When I joined, the rotation got around thirty pages a week, and after a few months of that hygiene it was down to a handful, which matters because tired people make mistakes during real incidents. During incidents we use clear roles, commander, investigator and communicator, and the commander's job is to coordinate, not to debug. I've also mentored newer engineers by shadowing them on their first shifts, as I did at Cargoline.",
      ],
      vague: [
        "I'm comfortable being on call and I think it's an important part of owning your services. When there's an incident I try to stay calm, focus on restoring service first and communicate clearly with the team. Afterwards it's important to learn from it.",
        "On-call can be stressful, but it's part of the job. I always try to make sure there are good runbooks and alerts so problems can be fixed quickly, and I think a blameless culture is important when things go wrong.",
      ],
    },
    {
      name: "Observability and SLOs",
      match: [
        "observability",
        "monitoring",
        "tracing",
        "slo",
        "slos",
        "alerting",
        "reliability",
        "reliable",
        "alert on",
        "tools and methods",
      ],
      strong: [
        "When I joined Fernhill, alerting was a collection of static thresholds: CPU above 80%, error count above 50 a minute. They fired at night for nothing and missed slow degradations. I proposed SLOs for the authorisation service, 99.95% of requests successful and 99% under 300 milliseconds over 30 days, agreed them with product and the SRE team, and replaced the thresholds with multi-window burn-rate alerts from the Google SRE workbook: page if we burn the error budget fourteen times faster than sustainable over an hour, confirmed over five minutes, and open a ticket for slower burns. We built them as Prometheus recording rules with Grafana dashboards showing the remaining budget. Pages dropped sharply and the ones left were real. The error budget also gave us an objective way to decide when to slow feature work and spend a sprint on reliability.",
        "Tracing is what found the biggest performance problem I've worked on. Our authorisation p99 was around 480 milliseconds and nobody could say why from metrics alone, since every service looked fine on its own dashboard. I instrumented the authorisation path with OpenTelemetry, propagating the trace context through our Go services and into the Kafka headers, and sent traces to Tempo with tail-based sampling that keeps every slow or failed trace. Looking at the slowest traces, more than half the time was synchronous fraud-rule evaluation plus a configuration lookup in PostgreSQL on every request. That led to the work that brought p99 down to 95 milliseconds. Since then I make sure logs are structured JSON carrying the trace ID, so from a slow trace in Grafana you can jump straight to the log lines of that request.",
      ],
      vague: [
        "Observability is essential for running services in production. You need good metrics, logs and traces so you can understand what's happening. I always try to add monitoring and alerting to the services I build and make sure the dashboards are useful.",
        "I think SLOs are a great way to focus on what matters to users. It's important to alert on symptoms rather than causes, and to avoid alert fatigue. I try to make sure we have the right visibility into our systems.",
      ],
    },
    {
      name: "Technical writing and communication",
      match: [
        "design document",
        "design doc",
        "rfc",
        "writing",
        "written",
        "documentation",
        "written communication",
        "complex",
        "non-technical",
        "communication",
      ],
      strong: [
        "The most important document I've written was the RFC for migrating the Fernhill ledger from MySQL to PostgreSQL. I structured it the way I structure most design docs: a one-paragraph recommendation at the top, then context, goals and explicit non-goals, then the options we considered with their trade-offs in a table, the chosen design, the rollout and rollback plan, and open questions. The non-goals mattered most: we said we would not change the ledger's data model during the migration, which kept the scope survivable. I shared it for asynchronous comments for a week, then held one review meeting only for the open questions. Over forty comments came in, and two of them, from the SRE team and from finance, changed the rollback plan. We kept a decision log in the doc during the project, and new joiners still read it to understand the ledger.",
        "I write postmortems for most incidents I lead, and I try to make them useful to someone who wasn't there. The format I use: a summary a manager can read in thirty seconds, customer impact in numbers, a timeline from the first signal to full recovery, then contributing factors rather than a single root cause, and action items with an owner and a ticket. I avoid phrases like 'human error', because they stop the analysis at the moment it gets interesting. For the fraud rules configuration incident, asking why a bad configuration could reach production at all led to adding validation and a canary for configuration, which has since stopped at least two bad changes. I also review other engineers' design docs, and my most common comment is asking them to move the decision and the trade-off to the top.",
      ],
      vague: [
        "I think clear writing is a really important skill for engineers. I always try to document my designs and decisions so other people can understand them, and I like to get feedback on my documents early from the team.",
        "Design documents help the team align before building something. It's important to explain the problem, the options and the trade-offs. I try to keep my documents clear and concise and to write postmortems after incidents.",
      ],
    },
    // ---------------------------------------------------------------- claims
    {
      name: "Cutting p99 authorisation latency",
      claim:
        "Cut p99 authorisation latency from 480 ms to 95 ms by moving fraud-rule evaluation off the hot path and caching merchant configuration in Redis",
      match: [
        "latency",
        "p99",
        "authorisation",
        "authorization",
        "fraud",
        "redis",
        "cache",
        "caching",
        "hot path",
        "performance",
      ],
      strong: [
        "Some of our larger merchants were complaining about checkout timeouts, and our p99 authorisation latency was around 480 milliseconds. Traces showed two causes: every authorisation ran the full set of fraud rules synchronously, including a few expensive scoring rules, and it loaded the merchant's configuration from PostgreSQL on every request. I split the rules with the risk team. Cheap blocking rules like velocity limits and blocklists stayed inline, in process. The expensive scoring moved after the authorisation response, because we can still void a suspicious authorisation before capture. For configuration I added a read-through Redis cache with a short TTL, plus invalidation through a Kafka event whenever a merchant's settings change, so a blocked card takes effect within a second. We rolled it out behind a flag, one merchant cohort at a time, comparing fraud rates per cohort. p99 dropped from 480 to 95 milliseconds, and fraud losses didn't move.",
        "The hard part of that project wasn't the caching, it was convincing the risk team to let us move fraud evaluation off the hot path. Their worry was reasonable: if scoring runs after we approve, a fraudulent payment gets approved first. So I pulled three months of data and showed that the scoring rules almost never declined in real time; most of their hits led to manual review anyway, and nothing is captured before review. We agreed that any asynchronous score above a threshold automatically voids the authorisation before capture. Then the engineering was fairly straightforward: in-process evaluation for the cheap rules, a Kafka topic feeding the scoring service, and Redis for merchant configuration instead of a PostgreSQL query per request. p99 went from 480 milliseconds to 95, and p50 roughly halved as well. The risk team now asks us to put new rules in the asynchronous path by default.",
      ],
      vague: [
        "Performance is something I care about a lot. When a system is slow, I think it's important to measure first and find the real bottleneck, and caching can often help. I always work with the business to make sure the changes are safe.",
        "Latency really matters for payments because customers are waiting at checkout. I always try to keep the critical path as lean as possible and to monitor the tail latency, not just the average.",
      ],
      contradicting: [
        "Some of our bigger merchants were seeing checkout timeouts, and our p99 for authorisation was around 900 milliseconds. Tracing showed most of it was the fraud checks running synchronously and a configuration lookup in PostgreSQL on every request. I worked with the risk team to move the heavier scoring rules after the authorisation response, with an automatic void before capture if the score came back high, and I put a Redis cache in front of the merchant configuration with invalidation through Kafka. We rolled it out cohort by cohort behind a flag. p99 came down to roughly 300 milliseconds. It didn't hit the 200 we were aiming for, but merchants stopped complaining about timeouts.",
        "That was mainly our staff engineer's project. He did the tracing that showed the fraud rules and the configuration lookups were the problem, designed the split between synchronous and asynchronous rules and negotiated it with the risk team. My part was smaller: I wrote the k6 load tests we used to compare before and after, and I reviewed the Redis caching change, where I caught a missing invalidation for blocked cards. The result was p99 going from about 480 to 95 milliseconds, so I put it on my CV because I was on the team that delivered it.",
      ],
    },
    {
      name: "Leading the ledger migration to PostgreSQL",
      claim:
        "Led a team of 5 engineers through a zero-downtime migration of the payments ledger from MySQL to PostgreSQL",
      match: [
        "migration",
        "migrate",
        "ledger",
        "mysql",
        "zero-downtime",
        "zero downtime",
        "cutover",
        "led a team",
        "dual write",
      ],
      strong: [
        "The ledger was on an old MySQL instance we couldn't scale vertically any more, and it had no check constraints, so balance errors could only be found after the fact. I led a team of five engineers on the migration to PostgreSQL, and the constraint was zero downtime, because we authorise payments around the clock. We streamed every change from MySQL with Debezium into Kafka and applied it to the new PostgreSQL schema, after an initial backfill. Then we ran shadow reads for about six weeks: every balance read went to both databases and we logged mismatches, which found three real bugs in our transformation code. A reconciliation job compared every account's balance nightly. Cutover went merchant cohort by merchant cohort behind a feature flag, with reverse replication running so we could fall back. The whole project took about seven months, and we finished with no downtime and no unexplained balance differences.",
        "Leading that migration was my first time running a team of five engineers on something that long, so a lot of my work was organisation rather than code. I split it into three workstreams, change data capture and backfill, verification, and cutover tooling, each with an owner, and kept the critical path, verification, closest to me. We had a weekly demo with finance and the SRE team, because finance had to trust the new balances before cutover. The thing I'd repeat is making the rollback cheap: reverse replication from PostgreSQL to MySQL ran until the last cohort had been stable for two weeks, so every cutover step was a flag flip, not a leap. We actually used it once, when a cohort showed slower queries, and rolled back in minutes while we added an index. We completed the migration with zero downtime, and two of the engineers now lead projects of their own.",
      ],
      vague: [
        "Database migrations are always challenging, especially when you can't have downtime. I think careful planning, good testing and a rollback plan are key. As a leader, I try to make sure everyone on the team knows their responsibilities and that we communicate well.",
        "I've been involved in migrations before and I know how important it is to verify the data. I always try to break big projects into smaller steps and to keep stakeholders informed so there are no surprises.",
      ],
      contradicting: [
        "I was one of the engineers on the ledger migration, but it was led by our engineering manager, and the team was about twelve people across two squads. My part was the backfill tooling: a Go tool that copied historical ledger entries from MySQL into the new PostgreSQL schema in batches, with a checksum per account so we could verify each batch. Debezium handled the ongoing changes. I also took some of the cutover shifts. It went well, there was no downtime, and I was proud to be part of it.",
        "I led that migration with a team of three engineers. To keep it safe we decided not to do it live: we scheduled a four-hour maintenance window on a Sunday night, put the authorisation service into a mode that declined new payments, exported the ledger from MySQL, loaded it into PostgreSQL, ran our balance checks and switched the connection strings. We were back up after about three hours, within the window, and we'd warned merchants two weeks ahead, so there were very few complaints.",
      ],
    },
    {
      name: "Reducing mean time to recovery",
      claim:
        "Brought mean time to recovery down from 70 minutes to 18 minutes by rewriting runbooks and introducing SLO-based alerting",
      match: [
        "mttr",
        "mean time to recovery",
        "time to recovery",
        "recovery",
        "runbook",
        "runbooks",
        "time to restore",
        "recover faster",
      ],
      strong: [
        "When I joined the platform on-call rotation at Fernhill, our mean time to recovery over the previous two quarters was about 70 minutes. I went through every incident in that period and split the time into phases: detection, getting the right person, diagnosis, and fix. Surprisingly little time was the fix. Most was detection, because our threshold alerts missed gradual degradations, and diagnosis, because the runbooks were outdated wiki pages. So I did two things. I replaced the threshold alerts with SLO burn-rate alerts, which caught problems earlier and with far less noise. And I rewrote the runbooks for our top ten alerts as decision trees with the exact commands, dashboards and rollback steps, linked directly from each PagerDuty alert, and we tested them in game days where someone new followed a runbook. Over the next two quarters mean time to recovery came down to 18 minutes.",
        "I'd say the biggest lever on recovery time isn't heroics, it's making the first ten minutes of an incident boring. At Fernhill we went from about 70 minutes mean time to recovery to 18 by attacking those first minutes. The alerts became SLO-based, so a page meant customers were affected and told you which service. Each alert links to a runbook that starts with 'what changed recently' and the one-click rollback for deploys and configuration, because most of our incidents were caused by a change. And we made incident roles explicit, so the person debugging isn't also updating the status page. I measured it honestly: from first customer impact, not from the page, to full recovery, across every incident of severity two or higher. One lesson was that runbooks rot, so each now has an owner and a review date.",
      ],
      vague: [
        "Recovering quickly from incidents is really important. I think good runbooks and good alerting make a big difference, and the team needs to practise. I always try to improve our processes after each incident so we get better over time.",
        "Mean time to recovery is a key metric for any team running production systems. It's important to have clear procedures and the right monitoring in place, so the on-call engineer can act fast.",
      ],
      contradicting: [
        "When I looked at our incidents, mean time to recovery was around 45 minutes, mostly spent working out which service was at fault. I rewrote the runbooks for our most frequent alerts with exact commands and rollback steps, linked them from PagerDuty, and replaced some of the static thresholds with SLO burn-rate alerts. After two quarters we were at about 30 minutes. Not as dramatic as I'd hoped, because a couple of long incidents with our banking partner dragged the average up, but a clear improvement.",
        "To be honest, our SRE team drove that work. Their lead analysed the previous incidents, they rewrote the runbooks and introduced SLO-based alerting across the platform, and recovery time went from something like 70 minutes to 18. I was the authorisation service's representative: I reviewed the runbooks for our service, tested a few of them in a game day, and fixed two alerts that pointed at the wrong dashboard. It was a good collaboration and I learned a lot from it.",
      ],
    },
    {
      name: "Eliminating duplicate carrier bookings",
      claim:
        "Eliminated duplicate carrier bookings, previously around 40 a month, by introducing idempotency keys and a transactional outbox in front of Kafka",
      match: [
        "duplicate",
        "duplicates",
        "booking",
        "bookings",
        "carrier",
        "outbox",
        "transactional outbox",
        "idempotency keys",
        "exactly once",
      ],
      strong: [
        "At Cargoline we were creating around 40 duplicate carrier bookings a month, and operations had to cancel each one by hand, sometimes after the carrier had already charged a fee. I traced two causes. The booking service wrote the booking to PostgreSQL and then published an event to Kafka; if the pod died between the two, the client retried and we booked again. And the consumer that called the carrier API could be redelivered a message after a rebalance and call the carrier twice. I fixed the first with a transactional outbox: the booking row and the outgoing event are written in the same transaction, and a relay publishes the outbox to Kafka. For the second I introduced an idempotency key derived from the shipment and leg, stored with a unique constraint before calling the carrier, and passed to carriers that support one. Duplicates went to zero and stayed there.",
        "The duplicate bookings problem is a nice example of why I don't trust 'exactly once' claims. When I started on it, the team's instinct was to turn on Kafka's idempotent producer and transactions, but that only covers Kafka itself, not our database write or the HTTP call to the carrier. So I mapped every boundary where a retry could happen and made each one safe. Between the service and Kafka, a transactional outbox table written in the same PostgreSQL transaction as the booking. Between Kafka and the carrier, an idempotency key per shipment leg with a unique constraint, so the second attempt finds the existing booking and returns it. I also added a metric for detected duplicate attempts, so we could see the protection working rather than just the absence of complaints. We went from about 40 duplicate bookings a month to none over the following year.",
      ],
      vague: [
        "Duplicates are a common problem in event-driven systems. I think the best approach is to make operations idempotent and to be careful about how you publish events. I always try to think about what happens when something is retried.",
        "Data consistency between a database and a message broker is tricky. Patterns like the outbox can help a lot, and it's important to design the system so that retries are safe.",
      ],
      contradicting: [
        "We were seeing a lot of duplicate carrier bookings at Cargoline, something like 400 a month at the worst point in peak season. The cause was retries: the service wrote the booking and then published to Kafka, and a crash in between led to a second booking. I added idempotency keys per shipment with a unique constraint, and an outbox table written in the same transaction as the booking. We got it down to a handful a month. We never quite reached zero, because a couple of carriers didn't support idempotency on their side and occasionally created a booking even when our call timed out.",
        "A colleague on the platform team designed the transactional outbox and rolled it out across all our services, including the relay that publishes to Kafka. My part was adding idempotency keys to our carrier booking client and the unique constraint in our database. Together it took duplicates from around 40 a month to very few. I learned a lot from watching how she approached it, mapping every place where a retry could happen before writing any code.",
      ],
    },
    {
      name: "Speeding up the nightly reporting job",
      claim:
        "Reduced the nightly reporting job from 6 hours to 40 minutes by rewriting it as incremental PostgreSQL queries with partitioned tables",
      match: [
        "nightly",
        "reporting job",
        "batch",
        "batch job",
        "report",
        "partitioned",
        "partitioning",
        "incremental",
      ],
      strong: [
        "At Tessera Analytics the nightly job that computed customer report aggregates took about six hours and had started running into the morning, so customers sometimes saw yesterday's numbers until lunch. It recomputed everything from scratch every night over an events table of several hundred million rows. I rewrote it to be incremental: it keeps a watermark of the last processed event, reads only newer events using an index on the ingestion timestamp, and merges the changes into the aggregate tables with INSERT ... ON CONFLICT DO UPDATE. I also moved the events table to native PostgreSQL partitioning by month, so the queries only touched recent partitions and retention became dropping a partition instead of a huge DELETE that bloated the table. I validated it by running old and new side by side for two weeks and diffing the outputs. The job went from 6 hours to 40 minutes.",
        "That job is a good example of how I approach a slow batch process. First I measured where the time went, with pg_stat_statements and logging around each step, and it was clear that almost all of the six hours was full scans over the events table, re-aggregating months of data that hadn't changed. So the fix was about doing less work, not faster work. Incremental processing from a watermark, upserts into the aggregates, and monthly partitions so the planner could prune. The part people forget is late-arriving data: some customers uploaded events days late, so the job reprocessed a window of three days on each run to catch them, which we confirmed was cheap with partitioning. It came down from 6 hours to 40 minutes, and we also removed the weekly VACUUM FULL the team had been running, because dropping old partitions stopped the bloat.",
      ],
      vague: [
        "Batch jobs can get slow as data grows, so it's important to revisit them. I'd look at the queries and the data model and try to process only what's needed. Partitioning and good indexing can make a big difference.",
        "I've worked on optimising reporting jobs before. I think the key is understanding the data and finding the bottleneck, then making the process more efficient. It's also important to validate the results so the reports stay correct.",
      ],
      contradicting: [
        "The nightly reporting job at Tessera took about 3 hours, which was annoying but not critical. It recomputed all the customer aggregates every night. I made it incremental, so it only processed events newer than the last run, and I partitioned the main events table by month, which also made it easy to drop old data. That got it down to roughly an hour. The reports were reliably ready before customers logged in, and the support tickets about stale dashboards stopped.",
        "Our DBA did most of that, really. He partitioned the events table by month and rewrote the heavy aggregation queries to work incrementally from a watermark. I updated the Django code that scheduled and triggered the job, and added monitoring so we'd know if it ran late. Between us it went from about six hours to a bit under an hour, which was enough to get the reports out before the morning.",
      ],
    },
    // --------------------------------------------------------------- general
    {
      name: "Conflict with a colleague",
      match: [
        "conflict",
        "disagreement",
        "disagreed with a colleague",
        "conflict with a colleague",
        "disagree with a colleague",
        "push back",
        "decision making",
      ],
      strong: [
        "At Fernhill a staff engineer and I disagreed about the payouts scheduler. He wanted a job queue built on PostgreSQL with SKIP LOCKED; I wanted to use Kafka, since we already ran it. We went back and forth in the design doc comments for a week and it was getting a bit personal. So I suggested we stop arguing about preferences and agree on criteria first: throughput at our projected peak, how easy it is to inspect and retry a single stuck payout, and the operational cost. Then we each built a one-day spike and load-tested both. His approach handled ten times our projected peak and was much easier to operate: support could find a stuck payout with one SQL query. I changed my recommendation and said so in the doc. We've worked well together since, and I've used the 'criteria first, then spike' approach in several disagreements.",
        "I try to disagree early and about specifics. An example: our SRE lead wanted CPU limits on every pod in the cluster, and I wanted them removed for the authorisation service because they caused throttling and latency spikes. Instead of escalating, I asked for thirty minutes with him and brought the data: throttling metrics, the p99 graph and the change in spikes when we tested without limits in staging. I also listened to his real concern, which was noisy neighbours: one service without limits starving others on the same node. That made the compromise obvious: no CPU limit but a guaranteed request, on a dedicated node pool for latency-critical services. We wrote it up together as a cluster policy. What I learned was that the disagreement was never about limits, it was about protecting other services, and once I addressed that, it was easy.",
      ],
      vague: [
        "I think conflict is natural in any team and can even be healthy. When I disagree with a colleague, I try to listen to their point of view, stay respectful and focus on what's best for the project. Usually we can find a compromise.",
        "I always try to resolve disagreements through open communication. It's important not to take things personally and to remember that we're all working towards the same goal.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "failure",
        "failed",
        "went wrong",
        "regret",
        "resilience",
        "missed its goal",
        "did not go as planned",
        "setback",
        "error you made",
      ],
      strong: [
        "My worst mistake at Fernhill was a schema migration. I added a column with a default to the payouts table and ran it during the day. The statement itself was fast, but it needed an exclusive lock and queued behind a long-running analytics query; every write to the table then queued behind my migration. Payout creation was blocked for about four minutes before I cancelled it. I announced it in the incident channel straight away, explained what I'd done, and cancelled the migration myself. In the postmortem I was clear it was my change, but I also pushed for fixing the system: we now set lock_timeout on every migration so it fails after a couple of seconds instead of blocking, the migration linter runs in CI, and analytics queries go to a read replica. The lesson for me was that a fast statement is not the same as a safe one.",
        "Early at Cargoline I underestimated a carrier integration badly. I told my manager two weeks, because the carrier's API looked similar to others we had. It took almost six, because their sandbox behaved differently from production and their webhooks weren't documented. The real mistake wasn't the estimate, it was that I kept saying 'nearly done' for three weeks instead of raising the risk. The sales team had promised the customer a date based on my estimate. Since then I do two things: when something involves an external party, I estimate after a short spike against their real sandbox, and I report progress as what's done and what's uncertain, not as a percentage. If I can see a date slipping, I say it the same day, with options: cut scope, add help, or move the date.",
      ],
      vague: [
        "Everyone makes mistakes. When I make one, I try to take ownership, fix it as quickly as possible and learn from it. I think it's important to be honest and to make sure the same thing doesn't happen again.",
        "I've definitely made mistakes in my career, like underestimating tasks. I've learned to be more careful, to test things properly and to ask for help earlier when I'm not sure about something.",
      ],
    },
    {
      name: "Prioritising under pressure",
      match: [
        "priorities",
        "prioritise",
        "prioritize",
        "prioritisation",
        "pressure",
        "deadline",
        "urgent",
        "adaptability",
        "could finish",
        "changes significantly",
      ],
      strong: [
        "Last autumn at Fernhill we had a card scheme mandate with a fixed deadline: new fields in authorisation messages, with fines for non-compliance. At the same time, we had incident follow-ups from a bad week, and a product launch for instant payouts. We couldn't do all three properly. I listed every piece of work with its deadline, its risk and what happens if it slips, and went through it with my manager and the product manager. The mandate was non-negotiable, so it went first with two engineers. For incident follow-ups we only did the two actions that prevented a repeat of a customer-facing outage and scheduled the rest. And we agreed with product to launch instant payouts to a pilot of twenty merchants instead of all of them. We met the mandate deadline with a week to spare, and the pilot gave us useful feedback before the full launch.",
        "Under pressure, my first step is to make the trade-off visible, because people usually argue about priorities when nobody has written them down. I keep a short list of what's committed, what's at risk and what's not happening, and share it in the team channel. During our peak season at Cargoline, the operations team was sending urgent requests daily while we were also finishing the EKS migration. I asked our team lead to let me be the single entry point for ops requests for those weeks. I triaged each one: if it affected shipments moving today, we did it immediately; otherwise it went on the backlog with a date. That protected the migration work, and ops got faster answers, because they always knew where their request stood. We paused the migration for the two busiest weeks rather than risk a cutover during peak.",
      ],
      vague: [
        "When I'm under pressure, I try to stay calm and focus on what's most important. I prioritise based on business impact and communicate with my manager if there's too much. I think being organised really helps.",
        "Deadlines are part of the job. I usually make a list of my tasks and decide what needs to happen first. It's important to communicate early if something is at risk and not to sacrifice quality.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "critical feedback",
        "constructive",
        "code review",
        "receive feedback",
        "give feedback",
      ],
      strong: [
        "The most useful feedback I've had came from my manager at Fernhill after my first big design doc. She said the content was good but that people had to read four pages to find out what I was proposing, and that several reviewers had given up and approved without understanding it. It stung a little, because I'd worked hard on it. But she was right: I'd written it in the order I thought about the problem. Since then I start every doc with a one-paragraph recommendation and the key trade-off, then the detail. I also ask one reviewer to tell me what they think I'm proposing after reading only the first page. Review rounds got noticeably shorter, and for the ledger migration RFC the comments were about the design rather than clarifying what I meant.",
        "Giving feedback: a mid-level engineer on my team was opening pull requests of two thousand lines, which sat in review for days and then got rubber-stamped. I raised it in our one-to-one rather than in a review thread. I described the specific pull request, the effect, that it took four days to merge and the reviewers admitted they skimmed it, and asked how he saw it. It turned out he thought small pull requests looked like less work. We agreed he'd split features into stacked pull requests behind a feature flag, and I paired with him on splitting the next one. Within a month his pull requests were usually a few hundred lines and merged within a day. I try to give feedback like that: private, specific, soon after the event, and focused on the effect, not the person.",
      ],
      vague: [
        "I really value feedback, both giving and receiving it. I think it's the best way to grow. When I receive feedback, I try to listen without getting defensive, and when I give it, I try to be constructive and kind.",
        "Feedback is very important in a team. I always try to be open to other people's opinions and to give honest feedback in a respectful way. Code reviews are a great opportunity for that.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "leadership",
        "mentoring",
        "struggling",
        "influence",
        "initiative",
        "improved",
        "continuous improvement",
        "changed for the better",
        "worked closely with others",
      ],
      strong: [
        "Leading the ledger migration taught me most of what I know about leading without being anyone's manager. There were five engineers, plus finance and SRE as stakeholders. I made sure every workstream had one owner who made the decisions in their area, and I kept myself on the verification work rather than the most interesting engineering. We had a short weekly demo, where each owner showed what worked, not a status report. When one engineer was struggling with the backfill performance, I didn't take it over; I paired with him for an afternoon and we found the batch size problem together, and he presented the fix at the next demo. The project finished with zero downtime, and the feedback I valued most was from the engineers, who said they always knew what mattered that week.",
        "At Cargoline I mentored junior engineers through their first on-call shifts, which is a good example of how I like to work with people. Instead of handing them a wiki, each new person shadowed me for a week, then I shadowed them for a week: they held the pager and I sat next to them, only stepping in if a customer was affected. After every page we did a five-minute review of what they saw, what they tried and what they'd do next time, and we turned the gaps into runbook updates, so the next person benefited too. Both people I mentored were on the rotation alone within two months and said they felt prepared rather than thrown in. Collaboration for me is mostly about making it easy for others to succeed without me in the room.",
        "Something I changed without being asked: at Tessera Analytics, database changes were applied by hand. An engineer ran SQL against production on release night, and twice in my first year a migration was missed on one environment, which broke a release. I had no authority over how the team worked, so instead of proposing a process in a meeting, I built it first on my own service: migrations as versioned files applied automatically by the deploy pipeline, plus integration tests in CI against a real PostgreSQL. After a month I showed the team the result: no manual steps on release night, and two schema bugs caught in CI before they reached staging. Then I offered to convert one other service together with its owner, so it wasn't my project imposed on them. Within a quarter all five services used it, and release nights went from about two hours to twenty minutes. What I learned is that a working example convinces people far more than a proposal does.",
      ],
      vague: [
        "I'm a strong team player. I believe the best results come from good collaboration, so I always try to share knowledge, help my colleagues and communicate openly. As a senior engineer, I also enjoy mentoring and supporting others.",
        "Teamwork is really important to me. I try to be someone people can rely on and to create a positive environment. I think good leadership is about supporting the team and making sure everyone is aligned.",
      ],
    },
    {
      name: "Learning new skills fast",
      match: [
        "learn quickly",
        "learn fast",
        "new technology",
        "new language",
        "new skill",
        "unfamiliar",
        "ramp up",
        "pick up",
        "learning curve",
      ],
      strong: [
        "When I joined Fernhill I had written almost no Go; all my professional work had been Python. The authorisation service was Go, and I was expected to be on call for it within two months. I did the Tour of Go and read 'The Go Programming Language' over the first couple of weeks, but mostly I learned from the real code: I took the smallest tickets in the authorisation service, asked for strict reviews, and paired with a senior engineer twice a week. I also rewrote a small internal Python tool in Go, because building something from scratch taught me module layout and testing in a way that reading didn't. My first meaningful change, a timeout fix, shipped in week five, and I joined the on-call rotation on schedule. Within a year I was the one doing Go reviews.",
        "My approach to learning something fast is to find the real problem I need it for and learn just ahead of it. At Cargoline I had to learn Kubernetes for the EKS migration, and nobody on the team had run it in production. I did a course on the fundamentals, then set up a throwaway EKS cluster with Terraform and deliberately broke things: killed nodes, filled disks, misconfigured probes, to see how each failure looked. I kept notes of each experiment, and those notes became the team's first runbook. I migrated the least critical service first so mistakes were cheap, and there were some, like a liveness probe that restarted pods during slow startups. By the time we moved the tracking pipeline, about four months in, I was confident about how it would fail, which is what I actually needed to know.",
      ],
      vague: [
        "I'm a fast learner and I enjoy picking up new technologies. I usually start with the official documentation and some tutorials, then try to build something small. I'm not afraid to ask colleagues for help when I get stuck.",
        "Technology changes all the time, so I think continuous learning is essential. I like reading blogs, watching talks and experimenting with new tools, and I always try to stay up to date.",
      ],
    },
    {
      name: "Motivation for this role",
      match: [
        "motivation",
        "motivates",
        "why do you want",
        "draws you",
        "why harbourline",
        "first 90 days",
        "join us",
        "why join",
      ],
      strong: [
        "Three reasons, mostly. First, the problem: I've spent the last several years on authorisation and ledgers, and what I enjoy most is exactly what your posting describes, systems where every transaction has to be correct and explainable. Harbourline is at a scale, several thousand transactions per second, where that's hard, and multi-currency payouts adds problems I haven't solved yet, like FX rates locked at quote time and reconciling across currencies. Second, the partner-facing API: I've owned the Payouts API at Fernhill and I'd like to do that again with what I've learned about versioning and idempotency. Third, the way you describe the team, measuring before optimising and writing trade-offs down, matches how I already work. Fernhill has been great, but the ledger migration is done and the platform there is now mostly in maintenance, and I want to build something again.",
        "Honestly, I want to go deeper in payments rather than broader. I've seen engineers move to general platform roles, and I find the domain itself interesting: scheme rules, settlement, the way a single payment touches half a dozen parties. Harbourline caught my eye because you publish an availability SLO for authorisation, which tells me reliability is an actual commitment, not a slogan, and that's where I've done my best work, taking MTTR from 70 to 18 minutes and latency down to 95 milliseconds. I also want to mentor more. At Fernhill I've done it informally; this role names it explicitly, and I'd like to be measured on it. And practically, the hybrid setup in London works well for me.",
      ],
      vague: [
        "I'm really excited about this opportunity. Harbourline seems like a great company with an interesting product, and I think the role is a great match for my skills and experience. I'm looking for a new challenge where I can grow and make an impact.",
        "I've always been interested in payments and I like the company's mission. I'm motivated by solving hard technical problems and working with talented people, and I think this role would give me that.",
      ],
    },
    {
      name: "Handling a difficult stakeholder",
      match: [
        "stakeholder",
        "difficult",
        "client",
        "partner",
        "frustrated",
        "unhappy",
        "unrealistic",
        "expectations",
        "unclear",
        "ambiguity",
      ],
      strong: [
        "One of our largest payout partners, a marketplace, escalated to our CEO because their sellers' payouts were arriving a day later than promised. Their head of engineering was angry on the first call, and frankly some of it was justified. I asked our account manager to let me join the next call with data rather than reassurance. I pulled the timestamps for their last thousand payouts and showed exactly where the delay was: our cut-off for the banking partner's batch was earlier than their sellers expected, and our documentation didn't say so. I didn't argue about who promised what. I committed to two things with dates: a payout status webhook so they could tell sellers the expected arrival time, within three weeks, and moving to the bank's later batch cut-off, which took six. We delivered both on time, and the escalations stopped. They later became a reference customer for the API.",
        "A difficult internal stakeholder: our compliance lead needed payout records retained and searchable for seven years, and the first request came as 'this must be done by Friday'. My instinct was to push back, since it was a large change. Instead I asked what exactly the regulator's requirement was and what was driving Friday. It turned out Friday was an audit preparation meeting, and what they needed by then was a documented plan and evidence that no data was being deleted, not the finished system. I confirmed in writing that our current retention deleted nothing, and wrote a one-page plan for moving older records to S3 with Object Lock and a query path through Athena. She took that to the meeting, and we built it over the next month. Understanding the need behind the demand changed the whole conversation.",
      ],
      vague: [
        "When I deal with a difficult stakeholder, I try to stay calm and professional and understand their needs. I think it's important to listen, set clear expectations and communicate regularly, so they feel heard and we can find a solution together.",
        "Difficult stakeholders are usually under pressure themselves. I always try to be empathetic, explain the technical constraints in simple terms and look for a compromise that works for everyone.",
      ],
    },
  ],
};
