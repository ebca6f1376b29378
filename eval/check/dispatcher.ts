import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "dispatcher",
  field: "emergency",
  job: {
    title: "Public Safety Telecommunicator (911 Dispatcher, Lateral)",
    seniority: "mid",
    department: "Emergency Communications",
    location: "Everett, WA",
    employment_type: "full_time",
    description:
      "Cascade Crest Regional 911 is the consolidated emergency communications center for Lakemont County, answering 911 and non-emergency calls for 420,000 residents and dispatching for the county sheriff, eight city police departments, six fire districts and two ambulance providers. We handle about 350,000 calls a year, including text-to-911, in a modern center with Hexagon CAD, Motorola MCC 7500 radio consoles and ProQA Paramount for emergency medical dispatch.\n\nWe are hiring experienced Public Safety Telecommunicators to join our 24/7 floor. You'll answer 911 calls, establish the location and nature of the emergency, triage and enter incidents in CAD, and give pre-arrival instructions following EMD protocols, including telephone CPR. Once signed off on radio, you'll dispatch and track police, fire and EMS units, monitor officer safety on traffic stops and pursuits, run ACCESS/NCIC queries, and coordinate with neighboring centers, the Washington State Patrol and other partners during major incidents.\n\nThe work is demanding. You will often handle a caller in crisis while listening to radio traffic and updating an incident, and you'll need to stay calm, precise and kind when people are having the worst day of their lives. In return you join a team that takes care of its own, with a peer support team, a structured lateral training program led by Communications Training Officers, and real paths into CTO, quality assurance and supervisor roles.\n\nLateral hires with current experience start at an advanced step on the salary scale. Shifts are 12 hours on a rotating schedule, with a night shift differential, full medical, dental and vision coverage, and a state retirement plan.",
    requirements: [
      "2+ years of experience as a 911 call-taker or dispatcher in a PSAP or emergency communications center",
      "Current EMD and CPR certification, or the ability to obtain them within six months of hire",
      "ACCESS/NCIC certification, or the ability to obtain it during training",
      "Typing speed of at least 35 words per minute with accurate data entry while listening and talking",
      "Able to work 12-hour rotating shifts, including nights, weekends, holidays and mandatory overtime",
    ],
    skills: [
      "Call triage",
      "CAD",
      "Radio dispatch",
      "Emergency Medical Dispatch (EMD)",
      "Multitasking",
      "Calming distressed callers",
      "Multi-agency coordination",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Rosa Delgado",
    email: "rosa.delgado@example.com",
    phone: "+1 (360) 555-0128",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Kwame Asante",
    email: "kwame.asante@example.com",
    phone: "+1 (360) 555-0193",
    pronouns: "he/him",
  },
  cv: `{name}
Public Safety Telecommunicator
Olympia, WA | {email} | {phone} | {pronouns}

SUMMARY
Experienced 911 call-taker and police, fire and EMS dispatcher, and a Communications Training
Officer. Calm on the worst calls, precise in CAD and on the radio, and protective of the
responders I send. Looking to bring my experience to a larger consolidated center.

CERTIFICATIONS
APCO Public Safety Telecommunicator 1
IAED Emergency Medical Dispatcher (EMD) and Emergency Fire Dispatcher (EFD), current
ACCESS/NCIC Level 2, Washington State Patrol
APCO Communications Training Officer
AHA BLS/CPR, current
Crisis Intervention Training for telecommunicators

EXPERIENCE

Southsound Regional 911 — Olympia, WA
Telecommunicator II and Communications Training Officer, Jan 2020 – Present
• Take 911, text-to-911 and non-emergency calls and dispatch law enforcement, fire and EMS on Hexagon CAD and Motorola MCC 7500 consoles
• Trained 7 new telecommunicators as a Communications Training Officer; all 7 passed probation
• Maintained an average EMD protocol compliance score of 97% in monthly QA reviews over three years
• Worked the fire channel during the 2022 Cedar Ridge wildfire, coordinating evacuation of 1,200 homes with fire, sheriff's deputies and public works over a 14-hour shift
• Member of the CAD change team: test updates and write quick-reference guides for the floor

Kittredge County Sheriff's Office — Emergency Communications
Emergency Dispatcher, 2016-08 to 2019-12
• Dispatched sheriff's deputies and contract city police on the primary law channel
• Helped cut the median call-to-dispatch time for priority 1 calls from 95 to 62 seconds by piloting pre-alert dispatching on night shift
• Ran ACCESS/NCIC queries for warrants, stolen vehicles, protection orders and driver status

Northline Medical Transport — Tacoma, WA
Dispatcher / Call-Taker, 06/2013 – 07/2016
• Scheduled and dispatched a fleet of 22 ambulances for interfacility and 911 transfers, cutting late pickups by 30% with a zone-based posting plan
• Took requests from hospitals, nursing facilities and 911 centers and coordinated with receiving hospitals

Rainier Valley Utilities — Olympia, WA
Customer Service Representative, 2011 – 2013
• Handled billing and outage calls for a regional utility, including upset and abusive callers
• Logged outage reports and relayed them to field crews by radio and phone

SKILLS
Systems: Hexagon (Intergraph) CAD, Spillman Flex, Vesta 911, Motorola MCC 7500, ProQA Paramount,
RapidSOS, ACCESS/NCIC
Typing: 62 wpm, CritiCall tested

EDUCATION
Associate of Arts, South Puget Sound Community College, 2011
`,
  truth: {
    employers: [
      "Southsound Regional 911",
      "Kittredge County Sheriff's Office",
      "Northline Medical Transport",
      "Rainier Valley Utilities",
    ],
    titles: [
      "Telecommunicator II and Communications Training Officer",
      "Emergency Dispatcher",
      "Dispatcher / Call-Taker",
      "Customer Service Representative",
    ],
    claims: [
      "Trained 7 new telecommunicators as a Communications Training Officer; all 7 passed probation",
      "Maintained an average EMD protocol compliance score of 97% in monthly QA reviews over three years",
      "Worked the fire channel during the 2022 Cedar Ridge wildfire, coordinating evacuation of 1,200 homes with fire, sheriff's deputies and public works over a 14-hour shift",
      "Helped cut the median call-to-dispatch time for priority 1 calls from 95 to 62 seconds by piloting pre-alert dispatching on night shift",
      "Scheduled and dispatched a fleet of 22 ambulances for interfacility and 911 transfers, cutting late pickups by 30% with a zone-based posting plan",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Call triage",
      match: [
        "triage",
        "call-taking",
        "call taking",
        "call priority",
        "prioritize a call",
        "questions you ask",
        "location",
        "nature of the emergency",
      ],
      strong: [
        "Every call starts with the same two things: where and what. At Southsound, even when a caller is screaming, my first question is the address of the emergency. I repeat it back and check it against the ALI data and the map, because if the line drops, the location is the one thing I must have. Then I get a callback number and the nature of the problem, and decide the call type and priority in CAD. One call I remember was a man reporting 'smoke in the neighborhood', which could be a burn pile or a house fire. I asked exactly what he could see: was it coming from a building, were there flames, was anyone inside? It was coming from the eaves of his neighbor's house, with a car in the driveway. That made it a residential structure fire with possible occupants, so I entered it at the highest priority while I kept him on the line and told him to stay out and keep others back.",
        "Triage is deciding quickly what kind of help is needed, how fast, and whether anyone is in danger right now, including the caller. At Southsound I once took a call from a woman who asked to order a pizza. I recognized it might be a domestic violence victim who couldn't talk, so I switched to yes-or-no questions: 'Are you in danger right now? Is the person still with you? Do they have a weapon?' She answered yes, yes, no. I confirmed her address from the wireless location and the premise history in CAD, which showed two earlier domestic calls. I entered it as a priority 1 domestic in progress with a note that the caller can't talk, so deputies would approach quietly and wouldn't call the phone back. Then I stayed on the open line, listening, until they arrived. The first thirty seconds of questions decide whether the response fits the emergency.",
      ],
      vague: [
        "Call triage is about getting the most important information quickly and deciding how urgent the call is. I always stay focused, ask the right questions and make sure the right help is sent.",
        "I'm very good at prioritizing calls. I listen carefully to the caller, figure out what's going on and make sure the most serious emergencies get help first.",
      ],
    },
    {
      name: "CAD",
      match: [
        "cad",
        "computer-aided dispatch",
        "computer aided dispatch",
        "incident entry",
        "unit status",
        "avl",
        "cad system",
        "downtime",
      ],
      strong: [
        "I've worked on Hexagon CAD at Southsound since 2020 and on Spillman at the Sheriff's Office before that. As a call-taker I enter the location first, so CAD validates it against the geofile and shows any premise hazards, like a history of violence toward officers or oxygen in the home, and then the call type, which drives the response plan and unit recommendations. I type the narrative in short, clear lines while I'm still talking, so the dispatcher and the units see updates as they happen. On radio I use the unit status monitor and AVL to assign the closest appropriate units, and I keep statuses accurate, because if a unit shows available when it isn't, the next recommendation is wrong. I'm also on our CAD change team: before each update I test workflows in the training environment and write quick-reference guides for the floor.",
        "CAD goes down now and then, and you have to be just as good without it. At Southsound we had a three-hour CAD outage on a busy Friday evening in 2023 after a network failure. Our supervisor declared downtime procedures, and I switched to the paper run cards and incident cards we keep at every console. I took calls, wrote each incident on a card with the time, location, call type and callback number, and passed them to the radio dispatcher, who tracked units on a status board. The key is discipline with times, because every timestamp has to be entered later. When CAD came back, I spent the next hour with the team back-entering about forty incidents. We didn't lose a single call. Since then I've helped run a downtime drill on each shift every quarter, so newer telecommunicators have used the cards before they need them.",
      ],
      vague: [
        "I'm very comfortable using CAD systems. I enter information quickly and accurately, and I understand how important it is to keep everything up to date for the responders.",
        "CAD is a key tool for dispatchers. I've used it throughout my career, I'm comfortable with it, and I'm confident I can learn any new system quickly with a little practice.",
      ],
    },
    {
      name: "Radio dispatch",
      match: [
        "radio",
        "radio dispatch",
        "radio traffic",
        "channel",
        "officer safety",
        "traffic stop",
        "units in the field",
        "on the air",
      ],
      strong: [
        "Radio is where officer safety lives. At the Kittredge County Sheriff's Office I dispatched on the primary law channel, often with ten or more deputies on the air at night. My rules are simple: short transmissions, plain language and our standard phrases, always repeat back locations and plates, and track every unit's status in CAD in real time. On traffic stops I log the plate and location and check on the deputy at set intervals. One night a deputy's voice changed mid-transmission on a stop; he called for cover and then went quiet. I announced emergency traffic only on the channel, sent the two closest units using AVL, notified my supervisor and the city police for extra cover, and tried him every thirty seconds. He came back on a minute later: the driver had fled on foot. I kept the channel clear and relayed direction of travel until he was in custody.",
        "Good radio dispatching means anticipating what the field will need before they ask. At Southsound, when I dispatch a structure fire, I tone out the assignment with the address, cross street and call type, add what the call-taker has learned, like people reported inside or a propane tank, and then get ready for what comes next: a second alarm request, police for traffic control, the utility for power and gas. I log every status change in CAD and give the incident commander elapsed-time notifications for accountability checks. I also manage the channel: if a routine request comes in during critical traffic, I tell the unit to stand by, and I move non-essential traffic to a tactical channel. Firefighters and deputies have told me they like working with me because I'm brief, I repeat back, and I never make them ask twice.",
      ],
      vague: [
        "I'm comfortable on the radio and I always speak clearly and professionally. I understand that officer safety is the top priority, so I keep track of my units at all times.",
        "Radio dispatch requires good listening skills and clear communication. I stay calm on the radio and make sure the units get the information they need.",
      ],
    },
    {
      name: "Emergency Medical Dispatch (EMD)",
      match: [
        "emd",
        "emergency medical dispatch",
        "protocol",
        "protocols",
        "proqa",
        "medical call",
        "pre-arrival instructions",
        "telephone cpr",
      ],
      strong: [
        "I've been an IAED-certified EMD since 2016 and use ProQA Paramount at Southsound. I follow the protocol every time, because it makes the response consistent and protects both the patient and me. One call I remember: a woman found her husband unresponsive on the kitchen floor. Through case entry I established he wasn't awake and his breathing wasn't effective, just occasional gasps, which is agonal breathing and has to be treated as cardiac arrest. That sent the call to the cardiac arrest protocol and the highest response, and I started telephone CPR: get him flat on his back, kneel beside him, heel of your hand in the center of his chest, push hard and fast, while I counted out loud with her. She did compressions for about seven minutes until the medics took over. He had a pulse again in the ambulance. Recognizing agonal breathing early makes the difference on those calls.",
        "For me EMD is discipline and compassion at the same time. The protocol tells me what to ask and in what order; my job is to ask it in a way a panicked caller can answer. At Southsound I've kept an average EMD compliance score of 97 percent in our monthly QA reviews, which means I ask the key questions as scripted and give the right pre-arrival instructions. But I adapt the delivery: I use the caller's name, I explain why I'm asking, 'these questions don't delay the ambulance, it's already on its way', and I give one instruction at a time. The post-dispatch instructions matter too: turn on the porch light, put the dog away, unlock the door, gather the patient's medications. Those small things regularly save paramedics minutes at the door.",
      ],
      vague: [
        "I'm certified in EMD and I always follow the protocols. I think it's very important to give callers the right instructions until help arrives, because it can save lives.",
        "Medical calls can be very emotional, but the protocol helps me stay focused. I ask the questions, give the instructions and reassure the caller that help is coming.",
      ],
    },
    {
      name: "Multitasking",
      match: [
        "multitask",
        "multitasking",
        "multiple calls",
        "at the same time",
        "simultaneously",
        "several things",
        "juggle",
        "listening to the radio",
      ],
      strong: [
        "Multitasking in this job is really about controlling your attention. At Southsound I often work a position where I take 911 calls while monitoring a radio channel. One evening there was a multi-vehicle crash on I-5 and we got more than twenty calls in a few minutes. On each one I confirmed the location, recognized it as the same incident, asked the one new question that mattered, 'is anyone trapped, is there any fire?', added anything new to the existing CAD incident, and released the line fast to answer the next. Meanwhile I was listening to the fire channel, and when the first engine asked about extrication, I'd already heard from a caller that someone was pinned, so I could confirm it immediately. The skill is typing while you listen, keeping one ear on the radio for your units' call signs, and saying out loud to your partner when you need help.",
        "I stay on top of several things at once by keeping everything in CAD instead of in my head. At the Sheriff's Office on nights I was often the only dispatcher on the law channel, with a pursuit, a traffic stop and a domestic call running at the same time while deputies asked for NCIC queries. I updated unit statuses the moment they changed, used the CAD timers to remind me to check on units, and wrote short notes in each incident so nothing depended on memory. When it got too much, I asked the call-taker next to me to run the queries and told units to stand by for anything non-urgent. I also follow a simple habit: finish one small task completely, like a status change, before starting the next, because half-finished tasks are where mistakes happen.",
      ],
      vague: [
        "I'm very good at multitasking. I can talk on the phone, type and listen to the radio at the same time without losing focus, and I stay organized even when it's busy.",
        "Multitasking is a big part of dispatching, and it comes naturally to me. I keep calm, stay focused on what matters most and handle whatever comes in, one thing at a time.",
      ],
    },
    {
      name: "Calming distressed callers",
      match: [
        "calm",
        "distressed",
        "panic",
        "panicking",
        "hysterical",
        "upset caller",
        "emotional",
        "reassure",
      ],
      strong: [
        "The technique I use most is repetitive persistence: repeating the same instruction, in the same calm words, until the caller can hear it. A mother called Southsound screaming that her baby wasn't breathing, and she couldn't hear my questions. I lowered my voice, used her first name from the subscriber information, and said, 'I'm going to help you. Listen to me. Is the baby choking?' I repeated it three times before she answered. Giving her a task changed everything: once she was doing back slaps and chest thrusts with my instructions, she steadied, because she was doing something. The baby started crying, which is the best sound you can hear on that line, and I stayed on until the medics were at the door. Frightened callers need a calm voice, short sentences and something to do.",
        "With a panicked caller I control my own voice first: slower, lower and confident, because people mirror you. I tell them what's happening, 'help is already on the way', since most callers believe our questions are delaying the ambulance. At Southsound I took a call from a teenager whose father had collapsed; he was crying and hyperventilating. I asked him to take one breath with me, then gave him a simple job: unlock the front door, come back, and tell me if his dad is breathing. I used his name and told him after each step, 'you're doing exactly the right thing.' He ended up doing CPR with me until the medics arrived. When I can, I also tell callers what will happen when the crew walks in, so they aren't left in silence and confusion at the end of the call.",
      ],
      vague: [
        "I'm naturally a calm person, and I think that helps callers calm down too. I speak clearly, reassure them that help is on the way and show empathy.",
        "When a caller is very upset, I stay patient and understanding. I let them know I'm there to help, and I try to keep them focused on the information I need.",
      ],
    },
    {
      name: "Multi-agency coordination",
      match: [
        "police",
        "fire",
        "ems",
        "agencies",
        "multi-agency",
        "interagency",
        "mutual aid",
        "coordinate",
        "coordination",
      ],
      strong: [
        "A big part of my job at Southsound is making different agencies work as one. Last winter there was a crash on US 101 right at our county line: the roadway was Washington State Patrol's jurisdiction, the closest engine was from our fire district, the closest ambulance was from the neighboring county, and a deputy was first on scene. I dispatched our fire and the deputy, called the neighboring PSAP on the ring-down line to request their ambulance, and notified WSP's communications center with the location and injuries. When it turned into three patients, I asked the supervisor to patch a shared interoperability talkgroup so fire, the deputy and the troopers could talk directly. I also called for DOT to close a lane and a tow rotation. Everyone arrived knowing who else was coming, and the patients were transported within forty minutes of the first call.",
        "In a multi-agency incident, the dispatcher keeps everyone on the same picture. At Southsound we had a barricaded armed subject in a residential area, which involved sheriff's deputies, the city police, the regional SWAT team, fire and EMS on standby, and the power utility. I moved the incident to a tactical channel and stayed dedicated to it while a partner took the main channel. I made sure fire and EMS staged at a safe location that the incident commander chose, at a school parking lot two blocks away, and that every agency had the same staging point, the same channel and the same command post. I logged every request and time in CAD, kept the supervisor updated, and handled notifications to the utility and to the neighboring school district. It ended peacefully after five hours, and the after-action review noted our communications as a strength.",
      ],
      vague: [
        "I have a lot of experience working with police, fire and EMS. Clear communication between agencies is essential, and I always make sure everyone has the information they need.",
        "Coordinating between agencies is a key part of being a dispatcher. I work well with all our partners and I understand how each agency operates.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "911 dispatch experience",
      match: [
        "experience",
        "psap",
        "communications center",
        "911 center",
        "dispatcher",
        "years",
        "background",
        "call-taker",
      ],
      strong: [
        "I've worked in emergency communications for over ten years. I started in ambulance dispatch at Northline Medical Transport, where I learned medical terminology and how EMS operations actually run. In 2016 I moved to the Kittredge County Sheriff's Office as an emergency dispatcher, taking 911 calls and working the primary law channel, where I helped pilot pre-alert dispatching that cut our priority 1 call-to-dispatch time from 95 to 62 seconds. Since 2020 I've been at Southsound Regional 911, a consolidated center where I'm signed off on every position: call-taking, law radio and fire/EMS radio. I'm also a Communications Training Officer and have trained seven new telecommunicators, all of whom passed probation. So I can step onto your floor knowing the work, and focus my lateral training on your systems, your agencies and your geography.",
        "At Southsound Regional 911 I handle the full range of calls: cardiac arrests and overdoses, structure fires and wildland fires, domestic violence, pursuits, crashes, and a lot of non-emergency calls that still need care. I'm signed off on call-taking, law radio and fire/EMS radio, and I rotate between them. I use Hexagon CAD, Vesta 911 phones, the MCC 7500 consoles and ProQA, which are the same systems you use, apart from Spillman, which I used at the Sheriff's Office. I've also worked major incidents like the 2022 Cedar Ridge wildfire, where I worked the fire channel during the evacuation of 1,200 homes. What I'd bring to Cascade Crest is that experience plus the habits of a trainer: I'm used to explaining why we do things, not just doing them.",
      ],
      vague: [
        "I have several years of experience as a 911 dispatcher, and I'm familiar with the fast pace and pressure of a communications center. I'm confident I can contribute from day one.",
        "I've worked in emergency communications for a while and I really enjoy it. I've handled many kinds of calls and I know what it takes to do the job well.",
      ],
    },
    {
      name: "EMD and CPR certification",
      match: [
        "certification",
        "certified",
        "certifications",
        "iaed",
        "cpr",
        "recertification",
        "continuing education",
        "apco",
      ],
      strong: [
        "I've held IAED Emergency Medical Dispatcher certification since 2016, and I added Emergency Fire Dispatcher in 2020. Both are current. I recertify every two years, which requires continuing dispatch education hours, and at Southsound we get most of those through monthly case reviews, protocol update training when new versions come out, and an annual skills day. I keep my AHA BLS/CPR current as well, because I think a dispatcher who gives telephone CPR instructions should know what compressions feel like. I also hold APCO Public Safety Telecommunicator 1 and the APCO Communications Training Officer certificate. If your center uses a different protocol version or local guidelines on top of ProQA, I'd expect to learn those in my lateral training, but the core EMD work would be familiar from my first day.",
        "For me certification is the minimum; staying sharp is the real job. At Southsound our EMD quality assurance reviewer scores a sample of my calls every month against IAED standards, and I've averaged 97 percent compliance over three years. When I miss something, I listen to the recording and go back through that protocol. I also read every protocol change notice when ProQA is updated, and last year I ran a short refresher for my shift on the changes to the overdose and stroke protocols. My CPR is current through the American Heart Association, and I've kept my EMD and EFD certifications current without a lapse since I first certified. I'm happy to add Emergency Police Dispatch certification too if Cascade Crest uses it.",
      ],
      vague: [
        "Yes, I have my EMD and CPR certifications and they're both up to date. I always make sure to complete my continuing education on time and I never let a certification lapse.",
        "I'm certified and I take my training very seriously. I believe it's important to keep learning and stay up to date with the latest protocols.",
      ],
    },
    {
      name: "ACCESS/NCIC queries",
      match: [
        "access",
        "ncic",
        "warrants",
        "warrant",
        "criminal justice",
        "records",
        "queries",
        "cjis",
        "hit confirmation",
      ],
      strong: [
        "I've been ACCESS/NCIC Level 2 certified since 2016, first at the Kittredge County Sheriff's Office and now at Southsound. I run plates, drivers, wanted persons and protection orders for deputies in the field many times a shift. Accuracy matters more than speed: a wrong hit can lead to a wrongful arrest. One night a deputy on a traffic stop got a warrant hit on his driver from another state. The name was a match, but when I compared the identifiers, the date of birth was a year off and the warrant listed tattoos the driver didn't have. I told the deputy it was a possible but unconfirmed hit, sent a hit confirmation request to the originating agency, and they confirmed within minutes that it was a different person. The driver was released with a citation instead of being taken to jail.",
        "Besides queries, I've done NCIC entries: stolen vehicles, missing persons, protection orders and warrants for the Sheriff's Office. I know the timelines, like entering a missing child without delay and responding to an urgent hit confirmation request within ten minutes, and I always have a second person check entries before they go in, because our agency is responsible for their accuracy. I also took part in the monthly validation of our records, contacting case officers to confirm an entry was still active. On the security side, I follow CJIS rules strictly: no criminal history information over an open channel, no sharing outside an authorized purpose, and logging who requested each query. I recertify every two years and would get my Washington certification transferred or renewed in your training.",
      ],
      vague: [
        "I'm familiar with NCIC and I've run many queries for officers. I understand the information is sensitive and I always follow the rules for using it.",
        "I have experience with criminal justice databases and I'm certified to use them. I'm careful and accurate when I run checks for officers in the field.",
      ],
    },
    {
      name: "Accurate data entry and typing",
      match: [
        "typing",
        "type",
        "data entry",
        "accuracy",
        "accurate",
        "keyboard",
        "wpm",
        "spelling",
      ],
      strong: [
        "I type at about 62 words per minute on CritiCall, but in dispatch accuracy matters more than speed, especially with addresses. Lakemont County, like mine, probably has several streets with the same name in different cities. At Southsound I once had a caller give me '400 Maple Street'; CAD matched it to Maple Street in Olympia, but when I asked for the city and the nearest cross street, she was in Tumwater. Since then I always verify the city and a cross street or landmark before I commit a location, even when CAD offers a match. I spell names and plates back with the phonetic alphabet, 'Adam, Boy, Charles', and I read the unit the location exactly as it's in CAD. In our QA reviews my narrative entries are regularly used as examples of clear, complete documentation.",
        "The real skill is typing while listening and talking without losing either. At Southsound I write the CAD narrative in short, standard lines as the caller speaks: who, what, where, weapons, injuries, direction of travel. I use our center's standard abbreviations and nothing private, because a deputy reading the call on a laptop while driving has to understand it at a glance. Before I send, I do a quick check of the three things that would send help to the wrong place or in the wrong way: the address, the call type and any hazard. As a CTO I teach trainees the same habit, and I use a short data entry exercise in their first week: I play a recorded call and they enter it, then we compare their entry with what the caller said. It shows them very quickly where errors creep in.",
      ],
      vague: [
        "I'm a fast and accurate typist, and I pay close attention to details. I know how important it is to get addresses and information right in this job.",
        "Data entry is one of my strengths. I can type quickly while listening to a caller, and I always double-check my work to avoid mistakes.",
      ],
    },
    {
      name: "Shift work and overtime",
      match: [
        "shift",
        "shifts",
        "12-hour",
        "nights",
        "weekends",
        "holidays",
        "overtime",
        "rotating schedule",
      ],
      strong: [
        "I've worked rotating 12-hour shifts at Southsound since 2020, and mostly nights before that at the Sheriff's Office, so I know what it takes. On nights I keep the same routine on my work days: blackout curtains, sleep right after I get home, and no heavy meals on shift. When we rotate I shift my sleep a day early rather than forcing it on the first night. Mandatory overtime is part of this job; at Southsound we've had periods of staffing shortage when I was held over or mandated once a week, and I've never refused a mandate. I also volunteer for holidays when I can, because people with young children appreciate having Christmas off, and they return the favor another time. The key for me is taking my days off seriously so I come back rested.",
        "I understand that 911 never closes, and I've worked nights, weekends and holidays for most of my career. At Southsound I've been held over after a 12-hour night shift during major incidents, including the Cedar Ridge wildfire, when I worked a 14-hour shift on the fire channel. I manage fatigue deliberately: I tell my supervisor if I'm too tired to work safely, I take my breaks away from the console, and I eat and drink water properly on long shifts. I also know my limits with extra shifts: I'd rather pick up overtime on a day when I'm rested than stack shifts and make a mistake on a call. My family knows what the job involves, and my schedule at home is built around the rotation.",
      ],
      vague: [
        "I'm flexible and I'm happy to work any shift, including nights, weekends and holidays. I understand it's part of the job and I'm fully committed to it.",
        "Shift work doesn't bother me at all. I know emergency services run around the clock, and I'm prepared to work nights, holidays and overtime whenever the center needs it.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Training 7 telecommunicators who all passed probation",
      claim:
        "Trained 7 new telecommunicators as a Communications Training Officer; all 7 passed probation",
      match: [
        "7 new telecommunicators",
        "seven",
        "communications training officer",
        "cto",
        "passed probation",
        "trainees",
        "trained",
      ],
      strong: [
        "I became a Communications Training Officer at Southsound in 2021 and have trained seven new telecommunicators since then; all seven passed probation. Our program follows the APCO CTO model in phases: call-taking first, then law radio, then fire/EMS radio. Each day I write a daily observation report scoring the trainee on standard evaluation guidelines, like location verification, CAD entry, radio discipline and stress management, with written comments. In the early weeks I sit plugged in beside them, let them take the calls and only step in if a mistake would affect safety; I'd rather they learn by doing with me as the safety net. After each busy call we debrief for two minutes: what went well, what to do differently. And I tell every trainee in week one that the job will hurt sometimes, and where to go for peer support.",
        "The trainee I learned the most from nearly didn't make it. She was excellent with callers but froze on the law channel when radio traffic got heavy, and by week eight her daily observation scores on radio were below standard. I talked with my supervisor and we built a remediation plan: two weeks of radio simulation in our training room, where I played deputies with escalating traffic, then short live sessions on quieter night shifts before going back to busy evenings. I also changed how I gave feedback, focusing on one habit per shift instead of a long list. By week twelve she was handling a pursuit on her own, and she passed probation. Of the seven telecommunicators I've trained, all passed probation, and two are now in CTO training themselves.",
      ],
      vague: [
        "I really enjoy training new dispatchers. I'm patient, I share my experience and I try to build their confidence so they can succeed on their own.",
        "Being a trainer has been one of the most rewarding parts of my career. I think good training is about support and encouragement, and it's great to see new people succeed.",
      ],
      contradicting: [
        "As a CTO at Southsound I've trained about twelve new telecommunicators, and eight of them made it through probation. Washout rates are high in this job, so I'm proud of that.",
        "Our training coordinator at Southsound ran the CTO program and did most of the training for the seven new hires; I was a backup trainer on some of their shifts. All seven passed probation.",
      ],
    },
    {
      name: "97% EMD protocol compliance",
      claim:
        "Maintained an average EMD protocol compliance score of 97% in monthly QA reviews over three years",
      match: [
        "97%",
        "compliance score",
        "protocol compliance",
        "qa reviews",
        "quality assurance",
        "three years",
        "monthly qa",
      ],
      strong: [
        "At Southsound our EMD quality reviewer scores a random sample of each telecommunicator's medical calls every month against the IAED performance standards: case entry, key questions, the chief complaint choice, the final code, and the pre-arrival and post-dispatch instructions. Over three years my average was 97 percent, well above what the center treats as high compliance. What got me there is not freelancing: I read the questions as written, I don't skip one because I think I know the answer, and I choose the chief complaint carefully, because the wrong protocol sends the whole call in the wrong direction. I also review my own feedback every month, even on good scores. When I lost points, it was usually on post-dispatch instructions on busy nights, so I made a habit of never ending a call without giving them.",
        "The 97 percent came from habits more than talent. Early at Southsound I had a month where I scored lower because I was paraphrasing key questions to sound more natural. My QA reviewer played back two calls and showed me how a paraphrase had changed the meaning: 'is she breathing okay?' gets a different answer from 'is she breathing normally?'. From then on I used the exact wording and worked on sounding natural within it. I also listen to one of my own medical calls every week, which most people hate doing, and I keep a short list of my weak spots. Over the three years my average compliance in the monthly QA reviews was 97 percent, and I now help newer call-takers by listening to their calls with them before their QA reviews.",
      ],
      vague: [
        "I always try to follow the protocols closely and I'm proud of my quality scores. I think consistency is very important on medical calls, and the protocols are there for a good reason.",
        "My QA reviews have always been very good. I take protocol compliance seriously because it ensures every caller gets the best possible help, no matter who answers the phone.",
      ],
      contradicting: [
        "My EMD compliance at Southsound has averaged around 85 percent in QA reviews over the last year. I'd like to get it higher, but it's above the center's minimum.",
        "The 97 percent was really our shift's average, thanks to our QA coordinator, who built the coaching program and reviewed all our calls with us. I was one of the call-takers on that shift.",
      ],
    },
    {
      name: "Cedar Ridge wildfire evacuation of 1,200 homes",
      claim:
        "Worked the fire channel during the 2022 Cedar Ridge wildfire, coordinating evacuation of 1,200 homes with fire, sheriff's deputies and public works over a 14-hour shift",
      match: [
        "wildfire",
        "cedar ridge",
        "evacuation",
        "1,200 homes",
        "14-hour",
        "fire channel",
        "public works",
        "major incident",
      ],
      strong: [
        "In August 2022 the Cedar Ridge fire jumped a ridge in the afternoon wind, and I was on the fire channel at Southsound. The incident commander called for Level 3 'go now' evacuations in two zones, and then a third. I was the link between the incident commander, the sheriff's deputies doing door-to-door notifications, and public works closing roads. I kept a CAD incident for each evacuation zone, logged which streets deputies reported as cleared, and relayed addresses where people refused to leave or needed help, like an elderly couple without a car. I requested the county's emergency alert to phones in the affected zones through my supervisor, and coordinated mutual aid engines from two neighboring districts to the staging area. Over a 14-hour shift we evacuated about 1,200 homes, and no residents were injured.",
        "The hardest part of the Cedar Ridge evacuation was keeping the picture accurate as it changed. Fire, deputies and public works were all on different channels, so I asked for a patched talkgroup for the evacuation, and I worked that while my partner took routine fire traffic. Every time the incident commander changed a zone boundary, I read it back, updated it on the CAD map layer, and broadcast it to the deputies and public works, so nobody was working from an old map. I also took over the welfare-check list from the call-takers: residents' families calling in asking someone to check a house. By the end of the 14-hour shift, about 1,200 homes had been evacuated. In the after-action review, fire command asked that the zone-by-zone logging I used become our standard for major evacuations.",
      ],
      vague: [
        "The wildfire was one of the most intense experiences of my career. We all worked together as a team, stayed calm and made sure everyone got out safely.",
        "During major incidents like the wildfire, I stay focused and communicate clearly with everyone involved. It was a long day, but I was proud of how we handled it.",
      ],
      contradicting: [
        "During the Cedar Ridge fire I was on the fire channel for about six hours, and we evacuated around 300 homes in one zone before the wind changed and the fire was contained.",
        "During the Cedar Ridge fire, our fire dispatch supervisor coordinated the evacuation from the county emergency operations center and the sheriff's office ran it on the ground; I took calls from residents during my shift. About 1,200 homes were evacuated.",
      ],
    },
    {
      name: "Cutting priority 1 call-to-dispatch time from 95 to 62 seconds",
      claim:
        "Helped cut the median call-to-dispatch time for priority 1 calls from 95 to 62 seconds by piloting pre-alert dispatching on night shift",
      match: [
        "95 to 62 seconds",
        "62 seconds",
        "call-to-dispatch",
        "pre-alert",
        "priority 1",
        "night shift",
        "response time",
      ],
      strong: [
        "At the Kittredge County Sheriff's Office, our median time from answering a priority 1 call to dispatching a unit was 95 seconds, because we waited until the call-taker had finished the questions and created the full incident. Our night supervisor wanted to try pre-alert dispatching, and I volunteered to pilot it on night shift. As soon as the call-taker had a verified location and the basic nature, like 'shots fired' or 'domestic with weapon', the incident went to my screen and I sent the closest units with a short pre-alert, then gave them the details as they came in. I wrote the pre-alert wording we used on the radio, and I pulled the times from CAD every week to track the effect. After three months the night shift median was 62 seconds, and the center adopted pre-alert on all shifts.",
        "The pilot only worked because the call-takers and I changed how we talked to each other. At the Sheriff's Office I sat with the night call-takers before we started and agreed a simple rule: the moment you've verified the address and know it's priority 1, send it, even if the narrative is two words. In return I'd never ask them for information they hadn't entered yet; I'd read it from CAD as it updated. Deputies were skeptical at first about being sent with little information, so I made sure every pre-alert included the call type and any premise hazard, and then updated them within seconds. I tracked medians every week with the night supervisor, and over three months we went from 95 to 62 seconds. For a shooting or a cardiac arrest, half a minute is a lot.",
      ],
      vague: [
        "We improved our response times by working more efficiently as a team. I was part of the effort and I'm proud that we got help to people faster.",
        "Speed is critical in dispatch, so I was happy to help with a project to improve our dispatch times. It made a real difference for the public and our deputies.",
      ],
      contradicting: [
        "At the Sheriff's Office we brought our priority 1 call-to-dispatch time down from about two minutes to roughly 90 seconds over a year by changing how we entered calls.",
        "The pre-alert project at the Sheriff's Office was designed by an outside consultant and piloted by the day shift; I worked nights and wasn't part of the pilot. When it rolled out to everyone, priority 1 dispatch times dropped from 95 to 62 seconds.",
      ],
    },
    {
      name: "Ambulance posting plan cutting late pickups by 30%",
      claim:
        "Scheduled and dispatched a fleet of 22 ambulances for interfacility and 911 transfers, cutting late pickups by 30% with a zone-based posting plan",
      match: [
        "22 ambulances",
        "ambulance fleet",
        "late pickups",
        "30%",
        "posting plan",
        "interfacility",
        "northline",
      ],
      strong: [
        "At Northline Medical Transport I dispatched a fleet of 22 ambulances doing interfacility transfers and backing up 911 in two counties. Hospitals were complaining about late pickups, meaning more than fifteen minutes after the scheduled time, especially for discharges in the afternoon. I pulled six months of trip data from our dispatch software and mapped where pickups happened by time of day. Most afternoon discharges came from three hospitals, but after lunch our idle trucks were usually posted back at the base, twenty minutes away. I proposed a zone-based posting plan: from noon to six, available units would post at points near those hospitals instead of returning to base. My operations manager approved a trial. Over the next six months, late pickups dropped by 30 percent, and the hospital discharge planners noticed before our numbers did.",
        "Dispatching 22 ambulances at Northline was a constant balancing act between scheduled transfers and 911 backup calls, which always came first. I kept the day's schedule in our dispatch software, but the plan changed every hour: a 911 call would pull a truck, and I'd have to reshuffle scheduled pickups and call the hospitals to give honest new times. The zone-based posting plan I designed made that easier, because trucks were already near where the next pickups would be. I also built relationships with the discharge planners at the main hospitals, so they'd give us a heads-up an hour before a discharge was ready instead of calling at the last minute. Together, those changes cut late pickups by 30 percent, and it was good training for 911: constant reprioritizing while keeping every party informed.",
      ],
      vague: [
        "At the ambulance company I worked hard to improve our on-time performance. Better planning and better communication with the hospitals helped us serve patients much better than before.",
        "I was responsible for dispatching ambulances and I always tried hard to make sure patients were picked up on time. We made a lot of improvements to the operation while I was there.",
      ],
      contradicting: [
        "At Northline I dispatched a fleet of about ten ambulances, and after we changed our scheduling system, late pickups fell by about half over two years.",
        "Our operations manager at Northline designed the zone-based posting plan after analyzing the data; I was one of the dispatchers who followed it. Late pickups went down by 30 percent.",
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
        "deputy",
      ],
      strong: [
        "At the Sheriff's Office a senior deputy got into a habit of snapping at me on the radio when NCIC returns took longer than he wanted, on an open channel that every unit could hear. It was affecting my confidence, and it wasn't good for the channel either. I didn't want to argue on the air, so I asked my supervisor whether I could speak to him directly, and caught him at the end of a shift. I explained that queries came in a queue, and that his weren't the only ones, and I asked what he actually needed. It turned out he mostly wanted to know the driver's status quickly for his own safety. We agreed that I'd give him a quick 'valid, no wants' or 'stand by, possible hit' first, then details. He stopped snapping, and later he was one of the deputies who backed the pre-alert pilot.",
        "At Southsound a coworker on my shift kept letting non-emergency lines ring while she finished other tasks, so others, including me, ended up picking up her share during busy periods. Resentment was building on the shift. I talked to her privately first, without accusing her: I said I'd noticed the lines and asked if something was going on. She told me she was struggling to keep up with CAD updates since a recent change and was afraid of making mistakes. I offered to show her the shortcuts I'd written up for the CAD change team, and we sat together for an hour on a quiet night. Her call pickup improved within a couple of weeks. If talking to her hadn't worked, I would have gone to our supervisor, but most problems on a shift are easier to fix face to face.",
      ],
      vague: [
        "When I disagree with a coworker, I try to talk to them privately and respectfully. In this job we have to work as a team, so I focus on finding a solution quickly.",
        "Conflicts can happen in a stressful environment, but I stay professional. I listen to the other person and try to understand their point of view.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "error",
        "failure",
        "went wrong",
        "learned from",
        "regret",
        "wrong address",
      ],
      strong: [
        "Early at Southsound I took a medical call where the caller gave me an address on Maple Street, and I accepted the first match CAD offered without confirming the city. The units were dispatched to Maple Street in Olympia, but the caller was in Tumwater. I realized within about a minute, when I asked for a cross street during the protocol and it didn't exist near that address. I corrected the location in CAD, told the radio dispatcher, and the units were redirected; the delay was about two minutes and the patient was fine. I reported it to my supervisor straight away and we reviewed it together. Since then I always verify the city and a cross street or landmark before committing the location, and I teach my trainees that CAD's first match is a suggestion, not an answer.",
        "At the Sheriff's Office I once forgot to update a deputy's status when he cleared one call and took another on his own initiative. CAD still showed him at the first call, so when a domestic call came in, I didn't consider him, and I sent a unit from much further away. He heard it on the radio and told me he was three blocks from the address. No harm came of it, but it could have. I owned it with the sergeant that night. After that I made a firm habit: any transmission that changes a unit's status gets entered before I do anything else, even on busy nights. I also started doing a quick status check at the start of every shift, reading the board and confirming with units who looked wrong, which has caught several errors since.",
      ],
      vague: [
        "Everyone makes mistakes, and in dispatch it's important to catch them quickly. When I make a mistake I own it, fix it and learn from it so it doesn't happen again.",
        "I've made mistakes like anyone else in this job. I think what matters most is being honest about them, telling a supervisor, and using them to improve so they don't happen again.",
      ],
    },
    {
      name: "Staying calm and prioritizing under pressure",
      match: [
        "pressure",
        "stress",
        "stressful",
        "priorities",
        "prioritize",
        "overwhelmed",
        "traumatic",
        "cope",
      ],
      strong: [
        "Under pressure I prioritize by life safety first, then by what only I can do. One Saturday night at Southsound I was on law radio when a deputy called out a pursuit, a shooting call came in from the call-takers, and a routine alarm and three plate requests were waiting. I announced emergency traffic only, handled the pursuit, and gave the shooting call to the closest units with a pre-alert. The alarm and plates I passed to a partner console and told those units to stand by. I asked my supervisor to open a second channel for the shooting scene. Within a few minutes everything urgent was covered and the routine work was being handled by someone else. The mental checklist I use is simple: who could die or get hurt in the next minute, and what do they need from me right now.",
        "The pressure in this job isn't only the busy moments, it's the calls that stay with you. A few years ago at Southsound I took a call about a child who had drowned in a backyard pool, and I did CPR instructions with the father until the medics arrived. The child didn't survive. I finished my shift, and then I used the support we have: I went to the critical incident debriefing the next day, talked with a peer support member, and took a day off. I've also built habits that keep me healthy: I exercise after night shifts, I don't read news stories about my calls, and I talk to a counselor through our employee assistance program when I need to. I've learned that taking care of myself is part of staying good at this job for years.",
        "Staying calm under pressure is partly training and partly preparation. I prepare before my shift: I read the pass-down log, check which units are out of service and what's happening in the county, so I'm not surprised. During a surge, I slow my own voice down deliberately, because the callers and units hear stress in your voice. I break the work down: one call, one transmission, one CAD entry at a time, and I say out loud to my partner or supervisor what I need. During the I-5 pileup at Southsound, with more than twenty calls in a few minutes, that meant recognizing duplicates quickly, adding only new information, and releasing lines fast. After the rush, I take two minutes to check that every incident in CAD is accurate before I relax, because mistakes hide in the aftermath.",
      ],
      vague: [
        "I work very well under pressure. I stay calm, focus on the most important tasks and don't let stress affect my work. I think this is one of my biggest strengths.",
        "This job is stressful, but I handle it well. I stay focused during the call and I have good ways to relax afterwards, like spending time with family.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "critique",
        "receiving feedback",
        "giving feedback",
        "qa feedback",
      ],
      strong: [
        "Feedback is built into our work through QA, and I try to use it, not just tolerate it. Early at Southsound my QA reviewer flagged a call where I'd skipped a key question on a breathing problem because I was sure of the answer. She played it back for me, and she was right: my assumption could have put the call on the wrong response level. It stung because I thought it was a good call, but I thanked her and asked her to listen to two more of my calls that month. I changed my habit to asking every key question as written. As a CTO I now give feedback daily in observation reports. I keep it specific and tied to a behavior: 'you confirmed the address but not the city,' not 'be more careful'. And I always include something they did well, so they know what to keep doing.",
        "Giving feedback to trainees is where I've grown the most. One of my trainees at Southsound would get defensive when I corrected her radio traffic during a shift, and it was getting in the way. I asked her how she preferred to get feedback, and she said that corrections in the middle of a busy stretch made her feel like she was failing in front of everyone. We agreed that unless it was a safety issue, I'd write it down and we'd talk about it in a two-minute debrief right after the call, with the recording if possible. She became much more receptive, and her scores improved steadily. I ask every trainee the same question now, and I also ask them for feedback on my training at the end of each phase.",
      ],
      vague: [
        "I'm always open to feedback because it helps me grow. I try not to take it personally, and when I give feedback to others, I'm honest but respectful.",
        "Feedback is very important in a dispatch center. I always listen to my supervisors and coworkers and use their input to keep improving my performance on every call.",
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
        "support your team",
        "colleagues",
        "trust",
      ],
      strong: [
        "Teamwork on a dispatch floor is very practical: it's hearing that your partner is stuck on a cardiac arrest and picking up the next 911 line without being asked, or running a plate for them when their channel is busy. At Southsound on evening shift, I make a point of saying out loud what I'm doing, like 'I've got the next line' or 'I'll take the fire channel', so nobody duplicates work. When we had the I-5 pileup, our four call-takers and two dispatchers split the work without the supervisor having to direct every move, because we'd practiced it. After hard calls I check on the person who took it, even just a few words during a break. I also organized our shift's quarterly downtime drill, which built trust that we could work together when CAD or the phones fail.",
        "As a CTO, and often as the acting lead when our supervisor is off the floor, I've learned that leadership in dispatch is mostly calm decisions and clear communication. One night at Southsound our supervisor was out sick, and a multi-alarm apartment fire came in during a surge of medical calls. As acting lead I assigned one dispatcher to the fire incident only, moved another to cover fire/EMS for the rest of the county, asked a call-taker to handle notifications to the Red Cross and the utility, and called in one person on overtime. I kept a short log of who was doing what and updated the on-call manager. Everyone knew their role, and the fire and the rest of the county were both covered. Afterwards I led a quick debrief so we could capture what worked.",
      ],
      vague: [
        "I'm a strong team player. In dispatch you have to rely on each other completely, so I always support my coworkers, communicate clearly and help out wherever I can.",
        "I believe good leadership means leading by example and helping others. I'm always willing to step up, stay positive and help my team whenever it gets busy on the floor.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "new system",
        "quickly",
        "new skill",
        "adapt",
        "unfamiliar",
        "training program",
      ],
      strong: [
        "When I moved from the Sheriff's Office to Southsound in 2020, I had to learn a new CAD, Hexagon instead of Spillman, plus fire and EMS radio, which I'd never dispatched, and a much larger geography. I had a lateral training program of about three months. I learned the county's map by driving the main corridors on my days off, and I made flashcards of fire station areas and apparatus types. For CAD, I spent extra time in the training environment practicing call types and unit recommendations until I could do them without looking. For fire radio, I listened to the fire channel during quieter shifts and wrote down the phrases and the order of operations for a working fire. I was signed off on fire radio ahead of schedule, and a year later I became a CTO.",
        "When Southsound launched text-to-911, I was one of the first on my shift trained on it, and I had about two weeks before it went live. Texting is very different from a voice call: responses are slow, callers may be hiding or can't hear, and you can't hear background noise. I went through the vendor training, read guidance from other centers that had already launched, and practiced with test sessions. I wrote a short list of pre-written questions and tips for the floor, like asking one question per message and avoiding abbreviations. Within the first month we had a real text from a woman hiding from an intruder, and I handled it using exactly those techniques while deputies were sent. I learn fastest when I combine the formal training with practice and a cheat sheet I write myself.",
      ],
      vague: [
        "I'm a fast learner and I adapt easily to new systems and procedures. I'm not afraid to ask questions, and I practice until I'm confident.",
        "Learning is part of this job, because procedures and technology are always changing. I really enjoy learning new things, and I usually pick them up quickly and with confidence.",
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
        "cascade crest",
        "join",
        "why dispatch",
      ],
      strong: [
        "I came into dispatch from ambulance work, and what has kept me here for more than ten years is the moment on a call when someone's panic turns into action because of what you told them. I want to keep doing that in a center where I can grow. Cascade Crest is larger and busier than Southsound, with eight police departments, six fire districts and two ambulance providers, which means more complex incidents and more coordination, and that's the part of the job I'm strongest at. You use the same core systems I know, Hexagon CAD, MCC 7500 and ProQA, so I can be productive quickly. And your posting mentions paths into CTO, quality assurance and supervisor roles. I've trained seven new telecommunicators and I'd like to move toward QA or a supervisor role in the next few years.",
        "Two things draw me to Cascade Crest. First, the way you describe the team: a peer support team and a structured lateral program with CTOs. I've seen how much that matters; centers that take care of their people keep them, and experienced people are what make a floor safe. Second, the scale. I've worked a major wildfire evacuation and multi-agency incidents at Southsound, and a consolidated center serving 420,000 people will give me more of that work and a chance to learn from a bigger team. On a personal level, my family has wanted to move north for a while, and Everett is the right place for us. I'm not looking to start over; I'm looking for a place where my experience is used and I can keep developing as a trainer.",
      ],
      vague: [
        "I've always wanted to help people, and being a dispatcher lets me do that every day. Your center has a great reputation and I'd love to be part of the team.",
        "I'm looking for a new challenge in a larger center. I'm passionate about public safety and I believe this role is the right next step for me.",
      ],
    },
    {
      name: "Handling a difficult caller",
      match: [
        "difficult caller",
        "abusive",
        "rude",
        "uncooperative",
        "angry caller",
        "hostile",
        "refuses",
        "frequent caller",
      ],
      strong: [
        "One night at Southsound a man called back for the third time about his mother, who had fallen, shouting and swearing because the ambulance was taking too long. All units were committed and the closest was twelve minutes out. I didn't argue with him or take it personally; he was scared. I said his name, told him honestly where the ambulance was and how long it would take, and then gave him things to do: check that she was breathing normally, keep her still and warm, unlock the door and turn on the porch light. Once he had tasks, he stopped shouting. I also rechecked the call with the protocol in case anything had changed, and updated the responding unit that she was alert and talking. When the crew arrived he apologized to me. Anger on the phone is usually fear, and giving people a job helps with both.",
        "We had a frequent caller at Southsound, a man who called 911 several times a week, often intoxicated and sometimes abusive, usually not with an emergency. Everyone on the floor was tired of him, and that's exactly when someone could miss the one call that's real. I always handle each of his calls with the full process: location, nature, and the same questions as anyone else. If he becomes abusive, I warn him calmly once, tell him I'll stay on the line if he has an emergency, and document it. I also raised it with my supervisor, and we referred him to the county's community response team, who connected him with a case worker. His calls dropped to a few a month. And once, when he called with real chest pain, we treated it exactly like any other cardiac call.",
      ],
      vague: [
        "With difficult callers I stay calm and professional and don't take it personally. I understand that people are often scared or upset, so I try to be patient and keep the call under control.",
        "I've dealt with many rude or uncooperative callers. I stay respectful, set boundaries when needed and focus on getting the information we need to help them.",
      ],
    },
  ],
};
