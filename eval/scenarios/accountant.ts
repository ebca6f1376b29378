import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "financial-controller",
  field: "finance",
  job: {
    title: "Financial Controller",
    seniority: "senior",
    department: "Finance",
    location: "Columbus, OH (hybrid)",
    employment_type: "full_time",
    description:
      "Brennan Fluid Systems designs and manufactures industrial valves, pumps and flow-control assemblies for the water, chemical and food-processing industries. We run three plants in Ohio and Indiana and a sales and service subsidiary in Ontario, with annual revenue of about $240M. We are looking for a Financial Controller to own the accounting close and the integrity of our numbers as we grow.\n\nReporting to the CFO, you will lead a team of four accountants and own the month-end close for all four legal entities in SAP S/4HANA, including consolidation and intercompany. You will make sure every balance sheet account is reconciled and reviewed on time, keep our inventory and standard-cost accounting accurate, and explain monthly results to plant managers and the leadership team through clear variance analysis against budget and prior year. You will coordinate the annual external audit under US GAAP, keep our internal control framework current, and lead the annual budget and quarterly reforecast together with operations.\n\nThis role suits someone who enjoys both the detail and the conversation: you can trace a reconciling item back to the source document, and you can also explain to a plant manager why their scrap variance matters. We are a hands-on finance team of nine, and we value people who fix root causes rather than booking the same adjustment every month.\n\nWhat we offer: a hybrid schedule (three days a week at our Columbus head office), a 401(k) match, an annual bonus, and paid support for CPA or CMA continuing education.",
    requirements: [
      "5+ years of progressive accounting experience, including at least 2 years in a manufacturing company with inventory and standard costing",
      "Track record of leading year-end external audits and resolving auditor findings",
      "Experience preparing annual budgets and rolling forecasts together with operations managers",
      "Ability to explain financial results clearly to plant managers and other non-finance stakeholders",
      "CPA, CMA or ACCA qualification, or actively pursuing one",
    ],
    skills: [
      "Month-end close",
      "Account reconciliations",
      "US GAAP",
      "Variance analysis",
      "Internal controls",
      "Excel",
      "SAP S/4HANA",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Priya Raman",
    email: "priya.raman@example.com",
    phone: "+1 (937) 555-0142",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Gregory Walsh",
    email: "greg.walsh@example.net",
    phone: "+1 (937) 555-0187",
    pronouns: "he/him",
  },
  cv: `{name}
Assistant Controller · CPA
Dayton, Ohio · {email} · {phone} · Pronouns: {pronouns}

PROFILE
CPA with a manufacturing background who has owned the month-end close, consolidation and
year-end audit for a multi-entity industrial group. Comfortable in SAP S/4HANA and NetSuite,
strong in US GAAP with IFRS group-reporting experience, and known for building reconciliations
and controls that hold up under audit. I enjoy working with plant teams to turn cost variances
into decisions.

EXPERIENCE

Kessler Drivetrain Inc. — Dayton, OH
Assistant Controller | September 2020 - present
- Reduced the month-end close from 9 to 5 working days by introducing a close calendar with pre-close accruals and automating intercompany eliminations in SAP S/4HANA
- Led the 2023 year-end audit to zero audit adjustments, down from 7 proposed adjustments in the 2020 audit
- Documented and tested 34 key controls across the order-to-cash, procure-to-pay and inventory cycles for the owner's SOX-readiness program
- Own the consolidation of the US plants and the Mexican subsidiary, including intercompany reconciliation and peso remeasurement
- Supervise and review the work of the staff accountants and the accounts payable team

Alder & Finch Packaging Ltd. (US subsidiary) — Cincinnati, OH
Senior Accountant | 2017-05 to 2020-08
- Built a standard-cost variance bridge in Excel that traced a $1.2M gross margin shortfall to resin purchase price and scrap variances, which led to a renegotiated supplier contract
- Cut unreconciled balance sheet differences from $310K to under $15K within two quarters by rebuilding the reconciliation workpapers and review sign-off
- Prepared the monthly IFRS reporting package for the UK parent, including US GAAP to IFRS adjustments for leases and inventory
- Coordinated interim and year-end audit requests with the group auditors

Ridgeway Tool & Die — Fairborn, OH
Staff Accountant | 06/2014 – 04/2017
- Prepared bank, accounts payable and fixed asset reconciliations and posted month-end journal entries
- Supported the move from QuickBooks to NetSuite: mapped the chart of accounts, loaded opening balances and tested reports
- Reconciled the quarterly physical inventory counts to the perpetual records and booked the book-to-physical adjustments

Hollis, Beck & Company CPAs — Dayton, OH
Audit Associate | Aug 2012 – May 2014
- Audited manufacturing and distribution clients: inventory observations, revenue cut-off testing and controls walkthroughs
- Prepared workpapers and drafted management letter points for the engagement senior

SKILLS
Close and reporting: month-end close, consolidation, intercompany, accruals, flux analysis
Accounting: US GAAP (ASC 330 inventory, ASC 606, ASC 842), IFRS group reporting, standard costing
Controls and audit: SOX-style control design and testing, audit coordination, PBC lists
Systems: SAP S/4HANA (FI/CO), NetSuite, QuickBooks, BlackLine, Power BI
Excel: XLOOKUP, SUMIFS, pivot tables, Power Query, variance and forecast models

EDUCATION
B.S. in Accounting, Wright State University, 2012

CERTIFICATIONS
Certified Public Accountant (CPA), Ohio, 2015

LANGUAGES
English (native), Spanish (professional working proficiency)
`,
  truth: {
    employers: [
      "Kessler Drivetrain Inc.",
      "Alder & Finch Packaging Ltd.",
      "Ridgeway Tool & Die",
      "Hollis, Beck & Company CPAs",
    ],
    titles: ["Assistant Controller", "Senior Accountant", "Staff Accountant", "Audit Associate"],
    claims: [
      "Reduced the month-end close from 9 to 5 working days by introducing a close calendar with pre-close accruals and automating intercompany eliminations in SAP S/4HANA",
      "Led the 2023 year-end audit to zero audit adjustments, down from 7 proposed adjustments in the 2020 audit",
      "Documented and tested 34 key controls across the order-to-cash, procure-to-pay and inventory cycles for the owner's SOX-readiness program",
      "Built a standard-cost variance bridge in Excel that traced a $1.2M gross margin shortfall to resin purchase price and scrap variances, which led to a renegotiated supplier contract",
      "Cut unreconciled balance sheet differences from $310K to under $15K within two quarters by rebuilding the reconciliation workpapers and review sign-off",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Month-end close",
      match: [
        "month-end close",
        "month end",
        "close process",
        "closing the books",
        "close checklist",
        "accruals",
        "cut-off",
        "period end",
        "close calendar",
      ],
      strong: [
        "When I joined Kessler Drivetrain in 2020 the close took nine working days, and most of that time was waiting. Accruals were calculated after period end, intercompany between the Dayton plant and our Monterrey subsidiary was matched by hand in spreadsheets, and nobody owned the sequence of tasks. I built a close calendar with every task, owner and a day number from WD-2 to WD+5. We moved freight, utilities and payroll accruals into pre-close on WD-2, using open purchase order receipts and run rates, and I worked with our SAP consultant to automate the intercompany eliminations so they post once both sides agree. I also set a hard AP invoice cut-off on WD+1 instead of letting invoices trickle in all week. Within four months we were closing on day five and we have held it since. What I took from it is that a faster close comes from removing dependencies, not from asking people to stay late.",
        "My first step with any close is to find the critical path: which tasks block the consolidation and the flux review, and who is waiting on whom. I map that on one page, then push everything that can be estimated into pre-close: accruals, prepaid amortization, the depreciation run and the inventory reserve calculation. During the close I hold a fifteen-minute stand-up each morning for the first three days so blockers surface before lunch rather than at six in the evening. Before numbers go to the CFO there is always a flux review against prior month and budget, with a comment on anything over $25,000 or 10 percent. At Alder & Finch that review caught a freight accrual that had been booked twice, about $40,000, before it went into the UK parent's reporting pack. For a four-entity group like Brennan, I would sit through one close as it runs today before changing anything.",
        "At Kessler I own the close checklist for the US plants and the Mexican subsidiary. A typical close for us is: WD-2 accruals and the inventory reserve, WD+1 AP cut-off, goods received not invoiced review and payroll true-up, WD+2 production order settlement and variance postings in SAP, WD+3 intercompany matching and peso remeasurement, WD+4 consolidation and flux review, WD+5 reporting package to the CFO. The discipline I care most about is cut-off. In my first year the auditors found shipments at the end of December that were invoiced but still on our dock, so I added a shipping cut-off check: the warehouse lead sends me the last bill of lading number for the period, and billing after that number is moved to the next month. Since then we have had no cut-off findings.",
      ],
      vague: [
        "The month-end close is really about being organised and working as a team. I always try to make sure everyone knows their tasks and deadlines, and I think communication is key so that nothing gets missed and the numbers are accurate when they go to management.",
        "I have a lot of experience with the month-end close and I enjoy it. It's important to be accurate and efficient, to follow the checklist and to keep improving the process so the close gets a little faster and smoother every month.",
      ],
    },
    {
      name: "Account reconciliations",
      match: [
        "reconciliation",
        "reconciliations",
        "reconcile",
        "balance sheet accounts",
        "reconciling items",
        "blackline",
        "bank rec",
        "subledger",
      ],
      strong: [
        "I treat a reconciliation as proof, not a formality. Every balance sheet account at Kessler has a preparer, a reviewer and a risk rating: cash, receivables, inventory, accruals and intercompany are reconciled monthly, low-risk prepaid and deposit accounts quarterly. A good reconciliation ties the general ledger balance to an independent source, like the bank statement, the AR aging from the subledger or the inventory valuation report out of SAP, and lists every reconciling item with a date and an owner. Anything older than sixty days gets escalated to me. We run this in BlackLine, and I set up auto-certification for zero-balance accounts so the team spends its time on the forty or so accounts that carry real risk. One example: our GR/IR clearing account had about $480,000 of items more than ninety days old. I went through them with purchasing, and most were price differences on receipts that should have been cleared with MR11. We got it down to under $30,000.",
        "The reconciliation I spend the most time on is intercompany. At Kessler, the Monterrey plant sells machined housings to Dayton in US dollars but keeps its books in pesos, so the two sides rarely match to the cent. I reconcile by transaction, not just by balance: each intercompany invoice in Mexico should have a matching receipt in Dayton, and the differences fall into three buckets, timing, FX and genuine errors. I agreed a rule with the Monterrey accountant that invoices are issued within two days of shipment and both of us match on WD+3. When we started, the unexplained intercompany difference was around $90,000 most months; now it's usually under $2,000 and explained by goods in transit. That matters because an unexplained difference at consolidation ends up as a plug, and auditors rightly hate plugs.",
      ],
      vague: [
        "Reconciliations are very important because they make sure the balance sheet is accurate. I always try to reconcile accounts on time, investigate any differences and make sure everything is properly documented and reviewed.",
        "I'm very detail-oriented, so I'm comfortable with reconciliations. It's important to understand the account, follow up on open items and keep good documentation so that the auditors and management can rely on the numbers.",
      ],
    },
    {
      name: "US GAAP",
      match: [
        "us gaap",
        "gaap",
        "accounting standards",
        "asc 606",
        "revenue recognition",
        "asc 842",
        "lease accounting",
        "ifrs",
        "technical accounting",
        "asc",
      ],
      strong: [
        "A good example is ASC 842. Kessler adopted it for fiscal 2022 as a private company, and I led the adoption. I started by building a complete lease inventory, which was harder than it sounds: besides the obvious forklift and vehicle leases, we found an embedded lease in a nitrogen supply contract where the supplier owned a dedicated tank on our site. In the end we had 23 leases. I built the schedules in Excel, used the private-company practical expedient to discount at the risk-free rate, and took the package of practical expedients so we didn't reassess existing classification. We put about $6.8 million of right-of-use assets and lease liabilities on the balance sheet, and I wrote the technical memo the auditors reviewed. They accepted it with one comment about the renewal option on the Monterrey building, which we then documented better.",
        "In manufacturing, the standard I use most is ASC 330 on inventory. At Kessler we carry inventory at standard cost, so I make sure the standards stay close enough to actual cost that the balance is still GAAP. Each quarter I look at the purchase price and production variances, and if they're material I capitalize the portion that relates to inventory still on hand instead of expensing all of it. I also rebuilt our excess and obsolete reserve. It used to be a flat percentage; now it's driven by months of supply from SAP: no usage in twelve months is reserved at 50 percent, no usage in twenty-four months at 100 percent, with engineering able to flag parts for service demand. And we test lower of cost and net realizable value on the product families where we've had to discount, which last year was mainly older gearbox models.",
        "My grounding is US GAAP, but at Alder & Finch I also had to think in IFRS, because the UK parent reported under IFRS while our subsidiary kept US GAAP books. Each month I prepared the bridge between the two. The big items were leases, because this was before ASC 842 and IFRS 16 put all our operating leases on the balance sheet, and inventory, where IFRS allows a write-down to be reversed when prices recover and US GAAP doesn't. I kept a memo for each adjustment with the standard references so the group auditors could follow it. That experience made me quicker at reading a standard, looking for the principle behind it, and documenting my judgement, which is what auditors actually want to see.",
      ],
      vague: [
        "I have a strong knowledge of US GAAP and I always make sure our accounting follows the standards. When something new comes up I research it and make sure we are compliant, and I think it's important to stay up to date with changes.",
        "US GAAP is the foundation of everything we do in accounting. I'm comfortable with the main standards like revenue and leases, and I always try to apply them consistently and document my conclusions properly.",
      ],
    },
    {
      name: "Variance analysis",
      match: [
        "variance analysis",
        "budget vs actual",
        "actual versus budget",
        "flux analysis",
        "variances",
        "absorption",
        "labor efficiency",
        "explain the results",
      ],
      strong: [
        "I do variance analysis in layers. At the top is a bridge from budget to actual gross margin: volume, mix, selling price, then the cost variances from the standard-cost system, which are purchase price, material usage, labor efficiency and rate, and overhead absorption. At Kessler, in the second quarter of 2023 the Springfield plant was $410,000 below budget on margin. The bridge showed that almost half was under-absorbed overhead, because volume on one gearbox line was down 18 percent after a customer pushed out their program. That's a very different conversation from a cost problem: the plant wasn't inefficient, it was under-loaded. I presented it to the plant manager and the CFO that way, and we used it to decide to move some work from Dayton to Springfield instead of cutting staff. For me the point of a variance is the decision it leads to, not the number.",
        "My monthly routine has two parts. First a flux review of the P&L and balance sheet against prior month and budget, with a threshold, usually $25,000 or 10 percent, where every line above it needs a one-line explanation from the account owner. Second, for the cost of goods sold, I go to the detail in SAP: variance by production order and by cost element. I don't accept 'timing' as an explanation unless someone can tell me when it reverses. At Alder & Finch I built a variance bridge that traced a $1.2 million margin shortfall to resin purchase price and scrap on a new thermoforming line. Once the numbers were split that way, procurement and operations each knew exactly what they owned, and both problems got fixed within two quarters.",
      ],
      vague: [
        "Variance analysis is about comparing actual results with the budget and understanding the reasons for the differences. I always try to dig into the numbers and give management clear explanations so they can make good decisions.",
        "I think variance analysis is one of the most valuable things finance does. It's important to look at the big variances, talk to the business to understand what happened and present the results in a clear way.",
      ],
    },
    {
      name: "Internal controls",
      match: [
        "internal controls",
        "internal control",
        "segregation of duties",
        "control environment",
        "fraud",
        "approvals",
        "control testing",
        "control deficiency",
      ],
      strong: [
        "I look at controls through the risk first: what could go wrong, and how would we know. At Kessler one of the first things I checked was segregation of duties in SAP, and I found that two AP clerks could both create vendors and post invoices, so in theory someone could set up a fake vendor and pay it. I worked with IT to split the roles, and added a detective control: a weekly vendor master change report from SAP that I review and sign. That control paid for itself in 2022. We got an email, apparently from a real steel supplier, asking to change their bank details. Our procedure says any bank change is confirmed by calling a number already on file, not the one in the email. The clerk called, the supplier knew nothing about it, and we avoided an $86,000 payment to a fraudster.",
        "My approach to controls is to keep them few, clear and evidenced. Before the owner's SOX-readiness program at Kessler, we had plenty of informal checks but no evidence, so on paper there were no controls. I wrote a risk and control matrix covering order-to-cash, procure-to-pay and inventory and identified 34 key controls. Then I made each one testable: who performs it, how often, what the evidence is and what the reviewer looks for. For example, manual journal entries over $10,000 need an approver other than the preparer, and the approval is captured in SAP workflow rather than by a signature on a printout. I tested them the way an auditor would, with samples based on frequency. We found three deficiencies, mostly missing evidence of review, and fixed them before internal audit came in.",
      ],
      vague: [
        "Internal controls are essential to protect the company's assets and make sure the financial statements are reliable. I always follow the controls in place and I believe in segregation of duties and proper approvals.",
        "I have worked with internal controls in all my roles. It's important to have a strong control environment, to document processes and to make sure people understand why the controls matter and not just follow them blindly.",
      ],
    },
    {
      name: "Excel",
      match: [
        "excel",
        "spreadsheet",
        "spreadsheets",
        "formulas",
        "pivot tables",
        "xlookup",
        "power query",
        "financial model",
      ],
      strong: [
        "I use Excel every day, but I try to build things that someone else can audit. A typical model of mine has separate tabs for raw data, calculations and output, no hard-coded numbers inside formulas, and a check row that must show zero before anything goes out. At Kessler the consolidation used to mean copying trial balances from SAP into a workbook by hand. I rebuilt it with Power Query: each entity's trial balance export lands in a folder, Power Query appends and maps them to the group chart of accounts, and the elimination entries are driven by SUMIFS on the intercompany accounts. What used to take most of a day now refreshes in a few minutes, and because the mapping is a table rather than buried formulas, the auditors could test it directly.",
        "The Excel work I'm proudest of is the variance bridge at Alder & Finch. I pulled production order data from SAP, about 40,000 lines a quarter, and used pivot tables and XLOOKUP against the standard cost file to split the cost variances by product, by line and by cause. Then I built a waterfall chart from budget margin to actual margin that a plant manager could read without being an accountant. It showed that a $1.2 million gap came mostly from resin price and scrap. I've also built driver-based forecast models, ASC 842 lease schedules, and a fixed asset roll-forward. I'd say I'm at the level where I use INDEX and MATCH, SUMIFS, dynamic arrays and Power Query fluently, and where I know when something should move out of Excel into the ERP or Power BI.",
      ],
      vague: [
        "I'm very strong in Excel. I use it every day for reconciliations, analysis and reports, and I'm comfortable with formulas, pivot tables and lookups. I always try to make my spreadsheets clear and easy to follow.",
        "Excel is probably the most important tool for an accountant. I'm an advanced user and I enjoy finding ways to make my work more efficient with formulas and templates.",
      ],
    },
    {
      name: "SAP S/4HANA",
      match: [
        "sap",
        "s/4hana",
        "erp",
        "netsuite",
        "fi/co",
        "accounting system",
        "system implementation",
        "migration",
      ],
      strong: [
        "I've used SAP S/4HANA at Kessler for six years, mainly FI and CO. In a normal close I run the GR/IR maintenance with MR11, settle production orders and review variances with KKS2 and the order reports, run the cost center assessments, and do my flux work from FAGLL03 and KSB1 line items. I'm also the person who owns the annual standard cost roll on the finance side: engineering updates the bills of material and routings, I load the new purchase prices and activity rates, we run the cost estimates with CK11N and the costing run, review the revaluation impact on inventory, and release with CK24. Last year the release revalued inventory up by about $1.1 million, so I prepared that analysis for the CFO before we released. I'm not an SAP configurator, but I can work closely with one and describe exactly what finance needs.",
        "Besides SAP, I know NetSuite well from Ridgeway Tool & Die, where I supported the move from QuickBooks. I mapped the old chart of accounts to the new one, which we took from about 300 accounts down to around 120 with departments and classes doing the work that extra accounts used to do. I loaded opening balances, reconciled the converted trial balance and open AR and AP back to QuickBooks to the cent, and rebuilt our standard reports as saved searches. What I learned from that project is that the data mapping and the testing are where projects fail, not the software. So whichever system Brennan uses, my first questions are how the chart of accounts and cost centers are structured and where people still work around the system in spreadsheets.",
      ],
      vague: [
        "I have experience with several ERP systems including SAP and NetSuite, and I pick up new systems quickly. I think an ERP is only as good as the data in it, so I always try to make sure things are entered correctly.",
        "I'm comfortable working in SAP for my day-to-day accounting tasks like journal entries and reports. I like learning new functions and I think it's important to use the system fully instead of relying on manual work.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Manufacturing and standard cost accounting",
      match: [
        "manufacturing",
        "standard cost",
        "standard costing",
        "inventory valuation",
        "cost of goods sold",
        "cogs",
        "work in progress",
        "bill of materials",
        "cost roll",
      ],
      strong: [
        "All of my industry experience has been in manufacturing: a tool and die shop, a packaging plant and now a drivetrain manufacturer with plants in Ohio and Mexico. At Kessler we run standard costing in SAP. Every year I coordinate the cost roll: engineering updates bills of material and routings, purchasing gives me the new material prices, and I calculate labor and overhead rates from the budgeted volumes and cost center budgets. Before release I show the CFO the inventory revaluation and the change in product margins, because a new standard can make a product look more or less profitable overnight. At month end I make sure work in progress is valued correctly, production orders are settled, and the variances land in cost of goods sold by category so operations can act on them.",
        "The thing I've learned in manufacturing is that inventory is where most of the risk in the balance sheet sits. At Ridgeway Tool & Die I reconciled the quarterly physical counts to the perpetual records and booked the book-to-physical adjustments, and at the start they were large, often $50,000 to $70,000 a quarter. I walked the floor with the shop supervisor and found that scrapped parts weren't being reported, so the system thought they were still in work in progress. We added a simple scrap ticket at each machine and the adjustments dropped to a few thousand dollars. At Kessler the same lesson shows up in the excess and obsolete reserve and the overhead absorption: you can't account for a plant properly from behind a desk, you have to understand how material flows through it.",
      ],
      vague: [
        "I have several years of experience in manufacturing accounting, so I understand inventory, cost of goods sold and standard costing. I enjoy the manufacturing environment because it's very dynamic and there's always something to improve.",
        "Manufacturing accounting is more complex than other industries because of inventory and costing. I always try to work closely with operations to understand the processes and make sure the costs are accurate.",
      ],
    },
    {
      name: "External audits",
      match: [
        "external audit",
        "auditors",
        "year-end audit",
        "pbc",
        "audit findings",
        "management letter",
        "audit fieldwork",
        "audit process",
      ],
      strong: [
        "I started my career as an audit associate at Hollis, Beck & Company, so I know what it's like on the other side of the PBC list, and I run audits with that in mind. At Kessler I own the whole year-end audit. In October I agree the timeline and the request list with the audit senior, and we discuss the judgmental areas early, like the inventory reserve and warranty accrual methodology, so there are no surprises in February. I keep an audit binder with every reconciliation, roll-forward and memo indexed to the request list, and I review everything before it goes out. During fieldwork we have a short status call twice a week with an open items tracker. In my first audit there, the 2020 audit, they proposed seven adjustments. By 2023 we had none, and we've stayed there; that was mostly from fixing root causes during the year.",
        "When an auditor raises a finding, I treat it as free consulting. At Alder & Finch the group auditors' management letter had a point that our accrued liabilities weren't supported by a detailed listing, so at year end they had to do extra testing. I agreed with the controller that I would own it. I built a monthly accrual schedule with the vendor, the basis, the supporting document and an expected reversal date for every line, and we reviewed it as part of the close. At the next year end the auditors tested it, sampled twenty-five items, found no exceptions and removed the point from the letter. I think the key with auditors is to be transparent, answer what they actually asked, and never let them discover a problem we already knew about.",
      ],
      vague: [
        "I have worked with external auditors many times. I think it's important to be organized, prepare everything in advance and have a good relationship with the auditors so the audit goes smoothly.",
        "Audits can be stressful, but I always try to be transparent and cooperative. It's important to respond to requests quickly and to learn from any findings so the next audit is better.",
      ],
    },
    {
      name: "Budgeting and forecasting",
      match: [
        "budget",
        "budgeting",
        "forecast",
        "forecasting",
        "rolling forecast",
        "reforecast",
        "annual plan",
        "planning cycle",
      ],
      strong: [
        "At Kessler I co-own the annual budget with our FP&A analyst. We build it from drivers, not from last year plus a percentage. Sales gives us volumes by product family and customer program, and from that I work with each plant manager on labor hours, shifts and headcount using the standard routings, then material cost from the bill of materials and purchasing's price assumptions, and finally overhead by cost center. The plant managers own their numbers, so I meet each of them twice during the cycle rather than sending a template and waiting. During the year we reforecast each quarter: I update volumes and the actual run-rates and show the change versus budget as a bridge. For 2025 our full-year EBITDA came in within 3 percent of the third-quarter forecast, which the CFO and the owners cared about more than the budget itself.",
        "For me the budget is a conversation tool. At Kessler the Springfield plant manager was sure he needed two extra operators for 2026. Instead of arguing, I took his volume plan, ran it through the routings and the historic efficiency of the line, about 86 percent, and showed him that the hours supported one operator plus some planned overtime in the third quarter, when their peak came. He agreed to that, with a trigger that if orders came in above the forecast we'd revisit it in the quarterly reforecast. Which we did in July, and we added the second operator then. That approach, building the numbers from operations' own data and agreeing in advance what would change the plan, has worked better for me than top-down targets.",
      ],
      vague: [
        "I have experience with budgeting and forecasting. I think it's important to involve the business, use realistic assumptions and update the forecast regularly so management has the best information for decisions.",
        "Budgeting is a very important part of the finance role. I always try to be accurate and to challenge the assumptions, and I like working with different departments during the budget process.",
      ],
    },
    {
      name: "Explaining results to non-finance stakeholders",
      match: [
        "non-finance",
        "non-financial",
        "plant managers",
        "explain",
        "present",
        "communicate",
        "business partner",
        "operations team",
      ],
      strong: [
        "Every month at Kessler I meet each plant manager for half an hour to go through their results. I gave up on sending them the full P&L; they got lost in it. Instead I built a one-page summary with five numbers they control: output, labor efficiency, scrap, overtime and overhead spending, each against budget, and I translate dollars into their language. If scrap is $60,000 over budget, I say it's about 1,400 housings thrown away, mostly on line 3 in the second week. That gets a very different reaction from a plant manager than a cost center code. I also ask what they expect next month, which improves my forecast. Over time the Dayton plant manager started asking me for the scrap data weekly, which for me is the sign it worked.",
        "My rule is to start with the answer, then give the reason, and only then the detail if someone asks for it. At Alder & Finch I had to explain to the US general manager, an engineer by background, why his plant was $1.2 million below budget on margin when sales volume was on target. Instead of showing him the standard cost variances, I drew a simple waterfall from budgeted margin to actual: resin price here, scrap on the new thermoforming line there, a little product mix. Then I showed what each bar meant in pounds of resin and in hours of downtime. He immediately understood that one part was a purchasing issue and the other a line setup issue. It changed how he ran his monthly operations meeting, and we started presenting the bridge there every month.",
      ],
      vague: [
        "I think it's very important for accountants to be able to explain the numbers in simple terms. I always try to avoid jargon, focus on what matters to the audience and be open to questions.",
        "Communication is one of my strengths. I enjoy working with people outside finance and I try to make the financial information understandable and useful for them so they can make better decisions.",
      ],
    },
    {
      name: "Professional qualification (CPA)",
      match: [
        "cpa",
        "cma",
        "acca",
        "qualification",
        "certification",
        "license",
        "continuing education",
        "cpe",
      ],
      strong: [
        "I'm a licensed CPA in Ohio since 2015. I passed the four sections while I was working full time as a staff accountant at Ridgeway Tool & Die, which meant studying early mornings and weekends for about eighteen months, and I passed FAR and Audit on the first attempt and Regulation on the second. The audit experience at Hollis, Beck & Company counted toward my license requirement. Since then I keep up my continuing education, 120 hours every three years including ethics, and I try to choose courses I can use at work rather than the easiest hours. For example, in 2021 I took a full course on ASC 842 before we adopted it at Kessler, and in 2022 one on SOX control testing, which I applied directly in our readiness program.",
        "For me the CPA matters less as a title than for the way it trained me to think. Having done the exams and the audit work, I read a standard and look for the principle, and I know what evidence an auditor needs for a judgement. It's been useful in very practical ways. When our sales team at Kessler wanted to recognize revenue on a bill-and-hold arrangement at quarter end, I could walk through the ASC 606 criteria with them and with our auditors with confidence. I keep current with my CPE hours, I read the FASB updates that affect manufacturers, and I'm considering the CMA as well, because the cost and management accounting side is where I spend more and more of my time.",
      ],
      vague: [
        "I have my CPA and I'm very proud of it. It shows my commitment to the profession and I always try to stay current with continuing education and changes in the standards.",
        "Professional qualifications are important in accounting because they give credibility and a strong technical base. I'm committed to lifelong learning and I keep developing my knowledge.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Reducing the close from 9 to 5 working days",
      claim:
        "Reduced the month-end close from 9 to 5 working days by introducing a close calendar with pre-close accruals and automating intercompany eliminations in SAP S/4HANA",
      match: [
        "9 to 5",
        "from 9 to 5",
        "9 to 5 working days",
        "working days",
        "five working days",
        "nine working days",
        "faster close",
        "shorten the close",
        "intercompany eliminations",
        "automating intercompany",
      ],
      strong: [
        "Yes, that was my first big project at Kessler. When I arrived in late 2020 the close took nine working days. I spent the first two closes just watching and writing down every task and who waited for what. Two things stood out: accruals weren't started until after period end, and intercompany with the Monterrey plant took two full days because both sides matched invoices by hand and then argued about differences. So I did two things. I built a close calendar that starts on WD-2, with accruals for freight, utilities, payroll and the inventory reserve prepared before period end from open purchase orders and run rates, and trued up afterwards. And I worked with our SAP consultant to automate the intercompany eliminations, so that once both entities post against the same trading partner they eliminate automatically. By the spring of 2021 we closed in five working days, and we have kept it there.",
        "The reduction from nine to five days came from sequencing more than from speed. I listed all 140 or so close tasks in a tracker, gave each a day and an owner, and then looked for tasks that were waiting for something that didn't need to be waited for. Accruals were the biggest one: we used to wait for invoices, so I moved them to pre-close and estimated them from purchase orders and receipts, which the auditors were comfortable with as long as we trued them up and tracked accuracy. The other one was intercompany: eliminations were manual journal entries prepared after both sides were reconciled. I worked with our SAP consultant to configure automatic eliminations in S/4HANA based on the trading partner field, and trained the Monterrey team to populate it every time. That alone took a day and a half out of the close.",
      ],
      vague: [
        "Yes, I was able to reduce the close by making the process more efficient. I looked at what we were doing, found improvements, and worked with the team so everyone was aligned. It was a great team effort.",
        "I improved the close by introducing better planning and some automation in the system. It's important to look at the whole process and remove bottlenecks, and the team really embraced the changes.",
      ],
      contradicting: [
        "Yes, at Kessler we brought the close down from about twelve working days to eight. I built the close calendar and moved some accruals into pre-close, and our SAP consultant set up automatic intercompany eliminations. We're still working on getting it below eight, but it was a big improvement compared to when I started.",
        "That project was really led by our controller at Kessler. She designed the close calendar and worked with the SAP consultant on automating the intercompany eliminations. My part was preparing the accruals earlier, on WD-2 instead of after period end, and keeping the tracker up to date. Together we got from nine days to five.",
      ],
    },
    {
      name: "2023 audit with zero adjustments",
      claim:
        "Led the 2023 year-end audit to zero audit adjustments, down from 7 proposed adjustments in the 2020 audit",
      match: [
        "zero audit adjustments",
        "audit adjustments",
        "proposed adjustments",
        "2023 audit",
        "2020 audit",
        "clean audit",
        "no adjustments",
      ],
      strong: [
        "The 2020 audit was my first at Kessler, and the auditors proposed seven adjustments. I didn't want to treat them as bad luck, so I grouped them by root cause. Two were cut-off: shipments invoiced in December but still on our dock. Two were the excess and obsolete inventory reserve, because our methodology was a flat percentage the auditors couldn't tie to data. One was an unrecorded liability found in January invoices, one was a bonus accrual, and one was a fixed asset that should have been expensed. I fixed each at the source: a bill of lading cut-off check with the warehouse, a data-driven reserve based on months of supply, a search for unrecorded liabilities as part of our own close, and a capitalization policy with a $5,000 threshold. We had three adjustments in 2021, one in 2022 and none in 2023, and we've stayed at zero since.",
        "Getting to zero adjustments in the 2023 audit was mostly about agreeing the hard judgements before the auditors arrived. In September I sent the audit senior our memos on the inventory reserve, the warranty accrual and the new lease for the Monterrey building, and we discussed them at the interim visit, so by year end there was nothing to debate. I also did a hard close at the end of November, with full reconciliations and a flux review, which meant December was only one month of activity to explain. And I reviewed every PBC item myself before it went out, checking that each schedule tied to the trial balance. Compared with the 2020 audit, which had seven proposed adjustments, the auditors told us fieldwork was two days shorter too.",
      ],
      vague: [
        "I'm proud of the audit results. We worked very hard as a team to prepare well and fix the issues from previous years, and having a good relationship with the auditors really helped us get a clean result.",
        "Over the years we improved our processes a lot, so the audits got better and better. It's important to learn from each audit and make sure the same issues don't come back.",
      ],
      contradicting: [
        "When I started at Kessler, the 2020 audit had twelve proposed adjustments, mostly around inventory. By fixing cut-off and rebuilding the obsolescence reserve we got down to three adjustments in the 2023 audit, which the auditors said was a big improvement for a company our size.",
        "Our controller led the audit relationship at Kessler; she met with the partner and handled the judgmental areas. I supported her by preparing the PBC schedules and the reconciliations. In 2023 the audit had no adjustments, compared with seven in 2020, so it was a good result for the whole team.",
      ],
    },
    {
      name: "Documenting and testing 34 key controls",
      claim:
        "Documented and tested 34 key controls across the order-to-cash, procure-to-pay and inventory cycles for the owner's SOX-readiness program",
      match: [
        "34 key controls",
        "key controls",
        "sox",
        "sox-readiness",
        "risk and control matrix",
        "documented and tested",
        "order-to-cash",
        "procure-to-pay",
      ],
      strong: [
        "In 2022 Kessler's private-equity owner asked us to become SOX-ready, because an eventual sale to a listed buyer was likely. I led it on the finance side. I started with a risk assessment of the significant accounts and processes, then wrote process narratives for order-to-cash, procure-to-pay and inventory and a risk and control matrix. From about sixty existing checks we picked 34 key controls, the ones that actually address a risk of material misstatement, for example three-way match, vendor master change review, credit limit approval, revenue cut-off review, cycle count review and manual journal entry approval. Then I tested design with walkthroughs and operating effectiveness with samples: one for annual controls, two for quarterly, up to twenty-five for daily ones. We found three deficiencies, mainly missing evidence of review, remediated them within the quarter, and the owner's internal audit team retested with no exceptions.",
        "The work on the 34 key controls at Kessler taught me that a control without evidence doesn't exist for an auditor. When I tested the cycle count review in the inventory cycle, the warehouse supervisor was clearly reviewing the counts every week, but there was nothing to show it. So for each key control I defined the evidence in advance: a signed report, an approval in SAP workflow, or a ticket. For order-to-cash I paid special attention to the credit memo approval, because that was where a sales rep could quietly give away margin. Testing took me about six weeks alongside the close, with a staff accountant helping on sample selection. Three controls failed on first test and we fixed them. Since then we retest every year, and the controls have become part of how we work rather than a project.",
      ],
      vague: [
        "I did a lot of work on internal controls for the SOX-readiness project. I documented the processes and tested the controls, and it was a great learning experience that made our control environment much stronger.",
        "SOX readiness is about making sure the key processes have good controls and that they are documented. I worked with different teams to put that in place, and it was a real team effort.",
      ],
      contradicting: [
        "For the SOX-readiness program at Kessler we documented around 80 key controls, because the owner wanted everything covered, including IT general controls. I did the documentation for order-to-cash and tested those myself; the other cycles were split among the team.",
        "The SOX-readiness work at Kessler was done mostly by an external consulting firm the owner hired. They wrote the narratives and the risk and control matrix and tested the 34 key controls. My role was to answer their questions about our processes and to review the final report with the CFO.",
      ],
    },
    {
      name: "Variance bridge explaining a $1.2M margin shortfall",
      claim:
        "Built a standard-cost variance bridge in Excel that traced a $1.2M gross margin shortfall to resin purchase price and scrap variances, which led to a renegotiated supplier contract",
      match: [
        "$1.2m",
        "1.2 million",
        "variance bridge",
        "gross margin shortfall",
        "resin",
        "purchase price variance",
        "scrap",
        "supplier contract",
      ],
      strong: [
        "This was at Alder & Finch in 2019. At the half year, the Cincinnati plant's gross margin was $1.2 million below budget, and everyone had a different theory. I pulled the production order variances out of SAP for six months, matched them to the standard cost file with XLOOKUP, and built a bridge from budgeted to actual margin: volume, mix, price, then purchase price variance, material usage, labor and overhead. About $700,000 was purchase price variance on polypropylene resin. Our contract was priced at a fixed premium over the supplier's list price, while the market index had fallen, so we were paying well above market. About $380,000 was scrap on the new thermoforming line during start-up. The rest was mix. I took it to the general manager and procurement, and procurement renegotiated the resin contract to index-linked pricing, which saved roughly $400,000 a year.",
        "I built that bridge because the monthly P&L only showed a single cost of goods sold line and nobody could say why margin was $1.2 million below plan. In Excel I split the standard-cost variances by product family and by cause, purchase price, usage, labor and overhead, and laid them out as a waterfall so a non-accountant could read it. Two bars dominated. Resin purchase price, because our supply contract didn't follow the market index down, and scrap on the new thermoforming line, which was running at about 9 percent against a standard of 4. I gave procurement the price data by month compared with the published polypropylene index, and that was the basis of the renegotiation with the supplier. Operations took the scrap numbers and fixed the tooling on the line. Both bars shrank over the next two quarters.",
      ],
      vague: [
        "I did a detailed analysis of our margin and found out where the problems were. I presented it to management and it helped them take action with our suppliers, which had a positive impact on the results.",
        "That was a good example of how analysis can help the business. I looked into the variances in detail and explained them clearly, and the company was able to make improvements as a result.",
      ],
      contradicting: [
        "At Alder & Finch we had a gross margin shortfall of about $2.5 million, and I built a variance bridge in Excel to explain it. Most of it was labor overtime and freight, and a smaller part was resin prices. The outcome was that we changed our freight carrier and cut overtime on the weekend shifts.",
        "Our FP&A manager at Alder & Finch built the variance bridge that explained the $1.2 million margin gap. I helped by extracting the production order data from SAP and checking the standard costs. Once she presented it, procurement renegotiated the resin contract.",
      ],
    },
    {
      name: "Cleaning up unreconciled balance sheet differences",
      claim:
        "Cut unreconciled balance sheet differences from $310K to under $15K within two quarters by rebuilding the reconciliation workpapers and review sign-off",
      match: [
        "$310k",
        "310,000",
        "$15k",
        "unreconciled",
        "unreconciled differences",
        "reconciliation workpapers",
        "review sign-off",
        "clean up",
      ],
      strong: [
        "When I joined Alder & Finch in May 2017, many reconciliations had an 'unreconciled difference' line that was just rolled forward every month. Added up in absolute terms, it was about $310,000 across the balance sheet. I started with the highest-risk accounts: GR/IR, accrued liabilities, customer rebates and the intercompany account with the UK parent. For each one I rebuilt the reconciliation from a known good point, usually the last audited balance, and traced the movements forward. Most differences turned out to be old postings to the wrong account and rebate accruals that had never been released. I corrected what could be corrected and got the controller's written approval for a small number of write-offs. I also introduced a standard template with preparer and reviewer sign-off dates. By the end of the fourth quarter the total was under $15,000, all explained and dated.",
        "The cleanup itself took two quarters, but the part I'm proudest of is that it stayed clean. The reason the differences at Alder & Finch had grown to $310,000 was that reconciliations were prepared but nobody really reviewed them, so a difference could sit for a year. Alongside rebuilding the workpapers, I changed the review process: every reconciliation had a reviewer who signed and dated it within five days of close, any unexplained difference above $1,000 had to be investigated in the same month, and I reported the status of all reconciliations to the controller each month in a simple tracker, green, amber or red. Once people knew someone would look, the quality went up fast. We were under $15,000 by year end, and the group auditors commented on the improvement in their next visit.",
      ],
      vague: [
        "When I joined, the reconciliations needed a lot of work, so I cleaned them up. I went through the accounts one by one and fixed the differences, and I made sure the process was better documented afterwards.",
        "I think reconciliations are the foundation of good accounting. I took ownership of the problem, worked hard on it and improved the quality of the balance sheet significantly.",
      ],
      contradicting: [
        "At Alder & Finch the unreconciled differences were about $1.5 million when I started, mostly in intercompany. I rebuilt the reconciliations and after about a year we were down to around $100,000, which the controller was happy with.",
        "That cleanup was a team project at Alder & Finch. The controller hired a temporary consultant who rebuilt most of the reconciliation workpapers; I took over the accrual accounts and did the review sign-off once the new templates were in place. Together we went from $310,000 to under $15,000.",
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
        "At Kessler I disagreed with our FP&A manager about a volume rebate for our largest customer. The contract gave the customer a rebate of up to 3 percent if they reached certain annual volumes. She wanted to book it at year end once we knew the tier, because accruing monthly would hurt the margins she reported. I thought ASC 606 required us to estimate it as variable consideration and reduce revenue as we went. Instead of escalating straight away, I asked her to sit down with me and the contract. We looked at the customer's order forecast together, agreed the most likely tier was 2 percent, and I showed her that if we waited, the fourth quarter would take a hit of about $540,000 that would be much harder to explain. She agreed, and we took it to the CFO as a joint proposal. We still work very well together.",
        "When I disagree with someone, I try to separate the facts from the positions. At Alder & Finch another senior accountant and I clashed over who owned the intercompany reconciliation with the UK parent; each of us thought the other should do it, and it was slipping. It was getting tense in the close meetings. I asked her for a coffee and we listed what each of us actually did on that account. It turned out she had all the UK contacts and I had the US subledger knowledge, so we split it: she owned the matching with the UK, I owned the US side and the final reconciliation. We wrote it into the close checklist so it wasn't personal. The account was reconciled on time every month after that, and I learned that a lot of conflicts are really unclear ownership.",
      ],
      vague: [
        "I try to avoid conflict, but when it happens I think it's important to listen to the other person, stay calm and professional, and focus on finding a solution that works for everyone.",
        "Disagreements are normal in any team. I always try to understand the other point of view and communicate openly, and usually we find a compromise that is good for the company.",
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
        "misstatement",
        "setback",
      ],
      strong: [
        "At Alder & Finch I once booked a freight accrual of about $68,000 and forgot to set it to reverse. The next month the real invoices came in and the expense was counted twice. I didn't catch it; the group reporting team in the UK did, when they asked why US freight had jumped 40 percent. It was embarrassing because it went into the group pack. I owned it straight away, explained it to my controller and the UK team, and corrected it in the following month with a clear note. Then I fixed the cause rather than just promising to be careful: I created a recurring accrual template in the ERP with the reversal flag defaulted on, and I added a check to my flux review that compares each accrual account with its reversal in the next period. I haven't repeated that mistake, and the check has caught other people's since.",
        "A failure I think about is our first attempt at a rolling forecast at Kessler. I designed a detailed monthly model with every cost center and expected the plant managers to update it each month. After three months, two of them had stopped, and the forecast was a mix of current and stale numbers, which was worse than no forecast. I had designed it for finance, not for them. I went back to the plant managers, asked what they could realistically update in twenty minutes, and rebuilt it around five drivers each: volume, headcount, overtime hours, scrap rate and major spending. Finance calculates everything else. Participation went to 100 percent and the quarterly forecast accuracy improved. What I learned is to design a process for the people who have to use it, and to test it with them before rolling it out.",
      ],
      vague: [
        "Everyone makes mistakes. When it happens to me, I take responsibility, correct it as quickly as possible and learn from it so it doesn't happen again. I think being honest is the most important thing.",
        "I'm a perfectionist, so I don't make many mistakes, but when I do I always try to see it as a learning opportunity and improve my processes.",
      ],
    },
    {
      name: "Prioritizing under pressure and deadlines",
      match: [
        "pressure",
        "deadline",
        "deadlines",
        "prioritize",
        "priorities",
        "competing",
        "workload",
        "tight timeline",
      ],
      strong: [
        "In February 2022 at Kessler three things landed in the same week: the January close, the year-end audit fieldwork and the quarterly covenant compliance certificate for our bank, which was due on a fixed date. I ranked them by consequence. The covenant certificate came first, because missing it was a technical default under our credit agreement, so I prepared that myself on the first two days. The close came second, because the audit relied on the December numbers and not on January; I asked a senior staff accountant to run the close checklist and I reviewed only the consolidation and flux. For the audit, I called the audit senior, explained the situation and agreed to move the inventory testing by two days, which cost them nothing. Everything was delivered on time, and nobody worked past eight in the evening. The lesson for me was to negotiate deadlines early rather than heroically meet all of them.",
        "My approach is to sort by what has a hard external deadline, what blocks other people, and what only feels urgent. External deadlines like lender reporting, tax filings and the group reporting pack are fixed, so they come first. Next is anything on the critical path where my delay stops someone else, for example reviewing the intercompany reconciliation before the consolidation. Everything else gets a realistic date that I communicate. At Alder & Finch, during one close the UK parent moved the reporting deadline forward by two days because of a board meeting. I went through the close checklist with the controller and we agreed to book a few immaterial accruals as estimates and true them up the next month, which we disclosed to the UK team. We met the new deadline and the estimates were within $3,000.",
      ],
      vague: [
        "I work well under pressure. When there are many deadlines, I make a list, prioritize the most important tasks and stay focused. I also think it's important to communicate with my manager if something might be late.",
        "In accounting there are always deadlines, especially at month end and during the audit. I stay organised, manage my time well and try to stay calm, and I'm always willing to put in the extra effort.",
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
        "coaching",
        "improve",
      ],
      strong: [
        "The most useful feedback I've had came from the CFO at Kessler in my first year. He told me that my monthly commentary was accurate but unreadable: two pages of accounting language, and he had to find the message himself. It stung a bit, because I'd worked hard on it. I asked him to mark up one month's commentary with what he actually needed, and then I rewrote the format: three headlines at the top, each with the impact in dollars and what we were doing about it, and the detail in an appendix. He now forwards it to the owners almost unchanged. I try to give feedback the same way: specific and soon. When a staff accountant's reconciliations had recurring unexplained items, I sat down with her with two real examples, showed what a complete one looked like, and checked the next three with her. Within two months I rarely had comments.",
        "I give feedback on work continuously rather than saving it for reviews. When I review a reconciliation or a journal entry at Kessler, I write the comment in BlackLine with the reason, not just 'please fix', so the preparer learns the principle. For bigger things I use a simple structure: what I saw, why it matters, what I'd like instead. For example, one of our AP specialists was releasing payments without checking the vendor bank change log. I explained that this was exactly how payment fraud happens and showed her the phishing email we had caught earlier that year. She understood immediately, and she later caught a suspicious change herself. For receiving feedback, I ask for it directly after big pieces of work, like the audit, and I write down one thing to change next time.",
      ],
      vague: [
        "I'm always open to feedback because it helps me grow. When I give feedback, I try to be constructive and respectful, focusing on the work and not the person.",
        "Feedback is very important for development. I appreciate honest feedback from my managers, and I try to give regular positive and constructive feedback to my team.",
      ],
    },
    {
      name: "Teamwork and team leadership",
      match: [
        "teamwork",
        "team",
        "leadership",
        "lead a team",
        "manage people",
        "collaborate",
        "delegate",
        "develop your team",
      ],
      strong: [
        "At Kessler I supervise three staff accountants and two accounts payable specialists. When I took over, the close depended on specific people: if one staff accountant was on vacation, the fixed asset and lease entries just waited. I cross-trained the team so every close task has a primary and a backup owner, and we rotate some tasks each quarter. I have a thirty-minute one-to-one with each person every two weeks, where we talk about their work and what they want to learn. One of the staff accountants wanted to move toward FP&A, so I gave her the monthly plant summaries to prepare with me; she was promoted to senior accountant last year. My style is to be clear on standards and deadlines but leave people room in how they get there, and to review work in a way that teaches rather than corrects.",
        "Good teamwork in finance for me means nobody's part is a black box. At Alder & Finch the close was split between three accountants who each finished their own pieces and sent them to the controller. Problems only appeared when the pieces met. I suggested a short close meeting on day two and day four, where each of us said what was done, what was blocked and what looked unusual. It sounds simple, but it was the first time the person booking accruals heard that the inventory accountant had seen an unusual receipt. That kind of sharing caught issues earlier and made the close calmer. I also try to be the person who helps when my own tasks are done; in the week of the group deadline I often took over the fixed asset roll-forward so a colleague could finish the intercompany.",
      ],
      vague: [
        "I'm a team player and I enjoy working with others. I believe in supporting my colleagues, sharing knowledge and creating a positive environment where everyone can do their best work.",
        "As a leader I try to lead by example, be approachable and help my team develop. I think trust and good communication are the keys to a successful team.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "learn quickly",
        "new system",
        "new standard",
        "unfamiliar",
        "pick up",
        "get up to speed",
      ],
      strong: [
        "When I joined Alder & Finch I had only ever worked under US GAAP, and the first IFRS reporting package for the UK parent was due five weeks after my start date. I got the previous year's package and the group accounting manual, and worked backwards: for each adjustment between our US GAAP books and IFRS, I found the standard behind it, mainly IAS 17 on leases at the time and IAS 2 on inventory, and wrote a one-page note for myself. I also asked the group reporting manager in the UK for an hour on a call, where I went through my list of questions rather than asking her to explain everything. The first package went in on time with two review comments, both about presentation. By the third month I was answering questions from the other US accountant about IFRS.",
        "At Kessler I taught myself Power Query to fix our consolidation, which was a manual copy and paste of trial balances from SAP into Excel. I didn't take a course; I picked one real problem and learned only what I needed for it. I spent a couple of evenings with Microsoft's documentation and a few tutorials, then built a first version that loaded the trial balance exports from a folder and mapped them to the group chart of accounts. Then I added the intercompany matching. It took me about three weeks in total, alongside the normal close, and the consolidation went from most of a day to a few minutes of refresh and review. I find I learn fastest when I have a concrete problem and a deadline, and I write down what I learned so someone else can maintain it.",
      ],
      vague: [
        "I'm a fast learner. When I need to learn something new, I read about it, ask questions and practice until I'm comfortable. I enjoy learning new things and I think it's important to keep growing.",
        "I adapt quickly to new systems and processes. I'm curious by nature, and I'm not afraid to ask for help when I need it, so I usually get up to speed very fast.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "motivation",
        "why this role",
        "why do you want",
        "interested in",
        "brennan",
        "why us",
        "next step",
        "career goals",
      ],
      strong: [
        "I've been the assistant controller at Kessler for six years, and I've done most of what your posting describes: a multi-entity close in SAP S/4HANA, a foreign subsidiary, the audit, the controls and the plant-level variance work. What I haven't had is full ownership, with the controller title, the team and the direct relationship with the CFO. Brennan's setup is very close to what I know, three plants and a foreign subsidiary, in your case in Ontario, so I can contribute from the first close rather than learning the industry. I also like that you make engineered products with real standard-cost complexity; that's where I think a controller adds most value. And honestly the line in your posting about fixing root causes instead of booking the same adjustment every month is exactly how I work.",
        "Two things draw me to this role. First, the scope: owning the close, the audit, the controls and the budget together. At Kessler these are split between me and the controller, and I've seen how much better decisions get when one person connects them. For example, the audit findings we fixed there came from the close process, and the close process depended on the controls. Second, the manufacturing side. I enjoy working with plant managers, walking the floor, and turning scrap and absorption numbers into something they act on. Brennan is a size where the controller still does that personally. In five years I'd like to be the person a CFO relies on completely for the numbers, and possibly move toward a CFO role myself, and this is the right next step for that.",
      ],
      vague: [
        "I'm looking for a new challenge and I think this role is a great opportunity to grow my career. Your company has a great reputation and I really like the values and the culture.",
        "I'm passionate about accounting and I want to take the next step in my career. This position matches my experience and I believe I could add a lot of value to your team.",
      ],
    },
    {
      name: "Handling a difficult stakeholder",
      match: [
        "difficult stakeholder",
        "difficult customer",
        "stakeholder",
        "push back",
        "pushback",
        "demanding",
        "frustrated",
        "difficult person",
      ],
      strong: [
        "At the end of the third quarter in 2022, our VP of Sales at Kessler wanted to recognize revenue on about $900,000 of gearboxes that a customer had asked us to hold in our warehouse. He was under pressure on his quarter and was quite forceful about it. I didn't want to just say no, so I walked him through the ASC 606 bill-and-hold criteria: there has to be a substantive reason for the arrangement, usually the customer's written request, the goods must be identified separately as the customer's, ready for shipment and not usable for other orders. We went through the orders together. For about $520,000 the customer had asked in writing and the units were finished and tagged, so with a signed request and physical segregation, it qualified. The rest didn't. He wasn't thrilled, but he understood the rules, and the auditors accepted our position without comment.",
        "A difficult stakeholder for me was the Springfield plant manager at Kessler when I rebuilt the excess and obsolete reserve. The new method increased his plant's reserve by about $250,000 and he felt finance was making his plant look bad for parts that he said would be used eventually. I asked him to show me which parts, and we went through the list together. For some he was right: they were service parts with real, infrequent demand, so we created a flag for engineering to exempt them with a documented reason. For most, though, there had been no usage in two years. We agreed on the final reserve together, about $190,000, and he then started a push to sell or scrap slow-moving stock. The key for me was to take his objections seriously and test them against data, rather than defending my method.",
      ],
      vague: [
        "With difficult stakeholders I try to stay patient and professional. I listen to their concerns, explain my position clearly and try to find a solution that works for both sides.",
        "I think difficult situations usually come from misunderstandings. I try to build good relationships, communicate often and be empathetic, and I stay firm when it comes to accounting rules.",
      ],
    },
  ],
};
