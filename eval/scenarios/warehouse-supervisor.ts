import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "warehouse-supervisor",
  field: "logistics",
  job: {
    title: "Warehouse Operations Supervisor",
    seniority: "mid",
    department: "Operations",
    location: "Plainfield, IN",
    employment_type: "full_time",
    description:
      "Crestline Distribution runs a 420,000 sq ft distribution center in Plainfield, Indiana, shipping home goods and small appliances to more than 300 retail stores and directly to online shoppers. We handle about 35,000 order lines on a normal day and more than double that in November and December.\n\nWe are looking for a Warehouse Operations Supervisor for our second shift (2:30pm to 11:00pm, Monday to Friday, with some Saturdays in peak). You will lead a team of around 40 associates and 4 leads across receiving, putaway, picking, packing and shipping, and you will be accountable for the shift's safety, productivity, accuracy and on-time dispatch.\n\nDay to day, you will plan labor at the start of the shift from the order pool in Manhattan Active WM, run the pre-shift meeting, track units per hour and pick accuracy, and move people between areas as waves release. You'll make sure every powered industrial truck operator is trained, evaluated and doing pre-use inspections in line with OSHA 1910.178, and you'll lead incident investigations when something goes wrong. You will work with our inventory control team on cycle counts and discrepancies, coordinate trailer appointments and cut-off times with our LTL and parcel carriers, and drive improvements with lean tools and 5S.\n\nWe want someone who is visible on the floor, fair with people and comfortable with numbers. We offer competitive pay with a shift differential, medical, dental and a 401(k) from day one, and a clear path to Operations Manager.",
    requirements: [
      "3+ years supervising hourly associates in a warehouse or distribution center",
      "Hands-on experience with inbound receiving and putaway, including ASN-based receiving",
      "Experience leading safety incident investigations and root-cause analysis",
      "Availability for flexible hours, including extended shifts and Saturdays during peak season",
      "Experience with returns processing and reverse logistics",
    ],
    skills: [
      "Manhattan WMS",
      "Pick/pack productivity KPIs",
      "Forklift safety and OSHA",
      "Inventory accuracy and cycle counting",
      "Shift scheduling and labor planning",
      "Lean and 5S",
      "Carrier coordination",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Aisha Bello",
    email: "aisha.bello@example.com",
    phone: "+1 (317) 555-0128",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Tomasz Nowak",
    email: "tomasz.nowak@example.net",
    phone: "+1 (317) 555-0176",
    pronouns: "he/him",
  },
  cv: `{name}
Warehouse Operations Supervisor
Indianapolis, IN · {phone} · {email} · Pronouns: {pronouns}

SUMMARY
Operations supervisor who has worked every step from the forklift seat to running a shift in
high-volume distribution centers. I run safe, measured shifts in Manhattan WMS, know receiving,
picking and inventory control from the floor up, and use lean tools to fix problems at the root.
Certified forklift trainer.

WORK EXPERIENCE

Operations Supervisor (2nd shift)
Northfield Logistics Inc., Whitestown, IN (3PL fulfillment center, consumer electronics and apparel)
Jan 2021 – present
- Supervise a shift of 45 associates and 5 leads across picking, packing and outbound shipping
- Lifted outbound pick rate from 92 to 128 units per labor hour by re-slotting the top 300 SKUs into the golden zone and moving to zone batch picking
- Cut OSHA recordable injuries on my shift from 6 in 2021 to 1 in 2023 with pre-shift forklift inspections, marked pedestrian walkways and weekly safety walks
- Reduced carrier detention charges by 60% ($84K a year) by introducing a dock appointment schedule and live-load windows with our LTL carriers
- Lead the shift's 5S program and the daily tier meetings with the area leads

Inventory Control Lead
Cascade Home Goods Distribution, Greenwood, IN
2018-03 to 2020-12
- Raised inventory accuracy from 95.2% to 99.4% in 14 months by replacing the annual wall-to-wall count with ABC cycle counting in Manhattan WMS
- Investigated count variances, researched transaction history and approved inventory adjustments
- Trained associates on RF receiving, putaway and location discipline

Shipping & Receiving Lead
Pacific Rim Distributors, Plainfield, IN
06/2015 – 02/2018
- Ran the inbound dock: ASN receiving in SAP EWM, quality checks, putaway and vendor compliance chargebacks
- Managed the returns cage: RMA receiving, grading and disposition to restock, refurbish or liquidation
- Scheduled inbound appointments with vendors and carriers

Warehouse Associate / Forklift Operator
Harbor Point Foods, Indianapolis, IN
2013 - 2015
- Operated reach trucks and order pickers in a food-grade ambient warehouse
- Picked, wrapped and loaded store orders and took part in the annual physical inventory

SKILLS
Systems: Manhattan Active WM, Manhattan WMOS, SAP EWM (receiving and putaway), RF scanning,
UKG timekeeping, Excel (pivot tables, lookups), Power BI dashboards
Operations: labor planning, wave release, slotting, cycle counting, dock scheduling, returns
Safety: OSHA 1910.178 forklift training and evaluation, incident investigation, safety walks
Continuous improvement: 5S, standard work, gemba walks, 5 Whys, kaizen events

EDUCATION
A.A.S. in Supply Chain Management, Ivy Tech Community College, 2017

CERTIFICATIONS
OSHA 30-Hour General Industry, 2021
Forklift Trainer (train-the-trainer program), 2019
Lean Six Sigma Yellow Belt, 2022

LANGUAGES
English (native), Spanish (conversational)
`,
  truth: {
    employers: [
      "Northfield Logistics Inc.",
      "Cascade Home Goods Distribution",
      "Pacific Rim Distributors",
      "Harbor Point Foods",
    ],
    titles: [
      "Operations Supervisor",
      "Inventory Control Lead",
      "Shipping & Receiving Lead",
      "Warehouse Associate / Forklift Operator",
    ],
    claims: [
      "Supervise a shift of 45 associates and 5 leads across picking, packing and outbound shipping",
      "Lifted outbound pick rate from 92 to 128 units per labor hour by re-slotting the top 300 SKUs into the golden zone and moving to zone batch picking",
      "Cut OSHA recordable injuries on my shift from 6 in 2021 to 1 in 2023 with pre-shift forklift inspections, marked pedestrian walkways and weekly safety walks",
      "Reduced carrier detention charges by 60% ($84K a year) by introducing a dock appointment schedule and live-load windows with our LTL carriers",
      "Raised inventory accuracy from 95.2% to 99.4% in 14 months by replacing the annual wall-to-wall count with ABC cycle counting in Manhattan WMS",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Manhattan WMS",
      match: [
        "manhattan",
        "wms",
        "warehouse management system",
        "sap ewm",
        "rf scanning",
        "wave release",
        "allocation",
        "system",
      ],
      strong: [
        "I've worked in Manhattan for nearly nine years, first Manhattan WMOS at Cascade Home Goods and now Manhattan Active WM at Northfield Logistics. As a supervisor I use it mainly for three things. At the start of the shift I look at the order pool and the waves planned by day shift: how many units, which carrier cut-offs, and whether allocation failed on anything because of inventory shortages. Then through the shift I release waves based on where my labor is, and I watch the task queues so pickers aren't standing around while packing is buried. And I use the exception reports, short picks, locked locations and unassigned tasks, to catch problems early. For example, if I see a cluster of short picks on one SKU, I send an inventory control associate to check the location before the next wave hits it, instead of waiting for a count.",
        "The WMS is only as good as what happens at the scanner, so I focus a lot on system discipline on the floor. At Cascade, as inventory control lead, most of our inventory errors came from people bypassing the RF flow: putting a pallet in a nearby empty location instead of the directed one, or picking from the 'same' product in a different location. I trained associates to always scan the location and the license plate, and I worked with our WMS analyst to lock locations automatically after two short picks so they got counted. I also know SAP EWM from the receiving side, from Pacific Rim Distributors, where we received against ASNs and EWM created the putaway tasks. I'm comfortable learning any WMS quickly, because the logic of tasks, locations and inventory status is the same.",
      ],
      vague: [
        "I'm very comfortable with warehouse management systems like Manhattan. I use them every day to manage the work and I think they're essential for an efficient operation. I pick up new systems quickly.",
        "A WMS is the backbone of the warehouse. It's important that everyone uses it correctly, scans everything and follows the system so the inventory and the orders stay accurate.",
      ],
    },
    {
      name: "Pick/pack productivity KPIs",
      match: [
        "pick rate",
        "units per hour",
        "uph",
        "productivity",
        "kpi",
        "kpis",
        "pick accuracy",
        "throughput",
        "labor standards",
      ],
      strong: [
        "On my shift at Northfield I track four numbers hour by hour: units per labor hour in picking and packing, pick accuracy, orders shipped against the carrier cut-offs, and safety. The hourly board by the pack line shows each area's rate against the standard, and my leads update it. When I took over, the pick rate was about 92 units per labor hour, and when I walked the floor I saw why: pickers were walking the whole building for single units, and our fastest movers were on the top and bottom shelves. We re-slotted the top 300 SKUs by velocity into the golden zone, waist to shoulder height near the pack stations, and moved to zone batch picking with totes on carts. Within about four months we were at 128 units per labor hour. Pick accuracy stayed above 99.8 percent, which I watch closely, because speed that creates mis-ships isn't real productivity.",
        "I use KPIs to find problems, not to punish people. Each associate's rate is visible to them in the WMS, and if someone is well below standard, the lead's first question is what's slowing them down: a bad zone, a new product, a scanner that keeps dropping connection. For example, at Northfield our pack rate dropped by about 15 percent one month. Looking at it by station, only three stations were down. It turned out the new carton sizes for one client didn't fit those stations' shelves, so packers were walking to get boxes. We moved the cartons and the rate recovered within a week. I also always pair productivity with quality. Our pack stations scan every item, so I get mis-pack data by associate, and I coach on accuracy first, then speed.",
      ],
      vague: [
        "KPIs are very important in a warehouse because they show how the shift is performing. I always track productivity and accuracy and I push the team to hit our targets every day.",
        "I believe what gets measured gets managed. I keep an eye on pick and pack rates, share the results with the team and recognize people who do well, while helping those who are struggling.",
      ],
    },
    {
      name: "Forklift safety and OSHA",
      match: [
        "forklift",
        "osha",
        "powered industrial truck",
        "pit",
        "pedestrian",
        "pre-use inspection",
        "operator certification",
        "safety",
      ],
      strong: [
        "I'm a certified forklift trainer, and I run the powered industrial truck program on my shift at Northfield in line with OSHA 1910.178. Every operator gets classroom training, a hands-on evaluation on the exact type of truck they'll drive, reach truck, order picker or sit-down counterbalance, and a re-evaluation at least every three years, or sooner after an incident, a near miss or unsafe driving. Before each shift, operators do a pre-use inspection on a checklist: forks, chains, horn, lights, brakes, hydraulic leaks, battery. A truck that fails is tagged out and parked until maintenance clears it. When I took over the shift, those checklists were filled in at the end of the shift from memory. I moved them to the start, audited them during my first walk, and made it the first item at the pre-shift meeting. Recordables on my shift went from six in 2021 to one in 2023.",
        "The biggest risk in most DCs I've worked in is forklifts and pedestrians sharing space, so that's where I focus. At Northfield, when I started, pickers on foot crossed the main forklift aisle wherever they liked. We painted marked walkways, installed two gated crossings at the busiest intersections and added blue spot lights on the reach trucks so people can see one coming around a rack end. I also do a weekly safety walk with one of my leads and an associate from a different area each time, because a fresh pair of eyes spots things we've stopped seeing. Everything we find goes on a list with an owner and a date, and I review it in the Friday meeting. When someone drives unsafely, I stop them right away, talk privately, and if needed they go back through evaluation before driving again.",
      ],
      vague: [
        "Safety is always my number one priority. I make sure all forklift operators are certified and follow OSHA rules, and I never compromise safety for productivity.",
        "Forklift safety is very important because accidents can be very serious. I always remind the team to be careful, wear their PPE and follow the rules, and I lead by example.",
      ],
    },
    {
      name: "Inventory accuracy and cycle counting",
      match: [
        "inventory accuracy",
        "cycle count",
        "cycle counting",
        "abc",
        "discrepancy",
        "shrink",
        "inventory adjustments",
        "physical inventory",
      ],
      strong: [
        "At Cascade Home Goods I was the inventory control lead, and when I started our inventory accuracy was 95.2 percent, measured as the share of locations counted with no variance. We did one big wall-to-wall count a year, which shut the building for a weekend and still didn't fix anything. I replaced it with ABC cycle counting in Manhattan: A items, the top 20 percent by movement, counted monthly, B items quarterly and C items twice a year, plus triggered counts whenever a picker reported a short or a location hit zero. Counts were blind, so the counter didn't see the expected quantity. But the real gain came from root cause. For every variance, I researched the transaction history and found the cause: a mis-putaway, a wrong pick, an unreceived pallet. Most were putaway errors, so we retrained on scanning the location. After 14 months we were at 99.4 percent.",
        "I think of cycle counting as a quality check on our processes, not as a way to fix numbers. When a count is off, the easy thing is to adjust the quantity and move on, but then the same error happens next week. At Cascade I set a rule that any adjustment over a set value, about $500, needed my approval with a reason code, and I reviewed the reason codes every week. That showed patterns: one vendor's cases had inner packs counted differently from our unit of measure, which caused repeated variances. We fixed the item setup in the WMS and those variances disappeared. At Northfield, as a shift supervisor, I support inventory control by making sure my pickers report shorts right away in the RF gun instead of skipping, because an honest short report is what triggers the count.",
      ],
      vague: [
        "Inventory accuracy is critical because if the system is wrong, everything else goes wrong. I think regular cycle counts and good processes are the key to keeping inventory accurate.",
        "I have experience with cycle counting and I understand how important it is. I always make sure my team follows the procedures, scans correctly and reports any discrepancies they find.",
      ],
    },
    {
      name: "Shift scheduling and labor planning",
      match: [
        "shift scheduling",
        "scheduling",
        "labor planning",
        "staffing",
        "headcount",
        "overtime",
        "temp labor",
        "absenteeism",
      ],
      strong: [
        "I plan labor from the work, not from the headcount. At the start of each shift at Northfield I pull the order pool from Manhattan and the expected inbound, convert units into hours using our standards, for example about 128 units per hour in picking, and compare that with who's actually clocked in on UKG. If I need 180 picking hours and I have 150, I know before the first wave whether I need to move people from replenishment, ask for volunteers for overtime, or talk to the client about which orders can slip. I build the schedule two weeks ahead with our staffing agency for temps, and I keep a cross-training matrix so I know who can run pack, ship or a reach truck. Having about a third of the shift trained in two areas is what lets me absorb absences without missing a cut-off.",
        "Absenteeism is the part of scheduling that actually decides a shift. At Northfield, Mondays and Fridays on second shift used to run about 12 percent absent, and we'd scramble every time. I did a few things. I made the attendance policy visible and applied it the same way to everyone, which people respected. I started posting overtime opportunities a week ahead, so people with family commitments could plan instead of being asked at 10pm. And I looked at why people were missing: several were students with exams, so we set up a swap board where associates can trade shifts with approval from a lead. Within a couple of months Monday and Friday absence was closer to 6 percent. Forecasting the shift is easy compared with making it a shift people want to show up for.",
      ],
      vague: [
        "Good scheduling is about having the right number of people in the right place at the right time. I always plan ahead, look at the workload and adjust when something changes.",
        "I try to be fair with scheduling and overtime, and I communicate early with the team. Flexibility is important because volumes change every day in a warehouse.",
      ],
    },
    {
      name: "Lean and 5S",
      match: [
        "lean",
        "5s",
        "continuous improvement",
        "kaizen",
        "waste",
        "standard work",
        "gemba",
        "process improvement",
      ],
      strong: [
        "I lead the 5S program on my shift at Northfield. We started with the pack line, because it was where people wasted the most time looking for things: tape guns, labels, the right carton. We did a two-day kaizen with the packers themselves: sort out anything not needed, set a place for everything with shadow boards and labeled shelves, shine, then standardize with a photo of what each station should look like at start of shift. Sustaining is the hard part, so my leads do a five-minute 5S audit each week with a scored checklist, and the scores go on the board next to productivity. After the pack line, we moved to the shipping dock and the charging area. Pack rate went up by about 10 percent, but what people liked most was that they didn't have to hunt for supplies anymore.",
        "For me lean is mostly about going to see the problem where it happens. At Northfield I do a gemba walk every shift with a specific question, not just a tour. One night I watched the replenishment drivers and saw them making two trips for many replenishments because the trigger level was set too low and picks ran out mid-wave. We changed the min-max levels for the top SKUs in the WMS, and emergency replenishments dropped by about half. When a problem comes up more than once, I use the 5 Whys with the people involved, and we write the fix into standard work with photos so a new associate can follow it. I got my Yellow Belt in 2022, which gave me a more structured way to measure before and after.",
      ],
      vague: [
        "I'm a big believer in lean and 5S. A clean and organized warehouse is safer and more efficient, and I always encourage my team to look for ways to reduce waste and improve.",
        "Continuous improvement is important in every operation. I like to involve the team, listen to their ideas and make small improvements every day, because small changes add up.",
      ],
    },
    {
      name: "Carrier coordination",
      match: [
        "carrier",
        "carriers",
        "ltl",
        "parcel",
        "dock appointments",
        "trailer",
        "truckload",
        "cut-off",
      ],
      strong: [
        "At Northfield we ship with several LTL carriers, two parcel carriers and some dedicated truckload for one client, and each has a different rhythm. Parcel pickups have fixed cut-off times, so I plan waves backwards from them: the last parcel wave has to release at least ninety minutes before pickup. For LTL, we used to have trucks arriving whenever they liked, sitting at the dock for hours, and we were paying a lot in detention. I set up a dock appointment schedule with fixed live-load windows for each carrier, agreed with their dispatchers, and we stage freight by door before the truck arrives, with the bill of lading ready. If a truck arrives outside its window, it waits or is rescheduled. Detention charges dropped by 60 percent, about $84,000 a year, and drivers actually prefer it because they know they'll be loaded in under an hour.",
        "Carrier coordination for me is a relationship, not just a schedule. I know the dispatchers of our main LTL carriers by name, and when something goes wrong on our side, a late wave or a system issue, I call them early rather than leaving a driver waiting. During peak at Northfield I hold a short weekly call with our two biggest carriers to share our volume forecast by day, so they can plan trailers. I also track carrier performance: on-time pickup, missed pickups and damage claims. When one LTL carrier missed three pickups in two weeks, I brought the data to their terminal manager, and they added a second pickup for us on Thursdays. And I make sure my loaders know how to build a safe load and record seal numbers, because a good handoff prevents most claims.",
      ],
      vague: [
        "Working well with carriers is very important to get orders out on time. I keep good communication with them, plan the dock and make sure the freight is ready when the truck arrives.",
        "I have coordinated with many carriers in my career. I think it's important to build good relationships, be organized and solve problems quickly when a truck is late or missing.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Supervising hourly associates",
      match: [
        "supervise",
        "supervising",
        "hourly associates",
        "associates",
        "crew",
        "direct reports",
        "attendance",
        "leadership style",
      ],
      strong: [
        "I've supervised the second shift at Northfield since 2021: 45 associates and 5 leads across picking, packing and outbound shipping. Before that I led smaller teams as inventory control lead and as shipping and receiving lead. My style is to be on the floor. I start every shift with a ten-minute pre-shift meeting: safety topic, volume, cut-offs, who's where. Then I spend most of the shift walking the areas rather than at my desk. I try to be consistent, because associates notice straight away if rules apply to some people and not others, especially on attendance and safety. I also know everyone's name and something about them. It sounds small, but on second shift people feel forgotten by management, and that personal contact is a big part of why our turnover is lower than the building average.",
        "With hourly associates, I've learned that clear expectations and quick recognition go further than anything else. At Northfield every associate knows their area's rate and accuracy targets, and leads give feedback during the shift, not weeks later. When someone is struggling, I start by asking rather than writing them up: once, a reliable picker's rate dropped suddenly, and it turned out she'd been moved to a zone with heavy items after a back injury she hadn't reported. We moved her back and got her checked. When discipline is needed, I follow the policy step by step, document it, and involve HR early. I've also promoted three associates to lead on my shift, which I'm proud of, because it shows people there's a path forward.",
      ],
      vague: [
        "I have experience supervising hourly teams and I enjoy it. I believe in treating everyone with respect, being fair and leading by example so the team trusts me.",
        "Supervising a team is about communication and motivation. I try to make sure everyone knows what's expected, support them when they need help and recognize good work.",
      ],
    },
    {
      name: "Inbound receiving and putaway",
      match: [
        "inbound",
        "receiving",
        "putaway",
        "asn",
        "dock-to-stock",
        "unloading",
        "vendor compliance",
        "overs, shorts and damages",
      ],
      strong: [
        "At Pacific Rim Distributors I ran the inbound dock, receiving against ASNs in SAP EWM. The flow was: the vendor sends the ASN before shipping, the truck arrives on an appointment, we unload and scan each pallet's label against the ASN, do a quality check on a sample, and EWM creates the putaway tasks to the directed locations. Where a vendor's ASN didn't match the physical freight, we recorded overs, shorts and damages and the buyer was notified the same day. I tracked dock-to-stock time, and our target was under 24 hours. The biggest problem was vendors sending pallets with missing or wrong labels, which meant manual receiving. I documented each case with photos and we issued vendor compliance chargebacks under the routing guide. Within a few months our worst vendors had fixed their labeling, and manual receipts dropped sharply.",
        "Good receiving protects everything downstream, so I'm strict about it. The two rules I teach are: never receive what you can't verify, and never put away anywhere but the directed location. At Cascade, when I was inventory control lead, I traced many of our count variances back to receiving: a pallet received as ten cases when it had twelve, or a pallet put in the nearest empty slot to save time. I trained the receivers on blind receiving, where the RF gun doesn't show the expected quantity so they actually count, and I made putaway confirmation by scanning the location label mandatory. Even now at Northfield, on outbound, I still keep an eye on inbound quality, because when replenishment goes to a location and the product isn't there, my pickers are the ones who feel it.",
      ],
      vague: [
        "I have experience in receiving and putaway. It's important to check the freight carefully, follow the procedures and put everything away correctly so the inventory stays accurate.",
        "Inbound is the foundation of the warehouse. I always make sure the team unloads safely, checks the quantities against the paperwork and gets product into stock as quickly as possible.",
      ],
    },
    {
      name: "Safety incident investigation and root-cause analysis",
      match: [
        "incident",
        "investigation",
        "root cause",
        "near miss",
        "5 whys",
        "injury",
        "accident",
        "corrective action",
      ],
      strong: [
        "When an incident happens, my first job is the person and the scene: first aid, stopping the equipment, and keeping things as they are. Then I investigate within the shift while memories are fresh. At Northfield in 2022 a reach truck clipped a rack upright while turning into an aisle. Nobody was hurt, but it could have been serious. I took photos, got statements from the operator and the two associates nearby, and checked the truck. Using the 5 Whys we found the operator was turning early because a pallet of returns was sitting in the aisle end, and it was there because the returns staging area was full. So the root cause was a space problem, not just a driver error. Corrective actions: a marked no-staging zone at aisle ends, a daily check by the lead, and more returns staging space. The rack was inspected and the upright replaced.",
        "I try to investigate near misses with the same seriousness as injuries, because they're free lessons. On my shift at Northfield we have a simple near-miss card, and I made it clear that reporting one never gets anyone in trouble. Reports went from two or three a month to about fifteen. For each, my lead or I do a short investigation using the 5 Whys or a fishbone diagram, and the corrective action follows the hierarchy of controls: can we remove the hazard, engineer it out, then procedures, then PPE last. For example, after several near misses where pickers stepped back into the aisle from a pick face, we added floor markings and convex mirrors at rack ends. I also make sure recordables are logged correctly on the OSHA 300 log with our safety manager, and I share what we learned at the next pre-shift meeting.",
      ],
      vague: [
        "When there's an incident, I make sure the person is taken care of, report it properly and investigate what happened so we can prevent it from happening again.",
        "Root-cause analysis is important because you need to fix the real problem, not just the symptoms. I always try to involve the team and learn from every incident.",
      ],
    },
    {
      name: "Peak season and flexible hours",
      match: [
        "peak",
        "peak season",
        "holiday",
        "flexible hours",
        "weekends",
        "extended shifts",
        "volume surge",
        "seasonal",
      ],
      strong: [
        "I've worked every peak since 2013, and I'm fully available for extended shifts and Saturdays. At Northfield, volume in November and December is about two and a half times normal, so preparation starts in August. I work with our staffing agency on the temp ramp plan, about 25 extra associates on my shift, and we start onboarding them in October so they're trained before the real surge. I make sure our forklift trainers have evaluated enough operators, and we pre-build supplies like cartons and labels. During peak I run ten-hour shifts on weekdays and a Saturday shift, with a peak board showing daily volume and cut-off performance. Last peak we shipped 98.7 percent of orders on the promised day. And I try to keep it humane: food on Saturdays, rotating heavy areas, and recognizing the temps who do well, because many come back next year.",
        "The most important thing I've learned about peak is that you can't hire your way out of a bad process. At my first peak as supervisor at Northfield we had enough people, but the pack line was the bottleneck and pickers ended up idle while packing fell hours behind. The following year I planned the line layout in September: added four temporary pack stations, set up a dedicated single-unit pack area, and trained twelve of my regular pickers to pack, so I could flex people where the queue was. I also held a daily fifteen-minute huddle with day shift so waves were released in a sequence we could actually handle. That peak, we had almost no late shipments and less overtime than the year before. Personally I plan my own life around peak; I know those weeks are the season that matters.",
      ],
      vague: [
        "I'm very flexible and I'm available to work extra hours, nights or weekends when the business needs it. Peak season is challenging but I enjoy the energy and the teamwork.",
        "Peak season requires good planning and a strong team. I'm used to busy periods and I stay positive and focused to make sure we get all the orders out on time.",
      ],
    },
    {
      name: "Returns and reverse logistics",
      match: [
        "returns",
        "reverse logistics",
        "rma",
        "disposition",
        "refurbish",
        "restock",
        "return to vendor",
        "liquidation",
      ],
      strong: [
        "At Pacific Rim Distributors I managed the returns cage. Every return needed an RMA number; anything arriving without one was set aside and researched with customer service rather than processed blind. We received each item against its RMA, graded it on a simple scale, A as new in sealed packaging, B opened but complete, C damaged or missing parts, and then decided the disposition: A went back to stock, B to refurbish and repack, C either return to vendor if the vendor agreement allowed, or liquidation. The key metric was how long returns sat before processing, because customers were waiting for credit and the product lost value every week. When I started, the backlog was around three weeks. I set a daily target, cross-trained two receivers, and we got it under four days, which customer service noticed immediately in fewer credit complaints.",
        "Reverse logistics is where a lot of money quietly leaks, so I treat it as seriously as outbound. At Northfield, returns for our apparel client come through a separate area, and when I looked at it I found that many returned items were being sent to liquidation that could have been restocked, because the graders weren't sure of the criteria and played safe. I worked with the client's account manager to write clear grading standards with photos for each product type, and trained the team. We also started recording a return reason code for each item, which the client used to spot a sizing problem with one product line. The share of returns restocked increased noticeably, and the client was happy because every restocked item is sold again at full price.",
      ],
      vague: [
        "Returns are an important part of the business. I think it's important to process them quickly and accurately so customers get their credit and the product goes back to the right place.",
        "I have some experience with returns and reverse logistics. It's important to have a clear process, inspect the items carefully and decide the right disposition for each product.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Supervising a shift of 45 associates and 5 leads",
      claim:
        "Supervise a shift of 45 associates and 5 leads across picking, packing and outbound shipping",
      match: [
        "45 associates",
        "5 leads",
        "forty-five",
        "size of your team",
        "how many people",
        "span of control",
        "outbound shipping",
      ],
      strong: [
        "Yes, on second shift at Northfield Logistics I'm responsible for 45 associates and 5 leads: two leads in picking, one in packing, one in shipping and one over replenishment and the reach trucks. With that span, I can't manage every associate directly, so the leads are my key people. Each lead runs their area's start-up, tracks the hourly board and handles first-level issues. I meet the five of them for ten minutes before the pre-shift meeting and again mid-shift to decide on moving people between areas. I do all performance conversations, attendance steps and hiring decisions myself, with the lead's input. I also do one-to-ones with each lead every two weeks, because if they're confident, the 45 associates are well looked after. In peak the shift grows to about 70 with temps, and that's when the lead structure really proves itself.",
        "Supervising 45 associates across picking, packing and outbound shipping is mostly about balancing the flow. Each area depends on the one before it, so if picking runs ahead, packing gets buried and the shipping dock sits empty until late. With my 5 leads at Northfield we agreed a simple routine: each lead reports their queue in hours of work remaining at the top of every hour, and if one area is more than an hour ahead of the others, I move people. About a third of the shift is cross-trained in two areas, which makes that possible. On the people side, I know all 45 by name and try to speak with each person at least once a shift. When I started, second shift had the highest turnover in the building; in the last two years it has been below the site average.",
      ],
      vague: [
        "I supervise a large team on my shift and I really enjoy leading people. I work closely with my leads and I make sure everyone has what they need to do a good job.",
        "Managing a big team is about organisation and communication. I rely on my leads, stay visible on the floor and make sure everyone feels supported and respected.",
      ],
      contradicting: [
        "At Northfield I supervise about 20 associates and 2 leads on second shift, mainly in packing. Picking and shipping have their own supervisor, so my focus is on the pack line and getting cartons to the dock on time.",
        "At Northfield, the shift of 45 associates and 5 leads reports to our shift manager; I'm one of the five leads, responsible for picking. I step in for the shift manager when she's off, and I run the pre-shift meeting a couple of days a week.",
      ],
    },
    {
      name: "Raising pick rate from 92 to 128 units per labor hour",
      claim:
        "Lifted outbound pick rate from 92 to 128 units per labor hour by re-slotting the top 300 SKUs into the golden zone and moving to zone batch picking",
      match: [
        "92 to 128",
        "128",
        "units per labor hour",
        "re-slotting",
        "slotting",
        "golden zone",
        "zone batch picking",
        "top 300 skus",
      ],
      strong: [
        "When I took over second shift at Northfield in 2021, pickers were averaging about 92 units per labor hour, and most of their time was walking. I pulled six months of order lines from Manhattan into Excel and ranked SKUs by picks. The top 300 SKUs accounted for over half our picks, but they were scattered throughout the building, many on the top or bottom shelf. With the inventory control team and the client's approval, we re-slotted them over three weekends into the golden zone, the waist to shoulder height levels in the aisles closest to packing. Then we changed the pick method from single orders to zone batch picking: each picker works one zone, picking several orders at once into totes on a cart, and totes are consolidated at packing. Within about four months we averaged 128 units per labor hour, with pick accuracy unchanged at over 99.8 percent.",
        "The re-slotting was the part people see, but the zone batch picking made the bigger difference. With single-order picking, a picker might walk 300 feet for a two-unit order. With zone batch, the WMS groups orders into batches of around twelve, each picker stays in one zone, and the cart carries a tote per order, so one walk through the zone serves twelve orders. We had to configure the batch rules in Manhattan with our WMS analyst and rebalance the zones so no single zone was a bottleneck. I trained the leads first, ran a pilot in two zones for two weeks, and adjusted the batch size based on what we saw. Then we rolled it out. From 92 to 128 units per labor hour is roughly 39 percent more output, which let us absorb a new client's volume without adding a single picker.",
      ],
      vague: [
        "I improved our pick productivity by reorganizing where products were located and changing how we picked orders. The team adapted quickly and our numbers improved a lot.",
        "I'm always looking for ways to make the operation more efficient. By working with the team and using the system better, we significantly increased our pick rates.",
      ],
      contradicting: [
        "At Northfield we took the pick rate from around 70 to about 95 units per labor hour. We re-slotted the top 100 SKUs closer to packing and moved to batch picking, and we're still working on getting higher.",
        "Our industrial engineer at Northfield ran the slotting project; she analyzed the SKUs and designed the zone batch picking. My part was to train my shift on the new method. After the change our pick rate went from 92 to 128 units per labor hour.",
      ],
    },
    {
      name: "Cutting recordable injuries from 6 to 1",
      claim:
        "Cut OSHA recordable injuries on my shift from 6 in 2021 to 1 in 2023 with pre-shift forklift inspections, marked pedestrian walkways and weekly safety walks",
      match: [
        "recordable",
        "recordables",
        "recordable injuries",
        "6 in 2021",
        "1 in 2023",
        "pedestrian walkways",
        "safety walks",
        "injury rate",
      ],
      strong: [
        "In 2021, my first year running second shift at Northfield, we had six OSHA recordable injuries: two forklift-related, a pedestrian struck by a pallet jack, and three strains from lifting. I went through each one with our safety manager, and the pattern was clear: equipment wasn't always checked, people on foot and trucks shared the same space, and we only talked about safety after something happened. So I made three changes. Forklift pre-use inspections moved to the start of the shift, and I audited the checklists myself. We painted marked pedestrian walkways and put gated crossings at the two busiest intersections. And I started weekly safety walks with a lead and an associate from another area, fixing what we found within a week. In 2022 we had three recordables, and in 2023 just one. We've stayed at one or zero since.",
        "The number I'm proudest of at Northfield is going from six recordable injuries in 2021 to one in 2023, but what got us there was mostly culture. The forklift inspections and the pedestrian walkways were important, and I made sure they happened, but the weekly safety walks changed how people thought. Because I brought a different associate each week, people started pointing out hazards themselves, like a damaged pallet stacked high, or a dock plate that didn't sit flush. I also started every pre-shift meeting with a two-minute safety topic linked to something real from our shift. And I made near-miss reporting safe: nobody gets in trouble for reporting. Near-miss reports went up, and the injuries went down, which is exactly the relationship you want to see.",
      ],
      vague: [
        "I made safety a priority on my shift and we saw a big improvement in our injury numbers. I think the key was getting everyone involved and making safety part of our daily routine.",
        "We reduced injuries by focusing on safety every day. I introduced better procedures and made sure the team followed them, and people started looking out for each other more.",
      ],
      contradicting: [
        "On my shift at Northfield we went from eleven recordable injuries in 2021 to four in 2023. We did more forklift training and added some floor markings, and the team became more aware of safety.",
        "Our site safety manager at Northfield introduced the pre-shift forklift inspections, the pedestrian walkways and the weekly safety walks; she ran the program across all shifts. I made sure my shift followed it, and recordables on second shift went from six in 2021 to one in 2023.",
      ],
    },
    {
      name: "Cutting carrier detention charges by 60%",
      claim:
        "Reduced carrier detention charges by 60% ($84K a year) by introducing a dock appointment schedule and live-load windows with our LTL carriers",
      match: [
        "detention charges",
        "detention",
        "60%",
        "$84k",
        "84,000",
        "dock appointment schedule",
        "live-load windows",
        "ltl carriers",
      ],
      strong: [
        "When I started at Northfield, LTL carriers arrived whenever they wanted, often several at once late in the shift, and drivers could sit for three or four hours. Most carriers give two hours free and then charge detention by the hour, so we were paying around $140,000 a year. I looked at the invoices with our transportation coordinator, and most of it came from four carriers. I set up a dock appointment schedule: each carrier got fixed live-load windows that matched when their freight was released in the waves, agreed with their dispatchers. We staged freight at the assigned door before the appointment, with the bill of lading printed. A truck that arrived outside its window waited or was rebooked. Within six months detention charges were down 60 percent, about $84,000 a year, and average driver time at the dock dropped to under an hour.",
        "The dock appointment schedule at Northfield worked because it was built with the carriers, not imposed on them. Before launching it, I called the dispatchers of our main LTL carriers, explained the problem, and asked when their drivers could realistically arrive. Some preferred earlier windows to get back to the terminal for linehaul departures, which suited us. On our side, I changed the wave plan so each carrier's freight was picked and packed before its window, and I made one of my leads responsible for the dock schedule each shift. When we had a late wave, we called the carrier before the driver left the terminal, not after he'd been waiting two hours. The result was detention down 60 percent, around $84,000 a year, and better pickup reliability, because drivers liked being loaded quickly.",
      ],
      vague: [
        "I saved the company a lot of money on carrier charges by organizing our dock better and working more closely with the carriers. Everyone benefited because trucks were loaded faster.",
        "I improved our dock operations by planning the appointments better. Good communication with carriers made a big difference and reduced the time trucks spent waiting at our doors.",
      ],
      contradicting: [
        "At Northfield we cut detention charges by about 25 percent, roughly $20,000 a year, after we introduced dock appointments for our LTL carriers. We're still working with a couple of carriers who don't respect their windows.",
        "Our transportation manager at Northfield set up the dock appointment schedule and negotiated the live-load windows with the LTL carriers. My job was to make sure my shift had the freight staged on time, and together we cut detention charges by 60 percent, about $84,000 a year.",
      ],
    },
    {
      name: "Raising inventory accuracy from 95.2% to 99.4%",
      claim:
        "Raised inventory accuracy from 95.2% to 99.4% in 14 months by replacing the annual wall-to-wall count with ABC cycle counting in Manhattan WMS",
      match: [
        "95.2%",
        "99.4%",
        "14 months",
        "wall-to-wall",
        "annual count",
        "abc cycle counting",
        "inventory control lead",
      ],
      strong: [
        "I joined Cascade Home Goods as inventory control lead in 2018, and location accuracy was 95.2 percent. The only count was an annual wall-to-wall, which closed the building for a weekend, and by the time variances were found nobody could explain them. I proposed replacing it with ABC cycle counting in Manhattan WMOS. I classified SKUs by pick frequency: A items counted monthly, B quarterly and C twice a year, plus triggered counts on short picks and zero-quantity locations. Counts were blind, and anything outside tolerance got a recount by a different person before adjustment. Our auditors agreed to drop the wall-to-wall once we showed the cycle count program was reliable. I spent as much time on root causes as on counting: most variances came from mis-putaways, so we retrained receivers and enforced location scanning. After 14 months we were at 99.4 percent.",
        "The 95.2 to 99.4 percent improvement at Cascade came from treating every variance as a process failure. Each week I reviewed the adjustments with reason codes: mis-putaway, mis-pick, receiving error, unit-of-measure problem, damage. In the first months mis-putaways were about half, because receivers were putting pallets into the nearest empty slot when the directed location was blocked. We fixed that with training, location scan enforcement and a process for reporting blocked locations. Then unit-of-measure issues, where a vendor's case quantity didn't match our item setup, which we corrected in the WMS item master. Each fix removed a source of errors, and the cycle counts confirmed it month by month. Replacing the annual wall-to-wall count with ABC cycle counting also saved us a weekend shutdown and about 1,200 labor hours of counting each year.",
      ],
      vague: [
        "I improved inventory accuracy significantly by introducing cycle counting and better processes. It took time and a lot of work with the team, but the results were very good.",
        "Inventory accuracy was a big focus for me. I changed how we counted inventory and worked on the root causes of errors, and the accuracy improved a lot over time.",
      ],
      contradicting: [
        "At Cascade Home Goods we raised inventory accuracy from about 89 percent to 96 percent over two years by introducing cycle counting. We still did a wall-to-wall count at year end, because the auditors required it.",
        "At Cascade the inventory control manager designed the ABC cycle counting program and replaced the wall-to-wall count. I was one of the counters and later helped research variances. Over 14 months the accuracy went from 95.2 to 99.4 percent.",
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
        "The main conflict I've had at Northfield was with the first-shift supervisor. Day shift would release waves late in their shift and leave them half-picked, and my shift started with a backlog and a dirty dock. From his side, my shift left replenishment undone, so his pickers started the morning with empty locations. It was turning into blaming each other in the shift handover emails. I asked him for thirty minutes at the shift overlap, in person. We each brought data: I had the hours of work left at handover for two weeks, he had the count of empty pick locations each morning. We agreed a handover standard: day shift doesn't release a wave after 1pm that they can't finish, and my shift does a replenishment sweep of the top SKUs in the last hour. We wrote it down and reviewed it weekly for a month. Both shifts' numbers improved, and so did the relationship.",
        "I once disagreed with one of my own leads about moving a picker who was underperforming. He wanted to write her up; I thought we didn't yet know why her rate had dropped. He felt I was undermining him in front of the team, and he had a point, because I'd questioned him on the floor. I apologized to him for that and we talked it through privately. We agreed that he'd have a conversation with her first, with me there, and that in future we'd discuss disagreements about people off the floor. It turned out she had been moved to a zone with heavy items after a minor back strain. We moved her and her rate recovered. I learned to keep disagreements with my leads private, and to always look for the reason before the consequence.",
      ],
      vague: [
        "When I have a conflict with a colleague, I try to talk to them privately and calmly. I listen to their side, explain mine and try to find a solution that works for both of us and for the operation.",
        "I think conflicts are normal in a busy warehouse. I always stay professional, focus on the facts and not the person, and try to find common ground.",
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
        "missed",
        "setback",
      ],
      strong: [
        "In my first year as supervisor at Northfield, I missed a truckload cut-off for one of our biggest clients. I had released the waves in the order the system suggested, and I didn't check that one client's truck had an earlier departure that day because of a holiday schedule. At 9pm we still had eight pallets to pick. I told my manager straight away, called the client's logistics contact to explain and offered options, and we shipped the pallets on an expedited LTL at our cost the next morning. Then I fixed my process. I now start every shift by listing all carrier departures for the day on the whiteboard and planning waves backwards from the earliest one, and my shipping lead confirms any schedule change with the carriers each morning. I haven't missed a cut-off for that reason since.",
        "A failure that taught me a lot was my first attempt at 5S on the shipping dock at Northfield. I organized it myself with one lead over a weekend: new labels, floor markings, a place for everything. On Monday it looked great. Three weeks later it looked like before. The associates hadn't been involved, didn't understand why things were where they were, and some of my choices were simply wrong, like putting the stretch wrap on the opposite side from where loaders actually worked. The second time, on the pack line, I ran a kaizen with the packers themselves and they decided the layout. That one is still holding after two years, with weekly audits. Now I don't start an improvement without the people who do the work in the room.",
      ],
      vague: [
        "Everyone makes mistakes, especially in a fast-paced environment. When I make one, I take responsibility, fix it quickly and learn from it so it doesn't happen again.",
        "I think failures are opportunities to learn. When something goes wrong, I look at what I could have done differently and I share the lesson with my team.",
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
        "competing",
        "urgent",
        "stressful",
      ],
      strong: [
        "A night I remember at Northfield: our RF network went down for about forty minutes during peak, at 7pm, with three parcel pickups due before 10pm and a full LTL schedule. I had to decide fast what mattered. First, safety: I stopped forklift moves that depended on the RF tasks, so nobody was driving blind. Second, the parcel cut-offs, because those trucks leave on time no matter what. We had printed pick lists as a backup procedure, so I put my most experienced pickers on paper picking for the parcel orders only, with a lead checking every tote. Third, I called the LTL dispatchers to push two pickups by an hour. When the network came back, we confirmed the paper picks in the system. We made all three parcel pickups and only one LTL load went out late, by agreement. Afterwards I updated the downtime procedure with what we'd learned.",
        "My rule under pressure is safety first, then anything with a hard cut-off, then everything else. In a warehouse the truck doesn't wait, so I plan backwards from departure times. On a normal evening at Northfield, if we're behind, I look at the work remaining in hours for each carrier and move people from areas without a cut-off, like replenishment or returns, into picking and packing for the earliest departure. I also tell people clearly what we're dropping for the night; for example, returns processing moves to the next morning. What I won't do is cut corners on safety or quality to make a truck, like skipping load checks, because a mis-ship or an injury costs far more than a late trailer. Communicating early to carriers and my manager is part of prioritizing too.",
      ],
      vague: [
        "I stay calm under pressure. I look at what needs to be done first, organize the team and keep everyone focused. In a warehouse you have to be able to react quickly when things change.",
        "I'm good at prioritizing. When there is a lot going on, I focus on the most urgent tasks, communicate with my team and make sure we meet our deadlines safely.",
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
        "difficult conversation",
      ],
      strong: [
        "The feedback that helped me most came from my operations manager at Northfield about a year into the job. She told me I was too much in the work: I was jumping on a forklift or packing boxes whenever we fell behind, and while I was doing that, nobody was running the shift. My leads didn't make decisions because they knew I'd step in. It was hard to hear, because I thought I was leading by example. I changed my habits: I stayed on the floor but in a coordinating role, I let my leads handle their areas and gave them authority to move people, and I only stepped into the work when it was truly needed. Within a few months the leads were much more confident, and our hour-by-hour numbers were steadier because somebody was always watching the whole flow.",
        "When I give feedback to an associate, I try to do it the same day, privately, and with specifics. For example, one of my reach truck drivers at Northfield was taking corners too fast. I'd seen it twice. I stopped him, walked with him to the break area, and told him exactly what I'd seen and where, and why it mattered: a loaded reach truck can tip, and there are pickers on foot at the rack ends. I asked if there was a reason, and he said he was trying to keep up with replenishment demand. So I told him speed wasn't his problem to solve, it was mine, and I had the lead adjust the replenishment priorities. He went through a refresher evaluation, and he's been one of my safest drivers since. Positive feedback I give in public, at the pre-shift meeting.",
      ],
      vague: [
        "I welcome feedback because it helps me improve as a supervisor. When I give feedback, I try to be respectful and specific, and to recognize the good things people do, not only the problems.",
        "I think regular feedback is very important. I try to give my team honest feedback and I'm always open to hearing what I can do better as a leader.",
      ],
    },
    {
      name: "Teamwork and collaboration",
      match: [
        "teamwork",
        "team player",
        "collaborate",
        "collaboration",
        "other departments",
        "morale",
        "team culture",
        "work together",
      ],
      strong: [
        "In a DC, no shift or department succeeds alone, so I put a lot into working with the people around me. At Northfield I meet the inventory control supervisor weekly to go through the short picks and location errors from my shift, because my pickers are usually the first to find inventory problems. I meet maintenance every Monday to plan preventive work on the pack line and trucks so it doesn't hit my busiest hours. And with day shift, we built a written handover standard after a period of blaming each other. Inside my own team, I try to build the sense that we win or lose together. When we hit the carrier cut-offs for a whole week, the shift gets recognized at the Friday meeting, not just the top pickers, and during peak my leads and I pick and pack alongside everyone on Saturdays.",
        "A good example of teamwork was when Northfield onboarded a new apparel client in 2023 with only six weeks' notice. The implementation involved our WMS analyst, inventory control, day shift, my shift and the client's team. I volunteered to coordinate the floor side. We held a short stand-up twice a week, and I made a simple checklist of what each group needed to deliver: location setup, slotting, pick and pack standard work, training of both shifts. When the slotting was behind, two of my leads came in early to help inventory control move product, and day shift covered some of our training. We went live on time, and in the first month we hit 99.6 percent order accuracy for that client. What made it work was that everyone could see the whole plan, not just their piece.",
      ],
      vague: [
        "I'm a team player. I believe a warehouse only works when everyone works together, so I always try to support other shifts and departments and keep a positive attitude.",
        "Teamwork is essential in logistics. I communicate openly, help where I can and make sure my team understands that we all share the same goal of getting orders out safely and on time.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "learn quickly",
        "new system",
        "unfamiliar",
        "pick up",
        "get up to speed",
        "new skill",
      ],
      strong: [
        "When I joined Northfield in 2021, they had just moved to Manhattan Active WM, and I came from Manhattan WMOS at Cascade. The logic was similar, but the screens, the wave planning and especially the reports were different, and I was expected to run a shift from the second week. I spent my first days shadowing the day-shift supervisor and the WMS analyst, and wrote my own one-page cheat sheet of the tasks I'd need every night: checking the order pool, releasing waves, finding exceptions. I stayed an hour after shift for two weeks to practice in the training environment. Within a month I was comfortable, and I later turned my cheat sheet into a training guide for new leads. I find I learn fastest when I focus on the few tasks I need first and learn the rest as the questions come.",
        "Power BI is something I taught myself. At Northfield our shift reports were Excel files my leads filled in by hand, and by the time my manager saw them the numbers were days old. I took a free online course on weekends over about a month and then built a simple dashboard connected to the WMS productivity export and our UKG hours: units per labor hour by area and by hour, pick accuracy, and on-time shipping by carrier. It's not fancy, but it refreshes automatically and my leads and the operations manager look at the same numbers. It saved my leads about thirty minutes each per shift. When I don't know something, I'm not shy about asking; the WMS analyst helped me understand the data fields, and in return I helped her test a new release on the floor.",
      ],
      vague: [
        "I'm a fast learner. When I need to learn something new, like a new system, I ask questions, practice and take notes until I'm comfortable. I also like learning from experienced colleagues.",
        "I adapt quickly to new situations and technology. In logistics things change all the time, so I'm used to learning on the job and I enjoy the challenge.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "motivation",
        "why this role",
        "why do you want",
        "interested in",
        "crestline",
        "why us",
        "next step",
        "career goals",
      ],
      strong: [
        "Three reasons. First, Crestline runs a full operation under one roof, receiving, putaway, picking, packing and shipping, and this role covers all of it on one shift. At Northfield my shift is outbound only, and I miss the inbound and inventory side that I know from Pacific Rim and Cascade. This would let me use everything I've learned. Second, the product and volume: home goods and small appliances to stores and online, with a big peak, is the kind of mix where slotting, labor planning and carrier coordination make a real difference, and that's where I've had my best results, like the pick rate improvement at Northfield. Third, your posting mentions a clear path to Operations Manager, which is my goal within the next three to four years. And honestly, Plainfield is closer to home, which matters on a late shift.",
        "I've spent thirteen years in warehouses, starting as a forklift operator at Harbor Point Foods, and I've moved up because I like making an operation run better and helping people grow with it. What attracts me to Crestline is that you're a distributor running your own building, not a 3PL. At Northfield, a lot of decisions depend on what each client will approve, which slows improvements down. Here I could work on slotting, 5S and labor planning for the whole flow and see the results directly. I also liked that the posting asks for someone visible on the floor and fair with people, because that's how I supervise. And I want to be somewhere with a path to Operations Manager, so I can take on a bigger scope over the next few years.",
      ],
      vague: [
        "I'm looking for a new challenge and I think this is a great opportunity to grow. Your company has a great reputation and I would love to be part of your team.",
        "I'm passionate about logistics and leading people. This role matches my experience and I think I can bring a lot of value to your distribution center.",
      ],
    },
    {
      name: "Handling a difficult customer or stakeholder",
      match: [
        "difficult customer",
        "difficult stakeholder",
        "client",
        "complaint",
        "upset",
        "frustrated",
        "demanding",
        "escalation",
      ],
      strong: [
        "At Northfield, because we're a 3PL, our clients are the stakeholders I deal with most. In 2022 the account manager of our consumer electronics client escalated to my manager that their stores were receiving wrong items and short shipments, and the retailer was charging them back. She was angry and, honestly, partly right. I asked for the list of chargebacks and traced each order through the WMS: pick scans, pack scans, load scans. About a third were real mis-picks on my shift, mostly two similar SKUs slotted next to each other. The rest were shorts caused by orders released when inventory was wrong. I showed her the analysis openly, owned our part, and we fixed it: the similar SKUs were separated and marked, and we added a scan at packing for that client. Chargebacks dropped sharply over the next two months, and she became one of our easier clients.",
        "My approach with a difficult stakeholder is to get to the facts quickly and be honest about what's ours. Once, a carrier's terminal manager called me angry because his driver had been told to leave our dock without a load. He said we were unreliable and threatened to stop giving us an evening pickup. Instead of arguing, I said I'd look into it and call him back within the hour. I found the freight had been staged at the wrong door and my loader, who was new, thought it wasn't ready. I called back, apologized, explained what happened and what I'd changed: door assignments printed on the staging labels, and the lead confirms every departure. I also offered to load his next driver first. He kept the pickup, and we've had a good relationship since. People calm down quickly when they see you're not making excuses.",
      ],
      vague: [
        "With difficult customers, I stay calm, listen to their concerns and try to understand the problem. Then I work with my team to find a solution and follow up to make sure they're satisfied.",
        "I think the key is good communication and professionalism. Even when a customer is upset, I stay respectful, focus on solving the problem and try to rebuild the relationship.",
      ],
    },
  ],
};
