import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "store-manager",
  field: "retail",
  job: {
    title: "Store Manager",
    seniority: "senior",
    department: "Retail Stores",
    location: "Columbus, OH (Short North store)",
    employment_type: "full_time",
    description:
      "Marlowe & Finch is a clothing retailer with 120 stores across the Midwest and the South, selling casual wear, denim and workwear for men and women, plus a growing online business that customers can pick up in store. We want our stores to feel like a good neighborhood shop: well merchandised, properly staffed, and run by people who know their customers.\n\nWe're looking for a Store Manager for our Short North store in Columbus, one of our highest-volume locations, with annual sales of around $5 million and a team of 30 to 35 associates, key holders and assistant managers. You'll own the store's results: sales against plan, conversion, average transaction and units per transaction, loyalty sign-ups, payroll, and the controllable lines of the store P&L. You'll recruit, hire and train your team, build weekly schedules in our workforce management system to match traffic and the payroll budget, and develop your assistant managers into future store managers.\n\nYou'll bring our seasonal floor sets to life following visual merchandising directives while adapting them to your store's layout and customers. You'll keep shrink under control through strong operating routines, stockroom discipline and partnership with our regional loss prevention team, and make sure every customer, whether shopping or picking up an online order, has a great experience.\n\nYou'll report to the District Manager and work with our merchandising, HR and loss prevention partners. We offer a competitive base salary plus a quarterly bonus tied to store results, a 40% employee discount, health, dental and vision coverage, a 401(k) match and paid time off.",
    requirements: [
      "3+ years of retail management experience, including at least 1 year as a store manager or assistant store manager in apparel or specialty retail",
      "A track record of meeting or exceeding sales plans",
      "Experience training, coaching and developing associates and assistant managers",
      "Strong knowledge of store operations: shipments, inventory counts, cash handling and audits",
      "Availability to work a flexible retail schedule, including evenings, weekends and holidays",
    ],
    skills: [
      "Sales KPIs",
      "Staff scheduling",
      "Recruiting and hiring",
      "Visual merchandising",
      "Shrink and loss prevention",
      "Customer experience",
      "Store P&L",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Darnell Brooks",
    email: "darnell.brooks@example.com",
    phone: "+1 (614) 555-0136",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Yuki Tanaka",
    email: "yuki.tanaka@example.com",
    phone: "+1 (614) 555-0174",
    pronouns: "she/her",
  },
  cv: `{name}
Store Manager, Apparel Retail
Columbus, OH | {email} | {phone} | {pronouns}

PROFILE
Apparel store manager who came up through the sales floor. I run stores on clear daily routines
and honest numbers: traffic and conversion, payroll against plan, shrink, and a team that knows
what good looks like. Happiest on a busy Saturday with the fitting rooms full.

EXPERIENCE

Harbor & Pine Clothing Co. — Easton Town Center, Columbus, OH
Store Manager, March 2020 – present
• Grew annual store sales from $3.4M to $4.2M in three years, ranking in the top 10 of 85 stores in 2023
• Cut shrink from 2.6% to 1.1% of sales in 18 months with a fitting-room attendant program, weekly high-risk counts and refresher training
• Reduced 90-day associate turnover from 45% to 22% by redesigning interviews and onboarding around a buddy system
• Lead the assistant managers, key holders and associates; build weekly schedules in Reflexis around traffic and the payroll budget
• Own the store P&L, including payroll, supplies, repairs and other controllable expenses

Canvas Lane — Polaris Fashion Place, Columbus, OH
Assistant Store Manager, 2017-04 to 2020-02
• Raised conversion from 19% to 24% by introducing zone coverage and a greeting standard on the sales floor
• Led visual merchandising floor sets following company directives and planograms
• Managed shipment processing, stockroom standards and cycle counts
• Opened and closed the store, ran the cash office and prepared bank deposits

Threadwell Outlet — Jeffersonville, OH
Women's Department Supervisor, 06/2014 – 03/2017
• Trained 4 associates who were promoted to key holder or supervisor within two years
• Supervised the women's department through peak outlet seasons, tax-free weekends and Black Friday
• Handled customer complaints, returns and exchanges

Brightmoor Department Store — Columbus, OH
Sales Associate, 2012 – 2014
• Sold menswear and shoes on commission and built a book of regular clients
• Helped with seasonal stock takes, markdowns and holiday sets

SKILLS
Retail systems: Reflexis workforce management, Oracle Xstore POS, ShopperTrak, Workday Recruiting,
Microsoft Excel
Operations: payroll planning, cycle counts, shipment receiving, cash office, audit readiness
People: structured interviewing, onboarding, one-to-one coaching, performance improvement plans
Sales: KPI huddles, clienteling, loyalty sign-ups, floor zoning

EDUCATION
Associate of Applied Business, Retail Management, Columbus State Community College, 2014

CERTIFICATES
NRF Foundation Retail Industry Fundamentals, 2019
Mental Health First Aid, 2022
`,
  truth: {
    employers: [
      "Harbor & Pine Clothing Co.",
      "Canvas Lane",
      "Threadwell Outlet",
      "Brightmoor Department Store",
    ],
    titles: [
      "Store Manager",
      "Assistant Store Manager",
      "Women's Department Supervisor",
      "Sales Associate",
    ],
    claims: [
      "Grew annual store sales from $3.4M to $4.2M in three years, ranking in the top 10 of 85 stores in 2023",
      "Cut shrink from 2.6% to 1.1% of sales in 18 months with a fitting-room attendant program, weekly high-risk counts and refresher training",
      "Reduced 90-day associate turnover from 45% to 22% by redesigning interviews and onboarding around a buddy system",
      "Raised conversion from 19% to 24% by introducing zone coverage and a greeting standard on the sales floor",
      "Trained 4 associates who were promoted to key holder or supervisor within two years",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Sales KPIs",
      match: [
        "kpi",
        "kpis",
        "key performance indicators",
        "conversion",
        "units per transaction",
        "average transaction",
        "upt",
        "metrics",
      ],
      strong: [
        "At Harbor & Pine I run the store on a handful of numbers: sales against plan, traffic, conversion, average transaction value, units per transaction and loyalty sign-ups. Every morning I pull yesterday's results from Xstore and ShopperTrak, and we do a ten-minute huddle: how we did, today's goal broken down by hour, and one focus for the day. In 2022 our conversion was healthy but UPT was stuck around 1.9, below the district average. Looking at the transactions, I saw that denim usually sold on its own. So 'complete the outfit' became our focus for a quarter: I trained associates to suggest a top and a belt with every pair of jeans, we put accessories by the fitting rooms and the cash wrap, and I called out the best add-on sale in every huddle. Within six months UPT was 2.3, which on its own was worth a few percent in sales.",
        "KPIs only help if you read them in the right order. When sales are down, I first check traffic in ShopperTrak. If traffic is down and conversion is holding, it's the mall or the weather, and we focus on making the most of everyone who does come in. If traffic is normal and conversion drops, it's us: coverage, service or stock. Last fall at Harbor & Pine we had a three-week dip on weekday evenings. Traffic was normal, but conversion between 5 and 8 pm had fallen from 26 to 21 percent. When I dug in, I found that after a round of hiring I'd scheduled mostly new associates on those shifts, and the fitting rooms were backing up. I moved two experienced associates to evenings, made one of them the fitting room lead, and evening conversion was back within two weeks. I share these numbers with the team daily so they understand the why, not just the target.",
      ],
      vague: [
        "I'm very data-driven and I keep a close eye on all the key metrics like conversion, UPT and average transaction. I make sure the whole team knows our goals and works together to achieve them.",
        "KPIs are really important in retail because they show how the store is performing. I review them regularly and share them with the team to keep everyone motivated and focused on results.",
      ],
    },
    {
      name: "Staff scheduling",
      match: [
        "schedule",
        "scheduling",
        "staffing",
        "shifts",
        "payroll hours",
        "labor",
        "coverage",
        "reflexis",
      ],
      strong: [
        "I build the schedule in Reflexis two weeks ahead, and I start from traffic, not from preferences. ShopperTrak gives me traffic by hour, and I put the most selling hours on the floor when the most customers are in the store, which at Easton is Saturday afternoons and weekday evenings after five. Tasks like shipment processing and replenishment go into the early morning before opening, so they don't eat into selling time. Our payroll budget is a percentage of the sales plan, so when the district reforecasts, I adjust hours that same week. In my first year we were over payroll while conversion was weak in the evenings; by moving about forty hours a week from mornings to the evening peaks, we got back on budget and evening conversion improved. I also keep it fair: availability forms, rotating weekends and a schedule posted on time, because a predictable schedule is the cheapest retention tool I have.",
        "Holiday scheduling is where it really gets tested. At Harbor & Pine I start planning in September: I forecast hours week by week from last year's traffic and this year's sales plan, work out how many seasonal associates I need, and hire them by early November so they're trained before Black Friday. I also build a call-out plan: a list of associates who want extra hours, and a key holder on call for the biggest days. Last year on the Saturday before Christmas three people called out sick. I had two replacements in within an hour from that list and moved an assistant manager from the stockroom to the fitting rooms, and we beat that day's plan by 8 percent. Through the season I check payroll against sales every day, because if sales come in soft you have to trim hours quickly, and I'd rather do that with a day's notice than surprise people.",
      ],
      vague: [
        "Scheduling is about having the right people in the right place at the right time. I always try to balance the needs of the business with the needs of the team and stay within budget.",
        "I have a lot of experience building schedules and I make sure we always have enough coverage, especially at busy times. I also try to be fair and flexible with my team's availability.",
      ],
    },
    {
      name: "Recruiting and hiring",
      match: [
        "hiring",
        "hire",
        "recruit",
        "recruiting",
        "interview candidates",
        "candidates",
        "seasonal hiring",
        "new hires",
      ],
      strong: [
        "When I took over at Harbor & Pine, we were losing almost half our new hires within 90 days, and I realized we were hiring badly: short, unstructured interviews that mostly checked availability. I redesigned the process with our HR partner. Every candidate now has a structured interview with the same five behavioral questions, like 'tell me about a time you helped someone who didn't know what they wanted', each scored from 1 to 4, and a ten-minute role play on the floor where they approach a 'customer', usually one of my assistant managers. We're also upfront in the interview about weekends and holidays, so people who can't work them don't join and then quit. Ninety-day turnover went from 45 to 22 percent over about a year. I post roles in Workday, but my best source is referrals from my strongest associates, who know what the job really is.",
        "For holiday hiring I need fifteen to twenty seasonal associates in a few weeks, so I run hiring events instead of interviewing one person at a time. Last October at Harbor & Pine I held two Saturday events in the store, advertised through Workday, Indeed and signs at the cash wrap. Candidates did a short group activity, styling an outfit for a customer brief, then a fifteen-minute structured interview with me or an assistant manager, and we made offers on the spot to the strongest. We hired eighteen people in two weeks. What I look for is warmth with strangers, reliability and curiosity; product knowledge can be taught. I also tell seasonals from day one that the best performers will be kept on, and last year we kept six of them after January, which made our spring staffing much easier.",
      ],
      vague: [
        "I look for people with a positive attitude and a passion for customer service. Skills can be taught, but attitude is what really matters when you're building a great team.",
        "Hiring the right people is one of the most important parts of the job. I take interviews seriously and try to find candidates who will fit the culture and stay with the company.",
      ],
    },
    {
      name: "Visual merchandising",
      match: [
        "visual merchandising",
        "merchandising",
        "floor set",
        "floor sets",
        "displays",
        "planogram",
        "mannequins",
        "store layout",
      ],
      strong: [
        "Floor sets are one of my favorite parts of the job. At Harbor & Pine we get a directive from the visual team for each season with photos and planograms, and my job is to execute it well and adapt it to our layout. Before each floor set I walk the store with the directive, map where every collection will go, and plan the night with an assistant manager: who does the front tables, who does the walls, who dresses the mannequins. We usually work overnight so the store is ready at opening, and then I send photos to the district visual manager for feedback. Where I adapt, I use data: our store sold more men's denim than the chain average, so I got approval to move the denim wall nearer the entrance, and denim sales rose about 12 percent that season. Between floor sets we recover daily and move best sellers to the focal tables.",
        "Merchandising has to sell, not only look good. At Canvas Lane I led our floor sets as assistant store manager. The company directive put new arrivals at the back of the store, which worked in most locations, but in ours most customers came in through a second entrance from the parking lot. I showed the district visual manager our traffic counts by entrance and proposed mirroring the layout; she agreed, and our new arrivals sold through faster than in comparable stores. I also trained the team on the basics: pyramid folds on tables, color blocking on walls from light to dark, and keeping size runs complete, because a beautiful table with no mediums just frustrates people. Every Monday I check the sell-through report and swap slow sellers out of the focal points.",
      ],
      vague: [
        "Visual merchandising is very important because it's the first thing customers see. I always make sure the store looks clean, attractive and on-brand, and that we follow the company guidelines.",
        "I have a good eye for displays and I enjoy floor sets. A well-merchandised store makes it easy for customers to find what they want and helps drive sales.",
      ],
    },
    {
      name: "Shrink and loss prevention",
      match: [
        "shrink",
        "loss prevention",
        "theft",
        "shoplifting",
        "stock loss",
        "inventory loss",
        "shrinkage",
        "security",
      ],
      strong: [
        "A lot of shrink isn't theft at all, it's paperwork. In my first year at Harbor & Pine I noticed the annual inventory loss was much higher on some brands than our own counts suggested. With our regional loss prevention manager I went through receiving, and we found cartons being received by scanning the packing list instead of counting units, so vendor shortages were ending up as shrink. I changed the routine: every carton of high-value product is counted and reconciled before it goes to the floor, and any difference is claimed within 48 hours. I also started auditing refunds weekly in Xstore, looking for no-receipt returns and refunds processed at odd times, and once that showed a pattern that loss prevention investigated. Together with the fitting-room attendant program and weekly counts of high-risk items, we brought shrink down from 2.6 to 1.1 percent of sales.",
        "Our approach to shoplifting is customer service first and team safety always. At Harbor & Pine associates never chase or confront anyone; that's company policy and it's right. Instead we make the store a bad place to steal: every customer greeted within ten seconds, an attendant counting items in and out of the fitting rooms, high-risk items like leather jackets on cables near the cash wrap, and tags on everything above a set price. When a group was targeting our denim in 2022, I worked with mall security and our loss prevention manager, shared descriptions through the mall's retailer network, and changed the denim wall so only one of each size was out on weekend evenings. The losses stopped within a month. New hires learn exactly what to do: stay visible, offer help, call a manager, and never put themselves at risk.",
      ],
      vague: [
        "Loss prevention is everyone's responsibility. I make sure the team is aware of shrink and follows the company's policies, and I believe great customer service is the best way to prevent theft.",
        "Shrink can really hurt a store's profit, so I take it seriously. I work closely with loss prevention and keep the team alert and well trained.",
      ],
    },
    {
      name: "Customer experience",
      match: [
        "customer experience",
        "customer service",
        "customer satisfaction",
        "shopping experience",
        "service",
        "survey",
        "clienteling",
        "great experience",
      ],
      strong: [
        "At Harbor & Pine we measure customer experience with a post-purchase survey, and the overall satisfaction score is part of my bonus. When I started, we were in the bottom third of the district, and the comments were mostly about two things: nobody around to help, and long waits for online pickups. For help on the floor we introduced zones, so every area has an owner who greets and offers help, and I taught the team to ask about the occasion instead of 'can I help you?'. For pickups, I moved the buy-online-pick-up-in-store shelf next to the cash wrap and set a standard of serving pickup customers within two minutes, with a dedicated associate at weekend peaks. Within a year our score was in the top five of the district. I read survey comments out in the morning huddle, good and bad, so the team hears it straight from customers.",
        "For me great service is a set of habits, not a slogan. At Canvas Lane I wrote our greeting standard: every customer acknowledged within ten seconds, approached within a minute with a non-sales opener, and checked on at the fitting room. Then I coached it on the floor: I'd shadow an associate for an hour, give two pieces of feedback and come back the next day, and conversion went from 19 to 24 percent. At Harbor & Pine I added clienteling: associates keep notes in Xstore on regular customers' sizes and preferences and text them when something they'd like arrives. One associate built a book of about sixty regular clients. And when something goes wrong, associates have the authority to fix it on the spot, up to a set amount, without calling me, because a customer shouldn't wait for a manager to get a simple problem solved.",
      ],
      vague: [
        "Customer experience is everything in retail. I always make sure customers feel welcome and valued, and I lead by example on the sales floor so the team knows what great service looks like.",
        "I believe every customer should leave happy. I focus on creating a friendly atmosphere, training the team well and going the extra mile whenever possible.",
      ],
    },
    {
      name: "Store P&L",
      match: [
        "p&l",
        "profit and loss",
        "budget",
        "expenses",
        "profitability",
        "controllable",
        "financial",
        "costs",
      ],
      strong: [
        "At Harbor & Pine I own the store's four-wall P&L together with my district manager. Rent and central costs are fixed for me, so I focus on the lines I control: payroll, which is by far the biggest, then supplies, repairs and maintenance, and shrink, which shows up in cost of goods. Each month I review the P&L against budget in Excel and write a short commentary for my DM on every line that's more than 5 percent off. In 2022 supplies were well over budget, mostly bags and hangers. I found we were ordering on a fixed schedule instead of on stock levels, and associates were double-bagging. We switched to ordering against a par level, I retrained the team on the bagging standard, and supplies came in about 20 percent under the prior year. Payroll I manage weekly in Reflexis against the sales forecast, protecting selling hours at peak times.",
        "I treat the P&L as a set of decisions, not a report. In mid-2023 our sales plan was cut because mall traffic was down, and my payroll budget dropped with it. Instead of cutting hours evenly, I cut where they earned the least, early weekday mornings and over-staffed Sunday closes, and protected Saturday afternoons and evenings. I also moved shipment processing to a leaner morning team. We held payroll at plan as a percentage of sales and conversion didn't drop. On the other side, bringing shrink from 2.6 to 1.1 percent went straight into gross margin, which is why I see loss prevention as a P&L topic and not only a security one. The store's operating profit has risen every year I've run it, and I walk my assistant managers through how each decision shows up on the P&L, because they'll need that to run their own stores.",
      ],
      vague: [
        "I'm comfortable managing a store budget and I always look for ways to control costs without hurting the customer experience. I review the numbers regularly with my district manager.",
        "Understanding the P&L is an important part of being a store manager. I make sure we spend wisely, manage payroll carefully and keep the store profitable.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Retail management experience",
      match: [
        "retail management",
        "management experience",
        "store manager",
        "assistant store manager",
        "apparel",
        "your experience",
        "background",
        "career",
      ],
      strong: [
        "I've worked in apparel retail since 2012 and in management since 2014. I started as a sales associate in menswear and shoes at Brightmoor Department Store, then became women's department supervisor at Threadwell Outlet, where I trained four associates who went on to be promoted. At Canvas Lane I was assistant store manager for almost three years, running operations, floor sets and the cash office, and we raised conversion from 19 to 24 percent. Since March 2020 I've been store manager at Harbor & Pine at Easton Town Center. I reopened that store after the COVID closure, rebuilt the team, and grew sales from $3.4 million to $4.2 million in three years. So I've done every job in a store, which helps me coach people honestly and set realistic expectations.",
        "As store manager at Harbor & Pine my week has a rhythm. On Monday I review last week's numbers and the P&L with my assistant managers and set the focus; Tuesday is usually shipment day and payroll planning; midweek I'm on the floor coaching and holding one-to-ones; and I always work at least one weekend day, because that's when we make our money. I report to a district manager and work with HR, visual merchandising and loss prevention partners, much like the role you describe. The biggest lesson from my years in management is that a store runs on routines: opening and closing checklists, daily huddles, weekly counts and clear ownership, so it runs just as well on my day off. We ranked in the top 10 of 85 stores in 2023, and that happened because the routines held when I wasn't there.",
      ],
      vague: [
        "I have several years of retail management experience and I've worked in different roles on the sales floor and in management, so I understand how a store works from every angle.",
        "I've been in retail for a long time and I love the fast pace. My management experience has taught me a lot about leading teams and delivering results.",
      ],
    },
    {
      name: "Meeting sales plans",
      match: [
        "sales plan",
        "sales target",
        "sales targets",
        "sales goals",
        "exceed",
        "comp sales",
        "behind plan",
        "sales growth",
      ],
      strong: [
        "I've beaten my annual sales plan at Harbor & Pine three years running. I approach a plan by breaking it down until it's something the team can act on: the annual plan becomes a weekly plan, then a daily goal by hour, which I post in the stockroom and talk about in every huddle. Then I look at which lever will move it. We can't control traffic much, so we focus on conversion and transaction size. In 2023, when our traffic was down about 4 percent along with the rest of the mall, we still finished 6 percent over plan by pushing UPT through outfit building and growing loyalty sign-ups, which bring customers back. Overall we grew from $3.4 million to $4.2 million in three years, and the store ranked in the top 10 of 85 in the chain.",
        "When we're behind plan, I react fast and specifically. At Harbor & Pine in spring 2022 we were 9 percent behind after the first month. Traffic was on plan and so was conversion, but average transaction value was down because our best-selling jackets had sold out early and the next delivery was late. I called our allocation team to transfer stock from two lower-volume stores, moved the remaining jackets to the front, and ran a two-week team contest on building outfits around the new spring denim. We also called our top clients from the clienteling list to invite them in for the new collection. By the end of the quarter we were 2 percent ahead of plan. Having the numbers every day means I find a problem in week two, not at the end of the quarter.",
      ],
      vague: [
        "I'm very results-oriented and I've consistently met my sales goals. I keep the team motivated, celebrate wins and make sure everyone knows what we need to achieve each day.",
        "Hitting targets is all about teamwork and focus. I set clear goals, lead by example on the floor and always look for new opportunities to drive sales.",
      ],
    },
    {
      name: "Training and developing staff",
      match: [
        "training",
        "train",
        "develop",
        "development",
        "coaching",
        "coach",
        "assistant managers",
        "promotion",
      ],
      strong: [
        "Developing people is the part of the job I'm proudest of. At Threadwell Outlet I trained four associates who were promoted to key holder or supervisor within two years. At Harbor & Pine each of my three assistant managers has a development plan built around the store manager competencies in our company framework. One of them was great with the team but nervous about numbers, so for six months she ran the weekly P&L review alongside me, then ran it herself while I listened, and then presented it to our district manager. In 2023 she was promoted to store manager at another Harbor & Pine location. For associates I use a simple coaching loop: observe on the floor, give one piece of praise and one thing to work on, and follow up within a week. New hires get a training checklist and a buddy for their first two weeks.",
        "I believe in training on the floor, not in the back room. When Harbor & Pine rolled out a new loyalty program, the e-learning module was fine, but our sign-up rate in the first month was near the bottom of the district. Associates knew the benefits but not how to ask naturally at the cash wrap. So I wrote three short scripts with the team, we role-played them in huddles for a week, and I worked the cash wrap myself at peak times to model it. Then I posted sign-ups by associate every day, celebrated the best, and paired the strongest with the weakest. Within two months we were in the top five of the district for sign-ups. I also run product training before every floor set, because associates sell with more confidence when they know the fabric, the fit and the story.",
      ],
      vague: [
        "I'm passionate about developing my team. I believe in ongoing training and coaching, and I love seeing people grow into leaders and reach their full potential.",
        "Training is very important in retail. I make sure everyone gets the training they need and I'm always available to support my team with coaching and feedback.",
      ],
    },
    {
      name: "Store operations",
      match: [
        "operations",
        "inventory",
        "shipments",
        "stockroom",
        "cash handling",
        "audit",
        "audits",
        "cycle counts",
      ],
      strong: [
        "Good operations free up time for the sales floor. At Canvas Lane I managed shipment processing: on truck days in peak season we received a lot of cartons, and I organized the flow so priority product, like new floor set items and online orders, was processed first and on the floor by mid-morning. I set up the stockroom by department and size with clear labels, so associates could find an item for a customer in under a minute, and ran weekly cycle counts on high-value items. I also ran the cash office: counting the safe, preparing bank deposits and investigating any variance over five dollars the same day. At Harbor & Pine I've kept the same standards, and we've passed every internal operations audit since 2020, scoring 98 percent on the last one. Before each audit I do my own walk-through with the audit checklist.",
        "Annual inventory is the moment of truth for store operations, and I prepare over weeks, not days. At Harbor & Pine I schedule extra cycle counts in the two months before, clean up the stockroom so every item is in its location, resolve every open transfer and damage in the system, and brief the team on counting zones. On the night I work alongside the third-party inventory service, check any section where counts look wrong, and ask for recounts where needed. Because of that preparation our results have been clean, so the shrink figure reflects real loss, not counting mistakes. Cash handling works the same way: two-person counts at open and close, deposits logged with time and signature, and a surprise safe count I do myself once a month. These routines protect the team as well as the company; nobody should fall under suspicion because of a sloppy process.",
      ],
      vague: [
        "I have a strong understanding of store operations, from shipments and inventory to cash handling. I make sure procedures are followed and the store is always ready for an audit.",
        "Operations are the backbone of a successful store. I'm very organized and I keep the stockroom, cash office and paperwork in good order so the team can focus on customers.",
      ],
    },
    {
      name: "Flexible retail schedule",
      match: [
        "availability",
        "available",
        "evenings",
        "weekends",
        "holidays",
        "flexible schedule",
        "black friday",
        "work schedule",
      ],
      strong: [
        "I'm fully available for a retail schedule, including evenings, weekends and holidays, and I have been for my whole career. I've worked every Black Friday since 2012, and at Harbor & Pine I'm in the store for every floor set night, every inventory night and the whole holiday peak. I work at least one weekend day every week, because Saturday is our biggest day and I want to be on the floor when the team is under the most pressure. I plan my own days off around the store's peaks, and I share my schedule openly with my assistant managers so there's always a manager on duty who knows the plan. A store manager who is never there on weekends loses the team's respect quickly, and I'd rather lead from the floor when it matters.",
        "Retail hours are part of the job, and I've organized my life around them for years. At Harbor & Pine I rotate with my assistant managers so each of us gets a fair mix of openings, closings and weekends, and I take the hardest shifts in peak periods myself: the Black Friday opening, the last Saturday before Christmas and the returns rush on December 26th. For floor sets we work overnight, usually from close until about 3 in the morning, and I'm there every time. In the holiday season I plan on six-day weeks for a few weeks and take my time off in January. I'd expect the same at Marlowe & Finch and I'm comfortable with it. What matters to me is planning ahead, so the team's schedules are fair and posted on time too.",
      ],
      vague: [
        "Yes, I'm very flexible and I understand that retail requires working evenings, weekends and holidays. I'm happy to work whatever schedule the business needs, and I've always been a team player about it.",
        "I know retail isn't a nine-to-five job and I'm completely comfortable with that. I'm available whenever the store needs me, including the busy holiday periods and the occasional late night.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Growing store sales from $3.4M to $4.2M",
      claim:
        "Grew annual store sales from $3.4M to $4.2M in three years, ranking in the top 10 of 85 stores in 2023",
      match: [
        "$3.4m",
        "$4.2m",
        "3.4 million",
        "4.2 million",
        "top 10",
        "85 stores",
        "grew annual store sales",
        "three years",
      ],
      strong: [
        "When I took over the Harbor & Pine store at Easton, it was doing about $3.4 million a year, below what a store of its size and location should do. Three years later we did $4.2 million and ranked in the top 10 of 85 stores in 2023. There wasn't one big trick; it was three things done consistently. First, staffing to traffic: I rebuilt the schedule in Reflexis around ShopperTrak data so we had our best people on the floor at peak hours. Second, conversion and transaction size: zones, a greeting standard, and outfit building, which took UPT from about 1.9 to 2.3. Third, bringing customers back: loyalty sign-ups and clienteling, with associates texting regular customers about new arrivals. I also moved the men's denim wall to the front after seeing we outsold the chain average in denim. Each year I tracked which lever had moved, so we knew what was working.",
        "The growth from $3.4 million to $4.2 million came from the team, but the plan was mine, and so was the discipline around it. When I arrived, the store had no daily routine around numbers: nobody knew the day's goal. I started a ten-minute morning huddle with yesterday's results and today's goal by hour, and a weekly review with my assistant managers on conversion, UPT and sign-ups by associate. I also fixed retention, taking 90-day turnover from 45 to 22 percent, because you can't grow sales with a team that's always new. The district noticed in 2023, when we ranked in the top 10 of 85 stores on sales growth, and my district manager asked me to present our huddle format to the other store managers. The part I'm proudest of is that the growth held in a year when mall traffic was down.",
      ],
      vague: [
        "Our sales grew a lot while I was store manager. I think it was because we built a strong team culture, focused on the customer and kept everyone motivated to hit our goals.",
        "I'm proud of the sales growth we achieved. It was a real team effort, and we ended up as one of the best-performing stores in the company.",
      ],
      contradicting: [
        "At Harbor & Pine we grew sales from about $2.8 million to $3.3 million over four years, and the store moved up to around 30th out of the chain's stores. Not a top store yet, but a big step forward.",
        "Our district manager put together the turnaround plan for the Easton store, and the visual merchandising team redesigned the layout; I carried out the plan day to day. Sales went from $3.4 million to $4.2 million and we ranked in the top 10.",
      ],
    },
    {
      name: "Cutting shrink from 2.6% to 1.1%",
      claim:
        "Cut shrink from 2.6% to 1.1% of sales in 18 months with a fitting-room attendant program, weekly high-risk counts and refresher training",
      match: [
        "2.6%",
        "1.1%",
        "18 months",
        "fitting-room attendant",
        "fitting room",
        "high-risk counts",
        "refresher training",
      ],
      strong: [
        "When I took over at Harbor & Pine, our shrink was 2.6 percent of sales, one of the worst in the district. I sat down with our regional loss prevention manager and we looked at where it came from. Counts showed most of the loss was in denim, jackets and branded accessories, and much of it in the fitting rooms, which were unattended on weekends. I set up three things. A fitting-room attendant on every peak shift, with a six-item limit and numbered tags, so items were counted in and out. Weekly counts of our top twenty high-risk items, done by a key holder every Monday, so we saw losses within a week instead of at annual inventory. And refresher training every quarter on greeting, awareness and receiving procedures. After 18 months our shrink was 1.1 percent, and the saving went straight into the store's profit.",
        "The programs were straightforward; the hard part was getting the team to care about shrink, because it feels invisible. So I made it visible. I posted the weekly high-risk count results in the stockroom, and when the count was clean, I said so in the huddle. I turned the fitting-room attendant role into a real position with ownership of the fitting rooms rather than a punishment shift, and the attendant also helped customers with sizes, which improved service at the same time. In the refresher training I explained what 2.6 percent meant in real money, which was more than the whole store's annual supplies budget. Over 18 months we got to 1.1 percent. I did this work myself with my assistant managers; our loss prevention manager advised us and checked the counts, but the routines ran in our store.",
      ],
      vague: [
        "We reduced shrink significantly by raising awareness in the team and working closely with loss prevention. Everyone took ownership and it really made a difference to the store's results.",
        "Shrink was a big problem when I started, but we improved it a lot through better processes and training. I'm proud of how the team came together on it.",
      ],
      contradicting: [
        "At Harbor & Pine shrink was around 3.5 percent when I started, and over about three years we got it to roughly 2 percent, mainly by adding more security tags and cameras.",
        "Our regional loss prevention manager designed and ran the shrink program at Harbor & Pine, and the fitting-room attendant program was a company-wide rollout. My team followed the procedures, and shrink went from 2.6 to 1.1 percent.",
      ],
    },
    {
      name: "Reducing 90-day turnover from 45% to 22%",
      claim:
        "Reduced 90-day associate turnover from 45% to 22% by redesigning interviews and onboarding around a buddy system",
      match: [
        "45%",
        "22%",
        "turnover",
        "90-day",
        "buddy system",
        "retention",
        "onboarding",
      ],
      strong: [
        "In my first year at Harbor & Pine almost half of our new associates left within 90 days, which meant we were always training and never building a team. I read every exit note and called a few people who had left. Two reasons kept coming up: people were surprised by how many weekends they had to work, and they felt thrown onto the floor with no support. So I fixed both ends. In interviews we now give a realistic job preview, with weekend and holiday expectations stated plainly, followed by structured behavioral questions and a short role play. For onboarding, every new hire gets a buddy for their first two weeks, a training checklist, and check-ins with a manager at 30, 60 and 90 days. Over about a year, 90-day turnover went from 45 to 22 percent, and it's stayed around there since.",
        "The buddy system was the heart of it. At Harbor & Pine I picked six experienced associates as buddies, based on their coaching ability, not just their sales. I trained them for an hour on what to cover: the stockroom, the registers, how to approach a customer, and simply who to ask for what. Each buddy worked at least four shifts with their new hire in the first two weeks, and I scheduled that deliberately in Reflexis. Buddies got recognition in the huddle and it became a stepping stone toward key holder. I combined that with redesigned interviews, so we hired people who knew what the job was. Ninety-day turnover dropped from 45 to 22 percent. Financially, each early leaver had cost us recruiting and training hours, so it freed up payroll, but the bigger gain was a more experienced team on the floor.",
      ],
      vague: [
        "I improved retention by creating a positive work environment where people felt valued. When the team is happy, they stay longer and the customers notice the difference too.",
        "Turnover is always a challenge in retail. I worked hard to make new hires feel welcome and supported, and our retention improved a lot as a result.",
      ],
      contradicting: [
        "At Harbor & Pine our 90-day turnover was around 60 percent when I started, and with a better onboarding program we got it down to about 40 percent over two years.",
        "Our HR business partner redesigned the interview process and created the buddy program for the whole district; I rolled it out in my store as instructed. Turnover went from 45 to 22 percent.",
      ],
    },
    {
      name: "Raising conversion from 19% to 24%",
      claim:
        "Raised conversion from 19% to 24% by introducing zone coverage and a greeting standard on the sales floor",
      match: [
        "19%",
        "24%",
        "zone coverage",
        "greeting standard",
        "zones",
        "canvas lane",
        "raised conversion",
      ],
      strong: [
        "At Canvas Lane, when I joined as assistant store manager, our traffic counter showed plenty of people coming in but only 19 percent buying. Watching the floor on a Saturday, I saw why: associates clustered near the cash wrap and the fitting rooms, and whole sections of the store had nobody in them. I proposed zone coverage to my store manager: the floor divided into four zones, each assigned on the schedule, with the associate responsible for greeting, helping and recovering their zone. Alongside it I wrote a greeting standard: acknowledge every customer within ten seconds, approach within a minute with a non-sales opener, and check in at the fitting room. I coached it personally, shadowing associates and giving feedback on the spot. Over the following year conversion rose to 24 percent, measured on ShopperTrak, and our average ticket held steady.",
        "Introducing zones and a greeting standard sounds simple, but making it stick was the real work. At Canvas Lane I designed both, then built them into the routines: zones went on the daily deployment chart I prepared each morning, and the greeting standard was part of every new hire's first week. I did floor observations twice a week, ten minutes per associate, with one piece of praise and one thing to try. I also shared conversion by hour in the huddle, so people could see the effect when the floor was well covered versus when it wasn't. Some long-serving associates pushed back at first, feeling it was scripted, so I let them write their own openers as long as they met the standard. Conversion went from 19 to 24 percent. It also changed how I think: conversion is the clearest measure of how well a team serves customers.",
      ],
      vague: [
        "I improved conversion by focusing on customer service and making sure the team engaged with every customer. It made a big difference to our sales.",
        "At Canvas Lane we worked hard on the customer experience on the sales floor. Better service led to better conversion, and I was proud of the team's improvement.",
      ],
      contradicting: [
        "At Canvas Lane our conversion went from about 25 to 27 percent while I was assistant manager, mostly because the company ran more promotions that year, though our greeting standard helped too.",
        "My store manager at Canvas Lane introduced zone coverage and the greeting standard, and the district trainer coached the team on it. I helped make sure people followed it, and conversion went from 19 to 24 percent.",
      ],
    },
    {
      name: "Training 4 associates who were promoted",
      claim: "Trained 4 associates who were promoted to key holder or supervisor within two years",
      match: [
        "4 associates",
        "four associates",
        "promoted",
        "key holder",
        "threadwell",
        "within two years",
        "supervisor",
      ],
      strong: [
        "At Threadwell Outlet I supervised the women's department, and I made developing people a deliberate part of the job. I picked associates who showed ownership, like the one who reorganized the fitting room without being asked, and gave them more responsibility step by step: first running a section recovery, then leading a small team on a busy Saturday, then opening procedures and register balancing under my supervision. I wrote each of them a simple development plan with three skills they needed for the next role and checked it monthly. When key holder and supervisor positions opened, they were ready and I recommended them to the store manager with specific examples. Within two years, four of the associates I'd trained were promoted, three to key holder and one to supervisor in another department. Two of them later became assistant managers.",
        "What I learned from training those four associates at Threadwell is that people need practice at the real job before they get the title. So I cross-trained them on the things key holders actually do: opening and closing the store, the cash office, handling a complaint and calling out tasks to the team. I'd let them run the department for an afternoon while I stayed nearby, and afterwards we'd talk through what went well and what they'd do differently. I also coached them for their promotion interviews by asking the questions the store manager was likely to ask. All four were promoted to key holder or supervisor within two years. I've used the same approach ever since: at Harbor & Pine, one of my assistant managers was promoted to store manager in 2023 after a similar plan.",
      ],
      vague: [
        "I love helping people grow, and several people I trained went on to be promoted. I think it's because I always believed in them and gave them opportunities to learn.",
        "At Threadwell I put a lot of time into coaching my team. Seeing associates move up into leadership roles was one of the most rewarding parts of the job.",
      ],
      contradicting: [
        "At Threadwell I trained two associates who were eventually promoted to key holder, one after about three years and the other after four.",
        "Our store manager at Threadwell ran the key holder development program and chose and trained the associates; I was one of the supervisors they shadowed. Four of them were promoted within two years.",
      ],
    },
    // ---- General topics ----
    {
      name: "Conflict with a colleague",
      match: [
        "conflict",
        "disagreement",
        "disagreed",
        "colleague",
        "coworker",
        "tension",
        "different opinion",
      ],
      strong: [
        "One of my assistant managers at Harbor & Pine and I clashed over scheduling. Associates were complaining that she gave the best shifts to people she was close to, and when I raised it she felt accused. Instead of arguing, I suggested we look at the schedules together. Over eight weeks, three associates had almost no Saturday closes while others had one every week. Once she saw it on paper she explained she'd been rewarding the people who were most flexible. We agreed a clear rule together: weekends rotate, availability forms are the basis, and swaps go through the manager on duty. I let her present the new rule to the team herself, so it was her decision and not a correction from me. The complaints stopped, and she later told me she was glad we'd dealt with it directly rather than letting it fester.",
        "I disagreed with my district manager in 2022 when she asked every store to cut payroll by 10 percent in November because the district was behind plan. For my store, cutting right before the holiday would have meant fewer people at our biggest traffic peaks. I didn't just push back; I came with numbers. Our conversion at weekend peaks had dropped in the past whenever we were understaffed, and each lost point was worth thousands of dollars a week. I proposed a different cut: fewer hours on weekday mornings and Sunday closes, plus a smaller team on shipment processing, which got me to about 7 percent, and I committed to cutting the rest if sales came in under forecast. She agreed to try it. We beat our November plan, and she asked me to share the approach with the other store managers.",
      ],
      vague: [
        "When I have a disagreement with a colleague, I try to talk to them privately, listen to their side and find a solution that works for both of us and for the store.",
        "Conflicts happen in every workplace. I stay calm and professional and focus on the facts, because in the end we all want the store to succeed.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "failure",
        "failed",
        "went wrong",
        "learned from",
        "regret",
        "error",
      ],
      strong: [
        "My first holiday as store manager at Harbor & Pine, I approved the Black Friday schedule without checking which seasonal hires had finished register training. On the day, we had four new people on registers who had never processed an exchange or a gift card. The lines got long, we made pricing errors, and a few customers left their items and walked out. That was on me. I pulled two experienced associates from the floor to stand behind the new cashiers, and the next week I fixed the process: nobody goes on a register until they've passed a short register certification with a manager, and I track it on a sheet next to the schedule. I also schedule a practice shift for every seasonal hire before the big weekends. We haven't had a repeat since, and it taught me to check readiness, not just headcount.",
        "At Canvas Lane I once let a small cash variance slide because it was a busy Saturday: the drawer was twenty dollars short and I meant to look into it on Monday. It happened again twice that week, and by the time I investigated properly, it was a pattern. It turned out a new cashier was giving change wrongly on split payments, not stealing, but because I'd waited, the investigation felt much bigger and more stressful for her than it needed to be. I apologized to her for how it was handled and retrained her on split tenders. Since then I investigate any variance over five dollars the same day, with the associate, and I treat it as a process question first. Handled early, a variance is a five-minute conversation; left alone, it becomes an accusation.",
      ],
      vague: [
        "Everyone makes mistakes, and I believe the important thing is to own them and learn from them. When something goes wrong, I take responsibility and make sure it doesn't happen again.",
        "I've made mistakes like anyone else, but I always see them as a chance to grow. I'm honest about them and I try to improve my processes afterwards.",
      ],
    },
    {
      name: "Prioritizing under pressure",
      match: [
        "priorities",
        "prioritize",
        "pressure",
        "deadline",
        "busy",
        "stressful",
        "too many things",
        "multitask",
      ],
      strong: [
        "Last Black Friday at Harbor & Pine, at about eleven in the morning, two of our four registers went down, the line reached the back of the store, and a wave of online pickup customers arrived at the same time. I prioritized in order: customers already waiting to pay, then pickups, then the floor. I called the help desk for the registers and while we waited I switched two associates to mobile checkout devices and walked the line myself, pulling out customers with one or two items to pay at the mobile devices. I moved online pickups to the fitting room counter with a dedicated associate so they didn't join the main queue. I asked the floor team to focus on recovery and help only, no new tasks. The registers were back in about forty minutes, we didn't lose the line, and we finished the day 5 percent over plan.",
        "Pressure in retail usually comes from several deadlines landing in the same week. In spring 2023 at Harbor & Pine I had a floor set, a district visit and our quarterly audit within five days, and two associates out sick. I wrote everything down and asked what was fixed and what could move. The floor set had a company deadline and the visit was fixed, but I could ask to move the audit walk-through by a week, and my district manager agreed. Then I delegated clearly: one assistant manager owned the floor set plan with a night crew, the other owned store standards for the visit, and I covered the sales floor and the gaps. I checked progress with both at the end of each day. The floor set was done on time, the visit went well, and the audit a week later scored 98 percent.",
      ],
      vague: [
        "I work well under pressure and I'm good at prioritizing. I stay calm, focus on what's most important for the customer and the business, and make sure the team knows what to do.",
        "Retail can be very busy, but I really thrive in a fast-paced environment. I stay organized, delegate when it's needed and keep a positive attitude so the team stays calm too.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "giving feedback",
        "receiving feedback",
        "difficult conversation",
        "performance",
      ],
      strong: [
        "The most useful feedback I've had came from my district manager in my first year at Harbor & Pine. After a store visit she told me I was doing too much myself: I was on the register, I was fixing displays, and my assistant managers were watching me instead of leading. It was hard to hear because I thought I was leading by example. She suggested I spend one week only coaching and delegating, and see what happened. I tried it: I gave each assistant manager clear ownership of an area, checked in twice a day, and stayed off the register except at real peaks. The store ran fine, and my assistant managers grew quickly once they had real responsibility. One of them was promoted to store manager in 2023. I still ask my DM for one thing to improve after every visit.",
        "Giving feedback is a skill I've worked on. At Harbor & Pine one of my strongest sellers was too pushy with customers; her sales were great, but two survey comments mentioned feeling pressured, and newer associates were copying her. I didn't want to wait for her review, so I asked her for ten minutes in the office. I started with what she did well, then gave her the two survey comments word for word and described one interaction I'd seen where a customer had clearly wanted to browse. I asked how she saw it. She was surprised, but she agreed. We agreed she'd try giving customers a minute before the second approach, and I'd check back in two weeks. Her sales stayed near the top and the complaints stopped. I always try to be specific, timely, and to ask for their view before deciding anything.",
      ],
      vague: [
        "I welcome feedback because it helps me improve. When I give feedback to my team, I try to be honest but kind, and I always make sure it's constructive.",
        "Feedback should go both ways. I give regular feedback to my team and I'm always open to hearing how I can do better as a manager.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "team",
        "leadership",
        "lead",
        "leading",
        "motivate",
        "working with others",
        "morale",
      ],
      strong: [
        "The biggest leadership test I've had was reopening the Harbor & Pine store in June 2020 after the COVID closure. Half the team didn't come back, the people who did were nervous about their safety, and we had new procedures every week: capacity limits, masks, fitting rooms closed, then reopened with cleaning. I held a meeting before reopening where I walked everyone through the safety plan and asked what worried them, and we changed two things based on their ideas, including a sanitizing station run by a rotating associate. I worked every opening for the first month so I was the one at the door handling difficult situations with customers about masks. I kept the team informed daily and hired carefully to rebuild. Within a year we were back above our pre-closure sales, and most of the people who came back in 2020 were still with me two years later.",
        "I like to lead by making the goal clear and letting people own their part of it. At Harbor & Pine, before our 2022 holiday season, I got the whole team together and shared the plan: our sales goal, what it meant per day, and the three things that would get us there, fitting room service, outfit building and loyalty sign-ups. Then I gave each key holder ownership of one of those areas, with their own small team and a tracking board in the stockroom. They ran daily mini-huddles and came up with ideas I wouldn't have thought of, like a 'last-minute gift' table by the entrance. My job was to remove obstacles and celebrate progress. We finished the season 7 percent over plan, and the key holders told me it was the first time they'd felt responsible for the result rather than just working shifts.",
      ],
      vague: [
        "I'm a team player and I believe in leading by example. I always try to create a positive environment where everyone feels valued and works together toward our goals.",
        "Good leadership is about supporting your team and communicating clearly. I try to be approachable and fair with everyone, and I make sure we celebrate our successes together as a team.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "new system",
        "quickly",
        "unfamiliar",
        "new skill",
        "adapt",
        "change",
      ],
      strong: [
        "In 2021 Harbor & Pine replaced our old point-of-sale with Oracle Xstore, and I volunteered to be the store champion. I had two weeks before go-live. I completed the e-learning in the first few days, then spent time in the training environment working through every transaction type I could think of: exchanges, split tenders, online returns, price overrides, gift cards. I wrote a one-page quick guide for the cash wrap with the ten most common tasks and the steps for each. Before go-live I ran short training sessions for every associate in groups of three, with them actually doing transactions, not watching me. On launch day I was on the floor from opening to close. Our store had one of the lowest numbers of help desk tickets in the district during the rollout, and the district used my quick guide for two other stores.",
        "When I moved from department supervisor at Threadwell to assistant store manager at Canvas Lane, I had to learn the business side quickly: payroll planning, the P&L and the cash office, none of which I'd done before. I asked my store manager to let me sit with her for every weekly payroll review for the first month, then to prepare it myself with her checking it. I took the company's finance basics course and kept a notebook of every term I didn't understand and asked about them in our one-to-ones. Within three months I was preparing the weekly payroll plan and running the cash office on my own, and by the end of the first year I was covering for the store manager on her vacations. I learn best by doing the real task early, with someone checking my work.",
      ],
      vague: [
        "I'm a quick learner and I adapt easily to new systems and situations. I'm not afraid to ask questions and I always put in the extra effort to get up to speed.",
        "Retail is always changing, so learning new things is part of the job. I enjoy the challenge and I'm comfortable picking up new processes and technology.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "why",
        "motivation",
        "motivates",
        "interested",
        "this role",
        "marlowe",
        "join",
        "next step",
      ],
      strong: [
        "Three reasons. First, the store: Short North is a $5 million store with a team of over thirty, and after growing my current store from $3.4 million to $4.2 million, I'm ready to run something bigger and busier. Second, the product. I've shopped at Marlowe & Finch for years and I like that you sell denim and workwear that people actually need, which suits the kind of outfit-building and clienteling I do with my team. Third, development: the posting talks about developing assistant managers into future store managers, and that's the part of the job I care about most. I've had an assistant manager promoted to store manager, and four associates I trained promoted before that. Long term I'd like to become a district manager, and I'd rather grow toward that in a company that promotes from its stores.",
        "I'm happy at Harbor & Pine, but I've done what I set out to do there: the store's in the top 10, shrink is at 1.1 percent and the team is stable. What excites me about Marlowe & Finch is the combination of a high-volume store and a growing online business, with customers picking up in store. Online pickups have been a big part of my customer experience work, and I think that's where store retail is going, so I want to be in a company that's investing in it. The quarterly bonus tied to store results also suits the way I work, because I run my store on the numbers and like being accountable for them. And the Short North store's customers, with lots of young professionals and people who live nearby, are the kind I enjoy building relationships with.",
      ],
      vague: [
        "I'm excited about this role because Marlowe & Finch is a great brand with a strong reputation. I'm passionate about retail and I think this is the perfect next step in my career.",
        "I'm looking for a new challenge where I can grow and make a difference. Your company's values really match mine, and I'd love to lead a team here.",
      ],
    },
    {
      name: "Handling a difficult customer",
      match: [
        "difficult customer",
        "angry customer",
        "upset customer",
        "complaint",
        "unhappy",
        "irate",
        "customer complaint",
      ],
      strong: [
        "A customer once came into Harbor & Pine with a leather jacket she'd clearly worn, with no receipt, two months after purchase, demanding a cash refund, and she was getting louder at the cash wrap with a line behind her. I asked an associate to take the line, introduced myself, and invited her to the side counter so we could sort it out properly. I let her explain without interrupting. The jacket had a broken zipper, and she was angry because she'd saved up for it. Our policy didn't allow a cash refund without a receipt, and I told her that plainly, but I looked up her purchase through her loyalty number, confirmed the date and the price, and since a broken zipper is a quality defect, I offered an exchange or a full store credit. She took the exchange and thanked me. Listening first usually tells you what the customer really needs.",
        "During the holidays at Harbor & Pine a customer arrived to pick up an online order, a gift for the next day, and we couldn't find it. He was understandably furious. I apologized straight away, without excuses, and told him exactly what I was going to do and how long it would take: check our pickup shelf and the stockroom in five minutes. It had been misplaced in the wrong bin. While I searched, I asked an associate to pull the same items from the floor in his sizes as a backup. We found the order, and I gave him a discount on his next purchase for the trouble. Then I fixed the cause: our pickup bins were sorted by date, not by name, so I reorganized them alphabetically and made one associate responsible for the pickup shelf at peak times. We had no more lost pickups that season.",
      ],
      vague: [
        "With difficult customers I stay calm, listen to their concerns and try to find a solution. I believe most problems can be solved if the customer feels heard and respected.",
        "I always try to turn an unhappy customer into a loyal one. I'm patient, I apologize when something went wrong and I do my best to make it right within company policy.",
      ],
    },
  ],
};
