import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "data-analyst",
  field: "data and analytics",
  job: {
    title: "Data Analyst, Commercial Insights",
    description:
      "Juniper Lane is a home and lifestyle retailer with 210 stores across the Midwest and an online business that now makes up a third of our sales. Our Commercial Insights team of eight analysts helps merchandising, marketing, e-commerce and store operations make better decisions with data, from which products to reorder to which promotions actually pay for themselves.\n\nAs a Data Analyst you will own the reporting and analysis for two of our merchandise divisions and support our growing experimentation program on the website and in email. You will write SQL against our Snowflake warehouse, do deeper analysis in Python with pandas, and build and maintain Tableau dashboards used by merchants, planners and regional managers. You will design and analyze A/B tests with the e-commerce product team, and you will present your findings in weekly trading meetings and to directors.\n\nWe are looking for someone who asks what decision an analysis is for before opening a query editor, who checks their numbers against another source before sharing them, and who can explain a confidence interval to a buyer without losing the room. You will work closely with our analytics engineers, who maintain our dbt models, and you will contribute models of your own.\n\nThis is a hybrid role based at our headquarters in Minneapolis, with three days a week in the office. The salary range is $82,000 to $98,000 plus an annual bonus, a 25% employee discount, a 401(k) match and a training budget.",
    seniority: "mid",
    department: "Commercial Insights",
    location: "Minneapolis, MN (hybrid)",
    employment_type: "full_time",
    requirements: [
      "3+ years in a data analyst or business intelligence role, ideally in retail or e-commerce",
      "Able to turn an ambiguous business question into an analysis plan and a clear recommendation",
      "Careful with data quality: validating sources, reconciling numbers across systems and documenting metric definitions",
      "Experience with a cloud data warehouse such as Snowflake or BigQuery, and with version-controlled SQL (dbt or similar)",
      "Commercial awareness of retail metrics such as gross margin, sell-through, basket size and customer lifetime value",
    ],
    skills: [
      "SQL",
      "Python (pandas)",
      "Tableau",
      "A/B testing",
      "Statistics",
      "Stakeholder communication",
    ],
    interview_settings: {
      question_count: 8,
      duration_minutes: 40,
      difficulty: "medium",
      focus_areas: ["analytical thinking", "experimentation", "communication"],
    },
  },
  candidate: {
    full_name: "Marcus Okafor",
    email: "marcus.okafor@example.com",
    phone: "(612) 555-0183",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Mei Lin Chen",
    email: "meilin.chen@example.org",
    phone: "(612) 555-0129",
    pronouns: "she/her",
  },
  cv: `{name} | {pronouns}
Data Analyst
Minneapolis, MN · {email} · {phone}

PROFILE
Data analyst with a retail and e-commerce background. I write a lot of SQL, do heavier analysis
in Python with pandas, and build Tableau dashboards that merchants and store managers actually
open. I have run and analyzed A/B tests on the website and in email, and I enjoy turning a messy
business question into a clear recommendation.

WORK EXPERIENCE

Data Analyst, Northstar Outfitters Inc.
Minneapolis, MN | 05/2023 – Present
• Built the weekly trading dashboard in Tableau used by 45 merchants and category managers, replacing 12 manual Excel reports
• Designed and analyzed a free-shipping threshold A/B test on 380,000 sessions that raised average order value by 6.2% with no significant drop in conversion
• Built a customer segmentation in Python (k-means on RFM features) that the CRM team used to cut email unsubscribes by 18%
• Maintain the dbt models in Snowflake behind markdown and sell-through reporting
• Present category performance in the weekly trading meeting with merchandising and e-commerce

Junior Data Analyst, Cobalt Grocery Co.
St. Paul, MN | 03/2021 – 04/2023
• Found $1.1M in annual preventable shrink by analyzing store-level inventory adjustments with Python and pandas
• Automated the weekly store KPI pack with Python, cutting preparation time from 2 days to 3 hours
• Answered ad hoc requests from store operations and supply chain using SQL Server

Reporting Analyst, Halden Logistics
Eden Prairie, MN | 08/2019 – 02/2021
• Maintained daily operational reports on warehouse throughput and on-time delivery
• Cleaned and reconciled carrier invoice data in Excel and Access
• Documented report definitions for the operations leadership team

SKILLS
SQL: Snowflake, SQL Server, BigQuery; window functions, CTEs, query tuning
Python: pandas, NumPy, SciPy, statsmodels, scikit-learn, Jupyter
BI: Tableau (Desktop and Server), Looker Studio, Excel with Power Query
Analytics engineering: dbt, Git
Statistics: experiment design, power analysis, regression, difference-in-differences

EDUCATION
B.S. Economics, minor in Statistics, University of Minnesota, 2015 – 2019

CERTIFICATIONS
Tableau Desktop Specialist
dbt Fundamentals
`,
  truth: {
    employers: ["Northstar Outfitters Inc.", "Cobalt Grocery Co.", "Halden Logistics"],
    titles: ["Data Analyst", "Junior Data Analyst", "Reporting Analyst"],
    claims: [
      "Built the weekly trading dashboard in Tableau used by 45 merchants and category managers, replacing 12 manual Excel reports",
      "Designed and analyzed a free-shipping threshold A/B test on 380,000 sessions that raised average order value by 6.2% with no significant drop in conversion",
      "Built a customer segmentation in Python (k-means on RFM features) that the CRM team used to cut email unsubscribes by 18%",
      "Found $1.1M in annual preventable shrink by analyzing store-level inventory adjustments with Python and pandas",
      "Automated the weekly store KPI pack with Python, cutting preparation time from 2 days to 3 hours",
    ],
  },
  topics: [
    // ---------------------------------------------------------------- skills
    {
      name: "SQL",
      match: [
        "sql",
        "query",
        "queries",
        "joins",
        "window functions",
        "cte",
        "group by",
        "subquery",
        "methods do you rely on",
      ],
      strong: [
        "SQL is most of my day. The thing I'm most careful about is the grain of every table before I join it. At Northstar a merchant once asked why our margin report showed more revenue than finance. I found that I'd joined order lines to a promotions table that had one row per promotion, and orders with two stacked promotions were counted twice. Since then I write the expected grain as a comment at the top of each CTE, and before sharing a number I compare a row count and a revenue total against the source. Window functions do a lot of work in retail analysis: I use ROW_NUMBER to keep the latest price per SKU and store, LAG to compare a week to the same week last year, and a running SUM over weeks for cumulative sell-through. I also use QUALIFY in Snowflake, which keeps those deduplication queries much shorter.",
        "A practical example of query tuning. Our sell-through query in Snowflake took about nine minutes, which made the Monday refresh fragile. The query profile showed it was scanning almost every micro-partition of the sales table, because the date filter was applied after a join and wrapped in a function, so pruning didn't happen. I moved the date filter into the first CTE on the raw date column, pre-aggregated sales to SKU and week before joining to the inventory snapshots instead of joining at transaction level, and replaced a correlated subquery for the 'first receipt date' with a single GROUP BY. It went down to about 20 seconds on the same warehouse size. I documented the pattern for the team, filter early on raw columns and aggregate before you join, because the same mistake was in several of our older queries.",
      ],
      vague: [
        "I'm very comfortable with SQL and use it every day. I can write complex queries with joins, aggregations and window functions. I always try to write clean, readable SQL and make sure my queries are efficient.",
        "SQL is the most important tool for a data analyst, in my opinion. I've used it in all my roles, and I think it's important to understand the data model well before writing queries, so the results are correct.",
      ],
    },
    {
      name: "Python (pandas)",
      match: [
        "python",
        "pandas",
        "jupyter",
        "notebook",
        "dataframe",
        "numpy",
        "scikit-learn",
        "matplotlib",
      ],
      strong: [
        "I use SQL to get data to the right grain and Python with pandas for anything that's awkward in SQL: reshaping, joining messy external files, statistics and charts. At Cobalt Grocery the shrink analysis was a good example. I had inventory adjustments from SQL Server, vendor delivery files as CSVs with inconsistent store codes, and a store attributes spreadsheet. In pandas I normalized the store codes, merged everything with validate='many_to_one' so an unexpected duplicate would raise an error instead of silently inflating totals, and used groupby with resample to get weekly adjustment rates by store and department. I keep notebooks for exploration only; once an analysis is repeated, I move it into a script with functions and a couple of tests, because that's what made automating the weekly KPI pack possible later.",
        "At Northstar I analyzed return reasons for the outerwear category. The data was about 600,000 return lines with a reason code and a free-text comment. In pandas I cleaned the comments with basic string methods, mapped them to a handful of themes with keyword rules that I checked against a random sample of a few hundred by hand, and cross-tabulated the themes against product attributes with pivot_table. One style of jacket had a sizing complaint rate about three times the category average. I turned that into a short memo with a chart made in matplotlib, and the buyer added a 'runs small' note to the product page and changed the size chart. Returns on that style dropped noticeably the next season. Small things matter in pandas at that size: categorical dtypes for codes, and avoiding row-by-row apply where a vectorized operation works.",
      ],
      vague: [
        "I use Python and pandas quite a lot for data analysis. It's great for cleaning and transforming data and for more advanced analysis than you can do in SQL. I always try to keep my code organized and well commented.",
        "Pandas is a really powerful library. I'm comfortable with things like merging, grouping and pivoting data, and I think Python is a very useful skill for any analyst because it lets you automate repetitive work.",
      ],
    },
    {
      name: "Tableau",
      match: [
        "tableau",
        "dashboard",
        "dashboards",
        "visualization",
        "visualisation",
        "looker",
        "chart",
        "charts",
        "data viz",
      ],
      strong: [
        "My rule for a dashboard is to start from the decision it supports, not from the data available. Before building anything in Tableau I sit with two or three users and ask what they do on Monday morning and what would make them act. For merchants at Northstar the answer was: which categories are behind plan, and is it a sales problem or a stock problem. So the top of the view is sales and margin against plan and last year, with a flag when weeks of supply drop below four, and detail is one click away rather than on the first screen. Technically, I keep heavy logic in the dbt models rather than in calculated fields, use extracts refreshed after the morning dbt run, and use LOD expressions sparingly. And I check Tableau Server usage stats monthly; if a view isn't opened, I ask whether to retire it.",
        "One of my Tableau dashboards took about 40 seconds to load, and the regional managers had mostly stopped using it. I used Tableau's performance recorder and found three problems: a live connection querying transaction-level data, a dozen quick filters that each ran their own query, and table calculations over hundreds of thousands of marks. I created an aggregated extract at store, category and week level, which was all the views needed, replaced most quick filters with two parameter controls and a filter action, and moved a year-over-year calculation into the underlying SQL. Load time dropped to around four seconds. Usage recovered within a few weeks, which I could see in the Server view counts. I've also built in Looker Studio for the marketing team, and the same lesson applies: performance is a design decision, not something you fix at the end.",
      ],
      vague: [
        "I love building dashboards in Tableau. I think visualization is a great way to tell a story with data. I always try to make my dashboards clean and user-friendly, with the most important information at the top.",
        "I have good experience with Tableau and other BI tools. It's important to understand what the users need and keep the design simple, so people can find insights quickly without getting overwhelmed.",
      ],
    },
    {
      name: "A/B testing",
      match: [
        "a/b test",
        "a/b testing",
        "experimentation",
        "split test",
        "control group",
        "sample size",
        "test design",
        "statistical power",
        "randomization",
        "test readout",
      ],
      strong: [
        "I design every test before it starts, in a one-page plan the product manager signs off. It has the hypothesis, one primary metric, guardrail metrics like conversion and return rate, the randomization unit, which for us is the visitor cookie rather than the session, and a power calculation. For the power calculation I use the baseline and its variance from the last few months and agree a minimum detectable effect with the business, because that sets the duration. I always run whole weeks, since weekday and weekend shoppers behave differently. During the test I only check for a sample ratio mismatch and broken tracking, never for significance, so nobody stops early on a lucky day. A recent example at Northstar was a product-recommendations carousel: the plan said three weeks for a 2% lift in revenue per visitor, the result was flat, and we didn't ship it, which saved a licensing cost.",
        "The most useful thing I've learned about A/B testing is to check the split before the results. In a test of a new checkout page at Northstar, the dashboard showed a strong conversion lift after a week. Before sharing it, I ran a chi-square test on the visitor counts: the split was 50.8 to 49.2 on over a hundred thousand visitors, which is very unlikely by chance. I worked with the front-end developer and found that the variant redirected through an extra page that our bot filter didn't recognize, so more bot traffic was excluded from the variant and its conversion rate looked better. We fixed the redirect, restarted the test, and the real lift was close to zero. Since then a sample ratio check is the first automated step in my analysis template, and I explain to stakeholders why an early result isn't a result.",
      ],
      vague: [
        "A/B testing is the best way to know whether a change really works. I always make sure tests are designed properly, with a clear hypothesis and enough traffic, and that we wait for statistical significance before making a decision.",
        "I have experience with A/B testing on websites and emails. I think it's important to define success metrics up front and avoid bias, and to share the results clearly with the team afterwards.",
      ],
    },
    {
      name: "Statistics",
      match: [
        "statistics",
        "statistical",
        "regression",
        "confidence interval",
        "p-value",
        "significance",
        "distribution",
        "hypothesis",
        "causal",
      ],
      strong: [
        "Retail data is rarely normal, so I think about the distribution before picking a method. Average order value is a good example: it's heavily skewed, with a few very large orders, so a t-test on raw order values can be dominated by a handful of furniture purchases. For the free-shipping test at Northstar I used a bootstrap with ten thousand resamples to get the confidence interval for the difference in average order value, and checked it against a t-test on values capped at the 99th percentile; both told the same story. When I present, I lead with the interval, not the p-value: 'AOV went up about 6%, and we're confident it's somewhere between 4 and 8%' is something a director can act on. I only mention the p-value if someone asks, and I explain it as how surprising the result would be if nothing had changed.",
        "Not everything can be A/B tested, so I use regression and quasi-experimental methods when we can't randomize. At Cobalt Grocery, operations wanted to know whether store remodels increased sales. Comparing remodeled stores before and after was misleading because sales grew everywhere that year. I set up a difference-in-differences analysis: each of the remodeled stores was matched with two similar control stores on region, size and pre-remodel sales trend, and I fitted a regression in statsmodels with store and week fixed effects. I checked the parallel-trends assumption by plotting the months before the remodels. The estimate was a lift of roughly 3% with a wide interval, much smaller than the 10% the business had assumed. That changed the remodel program from all stores to the ones where the model suggested the biggest gain.",
      ],
      vague: [
        "I have a solid background in statistics from my economics degree. I understand concepts like hypothesis testing, confidence intervals and regression, and I always try to apply the right method and to be careful about drawing conclusions from the data.",
        "Statistics is really important in analytics, because it helps you separate real effects from noise. I try not to overstate results and to explain the uncertainty in a way that non-technical people can understand.",
      ],
    },
    {
      name: "Stakeholder communication",
      match: [
        "stakeholder communication",
        "communicate",
        "communication",
        "presenting",
        "present findings",
        "non-technical",
        "complex",
        "storytelling",
        "customer focus",
        "customer needed",
      ],
      strong: [
        "I present category performance in the weekly trading meeting at Northstar, and the format I've settled on is the answer first. The first slide says what happened, why, and what I recommend, in three lines. Then one chart that supports it, and the detail in an appendix for anyone who wants it. When I presented the free-shipping test to the VP of e-commerce, the whole thing was: 'Raising the threshold from $49 to $65 increased average order value by 6.2% without a measurable drop in conversion; I recommend rolling it out and watching return rates for a month.' The questions were then about rollout, not about methodology. I also adapt to the person: merchants want SKUs and weeks of supply, finance wants margin dollars, and store managers want to know what to do differently on the floor.",
        "A big part of communication for me is being clear about uncertainty without hiding behind it. A merchant at Northstar wanted me to confirm that a promotion had driven a 20% sales increase. The raw comparison did show that, but the same weeks last year had also jumped because of the weather, and some of the sales were pulled forward from full-price weeks. I didn't just send back 'it's complicated'. I met her, showed a simple chart of promoted versus similar non-promoted items, and explained that the incremental lift was closer to 8% and that margin was slightly negative after the discount. She wasn't thrilled, but she used the analysis to redesign the next promotion with a shallower discount, and she now asks me to look at plans before they launch rather than after.",
      ],
      vague: [
        "Communication is one of my strengths. I always try to adapt my message to the audience and avoid jargon when I talk to non-technical people. I think storytelling with data is a really important skill for an analyst.",
        "I work with many different stakeholders and I try to keep them informed and involved. It's important to listen to what they really need and to present results in a clear and simple way.",
      ],
    },
    // ---------------------------------------------------------- requirements
    {
      name: "Analytics experience in retail",
      match: [
        "retail",
        "e-commerce",
        "ecommerce",
        "grocery",
        "stores",
        "omnichannel",
        "business intelligence",
        "most relevant",
        "relevant experience",
        "proudest",
      ],
      strong: [
        "I've worked in analytics since 2019, and in retail since 2021: first grocery at Cobalt, now apparel and outdoor gear at Northstar, which is about two-thirds stores and one-third online. The two are very different. In grocery the questions were operational: shrink, waste, labor hours per sales dollar, vendor deliveries. In apparel it's seasonal buying: you commit to inventory months ahead, so my work is mostly sell-through, markdown timing and size curves. What's common to both is that you can't trust a number without its calendar: I always compare on the retail 4-5-4 calendar, same week last year, and I separate comparable stores from new and closed ones. One question I'd expect at Juniper Lane, because I had it at Northstar, is online and store cannibalization: buy online pick up in store sales can make store traffic look worse than customer demand really is.",
        "Retail analysis has a few traps I've learned to check first. Promotions: a lift during a promotion often includes sales pulled forward or shifted from similar items, so I look at the weeks after and at the rest of the category. Stock: low sales can mean low demand or simply nothing on the shelf, so I always pair sales with in-stock rate before calling a product a failure. At Northstar a buyer wanted to drop a line of base layers that looked weak, and when I joined sales to inventory snapshots, the line had been out of stock in the core sizes for most of the season; when it was in stock, it sold at the category average. We reordered with a better size curve instead of dropping it. And seasonality: I compare to the same retail week last year and adjust for holidays that move, like Easter.",
      ],
      vague: [
        "I have several years of experience as a data analyst, mostly in retail. I understand how retail businesses work and what kind of data they have, and I think that background would help me get up to speed quickly here.",
        "Retail is a very data-rich industry and I really enjoy working in it. I've supported many different teams, like merchandising and operations, and I understand the main challenges retailers face.",
      ],
    },
    {
      name: "Framing ambiguous business questions",
      match: [
        "ambiguous",
        "ambiguity",
        "unclear",
        "business question",
        "analysis plan",
        "open-ended",
        "stuck",
        "unstuck",
        "analytical thinking",
        "vague request",
      ],
      strong: [
        "The request I remember best was a regional director at Cobalt asking: 'Why are sales down in the northern stores?' Before writing any SQL I asked two questions: what would you do differently depending on the answer, and by when do you need it? He was deciding whether to run a regional promotion. So I wrote down four hypotheses in a short plan: fewer customers, smaller baskets, specific categories, or supply problems. Each had a quick check. Traffic and basket size were in line with other regions. The decline was concentrated in a few categories, and in those categories the in-stock rate had dropped because a distribution center had changed its delivery schedule. So the answer to his real question was: don't run a promotion, fix replenishment. Supply chain changed the schedule and sales recovered within a month. A promotion would have spent margin on products that weren't on the shelf.",
        "My approach to a vague question is to turn it into a decision, a metric and a deadline. When the marketing director at Northstar asked me to 'look into loyalty members', I asked what she was trying to decide. It turned out she had to defend the loyalty program budget. That changed the analysis from a description of members into an estimate of incremental value: do members spend more because of the program, or do high spenders simply join it? I scoped it down to comparing customers' spending in the twelve months before and after joining against similar customers who hadn't joined, and I told her upfront it would take two weeks and what it could and couldn't prove. The result, a modest but real lift concentrated in the first year of membership, went into her budget review, and the CRM team changed the welcome journey around it.",
      ],
      vague: [
        "When I get an ambiguous request, I try to clarify what the stakeholder really needs before starting. I think it's important to understand the business context and agree on the scope, so the analysis answers the right question.",
        "I like open-ended problems. I usually start by breaking the question down into smaller parts and exploring the data, and then I focus on the most promising areas and turn the findings into recommendations.",
      ],
    },
    {
      name: "Data quality and metric definitions",
      match: [
        "data quality",
        "reconcile",
        "reconciling",
        "discrepancy",
        "metric definitions",
        "validate",
        "source of truth",
        "integrity",
        "integrity and safety",
        "safety",
      ],
      strong: [
        "When I joined Northstar, finance and e-commerce reported different online revenue for the same week, sometimes differing by 8 to 10%, and meetings started with an argument about whose number was right. I took one week and reconciled it line by line. The differences were all definitional: finance used ship date and e-commerce used order date, e-commerce included shipping fees and sales tax, and finance netted out returns in the week they happened. Neither was wrong. I wrote a short metric glossary with both definitions, named them 'demand sales' and 'net sales', and got the CFO's analyst and the head of e-commerce to sign off on which one is used where. Then I built them as separate fields in the dbt models with tests, and labeled every Tableau view with the definition it uses. The argument at the start of meetings stopped.",
        "I have a routine before I share any number. First, check it against a second source: if it's sales, compare to the finance daily flash; if it's a count of customers, compare to the CRM system. Second, look at the trend: if a metric moves more than it normally does week to week, I assume a data problem until I've ruled it out. Third, check nulls and duplicates at the grain I'm reporting. At Halden Logistics that routine caught a real issue: on-time delivery jumped to almost 99% one week, and it turned out a carrier had started sending blank delivery timestamps, which our report treated as on time. I raised it with the carrier team, we fixed the logic to treat missing timestamps as unknown, and I added a data quality check that flags when the share of missing timestamps rises.",
      ],
      vague: [
        "Data quality is extremely important, because if people can't trust the numbers, they won't use them. I always double-check my work and validate the data before sharing it, and I think clear definitions help everyone stay on the same page.",
        "I'm very detail-oriented. When numbers don't match between systems, I try to find out why and fix it at the source. Good documentation is also important so everyone uses the same definitions.",
      ],
    },
    {
      name: "Data warehouse and dbt",
      match: [
        "data warehouse",
        "snowflake",
        "bigquery",
        "dbt",
        "data model",
        "data modeling",
        "etl",
        "version control",
        "data pipeline",
      ],
      strong: [
        "At Northstar I maintain the dbt models in Snowflake behind markdown and sell-through reporting. We follow the usual layering: staging models that only rename and type-cast the raw tables, intermediate models for business logic like attributing a markdown to the price change that caused it, and marts at the grain the dashboards need, such as SKU by store by week. Every model has tests: unique and not_null on keys, relationships between sales and the product dimension, and a few custom tests, for example that sell-through is between zero and one. The sales fact is an incremental model that reprocesses the last seven days to catch late returns. Changes go through a pull request in Git that one of the analytics engineers reviews, and CI builds the changed models against a development schema, so I've stopped breaking dashboards on Monday mornings.",
        "Before Northstar I'd only worked with SQL Server and saved queries, so moving to Snowflake and dbt changed how I work. The biggest difference is that logic lives in one place. At Cobalt, the definition of a 'comparable store' was copied into about a dozen saved queries, and when operations changed it, half of the reports were updated and half weren't. In dbt, it's one model and everything downstream refs it. I also learned to care about warehouse cost: in Snowflake a bad query doesn't just run slowly, it burns credits. I use the query profile to check partition pruning, keep our dbt jobs on a small warehouse, and our team reviews the most expensive queries each month. One of my changes, converting a full-refresh inventory snapshot model to incremental, cut its run time from about twenty minutes to two.",
      ],
      vague: [
        "I have experience with cloud data warehouses like Snowflake and with dbt. I think it's important to build clean, well-tested data models so everyone works from the same source of truth, and to use version control for SQL.",
        "Modern data stacks make analysts much more effective. I'm comfortable writing dbt models and following best practices like testing and documentation, and I always try to work closely with the data engineers.",
      ],
    },
    {
      name: "Retail metrics and commercial awareness",
      match: [
        "margin",
        "gross margin",
        "sell-through",
        "basket",
        "lifetime value",
        "commercial",
        "markdown",
        "retail metrics",
        "commercial awareness",
      ],
      strong: [
        "The retail metric I use most is sell-through, units sold divided by units received, because in apparel it tells you early whether a buy was right. At Northstar I track it weekly by style against a target curve for its season, together with weeks of supply. Last fall I flagged a group of fleece styles that were at 20% sell-through after six weeks against a target of about 35%, with more than twenty weeks of supply. The usual practice was to wait for the end-of-season clearance and take 50% off. I modeled the alternative, an earlier 25% markdown, using price elasticity from similar styles in previous seasons. The planners took the earlier markdown, the styles sold through by the end of the season, and gross margin dollars on that group came out higher than the deep clearance would have given, because we sold more units at a smaller discount.",
        "I think commercial awareness means knowing which number the business actually cares about for a decision. Revenue is rarely it. For promotions it's incremental gross margin after the discount and any cannibalization; for marketing it's customer lifetime value against acquisition cost; for stores it's often sales per labor hour. At Cobalt Grocery an analysis showed that a weekly bakery promotion drove high sales, and the category team loved it. When I added cost of goods and waste, the promoted items had a negative margin, and basket analysis showed the customers who bought them didn't buy more of anything else. So it wasn't a traffic driver either. I presented that to the category manager with the margin bridge, and they replaced it with a bundle that kept the traffic and made money.",
      ],
      vague: [
        "I have a good understanding of retail KPIs like margin, sell-through and basket size. I think it's important for analysts to understand the commercial side of the business and not just the data, so their recommendations make sense.",
        "Commercial awareness is key in retail. I always try to connect my analysis to business outcomes like revenue and profit, and to think about what the numbers mean for the company.",
      ],
    },
    // ---------------------------------------------------------------- claims
    {
      name: "Building the weekly trading dashboard",
      claim:
        "Built the weekly trading dashboard in Tableau used by 45 merchants and category managers, replacing 12 manual Excel reports",
      match: [
        "trading dashboard",
        "weekly trading",
        "merchants",
        "category managers",
        "excel reports",
        "manual reports",
        "adoption",
        "replaced",
      ],
      strong: [
        "When I joined Northstar, every Monday the planning team emailed 12 different Excel reports to merchants, each built by hand from a different export, and they often disagreed with each other. I interviewed about ten merchants and category managers about what they actually looked at, and it came down to sales, margin and inventory against plan and last year, by category and style. I built one dbt mart at style by week and one Tableau workbook on top of it, with a category overview, a style drill-down and an exceptions view for styles with low weeks of supply or high markdown exposure. I ran it in parallel with the Excel reports for a month and reconciled the totals every week, so people could trust it before we switched off the old reports. It's now used by 45 merchants and category managers, and all 12 Excel reports have been retired.",
        "The technical part of the trading dashboard was the easy bit. The hard part was getting 45 merchants and category managers to stop using the 12 Excel reports they'd had for years. What worked was treating it like a product launch. I picked two respected senior merchants as early users and built the first version around their feedback. I kept the familiar layout of the most popular Excel report for the first tab, so nobody felt lost. I reconciled the numbers with the old reports in public for four weeks, showing where they differed and why. And I ran short sessions per division showing how to answer their three most common questions. I tracked usage on Tableau Server, and when a team's views were low I went to ask why. After three months the planning team stopped producing the Excel reports, which saved them most of a Monday.",
      ],
      vague: [
        "I built a dashboard that replaced several manual reports. I think dashboards are a great way to save time and give people self-service access to data. I made sure it was user-friendly and met the needs of the business.",
        "Automating manual reporting is something I'm passionate about. It's important to involve the users from the beginning and make sure the dashboard gives them the information they need, so they actually adopt it.",
      ],
      contradicting: [
        "When I joined Northstar the planning team was emailing Excel reports to merchants every Monday. I built a Tableau trading dashboard on top of a dbt mart at style and week level, with sales, margin and inventory against plan and last year. It's used by about a dozen merchants, mainly in the outdoor division, and it replaced three of the Excel reports. The others are still produced, because some categories preferred their existing format and we decided not to force the change.",
        "I was part of the team that built the trading dashboard. The Tableau work was mostly done by our BI developer; I wrote some of the SQL for the sales and inventory measures and did the testing, reconciling the totals against the old Excel reports every week during the parallel run. It replaced the manual Excel reporting, and about 45 merchants and category managers use it now, so it was a good project to be part of.",
      ],
    },
    {
      name: "Free-shipping threshold A/B test",
      claim:
        "Designed and analyzed a free-shipping threshold A/B test on 380,000 sessions that raised average order value by 6.2% with no significant drop in conversion",
      match: [
        "free shipping",
        "free-shipping",
        "shipping threshold",
        "average order value",
        "aov",
        "conversion",
        "threshold",
        "sessions",
      ],
      strong: [
        "E-commerce wanted to raise our free-shipping threshold from $49 to $65 to cover rising carrier costs, but they were worried it would hurt conversion. I designed the test: visitors randomized 50/50 by cookie, average order value as the primary metric, conversion rate and revenue per session as guardrails. The power analysis said three full weeks to detect a 3% change in average order value, and we ended with 380,000 sessions. I checked the sample ratio first, which was fine. Because order values are skewed, I used a bootstrap for the confidence interval. Average order value went up 6.2%, with an interval of roughly 4 to 8%; conversion was down 0.7%, with an interval that comfortably included zero. Revenue per session was up about 5%. We rolled out the $65 threshold, and I monitored conversion and return rates for a month afterwards, which stayed in line with the test.",
        "What I'm proudest of in that test is the part before launch. The first proposal was to compare two weeks before and after changing the threshold, and I pushed for a proper A/B test because October traffic changes so much week to week that a before-and-after would have been meaningless. I also worked out with the product manager what 'no significant drop' should mean in practice: we agreed that a conversion drop of more than 2% would outweigh the gain, and sized the test so we could detect that. It ran three weeks on 380,000 sessions. Average order value rose 6.2%, mainly because customers between $49 and $65 added a small item to reach the new threshold, which I could see in the distribution of basket values piling up just above $65. Conversion didn't move significantly. That basket-level chart is what convinced leadership.",
      ],
      vague: [
        "I ran an A/B test on our shipping threshold. It was a good example of using data to make a business decision. We made sure the test was set up correctly, and the results were positive, so the company rolled out the change.",
        "Testing pricing and shipping changes is really valuable because it's hard to predict how customers will react. I think it's important to look at several metrics, not just one, so you understand the full impact.",
      ],
      contradicting: [
        "We tested raising the free-shipping threshold on about 80,000 sessions over one week, randomized by visitor. Average order value went up by around 12%, because people added items to reach the threshold, but conversion dropped by about 3%, which was significant. Revenue per session came out roughly neutral, so the e-commerce team decided to keep the old threshold and look at other ways to cover the rising shipping costs.",
        "The free-shipping test was designed by our experimentation lead, and the statistical analysis was done by an agency we worked with at the time. My part was pulling the order and session data from Snowflake for them and building the results dashboard in Tableau that leadership used. It showed average order value up by about 6% with no real change in conversion, and the company rolled out the higher threshold.",
      ],
    },
    {
      name: "Customer segmentation for CRM",
      claim:
        "Built a customer segmentation in Python (k-means on RFM features) that the CRM team used to cut email unsubscribes by 18%",
      match: [
        "segmentation",
        "segments",
        "clustering",
        "k-means",
        "rfm",
        "crm",
        "unsubscribe",
        "email",
      ],
      strong: [
        "The CRM team at Northstar sent the same three emails a week to everyone, and unsubscribes were climbing. I built a segmentation to help them target. I computed recency, frequency and monetary value for about 900,000 customers from two years of transactions, log-transformed frequency and monetary value because they're very skewed, standardized everything and ran k-means in scikit-learn. I tried between three and eight clusters; the silhouette scores were close, so I chose five because those segments were the easiest to explain: loyal high-value, recent first-time buyers, seasonal buyers, lapsing and dormant. I profiled each one with category mix and channel, and the CRM manager and I gave them names together. The CRM team then cut email frequency to once a week for the lapsing and dormant segments and built a welcome series for first-time buyers. Over the next quarter unsubscribes fell by 18% while email-attributed revenue stayed flat.",
        "I'd say the clustering itself was a small part of that project. K-means on RFM features is a standard technique; I did it in Python with pandas and scikit-learn in an afternoon. The work was making it useful. First, I kept the features simple, recency, frequency and monetary value, so the CRM team could understand why a customer was in a segment. Second, I wrote the segment assignment as a scheduled job that refreshes every week, so the segments didn't go stale after a month. Third, I worked with the CRM manager on what to do differently for each segment and set up a holdout group for the frequency change, so we could measure the effect rather than assume it. Unsubscribes dropped 18% against the previous quarter, and the holdout confirmed most of that came from sending fewer emails to the lapsing segments.",
      ],
      vague: [
        "Customer segmentation is a powerful tool for personalizing marketing. I used clustering to group customers based on their behavior, which helped the marketing team send more relevant emails. It's important to make segments actionable for the business.",
        "I worked on a segmentation project with the CRM team. I think understanding different customer groups is key to better marketing, and I enjoyed combining data science techniques with business needs.",
      ],
      contradicting: [
        "The segmentation was originally built by our data science team, using k-means on recency, frequency and monetary value. I joined the project later and helped the CRM team apply the segments to their email lists, writing the SQL that assigned customers to segments each week and checking the segment sizes. With the new targeting, and fewer emails to lapsed customers, unsubscribes dropped by about 18% over the next quarter.",
        "I built the segmentation in Python, k-means on RFM features for our customer base, and chose five segments the CRM team could work with. They used it to change email frequency and content by segment. Unsubscribes went down by about 5%, which was smaller than we'd hoped, but the bigger result was a 30% increase in email click-through rate, because the content was more relevant to each segment.",
      ],
    },
    {
      name: "Finding preventable shrink",
      claim:
        "Found $1.1M in annual preventable shrink by analyzing store-level inventory adjustments with Python and pandas",
      match: [
        "shrink",
        "shrinkage",
        "inventory adjustments",
        "loss prevention",
        "waste",
        "theft",
        "store-level",
        "$1.1m",
      ],
      strong: [
        "At Cobalt Grocery shrink was reported as one number per store per month, so nobody could act on it. I pulled two years of store-level inventory adjustments from SQL Server, about forty million rows with reason codes, and analyzed them in pandas together with vendor delivery files and store attributes. Breaking shrink down by reason code, department and store showed two patterns. Direct-store-delivery vendors in a handful of stores had consistent gaps between invoiced and received quantities, which pointed to receiving checks being skipped. And bakery and deli waste was much higher in stores that produced to a fixed schedule rather than to forecast. I sized each opportunity conservatively, assuming stores could reach the median of comparable stores, not the best one, and it came to $1.1M a year in preventable shrink. Loss prevention retrained receiving in the flagged stores, and fresh departments piloted forecast-based production.",
        "The $1.1M figure came from being careful about what counts as preventable. When I first looked at Cobalt's inventory adjustments in pandas, total shrink was several times that, but a lot of it, like product recalls or damage from a freezer failure, isn't something a store can prevent. So I classified every reason code with the loss prevention manager into preventable, partly preventable and not preventable, and for each store compared its preventable shrink rate to similar stores by size and format. I only counted the gap to the median as the opportunity. That conservative approach mattered later: when the finance director challenged the figure, I could walk her through each assumption, and she accepted it. The two biggest pieces were receiving discrepancies with direct-store-delivery vendors and overproduction in bakery, and I built a monthly report so the stores could track both.",
      ],
      vague: [
        "Shrink is a big issue in grocery retail. I used data analysis to identify where we were losing inventory and presented the findings to the business. I think data can really help loss prevention teams focus their efforts.",
        "I analyzed inventory data to help reduce shrink. It's important to look at the data in detail and work with the operations teams, because they know the stores and can help explain what the numbers mean.",
      ],
      contradicting: [
        "At Cobalt I analyzed the store inventory adjustments in Excel and Power BI, since the dataset was manageable once I aggregated it by store and department. I found about $300,000 a year in shrink we could prevent, mostly bakery and deli waste from producing to a fixed schedule. I presented it to the fresh departments team, and the stores put in new production schedules based on sales forecasts as a result.",
        "The loss prevention manager led that project and found the $1.1M opportunity. I helped by pulling two years of inventory adjustment data from SQL Server, cleaning up the reason codes and building some of the charts she used in her presentation to the finance director. It was a great way to learn how shrink works in grocery, and it got me interested in operational analysis.",
      ],
    },
    {
      name: "Automating the weekly store KPI pack",
      claim:
        "Automated the weekly store KPI pack with Python, cutting preparation time from 2 days to 3 hours",
      match: [
        "automate",
        "automated",
        "automation",
        "kpi pack",
        "weekly pack",
        "manual work",
        "report preparation",
        "time saved",
      ],
      strong: [
        "The weekly store KPI pack at Cobalt was a 60-page PDF for district managers, and it took me two full days every week: exporting from SQL Server, pasting into Excel templates, fixing formulas and exporting charts. I automated it in stages so the pack never missed a week. First I moved each export into a parameterized SQL query run from Python. Then I rebuilt the calculations in pandas and compared the output to the manual Excel version for three weeks until they matched to the cent. Finally I generated the charts with matplotlib and assembled the PDF with a templating library, scheduled on Monday mornings. Preparation went from 2 days to about 3 hours, and most of those 3 hours became checking the numbers and writing the commentary, which is what district managers actually valued. I used the freed time to start the shrink analysis.",
        "I approach automation by first making the manual process boring and documented, then automating it. With the Cobalt KPI pack, I spent one week writing down every step I did, including the undocumented ones like excluding a store that was being remodeled. That list became the specification. I built the pipeline in Python with pandas, kept the store exclusions and targets in a small configuration file that operations could edit, and added checks that stop the run if a store is missing or if sales move more than 30% week on week without an explanation. Preparation time went from 2 days to 3 hours. The lesson was that the checks mattered as much as the automation: twice in the first few months they caught a broken upstream extract that I would probably have missed in the manual version.",
      ],
      vague: [
        "I automated a weekly report using Python, which saved a lot of time. I think automation is really valuable because it reduces errors and frees analysts to do more interesting work. I always look for repetitive tasks that can be automated.",
        "Whenever I see a manual process, I try to find a way to automate it. Python is great for this. It's important to test the automated version carefully so people can trust the results.",
      ],
      contradicting: [
        "The KPI pack used to take about a day each week to prepare. I automated parts of it in Excel, with Power Query connections to SQL Server and a few macros for the formatting, and after that it took around half a day. The commentary and the final checks stayed manual, which I think was the right call, because district managers valued the commentary most.",
        "Our BI developer automated the KPI pack in Python. I was the one who used to prepare it by hand, so I documented the steps for him, including all the store exceptions, and tested the new version against my manual one for a few weeks. It went from 2 days to a few hours, which freed me up to start on the shrink analysis.",
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
        "At Northstar, an analytics engineer and I disagreed about where the markdown attribution logic should live. He wanted it in a central dbt model owned by his team; I had built it in my own model because I needed to change it often while merchants were still refining the rules. It got a bit tense in a pull request thread. I suggested we talk instead of commenting, and in the conversation I realized his real concern was that two other analysts had started copying my logic into their own queries, so we were heading for three versions. That was a fair point. We agreed the logic would move into his central model, with me as a named co-owner and a faster review path for rule changes during the season. It worked well, and I learned to ask about the concern behind a position before defending mine.",
        "At Cobalt a marketing manager and I disagreed about a campaign result. She had reported a 15% sales lift from a circular promotion, based on comparing promoted weeks to the previous weeks. My analysis, with matched control stores, showed about 4%. She felt I was undermining her work in front of her director. I asked to go through both analyses together, privately, before the next review. I showed her the control-store chart and acknowledged that her number was the right one for total sales; the difference was what could be attributed to the campaign. We presented a joint version: total sales up 15%, with about 4 points caused by the campaign and the rest seasonal. She appreciated not being contradicted in public, and afterwards she started asking me to set up control groups before campaigns instead of after.",
      ],
      vague: [
        "I think disagreements can be healthy if they're handled well. When I disagree with a colleague, I try to listen and understand their point of view, and then find a solution based on the data rather than opinions.",
        "Conflict doesn't happen often for me because I try to communicate openly. When it does, I stay professional, focus on the shared goal and look for a compromise everyone can accept.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "failure",
        "failed",
        "went wrong",
        "wrong",
        "regret",
        "resilience",
        "missed its goal",
        "did not go as planned",
        "error you made",
      ],
      strong: [
        "In my first few months at Northstar I published an update to the trading dashboard that double-counted returns for online orders. I'd joined returns at order level instead of order line level, so an order with two returned items subtracted the full order twice. A merchant spotted that one category's net sales had dropped oddly and messaged me on a Monday morning. I confirmed the problem within an hour, put a banner on the dashboard saying the online net sales figures were wrong and being fixed, and emailed the people who'd used it that morning. The fix was live by lunchtime. Then I added what should have been there: a dbt test comparing net sales in the mart to the finance daily flash within a small tolerance, and a rule for myself that I don't publish a change without comparing totals before and after. That test has since caught two other problems before anyone saw them.",
        "A failure I learned a lot from: at Cobalt I spent about three weeks building a detailed labor scheduling analysis that I thought would impress the operations director. When I presented it, she said it was interesting but that labor budgets had already been set for the year, so there was nothing she could decide with it. I'd never asked what decision it was for or when it would be made. I was disappointed, but it was a fair lesson. Since then I write a short brief before any analysis longer than a couple of days: the question, the decision it informs, who makes it, and by when. I share it with the stakeholder before starting. It feels bureaucratic for five minutes, but it has saved me from repeating that mistake several times, and stakeholders like being asked.",
      ],
      vague: [
        "I've made mistakes, like everyone. When it happens, I take responsibility, correct it quickly and tell the people affected. Then I think about what I can do differently to make sure it doesn't happen again.",
        "One thing I've learned from my mistakes is to always double-check my work before sharing it. I think it's important to be honest when something goes wrong and to see it as a learning opportunity.",
      ],
    },
    {
      name: "Prioritizing under pressure",
      match: [
        "priorities",
        "prioritize",
        "prioritise",
        "prioritisation",
        "pressure",
        "deadline",
        "urgent",
        "workload",
        "adaptability",
        "could finish",
      ],
      strong: [
        "The week after Black Friday at Northstar is always the busiest: everyone wants to know how the weekend went, and that year I also had a test readout due and the monthly markdown review. On Monday morning I listed every request with who asked, what decision it was for and when that decision was being made. The executive trading summary was needed by Tuesday's leadership meeting, so that came first. The markdown review fed decisions on Thursday, so it came second. The test readout had no decision attached until the next sprint planning, so I told the product manager it would come the following Monday and why, and she was fine with that. For the smaller ad hoc questions I pointed people to the trading dashboard, and added one new view that answered most of them at once. Everything that had a real deadline was delivered on time.",
        "My rule when everything is urgent is to find out when each decision is actually being made, because 'ASAP' usually means 'I'm worried'. At Cobalt, during a hurricane warning, the supply chain director, store operations and the category teams all wanted different stock and sales reports on the same afternoon. I asked each of them what they would decide and when. Supply chain needed store-level inventory of water and batteries within two hours to reroute trucks, so I did that first with a quick SQL query and a simple spreadsheet rather than a polished report. The category teams' questions were about the sales impact, which could wait until after the weekend. I sent everyone a short message with the order and expected times, so nobody had to chase me, and that transparency mattered as much as the order itself.",
      ],
      vague: [
        "When I'm under pressure, I stay organized and focus on the most important tasks first. I usually make a to-do list and prioritize based on business impact and deadlines, and I communicate with stakeholders if something has to wait.",
        "I work well under pressure. I think the key is to stay calm, be realistic about what can be done, and keep everyone informed about timelines.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "critical feedback",
        "constructive",
        "receive feedback",
        "give feedback",
        "review my work",
      ],
      strong: [
        "The most useful feedback I've received came from a district manager at Cobalt. I'd redesigned the KPI pack and was proud of it, and she told me bluntly that she read it on her phone in the car park before store visits and couldn't read any of my charts. I'd designed it on a large monitor and never asked how it was used. I thanked her, asked if I could watch her use it on her next visit, and rebuilt the first page as a mobile-friendly summary: one line per store with the three numbers she needed and a color flag, with the detail further down. I then asked the other district managers how they read it, and most did the same. Since then I always ask where and on what device a report will be read before designing it.",
        "Giving feedback: I review SQL for a junior analyst on our team at Northstar. Early on, her queries were correct but very hard to review: one long query with nested subqueries and no comments. Rather than rewriting it in the review, I booked half an hour, took one of her queries, and showed her how I'd restructure it into named CTEs with the grain written at the top of each, and how that made it easy for me to check each step. I was specific that the logic was right, and that the issue was how long it took someone else to trust it. She adopted the style quickly, and a couple of months later she pointed out a grain problem in one of my own queries during review, which I took as a sign the feedback had worked.",
      ],
      vague: [
        "I really appreciate feedback because it helps me grow. When I receive feedback, I listen carefully and try to apply it. When I give feedback, I try to be specific and constructive, and to focus on the work rather than the person.",
        "I think regular feedback is very important in a team. I ask my manager and colleagues for feedback often, and I try to create an environment where people feel comfortable sharing their opinions.",
      ],
    },
    {
      name: "Teamwork and collaboration",
      match: [
        "teamwork",
        "cross-functional",
        "leadership",
        "mentoring",
        "struggling",
        "influence",
        "initiative",
        "improved",
        "continuous improvement",
        "worked closely with others",
      ],
      strong: [
        "The segmentation project at Northstar was a good example of cross-functional work. I did the analysis, but it only had value if the CRM team could use it, and that needed an analytics engineer to schedule it and a CRM manager to change the email program. I set up a short weekly check-in with the three of us. I brought drafts early, even when the segments were rough, so the CRM manager could say which distinctions mattered to her. The analytics engineer pointed out that my notebook code wouldn't run reliably on a schedule, so we rewrote the scoring step as a dbt Python model together. The CRM manager designed the new contact rules and the holdout. When unsubscribes fell 18%, she presented the result to marketing leadership, and I was happy for her to, because it was her program change that delivered it.",
        "At Cobalt I took the lead on something outside my job description. Three analysts, me included, were answering very similar questions from store operations in different ways, and the numbers didn't match. I suggested we keep a shared list of recurring requests and agree on one standard query for each, stored in a shared repository. I wrote the first few myself and asked the other two to review them, so it didn't feel like I was imposing my version. Within a couple of months we had standard queries for the twenty most common questions, new requests were answered faster, and store operations stopped getting conflicting answers. I wasn't anyone's manager, so the main thing I learned is that leading from a peer position works when you do the first piece of work yourself and invite people to improve it.",
        "When a new analyst joined our team at Northstar, my manager asked me to help her get up to speed, and after a month she was falling behind on requests and staying late. In our first one-to-one I asked her to walk me through her week rather than telling her what to do. The problem was clear: she was writing every query from scratch against raw tables because she didn't know which dbt marts existed, and she was reluctant to ask. So I did three things. I spent an afternoon walking her through our marts and showed her how to follow the lineage in the dbt docs. I paired with her on her next two requests and let her drive. And we set up a fifteen-minute check-in twice a week for a month where she could bring anything. Within about six weeks she was closing requests at the same pace as the rest of the team, and she later built the returns dashboard for the footwear category on her own.",
      ],
      vague: [
        "I'm a team player and I enjoy working with people from different backgrounds. I believe that good collaboration leads to better results, so I always try to share my knowledge and support my colleagues.",
        "Teamwork is essential for analysts because we work with so many different departments. I try to be approachable and reliable and to make sure everyone is aligned on goals and timelines.",
      ],
    },
    {
      name: "Learning new skills fast",
      match: [
        "learn quickly",
        "learn fast",
        "new tool",
        "new skill",
        "unfamiliar",
        "ramp up",
        "pick up",
        "learning curve",
        "new method",
      ],
      strong: [
        "When I joined Northstar, I'd never used dbt or Snowflake; at Cobalt everything was SQL Server and saved queries. I had a month before I was expected to maintain the markdown models. I did the dbt Fundamentals course in my first week, but what helped most was reading our existing project: I picked the markdown mart and traced it back model by model to the raw tables, writing notes on each. Then I asked an analytics engineer to give me a small real change, adding a column, and to review it strictly. I did three or four of those in the first month, each slightly bigger. By week six I was making changes on my own and had found and fixed a test gap in the sell-through model. I find learning from a real codebase with a patient reviewer much faster than tutorials alone.",
        "At Cobalt I had to learn difference-in-differences quickly when operations asked whether store remodels had worked. I knew regression from my degree but hadn't used quasi-experimental methods in practice. I gave myself a week: I read the relevant chapters of a causal inference textbook, worked through an example with public data in statsmodels, and then wrote a one-page explanation of the method in plain language for myself, because if I couldn't explain it simply I didn't understand it yet. I also asked a former professor to look at my setup, and she pointed out that I needed to check pre-trends, which I hadn't planned to. The analysis was delivered in about three weeks and it changed how the remodel budget was allocated. It's now one of the methods I use regularly.",
      ],
      vague: [
        "I'm a quick learner and I love learning new tools. I usually start with online courses and documentation, and then practice on real projects as soon as possible. I'm not afraid to ask questions when I'm stuck.",
        "The data field changes quickly, so I try to keep learning all the time. I read blogs, take online courses and try out new techniques whenever I can, and I think curiosity is one of my strengths.",
      ],
    },
    {
      name: "Motivation for this role",
      match: [
        "motivation",
        "motivates",
        "why do you want",
        "draws you",
        "why juniper lane",
        "first 90 days",
        "join us",
        "why join",
      ],
      strong: [
        "Mainly the experimentation program. At Northstar I've run a handful of A/B tests, and the free-shipping test is the work I'm proudest of, but testing is still occasional there: each one needs a special case. Your posting describes a growing experimentation program on the website and in email, and that's the direction I want to develop in. Second, Juniper Lane's mix of 210 stores and a third of sales online means the interesting questions are omnichannel: how online and store sales affect each other, pick-up in store, regional differences. I've touched those at Northstar but at a smaller scale. And third, I like that the team has analytics engineers who own dbt while analysts contribute models. That's the setup where I've been most productive. Home and lifestyle is a new category for me, but seasonal buying and markdowns work much the same as in apparel.",
        "I want my next role to be one where I'm closer to decisions. At Northstar I've gone from building reports to presenting in the weekly trading meeting, and that's the part of the job I enjoy most: seeing a markdown get moved earlier or a promotion redesigned because of something I found. The posting says you want someone who asks what decision an analysis is for and who can explain a confidence interval to a buyer, and that's honestly a good description of how I try to work. I also know Juniper Lane as a customer. I've shopped at your Roseville store for years, and I've noticed how much the online range has grown, so I'm curious about the data behind that. And Minneapolis is home, so a hybrid role here is a good fit for me long-term.",
      ],
      vague: [
        "I'm really excited about this role because I'm passionate about data and retail. Juniper Lane is a great company with a strong brand, and I think this position would allow me to grow my skills and make a real impact on the business.",
        "I'm looking for a new challenge where I can use my analytical skills. The role matches my experience well and I like the company's culture and values.",
      ],
    },
    {
      name: "Handling a difficult stakeholder",
      match: [
        "difficult stakeholder",
        "difficult",
        "demanding",
        "frustrated",
        "unhappy",
        "unrealistic",
        "expectations",
        "someone senior",
        "didn't trust",
      ],
      strong: [
        "A senior buyer at Northstar didn't trust the trading dashboard and kept sending his team's own spreadsheet numbers to leadership, which contradicted ours. He was openly dismissive in meetings. Rather than escalate, I asked for thirty minutes to go through one week together, his spreadsheet next to the dashboard. Most of the gap was that his spreadsheet excluded online returns and used a different week ending. But he'd also found a real issue: a group of styles mapped to the wrong subcategory in our product hierarchy. I fixed the mapping the same day and told him and his director that his team had found it. After that he started using the dashboard, and I added a note to each view explaining how returns and weeks are defined. Being willing to find him right on one point made it much easier to agree on the rest.",
        "The store operations director at Cobalt wanted a new daily report by the end of the week that would have taken at least three weeks properly. He was under pressure from the CEO and wasn't interested in reasons. I didn't argue about the timeline. I asked what he needed to show the CEO, and it turned out to be three numbers per district, sales, labor hours and shrink, against target. I told him I could deliver exactly that by Friday as a simple daily email from a scheduled query, and the full report in three weeks, and I wrote that down in a short email so we both had the same expectations. He agreed, the email went out on Friday, and by the time the full report was ready he had already told the CEO what to expect. Offering a useful subset on his deadline changed the whole conversation.",
      ],
      vague: [
        "When I deal with a difficult stakeholder, I try to stay patient and understand their perspective. Often they are under pressure themselves. I listen, manage expectations and communicate regularly so we can build trust over time.",
        "I think the key with difficult stakeholders is empathy and clear communication. I try to find common ground and focus on what we both want to achieve, and I always remain professional.",
      ],
    },
  ],
};
