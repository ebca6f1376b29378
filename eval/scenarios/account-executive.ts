import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "account-executive",
  field: "sales",
  job: {
    title: "Account Executive, Mid-Market",
    description:
      "Tallyworks helps finance teams at growing companies take control of spend: purchase requests, approvals, supplier onboarding and accounts payable automation in one platform that connects to NetSuite, Sage Intacct and Microsoft Dynamics. More than 1,200 companies use Tallyworks, and we are growing our mid-market team, which sells to companies with 200 to 2,000 employees.\n\nAs a Mid-Market Account Executive you will own the full sales cycle for new customers in the Central region, from the first discovery call to signature. Your buyers are CFOs, controllers and heads of procurement, usually with IT and security involved, and typical deals range from $30K to $150K in annual recurring revenue with a 60- to 120-day cycle. About half of your pipeline will come from marketing and our SDR team; the rest you will build yourself through outbound prospecting, events and referrals from our accounting-firm partners.\n\nYou will run structured discovery, qualify with MEDDICC, build business cases with your champions, and work with a solutions engineer on tailored demos. You will keep Salesforce accurate, because our forecast is built from it, and you will give your manager a weekly commit you stand behind. You will negotiate directly with finance and procurement, within a clear deal desk process.\n\nThe annual new-business quota is $900K ARR. On-target earnings are $190,000 to $210,000 with a 50/50 base and variable split, uncapped commission and accelerators above 100%. The role is hybrid, based in our Chicago office three days a week, with occasional travel to customers in the region.",
    seniority: "mid",
    department: "Sales - Mid-Market",
    location: "Chicago, IL (hybrid)",
    employment_type: "full_time",
    requirements: [
      "3+ years as a quota-carrying account executive selling B2B SaaS, including at least one year selling to mid-market companies",
      "A consistent record of meeting or beating an annual new-business quota of $700K ARR or more",
      "Experience running sales cycles of 60 to 120 days with multiple stakeholders, including finance, IT and procurement",
      "Comfortable building your own pipeline through outbound prospecting, events and partner referrals",
      "Experience selling to finance leaders such as CFOs and controllers is a strong plus",
    ],
    skills: [
      "Pipeline management",
      "Discovery calls",
      "Qualification (MEDDICC)",
      "Negotiation",
      "Salesforce",
      "Forecasting",
      "Objection handling",
    ],
    interview_settings: {
      question_count: 8,
      duration_minutes: 45,
      difficulty: "medium",
      focus_areas: ["sales process", "deal execution", "forecast discipline"],
    },
  },
  candidate: {
    full_name: "Siobhan O'Connor",
    email: "siobhan.oconnor@example.com",
    phone: "(312) 555-0137",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Arjun Mehta",
    email: "arjun.mehta@example.net",
    phone: "(312) 555-0176",
    pronouns: "he/him",
  },
  cv: `{name}
{pronouns} · Chicago, IL · {phone} · {email}

MID-MARKET ACCOUNT EXECUTIVE

SUMMARY
Account executive selling B2B SaaS to finance and operations leaders at mid-market companies. I
run a disciplined, MEDDICC-based process from the first discovery call to signature, build a good
share of my own pipeline, and keep Salesforce and my forecast honest.

EXPERIENCE

Ledgerly Inc., Chicago, IL
Account Executive, Mid-Market | September 2022 – Present
• Closed $1.34M in new ARR in FY2024 against a $1.1M quota (122% attainment), ranking 2nd of 14 mid-market AEs
• Closed the company's largest mid-market deal to date, a $186K ARR three-year contract with a 40-entity logistics group
• Forecast within 5% of my quarterly commit for six consecutive quarters
• Sell expense management and corporate cards to CFOs and controllers, with IT and procurement involved
• Work with solutions engineers, deal desk and customer success on demos, pricing and handover

Brightpath Software, Chicago, IL
Account Executive, SMB | March 2020 – August 2022
• Raised my win rate from 18% to 31% by rebuilding my discovery call around pain, impact and decision process
• Sourced 45% of my own pipeline through outbound sequences in Outreach and partner referrals
• Sold HR and payroll software to small businesses, mostly to owners and office managers

Sales Development Representative | June 2018 – February 2020
• Booked first meetings for the account executive team through cold calls, email and LinkedIn
• Qualified inbound leads from marketing campaigns and webinars

Orchard & Vine Hospitality, Evanston, IL
Assistant Restaurant Manager | May 2016 – May 2018
• Managed front-of-house staff schedules, supplier orders and guest complaints

SKILLS
Sales methodology: MEDDICC, mutual action plans, value-based selling, Sandler
Tools: Salesforce, Gong, Outreach, LinkedIn Sales Navigator, ZoomInfo, DocuSign
Finance domain: month-end close, accounts payable, expense policy, multi-entity consolidation

EDUCATION
B.A. Communication Studies, Loyola University Chicago, 2012 – 2016
`,
  truth: {
    employers: ["Ledgerly Inc.", "Brightpath Software", "Orchard & Vine Hospitality"],
    titles: [
      "Account Executive, Mid-Market",
      "Account Executive, SMB",
      "Sales Development Representative",
      "Assistant Restaurant Manager",
    ],
    claims: [
      "Closed $1.34M in new ARR in FY2024 against a $1.1M quota (122% attainment), ranking 2nd of 14 mid-market AEs",
      "Closed the company's largest mid-market deal to date, a $186K ARR three-year contract with a 40-entity logistics group",
      "Forecast within 5% of my quarterly commit for six consecutive quarters",
      "Raised my win rate from 18% to 31% by rebuilding my discovery call around pain, impact and decision process",
      "Sourced 45% of my own pipeline through outbound sequences in Outreach and partner referrals",
    ],
  },
  topics: [
    // ---------------------------------------------------------------- skills
    {
      name: "Pipeline management",
      match: [
        "pipeline",
        "pipeline management",
        "pipeline coverage",
        "deal stages",
        "stalled deals",
        "pipeline review",
        "sales process",
        "stuck",
        "unstuck",
        "stage exit criteria",
      ],
      strong: [
        "I manage my pipeline against a coverage target and against stage exit criteria. At Ledgerly I aim for about three and a half times my quarterly number in qualified pipeline at the start of the quarter, and I look two quarters ahead, because our cycle is around 90 days and what I create this month closes next quarter. Every Monday I spend an hour on my own review before my manager's: any deal that hasn't had a meaningful buyer action in two weeks gets flagged, meaning a meeting held or a document shared, not an email from me. For stalled deals I send a direct message to the champion asking whether the project is still a priority this quarter. About half the time it isn't, and I move the deal out or close it lost. Keeping my pipeline honest like that is what let me spend my time on the deals that made up my 122% in FY2024.",
        "I think of the pipeline as a set of stages with clear exit criteria, not as a list of hopeful opportunities. At Ledgerly, a deal only moves from discovery to evaluation when I've confirmed a quantified pain, a compelling event and access to the economic buyer; it only moves to proposal when there's a mutual action plan the champion has agreed to. Early in my time there my pipeline looked big, about five times coverage, but a lot of it was stuck in discovery. I went through every opportunity with those criteria and disqualified nearly 40% of them. It felt painful, but it freed about a day a week that I spent prospecting into better-fit accounts, and my conversion from evaluation to closed-won went up noticeably the next two quarters. My manager now uses my stage definitions as the example for new hires.",
      ],
      vague: [
        "Pipeline management is key to being a successful account executive. I always make sure my pipeline is healthy and up to date, and I focus my time on the deals most likely to close. I also make sure I keep enough coverage to hit my number.",
        "I review my pipeline regularly and try to keep it clean and accurate. I think it's important to be honest about which deals are real and to keep prospecting so the pipeline never dries up.",
      ],
    },
    {
      name: "Discovery calls",
      match: [
        "discovery",
        "discovery call",
        "first call",
        "first meeting",
        "pain points",
        "needs analysis",
        "uncover",
        "client needed",
        "customer focus",
      ],
      strong: [
        "I go into a discovery call with a hypothesis, not a script. Before the call I look at the company's size, entity structure, ERP and recent news, so I can skip the basic questions. Then I spend most of the call on three things. Pain: what's actually going wrong today, in their words, for example 'month-end close takes twelve days because receipts are missing'. Impact: what that costs, in hours, in late filings, in audit findings, and who feels it most. And decision process: who besides them would need to agree, how they bought their last finance tool, and what would make this a priority this quarter. I try to talk less than 40% of the time, and I end with a clear next step in the calendar, usually a meeting with the controller or the CFO. I rebuilt my calls this way at Brightpath, and it's why my win rate went from 18% to 31%.",
        "A recent discovery call at Ledgerly is a good example. A VP of Finance at a 600-person manufacturer booked a demo and asked me to show the product straight away. I asked if I could spend ten minutes understanding their setup first, so the demo would be relevant. In those ten minutes I learned they had three entities on NetSuite, that expense reports were reconciled by hand in spreadsheets, and that their auditors had flagged missing receipts two years in a row. That last point was the real pain, because it was embarrassing for her in front of the audit committee. So I shortened the demo to the receipt capture and audit trail, and asked her what evidence the audit committee would want to see. That gave me the business case and the economic buyer, and the deal closed in 54 days, which is fast for us.",
      ],
      vague: [
        "Discovery is the most important part of the sales process. I always ask open-ended questions, listen actively and try to understand the customer's pain points before I talk about the product. I think good discovery builds trust.",
        "On a discovery call, I try to learn as much as possible about the prospect's business and challenges. It's important to be curious and prepared and to make the conversation about them, not about us.",
      ],
    },
    {
      name: "Qualification (MEDDICC)",
      match: [
        "meddicc",
        "meddic",
        "qualify",
        "qualification",
        "champion",
        "economic buyer",
        "disqualify",
        "qualified",
        "qualifying",
        "qualify out",
      ],
      strong: [
        "We use MEDDICC at Ledgerly, and I use it as a list of what I don't know yet, not as a form to fill in. For every deal past discovery I keep a short MEDDICC note in Salesforce: the metrics the customer will measure us on, the economic buyer and whether I've actually met them, the decision criteria and decision process, the identified pain, the champion, and the competition. The two I test hardest are the champion and the economic buyer. A champion isn't someone who likes me; it's someone with influence who will sell for me when I'm not in the room. I test that by asking them to do something, like get me thirty minutes with the CFO or share the approval process for their last purchase. If they can't or won't, I have a coach, not a champion, and I forecast the deal accordingly.",
        "The hardest part of qualification is disqualifying deals you'd like to keep. Last year I had an opportunity with a distribution company: enthusiastic controller, good demo, and a plan to sign by the end of the quarter. But when I went through MEDDICC with my manager, I couldn't name the economic buyer, there was no compelling event, and the controller admitted the CFO hadn't heard of the project. I asked the controller directly whether the CFO would fund it this year, and she said probably not before their ERP migration finished. I moved the deal to the following year's nurture, set a reminder for after the migration, and took it out of my forecast. That freed time for two other deals that closed that quarter. Six months later the controller came back with the CFO involved, and that deal closed in five weeks.",
      ],
      vague: [
        "Qualification is very important because it helps you focus on the right deals. I use frameworks like MEDDICC to understand the customer's needs, the decision makers and the buying process, and I try to qualify out early when a deal isn't a good fit.",
        "I always make sure I understand who the decision maker is and what the customer's needs are. A good champion is essential, and I try to build strong relationships with the key people in each account.",
      ],
    },
    {
      name: "Negotiation",
      match: [
        "negotiation",
        "negotiate",
        "discount",
        "discounting",
        "pricing",
        "procurement",
        "contract terms",
        "concession",
        "redlines",
      ],
      strong: [
        "My rule in negotiation is that I never give anything without getting something back. Before a pricing conversation I write down with my manager what I can offer, what I want in return and where I walk away. On a deal last year, a CFO asked for 25% off the list price in the final week of his quarter. Instead of discounting, I asked what was driving it, and it was budget: he had approved a fixed amount for this year. So I offered a two-year contract with year one priced within his budget and year two at the full rate, in exchange for signing that week and a case study. Through deal desk the effective discount over the contract came to about 9%, well under the 25% he'd asked for, and he got the year-one number he needed. I find most price objections in negotiation are really about budget timing or risk, and those can be solved with structure rather than discount.",
        "Negotiation with procurement is a different game from negotiating with the business buyer, so I prepare for it separately. I ask my champion early who will handle procurement, what their process is, and whether they have targets like a standard discount. Then I make sure the business case and the price are agreed with the economic buyer before procurement gets involved, so procurement is negotiating terms on a decision that's already made. On the big logistics deal at Ledgerly, procurement asked for a 15% discount and net-90 payment terms. I held the price, since the CFO had already approved it, but I agreed to net-60 and to a price cap on renewal at 5%, which mattered to them more than the headline discount once we talked about it. For legal redlines, I bring our legal team in early and track every open clause in a shared document.",
      ],
      vague: [
        "Negotiation is about finding a win-win solution. I always try to understand what's important to the customer and stay focused on the value of our product rather than the price. I try not to discount too early.",
        "I'm a confident negotiator. I prepare well, know my limits and try to build a good relationship with the buyer so we can reach an agreement that works for both sides.",
      ],
    },
    {
      name: "Salesforce",
      match: [
        "salesforce",
        "crm",
        "crm hygiene",
        "opportunity record",
        "next steps",
        "data entry",
        "methods do you rely on",
        "sales tools",
        "gong",
      ],
      strong: [
        "I treat Salesforce as the place my manager and my future self go to understand a deal, so I keep it current every day, not on Friday afternoon. For every open opportunity I keep the stage, close date, amount and forecast category accurate, a next step with a date, and the MEDDICC fields our team uses. I log calls through the Gong integration, so I don't write notes twice. I also built myself a Salesforce report of open opportunities with no activity in fourteen days or a close date in the past, and I check it every Monday morning. At Ledgerly our VP of Sales pulls the forecast directly from Salesforce, so a stale close date on one of my deals is a wrong number in front of the CEO. Keeping my records clean is also a big part of why my forecast has been accurate.",
        "Beyond keeping my own records clean, I use Salesforce to find where my process is leaking. At Brightpath I built a report of my closed-lost opportunities by stage and loss reason, and most of my losses were at the proposal stage with the reason 'no decision'. That told me I was sending proposals before I understood the decision process, and that's what led me to rebuild my discovery calls. At Ledgerly I use dashboards to track my pipeline creation by source each month, marketing, SDR, my own outbound and partners, so I can see early when I need to prospect more. And I've been an early tester when our sales operations team added new fields, like a mutual action plan link on the opportunity, because I'd rather help shape the process than complain about it afterwards.",
      ],
      vague: [
        "I'm very comfortable with Salesforce. I use it every day to manage my opportunities and I always keep my data up to date. I think good CRM hygiene is important so the whole team has visibility into the pipeline.",
        "Salesforce is an essential tool for any sales team. I use it for tracking my activities, managing contacts and running reports, and I make sure my notes and next steps are always accurate.",
      ],
    },
    {
      name: "Forecasting",
      match: [
        "forecast",
        "forecasting",
        "forecast discipline",
        "best case",
        "commit",
        "call your number",
        "unrealistic",
        "someone senior",
        "upside",
        "forecast accuracy",
      ],
      strong: [
        "I forecast with rules, not feelings. At Ledgerly we use the Salesforce categories: pipeline, best case, commit and closed. A deal only goes into my commit if four things are true: the economic buyer has confirmed the budget, there's a mutual action plan with a signature date the champion has agreed to, I know the paper process, including legal, security and procurement, and nothing in that process is outside the quarter. Anything missing one of those goes into best case, however good it feels. Every Friday I walk my manager through the commit deal by deal, and I call out what's changed since last week and why. If a deal slips, I move it the same day rather than hoping, because a forecast that changes late is worse than a smaller one. That discipline is why I've landed within 5% of my commit for six quarters in a row.",
        "The hardest forecasting call I made was at the end of a quarter when my manager wanted me to put a $70K deal into commit. The champion was confident, but the customer's legal team hadn't started reviewing our contract, and I knew from the last deal with a similar company that their legal review took three weeks. It was the second week of the last month. I kept the deal in best case and explained why. My manager wasn't happy, because the team number was tight. The deal closed eleven days into the next quarter, exactly because of the legal review. I think being willing to give an unpopular forecast is part of the job. Since then my manager has trusted my commit, and I've learned to ask about the paper process in the first month of every deal, not the last.",
      ],
      vague: [
        "Accurate forecasting is very important for the business. I always try to be realistic and honest about my deals, and I update my forecast regularly based on what I learn from customers.",
        "I take forecasting seriously. I look at where each deal is in the process and how engaged the customer is, and I'd rather under-promise and over-deliver than the other way around.",
      ],
    },
    {
      name: "Objection handling",
      match: [
        "handle objections",
        "objection handling",
        "too expensive",
        "not interested",
        "status quo",
        "price objection",
        "price is too high",
        "buyer objections",
        "prospect objections",
        "concerns",
      ],
      strong: [
        "My approach to objections is to slow down rather than answer immediately: acknowledge it, ask a question to understand what's behind it, respond to the real concern, and check that I've answered it. The most common objection I hear at Ledgerly is 'we're fine with our current process', which is really the status quo. A controller at a healthcare services company told me exactly that. I said that was fair, and asked how many hours her team spent on expense reconciliation at month-end. She guessed two days for two people. I asked what else they'd do with those four days, and she mentioned the audit preparation they were always behind on. That turned 'we're fine' into a cost she had calculated herself. We ran a short pilot with one entity, and they signed for all four entities the following quarter.",
        "'It's too expensive' is usually not about the price. When I hear it, I ask: compared to what? Sometimes it's a competitor's quote, sometimes it's the budget they had in mind, and sometimes it means they don't yet see enough value. Each needs a different answer. On one deal at Ledgerly the CFO said we were twice the price of a competitor. I asked if I could see what was included in their quote, and it didn't cover the multi-entity consolidation that had been their main pain in discovery. Instead of cutting my price, I put the two options side by side with the cost of doing the consolidation manually, using the hours his team had given me. He agreed the comparison wasn't like-for-like, and we closed at a 6% discount for a two-year term. If I can't find value that justifies the price, I'd rather lose the deal than discount blindly.",
      ],
      vague: [
        "Objections are a normal part of sales, and I see them as an opportunity to understand the customer better. I always listen carefully, stay positive and address their concerns by focusing on the value of the product.",
        "When a customer has an objection, I try not to be defensive. I ask questions to understand it, and then I explain how our solution can help. It's important to stay confident and keep the conversation going.",
      ],
    },
    // ---------------------------------------------------------- requirements
    {
      name: "Mid-market SaaS sales experience",
      match: [
        "mid-market companies",
        "selling to mid-market",
        "saas",
        "b2b",
        "years selling",
        "sales experience",
        "deal size",
        "most relevant",
        "relevant experience",
        "selling saas",
      ],
      strong: [
        "I've been in B2B SaaS sales since 2018. I started as an SDR at Brightpath Software, became an SMB account executive there in 2020 selling HR and payroll software with short cycles, usually two to four weeks, and moved to Ledgerly in 2022 as a mid-market AE. At Ledgerly I sell expense management and corporate cards to companies with roughly 200 to 2,000 employees, with an average deal of around $55K ARR and cycles of about 90 days. The biggest change from SMB to mid-market was the number of people involved: instead of selling to an owner in two calls, I'm coordinating a controller, a CFO, IT for the NetSuite integration and security review, and procurement. That taught me to run a mutual action plan on every deal. In FY2024 I closed $1.34M against a $1.1M quota.",
        "What I'd bring from my mid-market experience is a repeatable process for deals in the $30K to $150K range. Those deals are too big to close on enthusiasm alone and too small to justify the full enterprise treatment, so you need to be efficient. My pattern at Ledgerly is: a discovery call that qualifies pain and decision process, a tailored demo with the solutions engineer focused on two or three use cases, a business case written with the champion, then a mutual action plan that covers security review, legal and procurement in parallel rather than one after the other. Running those steps in parallel is what keeps my cycle near 90 days. The finance buyer is the same one Tallyworks sells to, so I'd expect to be productive quickly.",
      ],
      vague: [
        "I have several years of experience in B2B SaaS sales, including selling to mid-market companies. I understand the sales cycle and how to work with different stakeholders, and I've consistently performed well in my roles.",
        "I've worked as an account executive for a few years and I really enjoy SaaS sales. I'm comfortable with the full sales cycle from prospecting to closing, and I think my experience fits this role well.",
      ],
    },
    {
      name: "Quota attainment",
      match: [
        "quota",
        "quota attainment",
        "attainment",
        "hit your number",
        "exceeded",
        "missed quota",
        "track record",
        "proudest",
        "achievement",
      ],
      strong: [
        "At Ledgerly, my first partial year in 2022 was ramped, and I finished at 94% of the ramped target. In FY2023 I reached 108% of a $1M quota, and in FY2024 I closed $1.34M against a $1.1M quota, 122%, which ranked me second of fourteen mid-market AEs. This year I'm tracking to finish above plan. At Brightpath I hit quota in five of my last six quarters as an SMB AE. The one quarter I missed, I got to 86%, because two deals slipped on budget approvals, and I learned to confirm budget earlier. What drives my attainment is consistency rather than one big deal: I create pipeline every week, including about a day a week of my own prospecting, and I try not to end any quarter relying on a single deal.",
        "I think about quota as a math problem I solve at the start of the year. With a $1.1M quota, an average deal of about $55K and a win rate from qualified pipeline of around a third, I need roughly 20 wins and about 60 qualified opportunities, which is about five new qualified opportunities a month. So I track pipeline creation each month, not just bookings, because if I'm behind on creation in March, I'm behind on bookings in June. In FY2024 that plan was what got me to 122%: in the second quarter I saw my pipeline creation was behind, so I ran an outbound campaign to companies that had just closed funding rounds, and two of the resulting deals closed in the fourth quarter. Tallyworks' quota of $900K with similar deal sizes would work the same way.",
      ],
      vague: [
        "I've consistently met or exceeded my quota throughout my career. I'm very driven and results-oriented, and I always work hard to hit my number. I think consistency and discipline are the keys to success in sales.",
        "Hitting quota is my top priority. I stay focused, manage my time well and always keep enough pipeline. My managers have always been happy with my performance.",
      ],
    },
    {
      name: "Multi-stakeholder sales cycles",
      match: [
        "stakeholders",
        "stakeholder",
        "multiple stakeholders",
        "buying committee",
        "complex deal",
        "sales cycle",
        "multi-threading",
        "mutual action plan",
        "deal execution",
      ],
      strong: [
        "Every mid-market deal I run at Ledgerly involves at least four groups: the finance team that feels the pain, the CFO who signs, IT for the ERP integration and security review, and procurement and legal. The tool I rely on is a mutual action plan, a shared document I build with my champion after the demo: each step from technical validation to signature, with an owner on their side and ours and a date. It makes the buying process visible to everyone and shows early if something is unrealistic. I also multi-thread on purpose. I make sure I have a direct relationship with at least three people in the account, so if my champion goes on leave or leaves, the deal doesn't stall. On a deal with a staffing company, the security review was going to take six weeks, so we started it in parallel with the business case instead of after it, and we signed in 78 days.",
        "A good example is a 700-person property management company where the buying committee turned out to be five people. In the first two meetings I asked my champion, the controller, to help me map it: the CFO who would sign, the IT director who owned NetSuite and the security review, the HR director who owned the expense policy, and a regional operations manager whose site managers would use the cards every day. I met each of them separately, for thirty minutes, around what they cared about. The IT director was the likely blocker, because a previous tool had broken their NetSuite sync, so I set up a technical session with our solutions engineer and a reference customer on the same ERP version. He became one of our strongest supporters. The HR director rewrote their expense policy with our template during the pilot. With everyone engaged, the CFO signed in 84 days, and nobody raised a surprise objection at the end.",
      ],
      vague: [
        "Complex sales cycles need a lot of coordination. I always try to identify all the stakeholders early, understand their priorities and keep everyone aligned. I think building relationships with multiple people in the account is very important.",
        "I have experience with longer sales cycles involving many decision makers. It's important to be patient, stay organized and make sure you communicate the value of the product to everyone involved.",
      ],
    },
    {
      name: "Self-sourced prospecting",
      match: [
        "prospecting",
        "outbound",
        "cold call",
        "cold email",
        "self-sourced",
        "lead generation",
        "new logos",
        "build your own pipeline",
        "own pipeline",
      ],
      strong: [
        "I block Tuesday and Thursday mornings for prospecting, and I protect that time even at the end of a quarter. My outbound is targeted rather than high volume. At Ledgerly I pick accounts with a trigger: a new CFO or controller, a funding round, an acquisition that adds entities, or a job posting for an accounts payable clerk, which usually means the team is drowning in manual work. For each account I research two or three people and write the first email around the trigger, for example: 'Congratulations on the acquisition of a new business. Consolidating expenses across entities is usually the first month-end headache.' Then a sequence in Outreach with a call, a LinkedIn touch and two follow-ups over about three weeks. Reply rates are modest, but meetings from trigger-based outreach convert better than anything else I do. Last year about a third of my closed business came from my own prospecting.",
        "Partners are the most underused source of pipeline, in my experience. At Brightpath I built relationships with a handful of small accounting firms and payroll consultants who advised our kind of customers. I didn't ask them for referrals at the first meeting. I offered something useful first, like a short guide for their clients on payroll compliance changes that year, and I gave them a simple way to introduce clients. Referrals from partners closed at more than twice the rate of cold outbound, because the trust was already there. Combined with my Outreach sequences, that's how I sourced 45% of my own pipeline there. At Ledgerly I've done the same with two fractional CFO firms. Tallyworks' accounting-firm partner program is one of the things that attracted me to this role.",
      ],
      vague: [
        "I'm very comfortable with prospecting and building my own pipeline. I use a mix of cold calls, emails and LinkedIn, and I always try to personalize my outreach. I think persistence is key in outbound sales.",
        "Prospecting is an important part of the job and I don't rely only on inbound leads. I set aside time every week for outbound and try to research my prospects so my messages are relevant.",
      ],
    },
    {
      name: "Selling to finance buyers",
      match: [
        "cfo",
        "cfos",
        "finance leaders",
        "controller",
        "finance team",
        "roi",
        "business case",
        "finance buyer",
        "complex",
        "communication",
      ],
      strong: [
        "Finance leaders buy on numbers and risk, so I build the business case with them rather than presenting one at them. At Ledgerly, after discovery I send my champion, usually the controller, a short spreadsheet with three inputs: hours spent on expense reconciliation each month, the cost of late or missing receipts, and the number of days to close. They fill in their own numbers, which makes the result theirs, not mine. For a 900-person professional services firm, that showed about 300 hours a month saved and a close that could shrink by three days, and the payback came to about five months. The CFO's questions were about implementation risk and the audit trail, so I brought in a reference customer with the same ERP. I've learned that with CFOs you need to be brief, precise with numbers, and honest about what the product doesn't do.",
        "I think the most important thing when selling to a CFO is to speak their language: close, accruals, audit, cash. In my first months at Ledgerly, coming from selling HR software, I did a course on financial accounting basics and asked our own controller to walk me through our month-end close. That changed my conversations. Instead of talking about features, I'd ask a controller how many days their close takes and where it gets stuck, and I could follow the answer. On the logistics group deal, the CFO's real concern was consolidating spend across forty entities before an audit, and because I understood intercompany reconciliation well enough, I could explain how our entity structure mapped to theirs in NetSuite. He told me afterwards that was the point where he started to trust us.",
      ],
      vague: [
        "I have experience selling to finance leaders like CFOs and controllers. They care about ROI and numbers, so I always focus on the business value and make sure I have a strong business case.",
        "Finance buyers are very analytical, so it's important to be well prepared and data-driven. I try to understand their priorities and show how our solution helps them save time and money.",
      ],
    },
    // ---------------------------------------------------------------- claims
    {
      name: "Closing $1.34M in FY2024",
      claim:
        "Closed $1.34M in new ARR in FY2024 against a $1.1M quota (122% attainment), ranking 2nd of 14 mid-market AEs",
      match: [
        "fy2024",
        "122%",
        "$1.34m",
        "best year",
        "ranking",
        "ranked",
        "2nd of 14",
        "$1.1m",
      ],
      strong: [
        "FY2024 was my best year. I closed $1.34M in new ARR against a $1.1M quota, which was 122%, and I finished second of the fourteen mid-market AEs at Ledgerly. It came from 22 deals, so it wasn't one lucky contract, although the $186K logistics deal in the third quarter helped. Three things made the difference. I started the year with more pipeline than I needed, because I'd prospected hard in the last quarter of the previous year. I was stricter about qualifying out early, so my time went to deals with a real economic buyer and a compelling event. And I started running security review and procurement in parallel with the business case, which shortened my average cycle by a couple of weeks. The quarter-by-quarter numbers were also steady, between about 105% and 140%, which I'm prouder of than the total.",
        "The 122% in FY2024 came from a plan I made in January. With a $1.1M quota, about $55K average deals and a win rate around a third, I needed roughly five new qualified opportunities a month. I tracked that every month. In the second quarter I saw I was behind on pipeline creation, so I ran a trigger-based outbound campaign to companies that had recently raised funding or made acquisitions, and two of those deals closed later in the year. I also worked closely with our solutions engineer and agreed a standard demo flow for the three most common use cases, which saved prep time on every deal. The result was $1.34M closed, second of 14 on the mid-market team. It also earned me a place on the team that tested our new mutual action plan template.",
      ],
      vague: [
        "I had a very strong year and exceeded my quota by a good margin. I think it came from hard work, a good pipeline and strong relationships with my customers. I was one of the top performers on my team.",
        "That year went really well for me. I stayed focused on my process, worked closely with my team and managed to close several important deals, which helped me finish well above my target.",
      ],
      contradicting: [
        "FY2024 went reasonably well. I closed about $900K in new ARR against a $1.1M quota, so around 82%, which was still in the top half of the mid-market team, because most people were well below plan that year after our pricing change. The logistics deal in the third quarter was a big part of it, and a couple of other large deals I'd forecast slipped into the next year because of budget freezes. I learned a lot about qualifying earlier from that year.",
        "In FY2024 our pod closed $1.34M against our team quota. There were three of us AEs sharing a pooled number with one SDR, and I was responsible for roughly a third of the bookings. The pod ranked second of the mid-market pods, and I'd say my biggest individual contribution was the logistics deal. We worked very closely, shared accounts when someone was overloaded, and split commission evenly, which I liked.",
      ],
    },
    {
      name: "Largest mid-market deal",
      claim:
        "Closed the company's largest mid-market deal to date, a $186K ARR three-year contract with a 40-entity logistics group",
      match: [
        "largest deal",
        "biggest deal",
        "largest",
        "$186k",
        "logistics group",
        "three-year",
        "multi-year",
        "40-entity",
      ],
      strong: [
        "The logistics group came in through an outbound email I sent to their new group controller, who had joined from a company that used us. They had 40 legal entities across freight and warehousing, each with its own expense process, and consolidation took their team almost two weeks every month. The cycle was about seven months. I mapped the buying committee early: the group controller as champion, the CFO as economic buyer, IT for the NetSuite multi-subsidiary integration, and a regional finance lead who was skeptical. We ran a paid pilot with four entities to prove the integration, which the skeptic helped design. I built the business case with the controller, and the CFO agreed it. Procurement wanted a 15% discount; I held the price and gave a renewal cap instead. It closed as a three-year contract at $186K ARR, the largest mid-market deal Ledgerly had closed.",
        "What I learned most from that deal was how to manage a long cycle without losing momentum. Seven months is long for our mid-market team, and the risk was always that another priority would push us aside. I kept a mutual action plan with the group controller that we reviewed every two weeks, with dates for the pilot, the security review, the business case and the board approval, since anything over a certain amount needed their board's sign-off. When the security review stalled for three weeks, I asked our CISO to join a call with their IT director, which unblocked it in one meeting. I also involved my VP of Sales early, because the multi-year terms and the renewal cap needed approval from deal desk. We signed a three-year contract at $186K ARR, and the customer expanded to two more acquired companies within the first year.",
      ],
      vague: [
        "I closed a very large deal with a logistics company, which was the biggest in the company's mid-market segment. It took a lot of work and coordination with different teams, and I'm really proud of the result.",
        "Big deals need patience and strong relationships. I worked closely with the customer's team over several months, built trust and made sure we addressed all their concerns until they were ready to sign.",
      ],
      contradicting: [
        "The logistics group deal was led by one of our enterprise AEs because of its size. I sourced the opportunity through an outbound email to their group controller, ran the first two meetings and then handed it over, and I stayed involved as the secondary on the account, mostly helping with the business case. It closed at $186K ARR on a three-year contract after about seven months, and I received a sourcing split for it.",
        "I closed the logistics deal after about seven months of work. The CFO wasn't ready to commit to a multi-year contract, so it ended up as a one-year contract at around $95K ARR, with an option to expand to more of their entities later if the first year went well. It was one of the larger deals on the mid-market team that year, and the pilot with four entities was what got it over the line.",
      ],
    },
    {
      name: "Forecast accuracy",
      claim: "Forecast within 5% of my quarterly commit for six consecutive quarters",
      match: [
        "forecast accuracy",
        "within 5%",
        "commit",
        "consecutive quarters",
        "accurate forecast",
        "six quarters",
        "accuracy",
        "slipped",
      ],
      strong: [
        "For six quarters in a row, my closed business at Ledgerly has landed within 5% of the commit I gave my manager in the third week of the quarter. There's no trick to it, just rules I don't break. A deal only goes into my commit if the economic buyer has confirmed budget, there's a mutual action plan with a signature date the champion has agreed, and I know every step of the paper process, including legal, security and procurement, and they fit inside the quarter. Everything else is best case. I review the commit every Friday, and if a deal's date slips, I move it that day. I also keep a record of every deal I committed that slipped and why. Early on, the most common reason was legal review taking longer than expected, so now I ask about the legal process in the first month of a deal.",
        "Accurate forecasting comes mostly from knowing what you don't know. When I joined Ledgerly, my first two quarters were off by more than 20% in both directions, because I was forecasting on how the champion sounded. My manager showed me how she forecast from the buyer's actions instead: did they introduce us to the economic buyer, did they send us their procurement forms, did they book the security review? I adopted that, and I added my own check: I ask the champion directly, 'If we don't sign this quarter, what happens?' If the answer is 'nothing much', it's not a commit deal. Since then I've been within 5% of my commit for six consecutive quarters, and my manager uses my commit almost unchanged in her roll-up.",
      ],
      vague: [
        "I'm known for being accurate with my forecast. I'm realistic about my deals, I update my numbers regularly and I don't put deals in commit unless I'm confident they'll close.",
        "Forecast accuracy is something I take pride in. I think it comes from being honest, knowing my customers well and keeping my CRM up to date.",
      ],
      contradicting: [
        "My forecast has been pretty reliable. Over the last few quarters I've usually landed within about 15 to 20% of my commit, which is better than most of the team, since our deals often slip because of legal and procurement. I review my commit with my manager every week and I try to move deals out as soon as I see a risk, but a couple of big slips have kept me from getting closer.",
        "Our team forecast was within 5% of the commit for six consecutive quarters, which was mostly down to our sales manager's process. She ran the weekly deal reviews and decided which deals went into commit based on her own criteria, and she often adjusted what we put forward. I followed her rules for my own deals and kept Salesforce up to date, so my numbers were easy for her to work with.",
      ],
    },
    {
      name: "Raising win rate through discovery",
      claim:
        "Raised my win rate from 18% to 31% by rebuilding my discovery call around pain, impact and decision process",
      match: [
        "win rate",
        "close rate",
        "rebuilt",
        "rebuilding",
        "18%",
        "31%",
        "conversion rate",
        "improve your win",
      ],
      strong: [
        "In my first year as an SMB AE at Brightpath my win rate from qualified opportunity to closed-won was 18%, below the team average. I went through my closed-lost deals in Salesforce, and most of them had died at the proposal stage as 'no decision'. Then I listened back to a dozen of my discovery calls in Gong. I was demoing within the first ten minutes and talking about 65% of the time, and I rarely asked who else needed to agree. So I rebuilt the call around three sections: pain, in the prospect's words; impact, what it costs them in time or money; and decision process, who decides, how, and by when. I wrote the questions on a one-page guide and didn't allow myself to demo on the first call unless the prospect insisted. Over the next three quarters my win rate went to 31%, and my average cycle got shorter too.",
        "The biggest change was adding the decision process to every discovery call. Before, I'd get excited about the pain, send a proposal, and then wait for weeks while the office manager tried to convince an owner I'd never spoken to. After I rebuilt my discovery, I'd ask on the first call: 'When you've bought software like this before, how did that work? Who else would want to see this?' If the owner wasn't on the next call, I treated that as a warning sign. I also started quantifying impact with the prospect, for example hours spent on payroll corrections each month, which gave the owner a reason to act now. My win rate went from 18% to 31% over the next three quarters. My manager asked me to present the call structure at our sales kickoff, and a few of the newer AEs adopted it.",
      ],
      vague: [
        "I improved my win rate by focusing more on discovery and understanding the customer's needs. I think asking better questions and listening more made a big difference, and it helped me qualify deals better.",
        "When I changed my approach to discovery, I started closing more deals. Good discovery helps you understand the customer and build trust, which leads to better results.",
      ],
      contradicting: [
        "I improved my win rate from about 25% to 28% by changing how I ran discovery, focusing more on the customer's pain and on who else was involved in the decision. I started asking about the decision process on the first call and stopped sending proposals before I'd spoken to the owner. It wasn't a huge jump, but it was steady and it held over the following year.",
        "Our sales enablement team rebuilt the discovery call framework for the whole SMB team, with a new question guide around pain, impact and decision process, and weekly call reviews in Gong. I adopted it like everyone else. My win rate went from 18% to 31% over the following year, and most people on the team saw a similar improvement, so the credit really goes to the new framework.",
      ],
    },
    {
      name: "Self-sourcing 45% of pipeline",
      claim:
        "Sourced 45% of my own pipeline through outbound sequences in Outreach and partner referrals",
      match: [
        "45%",
        "sourced",
        "own pipeline",
        "outreach sequences",
        "sequences",
        "partner referrals",
        "referral partners",
        "self-generated",
      ],
      strong: [
        "At Brightpath most AEs relied on the SDR team and inbound leads, but inbound dropped in 2021 and I didn't want my number to depend on it. Over that year I sourced 45% of my own pipeline from two channels. The first was outbound sequences in Outreach. I built three sequences by segment, restaurants, dental practices and small manufacturers, each with a first email about a problem specific to that segment, like tip reporting for restaurants, followed by a call and two short follow-ups. I measured reply and meeting rates per sequence every two weeks and rewrote the weakest step. The second was partner referrals from local accounting firms and payroll consultants. I met each partner quarterly, sent them useful content for their clients, and made referring a client a two-minute form. Partner referrals closed at more than double the rate of my cold outbound.",
        "Sourcing 45% of my own pipeline at Brightpath came down to consistency more than cleverness. I blocked two mornings a week for prospecting and never cancelled them for deal work. In Outreach I ran segment-specific sequences of about six steps over three weeks, and I kept the emails short, three or four sentences about one problem, because longer emails got fewer replies in my tests. I called everyone who opened an email twice. For partners, I focused on five accounting firms rather than trying to cover everyone, and I made sure every referral got a response within a day and a thank-you update after the call, because partners refer to the people they trust to look after their clients. That mix made my pipeline much less dependent on marketing, and it's a habit I've kept at Ledgerly, where I still prospect every week.",
      ],
      vague: [
        "I generated a big part of my own pipeline through outbound and partners. I think it's important for account executives not to rely only on inbound leads, so I always make prospecting a regular part of my week.",
        "Self-sourcing is something I'm good at. I use sequences and build relationships with partners, and I'm persistent in following up with prospects until they respond.",
      ],
      contradicting: [
        "At Brightpath I sourced about 15% of my own pipeline through outbound sequences in Outreach and a few partner referrals from accounting firms. Most of my deals came from the SDR team and inbound leads, which was normal on the SMB team, so I focused my time on working those opportunities well rather than on prospecting. I did build one sequence for restaurants that worked quite well, and I shared it with the team.",
        "The SDR assigned to me ran the Outreach sequences and managed the partner referral program with the accounting firms, and together that accounted for about 45% of my pipeline. I'd take the meetings once they were booked and run the deals from discovery to close. We had a good partnership: I gave her feedback on which meetings turned into real opportunities, and she adjusted her targeting.",
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
        "territory",
      ],
      strong: [
        "At Ledgerly another AE and I both claimed the same account. I'd been prospecting a company's controller for two months, and then their CFO came in through an inbound demo request that was routed to him. He argued the inbound lead was his; I argued I'd created the interest. It got heated in our team channel, which wasn't great for either of us. I suggested we take it offline, and I brought the facts: my activity history in Salesforce and the email where the controller said she'd raise it with the CFO. I also acknowledged that our rules of engagement didn't clearly cover this case. We agreed to ask our manager for a decision on a split, and to accept it either way. She gave it to me with a 25% split for him, and she updated the rules of engagement. We worked fine together afterwards.",
        "I once disagreed with our solutions engineer about how to run a demo. He wanted to show the full platform, because the prospect had a long list of requirements. I wanted to focus on the three use cases that mattered to the CFO, because in discovery she'd said she had forty-five minutes and only cared about the audit trail and month-end. We went back and forth, and I realized his concern was that if we skipped something, the IT team would think the product couldn't do it. So we agreed on a focused demo for the CFO and a separate technical session for IT the following week. Both went well and we won the deal. Since then we plan demos together after every discovery call, and I share my discovery notes with him the same day.",
      ],
      vague: [
        "I think conflict can be healthy if it's handled professionally. When I disagree with a colleague, I try to talk to them directly, listen to their point of view and find a solution that's best for the customer and the team.",
        "I get along well with my colleagues, but disagreements do happen. I try to stay calm, focus on the facts and look for a compromise. It's important not to let it affect the team.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "failure",
        "failed",
        "lost deal",
        "went wrong",
        "regret",
        "resilience",
        "missed its goal",
        "did not go as planned",
        "error you made",
      ],
      strong: [
        "The deal I learn most from is one I lost at Ledgerly in my first year. It was a $60K opportunity with a healthcare company, and I was in constant contact with the controller, who loved the product. I was single-threaded: I never met the CFO or IT. Two weeks before the planned signature, the controller left the company, and her replacement had used a competitor before. I had no other relationships in the account, and I lost the deal within a month. It was entirely my mistake; my manager had asked me twice whether I'd met the CFO. Since then I make sure I have at least three direct relationships in every deal over $40K, and I ask my champion early to introduce me to the economic buyer. That habit has saved at least two deals since, when champions went on leave mid-cycle.",
        "Early in my AE career at Brightpath I told a prospect that a reporting feature was 'coming next quarter' because the product manager had mentioned it in a meeting. It helped close the deal, but the feature was delayed by six months, and the customer was angry with our customer success manager, who hadn't known about my promise. I apologized to the customer and to the CSM, and I worked with product to give the customer a workaround and a realistic date. They stayed, but it damaged trust for a while. Now I never commit to roadmap items. If a prospect needs something that doesn't exist, I say so, and if it really matters, I bring in the product manager to talk about it directly, and I write any commitment into the handover notes for customer success.",
      ],
      vague: [
        "I've made mistakes in my career, like everyone. When I do, I try to own it, learn from it and make sure it doesn't happen again. I think failure is part of sales and the important thing is how you respond.",
        "Losing deals is part of the job. When it happens, I look back at what I could have done differently and apply those lessons to my next deals. I try to always keep improving.",
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
        "end of quarter",
        "time management",
        "urgent",
        "adaptability",
        "could finish",
      ],
      strong: [
        "The last two weeks of a quarter are when prioritization matters most. Last quarter I had three deals in commit at different stages of legal and procurement, two new inbound demos, and a renewal handover to customer success. I sorted everything by what would affect the number this quarter. The three commit deals came first: I set up a daily check with each champion on what was left and who owned it, and I asked our legal team for a fixed slot each afternoon to turn redlines around the same day. I asked an SDR colleague to confirm the demos and our solutions engineer to prepare them, so I only needed to run the calls. The customer success handover I did in writing, with a short call the next week. All three deals signed, two days before the quarter closed, and the demos became next quarter's pipeline.",
        "I use a simple rule under pressure: protect the few things only I can do. In sales that's conversations with buyers, and I delegate or defer almost everything else. When our company launched a new pricing model at Ledgerly in the middle of a quarter, every open proposal had to be reissued, on top of normal deal work. I listed my open deals and asked which buyers would actually see the new proposal before the quarter ended, which was five of twelve. I reissued those five first, with a short personal call to explain the change, and batched the rest for the following week. I asked deal desk to pre-approve my standard structures so I wasn't waiting on approvals. No deal slipped because of the change. What I learned is that telling people what you're not doing this week is as important as doing the urgent things.",
      ],
      vague: [
        "Sales is a high-pressure job, and I handle it well. I stay organized, prioritize the deals that are closest to closing and manage my time carefully. I also stay calm and positive, which helps me and my team.",
        "When things get busy, I make a list and focus on what will have the biggest impact. It's important to communicate with your manager and ask for help when needed.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "critical feedback",
        "constructive",
        "coaching feedback",
        "receive feedback",
        "give feedback",
        "call review",
      ],
      strong: [
        "The most useful feedback I've had was from my manager at Brightpath after she listened to some of my discovery calls in Gong. She pointed out that I was talking about 65% of the time, that I answered my own questions when there was a pause, and that I hadn't asked about the decision process on any of the calls she reviewed. It was uncomfortable to hear, because I thought those calls had gone well. I asked her to review two calls a week with me for a month. I started pausing after every question and counting to three before speaking, and I put decision process questions on my call guide. My talk ratio came down to around 40%, and it's a big part of why my win rate went from 18% to 31%. I still review one of my own calls every week.",
        "I give feedback to the SDR who books meetings for me at Ledgerly. For a while, a lot of his meetings were with people who had no influence on the purchase, and several didn't show up. Instead of complaining to his manager, I asked him for twenty minutes. I showed him three specific meetings from the previous month: two with junior staff and one no-show, and what happened after each. Then I showed him two of his meetings that turned into real opportunities and asked what was different. He noticed that in the good ones he'd asked about their month-end process before booking. We agreed on two qualifying questions for every meeting he booked. Over the next quarter my meetings from him converted to opportunities much more often, and he told me it was the most useful feedback he'd had.",
      ],
      vague: [
        "I love getting feedback because it helps me improve. I regularly ask my manager and colleagues for feedback and try to apply it. When I give feedback, I try to be honest but supportive.",
        "Feedback is very important in sales because there's always something you can do better. I'm open to criticism and I try to create a culture where people feel comfortable sharing honest feedback.",
      ],
    },
    {
      name: "Teamwork and collaboration",
      match: [
        "teamwork",
        "leadership",
        "people leadership",
        "mentoring",
        "struggling",
        "influence",
        "initiative",
        "continuous improvement",
        "worked closely with others",
        "solutions engineers",
      ],
      strong: [
        "In mid-market sales I rely on a lot of people: the SDR who books meetings, the solutions engineer, deal desk, legal and customer success. On the logistics deal I treated them as a deal team. We had a fifteen-minute call every two weeks with the solutions engineer, our security lead and the customer success manager who would take over after signature. I shared my discovery notes and the mutual action plan with all of them, so nobody had to ask me for context. Bringing customer success in before signature was unusual at Ledgerly, but it meant the customer met their implementation lead during the pilot, which reduced their worries about going live across forty entities. After the deal closed, our VP of Sales asked me to write up how we'd run it, and the deal team approach is now used for all mid-market deals above $100K.",
        "When Ledgerly hired four new mid-market AEs last year, I volunteered to help with their onboarding alongside my own quota. I ran a weekly session on discovery, using recordings of my own calls, both good and bad, from Gong, and I let each new AE shadow two of my deals from discovery to close. I also shared my Salesforce reports and my prospecting templates. I wasn't anyone's manager, so I was careful to coach rather than instruct, and to point them to our enablement team for anything official. Three of the four reached their ramped quota in their first full quarter, and one of them closed a deal using a prospecting sequence we'd built together. I enjoyed it, and it's something I'd want to keep doing at Tallyworks as the team grows.",
      ],
      vague: [
        "Even though sales can seem individual, I'm a real team player. I work closely with marketing, SDRs, solutions engineers and customer success, and I always try to share what works with my colleagues.",
        "I think the best sales teams collaborate and support each other. I'm happy to help colleagues, share my knowledge and celebrate team wins, not just my own.",
      ],
    },
    {
      name: "Learning new skills fast",
      match: [
        "learn quickly",
        "learn fast",
        "new product",
        "new market",
        "unfamiliar",
        "ramp up",
        "new industry",
        "pick up",
        "unclear",
        "ambiguity",
      ],
      strong: [
        "When I moved from Brightpath to Ledgerly, I went from selling HR software to small business owners to selling expense management to CFOs and controllers, and I didn't know much about accounting. I gave myself a plan for the first 60 days. I took an online course on financial accounting basics in the evenings. I asked our own controller to walk me through Ledgerly's month-end close, which was the most useful hour of my onboarding. I listened to about thirty Gong calls of our top AEs and wrote down every finance term I didn't understand, then looked them up. And I did practice discovery calls with my manager playing a skeptical controller. I closed my first deal in my second month, and by my second quarter I was fully ramped. The finance vocabulary is what made CFOs take me seriously.",
        "My approach to learning a new product fast is to learn it through customers' problems rather than through features. When Ledgerly launched corporate cards, I had a couple of weeks before I was expected to sell them. Instead of memorizing the feature list, I asked our product manager for the five problems the cards solved and the customers who'd been in the beta, and I called two of those customers to hear how they used them. Then I rewrote my discovery questions to uncover those problems. I also wrote a one-page comparison against the two competitors we'd meet most often, and I had the product manager correct it. In the first quarter after launch I attached cards to four new deals, which was one of the higher numbers on the team. It's how I'd approach learning Tallyworks' procurement and accounts payable products.",
      ],
      vague: [
        "I'm a quick learner. When I start a new role or learn a new product, I read everything I can, ask a lot of questions and learn from the top performers on the team. I'm very curious and I enjoy learning.",
        "I adapt quickly to new environments. I think the key is to be proactive, take advantage of the training available and start practising with real customers as soon as possible.",
      ],
    },
    {
      name: "Motivation for this role",
      match: [
        "motivation",
        "motivates",
        "why do you want",
        "draws you",
        "why tallyworks",
        "first 90 days",
        "join us",
        "why join",
      ],
      strong: [
        "I want to keep selling to finance leaders, because that's the buyer I understand best, but I want a broader problem to sell. At Ledgerly I sell expense management, which is one part of spend. Tallyworks covers purchase requests, approvals, supplier onboarding and accounts payable, which is a much bigger conversation with a CFO and usually a bigger deal. Many of my discovery calls at Ledgerly end up touching accounts payable and procurement, and I have to say it's outside our scope. Second, the partner program with accounting firms: partner referrals have been my best source of pipeline in both of my AE roles, and here it's part of the model. Third, the posting is honest about the quota, the split and the process, including MEDDICC and a forecast built from Salesforce. That's how I already work, so I can be productive quickly.",
        "What motivates me in sales is solving a problem for a specific person and being measured on it. I like that there's a clear number, and I like the part of the job where a controller tells me their close is two days shorter because of what we sold them. I'm looking to join Tallyworks because it's at a stage where the mid-market team is growing, and I think I can contribute more than just my number: I've helped onboard new AEs at Ledgerly and I'd like to do more of that, with a path toward an enterprise role or team lead in a couple of years. I've also heard good things about your sales culture from a former colleague who's now a solutions engineer there, particularly that deal desk is fast and the forecast process is respected rather than gamed.",
      ],
      vague: [
        "I'm really excited about this opportunity. Tallyworks has a great product and a strong reputation, and I'm looking for a company where I can grow my career. I'm passionate about sales and I think I would be a great fit for the team.",
        "I'm motivated by challenges and by being rewarded for my results. This role looks like a great next step for me, and I like the company's culture and mission.",
      ],
    },
    {
      name: "Handling a difficult customer",
      match: [
        "difficult customer",
        "difficult prospect",
        "difficult",
        "angry",
        "frustrated",
        "aggressive",
        "complaint",
        "integrity",
        "integrity and safety",
        "safety",
      ],
      strong: [
        "A procurement manager at a manufacturing prospect was openly aggressive in our first call: he said our price was absurd, that he'd sign with a competitor by Friday unless we cut it by 30%, and that he didn't have time for a business case. I didn't react to the tone. I said I understood he had a job to do on price, and asked what the competitor's quote included and what his Friday deadline was tied to. He didn't really answer, which told me the deadline was a tactic. I went back to my champion, the controller, and confirmed the business decision had been made in our favor and that the budget was approved at our price. Then I sent procurement a written offer with a small discount in exchange for a two-year term, and a clear expiry date. He pushed back once more, then accepted. Staying calm and going back to the decision makers was what worked.",
        "After signature, one of my customers at Ledgerly was furious because their go-live had been delayed by three weeks, right before their year-end. Their CFO emailed me directly, copying my CEO. Even though implementation wasn't my team, I was the person they trusted, so I called the CFO the same day. I listened first and didn't make excuses; the delay had been partly our fault, because a NetSuite field mapping was missed. I then set up a call with our implementation lead, agreed a revised plan with dates, and committed to a short written update every two days until go-live. I also arranged for our team to handle their year-end expense reconciliation manually in the meantime. They went live two weeks later, the CFO thanked us in writing, and they've since expanded to two more entities.",
      ],
      vague: [
        "When I deal with a difficult customer, I stay calm and professional. I listen to their concerns, show empathy and try to find a solution that works for both sides. Building trust is the most important thing.",
        "Difficult customers are usually frustrated for a reason. I try to understand what's behind it, communicate clearly and follow up on my promises so they can see I'm on their side.",
      ],
    },
  ],
};
