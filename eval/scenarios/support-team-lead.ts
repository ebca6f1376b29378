import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "support-team-lead",
  field: "customer support",
  job: {
    title: "Customer Support Team Lead",
    seniority: "lead",
    department: "Customer Experience",
    location: "Denver, CO (hybrid) or remote within the US",
    employment_type: "full_time",
    description:
      "Tallyfield makes scheduling, time-tracking and payroll-export software used by more than 6,000 restaurants, clinics and retail businesses across North America. When a manager can't publish next week's schedule or a payroll export fails on a Friday afternoon, our support team is who they contact, so we take support seriously.\n\nWe're hiring a Customer Support Team Lead to run one of our two frontline teams: ten agents handling email, chat and phone in Zendesk, covering 7am to 7pm Mountain time on weekdays plus a reduced weekend rota. You will coach and develop your agents through regular one-to-ones and ticket quality reviews, own your team's SLA attainment and CSAT, and manage escalations to our Tier 2 specialists and to Engineering. You'll build the schedule with our workforce coordinator so we are staffed for Monday peaks and payroll weeks, keep our help center and macros accurate as the product changes, and take part in hiring and onboarding new agents as the team grows.\n\nYou'll report to the Head of Customer Experience and work closely with Product, Engineering and Customer Success. We are looking for someone who cares about data and people equally: someone who can spot on a Zendesk Explore dashboard that reopen rates are climbing, and then sit down with an agent to work out why.\n\nWe offer a hybrid schedule from our Denver office or fully remote work within the US, a yearly learning budget, health and dental cover, and a fair on-call rota for major incidents.",
    requirements: [
      "3+ years of customer support experience in a SaaS or software company, including at least 1 year leading or supervising agents",
      "Experience recruiting, interviewing and onboarding support agents",
      "Comfortable with support metrics and reporting, ideally in Zendesk Explore or a similar tool",
      "Excellent written communication, including customer-facing macros and incident updates",
      "Experience working with Product and Engineering on bug escalation and customer feedback",
    ],
    skills: [
      "Zendesk",
      "SLA management",
      "CSAT and quality assurance",
      "Agent coaching",
      "Escalation management",
      "Knowledge base management",
      "Workforce scheduling",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Jamal Okafor",
    email: "jamal.okafor@example.com",
    phone: "+1 (720) 555-0163",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Hannah Lindqvist",
    email: "hannah.lindqvist@example.org",
    phone: "+1 (720) 555-0119",
    pronouns: "she/her",
  },
  cv: `{name}
Customer Support Team Lead
Denver, CO | {email} | {phone} | {pronouns}

PROFILE
Support team lead in B2B SaaS who has built and coached frontline teams across email, chat
and phone. I enjoy the mix of people and data: running QA calibrations and one-to-ones, tuning
Zendesk so the right ticket reaches the right agent at the right time, and working with Product
so customers stop running into the same bug. Calm in an outage, and a careful writer.

EXPERIENCE

Brightwave Software Inc. — Denver, CO (HR and onboarding software for mid-size companies)
Support Team Lead, March 2021 - present
• Coached a team of 11 agents across two time zones, lifting team CSAT from 86% to 93% in three quarters through weekly QA calibration and one-to-one coaching
• Raised first-response SLA attainment from 78% to 96% by redesigning Zendesk triggers, views and priority routing
• Hired and onboarded 9 agents and cut time to full productivity from 10 to 6 weeks with a structured onboarding plan and ticket shadowing
• Built an Erlang C staffing model in Google Sheets that cut overtime hours by 35% while keeping chat wait times under 2 minutes
• Own escalations to Tier 2 and Engineering, including the on-call runbook for P1 incidents

Parcelbird GmbH — Berlin, Germany (remote, North American team)
Senior Support Specialist, 2018-02 to 2021-02
• Rewrote and restructured 140 Help Center articles in Zendesk Guide, cutting 'how do I' tickets by 22% in six months
• Handled escalated API and carrier integration tickets, reproduced bugs and filed Jira issues for Engineering
• Covered for the team lead and ran the weekly QA review during her absences
• Wrote the customer-facing updates on Statuspage during carrier outages

Lumen Desk — Boulder, CO
Customer Support Agent, 07/2016 – 01/2018
• Answered email, chat and phone tickets for a help desk product used by small businesses
• Wrote and maintained the macros for billing and account questions
• Trained new agents on the billing workflows during their first weeks

Northgate Outfitters — Fort Collins, CO
Customer Service Representative, 05/2014 – 06/2016
• Handled in-store and phone customer service, returns and complaints for an outdoor retailer
• Trained seasonal staff on the returns and exchange process

SKILLS
Support tools: Zendesk Support, Guide and Explore (admin: triggers, automations, SLA policies,
views, macros, omnichannel routing), Intercom, Statuspage
Quality and coaching: QA rubric design, calibration sessions, MaestroQA, one-to-one coaching
Workforce: volume forecasting, Erlang C staffing, shift and break planning
Collaboration: Jira, Slack, Confluence, Google Sheets, Looker Studio

EDUCATION
B.A. in Communication Studies, University of Northern Colorado, 2014

CERTIFICATIONS
HDI Support Center Team Lead (HDI-SCTL), 2021
Zendesk Support Administrator certification, 2022

LANGUAGES
English (native), German (intermediate, B1)
`,
  truth: {
    employers: [
      "Brightwave Software Inc.",
      "Parcelbird GmbH",
      "Lumen Desk",
      "Northgate Outfitters",
    ],
    titles: [
      "Support Team Lead",
      "Senior Support Specialist",
      "Customer Support Agent",
      "Customer Service Representative",
    ],
    claims: [
      "Coached a team of 11 agents across two time zones, lifting team CSAT from 86% to 93% in three quarters through weekly QA calibration and one-to-one coaching",
      "Raised first-response SLA attainment from 78% to 96% by redesigning Zendesk triggers, views and priority routing",
      "Hired and onboarded 9 agents and cut time to full productivity from 10 to 6 weeks with a structured onboarding plan and ticket shadowing",
      "Built an Erlang C staffing model in Google Sheets that cut overtime hours by 35% while keeping chat wait times under 2 minutes",
      "Rewrote and restructured 140 Help Center articles in Zendesk Guide, cutting 'how do I' tickets by 22% in six months",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Zendesk",
      match: [
        "zendesk",
        "ticketing system",
        "triggers",
        "automations",
        "macros",
        "views",
        "help desk software",
        "ticketing tool",
      ],
      strong: [
        "I've been the Zendesk admin for my team at Brightwave since 2021, so I work in the configuration as much as in the tickets. When I took over, we had around 120 triggers, many overlapping, and nobody knew which one set the priority on a ticket. I exported them, mapped what each one did, and rebuilt them in a clear order: first tagging by channel and product area, then priority from the customer's plan and keywords like 'payroll' or 'can't log in', then routing to groups. I set up SLA policies for first reply and next reply by priority, views sorted by next SLA breach instead of ticket age, and automations that ping the lead channel in Slack thirty minutes before a breach. We also moved to omnichannel routing so tickets are assigned instead of picked. I always test changes in our sandbox first, since one bad trigger can touch hundreds of tickets.",
        "For me Zendesk is only as good as the workflow behind it, so I start with how agents actually work and then configure. A good example is macros. At Brightwave we had over 300 macros, half out of date, and agents kept their own versions in notes. I pulled usage data from Explore, archived everything unused in ninety days, and rewrote the top fifty with consistent structure: a greeting, the answer, the help center link, and actions that set the right tags and status. Each macro has an owner on the team who checks it when the product changes. I also use side conversations to pull in Tier 2 without handing the ticket over, and the Jira integration so agents can see the status of a linked bug on the ticket itself. Day to day, the Explore dashboards I built tell me how the queue is doing by the hour.",
      ],
      vague: [
        "I'm very comfortable with Zendesk. I've used it for many years for tickets, macros and reports, and I think it's a great tool when it's set up well. I always try to use it efficiently.",
        "Zendesk is a powerful platform and I know it well. It's important to keep it organized and to use features like macros and automations so the team can work faster and give consistent answers.",
      ],
    },
    {
      name: "SLA management",
      match: [
        "sla",
        "slas",
        "service level",
        "first response",
        "response time",
        "breach",
        "backlog",
        "resolution time",
      ],
      strong: [
        "I manage SLAs on three levels: design, monitoring and capacity. On design, our SLA policies at Brightwave are tied to priority and plan: urgent tickets from Enterprise customers need a first reply within one business hour, normal tickets within eight. On monitoring, the agents' views are sorted by next SLA breach, and an automation posts to our lead channel thirty minutes before a breach so I or the senior agent can step in. I look at the Explore dashboard several times a day, and every Monday I review the breaches from the week before by cause. On capacity, most breaches are really staffing, so I compare breaches against the schedule to see which hours we're short. When I started, first-reply SLA attainment was 78 percent; after we redesigned routing and views, we reached 96 percent and have stayed above 94 since.",
        "When a backlog builds up, the temptation is to have everyone work the oldest tickets, which usually makes SLAs worse because new urgent tickets breach while you dig. What I do instead is split the team. Last November at Brightwave, open-enrollment volume left us with about 400 open tickets on a Monday morning. I kept four agents on the live queue, sorted by SLA breach time, and put three on the backlog sorted by priority, with a macro for the common enrollment question and a help center article we published that morning. I also asked our Head of Support for two Tier 2 people for the afternoon. We were back under 100 open tickets by Wednesday and kept first-reply SLA above 90 percent through the whole week. The lesson for me is that protecting new urgent tickets matters more than the total number in the queue.",
      ],
      vague: [
        "SLAs are very important because they show customers we respect their time. I always keep an eye on the queue and make sure the team responds as quickly as possible so we meet our targets.",
        "I think meeting SLAs is about good planning and teamwork. When we're at risk of missing them, I motivate the team, prioritize the most urgent tickets and make sure nobody is left waiting too long.",
      ],
    },
    {
      name: "CSAT and quality assurance",
      match: [
        "csat",
        "customer satisfaction",
        "quality assurance",
        "qa",
        "rubric",
        "calibration",
        "survey",
        "ticket quality",
      ],
      strong: [
        "I treat CSAT and QA as two sides of the same thing. CSAT tells me how customers felt, QA tells me why. At Brightwave the CSAT survey goes out twenty-four hours after a ticket is solved, and every week I read all the bad ratings and tag each with a reason: wrong answer, slow, tone, product limitation, or closed too early. Early on, about 40 percent of our bad ratings were 'closed too early', tickets solved before the customer confirmed the fix. Our QA rubric in MaestroQA didn't even score that, so I added a criterion for ownership and confirmation. Each agent gets five tickets reviewed a week, and every Thursday the team scores the same three tickets and we discuss where our scores differ. Over three quarters team CSAT went from 86 to 93 percent.",
        "When I design a QA rubric I keep it short, because agents need to remember it while they work. Ours at Brightwave has five areas: correct and complete answer, following process, like linking Jira bugs and tagging, ownership, tone, and clarity of writing. Correctness is weighted highest, and a wrong answer that could affect a customer's payroll is an automatic fail regardless of the rest. The calibration is what makes it fair. If I score a ticket 90 and a senior agent scores it 70, the agent being reviewed learns nothing, so we calibrate weekly until we're within five points of each other. I also check that QA scores actually predict CSAT; at one point they didn't, because we were rewarding politeness over solving the problem, and we reweighted the rubric.",
      ],
      vague: [
        "Customer satisfaction is the most important metric in support. I always encourage my team to go the extra mile, be friendly and solve the problem so the customer leaves happy.",
        "Quality assurance helps us make sure we give consistent, high-quality answers. I believe in reviewing tickets regularly and sharing best practices with the team so everyone keeps improving.",
      ],
    },
    {
      name: "Agent coaching",
      match: [
        "coaching",
        "coach",
        "one-to-one",
        "1:1",
        "underperforming",
        "develop agents",
        "mentoring",
        "agent performance",
      ],
      strong: [
        "I coach from real tickets, not from general advice. Every agent on my team at Brightwave has a thirty-minute one-to-one every two weeks, and we open two or three of their own tickets together, usually one they're proud of and one that went badly, and I ask them to walk me through their thinking before I say anything. One agent, a very fast one, had the lowest CSAT on the team. Looking at her tickets together, we saw she answered the question asked but not the problem behind it: a manager asks how to reset an employee's password, but the real issue is that the invitation email is going to spam. We agreed one habit, to ask herself 'what will they ask next?' before sending, and I checked five of her tickets a week for a month. Her CSAT went from 81 to 94 percent within a quarter.",
        "For me coaching is different from managing performance, and I try to be clear with an agent which one we're doing. For coaching, I use a simple loop: agree one specific behaviour, practice it, and check it in their tickets within a week. With an agent who struggled with angry customers at Brightwave, we role-played three real calls from his queue, and then I listened in on his next calls and gave feedback right after each. When the problem is performance, like an agent who consistently handled half the tickets of the rest of the team, I start with data and a question, not a verdict. In that case it turned out he was spending ages on API tickets he wasn't trained for. I moved those to Tier 2 and set up shadowing, and his volume reached the team average in six weeks.",
        "I believe the best coaching happens close to the work. Besides one-to-ones, I sit in the team's Slack channel and pick up teachable moments the same day: if an agent asks how to handle a refund request outside our policy, I answer, but I also ask what they'd suggest first. At Brightwave I introduced peer coaching as well. Two senior agents each coach two newer agents, and I coach the coaches once a month. It meant the team wasn't bottlenecked on me, and one of those senior agents has since become a team lead herself. Across the team, this combination of weekly QA calibration and one-to-ones took our CSAT from 86 to 93 percent in three quarters.",
      ],
      vague: [
        "I love coaching people and helping them grow. I try to give regular feedback, recognize good work, and support agents who are struggling, because everyone can improve with the right support.",
        "Coaching is one of the most important parts of being a team lead. I believe in being approachable, listening to my agents and helping them build their confidence and skills over time.",
      ],
    },
    {
      name: "Escalation management",
      match: [
        "escalation",
        "escalations",
        "escalate",
        "tier 2",
        "p1",
        "severity",
        "urgent issue",
        "executive escalation",
      ],
      strong: [
        "At Brightwave I own the escalation path from frontline to Tier 2 and Engineering, so I've thought a lot about what makes one work. First, clear criteria: an agent escalates to Tier 2 after following the troubleshooting checklist for that product area, and escalates straight to the on-call engineer only for P1, meaning many customers affected or payroll data at risk. Second, a good handover: our escalation form in Zendesk requires steps to reproduce, account ID, screenshots and what was already tried, so Tier 2 never has to ask the customer again. Third, ownership: the frontline agent stays on the ticket and keeps the customer updated even when Tier 2 works it. I also wrote the P1 runbook: who declares the incident, who posts on Statuspage, and when to update customers. We review every P1 afterwards, without blame, and update the runbook.",
        "A typical escalation I handled was when a large customer at Brightwave, about 2,000 employees, found that new hires weren't receiving their onboarding emails a week before a big start date. The agent escalated it to me within an hour, which was right. I reproduced it in a test account, saw it was our email provider rejecting a domain, and opened a P2 with Engineering with the logs attached. Then I called the customer's HR director myself, told her what we knew and didn't know, and agreed a workaround: we exported the invitation links and she sent them from her own email. I gave her an update every four hours until the fix shipped two days later. She later renewed and mentioned that call in her renewal meeting. What I took from it: fast, honest communication matters as much as the fix.",
      ],
      vague: [
        "When an issue needs to be escalated, I make sure it goes to the right team quickly and that the customer is kept informed. Good communication between teams is key to resolving escalations.",
        "I'm comfortable handling escalations. I stay calm, take ownership and make sure the issue gets the attention it needs. I think it's important to follow up until the customer is satisfied.",
      ],
    },
    {
      name: "Knowledge base management",
      match: [
        "knowledge base",
        "help center",
        "articles",
        "self-service",
        "zendesk guide",
        "documentation",
        "deflection",
        "faq",
      ],
      strong: [
        "At Parcelbird I owned the help center in Zendesk Guide. I started from the tickets, not the articles: I exported six months of tickets tagged as how-to questions and grouped them, and about thirty questions made up most of the volume. Then I audited the 140 articles we had: many had old screenshots, several contradicted each other, and they were organized by menu structure instead of by what customers were trying to do. I rewrote and restructured all of them around tasks, like 'Create a return label' or 'Connect your Shopify store', with one task per article and screenshots from the current version. I also turned on article suggestions in the contact form so customers saw a relevant article before submitting. Within six months 'how do I' tickets were down 22 percent, and I tracked search terms with no results each month to find the next gaps.",
        "The hard part of a knowledge base is keeping it correct, not writing it. At Brightwave I set up a simple ownership model: each product area has an agent who owns its articles, and when Product publishes release notes, the owner gets a Jira ticket to update the affected articles before the release goes live. Agents can flag an article from a ticket with a macro that adds a tag, and I review flagged articles every Friday. I also look at article feedback votes and at tickets where an agent linked an article but the customer still replied, which is a strong hint that the article doesn't answer the real question. Since we started, the proportion of articles reviewed in the last six months has gone from about a third to over 90 percent.",
      ],
      vague: [
        "A good knowledge base helps customers help themselves and reduces ticket volume. I think it's important to keep the articles up to date, easy to understand and easy to find.",
        "I've contributed to knowledge bases in my previous roles. I always try to write clear articles and encourage the team to share their knowledge so everyone benefits.",
      ],
    },
    {
      name: "Workforce scheduling",
      match: [
        "scheduling",
        "schedule",
        "staffing",
        "workforce management",
        "wfm",
        "shifts",
        "coverage",
        "forecast volume",
      ],
      strong: [
        "I build the schedule from the forecast, not the other way around. At Brightwave I pulled twelve months of ticket data from Zendesk Explore by channel, weekday and hour, and saw clear patterns: Monday mornings were 40 percent above average, and the days before payroll on the 15th and the last day of the month spiked again. I used average handle time per channel and an Erlang C calculation in Google Sheets to work out how many agents we needed on chat each hour to answer within our target, and added shrinkage for breaks, one-to-ones and training, about 30 percent for us. Then, with our workforce coordinator, we moved from everyone working nine to five to three staggered shifts and put lunch breaks outside the peaks. Overtime went down by 35 percent and chat wait times stayed under two minutes.",
        "Scheduling is also about fairness, or people stop trusting the rota. On my team at Brightwave we have a weekend rotation, and I publish schedules four weeks ahead in a shared calendar, with swaps allowed as long as coverage holds and I'm told in the channel. For peaks we know about, like open enrollment in November, I plan six weeks in advance: no vacation approved in the two peak weeks, a voluntary extended-hours shift with overtime pay, and help from two Tier 2 specialists on chat. For unplanned absences I have a rule of thumb: if we drop below the minimum staffing the model gives for that hour, the senior agent moves to chat and email waits, because chat customers are the ones actively waiting.",
      ],
      vague: [
        "Scheduling is about making sure we have enough people at the right times. I look at when we're busiest and try to plan the shifts so we have good coverage and the team has a good work-life balance.",
        "I think flexibility is key in scheduling. I try to be fair with everyone, plan ahead for busy periods and adapt quickly when someone is sick or volume changes unexpectedly.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Supervising agents",
      match: [
        "supervisory experience",
        "leading a team",
        "supervise",
        "supervising",
        "people manager",
        "manage agents",
        "direct reports",
        "leadership style",
      ],
      strong: [
        "I've led the frontline team at Brightwave since 2021, eleven agents today, split between Denver and the Eastern time zone. Before that I covered for my team lead at Parcelbird and ran the weekly QA review when she was out, which is where I found out I enjoy it. My leadership style is clear expectations and a lot of context. Every agent knows our three team targets, first-reply SLA, CSAT and QA score, and sees the team dashboard daily. I run a fifteen-minute stand-up each morning about the day's queue, known bugs and who's on chat, and a one-to-one with each agent every two weeks. I also protect the team: when Sales wanted us to take pre-sales chats, I showed our Head of Support with our staffing model that it would cost us about 8 points of SLA, and we got a separate sales queue instead.",
        "Leading a remote team across two time zones taught me to be deliberate. At Brightwave, when half the team moved to the East Coast, the East Coast agents started to feel like the early shift who never saw the decisions. I moved our team meeting to the overlap hours, wrote decisions down in a short weekly post in Slack, and rotated who presented the 'ticket of the week' so everyone had a voice. I also made sure the senior agent role went to someone on the East Coast, so there was a go-to person in the morning. Engagement scores from our quarterly survey went up on both sides. For difficult calls, like putting someone on a performance plan, I've done it twice, always with clear goals, weekly check-ins and HR involved early.",
      ],
      vague: [
        "I'm a natural leader and I enjoy helping a team succeed. I try to lead by example, be available for my agents and create a positive environment where people feel supported.",
        "Leading a team is about trust and communication. I try to set clear goals, give the team what they need and make sure everyone feels valued and heard.",
      ],
    },
    {
      name: "Hiring and onboarding agents",
      match: [
        "hiring",
        "recruiting",
        "interview",
        "interviewing",
        "onboarding",
        "new hires",
        "ramp-up",
        "candidates",
      ],
      strong: [
        "When I hire agents, I test the two things that predict success in support: written communication and troubleshooting. At Brightwave every candidate does a short written exercise, replying to a real, anonymized angry ticket, and then in the interview we do a troubleshooting role-play where I play a customer who can't log in and they have to ask the right questions. I care less about previous SaaS experience than about curiosity and clear writing; two of my best hires came from retail and hospitality. For onboarding, I replaced 'read the help center for a week' with a structured plan: product sandbox and shadowing in week one, handling simple password and billing tickets with every reply reviewed in week two, then one new ticket category a week, with a buddy throughout. Across nine hires, time to full productivity went from ten weeks to six.",
        "I think onboarding should be measured like anything else, so at Brightwave I defined 'fully productive' as handling the team's median ticket volume with a QA score above 90 for two weeks in a row. That gave us a baseline, about ten weeks, and something to improve. The biggest change was ticket shadowing: new agents spend time watching a senior agent's screen while they work the queue and explain their thinking, and then switch roles, the senior watching the new agent. It transfers the judgement that isn't written anywhere. We also added a checklist of ticket categories, and a new agent only gets a category once a senior has signed it off. The nine agents I hired and onboarded reached full productivity in about six weeks on average, and all but one are still with the company.",
      ],
      vague: [
        "I've been involved in hiring and I really enjoy it. I look for people with a positive attitude and good communication skills, because I think you can teach the product but not the attitude.",
        "Onboarding is very important for new agents. I try to make them feel welcome, give them the training and support they need and check in with them regularly in the first few weeks.",
      ],
    },
    {
      name: "Metrics and reporting",
      match: [
        "metrics",
        "reporting",
        "dashboard",
        "zendesk explore",
        "kpi",
        "kpis",
        "data",
        "trends",
      ],
      strong: [
        "I built the team's reporting in Zendesk Explore at Brightwave. There's a daily dashboard for the agents: open tickets, tickets close to SLA breach, and their own solved and QA scores. And a weekly one for me and our Head of Support: first-reply SLA, full resolution time, CSAT, reopen rate, and contact rate per hundred customers, which tells us whether we're really getting better or just faster. The numbers are only useful if they lead to a question. Last year I noticed the reopen rate on payroll tickets had climbed from 6 to 11 percent over two months. Digging into those tickets, I found agents were closing tickets after giving a workaround for an export bug, and customers came back next pay period. We changed the process to keep those tickets on hold linked to the Jira bug, and reopens went back down.",
        "My rule with metrics is to never look at one alone, because each one can be gamed. Handle time looks great if agents close tickets quickly, but then reopens and bad CSAT go up. So at Brightwave I always show pairs: speed next to quality, volume next to contact reasons. Every month I also send Product a short report built from Zendesk tags in Looker Studio: the top ten contact reasons, how they moved, and the estimated agent hours each one cost us. That turned out to be the most persuasive thing I produce. When I showed that a confusing time-off approval screen cost us about 60 agent hours a month, Product put a redesign on their roadmap for the next quarter, and those tickets dropped by more than half after it shipped.",
      ],
      vague: [
        "I'm very data-driven. I use dashboards to track our key metrics and I share them with the team regularly, because I think everyone should know how we're doing and where we can improve.",
        "Metrics are very important in support. I always keep track of things like response times and satisfaction, and I use the data to make decisions and find areas for improvement.",
      ],
    },
    {
      name: "Written communication and incident updates",
      match: [
        "written communication",
        "writing",
        "incident",
        "outage",
        "status page",
        "statuspage",
        "tone",
        "customer communication",
      ],
      strong: [
        "At Parcelbird I wrote most of our Statuspage updates during carrier outages, when a carrier's API went down and our customers couldn't print labels at their busiest time. I learned to follow a simple structure: what's affected in the customer's words, not ours, what they can do right now, and when the next update will come. For example: 'Labels for UPS can't be created right now. Orders for other carriers are not affected. If you need to ship today, you can switch the carrier in the order view. Next update at 3:30pm CET.' And then I posted the next update at 3:30 even if nothing had changed. At Brightwave I wrote the templates for P1 incidents the same way, plus a macro that links affected tickets to the incident so one update reaches every customer who wrote in.",
        "Most support writing isn't incidents, it's everyday replies, and that's where I spend time with the team. My standards are short paragraphs, the answer in the first two lines, numbered steps for anything the customer has to do, and no blame, even when the customer clearly did something wrong. When I rewrote our macros at Brightwave, I read them aloud to check they sounded like a person and not a policy. I also coach tone with real examples: an agent once wrote 'As mentioned in my previous email', which reads as irritated. We changed the habit to simply restating the step. I think clear writing is respect for the customer's time, and it shows up in the data; after the macro rewrite, replies per ticket on billing questions dropped from about 3.1 to 2.4.",
      ],
      vague: [
        "I'm a strong writer and I always try to communicate clearly and professionally. In support, it's important to be empathetic and to keep customers informed, especially when something goes wrong.",
        "Good written communication is essential in support. I pay attention to tone and grammar, and I try to make my messages short and easy to understand for the customer.",
      ],
    },
    {
      name: "Working with Product and Engineering",
      match: [
        "product team",
        "engineering",
        "bugs",
        "jira",
        "feature requests",
        "voice of the customer",
        "product feedback",
        "developers",
      ],
      strong: [
        "Support sees problems before anyone else, so I try to make it easy for Engineering to act on them. At Parcelbird I handled the escalated API and carrier integration tickets, and I learned that a bug report gets fixed when it's reproducible. I'd reproduce the problem in a test store with Postman, attach the request and response, the account ID and the exact steps, and file it in Jira with the number of affected customers. Engineers started asking for me on tricky tickets because my reports saved them time. At Brightwave I set up the Jira integration in Zendesk so every ticket is linked to its bug, and that count drives priority: when a bug has 25 linked tickets, it's visible in the engineers' triage meeting. I attend Product's fortnightly triage to speak for the tickets behind the numbers.",
        "With feature requests the challenge is different, because everything feels urgent to the customer who asks. At Brightwave I stopped sending Product individual requests and instead we tag each one in Zendesk with a standard feature tag and the customer's plan and annual value. Once a month I share a ranked list with the product manager for our area, with two or three real customer quotes for the top items. It helped them see, for example, that shift-swap approvals on mobile were requested by customers worth about $400,000 in recurring revenue. It went into the next quarter's roadmap. I also make sure the loop closes: when something ships, we use the tag to find everyone who asked and send them a personal note, which customers love.",
      ],
      vague: [
        "I think support and product should work closely together. I always try to share customer feedback with the product team and make sure bugs are reported clearly so they can be fixed quickly.",
        "I have a good relationship with engineering and product teams. Communication is key, and I try to be the voice of the customer so the product keeps improving.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Raising team CSAT from 86% to 93%",
      claim:
        "Coached a team of 11 agents across two time zones, lifting team CSAT from 86% to 93% in three quarters through weekly QA calibration and one-to-one coaching",
      match: [
        "86%",
        "93%",
        "11 agents",
        "team of 11",
        "two time zones",
        "lifting team csat",
        "weekly qa calibration",
        "three quarters",
      ],
      strong: [
        "When I took over the team at Brightwave in 2021, CSAT was 86 percent and the team had no shared idea of what a good ticket looked like. I read every negative rating for a month and categorized them, and the biggest group, about 40 percent, was tickets closed before the problem was actually solved. So I did three things. I added an ownership criterion to our QA rubric and started a weekly calibration on Thursdays, where all eleven agents, in Denver and on the East Coast, scored the same three tickets and discussed the differences. I started one-to-ones every two weeks built around each agent's own tickets. And we changed the process so tickets with workarounds stay pending until the customer confirms. After three quarters our CSAT was 93 percent, and the 'closed too early' complaints had mostly disappeared.",
        "The calibration sessions were the key to that CSAT improvement. Before them, QA was something I did to the agents; afterwards it was something the team did together. Every Thursday, at a time that worked for both Denver and the East Coast, we took three real tickets, everyone scored them in MaestroQA beforehand, and we spent the meeting on the ones where our scores differed most. Agents started to notice things in each other's tickets that I would have missed, and they applied it to their own. Then in one-to-ones I followed up on one habit per agent. It took three quarters to get from 86 to 93 percent. Quarter one was mostly building the rubric and trust, and the big jump came in the second and third quarters, once the habits stuck.",
      ],
      vague: [
        "I improved CSAT by focusing on coaching and quality. I worked closely with the team, shared best practices and made sure everyone understood how important the customer experience is.",
        "Our CSAT improved a lot while I was leading the team. I think it was because we created a culture of quality and everyone was motivated to give customers a great experience.",
      ],
      contradicting: [
        "At Brightwave I coached a team of about six agents, all in Denver, and over a full year our CSAT went from 88 to 91 percent. The main things were weekly QA reviews and one-to-ones, and I think the team's attitude toward quality really changed.",
        "Our QA specialist at Brightwave designed the calibration sessions and ran them every week, and our Head of Support did most of the one-to-ones at the time. I supported the agents day to day on the floor. The combination of those things lifted CSAT from 86 to 93 percent.",
      ],
    },
    {
      name: "Raising first-response SLA attainment from 78% to 96%",
      claim:
        "Raised first-response SLA attainment from 78% to 96% by redesigning Zendesk triggers, views and priority routing",
      match: [
        "78%",
        "96%",
        "first-response sla",
        "sla attainment",
        "priority routing",
        "redesigning zendesk",
        "triggers and views",
      ],
      strong: [
        "When I started at Brightwave, all tickets landed in one big unassigned view sorted by age, and agents picked what they wanted. That meant easy tickets went quickly and hard or urgent ones waited, and Enterprise customers breached SLA more than anyone, which was the opposite of what we wanted. Our first-response attainment was 78 percent. I redesigned it in three steps. First, triggers that set priority from the customer's plan and from keywords like 'payroll' or 'locked out', and route by product area to groups. Second, views sorted by next SLA breach, so the agent's next ticket is always the one closest to breaching. Third, omnichannel routing, so tickets are assigned by capacity instead of cherry-picked. I tested everything in the sandbox and rolled it out over two weeks. Within two quarters we were at 96 percent.",
        "The 78 to 96 percent improvement wasn't about working faster, it was about working in the right order. The agents were already busy; the problem was that the ticket they picked was rarely the one closest to breaching. Once I rebuilt the triggers so every ticket got a priority and a group, and the views sorted by SLA breach time instead of creation time, the same team hit its targets far more often. I added an automation that alerts our Slack channel thirty minutes before any urgent ticket breaches, which caught most of the remaining misses. I also removed two old triggers that silently reset priority to normal when a customer replied, which had been causing breaches on our most important tickets for months. That kind of detail is why I always map all the triggers before changing any.",
      ],
      vague: [
        "I improved our SLA by reorganizing how tickets were handled in Zendesk. Setting it up properly made a big difference, and the team worked really hard to respond faster to our customers.",
        "Response times are important to me, so I looked at our processes and made changes to our Zendesk setup. After that our SLA performance improved significantly.",
      ],
      contradicting: [
        "At Brightwave our first-response SLA attainment was around 60 percent when I started, and after I redesigned the triggers and views we got it to about 85 percent. It's still not where I want it, but it was a big step forward for the team.",
        "Our Zendesk administrator in the IT team redesigned the triggers, views and routing at Brightwave; I gave her the requirements from the support side. After her changes our first-response SLA went from 78 to 96 percent.",
      ],
    },
    {
      name: "Hiring 9 agents and cutting ramp time from 10 to 6 weeks",
      claim:
        "Hired and onboarded 9 agents and cut time to full productivity from 10 to 6 weeks with a structured onboarding plan and ticket shadowing",
      match: [
        "9 agents",
        "nine agents",
        "10 to 6 weeks",
        "time to full productivity",
        "structured onboarding plan",
        "ticket shadowing",
        "hired and onboarded",
      ],
      strong: [
        "Between 2021 and 2023 Brightwave grew quickly, and I hired and onboarded nine agents for my team. The first two hires took about ten weeks to reach full productivity, which we defined as the team's median ticket volume with QA above 90 percent. Watching them, I saw that the first two weeks were spent reading documentation with little sense of what mattered. So I built a structured plan: week one in a product sandbox plus shadowing a senior agent on live tickets; week two taking password and billing tickets with every reply reviewed; then one new ticket category each week, each signed off by a senior agent. Ticket shadowing was the biggest win. New agents watched how a senior agent searched Jira, asked clarifying questions and judged when to escalate. The later hires reached full productivity in about six weeks.",
        "For the hiring part, I ran the process with our recruiter: she did the screening call, and I did a written exercise and a role-play interview. The written test was a real angry ticket, anonymized, and I looked for whether they acknowledged the problem, answered it and set expectations. Of the nine agents I hired at Brightwave, several came from outside tech, retail and hospitality, because those people handle upset customers well and we can teach the product. Then onboarding: shadowing in week one, reviewed tickets in week two, and a category checklist after that. We cut time to full productivity from ten weeks to six, which across nine hires saved us roughly thirty-six weeks of ramp-up, close to a full agent for most of a year.",
      ],
      vague: [
        "I was very involved in growing the team. I hired several new agents and I made the onboarding more structured so they could get up to speed faster and feel confident sooner.",
        "I'm proud of how we improved onboarding. We created a better plan, new agents learned from experienced colleagues, and they became productive much faster than before.",
      ],
      contradicting: [
        "At Brightwave I hired and onboarded fifteen agents over about two years, and with a new onboarding plan we brought time to full productivity from around eight weeks down to five. Shadowing was the most effective part.",
        "Our recruiting team and the Head of Support hired the nine agents at Brightwave, and our training specialist built the onboarding plan with ticket shadowing. I was a buddy to a couple of the new hires. Time to full productivity dropped from ten weeks to six.",
      ],
    },
    {
      name: "Erlang C staffing model cutting overtime by 35%",
      claim:
        "Built an Erlang C staffing model in Google Sheets that cut overtime hours by 35% while keeping chat wait times under 2 minutes",
      match: [
        "erlang c",
        "erlang",
        "staffing model",
        "google sheets",
        "overtime",
        "35%",
        "chat wait times",
        "under 2 minutes",
      ],
      strong: [
        "At Brightwave we were paying a lot of overtime, mostly on Mondays and around payroll dates, and yet the team was idle at other times. In 2022 I built a staffing model in Google Sheets. I exported twelve months of chat and email volume by hour from Explore, calculated average handle time per channel, and used the Erlang C formula to find how many agents we needed on chat each half hour to answer 80 percent of chats within sixty seconds. Then I added shrinkage of about 30 percent for breaks, meetings, one-to-ones and training. It showed our problem clearly: we had enough people overall, but they all started at nine. We moved to three staggered shifts and planned breaks outside the peaks. Overtime hours dropped by 35 percent, and average chat wait stayed under two minutes.",
        "Erlang C is a queueing formula that tells you, given the volume and how long each contact takes, how many agents you need to hit a service level. It's a bit optimistic for chat, because agents handle more than one chat at once, so I adjusted for concurrency, two chats per agent on average for us, and checked the model against three months of actual wait times before trusting it. I built it in Google Sheets so the workforce coordinator and I could both update it weekly. The result at Brightwave was a schedule that matched the demand curve instead of office hours. Overtime went down 35 percent and chat wait times stayed under two minutes. I still update the model every quarter, because volume patterns shift with new customers and product releases.",
      ],
      vague: [
        "I built a staffing model to help us plan better. It helped us understand how many people we needed and when, so we could reduce overtime and still give customers quick responses.",
        "Using data for staffing made a big difference. We were able to schedule people more efficiently and reduce overtime, which was good for both the team and the budget.",
      ],
      contradicting: [
        "At Brightwave I built a staffing model in Excel, a simpler version based on average volumes rather than Erlang C, and it cut overtime by about 15 percent. Chat wait times were usually around four or five minutes, which was within our target.",
        "Our workforce coordinator at Brightwave built the Erlang C model in Google Sheets; I reviewed it and helped her explain it to the team. With her new schedule, overtime dropped by 35 percent and chat wait times stayed under two minutes.",
      ],
    },
    {
      name: "Rewrite that cut 'how do I' tickets by 22%",
      claim:
        "Rewrote and restructured 140 Help Center articles in Zendesk Guide, cutting 'how do I' tickets by 22% in six months",
      match: [
        "140",
        "140 articles",
        "rewrote",
        "restructured",
        "how do i",
        "22%",
        "six months",
      ],
      strong: [
        "At Parcelbird our help center had grown without a plan: 140 articles, organized by menu, many with screenshots from an old version of the app, and a few that contradicted each other. Customers didn't find answers, so they wrote in. In 2019 I took it on. I exported six months of tickets with our how-to tag and grouped them to find the top thirty questions. Then I rewrote all 140 articles around tasks customers actually do, like 'Print a return label' or 'Connect your WooCommerce store', one task per article, with current screenshots and a short troubleshooting section at the end. I restructured the categories to match the customer journey: setup, daily shipping, returns, billing. And I enabled article suggestions on the contact form. Six months later 'how do I' tickets were down 22 percent, measured by our how-to tag.",
        "The rewrite was important, but the measurement is what convinced my manager at Parcelbird to give me the time. Before starting, I tagged all incoming how-to questions consistently for a month so we had a baseline. I worked through the 140 articles in order of ticket volume, not alphabetically, so the biggest wins came first. Each week I checked Guide's search report for searches with no results and wrote those gaps into the plan. By the end of six months, the how-do-I tickets were down 22 percent, while our customer base had grown, so per customer it was even better. The lesson I took to Brightwave is that articles are part of the product: they need an owner, a review date and updates whenever the product changes, or they decay within a year.",
      ],
      vague: [
        "I improved our help center by rewriting the articles to make them clearer and easier to use. Customers could find answers themselves, so we got fewer basic questions.",
        "I'm passionate about self-service. I reorganized the knowledge base and made it more user-friendly, and it really helped reduce the number of simple tickets the team received.",
      ],
      contradicting: [
        "At Parcelbird I rewrote about 40 help center articles, the most viewed ones, and it cut how-to tickets by around 10 percent over the following year. We didn't change the structure, just the content and screenshots.",
        "Parcelbird hired a technical writer who restructured the help center and rewrote the 140 articles; I reviewed them for accuracy from the support side and suggested topics. After the new help center launched, 'how do I' tickets dropped 22 percent in six months.",
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
        "resolve",
      ],
      strong: [
        "At Brightwave I had a real disagreement with one of our Customer Success managers. Her accounts were large, and she told her customers to email her directly or to mark tickets urgent so they'd skip the queue. My agents saw urgent tickets that were actually password resets, and our SLA data was getting distorted. It started to get tense in Slack, so I asked for a call instead. I came with data: in one month, about 70 percent of her accounts' urgent tickets weren't urgent by our definition. She explained her side: two of her accounts had had bad experiences and she was worried about renewals. We agreed on a middle ground: a separate view for her top ten accounts with a stricter SLA, handled by my two senior agents, and she stopped advising customers to mark everything urgent. Her accounts got faster replies, and the urgent queue was meaningful again.",
        "I had a disagreement with the other team lead at Brightwave about QA. She wanted to score every ticket on a 100-point checklist; I thought that would make agents focus on ticking boxes instead of solving problems. We had both rolled out different rubrics to our teams, which made our scores impossible to compare and confused agents who moved between teams. Instead of arguing in the leads' meeting again, I suggested we run both rubrics on the same fifty tickets for two weeks and compare each with CSAT. Her checklist was better at catching process misses, mine was better at predicting customer satisfaction. We merged them into one rubric with her process items as pass or fail, and my five weighted areas for the rest. Testing it together took the ego out of it.",
      ],
      vague: [
        "When I disagree with a colleague, I try to talk to them directly and calmly, listen to their point of view and find a solution that works for both of us and for the customer.",
        "I believe most conflicts come from miscommunication. I stay professional, focus on the facts and try to find common ground, because in the end we all want the same thing.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "error",
        "failure",
        "failed",
        "went wrong",
        "learned from",
        "regret",
        "setback",
      ],
      strong: [
        "In my first year as a lead at Brightwave I changed an automation directly in production without testing it. I meant to change the rule that closes tickets waiting on the customer from four days to five, and I accidentally set the condition to hours. That night it solved about 180 pending tickets, and many customers got a satisfaction survey for a problem we hadn't fixed. I noticed the next morning from a spike of replies. I reverted the automation, found all the affected tickets with a tag search, reopened them, and sent a short personal apology through a macro explaining it was our mistake. I told my manager straight away rather than hoping nobody noticed. Afterwards I set a rule for myself and the other admins: every trigger or automation change goes through the sandbox first and gets a second pair of eyes. We haven't had a repeat.",
        "A failure that taught me a lot was a new agent I hired at Brightwave who left after two months. In the interview he was great on the phone and very confident, and I hired him over a candidate with weaker presence but a much stronger written exercise. In practice, about 80 percent of our work is written, and he struggled and got discouraged. Looking back, I let one impressive conversation outweigh the evidence from the written test. I changed our process: we now score each part of the interview against criteria before discussing the candidate, and the written exercise has a minimum score. I also check in with new hires every week in the first month, because I might have caught his frustration earlier. The hires since then have had much better retention.",
      ],
      vague: [
        "Of course I've made mistakes. When it happens, I own it, fix it as quickly as possible and make sure I learn from it. I think it's important to be honest and not hide mistakes.",
        "I see failures as learning opportunities. I always try to reflect on what went wrong and how I can improve, and I encourage my team to do the same without fear.",
      ],
    },
    {
      name: "Prioritizing under pressure",
      match: [
        "pressure",
        "deadline",
        "deadlines",
        "prioritize",
        "priorities",
        "busy",
        "overwhelmed",
        "stressful",
      ],
      strong: [
        "The hardest day I remember at Brightwave was a payroll Friday when our time-off sync broke for a large group of customers, two agents were out sick, and the queue was already high. I had to decide fast. First, I declared a P1 with the on-call engineer, because payroll data was at risk, and handed the incident updates to our senior agent using our Statuspage template so I wasn't doing everything myself. Second, I created a macro and a tag for the incident so agents could reply to affected customers in seconds and link them all to one Jira ticket. Third, I moved two Tier 2 people onto chat and told the team that non-urgent email could wait until Monday. We kept first-reply under two hours for everything urgent, and the fix shipped that evening. Afterwards we ran a review and added a backup on-call for comms.",
        "Under pressure I ask two questions: what will hurt the customer most if it waits, and what can only I do. Everything else I delegate or move. For example, in November, during open enrollment at Brightwave, I also had two interviews scheduled, the monthly report for Product due and a QA calibration. Payroll- and enrollment-blocking tickets came first, because those customers had real deadlines. The interviews stayed, because rescheduling loses good candidates. I asked the other team lead to run calibration for both teams that week, and I told the product manager the monthly report would be a week late, with a two-line summary of the top issues in the meantime. Nobody minded, because I told them early. I've learned that most deadlines can move if you ask in advance, and customers' deadlines usually can't.",
      ],
      vague: [
        "I work well under pressure. I stay calm, make a list of priorities and focus on what's most important for our customers. I also make sure to communicate with my team so we're all aligned.",
        "In support, every day can be busy and unpredictable. I try to stay organised and flexible, and I'm always ready to jump into the queue myself to help the team.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "performance review",
        "give feedback",
        "receive feedback",
        "difficult conversation",
        "improve",
      ],
      strong: [
        "The feedback that changed how I lead came from my manager at Brightwave in my first year as a lead. She told me that I was rescuing my agents: whenever someone got stuck, I took the ticket and solved it myself. It felt helpful, but it meant they didn't learn, and I became the bottleneck. I didn't love hearing it, but she was right. I changed my habit: when an agent brings me a hard ticket, I ask what they've tried and what they would do next, and I only step in if the customer is at risk. Within a couple of months fewer tickets came to me, and my agents' confidence went up. When I give feedback, I use a simple structure: what I saw, the impact, and what I'd like instead, and I give it within a day, in private, with the ticket open in front of us.",
        "A difficult piece of feedback I gave was to one of my most experienced agents at Brightwave, whose replies had become curt. His QA scores on tone dropped and two customers complained. He was also the person the team relied on most, so I was careful. In our one-to-one I showed him three of his replies next to the customers' follow-ups, and asked how he thought they read. He realized it himself, and told me he was tired of answering the same export question every day. So we fixed two things: he took on writing the help center article and macro for that question, and I took him off phone duty for a few weeks. His tone scores recovered within a month. Feedback works best for me when I bring evidence and ask questions, not conclusions.",
      ],
      vague: [
        "I really value feedback because it helps me grow. I always try to listen with an open mind and not take it personally, and when I give feedback I try to be kind and constructive.",
        "Feedback should be regular and honest. I like to recognize good work often and address problems early in a respectful way, so there are no surprises in performance reviews.",
      ],
    },
    {
      name: "Teamwork and collaboration",
      match: [
        "teamwork",
        "team player",
        "collaborate",
        "collaboration",
        "morale",
        "team culture",
        "support each other",
        "motivate",
      ],
      strong: [
        "Good teamwork in support means nobody drowns alone. On my team at Brightwave we have a simple rule: if your queue is clear, you check the team's breach view before you take a break, and we celebrate saves in the channel, not just individual numbers. After a rough open-enrollment season in 2022, morale was low; people felt they'd just been firefighting. I ran a short retrospective where everyone wrote down what had drained them. The top item was repeating the same enrollment answers hundreds of times. So the team split the work: two agents wrote better macros, one wrote a help center article, and one built a Zendesk view to spot enrollment tickets early. The next season the team handled 20 percent more volume with less overtime, and people said it felt like our plan rather than mine.",
        "I see collaboration across teams as part of my job. At Brightwave, our Tier 2 specialists and frontline agents used to blame each other: frontline thought Tier 2 was slow, Tier 2 thought frontline escalated everything. I set up a fortnightly thirty-minute session where a Tier 2 specialist walks my agents through one real escalation, what was missing and how they solved it. We also invited frontline agents to shadow Tier 2 for half a day. Escalations with missing information dropped noticeably, and Tier 2's response time improved because they spent less time asking customers for details. More importantly, the two teams started helping each other in Slack instead of complaining about each other. When people understand each other's work, a lot of friction just disappears.",
      ],
      vague: [
        "I'm a team player and I believe we achieve more together. I always try to help my colleagues, share what I know and keep a positive attitude, even on busy days.",
        "Team culture is very important to me. I try to create an environment where people feel supported, celebrate successes together and make sure everyone feels part of the team.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "learn quickly",
        "new tool",
        "new product",
        "unfamiliar",
        "pick up",
        "get up to speed",
      ],
      strong: [
        "When I joined Parcelbird, I came from a help desk product and had never worked with APIs. But a big part of the escalated tickets were about the API and carrier integrations, and I wanted to handle them. I set myself a plan: in the first month I went through the public API docs end to end and made every call myself in Postman against a test store, and each week I asked one of the engineers for thirty minutes to go through real tickets I didn't understand. I also kept a personal troubleshooting document with common error codes and their causes, which later became an internal article for the team. Within about three months I was handling most integration escalations myself, and I was filing bug reports with the exact requests and responses attached, which the engineers appreciated.",
        "At Brightwave I had to become our Zendesk admin quickly when the previous admin left, with no handover, and the triggers were a mess. I took the Zendesk Support Administrator training in the evenings over two weeks, but mainly I learned by reading what existed: I exported every trigger and automation into a spreadsheet and traced what each did, testing anything unclear in the sandbox. I also joined the Zendesk community forums, where I found the answer to a routing problem I'd been stuck on for days. About two months in I had the confidence to redesign the routing and views, which took first-reply SLA from 78 to 96 percent. I got the admin certification the following year. My approach is to learn on a real problem and write down what I learn so the next person doesn't start from zero.",
      ],
      vague: [
        "I'm a quick learner and I love learning new things. When I start with a new tool or product, I read the documentation, ask questions and practice a lot until I feel confident.",
        "I adapt quickly to change. In support, products change all the time, so I'm used to learning fast and I'm not afraid to ask for help when I need it.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "motivation",
        "why this role",
        "why do you want",
        "interested in",
        "tallyfield",
        "why us",
        "next step",
        "career goals",
      ],
      strong: [
        "A few reasons. First, the product: I've spent almost six years supporting HR software at Brightwave, where payroll dates drive everything, and Tallyfield's customers have the same kind of hard deadlines, a schedule that has to be published, a payroll export that has to work on Friday. I know how to run a team where some tickets really can't wait. Second, the scope: your posting combines coaching, SLAs, escalations, scheduling and hiring, which is exactly the mix I do now and enjoy. Third, I'm ready for a team that's still growing. Brightwave's support has matured, and the interesting problems now are incremental. At Tallyfield I'd be helping build the playbook while the team grows, and I can bring the onboarding plan and staffing model I've already tested.",
        "What I like most about my job is when a metric improves because a person got better at something, and your posting reads like you value that too. The line about spotting rising reopen rates in Explore and then sitting down with an agent is exactly how I work. I also like that you serve restaurants and clinics. I started my career on a retail floor at Northgate Outfitters, and I know what it's like to be a manager with a staffing problem and no time. Those are customers I can empathize with quickly. And on a personal level, I'm based in Denver, so the hybrid setup works well for me, and I'd like to move into a larger support organization where I can grow toward a support manager role in the next few years.",
      ],
      vague: [
        "I'm really excited about this role because I love helping customers and leading teams. Your company seems to have a great culture and I think it would be a great next step in my career.",
        "I'm passionate about customer support and I'm looking for a new challenge. I believe my experience would be a great fit for your team and I'd love to grow with the company.",
      ],
    },
    {
      name: "Handling a difficult customer",
      match: [
        "difficult customer",
        "angry customer",
        "upset",
        "irate",
        "rude",
        "frustrated customer",
        "complaint",
        "threatened to cancel",
      ],
      strong: [
        "One that stays with me is an HR director at a Brightwave customer with about 800 employees. Their payroll export had failed twice in a month, and on the second time she called in furious and said she was canceling and telling her network about us. My agent was out of his depth, so I took the call. I let her finish without interrupting, then repeated back what had happened in her own words so she knew I understood. I didn't promise a fix I couldn't guarantee. I told her exactly what I'd do: reproduce the issue that hour, escalate to Engineering as a P2, and call her back at 4pm with an update either way. I called at 4pm. We gave her a manual export the same day so payroll ran on time, and the fix shipped two days later. She renewed, and later agreed to be a reference customer.",
        "My approach with angry customers is to separate the emotion from the problem, and deal with the emotion first. If someone is shouting, they don't hear solutions yet. At Parcelbird, a merchant wrote in during a carrier outage, very rude, using capital letters, threatening a chargeback because hundreds of orders couldn't ship on Black Friday weekend. I replied within minutes, acknowledged that this was the worst possible timing for him, and then gave him something concrete he could do right away: switching the carrier on his open orders, with the exact steps. I stayed on the ticket personally and updated him every hour until the carrier API was back. He apologized for his tone later that day. Rudeness I don't accept is abuse toward an agent; in that case I step in and set a boundary politely but clearly.",
      ],
      vague: [
        "With difficult customers, I always stay calm and professional. I listen to their concerns, show empathy and do my best to solve the problem, because usually they're just frustrated and want to be heard.",
        "I think patience is key. I never take it personally, I try to understand the customer's point of view and find a solution that makes them happy while following our policies.",
      ],
    },
  ],
};
