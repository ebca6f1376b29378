import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "sous-chef",
  field: "hospitality",
  job: {
    title: "Sous Chef",
    description:
      "Ember & Rye is a 160-seat New American restaurant in Chicago's West Loop, with a wood-fired grill, a raw bar and a private dining room for 40 guests. We serve 250 to 400 covers a night at weekends, plus weekend brunch, and we change about a third of the menu every season. We are looking for a Sous Chef to run the kitchen alongside our Executive Chef and Junior Sous Chef.\n\nYou will lead a brigade of around 20 cooks, prep cooks and dishwashers, run the pass on busy nights, and keep service fast, consistent and calm. You will own day-to-day kitchen operations: prep lists, station setup, opening and closing checklists and equipment maintenance. You will hold the line on food safety, keeping our HACCP plan and logs up to date, training the team on allergen procedures and leading us through health inspections.\n\nThe sous chef shares responsibility for the kitchen's numbers. You will cost recipes and specials, help keep food cost within our 28-30% target, run inventory counts and place orders with our produce, meat, fish and dry goods suppliers, and write the weekly cook schedule to a labor budget. You will train and develop our cooks, from new prep cooks to line cooks ready for their next step, and you will work with the Executive Chef on seasonal menus and specials.\n\nWe offer a competitive salary, a quarterly bonus tied to food cost, labor and inspection results, health insurance, paid time off, a dining allowance and a clear path to Chef de Cuisine at our restaurant group's next opening. Five shifts a week, mainly evenings and weekends.",
    seniority: "senior",
    department: "Kitchen",
    location: "Chicago, IL",
    employment_type: "full_time",
    requirements: [
      "4+ years in professional kitchens, including at least 1 year as a sous chef or junior sous chef in a high-volume restaurant",
      "Strong butchery and fish fabrication skills",
      "Experience developing and costing dishes for seasonal menus and specials",
      "Experience writing cook schedules and managing labor to a budget",
      "ServSafe Food Protection Manager certification and sound knowledge of allergen management",
    ],
    skills: [
      "Kitchen operations",
      "Food safety and HACCP",
      "Menu costing",
      "Inventory and ordering",
      "Brigade leadership",
      "Service under pressure",
      "Training cooks",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Rafael Ortega",
    email: "rafael.ortega.chef@example.com",
    phone: "(312) 555-0147",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Megan O'Brien",
    email: "megan.obrien.chef@example.com",
    phone: "(312) 555-0176",
    pronouns: "she/her",
  },
  cv: `{name}
{pronouns} | Chicago, IL | {phone} | {email}

SOUS CHEF
Sous chef with over ten years in professional kitchens, from catering prep to hotel banquets and a
high-volume neighborhood restaurant. Strong on the line and on the numbers: costing, ordering,
scheduling and food safety. I like building cooks who can run any station.

EXPERIENCE

Sous Chef
Copper Hen Kitchen & Bar, Chicago, IL | March 2021 – Present
- Run the kitchen alongside the Executive Chef for a busy neighborhood restaurant with a full bar and weekend brunch
- Cut food cost from 34% to 29% in nine months by re-costing every plate and tightening portion specs
- Brought average ticket times on Saturday nights down from 24 to 15 minutes after reorganizing stations and the expo system
- Wrote the HACCP plan for our sous vide program; passed 3 consecutive health inspections with zero critical violations
- Write the weekly cook schedule and place orders with our produce, meat, fish and dry goods suppliers

Junior Sous Chef
The Wexley Hotel, Chicago, IL | 2018 – 2021
- Ran the line for the hotel restaurant, Alder Room, and supported banquet production for weddings and conferences
- Trained 6 line cooks to work every station; 3 were promoted to lead line cook within a year
- Moved the kitchen to weekly inventory counts and par-level ordering, cutting food waste by 40% in six months
- Handled whole-animal and fish fabrication for the restaurant and banquet menus

Chef de Partie
Bramble Bistro, Milwaukee, WI | 06/2015 – 08/2018
- Started as a line cook on sauté and garde manger in a French-inspired bistro
- Promoted to chef de partie on the grill; ran the station and trained new grill cooks
- Developed weekly specials with the chef de cuisine

Prep Cook
Fresh Fork Catering, Milwaukee, WI | Summer 2013 – Spring 2015
- Prepped for corporate events and weddings, including large-batch production
- Learned knife skills, stocks, sauces and banquet plating

EDUCATION AND CERTIFICATIONS
Associate of Applied Science, Culinary Arts, Milwaukee Area Technical College, 2015
ServSafe Food Protection Manager Certification (current)
Chicago Food Handler and Allergen Awareness training (current)
Languages: English, Spanish (kitchen fluent)

KITCHEN SKILLS
Whole-animal butchery, fish fabrication, sous vide and cook-chill, wood-fired grill, sauces,
recipe costing in Excel and MarketMan, Toast KDS, 7shifts scheduling, HACCP logs
`,
  truth: {
    employers: [
      "Copper Hen Kitchen & Bar",
      "The Wexley Hotel",
      "Bramble Bistro",
      "Fresh Fork Catering",
    ],
    titles: ["Sous Chef", "Junior Sous Chef", "Chef de Partie", "Prep Cook"],
    claims: [
      "Cut food cost from 34% to 29% in nine months by re-costing every plate and tightening portion specs",
      "Brought average ticket times on Saturday nights down from 24 to 15 minutes after reorganizing stations and the expo system",
      "Wrote the HACCP plan for our sous vide program; passed 3 consecutive health inspections with zero critical violations",
      "Trained 6 line cooks to work every station; 3 were promoted to lead line cook within a year",
      "Moved the kitchen to weekly inventory counts and par-level ordering, cutting food waste by 40% in six months",
    ],
  },
  topics: [
    // ---------------------------------------------------------------- skills
    {
      name: "Kitchen operations",
      match: [
        "kitchen operations",
        "operations",
        "prep list",
        "opening",
        "closing",
        "station setup",
        "mise en place",
        "equipment",
        "running the kitchen",
        "day-to-day",
      ],
      strong: [
        "At Copper Hen my day starts around one o'clock with a walk of the walk-in and the line, checking the closing cook's notes and the morning temperature logs. I build the prep list from par sheets for each station against the covers booked, so on a Saturday with 350 on the books the grill and sauté pars go up and the brunch pars come down. Every station has a laminated setup sheet with a photo of the lowboy and the rail, so whoever works it sets up the same way. At 4:15 we do a ten-minute pre-shift: 86'd items, specials, allergies on the book, VIPs and who's on which station. Closing is checklist-based too: the closer signs off labels, dates and temperatures, and I spot-check two stations a night. Equipment is part of operations: when our combi oven went down on a Friday last year, I had the service company's after-hours number on the office wall, we moved the braise to the tilt skillet and kept the whole menu on.",
        "Good kitchen operations means service is almost boring, because everything that could go wrong was dealt with at three in the afternoon. When I took over as sous chef at Copper Hen, there was nothing written down: prep lived in the previous sous chef's head, and on his days off the line ran out of things by eight. In my first month I wrote par levels for every station, a daily prep list template in Google Sheets that prints at noon, and opening and closing checklists. I also started a maintenance log, because the dish machine had failed twice in a month; we moved to a monthly service contract and a daily delime check, and it hasn't failed during service since. Within about two months we stopped running out of mise mid-service, and the kitchen ran to the same standard on my days off, which was the main thing the executive chef had asked me for.",
      ],
      vague: [
        "Kitchen operations is about keeping everything organized and running smoothly. I make sure prep is done, stations are set up properly and everyone knows what they need to do before service.",
        "I'm very organized and I like to have systems in place. A well-run kitchen needs good communication, clean stations and everyone following the same standards every day.",
      ],
    },
    {
      name: "Food safety and HACCP",
      match: [
        "food safety",
        "haccp",
        "critical control point",
        "temperature",
        "cooling",
        "sanitation",
        "cross-contamination",
        "servsafe",
        "hygiene",
        "time and temperature",
      ],
      strong: [
        "HACCP for me is practical: know where the hazards are in our menu, set the limits, and make the checks so easy that cooks actually do them. The biggest risk in most restaurants is cooling. At Copper Hen we make big batches of braised short rib and stock, so anything over a gallon is cooled in an ice bath or shallow hotel pans, then goes into the blast chiller and onto our cooling log: from 135 to 70°F within two hours, and to 41°F within six hours in total. If a batch misses the two-hour point, it's reheated to 165°F and cooled again, or thrown out, and that's written down. The other critical points I watch are hot holding at 135°F or above, cold holding at 41°F or below, and cooking temperatures for chicken and ground meat, which are probed and logged each service. Every cook has a thermometer that we calibrate in ice water every Monday. When I see blanks in a log, I talk to that cook the same night.",
        "At The Wexley a banquet cook left a hotel pan of cooked rice on the counter after a wedding prep, and it was found the next morning, ready to be used for fried rice at a conference lunch. Cooked rice left out is a classic Bacillus cereus risk, so I threw it out straight away. Then, instead of just blaming the cook, I looked at why it happened: the banquet prep area had no cooling log, and nobody owned the end-of-shift walk-through. I added a cooling log to banquets with the same two-hour and six-hour limits as the restaurant, made the closing cook sign it, and ran a fifteen-minute session on time and temperature control with the banquet team. We didn't have a repeat in the time I was there. I'm ServSafe Food Protection Manager certified, and I always explain the why, not just the rule, because cooks follow rules they understand.",
      ],
      vague: [
        "Food safety is the top priority in any kitchen. I make sure everyone follows proper procedures, keeps their stations clean and stores food at the right temperatures. I'm ServSafe certified and take it very seriously.",
        "HACCP is really important to keep guests safe. I make sure logs are filled in, food is labeled and dated, and the team understands the importance of hygiene and avoiding cross-contamination.",
      ],
    },
    {
      name: "Menu costing",
      match: [
        "menu costing",
        "plate cost",
        "recipe costing",
        "cost a dish",
        "food cost percentage",
        "pricing",
        "margin",
        "menu price",
        "profitability",
      ],
      strong: [
        "I cost every dish from a recipe card with yields built in, because the invoice price isn't the cost of what goes on the plate. Take our hanger steak at Copper Hen. We buy whole hanger at about $11.50 a pound, and after trimming the membrane and the center sinew the yield is about 78%, so the usable meat costs close to $14.75 a pound. An 8-ounce portion is $7.37; with the chimichurri, potatoes, greens, oil and salt the plate is about $9.40. At our 28% target that means a menu price of about $34, which is where we set it. All our recipes are in MarketMan, which pulls invoice prices, so when beef went up last year I could see within a week which dishes had drifted over 32% and decide whether to re-price, re-portion or change the garnish. I also look at the menu mix: a cheap dish that doesn't sell doesn't help, so I look at contribution margin in dollars, not just the percentage.",
        "When I cost a special, I start with what the guest should pay and work backwards. Last fall I wanted a halibut special. At $28 a pound for fillet, a 6-ounce portion alone was $10.50, and at a 30% target the plate would have needed to be $42, which was too high for our room. So I changed the plan: we bought whole halibut and broke it down ourselves, which brought the fillet down to about $22 a pound after yield, used the collars for a bar snack, and built the plate around a celery root purée and mussels, which are cheap and look generous. The final plate cost was about $10.90, and we sold it at $38, which is 28.7%. We sold 160 portions in two weeks. I always include the costs people forget: bread and butter, fry oil, and the garnish nobody remembers to put on the recipe card.",
      ],
      vague: [
        "Menu costing is really important for a restaurant's profitability. I make sure every dish is costed properly, and I keep an eye on food cost so we stay within budget while still giving guests great value.",
        "I'm comfortable with food costing. I look at the price of ingredients, portion sizes and menu prices to make sure the dishes are profitable, and I adjust when prices change.",
      ],
    },
    {
      name: "Inventory and ordering",
      match: [
        "inventory",
        "ordering",
        "place orders",
        "suppliers",
        "vendors",
        "stock",
        "purchasing",
        "receiving",
        "deliveries",
        "forecast",
      ],
      strong: [
        "At Copper Hen I order from a broadline distributor for dry goods and dairy, a local produce company, a meat purveyor and a fish supplier. Produce and fish I order daily for next-day delivery, meat three times a week and dry goods once a week. Orders come from par sheets: each par is based on the forecast covers until the next delivery plus a small buffer, and I count what's on hand before I order at ten at night. Receiving matters just as much: whoever receives checks every item against the invoice, weighs proteins, takes the temperature of chilled and frozen goods, and rejects anything out of spec with a credit memo. Last year our fish supplier was shorting us by about 5% on salmon, and we only caught it because we weigh every case. I showed the rep three weeks of receiving logs, we got several hundred dollars in credits and it stopped. We do a full inventory every Sunday night in MarketMan, which gives us the actual food cost for the week.",
        "Ordering well is about forecasting and relationships. At Copper Hen I look at the bookings in OpenTable, the same week last year, the weather and anything happening nearby, like a Cubs game or a convention, and I adjust pars for the next two days. I keep a second supplier for key items, because when our produce company couldn't get limes during a shortage, the backup vendor could. I negotiate too: I moved our fry oil and dry goods onto one broadline contract with a price agreement, which saves us around $600 a month. I keep the storeroom and the walk-in organized first in, first out, with day dots and labels, and shelved in the same order as the count sheet, so the count is fast and accurate: a full Sunday count takes two of us about ninety minutes. That accuracy is what makes the weekly food cost number something the owners can trust.",
      ],
      vague: [
        "Inventory and ordering are very important for controlling costs. I keep track of stock levels, order what we need and make sure deliveries are checked properly.",
        "I have good relationships with suppliers and I try to order efficiently so we don't run out of anything or over-order. Keeping the storage areas organized makes a big difference.",
      ],
    },
    {
      name: "Brigade leadership",
      match: [
        "brigade",
        "lead the kitchen",
        "leading cooks",
        "kitchen team",
        "manage cooks",
        "leadership style",
        "morale",
        "kitchen culture",
        "retain cooks",
        "motivate",
      ],
      strong: [
        "I lead a brigade of about twenty at Copper Hen, including cooks, prep and dish, and my style is to be on the line with them, hold a clear standard and be fair. When I started, turnover was high and the kitchen still had a shouting culture from a previous chef. I changed a few concrete things. A ten-minute pre-shift every day, where I give the plan and ask for problems. Feedback in private, never in front of the line, unless it's urgent, like a safety issue. A clear path, so every cook knows what they have to show to move from prep to the line or from one station to the next. And I work every station myself, including dish when we're slammed, so nobody thinks a job is beneath them. In my first year we lost four cooks; the year before I started, the restaurant lost eleven. And the standard doesn't move: if a plate isn't right, it doesn't go, no matter who made it.",
        "Leading a brigade means dealing with people problems fast. Last year my grill and sauté cooks at Copper Hen had a running feud that was making service tense: snide comments, not calling back tickets. I took them off the line one afternoon and talked to each of them separately, then together. It came down to grill feeling sauté was always late, so grill's proteins were dying in the window. I changed the fire timing so sauté got the call two minutes earlier on dishes that paired with the grill, and I made it clear that any more personal comments on the line would mean a write-up. I checked in with both after a week. The timing fixed the real problem, and now they cover each other's stations. I've found that a lot of kitchen conflict is really a system problem, and part of the chef's job is to find it before it turns personal.",
      ],
      vague: [
        "I believe in leading by example. I work hard, respect my team and try to create a positive environment where everyone feels supported and motivated to do their best.",
        "A good kitchen leader is fair, consistent and communicates clearly. I try to keep morale high, especially during busy periods, and make sure everyone works as one team.",
      ],
    },
    {
      name: "Service under pressure",
      match: [
        "service",
        "under pressure",
        "busy service",
        "rush",
        "in the weeds",
        "expediting",
        "the pass",
        "slammed",
        "falling behind",
        "calm",
      ],
      strong: [
        "A Saturday in December at Copper Hen: 360 on the books, a 40-person private party at seven, and at 7:30 our sauté cook cut his hand badly and had to go to urgent care. I moved the junior sous from expo to sauté, took the pass myself, and asked the prep cook who was finishing up to cover garde manger while the garde manger cook helped on fry. Then I went to the front-of-house manager: we held new seatings for fifteen minutes and pushed the private party's main course back ten minutes, and servers told tables honestly there would be a short wait. On the pass I called tickets in sequence and kept the rail to what the line could handle, firing no more than four tables at a time on sauté. We comped a few desserts, but no plates came back, and our average ticket time that night was 19 minutes. The cook needed five stitches and was back on Tuesday.",
        "When the line goes into the weeds, my first job is to stay calm and loud enough to be heard, because the cooks take their tempo from whoever is on the pass. I call tickets clearly, get a call-back from every station, and I read the rail as a whole, not just the next ticket. If one station falls behind, I jump in or send help to that station specifically, for example the junior sous plating on garde manger, rather than telling everyone to go faster. I'll also ask the floor manager to slow the seating for ten minutes, which is much better than forty tables landing on a broken kitchen at once. After service we take five minutes on what broke. Most of the time it's prep, not people: not enough portioned proteins or sauce, so we raise the par for the next service. That habit is a big part of how we got our Saturday ticket times down at Copper Hen.",
      ],
      vague: [
        "I work well under pressure. During a busy service I stay calm, focus on the tickets and communicate clearly with the team so we keep the food going out at a high standard.",
        "Busy services are part of the job and I actually enjoy the adrenaline. The key is to stay organized, keep communicating and support any station that's falling behind.",
      ],
    },
    {
      name: "Training cooks",
      match: [
        "training",
        "train",
        "teach",
        "new cooks",
        "onboarding",
        "recipe cards",
        "standards",
        "new hire",
        "knife skills",
      ],
      strong: [
        "New cooks at Copper Hen train on a station for three shifts before they work it alone. Day one they shadow the station cook and do the prep from the recipe cards, which all have photos of the finished plate. Day two they work the station with the trainer beside them. Day three they run it and the trainer steps back. Before I sign them off, they do a plating test: every dish on the station, checked against the spec for temperature, seasoning and portion weight. The recipe book lives in a shared Google Drive with photos and short videos, so a cook can check it on their phone mid-prep. I also teach the why: why we rest the steak, why the beurre blanc breaks if it gets too hot. New cooks used to take about three weeks to be comfortable on a station; now it's closer to one. I've trained around fifteen new cooks this way at Copper Hen.",
        "The best training I ever had was from the chef de cuisine at Bramble Bistro, who taught me the grill by cooking next to me and then letting me make mistakes with a safety net. I try to do the same. Last spring I trained a new prep cook at Copper Hen who had never worked in a restaurant. We started with knife skills: the first hour was a case of onions, dicing and slicing, with me showing him how to curl his fingers and keep his knife sharp. I gave him one new skill a week, stocks, then vinaigrettes, then breaking down chickens, and I checked his work every shift. After four months he was working the line at brunch, and today he's our garde manger cook. Good training is patient, clear and consistent: the same recipe card, the same standard, and feedback every day rather than saving it for a review.",
      ],
      vague: [
        "I really enjoy training new cooks. I believe in showing them the right way to do things, being patient and giving them clear feedback so they can build their skills and confidence.",
        "Training is a big part of being a sous chef. I make sure new team members understand the recipes, the standards and the way we work, and I'm always available to answer questions.",
      ],
    },
    // ---------------------------------------------------------------- requirements
    {
      name: "High-volume kitchen experience",
      match: [
        "high-volume",
        "high volume",
        "your experience",
        "your background",
        "sous chef experience",
        "covers",
        "years in kitchens",
        "career so far",
        "kitchens you've worked",
      ],
      strong: [
        "I've been in professional kitchens since 2013, starting as a prep cook at Fresh Fork Catering in Milwaukee while I was at culinary school. Then Bramble Bistro, a French-inspired bistro, where I started on sauté and garde manger and was promoted to chef de partie on the grill. I moved to Chicago as junior sous chef at The Wexley Hotel, which was high volume in a different way: the Alder Room restaurant plus banquets for weddings and conferences, sometimes 600 plates on a Saturday. Since March 2021 I've been sous chef at Copper Hen Kitchen & Bar, a busy neighborhood restaurant where a Saturday is 350 to 380 covers and weekend brunch is another 250. So I've done both sides: the speed and consistency of high-volume service, and the management side of food cost, ordering, scheduling and inspections. I'm ready for a bigger kitchen with a more ambitious menu, and Ember & Rye is exactly that.",
        "What high-volume kitchens taught me is that consistency at cover 350 is a system, not talent. At Copper Hen a Saturday is around 350 covers in about five hours off an 18-dish menu, and that only works with deep prep, tight station setup and an expo who controls the pace. Moving up from junior sous at The Wexley to sous chef at Copper Hen in 2021, the biggest change was owning the numbers. At the hotel, food cost and labor sat with the executive chef and the food and beverage director. At Copper Hen I cost the menu, write the schedule and place the orders, and the executive chef reviews my food cost and labor with me every week. Since I started, we've cut food cost from 34% to 29% and brought Saturday ticket times down from 24 to 15 minutes, so I'm used to being measured on results, which I know your bonus structure does as well.",
      ],
      vague: [
        "I have several years of experience in busy kitchens and I'm comfortable with high-volume service. I've worked my way up from prep cook to sous chef, so I understand every part of the kitchen.",
        "I've worked in a variety of kitchens, including a hotel and a busy restaurant. I think this experience has prepared me well for a sous chef role in a high-volume restaurant like yours.",
      ],
    },
    {
      name: "Butchery and fish fabrication",
      match: [
        "butchery",
        "butcher",
        "fish",
        "fabrication",
        "break down",
        "whole animal",
        "seafood",
        "fillet",
        "primal",
        "yield",
      ],
      strong: [
        "At The Wexley I did most of the butchery for the restaurant and banquets. We brought in whole pigs from a farm in Indiana every two weeks, around 200 pounds hanging weight, and I broke them down into primals: shoulder for braising and sausage, loin for chops, belly for curing, legs for banquet roasts, and bones for stock. Planning a use for every part was the point, because that's where the savings were: we worked out that the whole pig cost us about 30% less per usable pound than buying the cuts. I taught two of the line cooks to break down the loin and shoulder. At Copper Hen we buy beef as sub-primals, and I cut strip loins into steaks, weighing each one to 12 ounces plus or minus a quarter ounce, with the trim going into our burger blend. I track the yield on every case on a sheet, so if a supplier's trim gets worse we see it in the numbers, not just on the board.",
        "For fish, I can break down anything from salmon and halibut to round fish like branzino and flatfish like fluke. At Copper Hen we buy whole halibut in season. I remove the head and collars, take four fillets off the frame, skin them and portion into 6-ounce pieces, weighing each one. The collars go to a bar snack and the frames to a fumet, so our usable yield is much better than the 45 or 50% you get counting only the fillets. I check freshness at receiving: clear eyes, red gills, firm flesh and a clean sea smell, and I send back anything that isn't right. Whole fish goes on ice in perforated pans in the walk-in so it drains. I also know the raw bar side: I shuck oysters, and I'm strict about shellstock tags, which we keep for 90 days after the last shellfish from the bag is served, filed by date.",
      ],
      vague: [
        "I'm very comfortable with butchery and fish fabrication. I've broken down a lot of proteins in my career and I always try to get the best yield while keeping the quality high.",
        "Butchery is a skill I really enjoy. Using the whole animal is important for both cost and sustainability, and I like teaching the team these skills as well.",
      ],
    },
    {
      name: "Menu development and specials",
      match: [
        "menu development",
        "specials",
        "seasonal menu",
        "new dish",
        "creativity",
        "develop a dish",
        "recipe development",
        "tasting",
        "seasonal",
        "flavors",
      ],
      strong: [
        "At Copper Hen the executive chef and I change about a quarter of the menu each season, and I run two specials a week. My process starts with what's in season and what we already have, so a special often uses trim or something we over-ordered. Last spring I developed a ricotta gnocchi with ramp pesto, morels and brown butter. I made it three times over a week, costed it in MarketMan at 27% on a $29 price, then did a tasting for the chef and two servers, who said it was a little rich, so I added lemon and pickled ramps. Before it went on, I wrote the recipe card with photos and trained the sauté cook on it. We sold 210 in the three weeks morels were available, and it came back as a menu item the next spring. I always design with the line in mind: a new dish has to be plated in under two minutes at the station it lives on.",
        "I think the best specials solve a problem for the kitchen and give the guest something exciting. At Bramble Bistro, where I first developed specials with the chef de cuisine, I learned to build a dish around one ingredient or technique and keep the rest simple. I used that at Copper Hen when we started breaking down strip loins in-house and had a lot of beef trim. I developed a braised beef ragù with pappardelle, using the trim and some chuck, and it became our Tuesday special at $24 with a 24% plate cost. For seasonal menu changes, I draft ideas with the chef from our farm supplier's availability list, then we test them over two weeks as staff meals, so the whole team tastes the dishes before guests do and the servers can talk about them properly on day one.",
      ],
      vague: [
        "I love developing new dishes. I get inspired by seasonal ingredients and different cuisines, and I always make sure my specials are creative, balanced and fit the style of the restaurant.",
        "Menu development is one of my favorite parts of the job. I like working with the chef to come up with fresh ideas and making sure new dishes are practical for the line.",
      ],
    },
    {
      name: "Scheduling and labor cost",
      match: [
        "schedule",
        "scheduling",
        "labor",
        "labor cost",
        "staffing",
        "overtime",
        "shifts",
        "labor budget",
        "hours",
        "call-outs",
      ],
      strong: [
        "I write the weekly cook schedule at Copper Hen in 7shifts, and I'm held to a labor budget of about 14% of food sales for back-of-house hourly staff. I build the schedule from the forecast: covers by day and daypart from last year and this year's bookings. A Tuesday with 150 covers runs with five on the line; a Saturday with 350 runs with eight plus expo. I stagger starts, so prep cooks come in at nine, the first line cooks at two and the closers at four, instead of everyone at two. I watch overtime closely: 7shifts flags anyone heading over 40 hours, and I swap shifts before it happens. When I started, we were paying around 60 hours of overtime a week; after three months it was under 15, and labor went from 16.5% to 14.2%. I also post the schedule two weeks out, because cooks have lives, and that's part of why people stay.",
        "Scheduling is a balance between the budget, the business and the people. At Copper Hen, when business dropped in January, our labor jumped to 18%. Rather than cutting everyone's hours, I looked at the sales and ticket data by hour in Toast and saw that between two and four, after brunch and before dinner, we had three cooks doing prep that two could handle. I combined two prep shifts, cut the Monday lunch line to one cook, and on quiet nights I did a cover check at 7:30 and sent one cook home early, offering it first to whoever wanted it. Nobody lost their job, and January labor came back to 15%. I also keep a cross-trained bench, so when someone calls out I have cooks who can work two or three stations, and I don't have to call someone in on overtime.",
      ],
      vague: [
        "I'm experienced with scheduling and I understand the importance of controlling labor costs. I try to make sure we have the right number of people on each shift without overstaffing.",
        "Scheduling is about balancing the needs of the business with the team. I try to be fair with hours and plan ahead so everyone knows their shifts in good time.",
      ],
    },
    {
      name: "Allergen management",
      match: [
        "allergen",
        "allergy",
        "allergies",
        "gluten",
        "nut",
        "dietary",
        "celiac",
        "cross-contact",
        "dietary restrictions",
        "anaphylaxis",
      ],
      strong: [
        "Our allergy procedure at Copper Hen starts with the server: every allergy goes on the ticket with a red modifier in Toast, and the server also tells expo in person. On the pass, I or the junior sous read it out, and one named cook makes that plate start to finish, on a clean board with clean tongs and pans. We have a dedicated fryer for gluten-free items, and I check before service that nothing breaded has gone into it. We keep an allergen matrix for every dish, covering the major allergens including sesame, and it's updated whenever a recipe or a supplier product changes. That mattered last year when our bread supplier changed their recipe and added sesame: I caught it because I check spec sheets whenever a product changes. The allergy plate is carried out separately by the server who took the order, never run with the rest of the table, so it can't be mixed up.",
        "At a wedding at The Wexley, one guest had a severe tree nut allergy, and the banquet dessert was a pistachio cake. We'd been told in advance, so I made her a separate dessert the day before in a cleaned area, labeled with her name and stored on its own shelf. On the night, the banquet captain told me two more guests had nut allergies they'd only told the planner that day. I stopped dessert for their tables, checked every component for cross-contact, including the praline garnish and the plating station, and made two more plates from the same nut-free recipe on a cleaned surface with fresh utensils. I walked the plates out with the captain and confirmed each guest by name. Afterwards I changed our banquet event order template to require allergies by guest name and table 72 hours before every event, and we didn't have another late surprise while I was there.",
      ],
      vague: [
        "Allergens are taken very seriously in my kitchen. I make sure the team knows which dishes contain which allergens and that we avoid cross-contact when preparing food for guests with allergies.",
        "I'm trained in allergen awareness and I think clear communication between the front and back of house is key. Every allergy ticket should be handled carefully from start to finish.",
      ],
    },
    // ---------------------------------------------------------------- CV claims
    {
      name: "Cutting food cost from 34% to 29%",
      claim:
        "Cut food cost from 34% to 29% in nine months by re-costing every plate and tightening portion specs",
      match: [
        "food cost",
        "cut food cost",
        "reduce food cost",
        "34%",
        "29%",
        "re-costing",
        "portion specs",
        "portioning",
        "portion control",
      ],
      strong: [
        "When I started as sous chef at Copper Hen in March 2021, food cost was 34%, and the owners wanted it under 30% without big price increases. First I re-costed every plate from scratch in MarketMan with current invoice prices and real yields, because the old costings were two years out of date. That showed six dishes over 35%, including the burger and the short rib. Then I looked at portions: I weighed a week of plates off the line and found fries and proteins were consistently heavy, by 10 to 15%. So I wrote portion specs for every dish, put scales on every station and portion cups for sauces, and we pre-portioned proteins during prep. I renegotiated beef with our purveyor, started breaking down strip loins ourselves, and raised three prices by one or two dollars. Over nine months food cost came down to 29%, measured by our weekly inventory, and our guest reviews didn't change.",
        "The biggest part of going from 34% to 29% was portion control, which sounds boring but is where the money goes. Our fries were going out at around 7 ounces instead of 5 on about 300 plates a day, which alone was costing thousands of dollars a year, and the short rib was going out at 10 ounces instead of 8. I wrote a portion spec sheet for every dish with a photo, put a scale on every station, and for a month the junior sous or I spot-weighed five plates every service and posted the results. The cooks didn't love it at first, so I walked them through the numbers at pre-shift, and once they saw what two extra ounces cost over a year, they got it. Together with re-costing every plate with real yields and adjusting three prices, we hit 29% after nine months, and we've stayed between 28 and 30% since.",
      ],
      vague: [
        "I worked hard on reducing food cost at my restaurant. By looking closely at our recipes, portions and suppliers, we were able to bring the cost down significantly while keeping our quality.",
        "Food cost is something I watch very carefully. I believe small changes add up, and with good systems and a committed team we managed to make a big improvement.",
      ],
      contradicting: [
        "When I started at Copper Hen, food cost was running at about 38%. I re-costed every plate and tightened our portion specs, and it took well over a year, but we got it down to around 33%. That was a big improvement for us, even though we're still a little above where the owners want it.",
        "Our executive chef at Copper Hen led a food cost project after the owners said the numbers were too high. He re-costed all the plates and wrote the portion specs, and my role was to make sure the line followed them during service by spot-checking portions. Food cost went from 34% to 29% in about nine months.",
      ],
    },
    {
      name: "Cutting Saturday ticket times",
      claim:
        "Brought average ticket times on Saturday nights down from 24 to 15 minutes after reorganizing stations and the expo system",
      match: [
        "ticket times",
        "ticket time",
        "expo",
        "reorganizing stations",
        "saturday",
        "speed of service",
        "kitchen display",
        "kds",
        "station layout",
        "wait times",
      ],
      strong: [
        "On Saturdays at Copper Hen our average ticket time was 24 minutes, and guests were complaining online about the wait. I pulled the data from our Toast KDS, which timestamps every ticket by station, and found the bottleneck was sauté: it had ten dishes, including most of the pastas, while the grill had five. So I moved two dishes to the grill and one to garde manger to balance the load. Then I changed expo: servers had been grabbing plates whenever they passed, so tables went out in pieces. I made expo a dedicated position on Fridays and Saturdays with a food runner, and we started firing by course using the KDS coursing feature, so every station got the fire call at the same moment. I also rebuilt the sauté lowboy so the mise for the best-selling dishes was closest to the cook. Within two months the Saturday average was 15 minutes, and complaints about waits in our reviews mostly stopped.",
        "It came down to three changes, and I measured each one. First, station balance: the KDS showed sauté was handling almost 40% of all items, so I moved dishes around until no station had more than about a quarter of the volume. Second, expo: I ran expo myself on Saturdays for the first month and trained the junior sous to do it the same way, so plates were called, checked and picked up in order instead of whenever a server walked by. Third, prep: the sauté cook was portioning pasta during service, so we moved all portioning into afternoon prep. The average ticket time went from 24 to 15 minutes on Saturdays. Faster tickets meant faster table turns, and the front-of-house manager was able to add a 9:45 seating, which is roughly 30 more covers a night.",
      ],
      vague: [
        "We worked on speeding up our service, and the ticket times improved a lot. Good communication, organized stations and a strong expo are the keys to a fast, smooth service.",
        "I made some changes to how the kitchen runs during service, and we became much faster. The team adapted really well, and guests noticed the difference.",
      ],
      contradicting: [
        "Saturday ticket times at Copper Hen were around 30 minutes when I started. After I reorganized the stations and put a dedicated expo on the pass, we got them down to about 22 minutes. It's still not where I'd like it to be, but it was a real improvement.",
        "Our general manager brought in a restaurant consultant to fix our Saturday ticket times. She analyzed the KDS data, reorganized the stations and redesigned the expo system, and I made sure the cooks followed the new setup during service. The average went from 24 to 15 minutes, and it taught me a lot about using data in a kitchen.",
      ],
    },
    {
      name: "Sous vide HACCP plan and health inspections",
      claim:
        "Wrote the HACCP plan for our sous vide program; passed 3 consecutive health inspections with zero critical violations",
      match: [
        "sous vide",
        "haccp plan",
        "health inspection",
        "health inspections",
        "inspection",
        "critical violations",
        "inspector",
        "reduced oxygen packaging",
      ],
      strong: [
        "We wanted to cook short rib and chicken thighs sous vide at Copper Hen, and vacuum-packing food counts as reduced oxygen packaging, which requires a HACCP plan that the health department reviews. I wrote ours over about three weeks. I mapped every step, from receiving through vacuum sealing, cooking, chilling, storage and reheating, and identified the critical control points: cooking time and temperature, rapid chilling in an ice bath to 41°F, and cold storage at 41°F or below with a 72-hour use-by. For each one I set the critical limit, the monitoring, who does it, the corrective action and the record. I trained the four cooks who use the circulators, and every bag gets a label and a line on the time and temperature log. The plan was accepted the first time, and since then we've passed three health inspections in a row with zero critical violations; at the last one the inspector asked for the sous vide logs and had no comments.",
        "The three inspections with zero critical violations came from treating every day as inspection day, not from preparing for one. Every week I do a self-inspection using the same checklist the city inspectors use: hand sinks stocked and clear, hot and cold holding temperatures, labels and dates, chemical storage, the dish machine's sanitizer concentration and the pest control records. I rotate which cook walks it with me, so the team learns to see the kitchen the way an inspector does. For the sous vide program, which has its own HACCP plan that I wrote, I check the logs every day, because that's the first thing an inspector asks for. When something's wrong we fix it and write down the corrective action, which shows the system works. At our last inspection the only note was a minor one, a cracked floor tile, which we had replaced that week.",
      ],
      vague: [
        "I've always had good results in health inspections. I make sure the kitchen follows HACCP procedures every day and that all our logs and records are up to date.",
        "Food safety is a big part of my role, and I've written procedures to keep our processes safe. I believe if you do things right every day, inspections take care of themselves.",
      ],
      contradicting: [
        "I wrote the HACCP plan for our sous vide program at Copper Hen. Our inspections have generally gone well, although over the last few years we've had a couple of critical violations, one for cold holding temperature and one for a blocked hand sink. We fixed both the same day and passed the re-inspections.",
        "Our executive chef wrote the HACCP plan for the sous vide program at Copper Hen, with help from a food safety consultant. My part was to follow it during prep and make sure the cooks filled in the logs. We've passed three inspections in a row with no critical violations, which I'm proud of as part of the team.",
      ],
    },
    {
      name: "Cross-training line cooks at The Wexley",
      claim:
        "Trained 6 line cooks to work every station; 3 were promoted to lead line cook within a year",
      match: [
        "cross-training",
        "cross-train",
        "every station",
        "promoted",
        "lead line cook",
        "develop cooks",
        "career development",
        "grow your cooks",
      ],
      strong: [
        "At The Wexley the restaurant and banquets pulled cooks in different directions, and when someone called out, nobody else could cover grill or sauté. I proposed a cross-training program to the executive chef. I picked six line cooks who wanted to grow and built a matrix with every station on one side and every cook on the other, with three levels: trained, competent, and able to train others. Each cook moved station every four weeks, taught by whoever was strongest there, and I signed them off with a practical test: a full set of tickets for that station at service speed. It took about nine months for all six to be signed off on every station. The benefits were immediate: no more cancelled days off, and when banquets needed hands we could move people. Within a year, three of the six were promoted to lead line cook, and one of them is now a sous chef at another hotel.",
        "The six cooks I trained at The Wexley all started as specialists, good on one station. My approach was to teach the station, not just the recipes: the setup, the timing and the flow. I'd work beside each cook for two or three shifts on a new station, then step back and coach from the pass. I kept a training board in the office showing everyone's progress, which turned into friendly competition. The executive chef agreed that being signed off on every station would be a condition for promotion to lead line cook, which gave the program real purpose. Three of the six got that promotion within a year. The hardest part was patience: cooks get frustrated going from the best on grill to the slowest on sauté, so I made sure each of them spent some shifts back on their strong station, where they could feel good again.",
      ],
      vague: [
        "I've always put a lot of energy into developing cooks. I trained several cooks across different stations, and it was great to see them grow and get promoted.",
        "Cross-training is very valuable in a kitchen. It makes the team more flexible and gives cooks opportunities to grow, and I've seen how much it helps people's careers.",
      ],
      contradicting: [
        "At The Wexley I trained two line cooks to work most of the stations, mainly grill and sauté. One of them was later promoted to lead line cook, and the other moved on to a different restaurant. It was good experience for me in training people.",
        "The executive chef at The Wexley ran a cross-training program for six of our line cooks, and I helped by training them on the grill when they rotated onto it. He designed the rotation and did the sign-offs himself. Three of them were promoted to lead line cook within a year.",
      ],
    },
    {
      name: "Weekly inventory and par-level ordering",
      claim:
        "Moved the kitchen to weekly inventory counts and par-level ordering, cutting food waste by 40% in six months",
      match: [
        "food waste",
        "waste",
        "par-level",
        "par levels",
        "weekly inventory",
        "inventory counts",
        "waste log",
        "over-ordering",
        "40%",
      ],
      strong: [
        "When I joined The Wexley as junior sous, inventory was counted monthly and ordering was done by feel. We were throwing away a lot, especially produce and dairy, and banquets over-ordered for every event. I started a waste log: everything thrown away was weighed and written down with the reason. After two weeks the main causes were clear: over-ordered produce, and prepped items like sauces made in batches far bigger than demand. So I moved us to weekly counts every Sunday night, set a par level for each item based on the last four weeks' usage and the covers forecast, and ordered to par instead of by feel. I set prep pars per station too, so we made what we needed for two days, not a week. The weight in the waste log was down 40% after six months, and the executive chef then rolled the same system out in the banquet kitchen.",
        "The 40% cut in waste at The Wexley came from two tools: par levels and a waste log. The waste log was the one cooks pushed back on, because nobody likes writing down what they throw away. I made it quick, a clipboard and a scale next to the bin with columns for item, weight and reason, and I shared the weekly total at pre-shift, not to blame anyone but to show where the money was going. The pars came from the weekly counts: I built a spreadsheet with usage per item per week and calculated a par for each delivery day. In the first month we found we were ordering twice as much heavy cream as we used. Six months in, the weekly waste weight was 40% lower than in the first month, and our food cost was down by about a point and a half.",
      ],
      vague: [
        "Reducing waste is important for both cost and sustainability. I put better systems in place for inventory and ordering, and we saw a big improvement in how much we were throwing away.",
        "I think good inventory management is essential in any kitchen. By keeping track of what we use and ordering carefully, we were able to waste much less food.",
      ],
      contradicting: [
        "At The Wexley I moved us from monthly to weekly inventory counts and set par levels for ordering. It took a while for everyone to adjust, but over about a year we cut food waste by around 15%, which was a good start.",
        "Our executive chef at The Wexley moved the kitchen to weekly inventory and par-level ordering after the food and beverage director flagged our waste. He set up the system and the pars, and I did the Sunday counts with him and helped keep the waste log. Waste went down by about 40% in six months.",
      ],
    },
    // ---------------------------------------------------------------- general
    {
      name: "Conflict with a colleague",
      match: [
        "conflict",
        "disagreement",
        "disagree",
        "argument",
        "clash",
        "tension",
        "difficult colleague",
        "falling out",
      ],
      strong: [
        "The most common conflict in a restaurant is between the kitchen and the floor, and I had a real one at Copper Hen with our general manager. She had started letting servers accept any modification on any dish, so on a Saturday we'd get tickets like 'steak no sauce, sub salad for fries, add egg', which slowed the line badly. I was frustrated, but I asked her for a meeting on the Monday instead of arguing during service. I brought the KDS data: modified tickets took four minutes longer on average, and on a busy Saturday almost a third of tickets had modifications. She explained her side: guests had complained online that we were inflexible, and she was right that we'd been rigid. We agreed a list of standard modifications for each dish, built into Toast as buttons so the kitchen knew them in advance, and anything else had to go through expo. Complaints didn't go up, and modifications stopped slowing us down.",
        "At The Wexley I had a disagreement with the banquet chef about sharing cooks. Banquets kept pulling my restaurant cooks at the last minute, leaving the Alder Room line short. I could have gone straight to the executive chef, but I went to the banquet chef first. I asked what his week looked like and found that he only got final guest counts 48 hours before an event, so he couldn't plan. We agreed that I'd give him two named cooks every week, scheduled in advance, and that I'd only lend more if he asked by Wednesday. He agreed to share banquet event orders with me as soon as he got them. It wasn't perfect, but the last-minute pulls mostly stopped, and the two of us worked much better together after that, to the point where he sent me a cook when I got a surprise 25-top.",
      ],
      vague: [
        "Conflict happens in busy kitchens, and I think the key is to stay calm and deal with it professionally. I talk to the person privately and try to understand their side so we can move forward.",
        "I try to resolve disagreements quickly, because tension affects the whole team and eventually the food. Open communication and respect go a long way in a kitchen.",
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
        "In my first month as sous chef at Copper Hen, I placed the orders for a holiday weekend and forgot that our fish supplier doesn't deliver on Mondays. We had a big Sunday, and on Monday night we ran out of salmon and halibut by 7:30 and had to 86 two of our best-selling dishes. The servers had a rough night. I owned it with the chef and the front-of-house team; I didn't blame the supplier, because it was my order. The next day I built a delivery calendar for every vendor, with order cut-off times and holiday schedules, and put it on the office wall and in our shared drive. I also added a rule that before any long weekend, the junior sous and I check the orders against the calendar together. We haven't run out of a main protein because of an ordering mistake since.",
        "Early on at Bramble Bistro I was on the grill during a busy service, rushing, and I pulled a steak I hadn't probed. It went out medium instead of the medium-rare the guest ordered. He sent it back, fair enough, but the bigger mistake was that I rushed the refire too, and that one came back under. The table waited 25 minutes for a steak. The chef de cuisine didn't shout; he asked me what happened, then showed me how to run the grill with a system: markers for each ticket, touch plus a probe on every steak, and resting time built into the timing. I learned that when you're behind, slowing down for ten seconds saves you ten minutes. I still teach my grill cooks the same thing: probe every steak, and if you're in the weeds, call for help instead of rushing.",
      ],
      vague: [
        "I've made mistakes like everyone in a kitchen. When it happens, I own it, fix it as quickly as possible and make sure it doesn't happen again. That's how you grow as a chef.",
        "Mistakes are part of learning. I think it's important to be honest about them and to use them as a chance to improve the systems in the kitchen.",
      ],
    },
    {
      name: "Prioritizing under pressure",
      match: [
        "priorities",
        "prioritize",
        "prioritise",
        "juggle",
        "competing",
        "time management",
        "deadlines",
        "multiple tasks",
        "stress",
        "overwhelmed",
      ],
      strong: [
        "I prioritize in a simple order: safety first, then service, then the money, then everything else. One Friday at Copper Hen, at three in the afternoon, the walk-in started reading 46°F, the produce delivery was late, we had a 30-top at six, and the schedule was due. The walk-in came first: I moved high-risk proteins and dairy into the reach-ins and the bar cooler, took and logged the temperatures of what was inside, and called our refrigeration company. Then I delegated: the junior sous ran the prep list, and I sent a cook to a cash-and-carry for what we needed from the late delivery. The schedule waited until Saturday morning. The walk-in had a failed fan motor and was fixed by seven. Nothing had been above 41°F long enough to be at risk, so we didn't lose any product, and service went out on time.",
        "My priorities in the kitchen are set by time, not by whatever is loudest. Before service I sort everything into what has to be done by five, what can happen during service, and what can wait. Menu changes at Copper Hen are the hardest weeks: the tasting, recipe cards, training and new orders all land in the same week as normal service. I write the week on the office whiteboard with every task, an owner and a deadline, and I give the junior sous a whole area, like the recipe cards, so I'm not the bottleneck. During service the only priority is the food going out; admin waits until after close. At our last menu change every new dish was on the line on launch day, and every cook had been trained on their dishes at least a day before.",
      ],
      vague: [
        "I'm used to working under pressure in kitchens. I prioritize by what's most urgent, stay organized and delegate when needed so that everything gets done on time.",
        "Time management is very important in a kitchen. I make lists, plan ahead and focus on what matters most, so the guests and the service are never affected.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "review",
        "critique",
        "received feedback",
        "give feedback",
        "performance conversation",
      ],
      strong: [
        "Six months into the sous chef job at Copper Hen, the executive chef told me in my review that I was doing too much myself: I was on the line every night, and the junior sous and the cooks weren't growing because I never let them run anything. It stung, because I thought being on the line was my job. But he was right: when I took a day off, things slipped. So I started giving the junior sous the pass on Tuesdays and Wednesdays, and later one Saturday a month, and I stood behind him instead of taking over. I also started writing down procedures I'd been doing from memory. Three months later he ran a Saturday on his own when I was out sick, and the ticket times were normal. That feedback made me a better manager, and now I give the same push to anyone I see holding on too tight.",
        "When I give feedback to cooks, I keep it immediate, specific and private. If a plate is wrong during service, I say so in the moment, briefly: 'Too much sauce, re-plate.' Anything bigger waits until after service, away from the line. I had a talented grill cook at Copper Hen who kept leaving his station a mess at close, and the closing cook complained. I talked to him the next afternoon, told him exactly what I'd seen on two nights, why it mattered, because the next cook inherits the mess and it's a food safety risk, and asked what was going on. He was rushing to catch the last train. We moved his shift fifteen minutes earlier, and he closed properly from then on. I ask for feedback too: at one review a cook told me I was too quiet with praise, so now I make a point of saying it after a great service.",
      ],
      vague: [
        "I'm always open to feedback, because it helps me grow. When I receive criticism I listen, reflect and try to apply it. I also try to give feedback to my team in a constructive way.",
        "Feedback is important in the kitchen. I believe in being honest but respectful, and I like to recognize good work as well as point out what needs to improve.",
      ],
    },
    {
      name: "Teamwork with front and back of house",
      match: [
        "teamwork",
        "team player",
        "work with others",
        "collaborate",
        "working together",
        "front of house",
        "servers",
        "team effort",
      ],
      strong: [
        "A kitchen only works as a team, and for me that includes the front of house. At Copper Hen I set up a fifteen-minute meeting every Tuesday with the front-of-house manager, where we go through the week's bookings, private events, menu changes and guest complaints. I also do a tasting for the servers whenever a dish changes, so they can describe it properly. That paid off last summer with a 120-person buyout on a custom menu. Because the front-of-house manager and I had planned the timing together, with a plated first course and family-style mains, the kitchen and the servers were on the same clock, and the whole dinner went out in under two hours. The host booked another event for the holidays before she left. Inside the kitchen, I'll jump on dish or help a station when it's needed, because cooks notice when the sous chef does that.",
        "Teamwork in a kitchen is built in small moments. At The Wexley one night the banquet team was short-handed for a 400-person wedding, and the plating line was falling behind. The restaurant was quiet, so I took two of my cooks and we joined the banquet line for an hour. I took a spot on the line rather than trying to run it, because the banquet chef was in charge and two people calling plates would have made it worse. We helped plate the main course in about twenty minutes. A week later, when the restaurant got a surprise 25-top, the banquet chef sent us a cook for the night without me asking. That kind of give and take made both kitchens better, and it's the kind of relationship I try to build with every team around me.",
      ],
      vague: [
        "I'm a strong team player. I believe a kitchen runs best when everyone supports each other, communicates well and works towards the same goal every single service.",
        "Teamwork is essential in the kitchen. I'm always ready to help wherever I'm needed and I make sure the whole team, front and back of house, works well together.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn quickly",
        "learn something new",
        "new skill",
        "new technique",
        "new system",
        "adapt",
        "picked up",
        "unfamiliar",
      ],
      strong: [
        "When I moved from Bramble Bistro to The Wexley, I had never done banquet production. My first wedding there was 300 plated dinners, and I had no idea how you plate 300 steaks at once. I asked the banquet chef if I could shadow the next two events from start to finish, including the planning, and I read the banquet event orders to see how he worked out prep quantities. I picked up the system quickly: cooking proteins in the combi ovens to a core temperature, holding in hot boxes, and plating in an assembly line with one person per component. By the third event I was running the hot side of the plating line, and within a few months I was writing the production sheets for events of up to 400 guests. That's how I learn best: watch someone good, ask a lot of questions, then do it for real as soon as possible.",
        "At Copper Hen we moved from paper tickets to the Toast KDS, and I was responsible for setting it up for the kitchen, which I had never done. I watched Toast's training videos, called two chefs I know who use it, and spent a couple of evenings in the office building the station routing and course timing. Before going live, I ran a test on a quiet Monday with staff placing fake orders from their phones, which showed that desserts were routing to the wrong station and that brunch items needed their own prep times. We went live on a Tuesday, and within a week the cooks preferred it to paper. It also gave me the ticket time data by station that I later used to bring our Saturday ticket times down from 24 to 15 minutes.",
      ],
      vague: [
        "I'm a fast learner and I love learning new techniques. Kitchens are always changing, so I stay curious and try to pick up new skills from everyone I work with.",
        "I adapt quickly to new environments. Whenever I've had to learn something new, I've asked plenty of questions, practiced until I was comfortable and been open to feedback.",
      ],
    },
    {
      name: "Motivation for this role",
      match: [
        "motivation",
        "motivates",
        "why do you want",
        "why this restaurant",
        "why ember",
        "why cooking",
        "career goals",
        "next step",
        "join us",
      ],
      strong: [
        "I've been sous chef at Copper Hen for over three years, and I've done what I came to do: food cost is at 29%, ticket times are down, and the kitchen runs well on my days off. Now I want a bigger kitchen with a more ambitious menu, and Ember & Rye fits. The wood-fired grill and the raw bar are things I love, and the butchery and fish work I did at The Wexley would be used every day. I also like that you change a third of the menu each season; Copper Hen's menu changes much less, and I miss developing dishes. The bonus tied to food cost, labor and inspections tells me you measure your sous chef on the things I'm good at. And the path to chef de cuisine at the group's next opening is exactly where I want to be in two or three years.",
        "What keeps me cooking after more than ten years is the service itself: a full Saturday where the kitchen is loud, calm and on time, and every plate is right. I also love watching cooks grow; three of the cooks I trained at The Wexley became lead line cooks, and one is now a sous chef. I'm looking for a place where the food is serious and the kitchen is well run. I've eaten at Ember & Rye twice, sitting at the counter facing the open kitchen, and watching the grill station handle a full book on a Friday told me that's the level I want to work at. In the long run I want to run my own kitchen as chef de cuisine, and your group's growth gives me a real path to that, inside a company whose food I already respect.",
      ],
      vague: [
        "I've always been passionate about food and cooking. Your restaurant has a great reputation and I'd love to be part of such a talented team and keep growing as a chef.",
        "I'm looking for a new challenge where I can use my experience and continue learning. I believe this role is a great next step in my career.",
      ],
    },
    {
      name: "A difficult guest or stakeholder",
      match: [
        "difficult guest",
        "difficult customer",
        "complaint",
        "unhappy guest",
        "angry",
        "sent back",
        "upset",
        "demanding",
        "difficult client",
      ],
      strong: [
        "A guest at Copper Hen sent back a steak twice, saying it was overcooked, and then asked to see the chef. I checked the ticket and talked to the grill cook before going out: the first steak had been a good medium-rare, but the second was honestly a little over, because the cook had rushed the refire. At the table I didn't argue about the first steak. I apologized, asked him how he liked it, and he described it as 'red and warm all the way through', which is closer to rare. I cooked the third steak myself, cut the end in the kitchen to check it, and brought it out, then comped the steak and sent a dessert. He became a regular and asks for me by name. Afterwards I used it with the grill cooks: if a steak comes back, the refire has to be better, not faster.",
        "The most difficult stakeholder I've dealt with was a bride's mother at The Wexley who wanted to change the menu for a 250-guest wedding four days before the event, including adding a vegan main and swapping the fish. Saying no outright wasn't an option, but saying yes to everything would have put the event at risk. I met with her and the catering manager, listened to what mattered most, which was that several guests were vegan, and offered what we could guarantee: a vegan main built from ingredients already coming in, and keeping the original fish, since that order was placed and the fish was already on its way. I cooked her a tasting of the vegan dish the next day. She accepted, the wedding went smoothly, and she left a five-star review that mentioned the vegan dish by name.",
      ],
      vague: [
        "When a guest is unhappy, I always try to make it right. I listen to their concerns, apologize and make sure they leave happy, because every guest's experience matters.",
        "I stay calm and professional with difficult guests. I think it's important not to take it personally and to find a solution that works for everyone.",
      ],
    },
  ],
};
