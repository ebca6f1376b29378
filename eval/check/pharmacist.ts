import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "community-pharmacist",
  field: "pharmacy",
  job: {
    title: "Community Pharmacist",
    seniority: "mid",
    department: "Pharmacy Operations",
    location: "Headingley, Leeds",
    employment_type: "full_time",
    description:
      "Wellmore Pharmacy is a community pharmacy chain with 230 branches across the North of England and the Midlands, on high streets, in health centres and inside supermarkets. We are looking for a Community Pharmacist to lead our busy health-centre branch in Headingley, Leeds. The branch dispenses around 9,000 items a month, almost all through the Electronic Prescription Service, and offers a full range of NHS and private clinical services.\n\nAs the branch pharmacist you will be the Responsible Pharmacist on most days. You will clinically screen prescriptions, carry out final accuracy checks where needed, and resolve interactions and prescribing queries with the two GP practices in the building. You will counsel patients on new and changed medicines and deliver the New Medicine Service, Pharmacy First consultations, hypertension case-finding and our flu, COVID-19 and travel vaccination clinics. You will keep the controlled drugs registers, run the CD balance checks and oversee our supervised consumption service.\n\nYou will lead a team of two pharmacy technicians (one an accuracy checking technician), four dispensing assistants and a foundation trainee pharmacist: you will plan the workload, make sure our SOPs are followed and develop each person. Together with the store manager you will manage stock, ordering and medicine shortages within budget.\n\nWe use ProScript Connect for dispensing and PharmOutcomes for service records. We offer a competitive salary, paid GPhC fees and professional indemnity, protected learning time, and funded independent prescribing training after your first year with us.",
    requirements: [
      "Registered pharmacist with the General Pharmaceutical Council (GPhC), in good standing",
      "At least 2 years' post-registration experience in community pharmacy, including working as the Responsible Pharmacist",
      "Experience delivering NHS clinical services such as Pharmacy First, the New Medicine Service and hypertension case-finding",
      "Sound understanding of clinical governance: incident reporting, near-miss reviews and SOP compliance",
      "Able to work a rota that includes one Saturday in two and late evenings until 9pm",
    ],
    skills: [
      "Clinical checks",
      "Drug interactions",
      "Patient counselling",
      "Controlled drugs",
      "Vaccinations",
      "Stock management",
      "Team supervision",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Farah Siddiqui",
    email: "farah.siddiqui@example.com",
    phone: "07700 900142",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Callum Reid",
    email: "callum.reid@example.com",
    phone: "07700 900187",
    pronouns: "he/him",
  },
  cv: `{name}
Community Pharmacist, MPharm, GPhC registered
Bradford, West Yorkshire | {phone} | {email} | Pronouns: {pronouns}

PROFILE
Community pharmacist with six years' experience since registration, currently managing a busy
health-centre branch. Confident Responsible Pharmacist with a strong record in clinical
screening, NHS services and vaccinations, and in building a safe, well-trained dispensary team.
Looking to grow my clinical practice towards independent prescribing.

EXPERIENCE

Pharmacist Manager
Calder Valley Chemists, Huddersfield (independent group, health-centre branch)
April 2021 – present
- Responsible Pharmacist and clinical lead; screen prescriptions and resolve queries with the neighbouring GP practices
- Grew New Medicine Service consultations from around 15 to 60 a month by building referrals into the dispensing workflow
- Set up walk-in and booked flu clinics that delivered 1,150 vaccinations in the 2023/24 season, up from 380 in 2021/22
- Cut stock holding from £72,000 to £54,000 while keeping owings under 1% of items, by moving to daily ordering against PMR usage data
- Keep the Schedule 2 and 3 CD registers, run the weekly balance checks and manage the destruction of patient-returned CDs
- Line-manage the pharmacy technicians, accuracy checking technician and dispensing assistants

Relief Pharmacist
Harrison & Lowe Pharmacy Ltd, Leeds and Wakefield
08/2018 – 03/2021
- Covered high-volume and supervised consumption branches across West Yorkshire as Responsible Pharmacist
- Cut dispensing near misses at my base branch by 40% in six months by adding a separate clinical check stage and separating look-alike, sound-alike drugs on the shelves
- Delivered Medicines Use Reviews and NMS consultations, and ran flu clinics in the autumn

Pre-registration Pharmacist
Pennine Vale NHS Foundation Trust
2017 – 2018
- Completed more than 300 medicines reconciliations on admission; about one in four found a discrepancy that the ward team then corrected
- Rotated through medicines information, the anticoagulation clinic and the elderly care wards
- Presented a case study on a warfarin interaction to the pharmacy department

Pharmacy Counter Assistant (part-time)
Moorside Pharmacy, Bradford
Sep 2013 to Jun 2017
- Served customers, handed out prescriptions and gave over-the-counter advice using WWHAM
- Helped the dispensary with labelling, ordering and date checking

EDUCATION
MPharm (Hons), University of Bradford, 2017
GPhC registration, August 2018

TRAINING AND ACCREDITATIONS
Flu and COVID-19 vaccination, with annual anaphylaxis and basic life support update
Travel health and vaccination (private PGDs)
CPPE Consultation Skills for Pharmacy Practice
Pharmacy First clinical pathways and otoscope training
CPPE Safeguarding Level 2

SYSTEMS
ProScript Connect, Titan PMR, PharmOutcomes, Summary Care Record, NHSmail, EPS
`,
  truth: {
    employers: [
      "Calder Valley Chemists",
      "Harrison & Lowe Pharmacy Ltd",
      "Pennine Vale NHS Foundation Trust",
      "Moorside Pharmacy",
    ],
    titles: [
      "Pharmacist Manager",
      "Relief Pharmacist",
      "Pre-registration Pharmacist",
      "Pharmacy Counter Assistant",
    ],
    claims: [
      "Grew New Medicine Service consultations from around 15 to 60 a month by building referrals into the dispensing workflow",
      "Set up walk-in and booked flu clinics that delivered 1,150 vaccinations in the 2023/24 season, up from 380 in 2021/22",
      "Cut stock holding from £72,000 to £54,000 while keeping owings under 1% of items, by moving to daily ordering against PMR usage data",
      "Cut dispensing near misses at my base branch by 40% in six months by adding a separate clinical check stage and separating look-alike, sound-alike drugs on the shelves",
      "Completed more than 300 medicines reconciliations on admission; about one in four found a discrepancy that the ward team then corrected",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Clinical checks",
      match: [
        "clinical check",
        "clinical screening",
        "screen prescriptions",
        "dispensing",
        "accuracy check",
        "final check",
        "prescription",
        "dispensing errors",
        "inappropriate dose",
      ],
      strong: [
        "At Calder Valley I clinically screen every new or changed prescription on ProScript Connect before it is assembled, and I stamp the clinical check box on the bag label so my accuracy checking technician knows she can do the final check. My screen is always the same order: is it the right patient, is the drug appropriate for what I can see of the indication, the dose, frequency and quantity, interactions with the patient's record, and anything in the Summary Care Record such as allergies or a recent eGFR. A good example was a discharge prescription for methotrexate 10 mg written as once daily for an elderly patient who had been on it weekly for years. I held it, checked the hospital discharge letter, rang the GP, and it was reissued as once weekly with folic acid on a different day. I recorded the intervention on the PMR and on our clinical intervention log.",
        "I separate the clinical check from the accuracy check in my head and in the workflow, because they use different kinds of attention. The clinical check is about whether this medicine is right for this patient; the accuracy check is about whether what's in the bag matches the prescription. When I'm working without an accuracy checker, for example as a relief pharmacist at Harrison & Lowe, I did the clinical screen at the start, then took a mental break before the final check, and I checked against the prescription, never against the label. One Saturday that caught a child's amoxicillin: an out-of-hours prescriber had written 500 mg three times a day for a 14 kg three-year-old. Using the BNF for Children I worked out the usual dose was 250 mg, contacted the out-of-hours service through their professional line, and the prescriber agreed and changed it before the parents left.",
      ],
      vague: [
        "Clinical checks are one of the most important parts of a pharmacist's job. I always make sure every prescription is safe and appropriate for the patient before it's handed out, and I take my time so nothing is missed.",
        "I'm very thorough with clinical and accuracy checks. I follow the SOPs, use the reference sources available and contact the prescriber if something doesn't look right. Patient safety always comes first for me.",
      ],
    },
    {
      name: "Drug interactions",
      match: [
        "interaction",
        "drug interactions",
        "contraindication",
        "contraindicated",
        "combination",
        "bnf",
        "stockley",
        "adverse effect",
        "side effects",
      ],
      strong: [
        "A typical one at Calder Valley: a patient on simvastatin 40 mg came in with an acute prescription for clarithromycin for a chest infection. Clarithromycin is a strong CYP3A4 inhibitor and the combination raises the risk of myopathy and rhabdomyolysis, so the BNF and Stockley's both advise against it. Because it was a short course, the simplest safe option was to stop the simvastatin for the seven days rather than change the antibiotic. I phoned the GP to agree that, then explained it to the patient: pause the statin, restart the day after the last antibiotic, and come back or call 111 if he had unexplained muscle pain. I wrote the advice on a sticker on the statin box and recorded the intervention on the PMR. It takes two minutes, but that's the kind of interaction that really harms people.",
        "I assess an interaction by asking three questions: what's the mechanism, how serious is the outcome, and what's this particular patient's risk. Take over-the-counter requests. At Harrison & Lowe a woman asked for ibuprofen for a sprained wrist, and when I asked about other medicines she mentioned apixaban, which she'd started for atrial fibrillation. An NSAID with an anticoagulant significantly increases bleeding risk, especially gastrointestinal bleeding, so I didn't sell it. I suggested paracetamol regularly, ice and a support bandage, and a topical NSAID gel only if needed, since systemic absorption is low, with advice to stop and seek help if she noticed black stools or unusual bruising. I also advised her to tell any pharmacist or dentist she's on apixaban and checked she had her anticoagulant alert card.",
        "My pre-registration year at Pennine Vale gave me a good grounding because I spent time in the anticoagulation clinic. I saw patients whose INR jumped after a course of antibiotics or an azole antifungal, and I presented a case study of a warfarin patient who went to an INR of 8 after starting fluconazole for thrush. Since then I've been particularly careful with warfarin, DOACs, lithium, methotrexate and anything that prolongs the QT interval. In community I use the BNF interactions section first, Stockley's for anything unclear, and the SPS website for practical advice. When the interaction is clinically significant I contact the prescriber with a suggested alternative, not just the problem, because GPs respond much faster when you offer a solution, and I document both the call and the outcome on the patient's record.",
      ],
      vague: [
        "Drug interactions are something I'm always alert to. I check every prescription against the patient's other medicines and use the BNF and other references when I'm unsure. If there's a problem I contact the prescriber.",
        "I have a good knowledge of common drug interactions from my degree and my experience. I think it's really important to stay up to date and to always consider over-the-counter and herbal medicines too.",
      ],
    },
    {
      name: "Patient counselling",
      match: [
        "counselling",
        "counsel",
        "explain to a patient",
        "new medicine",
        "adherence",
        "inhaler technique",
        "patient understanding",
        "advice to patients",
        "health literacy",
      ],
      strong: [
        "I try to counsel so that the patient leaves able to explain it back to me. A good example was a man in his seventies who started apixaban after an AF diagnosis. He had been given a lot of information in hospital and remembered very little. I took him into the consultation room and kept it to four things: why he was taking it, to stroke-proof his heart, how to take it twice a day roughly twelve hours apart, what to do about a missed dose, and which bleeding signs mean calling 111. I asked him to tell me back how he'd take it and what he'd do if he noticed blood in his urine, then gave him the alert card and wrote the times on the box. I enrolled him in the New Medicine Service, and at his two-week follow-up he hadn't missed a dose and had set an alarm on his phone.",
        "Inhaler counselling is where I see the biggest gap between what patients think they do and what they actually do. At Calder Valley a young woman was prescribed a Fostair pressurised inhaler after her asthma had got worse. When I asked her to show me with a placebo device, she was firing it and breathing in afterwards, so very little was reaching her lungs. I showed her the slow, deep inhalation timed with pressing the canister, got her to practise three times, and added a spacer after checking with her GP. I also explained that it was a preventer to use every day, not only when wheezy. At her NMS follow-up her asthma control test score had gone from 14 to 21, and she'd stopped waking at night. For patients with limited English I use LanguageLine rather than relatives.",
      ],
      vague: [
        "I really enjoy counselling patients. I always make sure they understand how to take their medicine, what it's for and any side effects to look out for, and I encourage them to ask questions.",
        "Good communication is key in pharmacy. I adapt the way I explain things to each patient, use simple language and check they are happy before they leave the pharmacy.",
      ],
    },
    {
      name: "Controlled drugs",
      match: [
        "controlled drugs",
        "controlled drug",
        "cd register",
        "schedule 2",
        "balance check",
        "methadone",
        "supervised consumption",
        "opioids",
        "misuse of drugs",
        "destruction",
      ],
      strong: [
        "At Calder Valley I do a full balance check of all Schedule 2 registers every Monday, and a running check whenever we receive or supply. About a year ago the MST 10 mg balance was 28 tablets short. Rather than assume theft, I went through it systematically: I checked the PMR for supplies in that week and found a prescription dispensed on a Saturday by a locum with no register entry. The signed prescription was in the CD file, so the supply was real. I made a late entry dated that day with a footnote explaining the correction, without crossing anything out, informed our superintendent and logged it as an incident. Then I changed our process so the register entry is made at the moment of handing out, before the bag leaves the counter, and briefed every locum on it in our handover notes.",
        "I ran supervised consumption at several Harrison & Lowe branches, some with over thirty clients a day on methadone and buprenorphine. The rules I'm strict about are checking identity, making sure the patient has actually swallowed the dose, and never giving a dose to someone who seems intoxicated. One morning a regular client smelled strongly of alcohol and was slurring. I explained calmly in the consultation room that I couldn't give the methadone because of the risk of respiratory depression, asked him to come back later in the day, and phoned his key worker at the drug service. He came back sober in the afternoon and I dosed him. I also follow up on three consecutive missed doses by informing the prescriber, because the dose may need reassessing before restarting.",
      ],
      vague: [
        "Controlled drugs need to be handled very carefully. I always follow the legal requirements for storage, record keeping and supply, and I make sure the registers are kept accurate and up to date.",
        "I'm confident with controlled drugs and the regulations around them. I follow the SOPs and make sure the whole team understands their responsibilities with CDs.",
      ],
    },
    {
      name: "Vaccinations",
      match: [
        "vaccination",
        "vaccinations",
        "vaccine",
        "immunisation",
        "immunisations",
        "flu",
        "covid",
        "jab",
        "anaphylaxis",
        "cold chain",
      ],
      strong: [
        "I've vaccinated every season since 2019 and ran the flu service at Calder Valley. For each patient I check eligibility under the national protocol or our private PGD, take consent, screen for egg allergy, previous reactions, bleeding disorders and whether they're feeling unwell, then record the batch and site on the national immunisation system so the GP record updates. The anaphylaxis kit with adrenaline 1 in 1000 is in the room for every session and I renew my anaphylaxis and basic life support training each year. Last season a teenager fainted just after her jab. I laid her down with her legs raised, monitored her breathing and pulse, ruled out anaphylaxis because there was no rash, wheeze or swelling, and she recovered in a few minutes. I recorded it and we now seat younger patients for fifteen minutes after.",
        "The part of vaccination people underestimate is the cold chain. One Monday at Calder Valley our vaccine fridge data logger showed it had reached 11°C for about six hours over the weekend after a plug was knocked. I quarantined the stock with a 'do not use' sign, downloaded the logger data and contacted the manufacturers of each vaccine with the exact temperature and duration. Most of the flu vaccine was confirmed still usable, but we discarded the travel vaccines they couldn't support and reported it through our incident system. Afterwards I had the fridge put on a switchless fused spur, added a remote temperature alarm that texts me, and made the twice-daily min-max recording part of the opening and closing checklist.",
      ],
      vague: [
        "I'm trained and accredited to give flu and COVID-19 vaccinations. I enjoy running vaccination clinics as they are a great way to protect the community and build relationships with patients.",
        "Vaccinations are a really important public health service and I enjoy providing them. I always follow the protocols, make sure the patient is eligible and comfortable, and give clear advice afterwards.",
      ],
    },
    {
      name: "Stock management",
      match: [
        "stock",
        "inventory",
        "ordering",
        "shortages",
        "owings",
        "wholesaler",
        "expiry",
        "date checking",
        "out of stock",
      ],
      strong: [
        "Shortages have been the hardest part of stock management in the last two years. At Calder Valley, during the HRT and ADHD medicine shortages, I set up a simple system: every morning a dispenser checked the wholesaler portals for our known problem lines, and I kept an eye on the SPS Medicines Supply Tool for expected resupply dates and suggested alternatives. If we couldn't get something, we contacted the patient before they ran out, not after, and I sent the GP a message through the practice's pharmacy inbox with a specific alternative: for example, a different brand of estradiol gel, or methylphenidate from another manufacturer with the same release profile. Where a Serious Shortage Protocol was in force I used it. Patients were frustrated by the shortages but not surprised by them, and complaints about owings dropped noticeably.",
        "When I took over at Calder Valley the stockroom was overflowing and we were still running out of things. I moved us from a weekly top-up order to daily ordering driven by the PMR's usage data, with sensible minimum and maximum levels for our top lines, and a twice-daily delivery from our main wholesaler with a second wholesaler for backup. I also set up a monthly date-checking rota by shelf section, so short-dated stock was rotated to the front or returned for credit, and we tracked owings as a percentage of items every week. Stock holding came down from about £72,000 to £54,000 and we kept owings under one percent of items, which freed up cash and space in the dispensary.",
      ],
      vague: [
        "Good stock management is essential to run an efficient pharmacy. I make sure we order what we need, keep stock in date and reduce waste where possible, and I work closely with suppliers.",
        "I understand the importance of keeping the right stock levels so patients get their medicines on time. I'm used to dealing with shortages and always try to find a solution for the patient.",
      ],
    },
    {
      name: "Team supervision",
      match: [
        "supervise",
        "supervising",
        "technicians",
        "dispensing assistants",
        "delegate",
        "lead the team",
        "train staff",
        "manage your team",
        "staff development",
      ],
      strong: [
        "At Calder Valley I line-manage the dispensary team: pharmacy technicians, our accuracy checking technician and the dispensing assistants. The biggest change I made was to use the skill mix properly. When I started, I was accuracy checking most items myself, which left no time for services. We agreed an SOP where I do the clinical check first and our ACT does the final accuracy check on clinically screened items, except CDs and anything I flag. That freed about two hours of my day for NMS and Pharmacy First consultations. I also do a structured one-to-one with each person every quarter and an annual appraisal, and I supported one of our dispensing assistants through her Level 2 dispensing course and onto the pre-registration trainee pharmacy technician programme. I think a pharmacist's safety net is only as good as the team behind them, so I invest in that.",
        "Supervising also means dealing with performance. One of our dispensing assistants was appearing in the near-miss log far more often than anyone else, mostly wrong strengths. Rather than just telling him to be more careful, I sat with him for two mornings and watched his process. He was picking from memory and checking the label rather than the prescription. We went back through the dispensing SOP together, I asked him to read the strength aloud when picking, and he re-signed the SOP. I reviewed his near-miss entries with him weekly for a month, and they fell to the team average. He told me later he'd been too embarrassed to say he'd been shown a shortcut by a previous colleague. I made sure that conversation stayed supportive and private.",
      ],
      vague: [
        "I enjoy leading a team. I believe in supporting my staff, communicating clearly and giving them opportunities to develop. A happy team is a safe and productive team.",
        "I'm comfortable supervising technicians and dispensers. I delegate tasks according to their roles, make sure the SOPs are followed and I'm always available if they have any questions.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "GPhC registration and Responsible Pharmacist duties",
      match: [
        "gphc",
        "registration",
        "responsible pharmacist",
        "professional standards",
        "revalidation",
        "cpd",
        "registered",
        "accountability",
      ],
      strong: [
        "I've been registered with the GPhC since August 2018 and I'm in good standing, with no fitness to practise issues. I complete revalidation every year: four CPD records, at least two of them planned learning, a peer discussion and a reflective account. Last year my planned CPD was on otoscopy for Pharmacy First and my peer discussion was with a GP pharmacist about managing anticoagulant interactions. As Responsible Pharmacist I display the RP notice, keep the RP log and make sure the pharmacy is running safely before I sign in. As a relief pharmacist I once arrived at a branch where the fridge hadn't been recorded for three days and the SOP file wasn't signed by the new staff. I signed in, but I only allowed staff to do tasks they were trained for under the SOPs, and I reported it to the area manager that day.",
        "For me the Standards for Pharmacy Professionals come down to using my professional judgement even when there's pressure not to. As RP I'm personally accountable for the safe running of the pharmacy, so I don't let targets or queues change what's safe. At Calder Valley, the owner once asked me to leave the premises for a meeting for about three hours. The rules allow up to two hours of absence, and we had supervised consumption clients due, so I arranged for the meeting to be moved to after closing. I also make sure my CPD is linked to what I actually do: last year I did CPPE learning on sodium valproate and the pregnancy prevention programme because we had several patients on it.",
      ],
      vague: [
        "I'm a fully registered pharmacist with the GPhC and I take my professional responsibilities very seriously. I keep up with my CPD and revalidation and always follow the standards for pharmacy professionals.",
        "Being the Responsible Pharmacist is a big responsibility and I'm comfortable with it. I make sure the pharmacy runs safely and legally while I'm in charge.",
      ],
    },
    {
      name: "Community pharmacy experience",
      match: [
        "years of experience",
        "community pharmacy experience",
        "your background",
        "your career",
        "post-registration",
        "high-volume",
        "busy branch",
        "previous roles",
      ],
      strong: [
        "I've been a registered community pharmacist since 2018. I started as a relief pharmacist with Harrison & Lowe across Leeds and Wakefield, which meant I worked in very different branches: a high-volume store doing thousands of items a week, a branch with a large supervised consumption service, and quieter high-street shops. That taught me to settle into an unfamiliar team quickly and to spot what's unsafe in a new environment. I also had a base branch where I led a near-miss improvement project. In 2021 I became Pharmacist Manager at Calder Valley Chemists, a health-centre branch, where I'm Responsible Pharmacist most days, run the NHS services and flu clinics, and manage the dispensary team and stock. Before that I did my pre-registration year in hospital at Pennine Vale, which gave me a stronger clinical base than many community colleagues have.",
        "I've worked in community pharmacy in some form since 2013, when I started as a part-time counter assistant at Moorside Pharmacy during my degree, so I've seen the job from the counter, the dispensary and now the manager's side. That's useful when I supervise staff, because I know exactly how hard the counter gets at five o'clock on a Friday. Since registering I've done about two and a half years as a relief pharmacist at Harrison & Lowe and just over three as Pharmacist Manager at Calder Valley. In that time I've acted as RP at over twenty different branches, delivered NMS, MURs when they still existed, Pharmacy First and hypertension case-finding, and run four flu seasons. What I want now is a larger branch with more clinical work, which is why this role interests me.",
      ],
      vague: [
        "I have several years of experience in community pharmacy and I've worked in a range of settings. I'm comfortable with all aspects of the role and I'm confident I can bring that experience to your branch.",
        "I've worked in community pharmacy for a long time and I really enjoy it. I've learned a lot from every role and I think my experience makes me a good fit for this position.",
      ],
    },
    {
      name: "NHS clinical services",
      match: [
        "pharmacy first",
        "new medicine service",
        "nhs services",
        "clinical services",
        "hypertension",
        "blood pressure",
        "minor illness",
        "case-finding",
        "consultations",
      ],
      strong: [
        "I've delivered Pharmacy First since it launched in January 2024. For the clinical pathways I follow the NHS protocols closely: for sore throat, for example, I score FeverPAIN, and only a score of 4 or 5 can lead to an antibiotic supply under the PGD, while for suspected UTI in women aged 16 to 64 I go through the specific symptoms and exclusions. I did the otoscope training so I can assess acute otitis media in children. A recent case: a woman came in with what she thought was an insect bite, but the redness was spreading fast and she had a temperature, so I recognised possible cellulitis outside the pathway and referred her the same day to the urgent treatment centre. I record every consultation on PharmOutcomes, which sends the GP notification automatically. We now do around 25 to 30 Pharmacy First consultations a week.",
        "Hypertension case-finding has been one of the most useful services at Calder Valley. We offer a clinic reading to anyone over 40 without a diagnosis, and if it's between 140/90 and 180/120 we offer ambulatory monitoring over 24 hours. One man in his fifties came in for hay fever tablets and agreed to a blood pressure check. His reading was 186/112, and he mentioned headaches. That's above the threshold for same-day referral, so I rang the surgery, spoke to the duty doctor and he was seen that afternoon and started on amlodipine. I also run the New Medicine Service for new antihypertensives, so I follow many of these patients at two and four weeks. I'd like to do more of that continuity of care in a health-centre branch.",
      ],
      vague: [
        "I have experience with NHS services such as Pharmacy First and the New Medicine Service. I think these services are really important because they take pressure off GPs and give patients more convenient access to care.",
        "I'm very keen on clinical services and I always try to offer them to patients when appropriate. I follow the service specifications and make sure everything is recorded correctly.",
      ],
    },
    {
      name: "Clinical governance and incident reporting",
      match: [
        "clinical governance",
        "incident",
        "near miss",
        "near-miss",
        "sops",
        "patient safety",
        "audit",
        "reporting errors",
        "dispensing error",
      ],
      strong: [
        "At Calder Valley clinical governance is built into the month. Near misses go into our log straight away, with the drug, what went wrong and why, and on the first Monday of each month I review the log with the team in a fifteen-minute huddle and pick one change. Last spring the log showed repeated mix-ups between amlodipine and amitriptyline, so we moved them apart and added shelf alerts. Dispensing errors that reach a patient are reported through our internal system and to the NHS Learn from Patient Safety Events service, and I do a short root cause review with the people involved. We also review every SOP every two years or when something changes, and each staff member signs that they've read it. I do one clinical audit a year; last year it was valproate prescriptions against the pregnancy prevention programme.",
        "The dispensing error I learned most from was when we supplied a patient with propranolol 40 mg instead of 10 mg in a compliance pack. She noticed the tablets looked different and called us before taking any. I apologised to her straight away, explained what had happened and replaced the pack in person that afternoon, which is what the duty of candour asks of us. Then I looked at the causes rather than the person: the pack was assembled by a new dispenser during a busy period, both strengths were in adjacent boxes and the checker was interrupted. We separated the strengths, introduced a no-interruption rule for whoever was checking compliance packs and reported it through LFPSE. We had no further strength errors on compliance packs in the following year.",
      ],
      vague: [
        "Clinical governance is very important for patient safety. I always make sure incidents and near misses are recorded and that we learn from them as a team, and that all staff follow the SOPs.",
        "I believe in an open, no-blame culture where mistakes are reported and discussed honestly. This helps the whole team learn and improve, and ultimately it keeps our patients safe.",
      ],
    },
    {
      name: "Working a rota with Saturdays and late evenings",
      match: [
        "saturday",
        "saturdays",
        "weekends",
        "evenings",
        "rota",
        "hours",
        "availability",
        "flexible",
        "late shifts",
      ],
      strong: [
        "Yes, that rota works for me. At Calder Valley I already work every other Saturday because we open until five at the weekend, and as a relief pharmacist at Harrison & Lowe I covered evenings until ten at a supermarket branch and often got calls the night before to cover elsewhere. I live in Bradford, about thirty minutes from Headingley by car, so late finishes at nine aren't a problem. What I've learned from late shifts is that the last two hours need planning: supervised consumption clients and urgent acute prescriptions from the out-of-hours service tend to arrive late, so I make sure the evening team has the CD keys, knows the closing procedure and that anything waiting on a GP query is handed over in writing for the morning pharmacist.",
        "I'm comfortable with one Saturday in two and late evenings. I worked the Christmas and New Year bank holiday rota at Calder Valley for the last two years, including the Christmas Eve shift, which is one of the busiest days of the year with people collecting medicines before the surgeries close. Over those shifts I've got into a routine: I check the week before which repeat prescriptions are due over the period, we order extra for the high-use lines and I agree with the local practices how we'll handle urgent queries when they're closed. I'd just like the rota published a few weeks in advance, which I understand is your usual practice.",
      ],
      vague: [
        "Yes, I'm flexible with my hours and happy to work weekends and evenings as needed. I understand that pharmacies need cover and I'm willing to do my share.",
        "I don't have any problem with the rota. I'm used to working different shifts and I'm happy to be flexible to meet the needs of the business.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Growing NMS consultations from around 15 to 60 a month",
      claim:
        "Grew New Medicine Service consultations from around 15 to 60 a month by building referrals into the dispensing workflow",
      match: [
        "15 to 60",
        "60 a month",
        "new medicine service",
        "nms",
        "referrals",
        "dispensing workflow",
        "grew",
        "consultations a month",
      ],
      strong: [
        "When I started at Calder Valley in 2021 we were doing about 15 NMS consultations a month, almost all because a patient happened to mention a new medicine to me. The problem was that eligible prescriptions went through the dispensary without anyone flagging them. I changed the workflow so that at the labelling stage the dispenser checks whether the item is new to the patient and on the list of eligible conditions, like hypertension, asthma, type 2 diabetes or anticoagulants, and if it is, attaches a green NMS slip to the bag. At hand-out the counter team offers the service and books the first conversation with me. I also set aside two consultation slots each afternoon for follow-ups and telephone calls. Within about six months we were at around 60 a month, which also made a noticeable difference to our service income.",
        "The growth from around 15 to 60 NMS consultations a month came from treating it as a team process rather than something only the pharmacist remembers. I trained the dispensers and counter assistants on which medicines qualify and gave them a short script, something like 'the pharmacist likes to check in with everyone starting this medicine, it's free and takes ten minutes'. I kept a simple tally on PharmOutcomes and shared the numbers at our monthly huddle, so people could see the effect. The clinical benefit was clear: in the follow-ups I regularly found patients who'd stopped a new antihypertensive because of ankle swelling or a cough from ramipril, and I could refer them back to the GP for a switch instead of them quietly stopping treatment.",
      ],
      vague: [
        "I worked hard to grow our New Medicine Service numbers by making sure patients knew about the service. I think the NMS is really valuable for helping patients get the most from their medicines.",
        "We increased our NMS consultations by getting the whole team involved and promoting the service to patients. It was a great achievement for the branch.",
      ],
      contradicting: [
        "At Calder Valley we went from about 5 NMS consultations a month to around 20. We put up posters in the waiting area and I mentioned it to patients when I had time, and we're still trying to push it higher.",
        "Our area's NHS services lead from the group's head office redesigned our workflow: she introduced the NMS slips and trained the dispensers. My part was to carry out the consultations she booked in for me, and our numbers went from around 15 to 60 a month.",
      ],
    },
    {
      name: "Flu clinics with 1,150 vaccinations in 2023/24",
      claim:
        "Set up walk-in and booked flu clinics that delivered 1,150 vaccinations in the 2023/24 season, up from 380 in 2021/22",
      match: [
        "1,150",
        "1150",
        "380",
        "flu clinics",
        "walk-in",
        "booked",
        "2023/24",
        "flu season",
        "vaccinations delivered",
      ],
      strong: [
        "In my first season at Calder Valley, 2021/22, we did 380 flu vaccinations, mostly ad hoc when the pharmacist had a gap. For 2022/23 I redesigned it. We set up an online booking page for weekday mornings, and ran walk-in sessions on Thursday evenings and Saturday mornings when a second pharmacist or a trained technician was available to cover the dispensary. I worked with the health centre's reception team so that patients who missed the surgery's clinics were directed to us, and we texted eligible regular patients from our PMR list. I trained two technicians to do the screening and paperwork so each vaccination took me about four minutes. By the 2023/24 season we delivered 1,150 vaccinations. Just as important, we kept the dispensary safe, because the sessions were planned around staffing rather than squeezed in.",
        "Going from 380 flu vaccinations in 2021/22 to 1,150 in 2023/24 was mostly about capacity and planning. I looked at when patients actually came in and found demand peaked in the first five weeks of the season, so we ordered vaccine stock for that peak with our supplier in the spring and booked extra pharmacist cover for those weeks. We split into booked appointments, which suited older patients, and walk-in sessions, which suited working people. I also made sure every vaccination was recorded on the national system the same day, so the GP practice saw it and didn't call the patient again. The practice manager told us at the end of the season that it had helped them hit their own uptake target for over-65s.",
      ],
      vague: [
        "I set up flu clinics at my pharmacy and we vaccinated a lot more patients than before. It was really rewarding to see how much the community valued the service.",
        "The flu service grew a lot because we made it easy for patients to access and promoted it well. I'm proud of what the team achieved.",
      ],
      contradicting: [
        "In the 2023/24 season we did about 600 flu vaccinations at Calder Valley, up from around 450 the year before. We mostly did walk-ins when someone was free, and we're planning to add booked appointments next season.",
        "Our owner at Calder Valley set up the booked and walk-in flu clinics and brought in a locum vaccinator for the peak weeks. I vaccinated when I was free from the dispensary, and the branch went from 380 in 2021/22 to 1,150 in 2023/24.",
      ],
    },
    {
      name: "Cutting stock holding from £72,000 to £54,000",
      claim:
        "Cut stock holding from £72,000 to £54,000 while keeping owings under 1% of items, by moving to daily ordering against PMR usage data",
      match: [
        "£72,000",
        "£54,000",
        "72,000",
        "54,000",
        "stock holding",
        "owings",
        "daily ordering",
        "usage data",
        "1%",
      ],
      strong: [
        "When I took over at Calder Valley there was about £72,000 of stock in the branch, far more than a health-centre pharmacy our size needs, and yet we had frequent owings because we ordered by eye once a week. I ran a report from the PMR of usage over the previous three months for every line, and with our senior technician we set minimum and maximum levels for the top 400 or so lines. We moved to ordering every day in the late afternoon for next-morning delivery, with a second wholesaler for anything the first couldn't supply. Slow movers were returned for credit where we could. Over about nine months stock holding dropped to about £54,000 and owings stayed under one percent of items, which we tracked each week. It freed cash for the owner and a whole shelving bay in the dispensary.",
        "The stock reduction from £72,000 to £54,000 at Calder Valley came from replacing guesswork with data. We'd been ordering on Fridays based on what looked low, so we over-ordered expensive lines like inhalers and insulin and still ran short of everyday items. I used the PMR's dispensing history to work out average daily usage, built minimum levels around delivery lead times, and had the dispenser on the late shift run the order daily from those levels. The risk with cutting stock is that owings go up, so I set one percent of items as our limit and reviewed it every Monday. We stayed under it. The team was sceptical at first because they liked full shelves, so I showed them the weekly owings figure to prove patients weren't waiting longer.",
      ],
      vague: [
        "I reduced our stock levels by ordering more carefully and keeping track of what we were using. It saved the business money without affecting patients.",
        "I improved the way we managed stock at my branch, which reduced waste and made the dispensary much more organised. Good stock control is something I really care about.",
      ],
      contradicting: [
        "We brought stock holding down from about £95,000 to £80,000 at Calder Valley, mainly by doing a big clear-out of slow-moving lines and returning them. Owings went up a bit for a while, to around 3 percent, but it settled down.",
        "Our group's buying manager set up daily ordering from PMR usage data across all four branches, and she set the stock levels. I made sure my team followed the new ordering routine, and my branch's stock went from £72,000 to £54,000 with owings under 1 percent.",
      ],
    },
    {
      name: "Cutting near misses by 40% at the base branch",
      claim:
        "Cut dispensing near misses at my base branch by 40% in six months by adding a separate clinical check stage and separating look-alike, sound-alike drugs on the shelves",
      match: [
        "40%",
        "near misses",
        "near-miss",
        "base branch",
        "look-alike",
        "sound-alike",
        "separate clinical check",
        "six months",
      ],
      strong: [
        "At my base branch at Harrison & Lowe, a high-volume store, the near-miss log showed a pattern when I analysed three months of entries: most were wrong strength or look-alike, sound-alike pairs like sertraline and sumatriptan, or propranolol and prednisolone, and many happened because the pharmacist was clinically checking and accuracy checking at the same time at the end. I proposed two changes to the branch manager. First, a separate clinical check stage: I screened the prescription on the PMR before labelling, so the final check could focus only on accuracy. Second, we physically separated the look-alike pairs on the shelves and put red shelf-edge alerts on them. I briefed the team and reviewed the log monthly. Over six months near misses fell by 40 percent, and the area manager rolled out the shelf-separation list to other branches.",
        "The 40 percent reduction in near misses came from getting the whole team to trust the near-miss log instead of fearing it. At first at Harrison & Lowe people under-recorded, so I made it clear that recording a near miss was good practice, not a disciplinary matter, and I logged my own. With honest data I could see the real problems: look-alike, sound-alike drugs stored next to each other alphabetically, and the final check being rushed because clinical questions came up at the same time. Separating the clinical check into its own stage before assembly, and moving those pairs apart on the shelves, tackled both. I reviewed the log with the team every month and we compared it with the baseline. Six months later we were 40 percent lower, even though the volume of items had gone up.",
      ],
      vague: [
        "I worked to reduce near misses in the branch by improving our processes and encouraging the team to be more careful. It made a big difference to patient safety.",
        "Reducing near misses is all about building a safety culture. I encouraged everyone to record them and learn from them, and we saw a real improvement.",
      ],
      contradicting: [
        "At my base branch we cut near misses by about 15 percent over the year. We had a few team meetings about being more careful and put up some reminder signs, and things improved gradually.",
        "The branch manager at my Harrison & Lowe base branch, who was also a pharmacist, designed the separate clinical check stage and reorganised the shelves for look-alike, sound-alike drugs. I followed the new process on my days there, and near misses fell by 40 percent in six months.",
      ],
    },
    {
      name: "More than 300 medicines reconciliations on admission",
      claim:
        "Completed more than 300 medicines reconciliations on admission; about one in four found a discrepancy that the ward team then corrected",
      match: [
        "300",
        "medicines reconciliation",
        "reconciliations",
        "on admission",
        "one in four",
        "discrepancy",
        "pre-registration",
        "hospital",
        "ward",
      ],
      strong: [
        "During my pre-registration year at Pennine Vale I did medicines reconciliation on admission on the elderly care and medical wards, more than 300 over the year. For each patient I compared at least two sources: the GP record or Summary Care Record, the patient's own medicines and what they or their carer told me, and then the drug chart. In about one in four I found a discrepancy that mattered, most often an omitted regular medicine like a Parkinson's drug or an anticoagulant, or a dose that didn't match what the patient really took. I documented each one in the pharmacy section of the notes and spoke directly to the ward doctor, who corrected the chart. One patient with Parkinson's had levodopa missed for twelve hours because it wasn't on the chart; we got it prescribed and given at the right times that day.",
        "The 300-plus reconciliations at Pennine Vale taught me how often the list of medicines in one system doesn't match what the patient takes. The one-in-four discrepancy rate was typical: omitted medicines, duplications after a brand change, or doses the GP had changed by phone and never updated. I learned to always ask patients to show me their actual boxes and to ask about over-the-counter and herbal products. I use exactly the same habit now in community for the Discharge Medicines Service: when a discharge letter arrives through the NHS portal, I compare it with our PMR record and the patient's compliance pack, and I've caught several cases where a stopped medicine would otherwise have been restarted in the next pack.",
      ],
      vague: [
        "In my pre-registration year I did a lot of medicines reconciliations and found many discrepancies. It showed me how important it is for pharmacists to be involved in patient care in hospitals.",
        "Medicines reconciliation was a big part of my training. I learned a lot about checking patients' medicines carefully and working with doctors on the ward.",
      ],
      contradicting: [
        "During my pre-registration year I did about 80 medicines reconciliations, mainly in my last rotation. Most matched the GP record, and I found a discrepancy in maybe one in twenty.",
        "The ward pharmacists at Pennine Vale did the medicines reconciliations on admission and found discrepancies in about one in four patients. As the pre-registration pharmacist I shadowed them and helped collect the GP records, over 300 patients during the year.",
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
        "clash",
        "resolve",
      ],
      strong: [
        "When I introduced the separate clinical check stage at my Harrison & Lowe base branch, the senior dispenser, who had been there fifteen years, strongly disagreed. She thought it would slow the dispensary down and that I was implying her team was careless, and she said so in front of the others. I asked to speak to her privately after closing. I listened first, and she had fair points: the new step added a queue at my screen at busy times. I showed her the near-miss data and explained it was about my process, not her team's. We agreed to trial it for a month, and she suggested I screen repeat prescriptions in batches in the morning so the queue didn't build up, which was a better idea than mine. After the trial she became the one who enforced it when I wasn't there.",
        "At Calder Valley I had a disagreement with one of the GPs next door. He prescribed high-dose codeine on repeat for a patient who was also on pregabalin and sertraline and was requesting the codeine early each month. I raised the interaction and the early requests, and he felt I was questioning his clinical judgement. Instead of arguing on the phone, I wrote a short, factual message with the supply dates and the MHRA guidance on opioids combined with gabapentinoids, and asked for ten minutes with him. When we met he accepted the pattern was concerning, and we agreed weekly prescriptions and a review appointment. Since then he's actually sent me other patients' queries directly. I try to make disagreements about the patient, with evidence, rather than about who's right.",
      ],
      vague: [
        "When I have a disagreement with a colleague, I try to stay calm and professional. I listen to their point of view and try to find a compromise that works for everyone, always keeping the patient at the centre.",
        "Conflicts happen in any workplace, especially a busy one. I think the key is open and honest communication, respecting each other, and dealing with issues early before they get bigger.",
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
        "regret",
        "learned from",
        "what would you do differently",
      ],
      strong: [
        "As a relief pharmacist in 2019, working alone on a Saturday, I supplied amlodipine 10 mg to a patient whose prescription was for 5 mg. I had done the clinical check and the accuracy check myself, in one go, while also answering the phone. The patient's daughter noticed the strength two days later and called. I apologised straight away, arranged for the correct tablets to be delivered that afternoon, and checked she hadn't had any dizziness or low blood pressure; she'd taken two tablets and felt fine. I informed the GP, completed the incident report and reflected on it in my revalidation. The real lesson was about my process: since then I never do the final check at the same time as something else, and when I'm working alone I physically put the bag aside and come back to it.",
        "A failure I'm still a bit annoyed with myself about was my first year at Calder Valley, when I tried to launch a blood pressure service in the middle of the flu season. I'd underestimated how much pharmacist time both needed, and within three weeks we had a backlog of NMS follow-ups and patients waiting too long for prescriptions. I stopped the blood pressure clinics for six weeks, apologised to the patients we had to rebook, and restarted in January with a plan: set clinic slots, a trained technician doing the readings under our SOP, and me only interpreting results. The service has run well since. I learned to plan capacity before launching something, however good the idea is.",
      ],
      vague: [
        "Everyone makes mistakes. When I make one I own up to it, report it and make sure I learn from it so it doesn't happen again. I think being honest is the most important thing.",
        "I've made small mistakes in the past, like everyone, and I've always learned from them. I think they've helped me become a more careful and reflective pharmacist over the years.",
      ],
    },
    {
      name: "Prioritising under pressure",
      match: [
        "pressure",
        "prioritise",
        "priorities",
        "busy",
        "workload",
        "short-staffed",
        "deadlines",
        "multitask",
        "stressful",
      ],
      strong: [
        "The Tuesday after an Easter bank holiday at Calder Valley, two of our dispensers called in sick, we had a flu clinic booked in the morning, and there were around 450 prescriptions waiting from the long weekend. I triaged quickly with the team. First priority: acute items like antibiotics, anything palliative and controlled drugs for patients waiting. Second: compliance packs due that day for vulnerable patients. Third: repeat medication for people with plenty at home, which we told them honestly would be ready the next day. I moved the non-urgent flu appointments to later in the week by text and kept the ones for housebound carers. I asked our technician to focus only on labelling and our ACT only on checking, so nobody was switching tasks. We closed on time with every urgent item out, and had no errors that day.",
        "Under pressure I protect two things: the clinical check and the final check. Everything else can be reordered. On a busy afternoon I quickly sort the work into what's urgent for the patient, what's urgent for the business and what can wait, and I tell patients realistic waiting times rather than saying ten minutes and making it forty. For example, at a Harrison & Lowe supermarket branch I once had a queue of twelve people, a Pharmacy First patient with a possible UTI and a GP on the phone about a dose query. I dealt with the GP first because it was two minutes and unblocked a prescription, saw the UTI patient because she was unwell, and had the counter assistant tell the queue honestly how long they'd wait.",
      ],
      vague: [
        "I work well under pressure. I stay calm, prioritise the most urgent tasks and make sure patient safety is never compromised. Good organisation is key in a busy pharmacy.",
        "When things get busy I focus on what's most important and keep the team informed. I think staying calm helps everyone else to stay calm too.",
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
        "performance review",
      ],
      strong: [
        "The most useful feedback I've had came from my pre-registration tutor at Pennine Vale. She sat in on my counselling of a patient starting warfarin and afterwards told me I'd used the words 'INR', 'therapeutic range' and 'interaction' without explaining any of them, and that the patient had nodded but clearly hadn't understood. It stung a bit, but she was right. I started using teach-back, asking patients to explain in their own words, and I did the CPPE consultation skills course that year. I still ask colleagues to observe an occasional consultation. Last year our trainee technician sat in on an NMS call and told me I'd interrupted the patient twice, so now I consciously let people finish before I summarise.",
        "Giving feedback well is something I work at. At Calder Valley I had to tell a very experienced technician that the way she spoke to a new dispensing assistant, correcting her loudly in front of patients, wasn't acceptable. I did it privately and the same day, described exactly what I'd seen and its effect on the trainee, and asked her how she saw it. She said she was frustrated because the trainee kept making the same mistakes. We agreed she'd raise those with me and we'd give the trainee a proper training plan, which I put in place. I also made a point of telling her when I saw her coaching the trainee well a few weeks later. Feedback should be specific, timely and go both ways.",
      ],
      vague: [
        "I'm very open to feedback because it's the best way to grow. When I give feedback, I try to be constructive and kind, and focus on how the person can improve.",
        "I welcome feedback from my manager and colleagues. I always reflect on it and try to act on it. I also think positive feedback is important to keep the team motivated.",
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
        "lead by example",
        "multidisciplinary",
        "gp practice",
      ],
      strong: [
        "A good example of teamwork beyond the pharmacy was with the health centre's practices at Calder Valley. We had constant friction: patients were told by reception that their prescription had been sent when it hadn't, and we got blamed. I asked the practice manager for a monthly thirty-minute meeting with her and the lead prescription clerk. We agreed a shared pharmacy inbox, a cut-off for same-day urgent requests, and a script for reception about turnaround times. We also shared our list of medicine shortages so GPs could prescribe an available alternative the first time. Within a couple of months, the number of patients at our counter saying their prescription wasn't ready had dropped a lot, and the relationship improved enough that the practice now refers minor illness patients to our Pharmacy First service.",
        "In the dispensary, I lead mainly by being clear and by doing the work alongside the team. At Calder Valley every morning we have a five-minute huddle: who's on what, what's urgent, any shortages and anything from the near-miss log. During the flu season, I made sure the team could see how the clinics affected them, and asked them to design the workflow with me, which is how we ended up with the technicians doing the screening paperwork. When we hit 1,150 vaccinations I made sure the owner knew it was a team result. I'm also happy to do the unglamorous jobs, like putting away the delivery on a busy morning, because it earns the right to ask the same of others.",
      ],
      vague: [
        "I'm a strong team player and I believe a pharmacy only works well when everyone works together. I always support my colleagues and communicate clearly with them.",
        "I think good leadership means leading by example and supporting your team through busy times. I like to involve everyone in decisions and make sure they feel valued and listened to.",
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
        "training",
        "unfamiliar",
      ],
      strong: [
        "Pharmacy First is the best example. The service was announced in late 2023 and went live on 31 January 2024, so I had about six weeks to be ready. I worked through the NHS England service specification and the seven clinical pathways, completed the CPPE self-assessment and the face-to-face otoscope training, and practised using the otoscope on colleagues and family until I could recognise a normal eardrum quickly. I also made a one-page summary of the exclusion criteria for each pathway for the consultation room wall and briefed the counter team on which patients to direct to me. We went live on the first day and did 14 consultations in the first week. I keep a log of cases I've referred outside the pathways to review what I might have missed.",
        "When Calder Valley switched from Titan to ProScript Connect in 2022, I had a weekend to learn it before going live with no other pharmacist on site. I used the supplier's training environment on the Friday evening and Saturday, made a short crib sheet for the key tasks, like EPS downloads, CD register entries and owings, and set up a WhatsApp group with the support contact for the first week. On go-live day I came in an hour early to test printing and the scanner. We had one problem with the compliance pack schedules not importing, so I printed the old schedules as a backup and checked every pack against them that week. I then trained the rest of the team in short sessions during quiet periods.",
      ],
      vague: [
        "I'm a quick learner and I enjoy new challenges. Pharmacy is always changing, so I make sure I keep up to date through CPD, training courses and reading.",
        "I adapt quickly to new situations. I like to research and ask questions, and I'm not afraid to ask for help when I need it.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "why this role",
        "why do you want",
        "motivation",
        "motivates you",
        "why wellmore",
        "interested in this position",
        "leave your current",
        "career goals",
      ],
      strong: [
        "I've grown a lot at Calder Valley, but it's a four-branch independent and there's a limit to how much further I can develop clinically there. What attracts me to this role is the health-centre branch with two practices in the building: that means more Pharmacy First, more hypertension work and real continuity of care with the GPs, which is the part of my job I enjoy most. The funded independent prescribing training after a year is a big factor; my goal is to run a prescribing clinic in community pharmacy within the next three years, probably in hypertension. And the bigger team, with an ACT and a trainee pharmacist, means I can spend more of my time on patients while developing others, which I've done on a smaller scale with my current technicians.",
        "What motivates me is the part of the day when I'm with a patient and can actually change something, like the man whose blood pressure I picked up at 186/112 while he was buying hay fever tablets. Wellmore is investing in clinical services and protected learning time, which I didn't have at an independent, and I've heard good things from a former colleague who works as one of your relief pharmacists about how the branch teams are supported. I'm also keen to supervise a trainee pharmacist; I had an excellent tutor myself at Pennine Vale and I'd like to do that for someone else.",
      ],
      vague: [
        "I'm really passionate about community pharmacy and helping patients. I think Wellmore is a great company with a good reputation, and this role would be a great next step in my career.",
        "I'm looking for a new challenge and an opportunity to develop my skills. Your company's values match mine, and I'd love to be part of your team.",
      ],
    },
    {
      name: "Handling a difficult patient",
      match: [
        "difficult patient",
        "angry",
        "upset",
        "complaint",
        "aggressive",
        "challenging customer",
        "unhappy",
        "de-escalate",
      ],
      strong: [
        "A patient at Calder Valley came in shouting because his repeat prescription for diazepam wasn't ready and he'd run out. He was frightened of withdrawal, which I understood. I asked him to come into the consultation room, away from the queue, and let him finish before saying anything. On the system the GP hadn't issued it yet because he was due for a medication review. I explained that honestly, without blaming the surgery, and rang the practice's duty line while he was with me. Diazepam is Schedule 4, so a short emergency supply was legally possible, but he'd asked for early supplies before and was overdue a review, so I wanted the prescriber involved, and I explained why. The duty GP agreed to issue a short supply that afternoon, and I made sure it was ready for him. He came back and apologised to the counter assistant.",
        "One of our compliance pack patients' daughters complained formally after her mother's pack was delivered a day late. She was upset, and she was right that we'd let her down. I called her personally the same day, listened, apologised and explained what had happened: our delivery driver was off and the cover driver had missed her mother's address. Then I explained what we'd changed, a printed delivery list checked off at the end of each route by the driver and by the pharmacy, so it couldn't happen again. I followed our complaints procedure and sent her a written response within the timeframe. She's still a patient and later thanked the team in a card. When someone's angry, I find most of the heat goes once they feel heard and see you're doing something.",
      ],
      vague: [
        "When a patient is unhappy, I stay calm, listen to their concerns and try to resolve the issue as quickly as possible. I always treat patients with empathy and respect.",
        "Dealing with difficult patients is part of the job. I try to understand why they're upset and find a solution, and I always stay professional.",
      ],
    },
  ],
};
