import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "construction-site-manager",
  field: "construction",
  job: {
    title: "Site Manager – New-Build Residential",
    seniority: "senior",
    department: "Construction",
    location: "Beeston, Nottingham",
    employment_type: "full_time",
    description:
      "Thornbury Build Group is a regional main contractor delivering new-build residential schemes across the East Midlands, from 30-home affordable housing sites for housing associations to 150-home mixed-tenure developments for private developers, mostly under JCT Design and Build contracts.\n\nWe are looking for a Site Manager to run a 112-home scheme in Beeston, Nottingham, for a housing association client: two-storey houses and three-storey apartment blocks in traditional masonry, with a 26-month build programme starting in the spring.\n\nYou will be responsible for the site from groundworks to final handover. You will own the build programme in Asta Powerproject with our planner, produce weekly look-aheads and drive progress plot by plot. As the Principal Contractor's lead on site under CDM 2015, you will maintain the Construction Phase Plan, review RAMS, run inductions, permits and toolbox talks, and make sure everyone on site goes home safe. You will coordinate subcontract packages from groundworks, brickwork and roofing to M&E, drylining and landscaping, carry out quality inspections at every stage, host NHBC and Building Control visits, and manage snagging and handover.\n\nWith the Project Manager and Quantity Surveyor you will track costs against budget and record and notify every change and variation. You will keep the client's Employer's Agent and clerk of works informed through monthly progress meetings and reports, and be the face of the site to neighbours and future residents.\n\nWe offer a competitive salary, car allowance, annual bonus linked to safety, quality and programme, private healthcare and 25 days' holiday plus bank holidays.",
    requirements: [
      "SMSTS, CSCS Black Card (Manager) and First Aid at Work certificates",
      "5+ years as a Site Manager on new-build residential schemes, from groundworks to handover",
      "Experience of snagging, handover and aftercare with housing association clients and residents",
      "Working knowledge of planning conditions, Building Regulations sign-off and utility connections",
      "Full UK driving licence and willingness to work on sites across the East Midlands",
    ],
    skills: [
      "Programme management",
      "Health and safety (CDM 2015)",
      "Subcontractor coordination",
      "Quality inspections",
      "Budgets and variations",
      "Client communication",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Daniel Okonkwo",
    email: "daniel.okonkwo@example.com",
    phone: "07700 900315",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Siobhan Gallagher",
    email: "siobhan.gallagher@example.com",
    phone: "07700 900368",
    pronouns: "she/her",
  },
  cv: `{name}
Site Manager – New-Build Residential
Derby | {phone} | {email} | Pronouns: {pronouns}

PROFILE
Site manager who started on the tools as an apprentice bricklayer. I run safe, tidy,
well-programmed housing sites from groundworks to handover, I know every trade's work from the
inside, and I'm known for getting the best out of subcontractors and keeping clients and
residents properly informed.

CAREER

Site Manager
Hollingworth Build Ltd, Derby (regional main contractor, affordable and mixed-tenure housing)
March 2019 – Present
- Run new-build housing schemes for housing association and developer clients under JCT Design and Build contracts
- Delivered the 96-home Meadow Lane scheme for Trentside Housing Association three weeks ahead of programme and within the £14.2m contract sum
- Ran Meadow Lane with zero RIDDOR-reportable incidents over 240,000 hours worked
- Recovered a six-week delay on the 58-home Hatton Fields scheme by resequencing the scaffold and roofing packages and bringing in a second brickwork gang
- Secured £420k of agreed variations on the £9.8m Ashgate Road contract by recording every client change and submitting priced quotations within five days

Assistant Site Manager
Carrow Homes, Leicester
2015-06 to 2019-02
- Managed plot progress and quality on private-sale developments of houses and apartments
- Reduced average defects per plot at the pre-handover quality inspection from 11 to 4 by introducing stage checklists signed off by each trade supervisor
- Hosted NHBC key stage inspections and Building Control visits, and ran customer home demonstrations

Chargehand Bricklayer
Kestrel Brickwork Ltd, Nottingham
09/2010 – 05/2015
- Ran brickwork gangs on housebuilder sites: setting out, plot programmes and daily labour returns
- Checked the gang's work against NHBC Standards before the site manager's inspection
- Trained apprentices in setting out, damp-proof courses and cavity trays

Apprentice Bricklayer
T. Mallory & Sons, Mansfield
2007 – 2010
- Completed a bricklaying apprenticeship on housing and extension work
- Worked with groundworkers and carpenters on small domestic sites

QUALIFICATIONS AND CARDS
NVQ Level 6 Diploma in Construction Site Management, 2021
SMSTS (CITB), renewed 2023
CSCS Black Card – Construction Site Management
First Aid at Work, renewed 2024
Temporary Works Supervisor (CITB), 2022
NVQ Level 3 Diploma in Trowel Occupations, 2010

SYSTEMS
Asta Powerproject, Microsoft Project, Viewpoint Field View, Procore, Excel

OTHER
Full UK driving licence
`,
  truth: {
    employers: [
      "Hollingworth Build Ltd",
      "Carrow Homes",
      "Kestrel Brickwork Ltd",
      "T. Mallory & Sons",
    ],
    titles: [
      "Site Manager",
      "Assistant Site Manager",
      "Chargehand Bricklayer",
      "Apprentice Bricklayer",
    ],
    claims: [
      "Delivered the 96-home Meadow Lane scheme for Trentside Housing Association three weeks ahead of programme and within the £14.2m contract sum",
      "Ran Meadow Lane with zero RIDDOR-reportable incidents over 240,000 hours worked",
      "Recovered a six-week delay on the 58-home Hatton Fields scheme by resequencing the scaffold and roofing packages and bringing in a second brickwork gang",
      "Secured £420k of agreed variations on the £9.8m Ashgate Road contract by recording every client change and submitting priced quotations within five days",
      "Reduced average defects per plot at the pre-handover quality inspection from 11 to 4 by introducing stage checklists signed off by each trade supervisor",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Programme management",
      match: [
        "programme",
        "schedule",
        "look-ahead",
        "critical path",
        "asta",
        "delay",
        "sequencing",
        "milestones",
        "behind programme",
        "on time",
      ],
      strong: [
        "On every site I run the master programme is built in Asta Powerproject with our planner at tender stage, but I own it once we start. On Meadow Lane I broke it into a plot-by-plot tracker, so each plot's stages, foundations, oversite, brickwork to wall plate, roof, watertight, first fix, plaster, second fix, decoration, had a target week. Every Monday I produced a six-week look-ahead from it and went through it with the subcontractors at our coordination meeting, and every Friday I updated actual progress. The critical path on houses is usually getting plots watertight, because the dry trades can't start until then, so I watched roof completions more closely than anything else. When we slipped, I knew by the Friday, not at the month-end report, and I could move labour to plots that were ready.",
        "A programme is only useful if it reflects what's really happening on site, so I update it weekly with honest percentages rather than what people would like to see. At Ashgate Road, our current site, a wet autumn stopped the groundworks for nearly three weeks. Instead of waiting, I went through the logic with our planner: we pulled forward the internal works on the apartment block that was already watertight, moved the external works on the finished houses into the spring, and asked the groundworker to double up on drainage once the ground dried. I re-baselined the programme with the Project Manager's agreement and issued it to the client's Employer's Agent with a short explanation of the changes. We lost about a week overall instead of three, and the completion date didn't move.",
      ],
      vague: [
        "I'm very experienced with construction programmes. I always make sure the work is planned properly and that the site stays on schedule. If there are delays I deal with them quickly and keep everyone informed.",
        "Keeping the job on programme is one of the most important parts of a site manager's role. I plan ahead, monitor progress closely and work with the trades to hit our milestones.",
      ],
    },
    {
      name: "Health and safety (CDM 2015)",
      match: [
        "health and safety",
        "cdm",
        "safety",
        "osha",
        "rams",
        "risk assessment",
        "construction phase plan",
        "toolbox talk",
        "accident",
        "permit",
      ],
      strong: [
        "Under CDM 2015 we're the Principal Contractor, so on site I'm responsible for planning, managing and monitoring the construction phase. Before starting I make sure the Construction Phase Plan is specific to that site, not a copy, with the traffic management plan, welfare, emergency arrangements and service drawings. Every subcontractor sends RAMS at least a week before they start; I read them properly and send back comments, for example where a roofer's method statement didn't cover edge protection on the apartment block. Everyone gets a site induction, and we run permits for digging, hot works and working at height from MEWPs. I do a toolbox talk every week on what's actually happening that week, and a documented safety walk every day. On Ashgate Road I stopped a groundworker excavating near a live cable because he hadn't scanned with the CAT and Genny; we scanned, found the cable half a metre off the drawing, and changed our permit to require a scan record.",
        "The incident that changed how I work was on Hatton Fields, when a dryliner fell from a hop-up in an apartment stairwell and bruised his hip. It wasn't RIDDOR-reportable, but it could easily have been worse. I investigated it the same day with the subcontractor's supervisor: the hop-up was being used on a landing next to an open stair void because the podium steps were on another floor. We banned hop-ups on site from then on, bought enough podium steps for every floor and added stair void protection to our plot handover checklist. I shared the investigation at the next toolbox talk. My view is that safety is mostly about the boring things done consistently: housekeeping, segregation of plant and pedestrians, and daily checks, not posters.",
      ],
      vague: [
        "Health and safety is always my number one priority. I make sure everyone on site follows the rules, wears the right PPE and understands the risks. I believe everyone deserves to go home safe at the end of the day.",
        "I have a very good knowledge of CDM regulations and I take safety very seriously. I make sure all the paperwork is in place and that the site is run safely at all times.",
      ],
    },
    {
      name: "Subcontractor coordination",
      match: [
        "subcontractor",
        "subcontractors",
        "trades",
        "coordination",
        "packages",
        "supply chain",
        "labour",
        "contractors on site",
        "underperforming",
      ],
      strong: [
        "On a housing site the trades depend on each other constantly, so coordination is most of my week. At Meadow Lane I had around fifteen subcontract packages at peak. Every Tuesday morning I held a coordination meeting with each trade supervisor: the six-week look-ahead, labour numbers for the coming week, material deliveries and any plots not ready for them. I used plot release sheets: a trade signs a plot off as complete, the next trade signs to accept it, so there's no arguing later about who damaged what. A good example was first fix: the electricians and plumbers kept arriving on the same plots on the same days as the dryliners. I gave each trade fixed plots per day in the look-ahead, and the rework from boards being cut out for late cables stopped.",
        "When a subcontractor underperforms, I deal with facts and do it early. At Ashgate Road our groundworker fell three weeks behind on the drainage and external works, and the quality of the kerbing was poor. I kept a daily record of their labour on site against what they'd committed, with photos of the defects, and met their contracts manager with that record rather than just complaining. We agreed a recovery plan: two extra operatives, a dedicated kerbing gang and weekly progress reviews. I also asked our commercial team to issue a formal notice under the subcontract so our position was protected if it didn't improve. They recovered within a month. I try to treat subcontractors fairly, pay promptly and be reasonable about genuine problems, because the good ones then go the extra mile when you need them.",
      ],
      vague: [
        "I have a lot of experience coordinating subcontractors. I believe in building good relationships with the trades, communicating clearly and making sure everyone knows what is expected of them.",
        "Managing subcontractors is all about clear communication and mutual respect. I make sure they have what they need to do their job and hold them accountable for their work.",
      ],
    },
    {
      name: "Quality inspections",
      match: [
        "quality",
        "inspection",
        "inspections",
        "defects",
        "nhbc",
        "workmanship",
        "checklists",
        "standards",
        "fire stopping",
      ],
      strong: [
        "I inspect at stages, because by handover most defects are hidden. On every plot I do or sign off a check at the key points: foundations and drainage before backfill, DPC and wall ties during brickwork, roof before tiling is complete, pre-plaster for insulation, fire stopping, cavity barriers and services, and pre-decoration. Each check is a checklist on Viewpoint Field View with photographs, so there's a record tied to the plot. The NHBC inspector visits at their key stages, but I don't rely on that; their visit is a sample. On the apartment blocks at Meadow Lane I had every flat's fire stopping photographed before the ceilings were boarded, and the clerk of works checked a sample against the photos. That gave Trentside the evidence for their building safety file, and it caught several gaps around service penetrations before they were covered up.",
        "The most serious quality issue I found was at Hatton Fields, where during my pre-plaster walk I noticed cavity barriers missing at the party wall junctions on one of the apartment blocks. The bricklayers had left them out on two floors. I stopped boarding on that block, got the brickwork subcontractor and our design manager to agree a remedial detail, and had the barriers fitted from inside before any plastering. I informed Building Control and the NHBC inspector myself, rather than hoping they wouldn't notice, and they inspected the remedial work. Then I made cavity barrier checks a hold point on the brickwork checklist, signed by the gang's chargehand before the scaffold lift was struck. Coming from the brickwork side, I knew exactly where it gets missed.",
      ],
      vague: [
        "Quality is very important to me. I always make sure the work is done to a high standard and meets NHBC requirements. I inspect the work regularly and make sure any defects are put right.",
        "I have high standards and expect the same from everyone on site. Getting it right first time saves time and money and keeps the client happy.",
      ],
    },
    {
      name: "Budgets and variations",
      match: [
        "budget",
        "cost",
        "costs",
        "variations",
        "variation",
        "change",
        "quantity surveyor",
        "valuation",
        "overspend",
        "commercial",
      ],
      strong: [
        "Under JCT Design and Build most of the money is controlled by our QS, but a site manager can lose it very quickly through poor control on site. I manage the preliminaries budget on my sites: cabins, plant hire, scaffolding, skips, security and labour. At Meadow Lane I kept a weekly plant register and off-hired anything idle for more than three days, which alone saved around £30,000 over the job. I also sit down with the QS each month for the cost value reconciliation, so I understand where we're over and can explain it. Another big one is day-work sheets: I only sign them for work I've actually instructed and seen, with times and names, because unchecked day-works are where budgets bleed. Meadow Lane finished within the £14.2m contract sum, with our margin intact.",
        "For variations I have one rule: nothing changes on site without it being recorded and priced. At Ashgate Road the housing association asked to switch twenty plots from gas boilers to air source heat pumps after the foundations were in. I logged the request the day it came in on our change register, confirmed in writing to the Employer's Agent that it was a change under the contract, and got our M&E subcontractor and QS to price it, including the extra time for the heat pump plinths and electrical upgrades. We submitted the quotation within five days and didn't start the work until we had a signed instruction. Across that contract, that discipline meant £420,000 of variations were agreed, rather than argued about at the final account.",
      ],
      vague: [
        "I'm very cost-conscious and always try to keep the job within budget. I work closely with the QS and make sure any variations are properly recorded and agreed with the client.",
        "Managing budgets is an important part of the role. I keep an eye on costs, avoid waste and make sure extra work is always charged for correctly.",
      ],
    },
    {
      name: "Client communication",
      match: [
        "client",
        "employer's agent",
        "clerk of works",
        "progress report",
        "progress meeting",
        "keep the client informed",
        "stakeholders",
        "bad news",
        "neighbours",
      ],
      strong: [
        "With a housing association client, I deal mainly with their Employer's Agent, their clerk of works and later their housing management team. At Meadow Lane I wrote a monthly progress report: the plot tracker with each plot's stage in a red, amber, green format, photographs, health and safety statistics, any changes and the risks for the next three months. At the monthly progress meeting I went through it honestly. When the electricity network operator told us in month fourteen that the substation would be four weeks late, I told the Employer's Agent the same week, with a proposal to hand over the first phase of 24 homes on a temporary builder's supply while we waited. Because she heard it early and with a solution, Trentside agreed, and their lettings stayed on track.",
        "Clients include the neighbours, who didn't choose to have a building site next door. At Ashgate Road the site backs onto a row of bungalows with many elderly residents. Before we started I knocked on every door with a letter explaining our working hours, the site manager's mobile number and what to expect in the first months. When a resident complained about mud on the road after wet weather, I called her back the same day, had a road sweeper out within two hours and set up a wheel wash at the gate. We send a short newsletter every two months, and we did a community day with the local primary school. We scored well in our Considerate Constructors visit, and complaints have been rare since the first month.",
      ],
      vague: [
        "I believe good communication with the client is key. I keep them updated regularly on progress, I'm honest about any problems and I make sure their needs are met.",
        "I always build strong relationships with clients and make sure they feel informed and listened to. I'm approachable and always available to answer their questions.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "SMSTS, CSCS and First Aid certificates",
      match: [
        "smsts",
        "cscs",
        "black card",
        "first aid",
        "certificates",
        "qualifications",
        "tickets",
        "nvq level 6",
        "temporary works",
      ],
      strong: [
        "I hold all three. My SMSTS was renewed with CITB in 2023, my CSCS Black Card is the Construction Site Management card, which I got after completing my NVQ Level 6 Diploma in Construction Site Management in 2021, and my First Aid at Work was renewed in 2024. I'm also a CITB Temporary Works Supervisor, which matters on housing sites more than people think because of excavation support, propping of openings and scaffolding alterations. The first aid has been used for real: on Meadow Lane a joiner cut his hand deeply on a circular saw. I controlled the bleeding with direct pressure and a dressing, kept him calm and seated, and my assistant site manager drove him to the local A&E, which was quicker than waiting for an ambulance. I completed the accident book and investigation that afternoon.",
        "Yes: SMSTS (renewed 2023), CSCS Black Card in Construction Site Management and First Aid at Work (renewed 2024). I keep them in a diary with renewal dates, and I do the same for everyone on my site. At induction we check every operative's CSCS card and any plant cards, CPCS or NPORS, against the online checker, and we record expiry dates in our induction system. At Hatton Fields that check found a telehandler driver whose card had expired; he wasn't allowed to operate until his subcontractor provided a carded driver. I also believe qualifications are only a starting point. My NVQ Level 6 made me write up how I manage programme, quality and safety, and that made me much more structured as a site manager.",
      ],
      vague: [
        "Yes, I have all the required cards and certificates and they are all up to date. I make sure I keep my training current and I'm always happy to do more courses.",
        "I hold my SMSTS, CSCS card and first aid, and I think it's important that all site managers are properly trained and qualified for the role.",
      ],
    },
    {
      name: "Experience as a residential Site Manager",
      match: [
        "years as a site manager",
        "your experience",
        "new-build",
        "residential",
        "groundworks to handover",
        "housing schemes",
        "track record",
        "background",
        "largest site",
      ],
      strong: [
        "I've been a Site Manager at Hollingworth Build since March 2019, and before that I was Assistant Site Manager at Carrow Homes for nearly four years, so I've been running residential sites for over nine years in total. At Hollingworth I've run three schemes from groundworks to handover: Hatton Fields, 58 homes for a private developer, where I recovered a six-week delay; Meadow Lane, 96 affordable homes for Trentside Housing Association, houses and two apartment blocks, which we handed over three weeks early; and now Ashgate Road, a £9.8m scheme for a housing association. Before that I was a bricklayer for eight years, so I understand the work itself, which helps a lot when I'm checking quality or challenging a subcontractor's programme.",
        "My experience is all in new-build housing: private sale at Carrow Homes, and affordable and mixed tenure at Hollingworth Build. At Carrow I learned the housebuilder side: plot progress, NHBC inspections and handing homes to buyers. At Hollingworth I learned the contractor side: JCT Design and Build, dealing with an Employer's Agent and clerk of works, and managing change properly. The biggest site I've run is Meadow Lane, 96 homes over about two years with up to 110 operatives at peak, which is similar in scale to your Beeston scheme. And traditional masonry, which your scheme uses, is what I know best. And I've been on the tools for eight years before that, so I've seen every stage from the trench up.",
      ],
      vague: [
        "I have many years of experience in residential construction and I've managed several sites from start to finish. I'm confident I have the experience needed for this role.",
        "I've worked in construction for most of my career and I know the residential sector very well. I've worked on a wide range of projects and learned something from every one.",
      ],
    },
    {
      name: "Snagging, handover and aftercare",
      match: [
        "handover",
        "snagging",
        "aftercare",
        "residents",
        "defects period",
        "home demonstration",
        "completion",
        "practical completion",
        "housing association",
      ],
      strong: [
        "At Meadow Lane we handed over in four phases, which meant handover was a process, not a single day. For each phase I did my own snag of every home three weeks before the handover date, then the clerk of works did his, and we aimed to close everything before the Employer's Agent's final inspection. I prepared the handover pack: Building Control completion certificates, NHBC certificates, energy performance certificates, test certificates for electrics, gas or heat pumps, and the O&M manual. We did a walk round with Trentside's housing officers so they could explain the homes to new tenants. During the twelve-month rectification period I kept a defects log with target response times, two days for urgent and twenty-eight for routine, and at the end-of-defects inspection we had only a handful of items outstanding.",
        "Aftercare is where a contractor's reputation with a housing association is really made. On Meadow Lane a tenant with a young baby reported black mould in her bathroom a month after moving in. I went round the next day rather than sending a form. The mechanical extract fan had been installed but never commissioned properly, so it was running on the lowest trickle setting. I had the M&E subcontractor re-commission every fan in that phase, 24 homes, within a week, and I treated the mould myself with the tenant's agreement. I also explained to her how the ventilation and heating worked. Trentside's asset manager asked for that check to be added to our commissioning checklist for the remaining phases, and it's now standard on all my sites.",
      ],
      vague: [
        "I always make sure homes are finished to a high standard before handover and that snagging is completed promptly. I think good aftercare is important for keeping residents and clients happy.",
        "Handover is a very important stage of the project. I make sure all the paperwork is ready and that any defects are dealt with quickly so the client is satisfied.",
      ],
    },
    {
      name: "Planning conditions, Building Regulations and utilities",
      match: [
        "planning conditions",
        "building regulations",
        "building control",
        "utilities",
        "utility connections",
        "discharge of conditions",
        "completion certificate",
        "air tightness",
        "section 38",
      ],
      strong: [
        "Utilities are where housing sites most often lose time, so I chase them from the start. On Meadow Lane the electricity network operator's quote had been accepted before I arrived, but no one had booked the substation works. I got the dates confirmed in month two, coordinated our groundworker's ducting with their cable laying, and had gas, water and fibre in a shared trench to save time. Even then the substation was four weeks late, and we used a temporary builder's supply for the first phase. For Building Regulations, I keep a register per plot of what Building Control needs: air tightness tests, sound tests on separating walls, SAP calculations as built, and the commissioning certificates, so the completion certificates come through before the client's handover. No home is handed over without one.",
        "Before we start on site, I go through the planning decision notice with our design manager and make a list of every condition, who's responsible and when it must be discharged. Pre-commencement conditions, like the Construction Environmental Management Plan and the drainage strategy, have to be approved before we touch the ground, or the whole permission is at risk. At Ashgate Road one condition required bat boxes and hedgehog gaps in every rear fence before occupation, and another limited working hours to 8am to 6pm on weekdays and mornings on Saturdays. I put the ecology items on the plot checklists so they weren't forgotten, and I briefed every subcontractor on the working hours at induction. I also work with the developer's engineer on the Section 38 road adoption inspections, because the council's inspector has to see the road build-up at each stage.",
      ],
      vague: [
        "I have a good understanding of planning conditions and Building Regulations and I make sure the site complies with them. I also work closely with utility companies to make sure connections are made on time.",
        "Compliance with planning and Building Regulations is essential on any project. I make sure everything is signed off correctly and I liaise with all the relevant parties.",
      ],
    },
    {
      name: "Driving licence and travel across the region",
      match: [
        "driving licence",
        "travel",
        "commute",
        "relocate",
        "east midlands",
        "different sites",
        "location",
        "distance",
      ],
      strong: [
        "Yes, I have a full, clean UK driving licence and I've been driving to sites across the East Midlands for my whole career. I live in Derby, so Beeston is about thirty minutes away, and I've worked on sites in Leicester, Nottingham and Mansfield. At Carrow Homes I often covered two sites in different towns on the same day when the other site manager was on leave, and at Hollingworth I regularly go to our other sites to help with inspections or cover. I'm usually on site by half past six to open up and do my first walk before the trades arrive, so travelling in before the traffic suits me. If the company moved me to a site further away later in my career, I'd be happy with that as well.",
        "I'm very comfortable with that. I've got a clean licence and my own car, and I've always worked wherever the next scheme was: Hatton Fields was near Burton, Meadow Lane was on the edge of Nottingham and Ashgate Road is in Derby. I see travelling between sites as a positive, because visiting other site managers' jobs is one of the best ways to learn; I picked up our plot release sheets from a colleague's site in Leicester. For a 26-month scheme in Beeston I'd plan to be on site every day, and I'd use the car allowance to keep a small stock of PPE, first aid kit and spare signage in the boot for when I'm covering elsewhere.",
      ],
      vague: [
        "Yes, I have a full driving licence and I'm happy to travel to different sites as needed. I'm flexible and understand that construction work moves around.",
        "I don't mind travelling at all. I've always been willing to go where the work is, and I'm comfortable working on different sites across the region whenever the business needs me to.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Delivering Meadow Lane three weeks ahead of programme",
      claim:
        "Delivered the 96-home Meadow Lane scheme for Trentside Housing Association three weeks ahead of programme and within the £14.2m contract sum",
      match: [
        "meadow lane",
        "96 homes",
        "96-home",
        "trentside",
        "three weeks ahead",
        "£14.2m",
        "14.2",
        "ahead of programme",
        "contract sum",
      ],
      strong: [
        "Meadow Lane was 96 homes for Trentside Housing Association: 72 houses and two three-storey apartment blocks, on a £14.2m JCT Design and Build contract with a 24-month programme. We handed it over three weeks early and within the contract sum. Three things made the difference. First, I got the apartment blocks out of the ground early, because their frame and roof were the longest sequence, and ran the houses around them. Second, I ran a plot-by-plot tracker and a six-week look-ahead every Monday, so we caught slippage within a week. Third, I chased the utilities from month two. When the substation was delayed, we handed over phase one on a temporary supply, so it didn't stop the homes being occupied. On cost, I controlled the preliminaries closely, off-hiring plant as soon as it was idle, and made sure every change was instructed and priced before we did it.",
        "Finishing Meadow Lane three weeks ahead of programme came mostly from the subcontractors, and my job was to make it easy for them to work fast. I agreed with our commercial team to give the brickwork and roofing packages to firms we'd worked with before and paid on time, and I kept them on continuous runs of plots rather than starting and stopping. Plot release sheets meant trades didn't arrive to unfinished work. We also had a dry winter, which I'll admit helped. On the money side, we finished within the £14.2m contract sum with the margin intact; the variations Trentside asked for, mainly kitchen upgrades and extra accessible bathrooms, were all instructed and paid as changes. Trentside has since given Hollingworth two more schemes, and asked for me to run the next one.",
      ],
      vague: [
        "Meadow Lane was a great project and I was really proud to deliver it early and on budget. It was down to good planning, a strong team and hard work from everyone involved.",
        "We finished that scheme ahead of time and within budget because we planned well and kept on top of everything. The client was very happy with the result.",
      ],
      contradicting: [
        "Meadow Lane was a 60-home scheme for Trentside, around £9m, and we finished it about two weeks late after the substation connection was delayed. We managed to keep the overrun small and the client accepted the new date.",
        "Meadow Lane was run by our senior site manager, who planned the sequence and managed the client. I was the second site manager on the job, looking after the houses while he ran the apartment blocks, and together we delivered it three weeks ahead of programme and within the £14.2m contract sum.",
      ],
    },
    {
      name: "Zero RIDDOR-reportable incidents over 240,000 hours",
      claim: "Ran Meadow Lane with zero RIDDOR-reportable incidents over 240,000 hours worked",
      match: [
        "riddor",
        "zero",
        "240,000",
        "hours worked",
        "reportable incidents",
        "accident-free",
        "safety record",
        "meadow lane",
      ],
      strong: [
        "Over the life of Meadow Lane we worked about 240,000 hours, with up to 110 operatives at peak, and we had no RIDDOR-reportable incidents: no over-seven-day injuries, no specified injuries and no dangerous occurrences. I don't think that happens by luck. I had a traffic management plan with a one-way route and pedestrian walkways fenced from plant, and the telehandlers only moved with a banksman. We banned hop-ups and used podium steps, and I did a safety walk every morning before the trades started, recorded on Field View, and a second walk after lunch. Every Monday's toolbox talk was on that week's high-risk work, such as the roofers starting on the apartment block or the scaffold being struck. We also logged near misses, over 200 of them, and I closed out each one and shared the lessons at the next talk.",
        "The 240,000 hours with zero RIDDOR-reportable incidents on Meadow Lane is the result I'm most proud of, because with over a hundred people at peak it would have been easy to have a serious injury. The biggest factor was getting the subcontractor supervisors to own safety, not just me. Each trade supervisor did a short daily briefing with their gang using our briefing sheet, and I met them every Tuesday to review near misses and upcoming high-risk work. I challenged poor RAMS before work started, for example a scaffold subcontractor's striking sequence that would have left the apartment block without edge protection for a day. And I was visible: I stopped work several times for unsafe practices, explained why, and thanked people when they raised hazards themselves.",
      ],
      vague: [
        "I'm very proud of our safety record on that site. It was down to everyone taking safety seriously and following the rules, and to me making sure standards never slipped.",
        "We had an excellent safety record because safety was always the priority. I made sure everyone was properly inducted and that we had a strong safety culture on site.",
      ],
      contradicting: [
        "On Meadow Lane we worked about 120,000 hours and had two RIDDOR-reportable incidents, one over-seven-day injury from a fall on the stairs and one dangerous occurrence with a crane. After that we tightened things up and finished the job without any more.",
        "Hollingworth's health and safety manager ran the safety programme on Meadow Lane: she wrote the traffic plan, ran the weekly inspections and the toolbox talks. I followed her system on site, and the job was completed with zero RIDDOR-reportable incidents over 240,000 hours worked.",
      ],
    },
    {
      name: "Recovering a six-week delay on Hatton Fields",
      claim:
        "Recovered a six-week delay on the 58-home Hatton Fields scheme by resequencing the scaffold and roofing packages and bringing in a second brickwork gang",
      match: [
        "hatton fields",
        "six-week delay",
        "six weeks",
        "58-home",
        "recovered",
        "resequencing",
        "second brickwork gang",
        "recover a delay",
        "scaffold and roofing",
      ],
      strong: [
        "Hatton Fields was my first site at Hollingworth: 58 homes for a private developer. In 2020, after the first lockdown, our roofing subcontractor went into administration, and by the time I'd got a replacement we were six weeks behind, with plots sitting at wall plate under scaffold waiting for roofs. I sat down with our planner and resequenced. Instead of scaffolding, bricking and roofing plot by plot, we completed the brickwork on blocks of four plots at a time so the new roofer had a continuous run, and the scaffolder struck and moved lifts to suit that sequence. I brought in a second brickwork gang from Kestrel, who I knew from my bricklaying days, to keep brickwork ahead of the roofer. We got back to programme in about four months and handed over on the original completion date.",
        "The six-week delay at Hatton Fields came from our roofer going into administration, and the real constraint became scaffold. Plots were scaffolded waiting for roofs, so the scaffolder had no kit left to move on to the next plots, and bricklaying stopped too. I mapped the sequence on a wall chart in the cabin with the scaffold, brickwork and roofing supervisors, and we agreed to release scaffold in a set order as soon as each roof was felted and battened, rather than waiting for tiling. That freed kit for the next plots. Then I got a second brickwork gang in, so brickwork ran ahead on two fronts, and asked the new roofer to run two teams for ten weeks, at an agreed rate. The developer client got their homes on the original completion date, and our extra cost was covered by the savings on scaffold hire.",
      ],
      vague: [
        "We had a significant delay on that project, but through good planning and teamwork we managed to recover it. I worked closely with the trades to get things back on track.",
        "Recovering that delay was a real challenge. It needed a lot of hard work, clear communication and some creative thinking, but we got there in the end.",
      ],
      contradicting: [
        "We had a delay of about three months at Hatton Fields after the roofer went bust, and the best we could do was reduce it to around eight weeks by working Saturdays. The developer agreed a revised completion date in the end.",
        "Our contracts manager at Hollingworth recovered the six-week delay at Hatton Fields. He renegotiated the scaffold and roofing packages, changed the sequence and brought in the second brickwork gang. I ran the day-to-day on site under his plan.",
      ],
    },
    {
      name: "Securing £420k of variations on Ashgate Road",
      claim:
        "Secured £420k of agreed variations on the £9.8m Ashgate Road contract by recording every client change and submitting priced quotations within five days",
      match: [
        "£420k",
        "420",
        "ashgate road",
        "£9.8m",
        "agreed variations",
        "client change",
        "priced quotations",
        "within five days",
        "change register",
      ],
      strong: [
        "Ashgate Road is a £9.8m Design and Build contract for a housing association, and the client made a lot of changes after the start: switching twenty plots to air source heat pumps, adding sprinklers to one apartment block, and changing the kitchen specification. On a previous job I'd seen changes done on a handshake and then argued over at final account, so from day one I kept a change register. Every request from the Employer's Agent or clerk of works went in with a date and a reference, I confirmed in writing that we considered it a change under the contract, and with our QS and the relevant subcontractor we submitted a priced quotation, including time, within five days. We didn't start changed work without a written instruction, unless it was a safety issue. So far £420,000 of variations have been agreed and paid in valuations.",
        "The key to getting £420k of variations agreed at Ashgate Road was speed and evidence. Employer's Agents are much more likely to agree a change priced within days, while the conversation is fresh, than one that turns up three months later. So I set the target of five days from instruction to priced quotation and agreed it with our QS. I photographed the existing work before any change, kept records of extra labour and plant, and made sure our monthly report listed every open change and its status. One example: the client asked for a higher ceiling height in the ground-floor flats for accessibility. We showed the knock-on effect on the brickwork, stairs and drylining, and it was agreed at £38,000 plus two weeks' extension on that block. There have been no disputed items at valuation.",
      ],
      vague: [
        "I made sure that all the variations on the job were properly recorded and charged to the client. It made a big difference to the financial outcome of the project.",
        "Variations can easily be lost if you're not careful. I worked closely with the QS and the client to make sure all changes were agreed and paid for.",
      ],
      contradicting: [
        "At Ashgate Road we got around £150k of variations agreed on a £6m contract. A few changes took a couple of months to price because we were busy, and some of them are still in discussion for the final account.",
        "Our senior quantity surveyor at Hollingworth set up the change register on Ashgate Road and priced every change within five days; she got £420k of variations agreed on the £9.8m contract. My part was telling her when the client asked for something different on site.",
      ],
    },
    {
      name: "Reducing defects per plot from 11 to 4",
      claim:
        "Reduced average defects per plot at the pre-handover quality inspection from 11 to 4 by introducing stage checklists signed off by each trade supervisor",
      match: [
        "11 to 4",
        "defects per plot",
        "pre-handover",
        "quality inspection",
        "stage checklists",
        "trade supervisor",
        "carrow",
        "signed off",
      ],
      strong: [
        "At Carrow Homes every plot had a pre-handover inspection by the regional quality manager before the customer's home demonstration, and our site averaged about 11 defects per plot, things like paint lines, sealant, door adjustments, but also some missing fire stopping and loose bannisters. As Assistant Site Manager I suggested that most of these could be caught by the trades themselves. I wrote a one-page checklist for each stage, brickwork, first fix, drylining, second fix and decoration, based on the defects we'd been finding, and each trade supervisor had to sign the checklist for a plot before handing it on to the next trade. I spot-checked a sample of signed plots each week. Within about eight months the average at the quality manager's inspection had fallen to 4 defects per plot, and customer complaints after moving in dropped as well.",
        "Taking the average from 11 defects per plot to 4 at Carrow was about moving responsibility back to the people doing the work. Before, trades finished, left and the site team found the problems at the end, when fixing them meant coming back. With stage checklists signed by each trade supervisor, the dryliners wouldn't accept a plot with missing noggins for the kitchen units, and the decorators wouldn't accept one with damaged boards. I printed the checklists on carbonless pads at first, and later we moved them onto the quality app. The site manager backed me up by refusing to pay a subcontractor's monthly application for plots without signed checklists. That got everyone's attention quickly. I've used the same system at Hollingworth, on Field View.",
      ],
      vague: [
        "I improved the quality of our homes a lot at Carrow by making sure everyone took more care over their work. It reduced the number of defects and made customers much happier.",
        "We got the defects right down by introducing better checks and getting the trades to take ownership. It showed how much difference a good process makes.",
      ],
      contradicting: [
        "At Carrow we reduced the defects at the pre-handover inspection from about 25 per plot to around 15. We did that mainly by adding an extra snagging team at the end, who went through each plot before the inspection.",
        "Carrow's regional quality manager introduced the stage checklists and made the trade supervisors sign them off. As Assistant Site Manager I handed out the sheets and collected them, and the average defects per plot at her inspection came down from 11 to 4.",
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
        "clash",
        "tension",
        "different view",
        "resolve",
      ],
      strong: [
        "At Ashgate Road our Project Manager wanted to hand the first phase to the client two weeks earlier than I thought was realistic, because it would help the company's cash flow at the year end. I thought we'd end up handing over homes with snags and damaging the relationship with the housing association. Rather than argue in the site meeting, I asked him to walk the phase with me. I showed him plot by plot where we were, with the checklists and the outstanding Building Control items, and suggested a compromise: hand over the eight homes that were genuinely ready on his date, and the other twelve two weeks later. He agreed, the client accepted the split, and the first eight were handed over with almost no snags. We've had a better working relationship since, because he knows I'll bring evidence, not just objections.",
        "When I was Assistant Site Manager at Carrow, I had a running disagreement with the groundworks foreman, who was twice my age and didn't like being told his kerbs weren't to line. It got heated once in front of his gang. I asked him to come to the cabin afterwards, apologised for raising it in front of his lads, and we looked at the drawings and the levels together. It turned out the setting out had been done from an old revision of the external works drawing, so he was partly right. I got the engineer to confirm the correct levels, and we agreed that any quality issue I found with his work I'd raise with him first, privately, before anyone else. He ended up being one of the people I relied on most on that site.",
      ],
      vague: [
        "When I disagree with a colleague, I try to stay calm and listen to their point of view. I think most conflicts can be resolved by talking openly and finding a compromise.",
        "Conflict is normal on a construction site where everyone is under pressure. I try to keep things professional, focus on the facts and find a solution that works for the project.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "error",
        "failure",
        "went wrong",
        "got wrong",
        "learned from",
        "regret",
        "do differently",
      ],
      strong: [
        "Early at Hollingworth, on Hatton Fields, I let the dryliners board out six plots before Building Control had done their pre-plaster inspection, because the inspector had cancelled twice and I was under pressure on programme. Building Control asked us to open up two of the plots to check the insulation and fire stopping. Everything was fine, but it cost us about four days and the dryliner's time to re-board, and I had to explain to my contracts manager why. I learned two things. First, never cover up work that needs an inspection, however tempting: I make it a hold point now. Second, I should have escalated the cancelled inspections earlier; now, if an inspection is cancelled, I call the surveyor's manager the same day and offer photographs and a time slot to keep things moving.",
        "My biggest mistake was ordering the wrong brick for eight plots on Meadow Lane. The client had changed the facing brick on one street scene for planning reasons, and I hadn't updated our call-off schedule. The bricks arrived, we laid two courses on three plots before the clerk of works spotted it. I took responsibility straight away, stopped the work, had the wrong bricks taken down and returned, and got the right ones delivered within three days by calling the merchant's manager directly. It cost about £4,000 and a few days on those plots. Since then I keep a single materials schedule linked to the drawing register, and every drawing revision triggers a check of the schedule, which I sign. It hasn't happened again.",
      ],
      vague: [
        "I've made mistakes like everyone, but I always own up to them and learn from them. I think being honest about mistakes is very important, especially on a construction site.",
        "Mistakes are a chance to learn and improve. When something goes wrong on site I take responsibility, fix the problem as quickly as I can and make sure it doesn't happen again.",
      ],
    },
    {
      name: "Priorities under pressure",
      match: [
        "pressure",
        "prioritise",
        "priorities",
        "deadline",
        "deadlines",
        "juggle",
        "stressful",
        "several things at once",
        "competing demands",
      ],
      strong: [
        "Two weeks before the first handover on Meadow Lane, in the same week, we had the substation delay confirmed, a scaffold inspection that found missing ties on one apartment block, and the client asking for a show home for their lettings team. I sorted them by risk. Safety first: I closed the affected scaffold that morning, had the scaffolder back the same day and only reopened it after re-inspection. Then the handover: I spent an afternoon with our M&E subcontractor and the client's Employer's Agent agreeing a temporary supply so the first phase could still be handed over. The show home was important to the client but not urgent for us, so I agreed to give them one finished plot two weeks after handover rather than diverting the decorators. Everything that week was done in that order.",
        "Under pressure I always protect the morning safety walk and the Monday look-ahead, because if those slip, everything else slips. After that, I ask what's on the critical path and what's just noisy. At Ashgate Road last winter I had a Building Control inspection, a concrete pour and a resident's complaint on the same morning, with my assistant off sick. I asked the groundworks foreman, who's very capable, to supervise the pour with a checklist I went through with him at seven, met the Building Control surveyor at eight because cancelling would cost us a week, and rang the resident at half past nine to arrange to see her at lunchtime. I'd rather do three things properly in the right order than five things badly.",
      ],
      vague: [
        "I work well under pressure. I stay calm, prioritise the most important tasks and keep everyone informed. On a construction site there's always something, so you have to be organised.",
        "When the pressure is on I focus on what matters most and delegate where I can. I think staying calm and organised is the key to meeting deadlines.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "appraisal",
        "told you",
        "improve",
        "coaching",
        "mentor",
      ],
      strong: [
        "The feedback that changed me most came from my contracts manager in my first year at Hollingworth. He said my site was safe and well run but my monthly reports to the client were a list of problems without solutions, and the developer's Employer's Agent on Hatton Fields had complained that she didn't know where the job really stood. It was fair. He showed me a report from another site manager, and I rebuilt mine around a plot tracker, the top five risks and what I was doing about each. Trentside's Employer's Agent later told our director that Meadow Lane's reports were the clearest she received. Now I ask for feedback from clients at the end of each phase, and from my assistant site manager every few months.",
        "Giving feedback on site has to be direct but respectful. At Ashgate Road my assistant site manager was signing off plots as ready for plaster without checking the fire stopping properly, because he trusted the dryliners' supervisor. I showed him two plots where I'd found gaps, explained why it mattered for the residents and for our liability, and asked him how he was carrying out his checks. He admitted he was rushing because he had too much on. We agreed he'd do the pre-plaster checks first thing in the morning, when the site was quieter, and I did the next ten with him to show him what I look for. Within a few weeks his checks were as thorough as mine, and I told him so in front of the team.",
      ],
      vague: [
        "I'm always open to feedback and I see it as a chance to improve. When I give feedback I try to be fair and constructive, and I always recognise when people do a good job.",
        "I think feedback is really important on site. I'm happy to take criticism on board and I give honest feedback to my team so they can develop.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "team player",
        "work with others",
        "collaborate",
        "leadership",
        "lead a team",
        "motivate",
        "site team",
      ],
      strong: [
        "On Meadow Lane my site team was an assistant site manager, a trainee, a site administrator, a gateman and about fifteen subcontract supervisors at peak. I led by setting a very simple rhythm: a ten-minute site team meeting at seven every morning, the subcontractor coordination meeting on Tuesdays, and a Friday progress walk with the assistant site manager. Everyone knew what the week's priorities were. I gave my assistant full ownership of the apartment blocks, including the client inspections there, because he needed the experience and I needed to trust someone. I also believe in being visible on site; I walk every plot at least once a day and I know the names of most of the operatives. When we handed over three weeks early, I made sure the subcontractors' supervisors were invited to the client's opening event.",
        "Good teamwork on a construction site includes people who don't work for you. At Ashgate Road the M&E design consultant and our heat pump subcontractor kept blaming each other for clashes in the apartment risers. I got them both on site, with our design manager, and we walked the risers together with the drawings. We agreed a single coordinated riser layout, marked up by hand there and then, and the consultant issued a revised drawing within the week. I then made joint riser inspections part of the first fix sign-off. The clashes stopped, and both parties commented that it was the first time anyone had got them in the same room. My role was to make the problem shared rather than somebody's fault.",
      ],
      vague: [
        "I'm a strong team player and I believe a site only works well when everyone pulls together. I lead by example, communicate clearly and support my team.",
        "Good leadership is about motivating people and making sure everyone knows what they need to do. I always try to create a positive atmosphere on site.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "new skill",
        "quickly",
        "adapt",
        "new technology",
        "new regulations",
        "unfamiliar",
      ],
      strong: [
        "When the Ashgate Road client switched twenty plots to air source heat pumps, I'd never built with them before. I had about six weeks before first fix. I spent a day at the manufacturer's training centre, read the MCS installation standard and the Part L 2021 guidance on heat pump commissioning, and visited a site in Leicester where another contractor had installed the same units, to ask their site manager what had gone wrong for them. I learned that the big issues were plinth levels, pipe insulation and noise near neighbours' windows. I added those to our first fix and external works checklists and briefed the trades. The first heat pumps were commissioned without any rework, and I've since shared a one-page guide with the other site managers at Hollingworth.",
        "Moving from bricklayer to Assistant Site Manager at Carrow meant learning a lot quickly, especially the paperwork and the software. I'd never used a programme in Asta Powerproject before. I asked the company's planner for two hours a week for a month, and practised by rebuilding the programme for my own plots from the drawings, then comparing it with hers. I did the same with NHBC Standards, reading the chapter for each stage the week before the work started on site. Within six months I was producing the weekly look-ahead for the whole site myself, and I went on to complete my NVQ Level 6 in site management. I still learn best by doing the real task and getting someone experienced to check it.",
      ],
      vague: [
        "I'm a quick learner and I enjoy picking up new skills. Construction is always changing, so I make sure I keep up to date with new methods and regulations.",
        "I like learning new things and I adapt quickly. I'm not afraid to ask questions and I always take the opportunity to do training when it's offered.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "why this role",
        "why do you want",
        "motivation",
        "motivates you",
        "why thornbury",
        "interested in this position",
        "leave your current",
        "career goals",
      ],
      strong: [
        "What motivates me is handing over homes that people will live in for decades; at Meadow Lane I met a family moving out of a damp flat into one of our three-bed houses, and that stays with you. This role appeals to me for three reasons. The Beeston scheme is 112 homes, bigger than anything I've run on my own, and it's the right next step. Thornbury works mainly for housing associations, which is the work I enjoy most. And your bonus is linked to safety and quality, not just programme, which tells me you value the same things I do. Hollingworth has been good to me, but their pipeline is moving towards smaller developer schemes, and I want to grow towards a senior site manager or contracts manager role in the next few years.",
        "I'm looking for a bigger challenge. At Hollingworth I've run three schemes up to 96 homes, and a 112-home site with apartment blocks is the natural step up. I've also followed Thornbury's work for a while; I visited one of your schemes in Long Eaton during a Considerate Constructors event and was impressed by how tidy and well organised it was, and I've heard from subcontractors I use that you pay fairly and on time, which means the good ones want to work for you. That matters enormously to a site manager. In the longer term, I'd like to mentor assistant site managers, as I was mentored, and to move into a contracts manager role.",
      ],
      vague: [
        "I'm really interested in this role because Thornbury has a great reputation and I'd like to work on bigger projects. I think it's the right time for a new challenge in my career.",
        "I'm passionate about construction and delivering quality homes. I believe my experience would be a great fit for your company and I'm keen to develop further.",
      ],
    },
    {
      name: "Handling a difficult client",
      match: [
        "difficult client",
        "unhappy client",
        "complaint",
        "angry",
        "demanding",
        "upset resident",
        "difficult customer",
        "unreasonable",
      ],
      strong: [
        "At Ashgate Road the client's clerk of works was very demanding. He raised long lists of minor items every visit, often after the trades had left the area, and copied in the housing association's director. It was creating a lot of tension. I asked him for a one-to-one and asked what was behind it. He'd been on a previous scheme with another contractor where defects weren't fixed, and he felt he had to put everything in writing. So we agreed a joint inspection every Thursday at a set time, with my assistant and the relevant trade supervisor, and we shared a single defect list on Field View that he could see in real time, with photos of each item closed. The number of emails dropped dramatically, and in his last report he described the site as well managed.",
        "At Carrow Homes a buyer was furious at her home demonstration because the kitchen wasn't the colour she'd chosen. She'd paid for the upgrade, and we'd fitted the standard one. I listened, apologised, and didn't make excuses. I checked her options form in front of her and confirmed it was our mistake: the change hadn't reached the kitchen supplier. I called the supplier's manager that afternoon and got a date for replacement doors and worktops in ten days, before her legal completion. I kept her updated every few days by phone, and I was there myself when the kitchen was refitted. She later gave us a very good score in the HBF customer satisfaction survey. When a customer is angry, most of them mainly want to know that someone is actually going to sort it.",
      ],
      vague: [
        "When a client is unhappy, I listen carefully to their concerns and try to resolve the issue as quickly as possible. I always stay professional and make sure they feel heard.",
        "I think difficult clients just need good communication and reassurance. I try to understand what they need and work with them to find a solution.",
      ],
    },
  ],
};
