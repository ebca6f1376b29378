import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "hr-business-partner",
  field: "hr",
  job: {
    title: "HR Business Partner, Operations",
    description:
      "Kestrel Fluid Systems designs and manufactures industrial pumps and valves for the water, energy and food processing industries. We employ about 1,600 people across our headquarters and manufacturing plant in Dayton, Ohio, a second plant in Fort Wayne, Indiana, and a distribution center. We are looking for an HR Business Partner to support our Operations organization: around 950 employees, most of them hourly production, maintenance and warehouse staff working three shifts, and their supervisors and managers.\n\nAs HR Business Partner you will be the first point of contact for operations leaders on all people matters. You will handle employee relations cases from intake to resolution, including workplace investigations, and make sure our policies and practices comply with federal and state employment law, including FMLA, ADA, Title VII and wage and hour rules. You will coach supervisors and managers on performance management, documentation and difficult conversations, and support the annual performance and merit cycle.\n\nYou will also work with the plant managers on workforce planning: headcount plans, hiring needs for new lines, shift patterns, retention and succession. We moved to Workday last year, and you will help leaders use it well, from requisitions and compensation changes to dashboards on turnover and absenteeism. Over the next two years we are consolidating assembly into a new lean cell layout in Fort Wayne, and you will lead the people side of that change with the operations team.\n\nThe role reports to the Director of HR, works closely with our HR Service Center, Talent Acquisition and Total Rewards teams, and travels between our Ohio and Indiana sites about 30% of the time. We offer a competitive salary and bonus, medical, dental and vision insurance, a 401(k) match and tuition assistance.",
    seniority: "senior",
    department: "Human Resources",
    location: "Dayton, OH (hybrid, with travel to Fort Wayne, IN)",
    employment_type: "full_time",
    requirements: [
      "5+ years of progressive HR experience, including at least 2 years as an HR business partner or senior generalist supporting operations or manufacturing",
      "Proven experience conducting workplace investigations and documenting findings",
      "Working knowledge of FMLA and ADA leave and accommodation processes",
      "Comfort with HR data: turnover, absenteeism and headcount analysis in Excel or Workday reporting",
      "Experience supporting compensation decisions, including the annual merit cycle and pay equity reviews",
    ],
    skills: [
      "Employee relations",
      "Performance management",
      "Workforce planning",
      "Workday",
      "Employment law compliance",
      "Change management",
      "Coaching managers",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Adaeze Nwosu",
    email: "adaeze.nwosu@example.com",
    phone: "(614) 555-0138",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Brian Kowalski",
    email: "brian.kowalski@example.com",
    phone: "(614) 555-0172",
    pronouns: "he/him",
  },
  cv: `{name}, SHRM-CP
{pronouns} | Columbus, OH | {phone} | {email}

HR BUSINESS PARTNER
HR professional with ten years in manufacturing, logistics and healthcare HR. I partner with
operations leaders on employee relations, performance, workforce planning and change, and I
like turning HR data into decisions a plant manager can act on.

EXPERIENCE

HR Business Partner
Halvorsen Precision Parts, Columbus, OH | January 2021 – Present
Precision machining and assembly; two Ohio plants (Columbus and Marion), three shifts, mostly hourly
- Partner with two plant managers and their leadership teams on employee relations, performance, hiring plans and retention
- Cut first-year turnover at the Marion plant from 48% to 31% in 18 months by redesigning onboarding and adding 30/60/90-day check-ins
- Led the HR workstream of our Workday HCM implementation for 1,100 employees, which went live on the planned date
- Designed and ran a coaching program for 24 first-line supervisors; formal complaints to HR fell by 35% the following year
- Conduct investigations into harassment, discrimination and safety complaints, and advise on FMLA, ADA and discipline

HR Generalist
Brightline Logistics, Grove City, OH | 2017 – 2020
- Supported the company's Ohio distribution centers on employee relations, leave administration, hiring and policy
- Cut average investigation time from 38 to 21 days by introducing an intake template and a case tracker
- Supported the consolidation of two distribution centers, redeploying 85 of 120 affected employees
- Ran new-hire orientation and annual open enrollment for the Ohio sites

HR Coordinator
Summit Ridge Health, Westerville, OH | Aug 2015 – Jun 2017
- Coordinated onboarding, background checks and I-9s for nursing and support staff
- Maintained employee records and produced monthly headcount and turnover reports

HR Assistant
Keller & Moss CPAs, Columbus, OH | 2014 – 2015
- Part-time role supporting payroll processing and benefits enrollment while completing my degree
- Filed personnel records and answered employee questions about benefits and time off

EDUCATION AND CERTIFICATIONS
B.B.A., Human Resource Management, The Ohio State University, 2015
SHRM Certified Professional (SHRM-CP)
Workplace investigations training, AWI Training Institute, 2022
Prosci Change Management Certification

SYSTEMS
Workday HCM (core HR, compensation, absence, reporting), ADP Workforce Now, Excel (pivot tables,
XLOOKUP, Power Query), UKG Kronos timekeeping, Microsoft Teams and SharePoint
`,
  truth: {
    employers: [
      "Halvorsen Precision Parts",
      "Brightline Logistics",
      "Summit Ridge Health",
      "Keller & Moss CPAs",
    ],
    titles: ["HR Business Partner", "HR Generalist", "HR Coordinator", "HR Assistant"],
    claims: [
      "Cut first-year turnover at the Marion plant from 48% to 31% in 18 months by redesigning onboarding and adding 30/60/90-day check-ins",
      "Led the HR workstream of our Workday HCM implementation for 1,100 employees, which went live on the planned date",
      "Designed and ran a coaching program for 24 first-line supervisors; formal complaints to HR fell by 35% the following year",
      "Cut average investigation time from 38 to 21 days by introducing an intake template and a case tracker",
      "Supported the consolidation of two distribution centers, redeploying 85 of 120 affected employees",
    ],
  },
  topics: [
    // ---------------------------------------------------------------- skills
    {
      name: "Employee relations",
      match: [
        "employee relations",
        "employee complaint",
        "er case",
        "grievance",
        "discipline",
        "termination",
        "employee issue",
        "workplace issue",
        "policy violation",
      ],
      strong: [
        "A typical ER case for me at Halvorsen: a second-shift machinist with 14 years' service had a sudden run of attendance occurrences and two heated exchanges with his lead, and his supervisor wanted to terminate him under the attendance policy. Before agreeing, I pulled his history from Workday and UKG Kronos and met him with his supervisor. It came out that his wife had been diagnosed with cancer and he was driving her to treatment. That changed the case: I explained FMLA to him, sent the eligibility notice and certification forms within five business days, and once the leave was certified, several of the absences were covered as intermittent leave. We still addressed the conduct with his lead separately, with a documented verbal warning, because that was a real issue. He stayed, and his attendance was fine after that. The lesson I give supervisors is to ask why before deciding what: a termination there would have been unfair and a real legal risk.",
        "I run employee relations as a case process, not a series of conversations. Every issue that reaches me is logged in our case tracker with the date, the people, the policy involved and the next action, and I acknowledge it within one business day. For discipline I check consistency first: I look at how we've handled similar cases over the last two years, so a manager doesn't give one person a harsher sanction than someone else got for the same thing, which is the first thing a plaintiff's attorney would look for. For terminations I use a short checklist: is there a policy, was it communicated, is the documentation clear, did the employee get a fair chance to improve where that's appropriate, is there any leave or protected activity in the picture, and has counsel reviewed it if the risk is high. Last year I handled about 60 ER cases across our two plants, and no agency charge resulted in a finding against us.",
      ],
      vague: [
        "Employee relations is about building trust and treating everyone fairly. I always listen to both sides, follow our policies and try to resolve issues early before they escalate.",
        "I have handled many employee relations cases. I think the key is to be consistent, document everything and make sure employees feel heard and respected.",
      ],
    },
    {
      name: "Performance management",
      match: [
        "performance management",
        "performance",
        "underperforming",
        "underperformance",
        "pip",
        "performance improvement plan",
        "performance review",
        "calibration",
        "low performer",
        "appraisal",
      ],
      strong: [
        "At Halvorsen I changed how supervisors deal with underperformance, because the usual pattern was that nothing happened for a year and then a manager wanted someone fired with no documentation. Now, when a supervisor raises a concern, we answer three questions together: what is the expected standard, with evidence; what is the gap; and has the employee been clearly told. Usually the answer to the last one is no. So the first step is a documented coaching conversation, then, if needed, a 60-day performance improvement plan with measurable targets, for example a CNC operator's scrap rate under 2% and a first-piece inspection on every job, with weekly check-ins recorded in Workday. I sit in on the first PIP meeting. Last year we put 14 employees on PIPs across the two plants: nine met the plan, three left voluntarily, and two were terminated with clean documentation and no challenges.",
        "For the annual cycle, I support reviews and calibration. At Halvorsen we use Workday for goals and year-end reviews for salaried staff and a simpler form for hourly employees. Before calibration I give each plant manager the rating distribution by supervisor, because one supervisor rating everyone 'exceeds' and another rating everyone 'meets' is unfair to employees when merit increases are tied to ratings. In the calibration meeting I ask managers for evidence behind the top and bottom ratings, and I watch for patterns that could suggest bias, like lower ratings for people who took leave during the year. In the 2023 calibration we changed about 12% of the initial ratings, and the spread became much more consistent across supervisors. I'd rather performance management were continuous, so I've pushed for quarterly check-ins, and about two-thirds of our managers now hold them.",
      ],
      vague: [
        "Performance management should be an ongoing process, not just a once-a-year review. I believe in setting clear expectations, giving regular feedback and supporting employees to succeed.",
        "When someone is underperforming, it's important to address it early and fairly. I help managers have honest conversations and make sure there's a clear plan and proper documentation.",
      ],
    },
    {
      name: "Workforce planning",
      match: [
        "workforce planning",
        "headcount",
        "headcount plan",
        "capacity",
        "hiring plan",
        "succession",
        "staffing",
        "talent pipeline",
        "future needs",
        "skills gap",
      ],
      strong: [
        "In 2022 the Columbus plant at Halvorsen won a contract that needed a second assembly line, and the plant manager came to me saying 'we need 40 people by March'. I worked with him and the production planner to turn the volume forecast into a headcount plan by role and shift: 28 assemblers, 6 machinists, 3 quality inspectors and 3 team leads, phased over five months as the line ramped up. We looked at internal supply first: six operators were ready to step up to team lead with some training, and several assemblers could cross-train as inspectors, which brought external hiring down to about 30. Because CNC machinists take longest to hire, we started those requisitions first and partnered with the local community college on a pre-apprenticeship program. We hit the ramp schedule with only a one-week delay on second shift, and overtime on the existing line didn't spike, which had been the plant manager's biggest worry.",
        "I treat workforce planning as supply and demand. Demand comes from the business plan: volume, new products, automation and shift patterns. Supply is the people we have: headcount by role, expected turnover, retirements and who is ready for promotion. At Halvorsen I built a simple model in Excel from Workday data for each plant, and the biggest finding was retirement risk in maintenance: 22% of our maintenance technicians were over 60, and most of them had no successor. We set up two-year apprenticeships for four operators, each paired with a senior technician, and hired two experienced technicians a year ahead of the expected retirements so knowledge could be handed over. I review the plan with the plant managers every quarter. Since then, two technicians have retired and both were replaced internally without the downtime we'd had in the past when a key technician left.",
      ],
      vague: [
        "Workforce planning is about making sure the business has the right people with the right skills at the right time. I work with leaders to understand their needs and plan ahead.",
        "Good workforce planning looks at both current and future needs. I like to use data and talk with managers so we can anticipate hiring needs and develop internal talent.",
      ],
    },
    {
      name: "Workday",
      match: [
        "workday",
        "hris",
        "hr system",
        "business process",
        "reporting",
        "dashboard",
        "custom report",
        "manager self-service",
        "self-service",
      ],
      strong: [
        "I use Workday every day at Halvorsen, and I'm the go-to person for our operations managers. Day to day that means initiating and approving business processes such as hires, job changes, terminations and compensation changes, keeping my inbox clear, and helping managers use self-service so they don't email HR for things they can do themselves. I built custom reports for each plant manager: headcount by department and shift, open requisitions, turnover by tenure band and absence by department, all on a dashboard so they don't have to ask me. A recent example: supervisors were entering job changes with the wrong effective dates, which caused retro pay corrections in payroll. I looked at the business process with our Workday analyst, we added a validation on the effective date, and I wrote a one-page guide for managers. Retro pay corrections dropped from about 15 a month to two or three.",
        "What I like about Workday is that the data becomes trustworthy if you get the processes right. I was on the implementation team at Halvorsen, so I know how our supervisory organizations, job profiles and security groups are set up, which helps when a manager asks why they can't see something: it's usually a supervisory org or security question. I've built calculated fields for our turnover reports, for example to flag first-year leavers, and I use the absence module to track FMLA leave, which I reconcile with UKG Kronos for hourly attendance every month. I've trained about 70 managers on manager self-service in short, role-specific sessions, with a follow-up drop-in a month later. My view is that the system only helps if managers use it, so I spend as much time on training and simple guides as I do on configuration.",
      ],
      vague: [
        "I'm very comfortable with Workday and other HR systems. I use it for day-to-day HR processes and reporting, and I think it's a great tool for managers and employees.",
        "HR systems like Workday are very important for keeping accurate data. I'm a quick learner with technology and I help managers use the system effectively.",
      ],
    },
    {
      name: "Employment law compliance",
      match: [
        "employment law",
        "compliance",
        "legal",
        "flsa",
        "title vii",
        "wage and hour",
        "exempt",
        "classification",
        "eeo",
        "i-9",
      ],
      strong: [
        "In 2022 at Halvorsen I ran an FLSA classification review after a supervisor asked why his production planners were salaried but his schedulers were hourly. I pulled every salaried exempt position from Workday, about 140, and reviewed each against the salary basis and duties tests. Nine positions didn't meet the duties test: mostly coordinators and planners with 'supervisor' or 'planner' in the title who were doing non-exempt work without real independent discretion. I worked with our employment counsel on the remedy: we reclassified them as non-exempt, calculated back overtime for the previous two years from badge data and timesheets, and explained the change to each employee individually, so it didn't feel like a demotion. The back pay came to about $38,000, far less than the exposure from a collective action. I also made a rule that every new salaried job profile goes through an exemption review with me before it's posted.",
        "Compliance for me is mostly about building it into everyday processes so it doesn't depend on anyone's memory. At Halvorsen I own an annual compliance calendar for both plants: EEO-1 reporting, the required federal and Ohio workplace postings, the OSHA 300A posting with our safety team, and an annual I-9 self-audit. In our 2023 I-9 audit, done with guidance from immigration counsel, I found about 30 forms with errors like missing dates, which we corrected the right way, with dated initials and a note rather than backdating. I also train supervisors every year on Title VII, harassment prevention and retaliation, because in my experience most legal risk comes from how a supervisor reacts after someone complains. When the law changes, like the Pregnant Workers Fairness Act in 2023, I update our policy and accommodation process and brief the plant managers within the month.",
      ],
      vague: [
        "Compliance is very important in HR. I stay up to date with employment law and make sure our policies and practices follow federal and state regulations, and I consult legal counsel when needed.",
        "I have a good understanding of employment law, including FLSA, Title VII and other regulations. I make sure managers understand their responsibilities and that we treat employees fairly and consistently.",
      ],
    },
    {
      name: "Change management",
      match: [
        "change management",
        "change",
        "reorganization",
        "restructuring",
        "resistance",
        "transition",
        "communication plan",
        "adkar",
        "prosci",
      ],
      strong: [
        "I use Prosci's ADKAR model as a checklist, because it reminds me that people need awareness and desire before training makes any difference. In 2023 the Columbus plant at Halvorsen moved from fixed shifts to a rotating 12-hour schedule to cover weekend production, and it was unpopular from day one. I worked with the plant manager on the people side. For awareness, he explained the business reason himself at town halls on every shift, with the numbers: overtime costs and missed deliveries. For desire, we asked a group of operators from each shift to help design the rotation, and they chose a pattern that gave every other weekend off. For knowledge and ability, supervisors got an FAQ and a one-hour session on answering questions about pay and childcare. We ran it as a three-month pilot on one line first. Voluntary turnover stayed within our normal range, and in a pulse survey after the pilot 64% preferred the new schedule.",
        "Part of my role in a change is to be the employees' voice in the room where decisions are made. When Halvorsen implemented Workday, the plan was to move hourly employees to self-service for pay slips and time-off requests with two weeks' notice. I pointed out that many second- and third-shift employees don't have work email or a computer, and some aren't comfortable with apps. We added kiosks in both break rooms, printed QR-code guides in English and Spanish, and ran help sessions at every shift change for the first month. I also set up a change network: one champion per department who was trained first and answered questions on the floor. By the third month, 85% of hourly employees had logged into Workday, and call volume to the HR service center was back to normal.",
      ],
      vague: [
        "Change can be difficult for people, so I think communication is key. I make sure employees understand why the change is happening and how it affects them, and I support managers through the process.",
        "I have experience supporting organizational change. I believe in involving employees early, listening to their concerns, supporting managers and being transparent throughout, even when the news isn't good.",
      ],
    },
    {
      name: "Coaching managers",
      match: [
        "coaching managers",
        "coach",
        "coaching",
        "advise managers",
        "difficult conversation",
        "leadership development",
        "manager capability",
        "people leaders",
        "grow model",
      ],
      strong: [
        "Much of my week is coaching managers one to one, usually right before a difficult conversation. Last month a production manager at Halvorsen had to tell a long-serving lead that he wasn't getting the supervisor job he'd applied for, and his plan was to send an email. I asked how he would feel getting that news by email after twenty years. We prepared the conversation together: give the decision in the first minute, give two specific reasons tied to the job's requirements, which were scheduling experience and handling discipline, and then talk about a development plan. We role-played it twice in my office, with me playing the lead, including getting angry. The conversation went well: the lead was disappointed but asked for the development plan, and he's now shadowing a supervisor on scheduling. I coach with questions rather than scripts wherever I can, so managers get better at this on their own.",
        "When I coach a manager, I want them to leave more capable, not more dependent on HR. I use the GROW model loosely: what are you trying to achieve, what's happening now, what could you do, and what will you do. A new second-shift supervisor at Halvorsen was calling me about every small issue: tardiness, phones on the floor, an overtime dispute. Instead of answering call by call, I set up a 30-minute check-in with him every week for two months. Each week we picked a real situation and worked through it, and I gave him a one-page guide to our attendance and conduct policies. By the second month he was handling most things himself and calling me only for real ER cases. His team's engagement score went up eight points that year, and he's now one of the supervisors I ask to mentor new leads.",
      ],
      vague: [
        "I enjoy coaching managers and helping them grow as leaders. I try to ask good questions, listen and give them the tools they need to handle people issues confidently.",
        "Managers are the key to a good employee experience. I support them with advice on difficult conversations and help them develop their leadership skills over time.",
      ],
    },
    // ---------------------------------------------------------------- requirements
    {
      name: "HR business partnering in manufacturing",
      match: [
        "hr experience",
        "business partner",
        "hrbp",
        "manufacturing",
        "operations",
        "plant",
        "your background",
        "hourly workforce",
        "shop floor",
      ],
      strong: [
        "I've been in HR for about ten years, and most of it has been with hourly, shift-based workforces. I started as a part-time HR assistant at Keller & Moss while finishing my HR degree at Ohio State, then worked as HR coordinator at Summit Ridge Health, mainly onboarding and HR reporting. From 2017 to 2020 I was an HR generalist at Brightline Logistics, supporting our Ohio distribution centers on employee relations, leave and hiring, and the consolidation of two DCs. Since January 2021 I've been the HR business partner at Halvorsen Precision Parts, a machining and assembly company with two plants and about 1,100 employees on three shifts. I partner with two plant managers and their teams on ER, performance, workforce planning and change. I know what a plant floor needs from HR: being visible on every shift, understanding attendance and overtime, and making decisions quickly. That's very close to this role at Kestrel.",
        "What makes a business partner valuable in manufacturing is understanding the operation well enough to speak the plant manager's language. At Halvorsen I sit in on the daily production meeting twice a week and the monthly operations review, so I know the numbers that matter to them: on-time delivery, scrap, overtime and safety incidents. Then I connect people issues to those numbers. For example, at the Marion plant second-shift scrap was running much higher than first shift, and when I looked at the people data, 40% of second-shift operators had less than a year's tenure. That became the business case for the onboarding redesign and the 30/60/90-day check-ins that later cut first-year turnover at Marion from 48% to 31%. I also walk the floor on each shift at least once a week, including third shift, because employees on nights rarely see anyone from HR.",
      ],
      vague: [
        "I have several years of HR experience, including as a business partner in a manufacturing environment. I understand the challenges of supporting an operations team and I enjoy working closely with leaders.",
        "My background has prepared me well for this role. I've supported different types of workforces and I know how important it is for HR to understand the business.",
      ],
    },
    {
      name: "Workplace investigations",
      match: [
        "investigation",
        "investigate",
        "workplace investigation",
        "harassment",
        "witnesses",
        "findings",
        "allegation",
        "evidence",
        "interview witnesses",
      ],
      strong: [
        "Last year at Halvorsen a female machinist reported that her lead made repeated sexual comments and had touched her shoulder and back while showing her a setup. The first step was interim measures: with her agreement, we moved her to another lead's cell rather than changing her shift, so the complaint cost her nothing, which matters for retaliation. I wrote an investigation plan: the allegations, the policy sections, the witnesses and the evidence, including camera footage for that area. I interviewed her first, then four witnesses, then the lead, with open questions, and I gave each person the chance to review my notes. Two witnesses corroborated the comments, and the footage showed the physical contact. I applied the preponderance of the evidence standard, and my report separated the facts, the credibility assessment and the findings, leaving discipline to the plant manager. The allegations were substantiated and the lead was terminated. I checked in with the complainant at two and six weeks for any sign of retaliation.",
        "My investigation process follows what I learned in the AWI training. I open every case with a plan: the specific allegations, the policies involved, the witnesses and the evidence to collect. I interview the complainant first, then witnesses, then the respondent, and I put every allegation to the respondent with a real chance to answer. I don't promise confidentiality, only discretion. My notes record questions and answers as close to verbatim as I can, and I assess credibility on specific factors: plausibility, corroboration, consistency and motive. Even before that training, at Brightline, I investigated a complaint about racial slurs in a warehouse where nobody would admit to hearing anything. The breakthrough was a text message that a witness had received from the accused, describing the incident. My written report was reviewed by the HR director and outside counsel, the allegation was substantiated, and the employee was terminated.",
      ],
      vague: [
        "Investigations need to be fair, thorough and confidential. I interview everyone involved, gather evidence and make a decision based on the facts, following company policy.",
        "I have conducted many workplace investigations. I always stay impartial, listen to all sides and document everything carefully so the outcome is fair and defensible.",
      ],
    },
    {
      name: "FMLA and ADA leave and accommodation",
      match: [
        "fmla",
        "ada",
        "leave",
        "accommodation",
        "interactive process",
        "medical leave",
        "disability",
        "return to work",
        "leave of absence",
        "restrictions",
      ],
      strong: [
        "At Halvorsen I manage FMLA and ADA cases for both plants, with a third-party administrator handling the FMLA paperwork. A case that shows the interactive process: an assembler with a back injury from outside work came back from FMLA leave with a 20-pound lifting restriction, and her supervisor said there was no job she could do. I met with her, with her doctor's restrictions in hand, and then with the supervisor and our EHS manager. We went through the essential functions of her job: most of the heavy lifting was moving parts bins, which could be handled with a lift-assist cart and by having the material handler deliver bins to her station. That was a reasonable accommodation, and the cart cost about $800. I documented every step of the interactive process, including the alternatives we'd considered and why. She returned to her own job, and six months later her restriction was lifted.",
        "Intermittent FMLA in a plant with a points-based attendance policy is where I see the most risk, so I've built a clear process. At Halvorsen, employees report absences to a call-in line and code FMLA absences in UKG Kronos, and supervisors are trained never to count those as occurrences. Every month I reconcile the Kronos coding with the leave administrator's approved leave in Workday, because mismatches are where mistakes happen. When I started there, I found four employees who had been given attendance points for certified FMLA absences, and one of them was on a final warning. We removed the points, told the employees in writing, and retrained the supervisors. Where misuse is suspected, for example a pattern around weekends, I handle it properly: I request recertification when the regulations allow it, rather than letting supervisors question employees about their medical condition themselves.",
      ],
      vague: [
        "I'm familiar with FMLA and ADA requirements and I make sure employees get the leave and accommodations they are entitled to. I work closely with managers and our leave administrator to handle each case fairly.",
        "Leave and accommodation cases need to be handled carefully and confidentially. I follow the interactive process, keep the employee informed and make sure everything is documented.",
      ],
    },
    {
      name: "HR metrics and analytics",
      match: [
        "hr data",
        "metrics",
        "analytics",
        "turnover",
        "absenteeism",
        "excel",
        "analysis",
        "kpi",
        "data-driven",
        "attrition",
      ],
      strong: [
        "I use HR data to answer a specific question a leader has, not to produce reports for their own sake. The Columbus plant manager at Halvorsen thought his absenteeism problem was on third shift. I pulled a year of absence data from UKG Kronos, joined it to Workday data with Power Query, and built a pivot by shift, department, supervisor, tenure and day of the week. The pattern wasn't third shift at all: it was two first-shift departments under the same supervisor, with absences clustered on Mondays and Fridays. That changed the conversation from a plant-wide attendance campaign to a focused coaching plan for one supervisor and a fairer review of how she handled schedule requests. Unplanned absence in those two departments fell from 7.8% to 4.9% over the next two quarters. I also keep a monthly dashboard for each plant with headcount, turnover split into voluntary, involuntary and first-year, overtime hours and time to fill.",
        "Turnover is the metric I've worked with most. I always calculate it the same way, separations divided by average headcount, and I split it by voluntary and involuntary, by tenure band and by supervisor. At Halvorsen the tenure split showed that most of our turnover happened in the first year, and especially in the first 90 days, which pointed to onboarding and supervision rather than pay. I backed that up with exit data: hourly employees rarely come in for an exit interview, so I switched to a short text-message survey, and the response rate went from about 10% to 45%. When I present data, I tell it as a short story: what's happening, why we think so, what we recommend and how we'll measure it. That's how I got budget for the Marion onboarding redesign, and it's how I report on it to the plant managers every quarter.",
      ],
      vague: [
        "Data is very important in HR today. I use metrics like turnover and absenteeism to understand trends and help leaders make better decisions about their people.",
        "I'm comfortable working with HR data in Excel and HR systems. I think analytics helps HR be more strategic and show the value it brings to the business.",
      ],
    },
    {
      name: "Compensation and pay equity",
      match: [
        "compensation",
        "merit",
        "merit cycle",
        "pay",
        "salary",
        "pay equity",
        "pay range",
        "compa-ratio",
        "market data",
        "total rewards",
      ],
      strong: [
        "I partner with our Total Rewards team on the annual merit cycle for both plants. Before the cycle, I prepare each manager's worksheet in Workday with every employee's compa-ratio, position in range, last increase and performance rating, and I explain the merit matrix: with a 3.5% budget, for example, a high performer low in the range might get 5% and a solid performer above midpoint 2%. Then I review every manager's proposals before they're submitted. Last year I caught one manager giving his two newest hires bigger increases than long-tenured employees with higher ratings, because he was afraid the new hires would leave. We talked it through, used a market adjustment for one of them, which market data supported, and rebalanced the rest. I also check our hourly rates against market surveys every year, and in 2022 I made the case to raise our entry-level assembler rate from $16.50 to $18.00 because we were losing candidates to a nearby distribution center.",
        "In 2023 I led a pay equity review at Halvorsen with our Total Rewards manager and outside counsel, under privilege. We grouped employees into comparable jobs and ran a regression controlling for legitimate factors: job level, tenure, time in role, performance rating and shift. For most groups, gender and race explained no significant difference. But in one group, quality inspectors, we found a gap of around 6% that came from starting pay: women had been hired in at lower rates, and the gap had followed them for years. We adjusted eleven employees' pay at a cost of about $42,000, and we changed the offer process so hiring managers must justify any offer above the midpoint in writing and don't ask candidates about pay history. I also prepared the managers of those employees for the conversations, because a pay increase with no explanation creates as many questions as it answers.",
      ],
      vague: [
        "Compensation is important for attracting and retaining talent. I work with managers during the merit cycle to make sure pay decisions are fair, consistent and aligned with the budget.",
        "I'm passionate about pay equity. I believe employees should be paid fairly for the work they do, and I support regular reviews to make sure there are no unjustified gaps.",
      ],
    },
    // ---------------------------------------------------------------- CV claims
    {
      name: "Cutting first-year turnover at the Marion plant",
      claim:
        "Cut first-year turnover at the Marion plant from 48% to 31% in 18 months by redesigning onboarding and adding 30/60/90-day check-ins",
      match: [
        "first-year turnover",
        "marion",
        "onboarding",
        "30/60/90",
        "check-ins",
        "new hire",
        "retention",
        "early turnover",
        "48%",
      ],
      strong: [
        "When I started at Halvorsen, the Marion plant was losing almost half its new hires in their first year: first-year turnover was 48%, and most of those people left in the first 90 days. In exit surveys and stay interviews, new hires said the same things: on day one they were put on a machine with whoever was free, they didn't know who their trainer was, and nobody asked how they were getting on. I redesigned onboarding with the plant manager and the training coordinator. New hires now have a structured first week: a day of orientation and safety, then four days with a named, trained buddy on their line. We added 30-, 60- and 90-day check-ins with the supervisor, using a short script with questions like 'What's been harder than you expected?', and I joined the 30-day ones for the first six months to model them. I tracked each hiring cohort in Workday, and after 18 months first-year turnover was 31%.",
        "The Marion turnover project is the work I'm proudest of at Halvorsen. The cost of losing almost one new hire in two was real: we estimated about $4,500 per hire in recruiting, training time and scrap, so the plant manager was on board quickly. The core changes were simple. A named buddy for every new hire, chosen from experienced operators and paid a small premium. A first-week schedule instead of sink or swim. And 30/60/90-day check-ins by the supervisor, logged in Workday so I could see whether they happened. In the first quarter only about half of them were happening, so I added a completion report to the weekly operations meeting, and completion went above 90%. First-year turnover went from 48% to 31% in 18 months, which at Marion's hiring volume meant about 40 fewer replacement hires a year.",
      ],
      vague: [
        "I worked on improving retention at one of our plants. I think onboarding and making new employees feel welcome makes a huge difference, and we saw a good improvement in turnover.",
        "Employee retention is very important, especially in manufacturing. By focusing on the new hire experience and regular check-ins, we were able to keep more of our new employees.",
      ],
      contradicting: [
        "At Halvorsen I redesigned onboarding at the Marion plant and added 30/60/90-day check-ins. First-year turnover had been around 60%, and after about three years of work it came down to roughly 50%. It was slower than I'd hoped because of the tight labor market, but it was still progress.",
        "The plant manager at Marion led an effort to cut first-year turnover after it hit 48%. He and the training coordinator redesigned onboarding and introduced the 30/60/90-day check-ins, and I helped by pulling the turnover data from Workday and scheduling the check-ins. Over 18 months turnover went down to 31%.",
      ],
    },
    {
      name: "Leading the HR workstream of the Workday implementation",
      claim:
        "Led the HR workstream of our Workday HCM implementation for 1,100 employees, which went live on the planned date",
      match: [
        "workday implementation",
        "implementation",
        "go-live",
        "went live",
        "workstream",
        "hcm",
        "data migration",
        "job architecture",
        "system implementation",
      ],
      strong: [
        "Halvorsen moved from ADP Workforce Now and spreadsheets to Workday HCM in 2022, for about 1,100 employees. I led the HR workstream, which meant I owned the core HR, compensation and absence design decisions with our implementation partner, while IT led integrations and payroll. The project ran nine months. My hardest job was the data: we had over 300 job titles for about 120 real jobs, so I led the work to build a clean job architecture with job profiles and job families before anything was loaded. I organized three rounds of data validation, where HR team members checked samples of employee records against source documents, and end-to-end testing of business processes like hire and termination using real scenarios. We went live on the planned date, the first payroll ran without errors, and HR tickets were back to normal within six weeks. What made it work was making decisions quickly and recording every one of them in a decision log.",
        "The Workday implementation taught me a lot about project discipline. As HR workstream lead I worked with a project manager from IT and a consultant from our implementation partner, with weekly status meetings and a RAID log for risks and issues. The biggest risk came two months before go-live: testing showed that our supervisory organization design didn't match how the plants really worked, because team leads approved time but weren't managers. Rather than delay, I proposed giving team leads a custom role in their supervisory organizations for time approval only. We tested it in the final test cycle and still went live on the planned date. I also led the manager training plan, with short sessions by role, and set up champions in each department who answered questions on the floor during the first month.",
      ],
      vague: [
        "I was involved in the Workday implementation at my company. It was a big project and I learned a lot. Good planning, teamwork and communication helped us go live successfully.",
        "Implementing a new HR system is a great opportunity to improve processes. I worked closely with the project team and helped make sure employees were ready for the change.",
      ],
      contradicting: [
        "I led the HR workstream of the Workday implementation at Halvorsen for about 1,100 employees. We had a lot of data issues and the job architecture took longer than planned, so go-live was pushed back by about four months. In the end it went well, but it was a real lesson in planning.",
        "Our HRIS manager led the Workday implementation at Halvorsen. She owned the design decisions and the data work with the implementation partner, and I was one of the HR subject matter experts: I tested the hire and termination business processes and helped train managers at my plants. We went live on the planned date for all 1,100 employees.",
      ],
    },
    {
      name: "Coaching program for first-line supervisors",
      claim:
        "Designed and ran a coaching program for 24 first-line supervisors; formal complaints to HR fell by 35% the following year",
      match: [
        "coaching program",
        "first-line supervisors",
        "supervisor training",
        "supervisor development",
        "front-line leaders",
        "formal complaints",
        "leadership program",
        "35%",
      ],
      strong: [
        "In 2022, when I analyzed our ER cases at Halvorsen, I saw that most complaints to HR weren't really about policy; they were about how supervisors handled things: inconsistent discipline, criticism in front of others, favoritism with overtime. Most of our first-line supervisors had been promoted from the floor with no leadership training. So I designed a program for all 24 first-line supervisors across both plants. It ran for six months: a half-day workshop every month on topics like giving feedback, fair overtime allocation, attendance conversations and documentation, using real cases from our plants, plus a monthly one-to-one coaching session with me or my HR colleague, where each supervisor worked on a real situation. The plant managers attended one session each to reinforce it. The year after the program, formal complaints to HR from hourly employees fell by 35%, and the engagement survey item 'my supervisor treats me with respect' went up 11 points.",
        "I designed the supervisor coaching program because I kept seeing the same mistakes in ER cases. I wanted it practical, so every workshop used real, anonymized scenarios from our plants, and supervisors practiced conversations in pairs. After a false start, we scheduled sessions at shift overlap so second- and third-shift supervisors could attend. The one-to-one coaching was the part that made the difference: each supervisor picked one real goal, such as 'handle attendance conversations without escalating them to HR', and we met monthly to review progress. All 24 supervisors completed it. The measure I chose in advance was formal complaints to HR, and they fell by 35% the following year. Since then every newly promoted supervisor goes through a shorter version in their first three months.",
      ],
      vague: [
        "I created a development program for our supervisors. Investing in front-line leaders is so important because they have the most impact on employees' daily experience, and the feedback was very positive.",
        "I believe supervisors need support to be great leaders. The coaching program helped them build confidence, and we saw improvements in how issues were handled on the floor.",
      ],
      contradicting: [
        "I designed a coaching program for first-line supervisors at Halvorsen. About ten supervisors completed it, mostly at the Columbus plant, and complaints to HR went down by around 10% the following year, which we thought was a good start.",
        "Our Director of HR designed a coaching program for the 24 first-line supervisors at Halvorsen, with an outside training company delivering the workshops. I helped with the logistics and attended some of the sessions to answer questions about our policies. The following year, formal complaints to HR fell by 35%.",
      ],
    },
    {
      name: "Cutting investigation time at Brightline",
      claim:
        "Cut average investigation time from 38 to 21 days by introducing an intake template and a case tracker",
      match: [
        "investigation time",
        "intake template",
        "case tracker",
        "faster investigations",
        "turnaround",
        "case management",
        "backlog",
        "timeliness",
        "38 to 21 days",
      ],
      strong: [
        "At Brightline, investigations were taking 38 days on average from complaint to outcome, and employees felt that reporting a problem sent it into a black hole. When I reviewed our closed cases, the delay wasn't the interviews; it was the beginning and the end: often a week or more before anyone scoped the case, and another two weeks waiting for a decision after the report. I introduced an intake template that captured the allegations, the people involved, dates, witnesses and documents at the first contact, so we could have a plan within two business days. I built a case tracker in SharePoint with a target date for each stage, intake, plan, interviews, report and decision, which I reviewed with my manager every Monday. And I agreed with the DC general managers that they'd decide within five business days of receiving a report. Within a year the average was 21 days, and complainants got a status update at least weekly.",
        "Speed matters in investigations: memories fade, witnesses leave, and a complainant who waits six weeks assumes nobody cares. At Brightline I brought our average from 38 to 21 days. The intake template was the biggest single change: before, the first conversation was informal and we'd go back to the complainant two or three times for details. With the template, one structured intake call got us the allegations, witnesses and documents. The case tracker made delays visible, and once the general managers could see which cases were waiting on them, decisions came faster. I was careful that faster didn't mean less thorough: every case still had a written plan, interviews with all relevant witnesses and a written report. We reviewed a sample of closed cases with outside counsel that year, and they had no concerns about quality.",
      ],
      vague: [
        "I worked on making our investigation process more efficient. By improving our tools and communication, we were able to close cases faster while still being thorough and fair.",
        "Timely investigations are important for employee trust. I helped improve how we managed cases, and we saw a real improvement in how quickly issues were resolved.",
      ],
      contradicting: [
        "At Brightline I introduced an intake template and a case tracker for investigations. Our cases used to take around 60 days, and we got that down to about 45 days, which was better, though still slower than we wanted because we were a small team.",
        "Our HR manager at Brightline redesigned the investigation process: she created the intake template and the case tracker and set targets for each stage. As a generalist, I used the new tools for my own cases and kept the tracker up to date. Average investigation time dropped from 38 to 21 days.",
      ],
    },
    {
      name: "Redeploying employees in a distribution center consolidation",
      claim:
        "Supported the consolidation of two distribution centers, redeploying 85 of 120 affected employees",
      match: [
        "consolidation",
        "distribution centers",
        "redeploy",
        "redeployment",
        "affected employees",
        "site closure",
        "layoff",
        "warn",
        "reduction in force",
      ],
      strong: [
        "In 2019 Brightline decided to consolidate two distribution centers in the Columbus area into a larger automated building, which affected 120 employees, and I handled the people side day to day. First, with counsel, we confirmed our WARN Act obligations and gave 60 days' notice, even though we planned to redeploy many of the roles. Then I met every affected employee one to one to understand their skills, shift preferences and commute, and recorded it all in a redeployment tracker. I mapped them against the new building's roles and open positions at our other DCs, and I got the operations director to agree that affected employees would be considered for open positions before we posted externally. Employees moving to the automated building were trained on the new equipment before they transferred. In the end 85 of the 120 were redeployed, 20 took severance and 15 left for other jobs with outplacement support, and there were no legal claims.",
        "The consolidation at Brightline was the hardest thing I'd done in HR, because people's livelihoods were at stake. My approach was to be honest early and give people real choices. The general manager and I announced it to each shift in person, with the dates and the options, and I held open office hours every week in both buildings. I made a one-page options sheet for each employee: the roles they could move to, with pay and shift, and the severance if they chose to leave. Some employees couldn't manage the commute to the new building, so I worked with our Grove City DC to create a transfer path for them. We redeployed 85 of the 120 affected employees, and attrition before the closure date was much lower than operations had feared, so both old buildings ran at full capacity until the last day.",
      ],
      vague: [
        "I supported a consolidation project at a previous company. It was a difficult time for employees, so I focused on clear communication and supporting people through the change.",
        "Site consolidations are challenging, but with good planning and empathy you can help many people find new roles. I was proud of how we supported our employees.",
      ],
      contradicting: [
        "At Brightline I supported the consolidation of two distribution centers. About 200 employees were affected, and we redeployed around 90 of them to the new site and our other DCs. The rest took severance or found other jobs with our outplacement support.",
        "Brightline's regional HR director led the people side of the consolidation of two distribution centers. She planned the redeployment and worked with the operations director, and I helped by scheduling the one-to-one meetings and preparing the severance paperwork. In the end, 85 of the 120 affected employees were redeployed.",
      ],
    },
    // ---------------------------------------------------------------- general
    {
      name: "Conflict or disagreement",
      match: [
        "conflict",
        "disagreement",
        "disagree",
        "pushback",
        "push back",
        "tension",
        "clash",
        "difficult colleague",
      ],
      strong: [
        "I had a serious disagreement with the Marion plant manager about a termination. A forklift driver had been involved in a near miss, and the plant manager wanted him terminated that day for a safety violation. When I looked at the facts, two other drivers had committed the same violation in the past year and received written warnings, and this driver had recently complained about his overtime pay. Terminating him would have been inconsistent and could easily have looked like retaliation. I didn't argue in the hallway. I asked him for twenty minutes, showed him the two earlier cases and the pay complaint, and explained the legal risk in plain terms. I also acknowledged his real concern, which was that safety rules weren't being taken seriously. We agreed on a final written warning, a forklift refresher for the whole team, and a clear announcement of stricter consequences from then on. He told me later he was glad I'd stopped him.",
        "At Halvorsen our Talent Acquisition partner and I disagreed about hiring for a new line. She wanted to use a staffing agency for all the assemblers to fill quickly; I was worried about quality and turnover, because agency temps had historically turned over much faster. Rather than escalate it, I suggested we look at the data together. Agency temps had 90-day turnover of about 60%, against 30% for direct hires, but the agency could fill roles in a week versus four weeks for us. We agreed on a mix: agency staff for the first two months of the ramp-up with a temp-to-hire path after 90 days, and direct hiring in parallel. It worked: we hit the ramp schedule, and about half of the temps converted to permanent employees. She and I have worked well together ever since, and we now look at the numbers first whenever we disagree.",
      ],
      vague: [
        "When I disagree with someone, I try to understand their perspective and focus on the facts. I believe most conflicts can be resolved through open and respectful conversation.",
        "Conflict is natural at work. I stay calm, listen actively and look for common ground, while still standing firm on what's right for the business and employees.",
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
        "learned from",
        "error",
        "do differently",
      ],
      strong: [
        "Early in my time at Brightline, I approved a termination for job abandonment: an employee hadn't called or shown up for three consecutive shifts, which met our policy. What I didn't do was check whether he had any leave request open. He had called our leave administrator about a hospitalization, and the notice never reached his supervisor. He had a valid FMLA claim. As soon as we found out, I told my manager, we reversed the termination, paid him for the lost time, and I apologized to him directly. Then I fixed the process: before any attendance-related termination, we now check the leave administrator's records and the employee's history for any protected activity, and I made it part of a termination checklist that all the generalists used. I've never repeated that mistake, and I walk every new HR team member through that checklist.",
        "In the first version of our supervisor coaching program at Halvorsen, I scheduled the workshops during first shift because it was convenient. Attendance from second- and third-shift supervisors was poor, and those were the supervisors with the most complaints. I had designed the program around my schedule instead of theirs. I went back to the plant managers, owned the false start, and moved the sessions to the shift overlap, paying overtime where needed, with a recorded version for anyone who missed one. Attendance went to nearly 100%. The lesson was to design with the people who'll use something, so now I pilot any new program with a few people from each shift before launching it.",
      ],
      vague: [
        "I've made mistakes in my career, like everyone. The important thing is to take responsibility, learn from it and put something in place so it doesn't happen again.",
        "I see mistakes as opportunities to grow. When something goes wrong, I'm honest about it, fix it as quickly as possible and reflect on what I could do differently.",
      ],
    },
    {
      name: "Prioritizing under pressure",
      match: [
        "priorities",
        "prioritize",
        "pressure",
        "deadline",
        "juggle",
        "competing",
        "time management",
        "workload",
        "urgent",
      ],
      strong: [
        "In plant HR the urgent things crowd out the important ones, so I prioritize by risk and deadline. In one week at Halvorsen last fall, merit worksheets were due on Friday, a harassment complaint came in on Monday, and the Marion plant manager wanted a workforce plan for a new contract by Thursday. The complaint came first: I put interim measures in place the same day and started interviews on Tuesday, because delays in a harassment case create risk for the employee and for the company. For the workforce plan, I asked the plant manager what he actually needed by Thursday; it was a headcount estimate for a customer meeting, not the full plan, so I gave him a one-page estimate and delivered the detailed plan the following week. I finished the merit reviews on Thursday night by focusing on the worksheets that had problems. Everything was met, and I kept my director informed of the trade-offs as I made them.",
        "I keep a weekly priority list with a simple rule: legal and safety risk first, then anything with a business deadline, then longer-term projects. I block two hours every Friday morning for project work, like the supervisor program, because otherwise ER cases fill every hour. When a request comes in, I ask when it's really needed, because 'ASAP' often means next week. And I say no, or not now, with a reason. During the Workday implementation I was doing my business partner job and leading the HR workstream at the same time, so I agreed with my director that my HR colleague would cover routine ER for the Columbus plant for three months. That's how I met the go-live date without dropping anything important at the plants.",
      ],
      vague: [
        "I'm very organized and I manage competing priorities by focusing on what's most urgent and important. I keep a to-do list and communicate with stakeholders if deadlines need to change.",
        "HR can be unpredictable, so I stay flexible. I prioritize based on the impact on the business and employees, and I'm not afraid to ask for help when needed.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "received feedback",
        "give feedback",
        "360",
        "development area",
        "sbi",
      ],
      strong: [
        "In my 360 review at Halvorsen in 2022, the Columbus plant manager said my recommendations were too long and too HR-focused: I'd send him three-page memos about policy and risk, when he wanted to know what to do and what it would cost. I was a little hurt, because I was proud of being thorough. But when I reread my emails, he was right. I changed my format to a one-page summary: the recommendation first, the options, the risk in one sentence, and the cost or impact, with the detail attached. I also started asking what decision he needed to make before I wrote anything. Six months later he told my director that HR had become much more useful to him, and that one-page format is now what our HR team uses for business cases.",
        "Giving feedback is a big part of coaching supervisors, and I use the SBI model: situation, behavior, impact. For example, I saw a supervisor at Halvorsen deliver a final warning on the floor, in front of the employee's coworkers. Afterwards I said: 'At the end of shift today, you read out the warning in front of the team. The impact was that he was humiliated, and two of his coworkers came to HR about it.' Then I asked what he'd do differently, and we agreed he'd always use the conference room for discipline. I try to give positive feedback just as specifically, because supervisors rarely get it. And I ask for feedback on myself after every big project, which is how I got the comment that led me to change my recommendation format.",
      ],
      vague: [
        "I really value feedback because it helps me improve. I try to listen without getting defensive and take action on what I've heard. I also give feedback regularly and constructively.",
        "Feedback is a gift. I believe in creating a culture where people feel comfortable giving and receiving honest feedback to help each other grow and do their best work.",
      ],
    },
    {
      name: "Teamwork and influence",
      match: [
        "teamwork",
        "team",
        "work with others",
        "collaborate",
        "cross-functional",
        "leadership",
        "influence",
        "working together",
      ],
      strong: [
        "Most of my work is influencing without authority, so collaboration is everything. The best example is the Marion turnover project. I didn't own onboarding or training, so I brought together the plant manager, the training coordinator, two supervisors, two experienced operators and our Talent Acquisition partner for a two-hour workshop where we mapped a new hire's first 90 days and marked every point where people were leaving. Each person took an action: the training coordinator wrote the first-week schedule, the operators helped design the buddy role, Talent Acquisition changed our job previews so candidates knew what the work was really like, and I built the check-in process and the tracking. We met every two weeks for six months. First-year turnover went from 48% to 31%, and because everyone had built part of it, the plant kept it going without me having to push.",
        "I also lead HR projects with people who don't report to me. During the Workday implementation I led the HR workstream with six HR team members and two payroll specialists working on it part-time alongside their normal jobs. I set clear roles, with one person owning each area such as compensation or absence, held a 30-minute stand-up three times a week, and made sure their managers knew what they were contributing so it was recognized in their reviews. When one of the HR coordinators was overwhelmed during data validation, I took some of her records myself and asked IT for a temporary contractor. We went live on the planned date, and two of the team members later moved into HRIS roles because of what they'd learned.",
      ],
      vague: [
        "I love working as part of a team. I believe in collaboration, open communication and supporting each other to achieve shared goals, whether I'm leading or contributing.",
        "I'm comfortable both working in a team and taking the lead when needed. I think good leadership is about listening, setting clear direction and empowering others.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn quickly",
        "learn something new",
        "new skill",
        "unfamiliar",
        "new system",
        "adapt",
        "picked up",
        "get up to speed",
        "new industry",
      ],
      strong: [
        "When I joined Halvorsen, I had never worked in precision manufacturing; I came from distribution centers. In my first month I asked the plant manager to let me spend a shift in each area, machining, assembly, quality and maintenance, including a night shift. I learned what a CNC operator actually does, how scrap and first-piece inspection work, and why overtime spikes at the end of a quarter. I also read the last two years of ER cases and exit surveys, and met every supervisor one to one. By the end of the second month I could talk to the plant managers about the people side of their numbers, which is why the Marion turnover work got started so quickly. That's my general approach: go to where the work happens, read the history, and ask a lot of questions early, while it's still normal to be the new person.",
        "I hadn't done much with data tools beyond basic Excel when I started at Halvorsen, but the plant managers wanted turnover and absence analysis. I took a short online course on Power Query and pivot tables over a few weekends, and then practiced on a real problem: combining UKG Kronos absence exports with Workday headcount data, which had been taking me two days by hand each month. After about a month I had a refreshable report that took twenty minutes to update. That's how I learn anything new: get the basics fast, apply them to a real task straight away, and ask someone who knows more when I get stuck. I did the same with my Prosci certification and the AWI investigations training, both of which I used on real cases within weeks.",
      ],
      vague: [
        "I'm a fast learner and I enjoy new challenges. I'm always reading about HR trends and employment law changes so I can keep my knowledge current.",
        "When I need to learn something new, I'm proactive about asking questions, finding good resources and practicing until I feel confident enough to apply it at work.",
      ],
    },
    {
      name: "Motivation for this role",
      match: [
        "motivation",
        "motivates",
        "why do you want",
        "why kestrel",
        "why this role",
        "why hr",
        "career goals",
        "interest in this role",
        "join us",
      ],
      strong: [
        "There are a few reasons. First, the role is very close to what I do today and do well: operations HR for a multi-shift, mostly hourly manufacturing workforce, covering ER, performance, workforce planning and change. Second, the lean cell consolidation in Fort Wayne. I supported a consolidation at Brightline, where we redeployed 85 of 120 employees, and a major schedule change at Halvorsen, and I want to lead the people side of a larger operational change like yours. Third, you moved to Workday last year, and I led the HR workstream of our implementation, so I can help your leaders get real value from it, especially turnover and absence dashboards. And it's a step up in scale, about 950 employees across two states, with Indiana law on top of Ohio, which is the stretch I'm looking for. The travel works for me as well.",
        "I got into HR because of a summer job in a warehouse where a supervisor treated people badly and nobody did anything about it. What motivates me now is making workplaces fair and well run, especially for hourly employees, who often have the least voice. Kestrel appeals to me because it's a manufacturer taking a long-term view: you're investing in a new lean layout rather than just cutting costs, and the posting talks about retention and succession, not only hiring. I want to be the HR business partner the plant managers call first, because I make their operation run better, and I want to be someone employees on third shift actually know by name. In a few years I'd like to move into an HR manager or director role for a site or a region, and this role would prepare me well for that.",
      ],
      vague: [
        "I'm passionate about HR and helping people succeed at work. Kestrel seems like a great company with strong values, and I'd love to bring my experience to your team.",
        "This role is a great next step in my career. I'm excited about the opportunity to partner with the business and make a real difference for employees.",
      ],
    },
    {
      name: "A difficult stakeholder or employee",
      match: [
        "difficult stakeholder",
        "difficult manager",
        "difficult employee",
        "angry",
        "upset",
        "resistant",
        "challenging",
        "difficult person",
        "doesn't listen",
      ],
      strong: [
        "A production manager at Halvorsen was known for ignoring HR: he skipped documentation, then called me wanting to terminate someone that day. The first few times I said no and explained why, and he went over my head to the plant manager. So I changed tactics. I asked to shadow his area for a morning and learned he was under heavy pressure on output with a short-staffed team. Then I offered him something useful: a weekly 15-minute call to go through his people issues before they became crises, and a simple documentation template on his phone that took two minutes to fill in. Within a couple of months he was documenting coaching conversations, and the next time he needed to terminate someone, the file was complete and the decision went through in a day. He now sends his new supervisors to me for advice, which is the best sign I've had that it worked.",
        "An employee at Brightline came to the HR office furious after her leave request was denied, shouting that we were discriminating against her. I asked her to sit down in a private room and let her talk. I didn't defend the decision right away; I asked her to walk me through what had happened. It turned out her supervisor had treated the request as vacation and denied it, but it was actually to care for her father after heart surgery, which could qualify for FMLA. I apologized for the confusion, gave her the FMLA paperwork that day, and explained the timeline. I also followed up with her supervisor about how to recognize a possible FMLA request. Her leave was approved, and she thanked me afterwards. I've learned that anger is often what happens when someone hasn't been heard.",
      ],
      vague: [
        "When I deal with a difficult stakeholder, I try to understand their goals and concerns first. Building a trusting relationship and communicating clearly usually helps to find a way forward.",
        "I stay calm and professional with difficult people. I listen, acknowledge their concerns and focus on finding a solution that works for everyone involved, without taking it personally.",
      ],
    },
  ],
};
