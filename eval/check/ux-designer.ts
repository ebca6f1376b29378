import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "ux-designer",
  field: "design",
  job: {
    title: "Senior Product Designer (UX)",
    seniority: "senior",
    department: "Product Design",
    location: "Chicago, IL (hybrid, two days a week in the office)",
    employment_type: "full_time",
    description:
      "Fernleaf is a personal finance app that helps more than two million people in the US budget, save and invest, with FDIC-insured savings accounts through our partner bank and automated investing through Fernleaf Invest. Money is stressful, and our product only works if people trust it and understand it, so design sits at the center of how we build.\n\nWe're hiring a Senior Product Designer to join our Money Movement squad, which owns transfers, direct deposit, bill pay and the onboarding journey every new customer goes through, including identity verification. You'll work with a product manager, an engineering manager, seven engineers and a data analyst, and you'll own the experience end to end: planning and running user research, framing problems, exploring ideas, building prototypes in Figma, testing them with real customers, and staying with the work through build, launch and measurement.\n\nYou'll contribute to Sprout, our design system, and help us keep our apps accessible to WCAG 2.2 AA, which we treat as a product requirement rather than an afterthought. We expect you to define success metrics with your PM, read funnels in Amplitude, and weigh what the data tells you alongside what customers tell you. As a senior member of a design team of twelve, you'll also mentor other designers and take part in our weekly critiques.\n\nThis is a hybrid role based in our Chicago office two days a week, with a competitive salary and equity, a yearly learning budget of $2,000, and health, dental and vision coverage.",
    requirements: [
      "5+ years of product design experience, with shipped work on consumer mobile or web apps",
      "Experience designing for regulated or trust-sensitive products such as banking, payments or insurance",
      "A portfolio showing strong interaction and visual design craft across end-to-end projects",
      "Able to present and defend design decisions to product, engineering and leadership",
      "Experience mentoring designers and running or contributing to design critiques",
    ],
    skills: [
      "User research",
      "Figma prototyping",
      "Usability testing",
      "Design systems",
      "Accessibility (WCAG)",
      "Product analytics",
      "Cross-functional collaboration",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Priya Raman",
    email: "priya.raman@example.com",
    phone: "+1 (312) 555-0147",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Connor Walsh",
    email: "connor.walsh@example.com",
    phone: "+1 (312) 555-0182",
    pronouns: "he/him",
  },
  cv: `{name}
Senior Product Designer
Chicago, IL | {email} | {phone} | {pronouns}

SUMMARY
Product designer with a background in fintech, insurance and agency work. I like messy,
high-stakes flows where people are anxious about money or paperwork, and I work best embedded
with engineers and product managers: researching, prototyping in Figma, testing early and
measuring what we ship.

EXPERIENCE

Tandem Ledger Inc. — Chicago, IL (invoicing and payments for small businesses)
Senior Product Designer | April 2021 – Present
• Redesigned the mobile onboarding and identity verification flow, raising completion from 58% to 74% after three rounds of moderated usability testing
• Led the build of Keel, a Figma design system of 140 components used across iOS, Android and web, cutting UI-related QA bugs by 40% in two quarters
• Ran a WCAG 2.1 AA audit of the payments flows and fixed 85 of 97 issues with the front-end team before our enterprise launch
• Define success metrics with product managers and track adoption in Amplitude and Hotjar
• Mentor product designers and run the weekly design critique

Northwind Mutual Insurance — Milwaukee, WI (remote from Chicago from 2020)
Product Designer | 2018-06 to 2021-03
• Interviewed 45 policyholders and call-center agents to map the claims journey; the redesigned online claim form cut claim-status calls by 18%
• Designed the online quote flow in Sketch, then Figma, and ran A/B tests with the growth team in Optimizely
• Started a monthly research readout for product, engineering and the contact center

Fieldnote Studio — Chicago, IL
UX Designer | Sep 2015 – May 2018
• Redesigned a grocery client's mobile checkout based on 12 usability sessions, lifting mobile conversion by 11%
• Designed web and mobile apps for clients in retail, health care and education
• Ran card sorts, tree tests and guerrilla usability tests to shape information architecture

Brightside Print Co. — Evanston, IL
Junior Graphic Designer | 2014 – 2015
• Designed brochures, packaging and signage for local businesses
• Prepared print-ready files and managed proofs with clients

SKILLS
Design: Figma (auto layout, variables, components, interactive prototypes), Sketch, FigJam, Lottie
Research: moderated and unmoderated usability testing, interviews, journey mapping, card sorting,
tree testing, Maze, UserTesting, Dovetail
Accessibility: WCAG 2.1/2.2 AA, VoiceOver and TalkBack testing, Stark, axe DevTools
Data: Amplitude, Hotjar, Optimizely, basic SQL
Collaboration: Jira, Linear, Notion, Storybook, Figma Dev Mode

EDUCATION
B.F.A. in Graphic Design, Columbia College Chicago, 2014
UX Certification, Nielsen Norman Group, 2019

LANGUAGES
English (native), Spanish (conversational)
`,
  truth: {
    employers: [
      "Tandem Ledger Inc.",
      "Northwind Mutual Insurance",
      "Fieldnote Studio",
      "Brightside Print Co.",
    ],
    titles: [
      "Senior Product Designer",
      "Product Designer",
      "UX Designer",
      "Junior Graphic Designer",
    ],
    claims: [
      "Redesigned the mobile onboarding and identity verification flow, raising completion from 58% to 74% after three rounds of moderated usability testing",
      "Led the build of Keel, a Figma design system of 140 components used across iOS, Android and web, cutting UI-related QA bugs by 40% in two quarters",
      "Ran a WCAG 2.1 AA audit of the payments flows and fixed 85 of 97 issues with the front-end team before our enterprise launch",
      "Interviewed 45 policyholders and call-center agents to map the claims journey; the redesigned online claim form cut claim-status calls by 18%",
      "Redesigned a grocery client's mobile checkout based on 12 usability sessions, lifting mobile conversion by 11%",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "User research",
      match: [
        "user research",
        "research",
        "user interviews",
        "interviews",
        "research methods",
        "discovery",
        "user needs",
        "insights",
      ],
      strong: [
        "At Tandem Ledger I own research for the payments squad, and I plan it around the decision we need to make rather than running studies for their own sake. Last year our PM wanted to build fully automatic recurring invoices because a few large customers had asked for it. Before we committed, I wrote a one-page research plan, recruited twelve small-business owners through our in-app panel, and ran 45-minute remote interviews about how they bill repeat clients today. I tagged the transcripts in Dovetail and ran the synthesis session with the PM and two engineers, so they heard the quotes themselves. Most owners didn't want full automation at all: they were afraid of charging a client the wrong amount, so what they wanted was a reminder and a pre-filled draft they could approve. We built that version first, for about a third of the engineering effort, and 38 percent of active accounts were using it within three months.",
        "I choose the method by what we don't know. If we don't understand the problem, I do generative work: interviews, contextual inquiry, journey mapping. If we have a design and want to know whether it works, I run usability tests, and if we need to know how many people something affects, I go to Amplitude or a survey. The clearest example is Northwind Mutual, where satisfaction with claims was low and nobody agreed why. I interviewed 45 policyholders and call-center agents, sat with agents for two days listening to live calls, and built a journey map of the claims process with the emotional low points marked. The worst moment wasn't the claim form, it was the silence afterwards: people didn't know what happened next, so they called. That reframed the project from 'fix the form' to 'show the status', and the redesigned claim flow cut claim-status calls by 18 percent.",
      ],
      vague: [
        "User research is the foundation of good design. I always try to understand the user's needs and pain points before I start designing, and I think it's important to involve users throughout the whole process.",
        "I really enjoy research and I use a range of methods depending on the project. Talking to users helps the whole team build empathy and make better decisions about the product.",
      ],
    },
    {
      name: "Figma prototyping",
      match: [
        "figma",
        "prototype",
        "prototyping",
        "prototypes",
        "interactive prototype",
        "fidelity",
        "mockups",
        "wireframes",
      ],
      strong: [
        "Figma is where I spend most of my day, and I choose the fidelity of a prototype by the question it has to answer. For the identity verification flow at Tandem Ledger, I started with low-fidelity wireframes in FigJam to agree on the steps with the PM and our compliance officer. Then I built a high-fidelity prototype in Figma with interactive components and branching flows, so a participant could photograph their ID, get an error if the photo was blurry, and retry. That behaves very differently from a happy-path clickthrough, and it's where the real problems showed up. Everything was built from our Keel components, so a change to a button updated all thirty screens at once. We tested it on participants' own phones through the Figma mobile app across three rounds of moderated sessions, and I could change copy between sessions in minutes. Engineers then built from the same file in Dev Mode, so we never needed a separate spec.",
        "I prototype early and cheaply, because a prototype is the fastest way to end a long debate. At Northwind Mutual we argued for weeks about whether the online quote should be one long page or a step-by-step flow. I built both versions in Figma in two days, using the same component set so they looked equally finished, and smart animate for the transitions, then put them in front of customers in unmoderated tests on Maze. The stepped version had a much higher task success rate and far fewer wrong answers on the coverage question. That settled it, and the growth team later confirmed it with an A/B test in Optimizely. Today I lean on auto layout and variables so a prototype adapts to different screen sizes and to states like empty, loading and error, because that's where most of the real design work in a money app is.",
      ],
      vague: [
        "I'm very proficient in Figma and use it every day. I like creating interactive prototypes because they help the team and stakeholders visualize the experience and give feedback early in the process.",
        "Prototyping is an essential part of my workflow. I usually start with low fidelity and move to high fidelity as the design matures, and Figma makes that really easy.",
      ],
    },
    {
      name: "Usability testing",
      match: [
        "usability testing",
        "usability test",
        "usability",
        "test with users",
        "moderated",
        "unmoderated",
        "testing sessions",
        "validate",
      ],
      strong: [
        "The onboarding redesign at Tandem Ledger is my best example. Only 58 percent of new users finished onboarding and identity verification, and the funnel showed the biggest drop-off on the ID upload and business details steps. I ran three rounds of moderated usability testing with five or six small-business owners each, recruited through UserTesting. I wrote a script with realistic tasks, like 'you've just signed up and want to send your first invoice today', and asked people to think aloud. The PM and an engineer observed every session, and we debriefed straight after. In round one, people didn't understand why we needed their Social Security number, so we added a short explanation and moved the step later. In round two they struggled to photograph their license, so we added an auto-capture frame. By round three the tasks were mostly smooth, and after launch completion went from 58 to 74 percent.",
        "I treat usability testing as a team sport and as a way to settle priorities. At Fieldnote Studio we were redesigning a grocery client's mobile checkout, and the client was convinced the problem was the number of steps. I ran twelve sessions with shoppers, some in their stores and some remote, with tasks like choosing a delivery slot and allowing substitutions. I logged every issue in a table of severity against how many participants hit it, and that is what made the findings persuasive: nine of the twelve didn't notice the delivery fee until the last screen, and several gave up there. Almost nobody mentioned the step count. We moved the fee and slot choice up front and simplified the substitutions setting, and mobile conversion rose by 11 percent. I still use that severity-by-frequency table everywhere, because a PM can see in a minute what to fix first.",
        "When time is short I use unmoderated tests, and when the flow is sensitive or complex I moderate. For a quick copy question at Tandem Ledger, like how to label the two payout speeds, I'll run a Maze test with thirty people overnight. For anything involving money or identity, I moderate, because I need to see hesitation and ask why someone paused before tapping 'Pay'. I keep sessions to 45 minutes, always run a pilot with a colleague first to fix the script, and avoid leading questions: I ask 'what do you expect to happen next?' rather than 'is this clear?'. After each round I write a one-page summary with the top five issues, a clip for each, and a recommended change, and I share it in the squad channel the same day, so the findings turn into tickets while they're fresh.",
      ],
      vague: [
        "Usability testing is very important to validate designs with real users. I like to test early and often and use the feedback to iterate on the design until it works well for everyone.",
        "I have experience with both moderated and unmoderated testing. Watching real users interact with a product always brings insights you wouldn't expect, and it helps the team make better decisions.",
      ],
    },
    {
      name: "Design systems",
      match: [
        "design system",
        "design systems",
        "components",
        "component library",
        "design tokens",
        "consistency",
        "pattern library",
        "reusable",
      ],
      strong: [
        "I led the build of Keel, the design system at Tandem Ledger. When I joined, iOS, Android and web each had their own buttons and inputs, and about a third of our QA bugs were visual inconsistencies like wrong spacing or colors. I audited every screen, took screenshots of all the variants, and showed the team that we had 23 different button styles. Then I worked with a front-end lead and an iOS engineer to define design tokens for color, type and spacing, managed with a Figma tokens plugin and exported to code through Style Dictionary, so a change in Figma could reach all three platforms. We built components in priority order, starting with those in the payments flows, and documented each one in Figma and Storybook with usage rules and accessibility notes. Keel now has 140 components, and in the two quarters after adoption UI-related QA bugs dropped by 40 percent.",
        "For me a design system is a product whose users are designers and engineers, so I run it like one. Once Keel was established at Tandem Ledger, the new problem was designers detaching components because they didn't fit their case. Instead of policing it, I looked at Figma's library analytics to see which components were detached most, and the date picker and the data table were the worst. I set up a contribution process: a designer proposes a change in a Figma branch, we review it in the weekly critique, and an engineer pairs on the coded version. We version the library and post release notes in Slack. Detaches of those two components fell sharply, and the designers started treating the system as theirs rather than as a rulebook. I also insist every component has its states defined from the start: hover, focus, disabled, error and loading.",
      ],
      vague: [
        "Design systems are essential for consistency and efficiency at scale. I believe in building reusable components and documenting them well so designers and developers can work faster and the product feels cohesive.",
        "I've worked with design systems throughout my career and I'm comfortable contributing components and following the guidelines. A good design system makes everyone's life easier and lets the team focus on the real problems.",
      ],
    },
    {
      name: "Accessibility (WCAG)",
      match: [
        "accessibility",
        "wcag",
        "accessible",
        "screen reader",
        "color contrast",
        "inclusive design",
        "disabilities",
        "assistive",
      ],
      strong: [
        "I design for accessibility from the first wireframe rather than checking at the end. In practice I check color contrast with Stark while I'm choosing colors, I annotate headings, focus order and screen reader labels directly in the Figma file for engineers, and I never let color alone carry meaning, which matters in finance, where red and green are everywhere. In the invoice list at Tandem Ledger, for example, paid and overdue each have a text label and an icon as well as a color. I also include people with disabilities in research. At Northwind Mutual I recruited two blind policyholders for the claims study, and watching one of them struggle with an unlabeled date picker for five minutes convinced the team more than any guideline I could quote. Since WCAG 2.2 added target size and focus-not-obscured criteria, I've updated our component specs for those too.",
        "At Tandem Ledger, our first enterprise customer asked for an accessibility conformance report before signing, and we realized nobody had ever checked. I ran an audit of the payments flows against WCAG 2.1 AA: automated scans with axe DevTools, a keyboard-only walkthrough, and testing with VoiceOver on iOS and TalkBack on Android. I logged 97 issues in Jira, each with its success criterion and a severity. The serious ones were form errors shown only in red with no text for screen readers, unlabeled icon buttons, and focus getting lost when a modal opened. I worked through them with two front-end engineers over about six weeks, and we fixed 85 of the 97 before launch. Then, because most of the issues came from a handful of shared components, we fixed those in Keel so the problems wouldn't come back in new screens.",
      ],
      vague: [
        "Accessibility is extremely important to me. I always try to make sure my designs are inclusive and follow WCAG guidelines so that everyone can use the product, including people with disabilities.",
        "I'm familiar with WCAG and I keep accessibility in mind when designing, for example with contrast and font sizes. I think accessible design is simply good design.",
      ],
    },
    {
      name: "Product analytics",
      match: [
        "metrics",
        "analytics",
        "data",
        "amplitude",
        "funnel",
        "a/b test",
        "success metrics",
        "measure",
      ],
      strong: [
        "I agree the success metric with the PM before I start designing, because it changes what I design. At Tandem Ledger, for the invoice creation redesign, we wrote two metrics into a short brief: the median time to send a first invoice, and the share of new accounts that send one within seven days. I worked with our data analyst to set up an Amplitude funnel with an event for each step, and watched Hotjar recordings of the step with the biggest drop, the line items table, where people kept tabbing around trying to add a tax rate. We redesigned that table, released it to half of new accounts first and compared the two groups for four weeks. Time to first invoice went down clearly and seven-day activation rose by six points. I also keep a guardrail metric, here support tickets about invoicing, so we don't improve one number by quietly hurting another.",
        "Data tells me where and how much, research tells me why, so I use them together. At Northwind Mutual the growth team ran A/B tests in Optimizely, and I worked with them on the online quote flow. The funnel showed a big drop at coverage selection but not the reason, so I ran five quick sessions and heard that people didn't understand the difference between the deductible options. We tested a version with plain-language explanations and a recommended option against the original, and it lifted quote completion by about 9 percent over three weeks, with enough traffic for the result to hold up. I can write basic SQL to check a number myself, and I'm wary of vanity metrics: more clicks on a button mean nothing if the customer calls support afterwards. For every project I write down the metric, the baseline and what result would make us change course.",
      ],
      vague: [
        "I believe in data-informed design. Metrics help us understand how users behave and whether our designs are successful, so I always try to look at the numbers alongside qualitative feedback.",
        "I work closely with analysts and product managers to understand the data. Numbers are important, but I also think you shouldn't forget the human side of the experience.",
      ],
    },
    {
      name: "Cross-functional collaboration",
      match: [
        "engineers",
        "engineering",
        "product manager",
        "product managers",
        "developers",
        "handoff",
        "cross-functional",
        "squad",
      ],
      strong: [
        "At Tandem Ledger I'm embedded in a squad with a PM and eight engineers, and what I work hardest at is involving engineers early instead of handing over finished screens. For the onboarding redesign, I invited the tech lead to the first sketching session, and she pointed out that our identity verification vendor's SDK already had an auto-capture mode, which saved us designing a custom camera screen. During the build I hold a 30-minute design review twice a week where engineers show what they've built on a real device and I flag issues on the spot; that catches most problems before QA. In Figma I keep one source of truth per feature, with a status page, annotated edge cases and Dev Mode links. With the PM the split is clear: she owns the problem and priority, I own the experience, and we agree the success metric together.",
        "The best relationships I've had with engineers came from sharing trade-offs openly. At Northwind Mutual, the claim flow redesign depended on an old policy system that couldn't return claim status in real time. Instead of insisting on my original design, I spent an afternoon with two backend engineers to understand what the system could actually do. It could refresh once an hour, so I redesigned the status tracker to show a 'last updated' time and the expected next step, which was honest and still solved the customer's problem. The PM and I then went to the contact center manager together so agents would see the same statuses customers did. I also started a monthly research readout for product, engineering and the contact center, because once engineers have heard customers themselves, conversations about what to build get much shorter.",
      ],
      vague: [
        "I love working closely with engineers and product managers. Good communication and mutual respect are key, and I always try to involve developers early so there are no surprises at handoff.",
        "Collaboration is one of my strengths. I believe design, product and engineering should work as one team, with shared goals, regular check-ins and a lot of trust in each other.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Product design experience on consumer apps",
      match: [
        "experience",
        "consumer app",
        "consumer apps",
        "mobile app",
        "shipped",
        "end to end",
        "end-to-end",
        "years of product design",
      ],
      strong: [
        "I've been designing digital products since 2015. At Fieldnote Studio I worked on consumer web and mobile apps for retail, health care and education clients, including a grocery checkout where we raised mobile conversion by 11 percent. At Northwind Mutual I designed the customer-facing quote and claims experiences on the web and in the policyholder app. For the last three years at Tandem Ledger I've owned onboarding, invoicing and payments across iOS, Android and web, for small-business owners who behave very much like consumers: they use us on a phone between jobs. In all of these I've done the full cycle: research, framing, prototypes, testing, working with engineers through the build, and measuring after launch. The onboarding redesign, which took completion from 58 to 74 percent, is the project I'd walk you through first, because it covers every step.",
        "The project that best shows how I work end to end is the online claims flow at Northwind Mutual. It started with a business problem, too many calls about claims, and went from interviews with 45 policyholders and call-center agents, through a journey map, to sketches, a Figma prototype and two rounds of usability tests. I then worked with the engineers on a phased release, starting with 10 percent of policyholders, and tracked call volumes with the contact center. Claim-status calls dropped by 18 percent. I've shipped mobile and web features in every role since, and I've learned that shipping is only half the job: I stay involved after launch, read the support tickets and the funnel, and plan the follow-up release, because the first version is rarely the last.",
      ],
      vague: [
        "I have many years of experience designing consumer apps on both mobile and web. I've worked on a variety of projects from start to finish and I'm comfortable with every stage of the design process.",
        "I've shipped lots of features over my career and I'm passionate about creating great experiences for consumers. I think my experience makes me a strong fit for this role.",
      ],
    },
    {
      name: "Designing for regulated financial products",
      match: [
        "regulated",
        "regulation",
        "fintech",
        "financial",
        "compliance",
        "trust",
        "banking",
        "legal",
      ],
      strong: [
        "My last two roles were both regulated, insurance at Northwind Mutual and payments at Tandem Ledger, and I've learned to treat compliance as a design constraint rather than an obstacle. For identity verification at Tandem Ledger, our compliance officer required date of birth, address and Social Security number under our KYC program. I couldn't remove any of it, so I worked through the copy with her line by line: why we need each item, what we do with it, and a link to the full disclosure. We moved the SSN request after people had seen the value of the product, with a lock icon and a one-line reason. Legal reviewed every version before testing. The flow passed compliance review and still raised completion from 58 to 74 percent. I keep a decision log in Notion, so if an auditor asks why a screen looks the way it does, we have the answer.",
        "In a money product, trust is the experience. At Tandem Ledger, when a payout fails, the customer is worried about their own money, so I design those moments very carefully: a clear status, plain language instead of error codes, and what happens next with a date. I worked with our payments operations team and legal to rewrite all fourteen payout failure messages, because some reasons, like a risk review, can't be explained in detail, and we had to be honest without saying too much. At Northwind Mutual every change to policy documents needed sign-off from the state filings team, so I learned to bring compliance in at the sketch stage rather than at the end, which saved us redesigning whole flows late. I'm comfortable reading disclosure requirements and turning them into design requirements together with legal.",
      ],
      vague: [
        "I understand that financial products require a lot of trust. I always make sure to work with compliance and legal teams and design experiences that are transparent and secure for users.",
        "Designing in a regulated environment can be challenging, but I enjoy the constraints. I think clarity and transparency are the most important things in fintech design.",
      ],
    },
    {
      name: "Interaction and visual design craft",
      match: [
        "visual design",
        "interaction design",
        "craft",
        "portfolio",
        "typography",
        "animation",
        "micro-interactions",
        "attention to detail",
      ],
      strong: [
        "I care about the details, because in a finance app small things carry big meaning. A good example is the payment confirmation screen at Tandem Ledger. The old one was a green checkmark and an amount. I redesigned the whole moment: a short animation of the amount moving to the recipient, built in Lottie; a clear hierarchy with the amount in our display type, then the recipient and the expected arrival date; and a receipt link. I spent real time on numeric typography, using tabular figures so amounts line up in lists, and on the states around it: pending, delayed and failed each got their own layout and copy. I reviewed it on real devices with the iOS engineer until the timing felt right, at around 400 milliseconds. Tickets asking 'did my payment go through?' dropped after that release, which is what good interaction design should do.",
        "The three case studies I'd show from my portfolio are the onboarding flow at Tandem Ledger, the claims flow at Northwind Mutual and the grocery checkout from Fieldnote Studio. In each I show the process, but also the craft decisions. In the grocery checkout, for example, I explored six layouts for the delivery slot picker, including a calendar, a horizontal day scroller and plain lists, and tested the two strongest. The scroller won because people could compare slot prices at a glance, and I refined it with spacing, contrast and 44-point touch targets so it worked one-handed in a supermarket aisle. My start as a graphic designer at Brightside Print Co. gave me a solid grounding in typography, grids and color, and I still do a polish pass at the end of every project, checking alignment, spacing tokens and copy before anything ships.",
      ],
      vague: [
        "I have a strong eye for visual design and I pay a lot of attention to detail. I believe great interaction design should feel intuitive and delightful, and my portfolio reflects that.",
        "Craft is very important to me. I always try to create clean, modern interfaces with good typography and smooth interactions that users enjoy, and I don't consider a design finished until the details are right.",
      ],
    },
    {
      name: "Presenting and defending design decisions",
      match: [
        "present",
        "presenting",
        "defend",
        "design decisions",
        "senior leaders",
        "executives",
        "pushback",
        "buy-in",
        "rationale",
      ],
      strong: [
        "I present decisions as a story of problem, evidence and trade-off, not as a gallery of screens. At Tandem Ledger our CEO wanted to move identity verification out of onboarding and ask for it later, to make sign-up feel faster. I understood the goal, but research showed that people who hit verification later, when they were trying to get paid, abandoned at a much higher rate, and compliance wouldn't let us pay out without it anyway. I prepared a ten-minute presentation with the Amplitude funnel, three short clips from usability sessions, and two options, his and ours, with the risks of each spelled out. He agreed to test our version first, and when completion rose from 58 to 74 percent the discussion was over. What worked was taking his goal seriously and showing evidence rather than arguing about taste.",
        "I expect pushback and prepare for it. Before any leadership review I write down the three hardest questions I think I'll get and the evidence for each. At Northwind Mutual, the VP of Claims objected to the status tracker because she worried it would create expectations the claims team couldn't meet. Instead of defending the design screen by screen, I asked what exactly worried her, and it was the hourly data refresh. We agreed to show 'last updated' times and to test the design with ten policyholders while two of her team leads watched. Seeing customers react well changed her mind, and she became its biggest supporter. When I'm wrong I say so: in the same project an engineer convinced me one of my screens added an unnecessary step, and I changed it during the meeting. Being willing to change makes people trust me when I do hold my ground.",
      ],
      vague: [
        "I'm comfortable presenting my work to stakeholders and leadership. I always explain the reasoning behind my decisions and connect them back to user needs and business goals.",
        "When people push back on my designs, I listen to their concerns and try to find common ground. I think it's important to stay open-minded while also standing up for the user.",
      ],
    },
    {
      name: "Mentoring designers and running critiques",
      match: [
        "mentor",
        "mentoring",
        "critique",
        "critiques",
        "design critique",
        "junior designers",
        "coach",
        "grow",
      ],
      strong: [
        "At Tandem Ledger I mentor two product designers, one mid-level and one who joined from a bootcamp. With each I hold a one-to-one every two weeks, and we set two growth goals per quarter based on our career framework. For the junior designer, the goal was running research on her own. She shadowed two of my sessions, then co-facilitated one, then ran one herself while I observed, and we debriefed after each. Six months later she ran the whole research round for our reporting feature. I also run the weekly design critique for our team of six. I introduced a simple format: the presenter says what stage the work is at and what kind of feedback they want, and feedback is given as 'I notice, I wonder, what if'. Critiques became less defensive, and people started bringing early sketches instead of only polished screens.",
        "I think mentoring is more about asking good questions than giving answers. One of the designers I mentor at Tandem Ledger had a great visual eye but struggled to explain why a design was right, so his stakeholder reviews went badly. Rather than presenting for him, we rehearsed: before each review I asked him the hardest questions I could think of, and we built a one-page rationale with the problem, the options he'd explored and the evidence. After a couple of months he was leading reviews with the PM on his own, and in the next review cycle he was promoted. In our weekly critiques I also share my own unfinished work, so newer designers see that senior work is messy too, and I keep the discussion on the goal of the design rather than personal taste.",
      ],
      vague: [
        "I enjoy mentoring other designers and helping them grow. I try to be supportive and share what I've learned, and I think critiques are a great way for the whole team to improve.",
        "I've supported junior designers in my previous roles and I value a healthy critique culture. Giving constructive feedback in a safe environment helps everyone produce better work and grow faster.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Raising onboarding completion from 58% to 74%",
      claim:
        "Redesigned the mobile onboarding and identity verification flow, raising completion from 58% to 74% after three rounds of moderated usability testing",
      match: [
        "58%",
        "74%",
        "onboarding",
        "identity verification",
        "completion",
        "three rounds",
        "kyc",
      ],
      strong: [
        "When I joined Tandem Ledger in 2021, only 58 percent of people who started sign-up finished onboarding and identity verification, and it was our biggest leak. The Amplitude funnel showed two drop-off points: the Social Security number step and the photo of the ID. I ran three rounds of moderated usability testing with five or six small-business owners each, changing the design between rounds. Round one showed that people didn't trust the SSN request, so we explained why we need it and moved it later. Round two showed ID photos kept failing, so we switched on the vendor SDK's auto-capture with a frame and instant feedback on glare. Round three was about smaller things, like saving progress so people could come back. We released it to half of new users first, then to everyone, and completion settled at 74 percent.",
        "The onboarding project was mine end to end: I proposed it after reviewing the funnel, ran the research, designed the flow in Figma and worked with the PM and three engineers on the build. What made the difference was testing in rounds rather than once. With three rounds of moderated sessions, each on a new version, we could check that a fix actually worked before moving on. Compliance was involved from the start because we couldn't drop any KYC information, so the gains came from order, copy and the ID capture experience, not from cutting steps. I also pushed for something outside the original scope, an email that lets people finish verification later, because several owners in testing didn't have their license on them. Completion went from 58 to 74 percent, and the resume email alone accounted for about a quarter of the gain.",
      ],
      vague: [
        "The onboarding redesign was a great success. We put the user at the center and tested with customers several times, which really helped improve the completion rate.",
        "I worked on improving onboarding by making it simpler and more user-friendly. Testing showed us what users needed, and the results after launch were very positive.",
      ],
      contradicting: [
        "At Tandem Ledger onboarding completion was around 45 percent when I started, and after I redesigned the flow with a single round of usability testing we got it to about 60 percent. Not where we wanted yet, but a solid improvement for the business.",
        "Our UX research lead at Tandem Ledger ran the three rounds of usability testing, and another senior designer led the redesign of the verification flow. I helped with some of the screens and the prototype. Completion went from 58 to 74 percent.",
      ],
    },
    {
      name: "Building the Keel design system",
      claim:
        "Led the build of Keel, a Figma design system of 140 components used across iOS, Android and web, cutting UI-related QA bugs by 40% in two quarters",
      match: [
        "keel",
        "140 components",
        "40%",
        "qa bugs",
        "ui-related",
        "ios, android and web",
        "two quarters",
      ],
      strong: [
        "Keel started because our QA board was full of visual bugs: wrong padding, three shades of our primary blue, buttons that looked different on iOS and Android. I ran an interface inventory across the three platforms and presented it to engineering leadership, with one slide showing 23 button styles. That got me two engineers part-time for a quarter. I set up the tokens with a Figma tokens plugin, and we used Style Dictionary to generate them for Swift, Kotlin and CSS. Then we built components in order of usage, starting with buttons, inputs, list rows and the amount field, each with documented states and accessibility notes, and the engineers built matching coded components in Storybook. I tracked Jira bugs tagged 'UI' before and after: in the two quarters after teams adopted Keel, they fell by 40 percent. It has 140 components today.",
        "I was the design owner of Keel: I set the scope, designed and reviewed the components, and ran the process with the engineers who built the coded versions. The 140 components were never the goal; adoption was. So I made Keel easy to use: clear naming in the Figma library, usage guidance on every component page, and a Slack channel where I answered questions every day for the first months. I also made one hard call: we froze new one-off components in the payments flows unless they went into Keel or had a documented exception. Engineers liked that because it meant fewer surprises at QA. Over two quarters, UI-related QA bugs dropped by 40 percent across iOS, Android and web, and our QA lead started reporting that number at the monthly engineering review, which helped me get more time for the system.",
      ],
      vague: [
        "Building the design system was a big team effort and it really improved consistency across the product. Everyone found it much easier to work with shared components afterwards.",
        "I was very involved in our design system. It helped designers and developers speak the same language and made the product feel more polished and consistent.",
      ],
      contradicting: [
        "At Tandem Ledger I built a design system of around 60 components for the web app only; the mobile apps kept their own styles. UI bugs went down by maybe 15 percent over a year, which still made it worth the effort.",
        "Keel was led by our design systems engineer, who set up the tokens and built the library, and the head of design decided its scope. I contributed a few components for the payments flows. UI-related QA bugs dropped by 40 percent in two quarters.",
      ],
    },
    {
      name: "WCAG audit fixing 85 of 97 issues",
      claim:
        "Ran a WCAG 2.1 AA audit of the payments flows and fixed 85 of 97 issues with the front-end team before our enterprise launch",
      match: [
        "85 of 97",
        "97 issues",
        "audit",
        "wcag 2.1",
        "enterprise launch",
        "payments flows",
        "vpat",
      ],
      strong: [
        "The audit came out of our first enterprise deal at Tandem Ledger: the customer's procurement team asked for a VPAT, and I volunteered to find out where we stood. I scoped it to the payments flows, because that's where a failure stops someone getting paid: invoice creation, the payment page our customers' clients use, and payouts. I combined axe DevTools scans with a keyboard-only pass, VoiceOver on iPhone, TalkBack on Android and a 200 percent zoom check. Each of the 97 issues went into Jira with its WCAG 2.1 success criterion and a severity from blocker to minor. Blockers came first, like a card form that trapped keyboard focus, then anything affecting screen reader users on the payment page. Over six weeks with two front-end engineers we fixed 85. The other 12 were inside a third-party widget, so we documented them in the VPAT with a remediation date, and the deal closed.",
        "What I'm proudest of in that audit is that it didn't stay a one-off. Fixing 85 of the 97 issues before the enterprise launch was the visible result, but while we worked I noticed that about half the problems traced back to five components: the text input, the error message, the modal, the icon button and the dropdown. So instead of fixing screens one by one, I worked with the front-end engineers to fix those components in Keel, with proper labels, focus management and error text linked through aria-describedby, and we added an accessibility checklist to our definition of done. I also ran a lunch session where the squad tried to pay an invoice using only VoiceOver, which did more for buy-in than any document. When we re-checked the payments flows six months later, there were only a handful of new issues.",
      ],
      vague: [
        "We did an accessibility audit and fixed most of the issues before launch. It was a great learning experience for the whole team and it made the product much more inclusive.",
        "I took part in improving the accessibility of our payments experience. I think it's important that everyone can pay and get paid, so I was glad we made it a priority.",
      ],
      contradicting: [
        "I ran a WCAG audit at Tandem Ledger that found about 40 issues, and we fixed roughly 20 of them before the launch. The rest went into the backlog and were fixed over the following year.",
        "An external accessibility agency audited our payments flows at Tandem Ledger, and the front-end team fixed 85 of the 97 issues. I updated a few designs when they asked me to, mostly colors and labels.",
      ],
    },
    {
      name: "Claims research that cut claim-status calls by 18%",
      claim:
        "Interviewed 45 policyholders and call-center agents to map the claims journey; the redesigned online claim form cut claim-status calls by 18%",
      match: [
        "45 policyholders",
        "claims journey",
        "18%",
        "claim-status calls",
        "claim form",
        "northwind",
        "call-center agents",
      ],
      strong: [
        "At Northwind Mutual the contact center was overwhelmed by policyholders asking where their claim was. I proposed a research project to understand the claims journey from both sides. I interviewed 45 people in total: 30 policyholders who had filed a claim in the previous six months, recruited with the customer insights team, and 15 call-center agents, and I also shadowed agents on live calls. I synthesized it into a journey map that showed the worst moment was the week after filing, when nothing visible happened. The redesigned online claim form asked for the right documents up front, so fewer claims stalled, and ended with a confirmation page and a status tracker showing the next step and the adjuster's name. We compared claim-status calls for the three months after launch with the same months a year earlier, adjusted for claim volume, and they were down 18 percent.",
        "The agent interviews were the part people underestimate. Policyholders told me how they felt, but the 15 call-center agents I interviewed at Northwind told me exactly which questions came in and why, because they heard them dozens of times a day. One agent kept a paper tally of call reasons for me for a week, which gave us real numbers. Combined with the 30 policyholder interviews, the pattern was clear: people called because they didn't know whether their documents had arrived. So the redesigned claim form showed a document checklist, confirmed each upload, and sent an email explaining what would happen next. I worked with the claims operations manager to make sure the statuses matched what agents saw in their system. After launch, claim-status calls fell by 18 percent, and I went back to present the results to the agents who had given me their time.",
      ],
      vague: [
        "At Northwind I did a lot of research to understand our customers' experience with claims. The insights helped us design a much better claim form, and customers were happier afterwards.",
        "I believe in listening to both customers and frontline staff. Our research on the claims journey helped everyone understand the problems, and the new design reduced calls.",
      ],
      contradicting: [
        "At Northwind I interviewed about fifteen policyholders about the claims process, and the new claim form reduced calls to the contact center by around 30 percent over the first year.",
        "The research at Northwind was done by an external agency, who interviewed the 45 policyholders and agents, and our lead designer redesigned the claim form. I produced the final screens. Claim-status calls went down 18 percent.",
      ],
    },
    {
      name: "Grocery checkout redesign lifting mobile conversion by 11%",
      claim:
        "Redesigned a grocery client's mobile checkout based on 12 usability sessions, lifting mobile conversion by 11%",
      match: [
        "grocery",
        "checkout",
        "12 usability sessions",
        "11%",
        "mobile conversion",
        "fieldnote",
        "agency",
      ],
      strong: [
        "This was at Fieldnote Studio, for a regional grocery chain whose mobile checkout converted much worse than desktop. The client assumed the number of steps was the problem. I ran twelve usability sessions, six in two of their stores with shoppers on their own phones and six remote, with realistic tasks like completing a weekly shop with a delivery slot. Nine of the twelve were surprised by the delivery fee on the final screen, and several couldn't work out how to allow substitutions. I presented the findings to the client's e-commerce director with video clips, and we redesigned the flow: slot and fee chosen first, a clearer substitutions toggle, and a sticky order summary. The client ran the new checkout against the old one for a month, and mobile conversion went up 11 percent. It taught me that a surprise costs more than an extra step.",
        "I was the lead designer on that project at Fieldnote, working with the client's own developers. What I did differently was the analysis: I logged every issue from the twelve usability sessions in a matrix of severity against how many participants hit it, so we could agree priorities with the client in one meeting. The top three problems, the hidden delivery fee, the substitutions setting and a promo code field people kept tapping by accident, accounted for most of the failures. I designed fixes for those three, checked them with a quick round of five unmoderated tests on the new prototype, and left the step count almost unchanged. After launch mobile conversion rose by 11 percent. The client's team kept using the issue matrix for their own research afterwards, which I was quietly proud of.",
      ],
      vague: [
        "The grocery checkout was a fun project. We listened to users, found the main pain points and made the checkout much smoother, which really paid off for the client.",
        "At the agency I worked on many e-commerce projects, including a grocery checkout. Testing with real shoppers helped us improve the experience and the conversion.",
      ],
      contradicting: [
        "For a grocery client at Fieldnote I ran about five usability sessions on the checkout, and the redesign lifted conversion by around 25 percent, mostly on desktop.",
        "At Fieldnote our senior UX researcher ran the twelve usability sessions for the grocery checkout, and the creative director led the redesign. I did the wireframes. Mobile conversion went up 11 percent.",
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
        "tension",
        "different opinion",
        "resolve",
      ],
      strong: [
        "At Tandem Ledger our PM wanted instant payout, which carries a 1.5 percent fee, to be selected by default on the payout screen, because it was an important revenue line. I disagreed strongly: our customers are small-business owners watching every dollar, and a pre-selected fee felt like a dark pattern that would damage trust. Rather than arguing in Slack, I asked for thirty minutes with her. I acknowledged the revenue goal and proposed a test of a version showing both options side by side, with the fee and arrival time stated clearly and the instant option highlighted as faster but not pre-selected. We agreed the metrics together: instant payout adoption and support tickets about fees. Adoption in my version was only slightly lower than in hers, and fee complaints were far lower. We shipped it, and our working relationship improved because we'd settled it with evidence.",
        "I disagreed with the iOS tech lead at Tandem Ledger about the new payment confirmation animation. He thought it was a nice-to-have that would take a week; I thought it mattered for reassurance. Instead of escalating, I asked him what made it expensive. It turned out my spec used a custom easing curve with no native equivalent. I simplified it to a standard ease-out and a Lottie file, which he estimated at a day, and in exchange I dropped a second animation I'd wanted on the invoice list. We also agreed that in future I'd bring motion ideas to him at the sketch stage. What I took from it is that most disagreements with engineers are really about a cost I can't see, so now I ask before I defend.",
      ],
      vague: [
        "I think disagreements are normal in design and can lead to better outcomes. I always try to listen to the other person's point of view and find a solution that works for the user and the business.",
        "When I have a conflict with a colleague, I stay calm and professional. Communication is key, and I believe most conflicts can be resolved by talking openly.",
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
        "At Tandem Ledger I redesigned the invoice list to make it cleaner: fewer columns, larger rows and a card layout on desktop. I tested it with six users, but all of them were small businesses sending a few invoices a month. When we launched, we got a wave of complaints from bookkeepers who manage hundreds of invoices for their clients: they couldn't scan or sort anymore. That was my mistake; I'd recruited only one kind of user. I owned it in our squad retro, called five of the bookkeepers who had complained, and within two weeks we shipped a compact table view they could switch to. Since then I write a screener for every study that includes our heavy users, and before choosing participants I check in Amplitude how different segments use the feature.",
        "Early at Northwind Mutual I spent three weeks perfecting high-fidelity designs for a new policy documents page before talking to engineering. When I presented them, the lead engineer explained that documents came from a legacy system that could only produce PDFs, not the structured data my design depended on. Most of the work had to be thrown away, and the project slipped by two weeks. I was embarrassed, but it changed how I work: I now bring engineers into the first sketches, and at the start of every project I write a short list of technical assumptions and check it with the tech lead before going into detail. On the very next project, the claims flow, that habit caught a similar limit in the claim status data in the first week, and we designed around it instead of discovering it at handoff.",
      ],
      vague: [
        "Everyone makes mistakes, and I believe the important thing is to learn from them. When something goes wrong I take responsibility and try to improve my process so it doesn't happen again.",
        "I've made mistakes in my career like anyone else. I try to see them as learning opportunities, and looking back they've really helped me grow as a designer and as a colleague.",
      ],
    },
    {
      name: "Prioritizing under pressure",
      match: [
        "priorities",
        "prioritize",
        "deadline",
        "deadlines",
        "pressure",
        "tight timeline",
        "competing",
        "trade-offs",
      ],
      strong: [
        "Before Tandem Ledger's enterprise launch I had three things due in the same four weeks: the accessibility fixes the customer required, final designs for bulk invoicing, and flows for the new enterprise admin role. I couldn't do all three well, so I listed them with the PM and the engineering manager and asked one question: what would stop the launch? The accessibility blockers and admin setup were contractual; bulk invoicing was only on the roadmap. We moved bulk invoicing by one sprint, and I told the sales lead directly why. For accessibility, I ranked the 97 audit issues by severity and worked through the blockers first with the front-end engineers. For the admin flows I reused Keel components rather than designing anything new. We launched on time with 85 of the issues fixed, and bulk invoicing shipped two weeks later.",
        "When everything is urgent, I make the trade-offs visible rather than working late and hoping. At Northwind Mutual, a regulatory change gave us three weeks to update the disclosure screens in the quote flow, right in the middle of the claims project. The PM and I agreed the regulatory change came first, because missing it meant fines. I inventoried the fourteen affected screens, designed one disclosure pattern that could be reused on all of them, and had legal review the pattern once instead of fourteen times. That took a week. I spent the other two back on claims and told the claims stakeholders exactly which milestone had moved and by how much. The disclosures went live two days before the deadline, and the claims project slipped by only a week.",
      ],
      vague: [
        "I work well under pressure. I prioritize tasks by importance and urgency, stay organized and communicate with my team so that we meet our deadlines.",
        "When deadlines are tight, I focus on what matters most to the user and the business. Staying calm and organized helps me deliver high-quality work on time.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "receiving feedback",
        "giving feedback",
        "critical feedback",
      ],
      strong: [
        "A piece of feedback that changed me came from my manager at Tandem Ledger after a review with our CEO. She told me I'd spent fifteen minutes walking through my process before showing the design, and that I'd lost the room. It stung, because I was proud of the research. I asked her to sit in on my next two rehearsals, and I changed my structure: recommendation and design first, then the evidence, and the process only if someone asks. My next leadership review took half the time and ended with a decision. When I give feedback, for example to the designers I mentor, I try to be as specific as she was: I point to the exact moment or screen, explain the effect it had, and suggest one thing to try. I also ask for feedback on the critiques I run, with a short anonymous form every quarter.",
        "Giving hard feedback is something I've had to learn. A designer I mentor at Tandem Ledger kept handing work to engineers without covering edge cases, and the engineers were getting frustrated. I didn't want to wait for a formal review, so in our next one-to-one I described two specific tickets where error states were missing, what that had cost the engineers in time, and asked how she saw it. She said she felt pressure to show progress quickly. We agreed she'd use a short checklist of states before every handoff, covering empty, loading, error, permissions and long content, and that I'd review her next three handoffs. Within a month the engineers mentioned in the retro that her specs were among the most complete on the team. Good feedback, for me, is specific, timely, about the work, and ends with a clear next step.",
      ],
      vague: [
        "I really value feedback and see it as an opportunity to grow. When I receive criticism I try not to take it personally, and when I give feedback I'm always constructive and respectful.",
        "Feedback is a gift. I regularly ask my colleagues for their input on my work, and I try to give honest and kind feedback to others.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "team",
        "leadership",
        "lead",
        "working with others",
        "collaborate",
        "influence",
      ],
      strong: [
        "Keel at Tandem Ledger was a leadership challenge because I had no authority over anyone who needed to adopt it. Designers had their habits, and three platform teams had their own component code. I started with a small coalition: one engineer from each platform who was already frustrated with the inconsistency. We met weekly and agreed the roadmap together, and I made sure they presented progress at the engineering all-hands, not me. For designers, I paired with each of them on one real project to move their work to Keel, so adoption came with help rather than a rule. When two teams disagreed about the date picker, I ran a session where both versions were tested with users. Within two quarters all three platforms used Keel and UI bugs in QA were down 40 percent. It worked because the team owned it.",
        "I like to lead by making the work visible and the decisions shared. For the claims redesign at Northwind Mutual, I organized a four-day design sprint with the claims operations manager, a contact center team lead, two engineers and the PM. I planned the agenda, prepared a research summary so everyone started from the same facts, and facilitated, but the sketches and votes came from the whole group. The contact center team lead came up with the idea that became the status tracker. By the end of the week we had a prototype tested with five policyholders and, more importantly, people from three departments who felt the solution was theirs. That made the rest of the project much faster, because I didn't have to sell it, and the new claim flow later cut claim-status calls by 18 percent.",
      ],
      vague: [
        "I'm a strong team player and I enjoy collaborating with people from different backgrounds. I believe the best products come from teams that trust each other and share a common goal.",
        "I think good leadership is about supporting people and giving them space to do their best work. I try to lead by example and keep everyone aligned.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "new skill",
        "quickly",
        "unfamiliar",
        "ramp up",
        "new tool",
        "new domain",
      ],
      strong: [
        "When I joined Tandem Ledger I knew almost nothing about payments: ACH, settlement times, returns, KYC. I had a month before I owned the payout experience. I asked the payments operations lead for an hour a week, shadowed the support team for two days to hear real payout questions, and read our internal runbooks and the basic Nacha guides on ACH. I kept a glossary in Notion and shared it with the squad, and by the end of the month other new joiners were using it too. The first design I shipped was the payout status screen, and because I understood why ACH takes one to three business days and when a payout can be returned, I could design honest statuses and messages instead of a generic 'processing'. Payout-related support tickets went down after that release.",
        "Figma variables came out while we were building Keel at Tandem Ledger, and I saw they could replace our tokens plugin and make a dark theme far simpler. I had about two weeks before quarterly planning. I worked through Figma's documentation and conference talks, rebuilt a small part of the library, just buttons and inputs, as a proof of concept, and tested the export to code with a front-end engineer using Style Dictionary. When it worked, I wrote a one-page migration plan and ran an hour-long session for the other designers. We migrated the whole library over the next month, and dark mode, which we had estimated at a full quarter of design work, took about three weeks. I learn best by building something small and real straight away rather than reading everything first.",
      ],
      vague: [
        "I'm a fast learner and I love learning new things. When I need to pick up a new tool or domain, I read, watch tutorials and ask colleagues until I'm comfortable.",
        "I'm naturally curious and I adapt quickly to new environments. I think continuous learning is one of the most exciting parts of working in design, because the tools and users keep changing.",
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
        "fernleaf",
        "join",
        "personal finance",
      ],
      strong: [
        "Two things draw me to Fernleaf. First, the problem: at Tandem Ledger I've seen how anxious people get about money, even experienced business owners, and how much a clear screen can calm that down. Personal finance is the same anxiety at a more personal level, and I want to design for it at the scale of two million people. Second, the role itself. The Money Movement squad owns onboarding and identity verification, which is exactly where I've had my biggest impact: I took our onboarding completion from 58 to 74 percent. And you treat WCAG 2.2 AA as a product requirement; I've spent two years pushing for that from the inside, so joining a team that already believes it would let me go further. I'm also ready to mentor within a larger design team, with a proper weekly critique.",
        "I've spent three years designing money tools for businesses, and I want to design them for people. What stood out in your posting is that you say the product only works if people trust it and understand it, which matches how I think about financial design. My experience lines up closely with what the role asks for: research, prototyping and testing, design systems, accessibility, and using Amplitude funnels to measure outcomes, all in a regulated environment. I also like that you expect designers to stay with the work through launch and measurement; in my experience that's where the real learning happens. And honestly, the hybrid setup in Chicago suits me: I do my best work in the room with engineers and PMs a couple of days a week.",
      ],
      vague: [
        "I'm excited about this role because I'm passionate about fintech and user-centered design. Fernleaf seems like a great company with a strong mission, and I'd love to be part of the team.",
        "This role is a great next step in my career. I want to work on products that make a difference in people's lives, and I think I'd fit in well with your culture.",
      ],
    },
    {
      name: "Handling a difficult stakeholder",
      match: [
        "difficult stakeholder",
        "stakeholder",
        "stakeholders",
        "difficult person",
        "challenging",
        "demanding",
        "frustrated",
      ],
      strong: [
        "At Tandem Ledger our head of sales kept going directly to engineers with requests from one large prospect, like custom invoice templates, which derailed our sprint twice. He was frustrated that product felt slow, and we were frustrated that he bypassed the process. I asked him for a coffee and mostly listened: he was under pressure to close that deal and felt nobody took the customer's needs seriously. I offered to join his next call with the prospect. On the call it turned out what they actually needed was their logo and payment terms on invoices, not fully custom templates, which was a much smaller piece of work. I designed it in a week, the PM fitted it into the next sprint, and the deal closed. After that he brought requests to our weekly intake, and I invited him to usability sessions so he could hear other customers too.",
        "The VP of Claims at Northwind Mutual was a tough stakeholder: skeptical of design, she cancelled reviews at short notice and rejected the first claim flow concepts without much explanation. Rather than taking it personally, I asked for fifteen minutes with her and went in with one question: what would make this project a failure in her eyes? She said more calls and angry adjusters. That gave me something to design for. I invited two of her adjusters into the next round of usability tests, and I built her a one-page dashboard of the measures she cared about, call volume and claim cycle time, updated every two weeks. She moved from blocking the project to sponsoring it, and when claim-status calls dropped 18 percent, she presented the results to the executive team herself. Difficult stakeholders usually have a risk they're protecting.",
      ],
      vague: [
        "With difficult stakeholders I try to be patient and understand their perspective first. I find that clear communication, empathy and building good relationships over time usually solve most problems.",
        "I've worked with many challenging stakeholders. I stay professional, listen to their concerns and explain the user's perspective so we can find a solution together.",
      ],
    },
  ],
};
