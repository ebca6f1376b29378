/**
 * The built-in skills vocabulary: names found anywhere in a CV, each with the spellings that
 * mean it ("k8s" is Kubernetes). Names that are also English words ("React", "Express",
 * "Excel") match only as capitalized; the few that are single letters or too common ("C",
 * "R", "Go") count only inside a Skills section, where a list says what it means.
 */

interface SkillEntry {
  name: string;
  aliases?: string[];
  /** Spellings that mean the skill only in a Skills section's list ("Node", "Rails"). */
  sectionAliases?: string[];
  /** Match the name's exact case (it is also an ordinary word). */
  caseSensitive?: boolean;
  /** Only in a Skills section. */
  sectionOnly?: boolean;
}

const VOCABULARY: SkillEntry[] = [
  // Programming languages
  { name: "JavaScript", aliases: ["JS", "ECMAScript"] },
  { name: "TypeScript", sectionAliases: ["TS"] },
  { name: "Python" },
  { name: "Java" },
  { name: "Kotlin" },
  { name: "Scala" },
  { name: "Go", aliases: ["Golang"], caseSensitive: true, sectionOnly: true },
  { name: "Rust", caseSensitive: true },
  { name: "C", caseSensitive: true, sectionOnly: true },
  { name: "C++", aliases: ["CPP"] },
  { name: "C#", aliases: ["CSharp"] },
  { name: "Ruby", caseSensitive: true },
  { name: "PHP" },
  { name: "Swift", caseSensitive: true },
  { name: "Objective-C" },
  { name: "R", caseSensitive: true, sectionOnly: true },
  { name: "MATLAB" },
  { name: "Perl" },
  { name: "Elixir" },
  { name: "Erlang" },
  { name: "Haskell" },
  { name: "Clojure" },
  { name: "Dart" },
  { name: "Lua" },
  { name: "Julia", sectionOnly: true },
  { name: "SQL" },
  { name: "PL/SQL" },
  { name: "Bash", aliases: ["Shell scripting"] },
  { name: "PowerShell" },
  { name: "HTML", aliases: ["HTML5"] },
  { name: "CSS", aliases: ["CSS3"] },
  { name: "Sass", aliases: ["SCSS"] },
  { name: "GraphQL" },
  { name: "Solidity" },
  // Frameworks and libraries
  { name: "React", aliases: ["React.js", "ReactJS"], caseSensitive: true },
  { name: "React Native" },
  { name: "Next.js", aliases: ["NextJS"] },
  { name: "Vue.js", aliases: ["Vue", "VueJS"] },
  { name: "Nuxt", aliases: ["Nuxt.js"] },
  { name: "Angular", aliases: ["AngularJS"] },
  { name: "Svelte", aliases: ["SvelteKit"] },
  { name: "Node.js", aliases: ["NodeJS"], sectionAliases: ["Node"] },
  { name: "Deno" },
  { name: "Express", aliases: ["Express.js", "ExpressJS"], caseSensitive: true },
  { name: "NestJS" },
  { name: "Hono", caseSensitive: true },
  { name: "Django" },
  { name: "Flask", caseSensitive: true },
  { name: "FastAPI" },
  { name: "Ruby on Rails", aliases: ["RoR"], sectionAliases: ["Rails"] },
  { name: "Spring Boot" },
  { name: "Spring", caseSensitive: true, sectionOnly: true },
  { name: ".NET", aliases: ["dotnet", "ASP.NET", ".NET Core"] },
  { name: "Laravel" },
  { name: "Symfony" },
  { name: "jQuery" },
  { name: "Redux" },
  { name: "Tailwind CSS", aliases: ["Tailwind", "TailwindCSS"] },
  { name: "Bootstrap", caseSensitive: true },
  { name: "Flutter" },
  { name: "Pandas", caseSensitive: true },
  { name: "NumPy" },
  { name: "SciPy" },
  { name: "scikit-learn", aliases: ["sklearn"] },
  { name: "TensorFlow" },
  { name: "PyTorch" },
  { name: "Keras" },
  { name: "Spark", aliases: ["Apache Spark", "PySpark"], caseSensitive: true },
  { name: "Hadoop" },
  { name: "Kafka", aliases: ["Apache Kafka"] },
  { name: "Airflow", aliases: ["Apache Airflow"] },
  { name: "dbt", caseSensitive: true },
  { name: "Jest", caseSensitive: true },
  { name: "Cypress", caseSensitive: true },
  { name: "Playwright" },
  { name: "Selenium" },
  { name: "JUnit" },
  { name: "pytest" },
  // Data stores
  { name: "PostgreSQL", aliases: ["Postgres"] },
  { name: "MySQL" },
  { name: "MariaDB" },
  { name: "SQLite" },
  { name: "Oracle Database", aliases: ["Oracle DB"] },
  { name: "SQL Server", aliases: ["MSSQL", "MS SQL"] },
  { name: "MongoDB", aliases: ["Mongo"] },
  { name: "Redis" },
  { name: "Elasticsearch", aliases: ["Elastic Search", "OpenSearch"] },
  { name: "Cassandra" },
  { name: "DynamoDB" },
  { name: "Firebase" },
  { name: "Supabase" },
  { name: "Snowflake", caseSensitive: true },
  { name: "BigQuery" },
  { name: "Neo4j" },
  // Cloud, infrastructure and tools
  { name: "AWS", aliases: ["Amazon Web Services"] },
  { name: "Azure", aliases: ["Microsoft Azure"] },
  { name: "GCP", aliases: ["Google Cloud", "Google Cloud Platform"] },
  { name: "Docker" },
  { name: "Kubernetes", aliases: ["K8s"] },
  { name: "Terraform" },
  { name: "Ansible" },
  { name: "Helm", caseSensitive: true },
  { name: "Linux" },
  { name: "Nginx" },
  { name: "Git" },
  { name: "GitHub Actions" },
  { name: "GitLab CI", aliases: ["GitLab"] },
  { name: "Jenkins" },
  { name: "CI/CD" },
  { name: "Prometheus" },
  { name: "Grafana" },
  { name: "Datadog" },
  { name: "RabbitMQ" },
  { name: "gRPC" },
  { name: "REST", aliases: ["REST APIs", "RESTful"], caseSensitive: true },
  { name: "Microservices" },
  { name: "Serverless" },
  { name: "OAuth", aliases: ["OAuth2", "OAuth 2.0"] },
  { name: "Webpack" },
  { name: "Vite", caseSensitive: true },
  { name: "Figma" },
  { name: "Jira" },
  { name: "Tableau" },
  { name: "Power BI", aliases: ["PowerBI"] },
  { name: "Excel", aliases: ["Microsoft Excel", "MS Excel"], caseSensitive: true },
  { name: "Salesforce" },
  { name: "SAP", caseSensitive: true },
  // Practices and fields
  { name: "Machine Learning", aliases: ["ML"] },
  { name: "Deep Learning" },
  { name: "NLP", aliases: ["Natural Language Processing"] },
  { name: "Computer Vision" },
  { name: "Data Analysis" },
  { name: "Data Engineering" },
  { name: "DevOps" },
  { name: "TDD", aliases: ["Test-Driven Development"] },
  { name: "Agile", caseSensitive: true },
  { name: "Scrum" },
  { name: "Kanban" },
  { name: "UX Design", aliases: ["UX", "User Experience"] },
  { name: "UI Design", aliases: ["UI"] },
  { name: "Project Management" },
  { name: "Product Management" },
  { name: "SEO" },
];

