import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "property-claims-adjuster",
  field: "insurance",
  job: {
    title: "Field Property Claims Adjuster",
    seniority: "mid",
    department: "Property Claims",
    location: "Austin, TX (home-based, Central Texas territory)",
    employment_type: "full_time",
    description:
      "Cedar Ridge Mutual is a regional property insurer writing homeowners and dwelling fire policies for more than 180,000 households in Texas and Oklahoma. Our claims team handles everything from a single burst pipe to a hailstorm that damages thousands of homes in an afternoon, and we are proud of our policyholder satisfaction scores and low complaint ratio.\n\nWe are hiring a Field Property Claims Adjuster for our Central Texas territory, working from home in the Austin area. You will own a caseload of residential property claims from first notice of loss to payment: water, fire, wind and hail, theft and other property losses.\n\nYou will contact policyholders promptly, inspect the damage, including roofs, investigate cause and origin and take recorded statements where needed. You will analyze coverage under our HO-3 and DP-3 policy forms and write clear coverage position letters, including reservations of rights and denials where they are warranted. You will write estimates in Xactimate, reconcile contractor and public adjuster estimates, and negotiate fair settlements. You will recognize fraud indicators and refer suspicious claims to our Special Investigations Unit, set and update indemnity and expense reserves, and document every file so that it meets Texas Department of Insurance rules and the deadlines of the Prompt Payment of Claims Act.\n\nDuring catastrophe events you may be deployed to other parts of Texas or Oklahoma for up to three weeks at a time.\n\nWe provide a company vehicle, laptop, Xactimate and EagleView access, full medical and dental benefits, a 401(k) with a 6% match, and paid study time and exam fees for the AIC and CPCU designations.",
    requirements: [
      "Active Texas adjuster license (All-Lines or Property & Casualty), or the ability to obtain one within 60 days of hire",
      "3+ years handling residential property claims, including water, fire and wind/hail losses",
      "Able to climb and inspect steep-slope roofs safely; HAAG Certified Inspector preferred",
      "Ability to manage a caseload of 120 to 150 open claims with thorough file documentation",
      "Availability for catastrophe deployments of up to three weeks at a time",
    ],
    skills: [
      "Claim investigation",
      "Coverage analysis",
      "Xactimate",
      "Fraud detection",
      "Negotiation",
      "Reserving",
      "Regulatory compliance",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Marcus Washington",
    email: "marcus.washington@example.com",
    phone: "(512) 555-0134",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Mei-Ling Tran",
    email: "meiling.tran@example.com",
    phone: "(512) 555-0159",
    pronouns: "she/her",
  },
  cv: `{name}
Property Claims Adjuster | Texas All-Lines Adjuster License | HAAG Certified Inspector
Round Rock, TX · {phone} · {email} · Pronouns: {pronouns}

SUMMARY
Field property adjuster with carrier desk, field and catastrophe experience. I investigate
thoroughly, explain coverage in plain English, and write accurate Xactimate estimates that
contractors can build from. Comfortable on steep roofs and in difficult conversations.

EXPERIENCE

Field Property Adjuster II
Lone Star Heritage Insurance Company, Austin, TX
January 2020 – Present
- Handle residential water, fire, wind and hail claims across a Central Texas field territory, from first notice of loss to payment
- Closed 92% of assigned claims within 30 days of first notice of loss, against a team average of 78%
- Set initial reserves within 10% of the final paid amount on 85% of files closed in 2022, above the 70% department target
- Referred 14 claims to the Special Investigations Unit in 2023, resulting in $610,000 of fraudulent or inflated payments avoided
- Mentor newly hired adjusters on roof inspections and Xactimate

Desk Adjuster, Property
Prairieland Mutual Insurance, Dallas, TX
01/2018 – 12/2019
- Handled water, theft and small wind claims by phone, photos and contractor estimates
- Negotiated settlement of 31 disputed claims in 2019 without appraisal or litigation
- Drafted coverage position letters, reservations of rights and denials for claims counsel review

Independent Catastrophe Adjuster (1099)
Gulfline Claims Services, Houston, TX
Apr 2016 to Dec 2017
- Worked wind and hail catastrophe claims in South and Central Texas for carrier clients
- Inspected and estimated 410 Hurricane Harvey claims in Xactimate over an 11-week deployment
- Met carrier file-review standards and submitted reports through XactAnalysis

Claims Assistant
Redbud Insurance Agency, Waco, TX
2013 - 2016
- Took first notice of loss calls and set up claims with carriers for agency customers
- Followed up with adjusters and customers on claim status and missing documents
- Processed policy changes and endorsements

LICENSES AND CERTIFICATIONS
Texas All-Lines Adjuster License (active since 2016); Oklahoma non-resident adjuster license
HAAG Certified Inspector – Residential Roofs, 2019
Associate in Claims (AIC), The Institutes, 2021
IICRC Water Damage Restoration Technician (WRT), 2020
Xactimate Level 3 certification, Verisk

SYSTEMS
Xactimate, XactAnalysis, Guidewire ClaimCenter, EagleView, ISO ClaimSearch, Verisk weather reports

EDUCATION
B.B.A., Risk Management and Insurance, University of North Texas, 2013
`,
  truth: {
    employers: [
      "Lone Star Heritage Insurance Company",
      "Prairieland Mutual Insurance",
      "Gulfline Claims Services",
      "Redbud Insurance Agency",
    ],
    titles: [
      "Field Property Adjuster II",
      "Desk Adjuster, Property",
      "Independent Catastrophe Adjuster",
      "Claims Assistant",
    ],
    claims: [
      "Closed 92% of assigned claims within 30 days of first notice of loss, against a team average of 78%",
      "Set initial reserves within 10% of the final paid amount on 85% of files closed in 2022, above the 70% department target",
      "Referred 14 claims to the Special Investigations Unit in 2023, resulting in $610,000 of fraudulent or inflated payments avoided",
      "Negotiated settlement of 31 disputed claims in 2019 without appraisal or litigation",
      "Inspected and estimated 410 Hurricane Harvey claims in Xactimate over an 11-week deployment",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Claim investigation",
      match: [
        "investigate",
        "investigation",
        "cause and origin",
        "cause of loss",
        "inspection",
        "recorded statement",
        "evidence",
        "site visit",
        "gather facts",
      ],
      strong: [
        "My investigation starts before I get to the house. I read the policy and the first notice of loss, check prior claims in ISO ClaimSearch, and pull a Verisk weather report for wind or hail. I call the policyholder within 24 hours and ask open questions: what happened, when they first noticed it, what they've done since. On site I photograph from the outside in, then trace the damage back to its source. For example, on a water claim at Lone Star Heritage last year, the insured reported a sudden leak under the kitchen sink. With a moisture meter and thermal camera I found the wet area extended well behind the cabinets, the subfloor was delaminated and there was established mold growth, which doesn't happen in a week. The plumber's invoice also showed a corroded supply line. That told me it was a long-term leak, and I documented it carefully before making any coverage decision.",
        "Good investigation is about keeping an open mind until the evidence is in. On a kitchen fire at Lone Star Heritage in 2022, the insured said a pan of oil caught fire while she stepped away. The burn pattern on the cabinets and range hood fit that exactly, the smoke alarm had gone off according to the neighbor, and the fire department report agreed. I took a recorded statement anyway, because it's a large loss, and it was consistent with everything else. I closed the investigation within a week and we paid the claim, including additional living expenses for the family while the kitchen was rebuilt. Where the facts don't line up, I bring in an expert early, like a certified fire investigator for cause and origin or a structural engineer for foundation movement, instead of guessing.",
      ],
      vague: [
        "I'm very thorough when investigating claims. I gather all the facts, speak with everyone involved and inspect the damage carefully so I can make a fair and accurate decision.",
        "Investigation is the foundation of good claims handling. I always make sure I have all the information I need before making a decision, and I document everything in the file.",
      ],
    },
    {
      name: "Coverage analysis",
      match: [
        "coverage",
        "policy language",
        "exclusion",
        "exclusions",
        "endorsement",
        "reservation of rights",
        "deny",
        "denial",
        "covered",
        "ho-3",
      ],
      strong: [
        "I analyze coverage in a fixed order: is this an insured location and insured person, is there a direct physical loss during the policy period, which coverage part applies, what exclusions or limitations might apply, and are there endorsements that change the answer. On an HO-3, the dwelling is covered for open perils, so the burden is on us to show an exclusion applies, while personal property is named perils. A recent example was the long-term kitchen leak at Lone Star Heritage. The policy excludes continuous or repeated seepage or leakage over 14 days or more, but it covers the cost of tearing out and replacing part of the building to access a covered plumbing system. I denied the long-term damage, but paid for the tear-out needed to reach the supply line, and I explained both in the letter, quoting the exact policy wording.",
        "When coverage isn't clear at first, I protect both sides with a reservation of rights letter rather than making a premature decision. At Prairieland I drafted these for claims counsel review; at Lone Star Heritage I write them myself. For example, we had a wind claim on a rental property where the insured had a homeowners policy but had moved out two years earlier. The residence premises definition was in question, so I sent a reservation of rights within a week, explaining the specific policy language and what information we needed, like the lease and utility bills. We continued to investigate and inspect without waiving our rights. The documents confirmed he no longer lived there, so the claim was denied under that policy, and I referred him to his agent about the correct dwelling fire coverage. The letter held up when his attorney reviewed it.",
        "Endorsements matter as much as the main policy form. A lot of the roofs in my territory now have an actual cash value roof endorsement or a cosmetic damage exclusion for metal roofs. On a hail claim in 2023, the contractor had written a full replacement at replacement cost for a standing-seam metal roof with small dents. I checked the declarations page, found the cosmetic damage exclusion, and inspected the panels with the contractor. The dents didn't affect watertightness or the seams, so I explained that those were excluded, while the damaged gutters and vents were covered at replacement cost. The contractor disagreed, but the insured accepted it once I showed her the endorsement language and our photos side by side.",
      ],
      vague: [
        "I have a strong understanding of homeowners policies and I always read the policy carefully to determine coverage. I try to find coverage where it exists and explain clearly when something isn't covered.",
        "Coverage analysis is about applying the policy language fairly to the facts. I make sure my decisions are well documented and consistent with the policy.",
      ],
    },
    {
      name: "Xactimate",
      match: [
        "xactimate",
        "estimate",
        "estimating",
        "estimates",
        "line items",
        "scope",
        "pricing",
        "sketch",
        "overhead and profit",
      ],
      strong: [
        "I've written estimates in Xactimate since 2016 and hold the Level 3 certification. On a typical interior water loss, I sketch the affected rooms on site, so the measurements drive the quantities, and I build the scope room by room: mitigation from the water mitigation company's invoice, drywall removal to the flood cut, insulation, baseboard, paint to a corner break, flooring and contents manipulation. I make sure the price list matches the zip code and month of loss. I only add general contractor overhead and profit when the job reasonably needs a general contractor, usually three or more trades. On roofs, I use EagleView measurements, check the pitch for steep charges, add the right waste factor, and include code items like drip edge and ice and water barrier where local code requires them. I write notes on every unusual line so a reviewer or contractor can follow my reasoning.",
        "What makes an Xactimate estimate good isn't the software, it's the scope. At Gulfline, a field reviewer sent back one of my Harvey estimates because I'd missed the detach and reset of the kitchen cabinets to replace the wet drywall behind them. Since then I walk each room with a mental checklist of what has to move for the repair to happen. I also mentor new adjusters at Lone Star Heritage on this: I ask them to explain each line as if to a contractor. When my estimate and a contractor's differ, I compare them line by line in Xactimate, because most differences are quantity or scope, not price. My estimates rarely draw supplements now; in 2023 under ten percent of my roof claims had a supplement request.",
      ],
      vague: [
        "I'm very experienced with Xactimate and I can write accurate and detailed estimates for all types of property damage. I always make sure my estimates are fair and complete.",
        "Xactimate is the industry standard and I'm comfortable using it every day. I keep my pricing up to date and make sure the estimates reflect the real cost of repairs.",
      ],
    },
    {
      name: "Fraud detection",
      match: [
        "fraud",
        "fraudulent",
        "red flags",
        "suspicious",
        "siu",
        "special investigations",
        "inflated",
        "staged",
        "fraud indicators",
      ],
      strong: [
        "The indicators I look for fall into a few groups: timing, like a claim soon after the policy was bound or coverage was increased; the story, like inconsistent accounts or a date of loss that doesn't match the weather data; the documentation, like receipts from the same store in the same handwriting; and the behavior, like pressure for a quick cash settlement. One hail claim in 2023 had a date of loss for which the Verisk report showed no hail within five miles, and the roof showed granule loss and weathered hits, with no fresh damage on soft metals like the gutters or AC fins. ISO ClaimSearch showed a paid hail claim on the same roof two years earlier with another carrier, and no repairs. I documented it and referred the file to SIU within the week. We denied the claim after SIU's investigation.",
        "Most policyholders are honest, so I'm careful that a fraud indicator is a reason to investigate further, not an accusation. I keep the same tone with the insured and let the facts decide. At Lone Star Heritage I had a theft claim for about $40,000 of electronics and jewelry, supported by receipts. Two receipts had consecutive transaction numbers but dates three months apart. I didn't mention it to the insured; I documented it, took a recorded statement about where and when each item was bought, and referred the file to our Special Investigations Unit. SIU confirmed with the retailer that the receipts weren't genuine, and the insured withdrew the claim after an examination under oath was scheduled. In Texas we're also required to report suspected fraud to the Department of Insurance within 30 days, and SIU handles that once I refer.",
      ],
      vague: [
        "I'm always alert to the possibility of fraud and I know the common red flags. If something seems suspicious I investigate further and refer it to SIU when appropriate.",
        "Fraud costs everyone money through higher premiums, so I take it seriously. At the same time I treat every customer with respect and don't assume the worst.",
      ],
    },
    {
      name: "Negotiation",
      match: [
        "negotiate",
        "negotiation",
        "settlement",
        "settle",
        "contractor",
        "public adjuster",
        "dispute",
        "appraisal",
        "disagree on the amount",
      ],
      strong: [
        "Most negotiations with contractors come down to scope, so I negotiate with evidence on site rather than by email. On a hail claim at Lone Star Heritage, a roofer wanted a full replacement at $28,000 and I'd estimated a repair of two slopes. I offered a joint re-inspection and we went up together. We marked test squares on each slope and counted the functional hail hits, and on the north and west slopes there were clearly enough to justify replacement, including the west slope I had underestimated. The south and east slopes had none. Because the shingle was discontinued, I ordered an ITEL report, which confirmed no match was available, so we agreed a full replacement at $24,600. The insured got a fair result, and that roofer now calls me before filing supplements.",
        "With policyholders and public adjusters, I try to separate the people from the numbers. At Prairieland a public adjuster submitted a $92,000 estimate for a water loss I had valued at $51,000. Instead of sending a counter-offer, I asked for a meeting and went through both estimates line by line with him. We found three big differences: he had replaced cabinets that could be detached and reset, he had priced the entire house for paint when only four rooms were affected, and I had missed the subfloor in the hall bathroom. I conceded the subfloor, he conceded the paint, and we agreed on the cabinets after the cabinet company confirmed they could be reset. We settled at $58,400 in two weeks without appraisal. I find people accept a number much more easily when they can see how it's built.",
      ],
      vague: [
        "I'm a good negotiator because I listen to the other side and look for common ground. I try to reach a fair settlement that works for the policyholder and the company.",
        "Negotiation is about being fair, firm and professional. I always explain my position clearly and I'm willing to reconsider when someone gives me new information.",
      ],
    },
    {
      name: "Reserving",
      match: [
        "reserve",
        "reserves",
        "reserving",
        "set reserves",
        "incurred",
        "exposure",
        "reserve accuracy",
        "expense reserve",
        "reserve changes",
      ],
      strong: [
        "I set the initial indemnity reserve once I've inspected, usually within the first week, based on my probable ultimate cost, not on the first estimate I receive. On a water loss, for example, that means mitigation, repairs, contents and any additional living expense if the home is uninhabitable, minus the deductible. I also set an expense reserve for anything like an engineer or an independent adjuster. The aim is to get it right once instead of stair-stepping it up over months, because finance and reinsurance rely on those numbers. When new information changes the exposure, like a public adjuster's estimate or hidden damage found during demolition, I adjust the reserve within a couple of days and note the reason in the file. In 2022 my initial reserves were within 10 percent of the final paid amount on 85 percent of closed files.",
        "The most important reserve I've had to set was on a fire at Lone Star Heritage where the family was out of the house for eight months. Early on the estimate only covered the kitchen, but after my inspection I knew the smoke had gone through the attic and HVAC ductwork. So I reserved for full smoke remediation, duct replacement, the contents inventory and eight months of additional living expense at the local rental rate, about $165,000, and explained that in my reserve note. My manager questioned it as high, but the final paid was about $172,000. If I'd reserved only the kitchen, it would have gone up four times and caught our reinsurance team by surprise. My rule is to reserve for what I can see plus what I can reasonably expect.",
      ],
      vague: [
        "Setting accurate reserves is important for the company's financial health. I always try to reserve based on the information I have and update it when things change.",
        "I understand reserving well and I make sure my reserves reflect the likely cost of the claim. I review them regularly and keep them accurate.",
      ],
    },
    {
      name: "Regulatory compliance",
      match: [
        "regulatory",
        "regulations",
        "deadlines",
        "prompt payment",
        "compliance",
        "texas department of insurance",
        "tdi",
        "statutory",
        "unfair claims",
        "timelines",
      ],
      strong: [
        "In Texas the Prompt Payment of Claims Act in Chapter 542 sets the clock. Within 15 days of notice we have to acknowledge the claim, start the investigation and request everything we reasonably need. Once we have all the items, we have 15 business days to accept or reject, and we can extend that by up to 45 days if we notify the insured in writing of the reason. After we accept, payment is due within 5 business days. After a declared weather catastrophe the deadlines get an extra 15 days. I diary every one of those dates in ClaimCenter the day the claim is assigned, and I send the request for information in writing rather than by phone so there's a clear record. Missing them means statutory interest and attorney's fees, and it's an unfair claim practice issue, so I treat them as non-negotiable.",
        "Compliance for me is about the file being able to speak for itself if the Texas Department of Insurance asks for it. At Lone Star Heritage we had a TDI complaint on one of my files in 2022, from a policyholder who felt her claim was delayed. We had 15 days to respond to TDI. Because my file notes showed the acknowledgment on day two, the inspection on day five, the written request for the contractor's invoice, two follow-ups and the payment within five business days of receiving it, our response was straightforward and TDI closed the complaint with no finding. Since then I've also coached newer adjusters to write file notes as if a regulator will read them: dates, who said what, what was requested and why, and the next action.",
      ],
      vague: [
        "I'm very familiar with the regulations that apply to property claims and I make sure I always meet the deadlines. Compliance is a key part of handling claims properly.",
        "I understand how important it is to follow state regulations and company guidelines. I keep good records and make sure all my files are compliant.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Texas adjuster license",
      match: [
        "license",
        "licensed",
        "licensing",
        "all-lines",
        "adjuster license",
        "continuing education",
        "ce hours",
        "designation",
        "aic",
        "cpcu",
      ],
      strong: [
        "I've held a Texas All-Lines Adjuster License since 2016, when I moved from the agency side into catastrophe adjusting with Gulfline, and it's been active continuously since then. I renew every two years and complete the 24 hours of continuing education, including the required ethics hours; last cycle I used courses on the Texas prompt payment rules and on roof system inspection. I also hold an Oklahoma non-resident license, which I got during a deployment to Oklahoma hail claims, and since you write in Oklahoma that could be useful for catastrophe work. Beyond the license, I completed the Associate in Claims designation through The Institutes in 2021, and I'd like to use your exam support to start the CPCU.",
        "Yes, my Texas All-Lines license is active; I first got it in 2016 and have renewed it on time every cycle. I take continuing education seriously rather than just collecting hours: my AIC in 2021 counted toward CE, and so did my IICRC Water Damage Restoration Technician course, which has made a real difference on water claims because I understand drying standards and can challenge mitigation invoices properly. I also keep my HAAG Certified Inspector status for residential roofs current. And I keep my Oklahoma non-resident license active, which lets me handle claims there without delay during catastrophe events.",
      ],
      vague: [
        "Yes, I have an active adjuster license and I keep up with my continuing education requirements. I'm always happy to do additional training and certifications.",
        "I'm fully licensed and I make sure my license and CE hours are always up to date. I think ongoing education is really important in this industry.",
      ],
    },
    {
      name: "Residential property claims experience",
      match: [
        "years of experience",
        "residential property claims",
        "types of claims",
        "water claims",
        "fire claims",
        "wind and hail",
        "your background",
        "your experience",
        "property losses",
      ],
      strong: [
        "I've been adjusting residential property claims since 2016, so about nine years, across three settings. At Gulfline Claims Services I was an independent catastrophe adjuster working wind and hail claims and then Hurricane Harvey, where I inspected and estimated 410 claims in 11 weeks. At Prairieland Mutual I was a desk adjuster for two years, handling water, theft and small wind claims by phone and photos, which taught me coverage letters and negotiation. Since 2020 I've been a field adjuster at Lone Star Heritage, handling water, fire, wind and hail from first notice of loss to payment, including fires with additional living expense that run for months. Before all that I spent three years as a claims assistant at an agency, so I've also seen claims from the customer's side.",
        "The bulk of my experience is in the three loss types your posting mentions. Water is the most common on my desk: burst supply lines, slab leaks and appliance failures, where the key questions are sudden versus long-term and what's needed for mitigation. Fire is less frequent but the most complex: cause and origin, smoke and soot cleaning, contents inventories and additional living expense. Wind and hail make up my spring and early summer, with roof inspections every day. At Lone Star Heritage I typically handle around 130 open claims, and on a normal week I do 12 to 15 field inspections. I've also handled theft, fallen trees and vehicle impact to dwellings.",
      ],
      vague: [
        "I have several years of experience with residential property claims, including water, fire and wind and hail. I've handled a wide range of claims and I'm confident in all areas.",
        "I've worked in property claims for a long time and I've seen almost every type of loss. My experience has given me a good understanding of what policyholders need.",
      ],
    },
    {
      name: "Roof inspection and climbing",
      match: [
        "roof",
        "roofs",
        "climb",
        "steep",
        "haag",
        "ladder",
        "shingles",
        "roof inspection",
        "fall protection",
        "hail damage",
      ],
      strong: [
        "I climb roofs most days in the spring and I've been HAAG Certified for residential roofs since 2019. For safety, I use a 28-foot extension ladder tied off at the gutter, wear soft-soled roofing boots, and on anything steeper than about 8/12 or wet I use a harness and roof anchor, or I order a ladder assist service or a drone inspection. I won't go on a roof in rain or high wind, however much pressure there is. For hail, I inspect the soft metals first, like vents, gutters and AC fins, to confirm hail size and direction, then I mark 10-by-10 test squares on each slope and count functional hail hits: bruises that fracture the mat or displace granules to expose the asphalt, as opposed to blistering, foot traffic or manufacturing defects. I photograph every slope and every test square.",
        "The HAAG course changed how I inspect roofs. Before it, I sometimes called wear or blistering hail damage. Now I can tell the difference and explain it to a roofer. On a claim last year a contractor showed me what he called hail hits on a 20-year-old three-tab roof. I showed him that the marks had no consistent direction, were on all slopes equally, and that the gutters and downspouts had no dents; it was granule loss from age and thermal cracking. I documented it with close-up photos and a chalk scale, and we paid only for the wind-damaged shingles on the ridge. On steep or tall roofs, I'd rather be safe: on three-story homes I order a ladder assist, and I've used EagleView imagery to pre-plan where to inspect.",
      ],
      vague: [
        "I'm comfortable climbing and inspecting roofs and I always follow safety procedures. I have experience identifying hail and wind damage on different types of roofs.",
        "Roof inspections are a big part of the job and I'm happy doing them. I take safety seriously and make sure I document the damage properly.",
      ],
    },
    {
      name: "Caseload management and file documentation",
      match: [
        "caseload",
        "open claims",
        "workload",
        "file documentation",
        "diary",
        "organized",
        "pending",
        "file notes",
        "time management",
      ],
      strong: [
        "At Lone Star Heritage I carry between 120 and 140 open claims most of the year, and more after a storm. I manage it through the diary in Guidewire ClaimCenter: every file has a next action and date, and I never close a note without setting the next diary. I start each day with the overdue list, then statutory deadlines, then inspections. I group inspections geographically, so on a field day I'll do five or six in one part of the territory. I dictate my inspection notes in the car right after each visit, so they're done the same day while I remember. On Fridays I review every file over 30 days old and ask what's stopping it from closing. That routine is how I closed 92 percent of my claims within 30 days of first notice of loss, against a team average of 78 percent.",
        "File documentation is what protects the policyholder, the company and me. My notes follow the same structure every time: what happened, who I spoke to and what they said, what I requested and by when, the coverage position and the next action. Anyone picking up the file, including a supervisor, a regulator or a lawyer, should be able to understand where it is in two minutes. I learned that at Prairieland, where a file I'd handled went into litigation a year later and the defense attorney told me my notes were the reason it settled quickly. With a caseload of 120 to 150, I also use templates for letters and checklists for large losses so nothing is forgotten. In our quarterly file audits my files have scored above 95 percent for the last two years.",
      ],
      vague: [
        "I'm very organized and I'm used to managing a large caseload. I prioritize my work carefully and make sure all my files are well documented and up to date.",
        "Managing a big caseload takes good time management. I keep on top of my diary, respond promptly and make sure nothing falls through the cracks.",
      ],
    },
    {
      name: "Catastrophe deployment",
      match: [
        "catastrophe",
        "cat",
        "deployment",
        "deployed",
        "travel",
        "storm",
        "away from home",
        "cat duty",
        "surge",
      ],
      strong: [
        "I'm available for catastrophe deployments, and I've done plenty. At Gulfline I was deployed for Hurricane Harvey for 11 weeks, living in a hotel near Katy, and I worked hail events in South and Central Texas and once in Oklahoma. At Lone Star Heritage I've been deployed in-state three times for a week or two each. What I've learned is that deployment needs preparation: I keep a go-bag with ladder straps, harness, moisture meter, chargers and a portable printer, and I make sure my own open files are handed over with clear notes so my regular policyholders don't feel abandoned. On a cat I triage first: homes that are uninhabitable or have active leaks get contacted in the first 24 hours, and I try to write the estimate and issue an advance or payment on site wherever possible.",
        "Yes, up to three weeks works for me. My family is used to it, and I'd rather know the company is ready to send people where they're needed. Catastrophe work is demanding: at Harvey I was doing five or six inspections a day, six days a week, many in homes where families had lost nearly everything. What kept me effective was a routine: inspections in the morning and early afternoon, estimates and uploads to XactAnalysis in the evening, and a call to every policyholder within 48 hours of my assignment even if I couldn't inspect that week. I also look after my own safety on a cat, because roofs, downed lines and tired drivers are a real risk, and I don't cut corners on ladder setup however long the list is.",
      ],
      vague: [
        "I'm happy to travel for catastrophe deployments. I understand that storms are a big part of this job and I'm flexible about being away from home when needed.",
        "Catastrophe work is challenging but rewarding because you help people when they need it most. I'm available and willing to deploy when the company needs me.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Closing 92% of claims within 30 days",
      claim:
        "Closed 92% of assigned claims within 30 days of first notice of loss, against a team average of 78%",
      match: [
        "92%",
        "92 percent",
        "78%",
        "30 days",
        "first notice of loss",
        "cycle time",
        "team average",
        "close claims quickly",
      ],
      strong: [
        "At Lone Star Heritage our team measures the percentage of claims closed within 30 days of first notice of loss. My figure was 92 percent against a team average of 78. The difference comes from the first week. I call every new policyholder within 24 hours, and in that first call I ask for the things I'll need, photos, the plumber's invoice, the mitigation contract, so they're gathering them before I arrive. I pre-order EagleView roof reports so the measurements are ready before the inspection. On site, for straightforward claims, I write the Xactimate estimate on my laptop and review it with the insured before I leave, and I issue payment the same day through ClaimCenter. The files that take longer are usually large fires or disputed claims, and those I put on a weekly review.",
        "The 92 percent within 30 days versus a 78 percent team average is mostly about not letting files sit. Claims stall when they're waiting on something nobody is chasing, like a contractor's estimate, a proof of loss or a mortgage company's endorsement on the check. I diary a follow-up on every outstanding item, usually three business days, and when I'm waiting on a contractor I call them rather than email. For mortgagee checks I explain the process to the policyholder upfront, which avoids weeks of confusion later. I've shared my first-call checklist with the team, and our team average has gone up since. Speed matters to the policyholder, but I'm careful it doesn't come at the cost of accuracy: my reopen rate is below the department's.",
      ],
      vague: [
        "I'm proud that I close my claims faster than most of my team. I think it's because I'm organized and I always keep the customer's needs in mind.",
        "Closing claims quickly is really important for customer satisfaction. I work efficiently, stay on top of my files and always follow up promptly, which helps me resolve claims faster than average.",
      ],
      contradicting: [
        "At Lone Star Heritage I close about 70 percent of my claims within 45 days, which is roughly in line with the team average of 68 percent. Large losses and disputed claims take longer, and spring hail season always pushes the numbers down.",
        "Our claims supervisor at Lone Star Heritage designed the fast-track process, with same-day estimates and pre-ordered EagleView reports, and she set up the diary templates for everyone. Using her process, I closed 92 percent of my claims within 30 days, against a team average of 78.",
      ],
    },
    {
      name: "Initial reserves within 10% on 85% of files",
      claim:
        "Set initial reserves within 10% of the final paid amount on 85% of files closed in 2022, above the 70% department target",
      match: [
        "85%",
        "within 10%",
        "70% department target",
        "initial reserves",
        "reserve accuracy",
        "final paid",
        "2022",
        "reserves",
      ],
      strong: [
        "Our department tracks how close the initial reserve is to the final paid amount, and the target was 70 percent of files within 10 percent. In 2022 I was at 85 percent. I set the initial reserve after my inspection, not from the first notice of loss, because by then I've seen the damage and I know the likely scope. I build the reserve the way the claim will actually be paid: the repair estimate, mitigation, contents, additional living expense, less the deductible and depreciation if it's an ACV settlement. The files where I missed were mostly ones where hidden damage turned up during repairs, like subfloor rot under tile. Since then, on water losses with tile over wood subfloor, I add a contingency in the reserve and explain it in the note.",
        "Getting 85 percent of my 2022 files within 10 percent of final paid came from a habit I picked up at Prairieland: before setting a reserve, I ask myself what the check will be for at the end, not what's been submitted so far. On a fire, for example, early estimates usually only cover the obvious damage, so I reserve for the whole picture: smoke cleaning throughout, contents, and months of additional living expense. On a roof claim I reserve based on my test squares and the EagleView measurements, not the roofer's first estimate. When something changes, I update the reserve within two business days with a note. My manager used my files as examples in a reserving training session for the team in 2023.",
      ],
      vague: [
        "I've always been good at setting accurate reserves. I look at all the information available and I make sure my reserves reflect the real exposure on the claim.",
        "My reserves were among the most accurate in the department because I'm careful and thorough with every file. Accurate reserving is something I really take pride in.",
      ],
      contradicting: [
        "In 2022 about 60 percent of my files had initial reserves within 20 percent of the final paid amount. The department target was 65 percent, so I was a bit below it, mostly because of a lot of hail claims where the scope changed after the roofer's estimate came in.",
        "At Lone Star Heritage our reserving analyst set the initial reserves on our files using a model based on the loss type and zip code; we only adjusted them later. Her initial reserves on my files in 2022 were within 10 percent of final paid on 85 percent, above the 70 percent target.",
      ],
    },
    {
      name: "14 SIU referrals and $610,000 avoided",
      claim:
        "Referred 14 claims to the Special Investigations Unit in 2023, resulting in $610,000 of fraudulent or inflated payments avoided",
      match: [
        "14 claims",
        "$610,000",
        "610,000",
        "special investigations unit",
        "siu referrals",
        "referred",
        "payments avoided",
        "2023",
      ],
      strong: [
        "In 2023 I referred 14 claims to our Special Investigations Unit, and across those files about $610,000 of fraudulent or inflated payments were avoided, either through denials, withdrawals or reduced settlements. About half were hail claims after the spring storms where the weather data or the roof condition didn't support the date of loss, and a couple had prior paid claims in ISO ClaimSearch for the same damage. The largest was a contents claim on a house fire, about $180,000, where the inventory included items the insured's own photos from the recorded statement didn't show, and several receipts were from a store that had closed before the purchase dates. SIU took an examination under oath, and the contents claim was settled at about $45,000. Not every referral became a denial; the point was that I documented the indicators and referred early.",
        "I referred 14 claims to SIU in 2023, which was more than most adjusters in my unit, and it resulted in about $610,000 of payments avoided. I don't think my territory had more fraud; I think I documented indicators more consistently. I use the referral checklist every time something doesn't fit, like a date of loss without supporting weather, a policy bound days before the loss, or contractors driving the claim and offering to cover the deductible, which is illegal in Texas. Once I refer, SIU does the investigation, but I stay on the file for the covered parts, so an honest policyholder with one questionable item still gets paid promptly for the rest. Of the 14, two turned out to be legitimate and were paid in full, which I think shows the referrals were made on evidence, not suspicion.",
      ],
      vague: [
        "I referred a number of suspicious claims to SIU and saved the company a lot of money. I have a good eye for fraud indicators and I always follow the referral process.",
        "Identifying fraud is an important part of the job. I made several referrals to SIU that year, and they led to significant savings for the company and its policyholders.",
      ],
      contradicting: [
        "In 2023 I referred 4 claims to SIU, and I think the total saved was around $90,000. Most of my claims are straightforward, so fraud doesn't come up very often in my territory.",
        "Our SIU investigator assigned to Central Texas ran a data analytics project in 2023 that flagged suspicious claims across the team; 14 of the flagged files were mine. She handled the referrals and investigations, and about $610,000 of payments were avoided on those files.",
      ],
    },
    {
      name: "Settling 31 disputed claims without appraisal or litigation",
      claim: "Negotiated settlement of 31 disputed claims in 2019 without appraisal or litigation",
      match: [
        "31 disputed claims",
        "31",
        "disputed claims",
        "without appraisal",
        "litigation",
        "prairieland",
        "2019",
        "negotiated settlement",
      ],
      strong: [
        "At Prairieland Mutual in 2019 I was given a lot of the desk's disputed files, claims where the policyholder, their contractor or a public adjuster disagreed with our estimate. I settled 31 of them that year without appraisal or litigation. My approach was the same every time: call rather than write, find out exactly what the disagreement was, and compare the estimates line by line. Most disputes were about scope, not price. For example, a public adjuster's $92,000 estimate against my $51,000 on a water loss came down to three items, and we settled at $58,400 in two weeks. When they were right, I said so quickly and paid it. When I was right, I showed them the evidence, like drying logs or the moisture map. Appraisal costs both sides an umpire and months of time, so most people prefer a fair, fast agreement.",
        "The 31 disputed claims I settled in 2019 at Prairieland taught me that most disputes come from poor communication early in the claim. Several of them had started because the first estimate was sent with no explanation and the policyholder felt lowballed. So I'd start by explaining how the estimate was built, including depreciation and the recoverable depreciation they'd receive after repairs, which often resolved a big part of the gap on its own. With contractors, I asked them to send their Xactimate file rather than a PDF, so I could compare it directly. On two of the files the insured had already sent an attorney's pre-suit notice under Chapter 542A, and we still settled both within the 61-day notice period. I kept a spreadsheet of each dispute's cause, and I shared it with my manager as training material.",
      ],
      vague: [
        "I was very successful at resolving disputed claims because I'm a good communicator and I always try to find a fair outcome. Avoiding litigation is better for everyone.",
        "I settled many disputed claims by listening carefully to the policyholder and finding common ground. It saved the company a lot of time and money, and customers were happier.",
      ],
      contradicting: [
        "In 2019 I worked on about 10 disputed claims at Prairieland, and most of them ended up going to appraisal. Two went into litigation, which our claims counsel handled.",
        "At Prairieland our senior litigation adjuster negotiated the disputed claims on our desk; she settled 31 of them in 2019 without appraisal or litigation. I prepared the comparison estimates in Xactimate and attended some of the calls with her.",
      ],
    },
    {
      name: "410 Hurricane Harvey claims in 11 weeks",
      claim:
        "Inspected and estimated 410 Hurricane Harvey claims in Xactimate over an 11-week deployment",
      match: [
        "410",
        "hurricane harvey",
        "harvey",
        "11-week",
        "11 weeks",
        "deployment",
        "gulfline",
        "hurricane",
      ],
      strong: [
        "I was deployed for Hurricane Harvey with Gulfline Claims Services from early September to mid-November 2017, about 11 weeks, working homeowners claims for a carrier client in the west Houston suburbs. I inspected and wrote Xactimate estimates for 410 claims, around five or six inspections a day, six days a week. Most were wind and rain-intrusion damage: roofs, fences, ceilings and insulation. Many homes also had flood damage, which the homeowners policy excluded, so I had to separate carefully what was wind-driven rain through a damaged roof from rising water, using water lines and photos, and explain to the homeowner that flood was handled by their NFIP policy if they had one. I uploaded each file through XactAnalysis within 48 hours of inspection, and my file-review scores from the carrier stayed above their threshold throughout.",
        "Harvey was the most intense work I've done: 410 claims inspected and estimated in Xactimate in 11 weeks. To keep that pace without losing quality, I built templates in Xactimate for the most common scopes, like a roof section with felt, shingles and drip edge, or a ceiling with insulation and paint, and then adjusted them for each home rather than starting from scratch. I routed my day by zip code and called each policyholder the evening before. I also learned a lot about people in crisis: many had lost their homes to flooding that wasn't covered by our policy, and my job was to pay what we could quickly and explain the rest with compassion. That deployment is why I can manage a high caseload today without files slipping.",
      ],
      vague: [
        "Hurricane Harvey was a very busy and challenging deployment. I worked long hours and handled a large number of claims, and it was rewarding to help people in such a difficult time.",
        "During Harvey I inspected and estimated a lot of claims. It taught me how to work under pressure and stay organized with a high volume of work.",
      ],
      contradicting: [
        "During my Harvey deployment with Gulfline I inspected about 150 claims over five weeks, mostly flood claims under the NFIP. I then came home because my contract with the carrier ended.",
        "On the Harvey deployment I worked as part of a two-person team with a senior Gulfline adjuster; he did the inspections and signed off the estimates, and I wrote them up in Xactimate from his notes and photos. Together we completed 410 claims over the 11 weeks.",
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
        "At Lone Star Heritage I disagreed with my supervisor over a water claim she wanted to deny as long-term seepage. The insured had a slab leak and the file had photos of damaged flooring, but I'd noticed that the water bill showed a sudden spike in the last billing period only. I asked for fifteen minutes with her, brought the three water bills and a leak detection company's report saying the break was recent, and explained that under our policy the tear-out to reach the leak and the sudden damage were covered. She'd been reading the file from the photos and hadn't seen the bills. She agreed, and we paid the sudden damage and the access costs. I was careful to make it about the evidence, not about who was right, and she's since asked me to review other water files.",
        "When I was at Prairieland, an underwriter kept sending me requests to re-inspect claims on policies she was about to non-renew, which put my claim deadlines at risk and felt like she was using claims to do underwriting work. I was getting frustrated. Instead of declining by email, I called her and asked what she actually needed. It turned out she needed roof condition photos, which I was already taking. We agreed that I'd upload my roof photos and the age estimate to a shared folder for any policy she flagged, and she'd stop asking for separate re-inspections. It saved both of us time, and our managers adopted the same process for the whole region.",
      ],
      vague: [
        "When I disagree with a colleague, I try to discuss it calmly and listen to their perspective. I think most disagreements can be resolved with good communication and mutual respect.",
        "Conflicts happen in every workplace. I try to focus on the facts and find a solution that's fair and works for the company and the customer.",
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
        "In my first year at Lone Star Heritage I paid a hail claim at replacement cost when the policy had an actual cash value roof endorsement. I'd checked the coverage on the declarations page but missed the endorsement schedule. Our quality review caught it a month later: an overpayment of about $6,800 on a 17-year-old roof. I told my manager straight away and wrote up what happened. We decided not to seek recovery from the policyholder, since the error was ours, and I took it as a lesson. Now I read the full endorsement list on every claim before I inspect, and I added a line for roof endorsements to my inspection checklist. I also mentioned it at our team meeting, and two other adjusters found they'd been doing the same thing.",
        "During a hail surge in 2021 I missed a statutory deadline on one file. I'd received the last item we needed, the contractor's invoice, but it was attached to an email from the insured's son rather than uploaded to the claim, so my diary didn't trigger, and the 15-business-day decision period ran out by four days. I caught it when I reviewed the file, called the policyholder to apologize, and we paid the claim with the statutory interest that day. I reported it to my supervisor. After that I changed my habits: every email I receive about a claim gets filed to the claim the same day, and I set a diary on the date I receive anything that could be the last requested item. It hasn't happened again.",
      ],
      vague: [
        "Like everyone, I've made mistakes. When I do, I take responsibility, fix the problem and make sure I learn from it so it doesn't happen again.",
        "I believe mistakes are learning opportunities. I'm always honest when I get something wrong, and I use the experience to improve my work and help others avoid it.",
      ],
    },
    {
      name: "Priorities under pressure",
      match: [
        "pressure",
        "prioritize",
        "priorities",
        "deadlines",
        "busy",
        "workload",
        "stressful",
        "juggle",
        "urgent",
      ],
      strong: [
        "After a hailstorm in Williamson County in spring 2023, I got about 60 new claims in four days on top of my normal caseload of around 130. I triaged them the first morning from the loss descriptions and my first calls: homes with active roof leaks or that were uninhabitable came first, because damage gets worse and families need additional living expense; then claims with interior damage; then roof-only claims. I called every new policyholder within 24 hours, even if I couldn't inspect for two weeks, and told them honestly when I'd be there. For my existing files I focused only on statutory deadlines and payments, and asked my supervisor to move two large fire files to a colleague temporarily. I worked some Saturdays. All 60 were inspected within 16 days and none of my files missed a deadline.",
        "Under pressure I rank work in a fixed order: anything safety-related or a family without a place to live, then statutory deadlines, then payments that are ready to go out, then everything else. I learned that on Harvey, where there were always more claims than hours. For example, one week at Lone Star Heritage I had a TDI complaint response due, an examination under oath to prepare for with SIU, and ten inspections booked. The complaint response had a fixed 15-day deadline and the EUO had a date, so I wrote the complaint response first thing Monday, prepared the EUO questions on Tuesday evening, and kept my inspections but grouped them into two days in the same area. I find the stress drops once I've written the list and decided the order.",
      ],
      vague: [
        "I work well under pressure. I prioritize my tasks, stay focused and make sure the most urgent things get done first. Staying calm is the key.",
        "When I'm busy I organize my workload carefully and focus on what's most important. I'm used to high volumes and tight deadlines in this job.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "constructive",
        "performance review",
        "told you",
        "improve",
        "coaching",
        "mentor",
      ],
      strong: [
        "The most useful feedback I've received was from a claims quality reviewer at Prairieland. My denial letters were accurate but she said they read like a legal brief; one policyholder had called three times to ask what the letter meant. She suggested I open with the decision in one sentence, explain the facts we relied on, quote only the relevant policy wording and end with what the policyholder could do next, including their right to contact TDI. I rewrote my templates that week. Complaints on my denials dropped noticeably, and claims counsel started using my letters as examples. I still ask for a peer review on any complex denial before it goes out.",
        "I mentor newly hired adjusters at Lone Star Heritage, so I give feedback regularly. One new adjuster was writing estimates that were accurate but slow, and he was falling behind. I rode along with him for two days and saw he was measuring every room by hand and then re-entering everything in Xactimate at home. I told him specifically what I'd seen, showed him how to sketch directly on his laptop on site and use EagleView for roofs, and we set a goal of same-day estimates for simple claims within a month. I checked in with him every Friday. He hit the goal in three weeks, and he's now one of the faster adjusters on the team. I try to give feedback that's specific, about the work not the person, and with a clear next step.",
      ],
      vague: [
        "I welcome feedback because it helps me grow. I listen, reflect on it and make changes. When I give feedback, I try to be constructive and supportive.",
        "I think feedback is very important. I'm always open to suggestions from my manager and colleagues, and I try to give helpful feedback to others.",
      ],
    },
    {
      name: "Teamwork and collaboration",
      match: [
        "teamwork",
        "team player",
        "work with others",
        "collaborate",
        "collaboration",
        "cross-functional",
        "leadership",
        "help a colleague",
      ],
      strong: [
        "Claims are a team effort even though adjusters work alone in the field. On a large house fire at Lone Star Heritage, I coordinated a cause and origin investigator, a contents inventory company, a mitigation contractor, our SIU analyst for a routine review, the mortgage company and the family's agent. I set up a weekly 20-minute call with everyone and a shared document listing open items and owners. That kept the family from getting conflicting messages and meant the mortgage company released funds in stages without delay. The family moved back in after eight months, and the agent told our regional manager it was the smoothest large loss she'd seen. I think my role in a team like that is to make sure everyone knows what the others are doing.",
        "During the 2023 hail season, our team was overwhelmed and a newer colleague had fallen far behind on her diary. I offered to take her roof inspections in my part of the territory for two weeks, and in return she handled desk follow-ups on some of my smaller claims. We agreed it with our supervisor so the files were formally reassigned and nothing was missed. It helped both of us, and I also showed her how I route inspections by area. I've been part of the team that trains new hires for the last two years, because I remember how much help I needed at Gulfline when I started.",
      ],
      vague: [
        "I'm a strong team player. I'm always willing to help my colleagues and I believe we achieve the best results when we work together and share knowledge.",
        "I enjoy working as part of a team and I collaborate well with others, whether it's my colleagues, contractors or other departments. Sharing knowledge makes everyone better.",
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
        "new system",
        "new process",
        "unfamiliar",
      ],
      strong: [
        "When I moved from the agency to catastrophe adjusting in 2016, I had about three weeks to learn Xactimate and roof inspection before my first deployment. I did Gulfline's Xactimate training course, then practised every evening by writing estimates for my own house and for friends' homes from photos, and I had a senior adjuster review them. On my first storm I shadowed an experienced adjuster for three days and asked to do the second half of each day's inspections myself while he watched. By the end of the first month I was working my own claims and passing file review. I later did the Level 3 certification, and in 2019 the HAAG course, because I wanted to understand roofing properly rather than just follow a checklist.",
        "When Lone Star Heritage moved to Guidewire ClaimCenter in 2021, we had two weeks of training and then went live in the middle of hail season. I learned the system by processing real files in the training environment rather than only following the slides, and I wrote myself a one-page guide to the steps I used most: setting reserves, creating diaries, issuing payments with the mortgagee on the check. In the first week live I found that payments with two mortgagees weren't routing correctly, and I reported it with screenshots to the project team, who fixed it in the next release. Several colleagues asked for my guide, so I cleaned it up and our supervisor shared it with the whole unit.",
      ],
      vague: [
        "I'm a fast learner and I enjoy picking up new skills. I'm not afraid to ask questions and I always put in the extra effort when I need to learn something new.",
        "I adapt quickly to new systems and processes. The insurance industry changes all the time, so I always try to stay current and learn new things.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "why this role",
        "why do you want",
        "motivation",
        "motivates you",
        "why cedar ridge",
        "interested in this position",
        "leave your current",
        "career goals",
      ],
      strong: [
        "What I enjoy most about this job is the moment after a bad day for a family, a fire or a tree through the roof, when I can tell them exactly what's covered and get money moving. Cedar Ridge appeals to me because you're a mutual and your complaint ratio with TDI is one of the lowest in Texas, which tells me the company values doing it right over closing it cheap. The Central Texas territory is where I already work and live, and I know the contractors, the building departments and the local code requirements. I also want to complete my CPCU, and your paid study time would make that realistic. Longer term, I'd like to move into a large-loss or field supervisor role, and a mid-sized carrier gives me a clearer path there than a national one.",
        "I've been at Lone Star Heritage for five years and learned a lot, but caseloads keep growing, after every storm I'm well above 150, and I feel I'm doing my files faster rather than better. Your posting mentions 120 to 150, a company vehicle and EagleView access, which tells me you've thought about what field adjusters need to do good work. I also like that you write in Oklahoma, where I hold a non-resident license, so catastrophe deployments would use that. Personally, I'm motivated by getting claims right: fair to the policyholder and defensible for the company. I think my record on cycle time, reserves and SIU referrals shows I can do both, and I'd like to bring that to a company whose values match mine.",
      ],
      vague: [
        "I'm really interested in this role because Cedar Ridge has a great reputation and I want to grow my career in property claims. I think my experience would be a great fit.",
        "I'm passionate about helping people after a loss, and I'm looking for a new challenge with a company that values its customers and its employees.",
      ],
    },
    {
      name: "Handling a difficult policyholder",
      match: [
        "difficult customer",
        "difficult policyholder",
        "angry",
        "upset",
        "complaint",
        "irate",
        "unhappy",
        "de-escalate",
        "bad news",
      ],
      strong: [
        "I had to partially deny a claim for a retired couple whose bathroom floor had rotted from a shower leak over many months. The husband was very angry on the phone and said they'd paid premiums for thirty years and never claimed. I let him finish, told him I understood why he was upset, and asked if I could come to the house to explain in person. At the kitchen table I showed them the photos of the rot and the policy wording on continuous leakage, and then what we could pay: the cost of tearing out and replacing the part of the floor needed to repair the shower valve. I also gave them the name of a reputable contractor and explained how to request a review if they disagreed. They didn't like the answer, but they thanked me for explaining it face to face, and there was no complaint.",
        "One policyholder at Lone Star Heritage called our claims line every day after a hail claim, shouting at whoever answered because her contractor had told her she deserved a new roof and we'd approved repairs. I called her myself, apologized that she'd felt ignored, and offered a re-inspection with her contractor present. On the roof I showed both of them the test squares: only the west slope had functional hail damage. The contractor agreed on site. Then I explained that because her shingle was discontinued we'd requested an ITEL report, and if it confirmed no match we'd revisit the scope. It did, and we paid the full roof. She called my supervisor afterwards to say thank you. Most angry policyholders just want someone to take ownership and explain things honestly.",
      ],
      vague: [
        "When a policyholder is upset, I stay calm and listen to their concerns. I show empathy, explain the process clearly and do my best to resolve the issue fairly.",
        "Dealing with difficult customers is part of the job. I always stay professional and patient, and I try to understand their situation and find a solution.",
      ],
    },
  ],
};
