import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "maintenance-electrician",
  field: "maintenance",
  job: {
    title: "Industrial Maintenance Electrician",
    seniority: "mid",
    department: "Maintenance & Engineering",
    location: "Appleton, WI (on site)",
    employment_type: "full_time",
    description:
      "Tamarack Valley Foods makes shredded and sliced cheese and snack packs for national grocery brands and private-label customers. Our Appleton, Wisconsin plant runs eleven packaging lines around the clock: form-fill-seal baggers, flow wrappers, checkweighers, metal detectors, case packers and robotic palletizers, plus the refrigeration and utility systems behind them. We are adding an Industrial Maintenance Electrician to our maintenance team of 22.\n\nYou will troubleshoot and repair the electrical and control systems on our production lines, most of them built on Allen-Bradley ControlLogix and CompactLogix PLCs with PowerFlex drives and PanelView HMIs. You will carry out and improve preventive maintenance in our CMMS (Fiix), follow and help strengthen our lockout/tagout program, work on motor control circuits, starters and VFDs, and lead root cause analysis when a failure keeps coming back. You will read and mark up electrical schematics and help keep our drawings current after changes.\n\nOur lines run on tight schedules, so you will work closely with line leads and production supervisors: finding out what they saw, communicating clearly during breakdowns, and handing equipment back clean, safe and ready for sanitation and QA release. The plant is SQF certified, and all maintenance work follows our GMP, glass and brittle plastics, and allergen rules.\n\nThe role is on a rotating 12-hour shift schedule (2-2-3) with a shift differential. We offer an annual tool allowance, paid training including Rockwell Automation courses, a 401(k) match and health coverage from the first day.",
    requirements: [
      "4+ years of industrial electrical maintenance experience in a manufacturing plant, preferably food, beverage or packaging",
      "Wisconsin journeyman electrician license, or a completed registered electrical apprenticeship and the ability to obtain the license within 12 months",
      "Working knowledge of NFPA 70E, arc flash labels and electrical PPE",
      "Understanding of GMP, sanitation and allergen control in a food production environment",
      "Ability to work with production teams during breakdowns and changeovers and to communicate clearly under time pressure",
    ],
    skills: [
      "PLC troubleshooting",
      "Preventive maintenance",
      "CMMS",
      "Lockout/tagout",
      "Motor controls and VFDs",
      "Root cause analysis",
      "Electrical schematics",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Luis Ortega",
    email: "luis.ortega@example.com",
    phone: "(920) 555-0134",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Katherine Schultz",
    email: "katie.schultz@example.com",
    phone: "(920) 555-0171",
    pronouns: "she/her",
  },
  cv: `{name}
Industrial Maintenance Electrician · Wisconsin Journeyman Electrician
Green Bay, WI · {email} · {phone} · Pronouns: {pronouns}

SUMMARY
Licensed journeyman electrician with industrial maintenance experience in bottling and corrugated
packaging plants, and a start on the production floor of a cheese plant. Most of my work is on
Allen-Bradley PLCs, PowerFlex drives and motor controls. I like finding the real cause of a
repeat failure and writing PMs that keep it from coming back.

EXPERIENCE

Pinecrest Corrugated Inc. — Green Bay, WI
Maintenance Electrician | March 2020 – Present
- Troubleshoot and repair electrical and control faults on the corrugator, flexo folder-gluers, rotary die cutters and palletizers (ControlLogix, CompactLogix, PowerFlex, PanelView Plus)
- Cut unplanned electrical downtime on the two flexo folder-gluers from 46 to 19 hours per month by rewriting their PM routines in eMaint and adding quarterly infrared scans of the drive panels
- Traced recurring overcurrent faults on the corrugator's double backer drive (PowerFlex 755) to damaged motor cable insulation, ending about 10 unplanned line stops a month
- Wrote machine-specific lockout/tagout procedures for 42 machines and trained 60 operators and mechanics on them; the 2023 corporate safety audit closed with no LOTO findings
- Electrical lead on second shift; hand off open work orders and parts needs to the day-shift planner

Harbor Point Bottling Co. — Manitowoc, WI
Maintenance Technician (Electrical) | Jun 2016 – Feb 2020
- Maintained MCCs, starters, drives, sensors and conveyors on the filling, labeling and packaging lines
- Completed the electrical conversion of the filler from an SLC 5/04 to a CompactLogix PLC during a 5-day planned shutdown, with the line back at rated speed on the first production shift
- Started quarterly insulation resistance testing of conveyor and pump motors, catching 9 failing motors before they failed in service in the first year
- Worked within the plant's GMP, sanitation and allergen changeover rules, including washdown-rated components and tool control

Mueller & Sons Electric — Oshkosh, WI
Electrical Apprentice | 06/2011 – 05/2016
- Installed conduit, cable tray, MCC buckets and motor feeders in food plants and paper mills
- Terminated and tested motors, starters and VFDs; helped with panel commissioning and point-to-point I/O checkout
- Completed the registered construction electrician apprenticeship with related instruction at the technical college

Valley Crest Cheese Co. — Kiel, WI
Production Operator | 2009 – 2011
- Ran a slicing and packaging line, including changeovers, sanitation and quality checks
- Backed up the line lead and worked alongside maintenance during breakdowns

LICENSES AND TRAINING
Wisconsin Journeyman Electrician license (2016)
NFPA 70E electrical safety training, renewed 2024
Rockwell Automation: Studio 5000 Logix Designer maintenance and troubleshooting (2021)
Rockwell Automation: PowerFlex 750-Series configuration and troubleshooting (2022)
Level I Thermographer (2021)
OSHA 10-Hour General Industry

SKILLS
Controls: ControlLogix, CompactLogix, SLC 500, Studio 5000, RSLogix 500, FactoryTalk View, EtherNet/IP
Drives and motors: PowerFlex 525/755, soft starters, across-the-line starters, motor and cable testing
Maintenance: PM planning, eMaint CMMS, thermography, insulation resistance testing, 5 Whys, fishbone
Safety: lockout/tagout, NFPA 70E, arc flash PPE, confined space awareness

EDUCATION
Electrical apprenticeship related instruction, Northeast Wisconsin Technical College, 2016
High school diploma, Kiel High School, 2009
`,
  truth: {
    employers: [
      "Pinecrest Corrugated Inc.",
      "Harbor Point Bottling Co.",
      "Mueller & Sons Electric",
      "Valley Crest Cheese Co.",
    ],
    titles: [
      "Maintenance Electrician",
      "Maintenance Technician (Electrical)",
      "Electrical Apprentice",
      "Production Operator",
    ],
    claims: [
      "Cut unplanned electrical downtime on the two flexo folder-gluers from 46 to 19 hours per month by rewriting their PM routines in eMaint and adding quarterly infrared scans of the drive panels",
      "Traced recurring overcurrent faults on the corrugator's double backer drive (PowerFlex 755) to damaged motor cable insulation, ending about 10 unplanned line stops a month",
      "Wrote machine-specific lockout/tagout procedures for 42 machines and trained 60 operators and mechanics on them; the 2023 corporate safety audit closed with no LOTO findings",
      "Completed the electrical conversion of the filler from an SLC 5/04 to a CompactLogix PLC during a 5-day planned shutdown, with the line back at rated speed on the first production shift",
      "Started quarterly insulation resistance testing of conveyor and pump motors, catching 9 failing motors before they failed in service in the first year",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "PLC troubleshooting",
      match: [
        "plc",
        "plcs",
        "allen-bradley",
        "controllogix",
        "compactlogix",
        "studio 5000",
        "ladder logic",
        "i/o",
        "controls fault",
        "go online",
      ],
      strong: [
        "At Pinecrest the stacker on one of our rotary die cutters kept stopping with a stacker jam alarm on the PanelView, two or three times a shift, and nobody could ever find a jam. Operators had started just resetting it. I went online with Studio 5000 and cross-referenced the alarm bit. The logic expected a photo-eye at the stacker infeed to see each sheet within a set time after the feeder cycled; if it didn't, it called a jam. Because it was intermittent, I set up a trend in the controller on that input and the timer, sampling every 10 milliseconds, and left it running for the shift. When the next stop came, the trend showed the input flickering and dropping out just as the sheet passed, so the PLC never saw a clean sheet. It wasn't the logic at all; the M12 cordset on the eye had a cracked connector from vibration. I replaced the cordset, added a strain relief and clamped the cable, and the false jams stopped. I didn't change a line of the program, and I put the trend setup in the work order so the next person can reuse it.",
        "My method is to start with what the machine is telling me and work outward: the HMI alarm, then the status LEDs on the controller and I/O modules, then I go online. In Studio 5000 I check the I/O tree for faulted modules, then cross-reference the output that isn't coming on and walk back through the rungs to find which condition is false, and I confirm that condition physically with a meter. I never force outputs or edit logic without the supervisor and our controls engineer agreeing, and if anything changes I compare it to the saved backup. At Harbor Point, the labeler kept faulting with an I/O connection timeout on a remote POINT I/O adapter. The adapter's diagnostic web page showed a lot of CRC errors on its port. I traced the Ethernet cable through the panel and found it laid in the same duct as the output leads of the infeed conveyor drive. I replaced it with shielded industrial Ethernet cable, routed it in its own duct, and the connection faults stopped.",
        "One Saturday night at Pinecrest the palletizer went down with the CompactLogix in major fault, red OK light, so nothing I could reset from the HMI. I connected with my laptop and read the fault in the controller properties: type 4, code 20, an array subscript out of range, in the routine that loads the layer pattern. The operator had entered a pattern number on the PanelView that didn't exist for that product. I cleared the fault, had the operator select the correct pattern and got the line running in about twenty minutes. I didn't want to patch the program at night, so I documented the exact rung and the tag values in the work order. On Monday I walked our controls engineer through it, and he added a limit check on the pattern index and min and max values on the HMI entry field. We haven't had that fault since, and I now save the fault details before clearing anything, because the evidence disappears once you reset.",
      ],
      vague: [
        "I have a lot of experience troubleshooting Allen-Bradley PLCs. I always try to work logically, look at the alarms and go step by step until I find the problem. PLCs are a big part of modern plants and I enjoy working on them.",
        "When a PLC problem comes up, I stay calm and use my troubleshooting skills. I think it's important to understand the machine and the program, and to work with controls engineers when something is beyond what maintenance should change.",
      ],
    },
    {
      name: "Preventive maintenance",
      match: [
        "preventive maintenance",
        "preventative maintenance",
        "pm",
        "pms",
        "predictive",
        "thermography",
        "infrared",
        "maintenance schedule",
        "planned maintenance",
        "reliability",
      ],
      strong: [
        "When I write or review a PM I ask three things: what failure is this task supposed to prevent, can the person doing it tell pass from fail, and is the frequency based on history. At Pinecrest many electrical PMs just said inspect panel, clean as needed. They got signed off in ten minutes and prevented nothing. For the corrugator drive lineup I rewrote the PM into specific steps: replace the panel filters, check that the panel air conditioners hold temperature, check every drive's cooling fan, record DC bus voltage and heatsink temperature from the drive diagnostics, and do an infrared scan of line and load connections while the line is running. Each step has a value or a pass or fail to record in eMaint. Where years of history showed nothing, we moved tasks from monthly to quarterly, and we spent that time on the IR scans, because they find real problems. In the first year the scans caught loose lugs and a failing contactor on that lineup before any of them stopped the corrugator.",
        "PMs only work if they actually get done, and on a line that runs around the clock that's the hard part. When I took over as electrical lead on second shift at Pinecrest, our electrical PM compliance was poor because the folder-gluers almost never stopped, so PMs got pushed week after week. I sat down with the production scheduler and the second-shift supervisor and proposed a fixed two-hour window on each folder-gluer every other week, lined up with a scheduled order change, so production lost very little. In return I committed to finishing inside the window and to telling them the day before what we'd be doing. I prepared parts and the lockout procedure ahead of time so we didn't waste the first half hour. Within a couple of months the electrical PMs on those machines were being done on schedule, and production stopped treating the PM window as a fight because it was predictable.",
      ],
      vague: [
        "Preventive maintenance is very important because it's always better to find a problem before it causes a breakdown. I make sure I complete my PMs on time and do them properly, and I suggest improvements when I see them.",
        "I believe a good PM program saves the company a lot of money and downtime. I always follow the checklist, pay attention to details, and report anything unusual I see during my inspections.",
      ],
    },
    {
      name: "CMMS",
      match: [
        "cmms",
        "work order",
        "work orders",
        "emaint",
        "fiix",
        "maintenance history",
        "maintenance records",
        "failure codes",
        "documentation",
        "spare parts",
      ],
      strong: [
        "I use the CMMS as the plant's memory. At Pinecrest we use eMaint, and every work order I close has the asset, the problem, the cause and what I did, with a failure code, labor hours and the parts used, because six months later that history is the only way to see a pattern. When I started, most electrical work orders just said fixed or reset drive. I asked our maintenance manager if we could add a short list of electrical failure codes, like loose connection, component failure, sensor or cable, program, and operator or setup, and make them mandatory on close. After a year I could run a report by asset and failure code, and that report is what showed that the folder-gluers lost most of their electrical downtime to a handful of repeat problems. I also make sure parts are issued against the asset, so costs land on the right machine and the storeroom min and max levels stay right. I haven't used Fiix, but the concepts are the same and I'd expect to be comfortable in it quickly.",
        "On second shift at Pinecrest most of the day-to-day communication with day shift goes through eMaint. Anything I can't finish I leave as an open work order with a clear status, waiting on parts or needs downtime, with the parts reserved, photos of what I found and the drawing page I was working from. Before that we used a notebook in the shop, and things got lost between shifts. The day-shift planner now schedules straight from my notes. When I think a machine needs a new PM or a change to an existing one, I also request it through the CMMS with the work order history that justifies it, rather than just mentioning it in passing. For example, I attached six months of encoder-related breakdowns on one folder-gluer to justify adding a coupling check to its PM, and the planner approved it the same week because the evidence was right there.",
      ],
      vague: [
        "I'm comfortable using a CMMS. I always close my work orders and write down what I did, because good records help the whole maintenance team and make the history available for the future.",
        "A CMMS is a very useful tool for organizing maintenance. I've used one in my previous jobs and I can learn any new system quickly. I think documentation is an important part of the job.",
      ],
    },
    {
      name: "Lockout/tagout",
      match: [
        "lockout",
        "tagout",
        "loto",
        "lock out",
        "hazardous energy",
        "zero energy",
        "energy isolation",
        "stored energy",
        "verify",
      ],
      strong: [
        "For me lockout is a sequence I do the same way every time, even for a five-minute job. I tell the operator and the line lead, stop the machine with its normal stop, and then isolate every energy source listed on that machine's procedure: the main disconnect, the air dump valve, and anything stored. On the die cutters at Pinecrest that means bleeding the pneumatic accumulators and making sure nothing can drop by gravity, and on drives it means waiting for the DC bus to discharge. I put my own lock and tag on each point and then verify: I try the start button, and I test for absence of voltage with my meter, checking the meter on a known live source before and after. Only then do I open the panel. For big jobs like a corrugator shutdown we use group lockout: the supervisor locks the isolation points, the keys go in a lockbox, and everyone puts their personal lock on the box. Nobody removes anyone else's lock.",
        "At Harbor Point a mechanic wanted to reach into the case packer to clear a jammed case with only the emergency stop pressed, because he said it would take ten seconds. I stopped him and locked out the case packer with him. An e-stop is a control circuit, not an energy isolation: the PLC and the drives are still powered, the air is still on, and a fault or someone resetting it can start the machine. In that case packer the pusher is pneumatic, so even with power off the cylinder can move until you dump the air. It took us about four minutes. I didn't lecture him in front of the operators. Afterwards I talked to our supervisor, and we found that the jams happened often enough that people were tempted to skip lockout, so we asked engineering to look at the infeed guide rails that were causing the jams. Fixing the jam rate was what actually removed the temptation.",
      ],
      vague: [
        "Lockout/tagout is the most important safety rule in maintenance. I always follow the procedure, put my own lock on and make sure the equipment is safe before I start working. Safety comes first for me.",
        "I take lockout very seriously and I never take shortcuts. I make sure everyone on the team follows the rules, because one mistake can cost someone their life. I've had LOTO training at every job.",
      ],
    },
    {
      name: "Motor controls and VFDs",
      match: [
        "motor control",
        "motor controls",
        "vfd",
        "vfds",
        "variable frequency drive",
        "powerflex",
        "starter",
        "contactor",
        "overload",
        "drive fault",
      ],
      strong: [
        "At Harbor Point an incline case conveyor on a PowerFlex 525 tripped on overvoltage a few times a day, always when it stopped. When a loaded incline conveyor decelerates, the motor regenerates into the drive's DC bus, and if the decel is too fast the bus voltage climbs until the drive trips. I checked the parameters first: decel time was half a second, set by someone trying to stop the cases quickly. I lengthened it to two seconds, which the line lead was fine with, and confirmed bus regulation was enabled. That reduced the trips but didn't eliminate them when the conveyor was fully loaded. So I sized a dynamic braking resistor from Rockwell's selection guide for that drive and motor, mounted it outside the panel, wired its thermal switch into the drive's enable circuit, and set the braking parameters. The overvoltage trips stopped. I saved the final parameter file in Connected Components Workbench and attached it to the asset in the CMMS so a replacement drive could be set up in minutes.",
        "A classic one from Pinecrest: the baler's hydraulic pump motor, on an across-the-line starter, kept tripping its overload in the afternoons. The overload was set correctly to the nameplate full-load amps of 38, so I didn't just turn it up. With a clamp meter under load I measured the three phases: two were around 41 amps and one around 29. Voltage at the bucket was balanced, so the imbalance was downstream. I locked out and measured resistance phase to phase through the starter to the motor, and one path was noticeably higher. Opening the contactor, one pole had badly pitted contacts and the load-side lug was discolored from heat. I replaced the contactor, not just the contacts, cleaned and re-torqued the lugs and the connections in the motor's junction box, and after that the motor ran at about 36 amps per phase with no trips. Turning the overload up would have burned out the motor within weeks.",
      ],
      vague: [
        "I've worked with many motor control circuits and VFDs. I understand starters, overloads and contactors, and I can program and troubleshoot drives. I always check the basics first and then go deeper if I need to.",
        "VFDs are everywhere in plants now, and I'm comfortable with them. I make sure the parameters are right and I read the fault codes to find the problem. I'm always learning more about drives.",
      ],
    },
    {
      name: "Root cause analysis",
      match: [
        "root cause",
        "root cause analysis",
        "rca",
        "5 whys",
        "five whys",
        "fishbone",
        "repeat failure",
        "recurring",
        "keeps failing",
        "failure analysis",
      ],
      strong: [
        "At Harbor Point we were replacing inductive proximity sensors on the filler discharge conveyor every few weeks. Replacing them was quick, so for a long time nobody asked why. I did a short 5 Whys with our maintenance planner and the sanitation lead. Why did the sensors fail? When I cut one open, there was water inside. Why was water getting in? They were IP67, rated for immersion but not for hot high-pressure washdown. Why weren't they washdown-rated? Years earlier someone had bought a cheaper equivalent, and that became the stock part number. And why were the cordsets failing too? They were routed straight down, so water ran into the connectors. We switched to IP69K stainless sensors, added drip loops to the cables, changed the part number in the storeroom so the old sensor couldn't be reordered, and agreed with sanitation not to spray directly at the sensor faces. We went from a replacement every few weeks to none in the following year.",
        "I separate the fix from the cause. When something fails a second time, I open an RCA instead of just repairing it again. I collect facts first: the CMMS history, PLC alarm logs, the drive fault queue, and I talk to operators on all three shifts, because each shift sees something different. Then a quick fishbone over machine, method, materials, people and environment, and 5 Whys on the most likely branch. I only call it a root cause once I've tested it. On one folder-gluer at Pinecrest we had repeated encoder faults on the main drive. The easy answer was bad encoders, and we had replaced two. The fault history showed the faults came after die changes. The coupling between the encoder and the shaft had set screws that were loosening, because the mechanics disturbed it during setup and the PM didn't include checking it. We changed to a clamp-style coupling with thread locker and added a check to the PM. The encoder faults stopped.",
      ],
      vague: [
        "Root cause analysis is about not just fixing the symptom but finding out why it happened. I use tools like the 5 Whys and I try to involve the right people so we can stop the problem from happening again.",
        "I always try to find the root cause of a problem instead of doing a quick fix. It takes more time at the beginning, but it saves a lot of downtime in the long run and makes the equipment more reliable.",
      ],
    },
    {
      name: "Electrical schematics",
      match: [
        "schematic",
        "schematics",
        "wiring diagram",
        "ladder diagram",
        "electrical drawings",
        "prints",
        "read drawings",
        "wire numbers",
        "as-built",
        "redline",
      ],
      strong: [
        "After a die change on one of the rotary die cutters at Pinecrest, the safety circuit wouldn't reset. I pulled the machine's electrical drawings and went to the safety page: a dual-channel circuit running through four guard door switches in series to a Guardmaster safety relay. The relay was indicating a channel mismatch, meaning one channel was closed and the other open. Following the wire numbers on the print, I measured channel one and channel two at the terminal blocks for each door in order, and found channel two open at the third door. The switch actuator had been knocked out of alignment during the die change, so only one contact was making. I realigned it, tested every door for both channels and confirmed the relay reset and dropped out properly. While I was in there I noticed one terminal block number on the print didn't match the panel, so I redlined the drawing and sent it to our engineer, who updated the AutoCAD file the same week.",
        "I learned to read drawings properly during my apprenticeship at Mueller & Sons, doing point-to-point I/O checkout on new panels: you tick off every wire number from the device to the terminal to the I/O point, and you quickly learn how the ladder diagram's line references and cross-references work. In maintenance I use three kinds of drawings most: ladder-style control schematics to follow a circuit through contacts and coils, I/O drawings to go from a PLC address to the field device, and one-lines to know which MCC and breaker feeds what before I lock out. Before the filler conversion at Harbor Point I walked the whole panel with the existing prints and marked every difference I found, including undocumented jumpers and a relay that had been added years earlier. That redline set became the basis for the new drawings, and it's why the I/O checkout went smoothly.",
      ],
      vague: [
        "I'm very comfortable reading schematics and wiring diagrams. It's a basic skill for any electrician, and I use it every day to troubleshoot. I also think it's important to keep the drawings up to date.",
        "Reading prints is something I learned during my training and I've used it throughout my career. I can follow control circuits and wiring diagrams and find my way around any panel.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Industrial maintenance experience in food and packaging plants",
      match: [
        "food plant",
        "food manufacturing",
        "food and beverage",
        "packaging lines",
        "packaging equipment",
        "bottling",
        "manufacturing plant",
        "industrial maintenance",
        "your background",
      ],
      strong: [
        "I've spent my whole working life in plants. I started as a production operator at Valley Crest Cheese, running a slicing and packaging line, then did my apprenticeship with Mueller & Sons, wiring food plants and paper mills. After my license I spent almost four years at Harbor Point Bottling on fillers, labelers, case packers, shrink wrappers, palletizers and a lot of conveyor, and since 2020 I've been at Pinecrest Corrugated on the corrugator, folder-gluers, die cutters and palletizers. Most of what's in your posting I've worked on directly: Allen-Bradley controls, PowerFlex drives, case packers and robotic palletizing. Form-fill-seal baggers and flow wrappers I haven't maintained myself, but the pieces are familiar: servo axes, sealing jaw temperature control, registration eyes, and the same Rockwell platform. What I miss at Pinecrest is the food side, the pace and the sanitation discipline, and that's a big reason I'm applying.",
        "A typical example from Harbor Point: the shrink tunnel on the bundling line started leaving packs loose, and the line had to slow down. The temperature display looked normal, but the bundles told a different story. I locked out, measured the resistance of each heater element bank, and found one bank open. The SCR power controller feeding that zone was also firing on only one phase because of a failed fuse, so the controller compensated by driving the other banks harder, which is why the display looked fine. I replaced the element and the fuse, checked the SCR output on all three phases with the line running, and the packs tightened up. On a packaging line like that every minute down costs product and labor, so I also added an element resistance check to the tunnel PM. That kind of work, where electrical, heat, product and speed all meet, is what I've done for years.",
      ],
      vague: [
        "I have several years of experience in manufacturing plants, including packaging. I'm familiar with the kind of equipment you have and I'm confident I can adapt quickly to your lines.",
        "I've worked in industrial maintenance for a long time and I understand how important it is to keep production running. Food and packaging plants are fast-paced, and I like that kind of environment.",
      ],
    },
    {
      name: "Journeyman license and apprenticeship",
      match: [
        "license",
        "licensed",
        "journeyman",
        "apprenticeship",
        "certification",
        "qualifications",
        "electrical code",
        "nec",
        "training",
      ],
      strong: [
        "I did a five-year registered apprenticeship with Mueller & Sons Electric, an industrial contractor in Oshkosh, with the related classroom instruction at Northeast Wisconsin Technical College. On the job I installed conduit and cable tray, pulled and terminated motor feeders, set MCC buckets and helped commission control panels in food plants and paper mills. That gave me a solid base in the NEC: conductor and overcurrent sizing for motor circuits under Article 430, grounding and bonding, and working in hazardous and wet locations. I passed the Wisconsin journeyman exam in 2016 and keep the license current with the continuing education each renewal cycle, which is where I pick up the code changes. Since then I've added Rockwell courses on Studio 5000 troubleshooting and PowerFlex 750 drives, a Level I thermography certification and NFPA 70E training, which I renewed last year.",
        "Where the license really matters in maintenance is when a quick fix would be a code problem. At Pinecrest a mechanic replaced a failed conveyor motor with a larger one from the storeroom, one size up in horsepower, because it was what we had. The motor ran, but the starter's overload and the branch breaker were still sized for the old motor, and the feeder conductors were marginal. I looked up the full-load current for the new motor in the NEC Article 430 tables, checked the conductor ampacity and the breaker size, and found the conductors were still fine but the overload needed a different range and the breaker had to be resized. I made those changes before the next shift and updated the motor record in eMaint. Nobody would have noticed until the motor burned out or the breaker nuisance-tripped, but that's exactly the kind of thing a licensed electrician is there to catch.",
      ],
      vague: [
        "Yes, I'm a licensed journeyman electrician and I completed a full apprenticeship. I keep my license current and I'm always happy to take additional training to improve my skills.",
        "My training gave me a strong foundation in electrical theory and the code. I think continuing education is important in this trade because the technology and the code are always changing.",
      ],
    },
    {
      name: "NFPA 70E and arc flash safety",
      match: [
        "nfpa 70e",
        "70e",
        "arc flash",
        "electrical safety",
        "ppe",
        "energized work",
        "live work",
        "approach boundary",
        "shock hazard",
      ],
      strong: [
        "Testing for absence of voltage is energized work under 70E, so I treat it that way. Before I open a 480-volt panel I read the arc flash label: incident energy, the arc flash boundary and the PPE category. For most of the MCCs at Pinecrest that means arc-rated shirt and pants, an arc-rated face shield and balaclava, rated gloves with leather protectors and safety glasses, and anyone without PPE stays outside the boundary. We don't do energized repair; live work is limited to diagnostics and testing, and anything beyond that needs an energized electrical work permit signed by the maintenance manager. In 2022 our utility replaced the transformer feeding the plant, and I noticed the labels were based on the old short-circuit study. I raised it with our EHS manager, the study was redone, and two MCCs went up a PPE category. We relabeled them and briefed everyone at the shift meetings that week.",
        "My approach to electrical safety is that the procedure has to be easy enough that people follow it at three in the morning. At Pinecrest our arc-rated PPE was kept in the maintenance office, which was a long walk from the corrugator MCC room, and I saw people tempted to skip the face shield for a quick voltage check. I proposed a PPE station inside the MCC room with the category 2 kit, gloves tested on schedule, and a laminated card showing which panels need what. The maintenance manager approved it, and I took on checking the glove test dates monthly. I also stopped a contractor once who was about to open a live 480-volt bucket in a cotton T-shirt to check a phase. I explained the arc flash boundary on the label, lent him our kit and stood by while he tested. Nobody likes being stopped, but he thanked me afterwards.",
      ],
      vague: [
        "I'm familiar with NFPA 70E and I always wear the right PPE for the job. Arc flash is a serious hazard, and I never take chances with live electrical work.",
        "Electrical safety is my first priority. I've had NFPA 70E training, I follow the arc flash labels and I make sure I'm protected before I open any panel.",
      ],
    },
    {
      name: "GMP and food safety in production areas",
      match: [
        "gmp",
        "food safety",
        "sanitation",
        "allergen",
        "sqf",
        "haccp",
        "hygiene",
        "foreign material",
        "washdown",
        "qa release",
      ],
      strong: [
        "At Harbor Point the rules in the product zone were strict, and I think they should be. Hairnet and beard net, no jewelry, no glass, only food-grade H1 lubricants, and every tool checked in and out on a shadow board so nothing is left on the line. If I had to drill near an open conveyor, for example to mount a new sensor bracket above the filler discharge, I covered the conveyor with plastic sheeting, caught the shavings with a vacuum as I drilled, counted every screw I brought in and out, and then called QA. The line didn't restart until sanitation had cleaned the area and QA had signed the pre-op inspection. Components in washdown areas had to be stainless or IP69K, and we used metal-detectable cable ties so a cut-off end would be caught by the metal detector rather than end up in a customer's product.",
        "I first learned GMP from the production side, as an operator at Valley Crest Cheese, where I did allergen changeovers and line sanitation myself, so I know what it feels like when maintenance leaves a mess at the end of a job. As a maintenance technician at Harbor Point, one evening I finished replacing a sensor on the capper and came up one cable tie tail short when I counted. I told the line lead, and we held the start-up until we found it, wedged under the conveyor chain guide, which took about twenty minutes. The supervisor wasn't happy about the delay, but QA backed the decision completely. After that I got the storeroom to stock metal-detectable ties for the product zone and started cutting tails into a small cup instead of letting them drop. Those habits are what I'd bring to an SQF plant like yours.",
      ],
      vague: [
        "I understand that food safety is critical in a food plant. I always follow GMP rules, wear the right protective equipment and clean up after my work so the line is safe for production.",
        "In a food plant maintenance has to respect sanitation and allergen rules. I'm used to working in that environment and I always work closely with QA when needed.",
      ],
    },
    {
      name: "Working with production during breakdowns",
      match: [
        "production",
        "operators",
        "line lead",
        "production supervisor",
        "downtime",
        "breakdown",
        "changeover",
        "hand back",
        "communicate",
      ],
      strong: [
        "During a breakdown the first thing I do is ask the operator what the machine did just before it stopped; they often know more than any alarm. Then I give the supervisor a realistic first estimate and update it every half hour, even if the update is we're still looking. On a Thursday evening at Pinecrest, during a rush order, the main drive on a folder-gluer faulted on a failing cooling fan. A proper repair meant replacing the fan assembly, about three hours with the drive we had. I told the supervisor there were two options: I could mount a temporary external fan and monitor heatsink temperature so they could finish the order, or we could stop now for three hours. He chose the temporary fix, I checked the temperature every hour, and we did the proper repair at the shift change when the order was done. When I hand a machine back, I walk the operator through what I changed and watch the first few minutes of running.",
        "I think maintenance and production work best when production sees us before anything breaks. When I became the second-shift electrical lead at Pinecrest, I started joining the production start-of-shift huddle for five minutes. I'd hear about things like a drive making a new noise or a photo-eye that needed resetting a few times, the kind of thing operators don't write a work order for. Over a few months operators started coming to me directly with those early signs, and several turned into planned repairs rather than stops in the middle of an order. I also attended the weekly downtime review with the production manager and brought the electrical work order data, so when a machine was down we agreed on what had actually happened instead of arguing. The relationship changed from them calling us when something broke to us planning the week together.",
      ],
      vague: [
        "I always try to have a good relationship with production. During a breakdown I communicate clearly, work as fast as I safely can and keep the supervisor informed until the line is running again.",
        "Production and maintenance are one team with the same goal. I listen to the operators, respect their time pressure and try to get them running as soon as possible without cutting corners.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Cutting folder-gluer downtime from 46 to 19 hours a month",
      claim:
        "Cut unplanned electrical downtime on the two flexo folder-gluers from 46 to 19 hours per month by rewriting their PM routines in eMaint and adding quarterly infrared scans of the drive panels",
      match: [
        "46 to 19",
        "46 hours",
        "19 hours",
        "folder-gluer",
        "folder-gluers",
        "flexo",
        "unplanned downtime",
        "infrared scans",
        "pm routines",
      ],
      strong: [
        "When I got to Pinecrest, the two flexo folder-gluers were our worst machines for electrical downtime, around 46 hours a month between them. I pulled twelve months of work orders from eMaint, which was harder than it sounds because half of them just said fixed, and grouped them myself. Most of the downtime came from a few things: loose connections in the drive panels, which were full of cardboard dust and running hot, the vacuum transfer blower motors, feed section photo-eyes, and the main drive encoder. The existing PM was a generic monthly inspect electrical. I rewrote it for each machine into specific tasks: clean and replace panel filters, check the panel fans, inspect and clean the eyes and their reflectors, check the encoder coupling, and take blower motor currents. I added a quarterly infrared scan of the drive panels under load with our FLIR camera. It took about nine months, and the unplanned electrical downtime came down to around 19 hours a month on the two machines, which we've held since.",
        "The honest answer is that the infrared scans did a lot of the work. The folder-gluer drive panels were packed with cardboard dust, and connections were heating up and loosening. In the first quarterly scan I found three terminations running well above the rest of the panel, including one on a main drive input lug, and a contactor with one hot pole. We fixed them in planned windows rather than in the middle of an order. The other half was the PM rewrite in eMaint: instead of one vague monthly inspection, each machine got specific tasks with values to record, so you can see a blower motor's current creeping up over time. I tracked the monthly downtime from our downtime log and the electrical work orders, and it went from 46 hours a month on the two machines to about 19 within the year. The maintenance manager used the same approach on the die cutters afterwards.",
      ],
      vague: [
        "Yes, I was able to reduce downtime on the folder-gluers quite a lot by improving the preventive maintenance. I looked at the problems we were having and made the PMs better, and the machines became more reliable.",
        "That project was about being more proactive. I improved the maintenance routines and added some inspections, and the results were very good. Everyone in maintenance and production was happy with it.",
      ],
      contradicting: [
        "Yes, on the folder-gluers at Pinecrest we went from about 30 hours of downtime a month to around 22. I rewrote some of the PM tasks in eMaint and we did the infrared scans twice a year, when a contractor came in. It was a decent improvement, but the machines are old and still break down a lot.",
        "That project was run by our reliability engineer at Pinecrest. She analyzed the work order history, rewrote the PM routines in eMaint and did the quarterly infrared scans herself with the camera. My part was doing the repairs she found on second shift. Together we got from 46 hours to 19.",
      ],
    },
    {
      name: "Tracing overcurrent faults on the double backer drive",
      claim:
        "Traced recurring overcurrent faults on the corrugator's double backer drive (PowerFlex 755) to damaged motor cable insulation, ending about 10 unplanned line stops a month",
      match: [
        "overcurrent",
        "double backer",
        "powerflex 755",
        "motor cable",
        "cable insulation",
        "line stops",
        "corrugator",
        "10 stops",
        "nuisance trips",
      ],
      strong: [
        "The double backer drive on our corrugator, a PowerFlex 755 running a 100 horsepower motor, was tripping on hardware overcurrent about ten times a month. Each trip stopped the whole corrugator, and a restart with splicing and waste cost us close to half an hour. Before I got involved, the drive had been replaced once and the motor checked, and the faults came back. I looked at the fault queue and saw the trips were worse after weekend washdowns and during humid weeks, which pointed me at moisture. I locked out, disconnected the motor leads at both the drive and the motor, and meggered the cable alone at 1000 volts. Two conductors read in the gigohms; one read under two megohms and dropped further when I flexed the cable. Following the run, I found the jacket worn through where the cable crossed the edge of a tray right next to a steam header. We replaced the run with shielded VFD cable, rerouted it away from the steam, and terminated the shield properly at the drive. We haven't had an overcurrent trip on that drive since.",
        "The main lesson from that one was to test the cable separately from the motor. At Pinecrest the double backer drive had been faulting on overcurrent for months, roughly ten line stops a month, and previous attempts had focused on the PowerFlex 755 itself: a replacement drive, parameter changes, even a new motor. When I took it on, I meggered the motor on its own and it was fine, then the cable on its own, conductor to conductor and to ground, and one phase had a fraction of the insulation resistance of the others. The fault appeared when moisture got into a damaged spot of the jacket, which is why it was intermittent. I showed the readings to the maintenance manager, got approval for a new VFD-rated cable run, and installed it with a mechanic over a weekend shutdown. The stops went to zero, and I added a yearly insulation test of that cable to the PM in eMaint.",
      ],
      vague: [
        "Yes, there was a drive on the corrugator that kept faulting, and I was able to find the problem with careful troubleshooting. After the fix the corrugator ran much better and production was very happy.",
        "That was a difficult problem because it was intermittent. I kept working on it, used my testing equipment and eventually found the cause. It shows that patience pays off in troubleshooting.",
      ],
      contradicting: [
        "Yes, the glue unit drive on the corrugator, a PowerFlex 525, was tripping on overcurrent about three times a month. I found a damaged section of motor cable and replaced it. It was a good fix, although the drive still trips once in a while, so we haven't completely solved it.",
        "The double backer drive was tripping about ten times a month. In the end we brought in a Rockwell field service engineer, and he found the damaged insulation on the motor cable with his test equipment. I helped him lock out and disconnect the leads, and then I pulled the new cable with our mechanics.",
      ],
    },
    {
      name: "Machine-specific LOTO procedures for 42 machines",
      claim:
        "Wrote machine-specific lockout/tagout procedures for 42 machines and trained 60 operators and mechanics on them; the 2023 corporate safety audit closed with no LOTO findings",
      match: [
        "42 machines",
        "60 operators",
        "machine-specific",
        "lockout procedures",
        "loto procedures",
        "placards",
        "safety audit",
        "trained",
        "audit findings",
      ],
      strong: [
        "When I started at Pinecrest, the plant had one generic lockout procedure, and OSHA's standard expects a documented procedure for each machine with more than one energy source, which was nearly all of ours. Our EHS manager asked for help, and I took it on in 2022. With a mechanic, I walked each of the 42 machines and listed every energy source: electrical disconnects, compressed air, hydraulics on the balers, gravity on the die cutter rolls, and steam and stored heat on the corrugator. We photographed and numbered each isolation point with a tag, and I wrote a one-page placard per machine with the photos, the shutdown sequence and how to verify zero energy. The EHS manager reviewed every one. Then I trained 60 operators and mechanics in small groups on all shifts, and each person did a full lockout on their own machine with me watching. We also set up the annual periodic inspections as PMs in eMaint. The 2023 corporate safety audit sampled procedures and observed lockouts, and closed with no LOTO findings.",
        "The writing was the easy half; the training and the follow-through made it stick. For the 42 procedures at Pinecrest I kept each placard to one page with photos of the actual disconnects and valves, because nobody reads a five-page procedure at the machine. For training, I didn't use slides. I took groups of four or five operators and mechanics to their own machines and had each of them perform the lockout from the placard, try to start the machine and verify zero energy. Across three shifts that was 60 people over about two months. Several placards changed after training because operators pointed out isolation points I'd missed, like a second air supply on one palletizer. To keep it alive, the annual inspection of each procedure is a PM in eMaint, assigned to a different person each year. When the corporate auditors came in 2023, they picked machines at random and watched people lock out, and we closed with no LOTO findings.",
      ],
      vague: [
        "I helped improve the lockout program at my plant by writing better procedures and training people. It made the plant safer, and the audit went very well, which I was proud of.",
        "I think good LOTO procedures are essential, so I worked on making them clearer and easier to follow. I also trained my coworkers, because a procedure is only useful if people understand it.",
      ],
      contradicting: [
        "At Pinecrest I wrote lockout procedures for about 20 of our machines and trained around 25 mechanics on them. The 2023 corporate audit still had two minor LOTO findings, mostly about the annual inspections, but it was a lot better than before.",
        "Our EHS manager and an outside safety consultant wrote the machine-specific procedures for the 42 machines and did the training for the operators and mechanics. I helped by identifying the electrical disconnects and taking photos for the placards, and the audit in 2023 had no findings.",
      ],
    },
    {
      name: "Filler conversion from SLC 5/04 to CompactLogix",
      claim:
        "Completed the electrical conversion of the filler from an SLC 5/04 to a CompactLogix PLC during a 5-day planned shutdown, with the line back at rated speed on the first production shift",
      match: [
        "slc 5/04",
        "slc",
        "slc 500",
        "compactlogix",
        "conversion",
        "migration",
        "filler",
        "planned shutdown",
        "5-day",
        "rated speed",
      ],
      strong: [
        "The filler at Harbor Point ran on an SLC 5/04, and spare processors were getting hard to find and expensive, so in 2019 we migrated it to a CompactLogix. An integrator converted the program; I was responsible for the electrical side. Most of the work happened before the shutdown. I walked the panel with the old prints and redlined every difference, including undocumented jumpers. We used Rockwell's wiring conversion kits, which let you move the existing field wiring arms from the 1746 cards onto the new I/O without re-terminating each wire, and I pre-built the new subpanel in the shop. During the five days, day one was removal, day two installation and power-up, days three and four point-to-point I/O checkout with the integrator, every input and output from the field device to the tag, and day five dry cycling and water trials with QA. The line restarted at rated speed on the first production shift, with only one minor logic fix that morning.",
        "What made the SLC to CompactLogix conversion at Harbor Point work in five days was that we treated the shutdown as the last step, not the project. I spent about six weeks before it on preparation: updating the drawings, labeling every wire that wasn't clearly labeled, testing the conversion kits on a spare 1746 card in the shop, and writing an I/O checkout sheet with all the points so checkout was a checklist rather than a hunt. I agreed a detailed day-by-day plan with the integrator and our maintenance manager, including a rollback: we kept the old chassis intact on a shelf with its wiring arms labeled, so we could go back if the new system didn't run by day four. We didn't need it. Production ran the filler at rated speed on the first shift after the shutdown, and the only open item was an HMI screen text the integrator corrected that week.",
      ],
      vague: [
        "Yes, I was involved in a PLC upgrade on the filler. It was a big project, but with good planning and teamwork we finished it during the shutdown and the line started up well.",
        "That upgrade was a great learning experience for me. Working with new technology and an integrator taught me a lot, and we made sure everything was tested before we handed the line back to production.",
      ],
      contradicting: [
        "We converted the filler from the SLC to a CompactLogix at Harbor Point. It was planned for five days but took about nine, because the I/O checkout found a lot of wiring problems, and the line ran at reduced speed for the first week until the integrator fixed the timing in the program.",
        "The integrator did the whole conversion of the filler, both the program and the electrical work, during the 5-day shutdown. I helped with the I/O checkout at the end and with the first start-up, and the line was back at rated speed on the first shift.",
      ],
    },
    {
      name: "Insulation resistance testing that caught 9 failing motors",
      claim:
        "Started quarterly insulation resistance testing of conveyor and pump motors, catching 9 failing motors before they failed in service in the first year",
      match: [
        "insulation resistance",
        "megger",
        "meggering",
        "megohm",
        "9 failing motors",
        "9 motors",
        "motor testing",
        "pump motors",
        "conveyor motors",
        "quarterly testing",
      ],
      strong: [
        "Harbor Point was a washdown plant, and we were losing conveyor and pump motors to moisture several times a quarter, always as a breakdown. I proposed to our maintenance manager that we start insulation resistance testing. I built a route of the motors in the wettest areas, tested them quarterly with a Fluke insulation tester at 500 volts from the starter or disconnect, with VFD-fed motors disconnected from their drives, and recorded the readings in the CMMS against each motor, with the temperature, since readings drop when the motor is warm. The single reading matters less than the trend. Any motor dropping steadily or under about 100 megohms got a closer look, and anything in the low megohms got scheduled for replacement during the next sanitation shutdown. In the first year that caught 9 motors before they failed in service, mostly on the filler discharge and the bottle rinser pumps. It also pointed us toward the washdown practices that were causing it.",
        "The idea came from frustration: at Harbor Point we kept replacing conveyor and pump motors at two in the morning. I'd used a megger during my apprenticeship for acceptance testing, so I suggested using it as a trending tool instead. I started quarterly testing on the conveyor and pump motors in the filler and washdown areas and logged every reading in the CMMS so I could plot them. The motors that were going to fail showed it months in advance: readings falling from the gigohm range to tens of megohms and then lower. In the first year we pulled 9 of them during planned downtime, before any of them failed in service. Some we sent to the motor shop for a dip and bake, which is cheaper than a new motor. The maintenance manager then made the route a standard PM, and we switched several of the worst locations to washdown-duty motors.",
      ],
      vague: [
        "I started a motor testing program at my previous plant because we had a lot of motor failures. It helped us find problems early, and the plant saved money on breakdowns.",
        "Predictive testing is a great way to find motors that are starting to fail. I suggested it, organized the testing and we caught several bad motors before they caused downtime.",
      ],
      contradicting: [
        "At Harbor Point I set up monthly insulation testing on our conveyor motors, and in the first year it found 3 motors that were getting weak. It was a small program, but a good start for the plant.",
        "Our motor repair contractor ran the insulation resistance testing at Harbor Point every quarter, and in the first year they found 9 failing motors. I reviewed their reports and scheduled the replacements with the planner.",
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
        "At Pinecrest a senior day-shift electrician would change timer presets in the PLC or drive parameters to solve a problem and not write it down. On second shift I'd find a machine behaving differently and lose an hour before realizing something had changed. After it happened a third time I was frustrated, but I didn't want to raise it at the shift handoff in front of everyone. I caught him at the start of his shift and asked him about the specific change on the die cutter. He'd made it for a good reason, a real feed problem, and he felt second shift didn't tell him things either. So we agreed on something that worked both ways: any change to a PLC value or a drive parameter goes into the eMaint work order with the old and new value, and the same for us. We took it to the maintenance manager together, and he made it the rule for the whole team. We get along fine now, and the mystery changes stopped.",
        "I disagreed with our maintenance planner at Pinecrest about PM frequencies. She wanted all electrical panel inspections monthly across the plant because it was simple to schedule. I thought that wasted hours on clean, low-risk panels and left no time for the infrared scans that actually find problems. Rather than argue opinions, I pulled two years of work order history for the panels and showed her that the monthly inspections on most of them had found nothing, while the folder-gluer and corrugator drive panels were where the failures were. I suggested a trial: quarterly on the low-risk panels, monthly plus infrared on the high-risk ones, and review after six months. She agreed to the trial, and after six months the numbers supported it, so she made it permanent. It helped that I presented it as her schedule getting easier, not as her being wrong.",
      ],
      vague: [
        "I get along well with most people, but when there's a disagreement I try to talk to the person directly and calmly. Usually it's just a misunderstanding and we find a solution together.",
        "Conflicts happen in every team. I try to listen to the other person's side, stay professional and focus on the job. In the end we all want the equipment to run safely.",
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
        "setback",
        "wrong",
      ],
      strong: [
        "At Harbor Point I replaced a failed PowerFlex 525 on a case conveyor during a night shift. I entered the motor nameplate data, the accel and decel times and the speed reference, ran it, and it looked good. What I missed was that the old drive used a preset speed selected by a digital input from the PLC when the downstream conveyor backed up. The new drive ignored that input, so for about an hour cases piled up and jammed at the transfer before the line lead noticed the pattern and called me. I found it, set the digital input and the preset, and the line ran normally. I told my supervisor the next morning exactly what I'd missed. Then I fixed the process: I backed up the parameter file of every drive on that line with Connected Components Workbench and attached it to each asset in the CMMS, so a replacement drive gets the full configuration, not just what someone remembers.",
        "Early on at Pinecrest I lost about 45 minutes on a breakdown because I changed a photo-eye on the wrong conveyor. The HMI alarm said conveyor 4 eye blocked, and I went to what the floor labels called conveyor 4. It turned out the HMI numbering and the field labels didn't match on that line, because the line had been extended years earlier. The eye I replaced was fine, and the line stayed down while I worked it out. I owned it with the supervisor; I should have checked the I/O address against the drawing before walking out with a new eye. Afterwards I went through that line with the I/O drawings, listed every mismatch between the HMI names and the field labels, and got the controls engineer to update the HMI text and new labels printed for the devices. Now I always confirm the address on the print before I touch a device.",
      ],
      vague: [
        "Everyone makes mistakes. When I make one I take responsibility, fix it as quickly as possible and learn from it, so I don't make the same mistake again.",
        "I've made mistakes like anyone, especially early in my career. What matters is being honest about them and learning. I'm more careful now and I double-check my work.",
      ],
    },
    {
      name: "Prioritizing under pressure and deadlines",
      match: [
        "pressure",
        "prioritize",
        "priorities",
        "urgent",
        "at the same time",
        "multiple breakdowns",
        "deadline",
        "workload",
      ],
      strong: [
        "On second shift at Pinecrest I'm usually the only electrician, so triage is a big part of the job. One night, within about ten minutes, a folder-gluer went down on a drive fault, the baler stopped on a hydraulic pump overload, and a PM on the corrugator was due in that shift's window. I rank by safety first, then by what stops the most production, then by what someone else can handle. The folder-gluer was running a rush order for a customer, so it came first. The baler only becomes a problem when the scrap system backs up, which takes a few hours, so I asked one of our mechanics to check the pump and the hydraulic level while I worked on the drive. I told both supervisors what order I was taking things in and when I expected to get to each. The folder-gluer was running in forty minutes, the baler was a pitted contactor I replaced next, and I moved the PM to the next window with the planner's agreement.",
        "My rule is safety first, then the constraint of the plant, then everything else, and I tell people my plan so nobody is guessing. At Pinecrest the corrugator feeds every other machine, so a problem there beats almost anything else. During a planned weekend shutdown in 2023 we had more jobs on the list than hours, because two contractors were late. On Saturday morning I sat down with the planner and ranked the list: anything safety-related and anything that had caused unplanned stops went first, like the double backer cable and a worn disconnect, and cosmetic or convenience items moved to the next shutdown. I reassigned one mechanic to help me on the cable job so it finished Saturday. By Sunday night we'd completed every safety and reliability item and deferred six lower ones, and the corrugator started up on time Monday.",
      ],
      vague: [
        "I work well under pressure. When there are many things to do, I prioritize the most important tasks first, stay calm and focus on getting things done safely.",
        "In maintenance there's always pressure to get the lines running. I try to stay organized, communicate with my supervisor and handle the most urgent things first.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "coaching",
        "performance review",
        "give feedback",
        "receive feedback",
        "improve",
      ],
      strong: [
        "The most useful feedback I've had came from my maintenance manager at Pinecrest in my first year. He told me my troubleshooting was good but my work orders were useless: replaced sensor, line running. He said the next person couldn't learn anything from them and he couldn't use them to plan. It was fair. I asked him to show me a good one, and he pulled a work order from one of the senior mechanics that had the symptom, what he checked, what he found, the cause and the parts. I started writing mine like that, with photos, and within a few months my work orders were what the planner used for PM changes. That experience is also why I ended up pushing for failure codes. Now when the apprentice on my shift writes a thin one, I show him the same kind of example rather than just telling him to write more.",
        "Giving feedback is the harder one for me, but safety makes it necessary. On second shift at Pinecrest I work with an apprentice, and one night I saw him check for voltage on a locked-out panel without first checking his meter on a known live source. I waited until he was done so he wasn't embarrassed in front of the operators, then told him what I saw and why it matters: if the meter or a lead is bad, it reads zero on a live circuit, and that's exactly how electricians get hurt. I had him do the live-dead-live check with me on the next job so it became a habit, not a lecture. He took it well. I ask for feedback too: after the LOTO training sessions I asked operators what was unclear on the placards, and several placards got better because of it.",
      ],
      vague: [
        "I'm always open to feedback because it helps me grow. When I get criticism I listen, don't take it personally and try to improve. When I give feedback I try to be respectful and constructive.",
        "Feedback is important for everyone. I appreciate when my supervisor tells me what I can do better, and I try to help newer people on the team by sharing what I know.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "team",
        "leadership",
        "lead",
        "collaborate",
        "work with others",
        "mentor",
        "apprentice",
      ],
      strong: [
        "On second shift at Pinecrest I'm the electrical lead, working with an apprentice and two mechanics. I don't manage them formally, but I assign the electrical work and I'm the one the supervisors call. At the start of each shift I read the handoff from days, look at open work orders in eMaint and agree with the mechanics who takes what, so two of us aren't walking to the same machine. I try to give the apprentice real jobs with me nearby rather than having him hold the flashlight, because that's how I learned at Mueller & Sons. Last year I had him lead the troubleshooting on a die cutter safety circuit while I only asked questions, and he found it himself. At the end of the shift I write the handoff for day shift. When the team knows the plan and the handoff is clean, the shift runs a lot calmer, even on bad nights.",
        "The SLC to CompactLogix conversion at Harbor Point was a good lesson in working across teams. The integrator had the program, I had the panel and the field wiring, production wanted the filler back on time, and QA needed to sign off before we could run product. I set up a short meeting every morning of the shutdown with the integrator's engineer, our maintenance manager and the production supervisor, fifteen minutes, where we went through yesterday's progress, today's plan and anything blocking. When the integrator found two I/O points that didn't match their program, I could tell them within an hour whether it was a field wiring issue or a program issue because I'd redlined the panel beforehand. We finished in five days, and the production supervisor told me it was the first project where she always knew where things stood.",
      ],
      vague: [
        "I'm a team player. I like helping my coworkers and sharing knowledge, and I think the best results come when everyone works together toward the same goal.",
        "I have experience leading small teams on my shift. I try to lead by example, support the people around me and make sure everyone feels comfortable asking for help.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "learn quickly",
        "new equipment",
        "new technology",
        "unfamiliar",
        "pick up",
        "get up to speed",
      ],
      strong: [
        "When I started at Pinecrest in 2020, I had never worked on a corrugator, and it's a very different beast from a bottling line: a long line of sections, with drives that have to stay in speed sync and steam and heat everywhere. I also had only worked on PowerFlex 525s and older drives, and the corrugator runs PowerFlex 755s. In the first weeks I shadowed the day-shift electrician whenever the corrugator had a problem, read the OEM electrical manual section by section, and drew myself a one-page map of the drive network: which drive runs which section, its IP address and what it talks to. I signed up for the Rockwell PowerFlex 750 course, which the plant paid for in 2022, but by then I'd already learned most of it from the manuals and the fault queue. Within about three months I was handling corrugator calls on second shift on my own.",
        "When I need to learn something fast, I pick one real problem and learn what I need for it, then fill in the rest. In 2021 the maintenance manager at Pinecrest bought a thermal camera and asked me to make use of it. I'd never done thermography. I read the camera's manual and some of the standard guidance on electrical inspections, and I learned the basics that matter most: scanning under load, the difference between emissivity on bare copper and painted surfaces, and comparing similar components rather than trusting absolute temperatures. I started with the folder-gluer drive panels and found real problems on the first round. Later that year I took the Level I thermography course to make sure I was doing it properly, and it corrected a couple of things I'd been doing wrong, like scanning through plastic covers. The quarterly scans are now a standard part of our PMs.",
      ],
      vague: [
        "I'm a fast learner. When I start on new equipment I read the manuals, ask questions and learn from experienced people. I usually get up to speed very quickly.",
        "Technology is always changing, so I'm used to learning new things. I enjoy training courses and I'm not afraid to ask for help when I need it.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "motivation",
        "why this role",
        "why do you want",
        "interested in",
        "tamarack",
        "why us",
        "career goals",
        "next step",
      ],
      strong: [
        "There are three reasons. First, I want to get back into food. I started at Valley Crest Cheese and spent almost four years at Harbor Point Bottling, and I like the discipline of a food plant: sanitation, GMP, fast lines where every minute counts. Corrugated has taught me a lot about reliability, but I miss that. Second, your equipment fits what I know: Allen-Bradley ControlLogix and CompactLogix, PowerFlex drives, case packers and robotic palletizers, with some new things for me, like the baggers and flow wrappers, that I'd like to learn. Third, a team of 22 with paid Rockwell training means I'd have people to learn from and room to grow toward a controls technician role, which is my goal in the next few years. The 2-2-3 rotation works for my family, and Appleton is a reasonable drive from Green Bay.",
        "Honestly, the part of my job I enjoy most is what your posting calls leading root cause analysis: figuring out why something keeps failing and fixing it for good, like the double backer cable at Pinecrest. At Pinecrest I'm the only electrician on my shift, so most nights are firefighting, and I have to fight for the time to do that deeper work. A larger team like yours, with a CMMS, an SQF program and a focus on improving PMs, would let me spend more of my time on reliability. I also liked that the posting talks about handing equipment back clean and ready for sanitation and QA; that tells me maintenance and production actually work together there. Long term I want to move toward controls and reliability work, and a plant with eleven Rockwell-based packaging lines is a good place to grow into that.",
      ],
      vague: [
        "I'm looking for a new challenge and I think your company is a great place to grow. I like the food industry and I believe my experience would be a good fit for this position.",
        "This role matches my skills and experience. I've heard good things about the company, and I'm looking for a stable position where I can contribute and keep learning.",
      ],
    },
    {
      name: "Handling a difficult stakeholder",
      match: [
        "difficult",
        "difficult person",
        "stakeholder",
        "customer",
        "pushback",
        "pushed back",
        "demanding",
        "frustrated",
      ],
      strong: [
        "At Pinecrest a production supervisor once asked me to jumper out a guard door interlock on a folder-gluer, because the switch was broken and he had an order to finish that night. He was under real pressure and got pretty forceful about it. I told him no, calmly, and explained why: it's a safety circuit, defeating it puts an operator's hands near the feed section with no protection, and as a licensed electrician I'm not putting my name on that. But I didn't stop at no. I told him what I could do: we didn't have that switch in stock, but the same model was on an idle die cutter, so I could swap it over and order a replacement for the die cutter. The folder-gluer was back running in about thirty-five minutes, safely. The next day he came by and said he'd been out of line. Being firm on safety works much better when you also show you're trying to get them running.",
        "The production manager at Pinecrest used to say in the weekly meeting that electrical was the biggest cause of downtime on the die cutters. It frustrated my team, because a lot of what got coded as electrical was jams and material problems where an electrician happened to be called. Instead of arguing in the meeting, I asked him for an hour to go through a month of downtime records with me and our work orders side by side. About half of the electrical minutes were sheet jams and feeder setup, where we'd been called to reset a fault. He agreed, and we set up clearer downtime codes with the shift leads, so an electrician resetting a jam fault isn't counted as an electrical failure. The real electrical downtime was still worth working on, and we did. But the meeting became about fixing problems rather than blaming departments.",
      ],
      vague: [
        "When someone is difficult I try to stay calm and professional. I listen to their concerns and explain my side clearly, and usually we can find a solution that works for everyone.",
        "Production people are under a lot of pressure, so sometimes they get frustrated. I try to understand that, keep them informed and do my best to get them running again.",
      ],
    },
  ],
};