interface Matcher {
  name: string;
  pattern: RegExp;
  sectionOnly: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// A name is a whole token: no letter, digit or joining symbol right before or after it (a
// trailing "." ends a sentence, so "Node.js." still counts).
const MATCHERS: Matcher[] = VOCABULARY.map((entry) => {
  const spellings = [entry.name, ...(entry.aliases ?? [])]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  return {
    name: entry.name,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}+#.\\-/])(?:${spellings})(?![\\p{L}\\p{N}+#\\-/]|\\.\\p{L})`,
      entry.caseSensitive ? "u" : "iu",
    ),
    sectionOnly: entry.sectionOnly ?? false,
  };
});

const BY_SPELLING = new Map(
  VOCABULARY.flatMap((entry) =>
    [entry.name, ...(entry.aliases ?? []), ...(entry.sectionAliases ?? [])]
      .map((spelling) => [spelling.toLowerCase(), entry.name])
  ),
);

/** The vocabulary's name for a spelling ("postgres" → "PostgreSQL"), or undefined. */
export function canonicalSkill(text: string): string | undefined {
  return BY_SPELLING.get(text.trim().toLowerCase());
}

/** True when the text is a skill of the vocabulary (any spelling, any case). */
export function isKnownSkill(text: string): boolean {
  return BY_SPELLING.has(text.trim().toLowerCase());
}

/** The vocabulary's skills named in `text`, in the vocabulary's order. */
export function findSkills(text: string, { inSkillsSection = false } = {}): string[] {
  return MATCHERS
    .filter((matcher) => (inSkillsSection || !matcher.sectionOnly) && matcher.pattern.test(text))
    .map((matcher) => matcher.name);
}
