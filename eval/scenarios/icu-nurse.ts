import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "icu-nurse",
  field: "healthcare",
  job: {
    title: "Registered Nurse, Intensive Care Unit (Nights)",
    description:
      "Calloway Regional Medical Center is a 420-bed teaching hospital and Level II trauma center in Richmond, Virginia. Our 28-bed adult Intensive Care Unit cares for medical, surgical and trauma patients: septic shock, ARDS, GI bleeding, post-operative complications, multi-trauma and post-cardiac arrest care. We are recruiting experienced registered nurses for our night shift.\n\nAs an ICU nurse you will usually care for two patients, or one patient when their acuity requires it. You will carry out and document comprehensive assessments, titrate vasoactive and sedation infusions to protocol, care for mechanically ventilated patients together with respiratory therapy, and manage arterial lines, central lines and continuous renal replacement therapy. You will recognize deterioration early and escalate it clearly, respond to codes and rapid responses, and take part in interdisciplinary rounds. Just as important, you will keep families informed and involved, and you will follow our infection prevention bundles for central lines, urinary catheters and ventilated patients.\n\nOur unit has a nurse-driven sedation and ventilator liberation protocol, a shared governance council and a strong culture of bedside handover. New team members complete a tailored orientation of six to twelve weeks with a dedicated preceptor, and we support CCRN certification with paid review courses and exam fees.\n\nThe position is full time, three 12-hour night shifts per week (7p-7a), with every third weekend and a holiday rotation. We offer a night and weekend shift differential, tuition reimbursement, and a clinical ladder that recognizes precepting and quality improvement work.",
    seniority: "mid",
    department: "Critical Care Services",
    location: "Richmond, VA",
    employment_type: "full_time",
    requirements: [
      "2+ years of RN experience in an adult ICU, or 3+ years in a step-down unit with ICU cross-training",
      "Current BLS and ACLS from the American Heart Association; CCRN preferred or obtained within 18 months of hire",
      "Competent titrating vasoactive infusions to protocol and documented hemodynamic goals",
      "Experience with invasive hemodynamic monitoring (arterial and central lines) and continuous renal replacement therapy, or willingness to complete CRRT training",
      "Sound knowledge of sepsis recognition and the hospital's sepsis bundle",
    ],
    skills: [
      "Medication administration",
      "Patient assessment",
      "Ventilator care",
      "Escalation and rapid response",
      "Clinical documentation",
      "Family communication",
      "Infection control",
    ],
    interview_settings: {
      question_count: 8,
      duration_minutes: 40,
      difficulty: "medium",
      focus_areas: ["clinical judgment", "patient safety", "communication"],
    },
  },
  candidate: {
    full_name: "Grace Mensah",
    email: "grace.mensah.rn@example.com",
    phone: "(757) 555-0164",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Diego Ramírez",
    email: "diego.ramirez.rn@example.net",
    phone: "(757) 555-0192",
    pronouns: "he/him",
  },
  cv: `{name}, RN, BSN, CCRN
Pronouns: {pronouns}
Norfolk, VA | {phone} | {email}

PROFESSIONAL SUMMARY
Critical care nurse with medical ICU and progressive care experience. Comfortable with ventilated
patients, vasoactive and sedation infusions, arterial lines and CRRT. Known on my unit for calm
escalation, careful bedside handovers and keeping families informed. Interested in quality
improvement and precepting.

LICENSURE AND CERTIFICATIONS
Registered Nurse, Virginia (multistate compact license)
CCRN (Adult), American Association of Critical-Care Nurses
ACLS and BLS, American Heart Association
NIH Stroke Scale

EXPERIENCE

Critical Care Registered Nurse, Medical ICU
Tidewater General Hospital, Norfolk, VA | 2021–Present
- Care for critically ill adults with sepsis, ARDS, GI bleeding and multi-organ failure, including patients on CRRT
- Titrate vasoactive, sedation and insulin infusions to protocol; relief charge nurse on nights
- Raised ventilator bundle compliance from 71% to 96% in six months by leading a unit VAP-prevention project
- Precepted 9 new-graduate nurses through a 12-week critical care orientation
- Introduced scheduled daily family update calls for ventilated patients, raising family satisfaction scores from 74% to 89%

Progressive Care Registered Nurse
Blue Ridge Health System, Roanoke, VA | 2018–2021
- Cared for patients on telemetry, titratable cardiac infusions, BiPAP and high-flow nasal cannula
- As central line champion, ran daily line audits that helped the unit go 14 months without a CLABSI
- Trained 30 step-down nurses on the new early warning score and escalation protocol
- Cross-trained to the ICU and floated there during the pandemic surges

Registered Nurse, Medical-Surgical Unit
St. Anselm Community Hospital, Lynchburg, VA | 2016–2018
- Completed the hospital's new-graduate nurse residency program
- Cared for post-operative and medical patients, including diabetic, renal and stroke patients

Patient Care Technician
Carrow Senior Living LLC, Norfolk, VA | 2014–2016
- Assisted residents with mobility, hygiene and meals while completing my nursing degree
- Recorded vital signs and reported changes in condition to the charge nurse

EDUCATION
Bachelor of Science in Nursing, Old Dominion University, 2012–2016

CLINICAL SKILLS
Mechanical ventilation (AC/VC, PRVC, APRV), prone positioning, sedation and delirium assessment
(RASS, CAM-ICU), arterial and central line care, CRRT (Prismaflex), vasoactive titration, Epic
documentation, Alaris smart pumps, SBAR handover
`,
  truth: {
    employers: [
      "Tidewater General Hospital",
      "Blue Ridge Health System",
      "St. Anselm Community Hospital",
      "Carrow Senior Living LLC",
    ],
    titles: [
      "Critical Care Registered Nurse",
      "Progressive Care Registered Nurse",
      "Registered Nurse, Medical-Surgical Unit",
      "Patient Care Technician",
    ],
    claims: [
      "Raised ventilator bundle compliance from 71% to 96% in six months by leading a unit VAP-prevention project",
      "Precepted 9 new-graduate nurses through a 12-week critical care orientation",
      "Introduced scheduled daily family update calls for ventilated patients, raising family satisfaction scores from 74% to 89%",
      "As central line champion, ran daily line audits that helped the unit go 14 months without a CLABSI",
      "Trained 30 step-down nurses on the new early warning score and escalation protocol",
    ],
  },
  topics: [
    // ---------------------------------------------------------------- skills
    {
      name: "Medication administration",
      match: [
        "medication administration",
        "medication error",
        "five rights",
        "high-alert",
        "double check",
        "barcode",
        "patient safety",
        "integrity",
        "integrity and safety",
        "safety",
      ],
      strong: [
        "At handover one night I was doing the bedside infusion check with the day nurse, which we do for every drip: drug, concentration, rate, dose, and the line traced from the bag to the patient. The heparin was programmed in the Alaris pump as 25,000 units in 500 mL, but the bag hanging was 25,000 units in 250 mL, which pharmacy had switched to because the patient was fluid restricted. So he was getting double the intended dose. I paused the infusion, checked his last anti-Xa level, which was above range, and called the resident with an SBAR. We followed the heparin nomogram: held for an hour, restarted at a lower rate, repeat level in six hours. He had no bleeding. I filed a safety report, and pharmacy added the concentrated bag as a separate entry in the pump drug library so it can't be confused again. That's why I never skip the bedside infusion check at handover.",
        "For me medication safety is more than the five rights at the point of scanning. Barcode scanning catches the wrong patient or wrong drug, but it doesn't catch a dose that's wrong for the patient in front of you. So before I give anything I ask why the patient is getting it and whether that's still true right now. Hold parameters are a good example. I had a patient in the MICU with scheduled metoprolol, and at 2100 her heart rate was 58 and her MAP had drifted to 62 after a diuretic. The order had no hold parameters, so I held the dose and called the provider, and it was changed to hold for heart rate under 60 or MAP under 65. For high-alert drugs like insulin, heparin, potassium and PCA, I always get an independent double check from a second nurse, and for IV pushes I check Y-site compatibility in Micromedex and never push through a lumen running a vasopressor.",
      ],
      vague: [
        "Medication safety is one of the most important parts of nursing. I always follow the five rights and the hospital's policies, and I make sure to double-check high-alert medications. If I'm ever unsure about an order, I ask the pharmacist or the provider.",
        "I'm very careful when I give medications. It's important to know what you're giving and why, to scan everything and to watch the patient for side effects afterwards. Patient safety always comes first for me.",
      ],
    },
    {
      name: "Patient assessment",
      match: [
        "patient assessment",
        "assessment",
        "assess",
        "head-to-toe",
        "deteriorating",
        "deterioration",
        "vital signs",
        "clinical judgment",
        "stuck",
        "unstuck",
      ],
      strong: [
        "I do a full systems assessment on both patients in the first hour of the shift and compare it with the previous shift's documentation, because in the ICU the trend matters more than any single finding. One night I had a patient on a heparin infusion for a pulmonary embolism. At her 0200 neuro check she was fully oriented with equal, brisk pupils. At 0300 she was slow to answer, she couldn't find words, and her right pupil was sluggish. I stopped the heparin, called a stroke alert and told the resident what I'd found and exactly when she was last normal, which the hourly neuro checks made clear. CT showed an intracranial hemorrhage. She received protamine, neurosurgery saw her within the hour, and she was discharged to rehab with a mild word-finding deficit. Those hourly checks can feel routine, but that night the timing was what let us act quickly.",
        "Assessment in the ICU is about putting findings together, not just collecting them. I had a patient with severe pancreatitis who had received a lot of fluid. Over my shift his abdomen became tense and more distended, his peak airway pressures on the ventilator rose from the low twenties to the mid thirties, and his urine output fell to about 15 mL an hour despite an adequate MAP. Individually each of those had an explanation, but together they pointed to intra-abdominal hypertension. I measured his bladder pressure through the Foley using our transducer setup, and it was 24 mmHg. I called the intensivist with those numbers, and the surgical team diagnosed abdominal compartment syndrome and took him for decompression. Since then I'm quick to check bladder pressures in any patient with a big fluid balance, a distended abdomen and rising airway pressures.",
      ],
      vague: [
        "Assessment is the foundation of nursing care. I always do a thorough head-to-toe assessment at the beginning of my shift and reassess regularly, so I can pick up any changes early. I think it's important to trust your instincts if something doesn't seem right.",
        "I'm very thorough with my assessments and I pay attention to small details. In the ICU patients can change quickly, so it's important to stay alert, compare with previous findings and communicate any concerns to the team.",
      ],
    },
    {
      name: "Ventilator care",
      match: [
        "ventilator",
        "ventilated",
        "mechanical ventilation",
        "airway",
        "sedation",
        "sedation hold",
        "weaning",
        "extubation",
        "rass",
        "vent",
      ],
      strong: [
        "My routine with a ventilated patient starts with the settings and alarms at handover with respiratory therapy: mode, tidal volume, rate, PEEP and FiO2, and the tube position at the lip. A case that shows how I respond to alarms: a patient with ARDS suddenly triggered the high-pressure alarm and his saturation dropped to 82%. I disconnected him and bagged him with 100% oxygen while working through DOPE. Displacement: tube still at 23 cm at the lip and end-tidal CO2 waveform present. Obstruction: the suction catheter passed easily. Pneumothorax: breath sounds absent on the right, and he'd had a right subclavian central line placed that afternoon. Equipment: bagging didn't help, so it wasn't the ventilator. I called the intensivist and RT with that picture, bedside ultrasound confirmed a pneumothorax, and a chest tube went in within about fifteen minutes. His saturation came back to 94%.",
        "Ventilator liberation starts with sedation. On our unit we follow a nurse-driven protocol pairing a spontaneous awakening trial with a spontaneous breathing trial every morning. Around 0500 I screen the patient: no paralytic, no rising FiO2 or PEEP, no active seizures or raised intracranial pressure. If they pass, I stop the propofol and keep the fentanyl running, because we treat pain first, then assess with RASS and CAM-ICU. If they tolerate being awake, RT runs the breathing trial at about 0600 on pressure support of 5 over PEEP of 5, and we round on the result with the team. Our target is usually RASS 0 to -1 rather than deep sedation. I had a patient last winter who'd been kept at RASS -3 for days; after two mornings of paired trials he was extubated, a day or two earlier than the team had expected. I also keep the bundle basics: head of bed at 30 to 45 degrees, toothbrushing, subglottic suction and cuff pressure checks.",
      ],
      vague: [
        "I have a lot of experience caring for ventilated patients. I work closely with respiratory therapy and always make sure the patient is comfortable and safe. It's important to monitor them closely and respond quickly to any alarms.",
        "Ventilated patients need careful monitoring. I follow the unit protocols for sedation and weaning, keep the head of the bed up and make sure the airway is secure. I think teamwork with the respiratory therapists is key.",
      ],
    },
    {
      name: "Escalation and rapid response",
      match: [
        "escalate",
        "escalation",
        "rapid response",
        "sbar",
        "chain of command",
        "call the provider",
        "speak up",
        "methods do you rely on",
        "didn't agree",
      ],
      strong: [
        "I had a post-op patient after a bowel resection whose MAP had drifted from the mid seventies to 62 over two hours, with a heart rate of 118 and a lactate that came back at 4.1. I called the night resident with an SBAR: situation, the MAP and lactate; background, surgery that morning; assessment, I was worried about sepsis or a leak; recommendation, I wanted him to see the patient and I asked about fluids, cultures and a surgical review. He said to recheck the lactate in two hours. I wasn't comfortable, so I used our CUS language: 'I'm concerned, I'm uncomfortable, and I think this is a safety issue.' When he still didn't come, I told my charge nurse and, following our chain of command policy, called the attending intensivist. She came in, the patient was in the OR within a couple of hours with an anastomotic leak, and he recovered.",
        "I think good escalation is prepared escalation. Before I call anyone at night I have the latest vitals and trend, the relevant labs, the drips and doses, what I've already done, and a clear question. I use SBAR because it gets the most important thing said in the first sentence. On the progressive care unit I helped roll out our early warning score, and I taught nurses that the score is a trigger, not a permission slip: if the score is low but you're worried, you call anyway. I did that myself with a patient whose numbers were borderline but who suddenly became anxious and restless, saying she felt like something terrible was going to happen. I called a rapid response, and her ECG showed new ST elevation; she went to the cath lab. I document every escalation with the time, who I spoke to and the response, so the plan is clear to the next nurse.",
      ],
      vague: [
        "I never hesitate to escalate when I'm worried about a patient. I think it's important to communicate clearly, using a structured approach like SBAR, and to follow the chain of command if I don't get the response I need.",
        "Escalation is very important for patient safety. I always trust my judgment and call the provider or the rapid response team if something is wrong. It's better to call early than too late.",
      ],
    },
    {
      name: "Clinical documentation",
      match: [
        "documentation",
        "document",
        "charting",
        "chart",
        "epic",
        "medical record",
        "flowsheet",
        "late entry",
      ],
      strong: [
        "My principle is that someone reading my charting at 0400 should be able to see what happened and why without having to ask me. In Epic I document vital signs and assessments on the flowsheets in real time, and every titration of a drip is documented with the MAP or RASS that prompted it, because the order is titrate to a goal and the chart has to show I followed it. A few years ago our quality team audited vasoactive documentation, and our unit had gaps where doses changed but the reason wasn't charted. I suggested documenting titrations directly from the MAR at the moment of the change, rather than catching up later, and the educator built it into our skills day. For restraints, I chart the order renewal and the two-hourly checks of circulation, skin and continued need. If I do chart late, I label it as a late entry with the actual time of the event.",
        "Documentation really matters during emergencies. When I'm the recorder at a code, I write down the time of arrest, each rhythm check, every shock with the energy, each medication with dose and time, and who's doing what, and I call out the two-minute marks for pulse checks and the three-to-five-minute timing for epinephrine. After one code on our unit, the family later raised concerns about how long it had taken the team to start compressions. Because the code record and my nursing notes had exact times, from the bed alarm to the first compression in under a minute, risk management could answer the family clearly and quickly. I also never copy forward assessments from a previous shift. If a finding didn't change, I still check it myself before documenting it, because copied charting is how errors get carried for days.",
      ],
      vague: [
        "Accurate documentation is essential in nursing. I always chart in a timely, accurate and objective way, and I follow the hospital's policies. If it wasn't documented, it wasn't done, so I'm very careful about my charting.",
        "I'm experienced with Epic and I'm comfortable with electronic documentation. I try to chart as I go rather than at the end of the shift, and I make sure my notes are clear so the next nurse knows exactly what's happening.",
      ],
    },
    {
      name: "Family communication",
      match: [
        "family",
        "families",
        "relatives",
        "loved ones",
        "family meeting",
        "communication",
        "complex",
        "patient needed",
        "customer focus",
        "next of kin",
      ],
      strong: [
        "I had a patient in his fifties with severe ARDS who was proned and not improving, and his wife and two adult children were at the bedside every evening, understandably frightened. I started by asking them what they understood about his condition, which showed me they thought the ventilator was treating the lungs rather than supporting him while they healed. I explained what each line and alarm meant, in plain words, and what we were watching each night. When the team decided a family meeting was needed, I asked the intensivist to hold it in the evening so they could all attend, I asked the chaplain and social worker to join, and afterwards I stayed with them to check what they'd heard using teach-back. They decided to continue for a set number of days and then reassess. He didn't survive, but his daughter wrote to the unit to say they never felt left in the dark.",
        "I try to make families part of the care team rather than visitors. At the start of the night I introduce myself, tell them when I'll update them and how to reach me, and ask how they want to be involved. Some families want to help with mouth care or hand massage, and that often calms both them and the patient. When there's a language barrier, I always use our qualified video interpreter rather than a relative, because relatives soften bad news and can't ask clinical questions properly. And I'm honest about what I can and can't answer: I'll explain what the nursing care is and what we're watching, but I'll get the physician for questions about prognosis. Those frustrations with unpredictable updates are also what led me to introduce scheduled daily family update calls for our ventilated patients at Tidewater.",
      ],
      vague: [
        "Family communication is really important in the ICU because families are often scared and overwhelmed. I always try to be compassionate, explain things in simple language and keep them informed about their loved one's condition.",
        "I think families should feel supported and included. I try to answer their questions honestly, listen to their concerns and involve the physicians when needed. Showing empathy makes a big difference.",
      ],
    },
    {
      name: "Infection control",
      match: [
        "infection control",
        "infection prevention",
        "hand hygiene",
        "isolation precautions",
        "contact precautions",
        "c. diff",
        "cauti",
        "catheter",
        "central line infections",
      ],
      strong: [
        "With C. difficile I'm strict because the spores don't die with alcohol gel. When one of my patients developed frequent loose stools and we sent a C. diff test, I put her on contact enteric precautions straight away, before the result came back, which our policy allows. That means gown and gloves for every entry, soap-and-water hand washing when leaving the room, dedicated equipment like a stethoscope and blood pressure cuff, and bleach wipes for surfaces. I noticed a physical therapist using gel on the way out, and I mentioned it politely at the door and explained why. I also asked the charge nurse to make sure environmental services knew to do a bleach terminal clean at discharge. We had no further cases on the unit that month. I think small, respectful reminders from the bedside nurse work better than a poster, and I'm happy to receive them myself.",
        "Most of the infection prevention work in the ICU happens in the daily routines. For central lines, I scrub the hub for fifteen seconds before every access, keep disinfecting caps on every port, and check the dressing is dated, intact and within its change date. Urinary catheters are where I think nurses have the most power: our unit has a nurse-driven removal protocol, so each day I check whether the Foley still meets one of the criteria, like strict output monitoring on a pressor, and if not, I remove it and do bladder scans instead. On the progressive care unit I was the central line champion, and daily audits of every line were part of what helped us go 14 months without a CLABSI. And I'm careful with PPE doffing order, because contamination most often happens while taking it off.",
      ],
      vague: [
        "Infection control is everyone's responsibility. I always follow hand hygiene guidelines and use the right PPE for each type of isolation. I also make sure to follow the bundles for central lines and catheters to protect my patients.",
        "Preventing infections is a big part of ICU nursing because the patients are so vulnerable. I'm careful to follow sterile technique and hospital policies, and I remind colleagues when needed.",
      ],
    },
    // ---------------------------------------------------------- requirements
    {
      name: "Critical care experience",
      match: [
        "icu experience",
        "critical care",
        "intensive care",
        "step-down",
        "progressive care",
        "acuity",
        "patient population",
        "most relevant",
        "relevant experience",
        "proudest",
      ],
      strong: [
        "I've been an RN since 2016 and in critical care since 2021. At Tidewater General I work in a 20-bed medical ICU, usually with two patients, sometimes one if they're on CRRT or proned. The typical patients are septic shock, ARDS, GI bleeds, DKA, overdoses and post-cardiac arrest care with targeted temperature management. I titrate norepinephrine, vasopressin, propofol, dexmedetomidine and insulin infusions, manage arterial lines and CRRT, and I work as relief charge nurse on nights. Before that I spent three years on a progressive care unit at Blue Ridge, which gave me a good grounding in telemetry, BiPAP and cardiac drips, and I was cross-trained to the ICU and floated there during the pandemic surges. What I'd like to add at Calloway is surgical and trauma critical care, which I've seen less of in a medical ICU.",
        "On a typical night with two ICU patients I plan around the things that can't move: the 0000 and 0400 labs, the 0500 awakening trial, turns every two hours, and meds. After handover I do both assessments within the first hour and check every infusion and line. I make a brain sheet with the goals for each patient, like MAP at least 65 or RASS 0 to -1, so I can see at a glance whether we're on track. Last month, for example, I had a patient on CRRT and norepinephrine next to a new GI bleed admission. I asked the charge nurse to cover my CRRT patient's hourly fluid balance while I got two large-bore IVs in the GI bleed and started the massive transfusion protocol. Knowing when to ask for help is, in my experience, as much a part of ICU competence as the technical skills.",
      ],
      vague: [
        "I have several years of nursing experience, including in critical care. I'm comfortable with high-acuity patients and I've cared for many different conditions. I think my background has prepared me well for this role.",
        "I really love working in the ICU. It's fast-paced and challenging, and I enjoy using my critical thinking skills. I have experience with most of the equipment and procedures used in intensive care.",
      ],
    },
    {
      name: "Resuscitation and code response",
      match: [
        "code blue",
        "cardiac arrest",
        "acls",
        "resuscitation",
        "cpr",
        "crash cart",
        "defibrillation",
        "rosc",
        "bls",
        "code",
      ],
      strong: [
        "One of my own patients arrested a few months ago: a dialysis patient who had missed sessions, with a potassium of 7.2 on the evening labs. I was already calling the resident about the potassium when her rhythm widened and she lost her pulse. I called the code, started compressions and had the charge nurse put on the defibrillator pads. When the team arrived I handed over compressions and took the medication role. It was PEA, so we thought through the H's and T's, and with that potassium, hyperkalemia was the obvious one. We gave calcium chloride, insulin with dextrose and sodium bicarbonate along with epinephrine every three to five minutes, and we had a pulse back after the second cycle. Afterwards I set up the post-arrest care: arterial line, an urgent CRRT start with nephrology, and hourly glucose checks after the insulin. She was extubated two days later.",
        "In a code I take whatever role the leader needs, but I'm most useful as the medication nurse or the recorder, because I know the crash cart and ACLS algorithms well. I keep my BLS and ACLS current through the American Heart Association, and I do our unit's mock codes every quarter. The things I focus on are high-quality compressions with minimal pauses, rotating compressors every two minutes at the rhythm check, and closed-loop communication: when the leader orders one milligram of epinephrine, I repeat it back, give it, and say 'epinephrine one milligram given.' At a code last year the room was crowded and two people were calling out orders. I quietly asked who the code leader was, and suggested everyone else step back unless given a role. It got calmer straight away, and the debrief afterwards picked that up as something to practise in our mock codes.",
      ],
      vague: [
        "I'm BLS and ACLS certified and I've been involved in several codes. During a code I stay calm, follow the ACLS algorithms and do whatever role I'm given. I think good communication and teamwork are essential in those situations.",
        "Codes can be stressful, but I feel confident because of my training. I know where everything is on the crash cart and I always try to support the team and keep the patient's family informed.",
      ],
    },
    {
      name: "Titrating vasoactive infusions",
      match: [
        "titrate",
        "titrating",
        "titration",
        "vasopressor",
        "vasopressors",
        "pressors",
        "norepinephrine",
        "vasoactive",
        "map goal",
        "hemodynamic goals",
      ],
      strong: [
        "In septic shock I titrate norepinephrine to the ordered MAP goal, usually 65 or above, in steps of about 2 to 4 micrograms a minute every five minutes or so, and I wait to see the effect before going up again. I titrate off the arterial line rather than the cuff, but only after checking the waveform with a square-wave test and levelling the transducer, because a damped line will make you give pressor the patient doesn't need. I don't look at the MAP in isolation: lactate, urine output, capillary refill, mottling and mentation tell me whether perfusion is actually improving. Once norepinephrine passes our protocol threshold, I escalate to the provider to add vasopressin rather than keep going up. I run pressors on a dedicated central line lumen, never flush it, and I switch to a new bag using a second pump, so there's no gap in the infusion and no drop in pressure during the changeover.",
        "Weaning pressors takes as much care as starting them. I had a patient with urosepsis on norepinephrine and vasopressin, and on nights the plan was to wean as tolerated. I weaned the norepinephrine first, in small steps every fifteen to thirty minutes, watching the MAP for a full cycle after each change, and keeping vasopressin at its fixed dose until the norepinephrine was off, as our protocol says. At about 0200 his MAP dropped to 60 after a wean, so I went back to the previous dose and checked why: he'd had a big urine output and his CVP had fallen, so I asked the resident about a fluid bolus, which helped. By morning he was off norepinephrine. Earlier in my career, on a peripheral pressor, I learned to check the IV site hourly; if there's any sign of extravasation, I stop it, leave the catheter in place, and call for phentolamine.",
      ],
      vague: [
        "I'm very comfortable titrating vasoactive drips. I always follow the protocol and the orders, monitor the blood pressure closely and make small changes. It's important to communicate with the provider if the patient isn't responding.",
        "Titrating pressors is a key ICU skill. I make sure I understand the goal for each patient and watch their response carefully, and I'm always careful with the line and the pump settings.",
      ],
    },
    {
      name: "Invasive lines and CRRT",
      match: [
        "arterial line",
        "art line",
        "hemodynamic monitoring",
        "invasive monitoring",
        "waveform",
        "crrt",
        "dialysis",
        "renal replacement",
        "transducer",
        "central lines",
      ],
      strong: [
        "For arterial lines, I level the transducer to the phlebostatic axis, the fourth intercostal space at the mid-axillary line, and zero it at the start of every shift and whenever the patient's position changes. I do a square-wave test to check the damping, and keep the pressure bag at 300 mmHg. One night a patient's arterial MAP suddenly read 50, and the resident wanted to increase the norepinephrine. I looked at the waveform: it was flattened with no dicrotic notch, and a cuff pressure read a MAP of 78. The catheter was positional at the wrist. I repositioned the arm on a board, flushed the line, and the waveform and MAP came back to match the cuff. We didn't increase the pressor. It's a good example of why I never treat a number without looking at the waveform that produced it.",
        "I've run CRRT at Tidewater on the Prismaflex since our unit started offering it, mostly CVVHDF with regional citrate anticoagulation. The nursing work is fluid balance and calcium. Every hour I calculate the net fluid removal against the goal, and I adjust with the provider if the patient's blood pressure can't tolerate it. With citrate I check the post-filter ionized calcium and the patient's systemic ionized calcium per protocol and adjust the calcium chloride infusion, and I watch the total-to-ionized calcium ratio for citrate accumulation, especially in patients with liver failure. Filter life was a problem on our unit, so I started paying more attention to the trends on the machine: a rising transmembrane pressure is an early warning that the filter is clotting. If I see that, I return the blood to the patient before the circuit clots, so they don't lose the blood in it.",
      ],
      vague: [
        "I have experience with arterial lines, central lines and CRRT. I make sure lines are properly maintained and monitored, and I follow the protocols for each. It's important to watch the trends and report any concerns.",
        "Invasive monitoring gives us a lot of important information about critically ill patients. I'm comfortable setting up and troubleshooting the equipment, and I always make sure the readings are accurate before acting on them.",
      ],
    },
    {
      name: "Sepsis recognition and management",
      match: [
        "sepsis",
        "septic",
        "septic shock",
        "lactate",
        "sepsis bundle",
        "sepsis recognition",
        "blood cultures",
        "fluid resuscitation",
        "antibiotics",
        "first hour",
      ],
      strong: [
        "On the progressive care unit I had an elderly man admitted with a urinary tract infection who, around midnight, became confused and picked at his lines. His daughter said he wasn't himself. His temperature was 38.6, respiratory rate 26 and systolic pressure 88. New confusion, fast breathing and low blood pressure: that's sepsis until proven otherwise. I called a rapid response and started our sepsis protocol. I drew a lactate and two sets of blood cultures from separate sites before the first antibiotic dose, put in a second large-bore IV, and started a 30 mL per kilogram crystalloid bolus as soon as it was ordered, since his lactate came back at 4.6. Broad-spectrum antibiotics were running within the hour. He still needed norepinephrine and went to the ICU, but he was there within two hours of the first sign, and he went home eight days later.",
        "My approach to sepsis is that time is the treatment. Our hour-one bundle is: measure a lactate, get blood cultures before antibiotics, start broad-spectrum antibiotics, give 30 mL per kilogram of crystalloid for hypotension or a lactate of 4 or more, and start vasopressors if the MAP stays under 65 during or after fluids, with a repeat lactate if the first was above 2. In the ICU the nurse often owns the clock, so when a septic admission arrives, I say out loud what's done and what's outstanding, because it's easy for everyone to assume someone else drew the cultures. During fluid resuscitation I reassess after each bolus: lung sounds, oxygen requirement, the MAP and urine output, because patients with heart failure or ARDS can be harmed by too much fluid. And I make sure the antibiotics are actually hung, not just ordered, because verification and delivery from pharmacy can delay them.",
      ],
      vague: [
        "Sepsis is a medical emergency, and early recognition saves lives. I'm familiar with the sepsis bundle and always act quickly when I see signs of sepsis, like fever, low blood pressure or confusion, and I notify the provider immediately.",
        "I have a lot of experience with septic patients. It's important to follow the protocol, give antibiotics and fluids quickly and monitor the patient closely for any deterioration.",
      ],
    },
    // ---------------------------------------------------------------- claims
    {
      name: "Raising VAP bundle compliance",
      claim:
        "Raised ventilator bundle compliance from 71% to 96% in six months by leading a unit VAP-prevention project",
      match: [
        "vap",
        "ventilator-associated",
        "ventilator bundle",
        "bundle compliance",
        "vap bundle",
        "quality improvement",
        "head of bed",
        "pneumonia",
      ],
      strong: [
        "After our unit had two ventilator-associated pneumonias in one quarter, my manager asked me to lead a prevention project. I started with data: for two weeks, two colleagues and I audited every ventilated patient once per shift against our bundle: head of bed at 30 to 45 degrees, paired awakening and breathing trials, toothbrushing twice a day, subglottic suction, cuff pressure of 20 to 30 cm of water, and DVT and stress ulcer prophylaxis. Overall compliance was 71%. The misses clustered: head of bed dropping after turns and trips to CT, awakening trials skipped when RT was busy at 0600, and oral care missed on nights. So we stocked toothbrush kits at every bedside, added the bundle to our bedside handover checklist, agreed a fixed 0500 awakening trial time with respiratory therapy, and posted weekly compliance on the unit board. Six months later we were at 96%, and we had no VAPs that half year.",
        "What made the VAP project work was involving the night shift and respiratory therapy from the start, not handing them a new rule. Our audit showed compliance at 71%, and the night shift felt blamed for the oral care numbers. I asked them what got in the way. The answer was practical: toothbrushes and suction swabs weren't stocked at the bedside, so oral care meant a trip to the supply room. We fixed the stocking first, then added a bundle check to the handover so both nurses verified the head of bed angle and cuff pressure together. With RT we moved the spontaneous breathing trials to follow a 0500 awakening trial. I shared the compliance numbers every week at huddle, by element, not by person. Over six months compliance rose from 71% to 96%, and two of the night nurses became bundle champions.",
      ],
      vague: [
        "I was involved in a quality improvement project on VAP prevention. It's important to follow the bundle consistently, and I think education and teamwork are the keys to improving compliance on a unit.",
        "Preventing ventilator-associated pneumonia is a priority in the ICU. We worked as a team to improve how we follow the bundle, and I'm proud of the improvement we achieved for our patients.",
      ],
      contradicting: [
        "Our unit had a VAP problem, so I joined the prevention project our clinical nurse specialist was leading. She ran the audits and designed the changes, like stocking toothbrush kits at the bedside and adding the bundle to our handover checklist. I was one of the unit champions: I reminded colleagues about head-of-bed elevation after turns and transports, helped educate the night shift about oral care, and did some of the weekly audits on my shifts. Compliance went from about 71% to 96% over six months, and it was a great experience of how quality improvement works on a unit.",
        "I led our VAP-prevention project after a couple of cases on the unit. When we started auditing, bundle compliance was only around 50%, mostly because of missed oral care and head-of-bed positioning after turns. We stocked toothbrush kits at every bedside, added the bundle to the bedside handover, and agreed a fixed time for awakening trials with respiratory therapy. Progress was slower than I'd hoped: after about a year we reached roughly 80% compliance, which was still a big step for our unit, and we had fewer ventilator-associated pneumonias that year.",
      ],
    },
    {
      name: "Precepting new-graduate nurses",
      claim: "Precepted 9 new-graduate nurses through a 12-week critical care orientation",
      match: [
        "precept",
        "preceptor",
        "precepting",
        "precepted",
        "new-graduate",
        "new graduate",
        "orientation",
        "new nurses",
        "mentor",
      ],
      strong: [
        "Since 2022 I've precepted 9 new-graduate nurses through our 12-week critical care orientation at Tidewater. I structure it in stages. In the first weeks they take one patient and I do a lot of the thinking out loud with them: what are you worried about for this patient tonight, and what would make you call? In the middle weeks they take two patients and I step back and only check in at set times. In the last weeks they run the assignment and I'm a safety net, and we meet with the unit educator every two weeks to go through the competency checklist. One of my orientees struggled with time management and was falling behind by 0200 every night. Instead of taking tasks off her, we built a brain sheet together with timed tasks for both patients, and within two weeks she was on track. All 9 completed orientation.",
        "What I've learned from precepting 9 new graduates is that the hardest thing to teach isn't skills, it's when to worry. They learn to set up CRRT or titrate norepinephrine quickly. What takes longer is noticing that a patient is quietly getting worse and being confident enough to call. So throughout the 12-week orientation I ask them to predict: what do you expect this patient's lactate to be, what will happen if we wean the propofol? Then we compare with what happened. I also make them make the phone calls to the resident, with me listening, from about week three, because SBAR on the phone at 0300 is a skill of its own. And I give feedback every shift, one thing that went well and one to work on, so the final evaluation holds no surprises. Several of them have since become preceptors themselves.",
      ],
      vague: [
        "I really enjoy precepting new nurses. I think it's important to be patient, supportive and a good role model, and to give them a safe environment to learn. Seeing them grow into confident ICU nurses is very rewarding.",
        "As a preceptor, I try to adapt to each new nurse's learning style and give regular feedback. Orientation can be overwhelming, so I make sure they feel comfortable asking questions.",
      ],
      contradicting: [
        "I've precepted three new-graduate nurses on our unit, each through an orientation of about six weeks. I really enjoyed it. I took each of them from one patient to a full two-patient assignment, talked through my thinking out loud at the bedside, gave them feedback at the end of every shift, and met with the educator every couple of weeks to review their competency checklist. One of them struggled with time management, so we built a brain sheet together. All three completed orientation and are still working in critical care.",
        "Our unit educator ran the orientation program for the 9 new graduates who started in the last few years, and she was their main preceptor. I was one of several nurses who took them for shifts during their 12 weeks, when she was off or when they needed exposure to something specific. I'd often have an orientee with me for a night, and I liked teaching them how to manage drips and CRRT and how to give a clear SBAR to the resident.",
      ],
    },
    {
      name: "Daily family update calls",
      claim:
        "Introduced scheduled daily family update calls for ventilated patients, raising family satisfaction scores from 74% to 89%",
      match: [
        "family update calls",
        "update calls",
        "family satisfaction",
        "satisfaction scores",
        "scheduled calls",
        "phone updates",
        "kept informed",
        "74%",
      ],
      strong: [
        "Many families of our ventilated patients couldn't visit during the day because of work or distance, so they called the unit at random times. Nurses were interrupted in the middle of care, families often got a quick 'he's stable' and felt shut out, and our family satisfaction score on the hospital's survey was 74%. I proposed a scheduled call. Each ventilated patient's family chooses a time between 1500 and 1700, and the bedside nurse calls with a structured update: how the last day went, the plan, what we're watching, and what they can bring or do. If they have medical questions, the resident calls back the same day. We document it in Epic with a family communication note so the next shift knows what was said. I piloted it with six nurses for two months, then my manager rolled it out to the unit. Within two quarters the score rose to 89%.",
        "The update calls started with a complaint. A patient's son told me he'd called four times in one day and got four different answers. He was right, and I realized the problem was the system, not the nurses. So I designed a simple scheduled call for families of ventilated patients: a set time every afternoon, one nurse, one structured update, and a same-day callback from the physician if needed. The main worry from colleagues was time, so I timed the calls during the pilot: most took under ten minutes, and they reduced unplanned phone calls during care, which nurses noticed quickly. I shared the pilot results at our shared governance council, and the unit adopted it. Family satisfaction scores went from 74% to 89%, and the 'kept informed' comments on the survey changed from complaints to thanks.",
      ],
      vague: [
        "I think keeping families informed is very important, so I helped introduce regular updates for families of ventilated patients. Families really appreciated it, and I think it improved their experience with the unit.",
        "Communication with families can make a huge difference to their experience. I always try to find ways to keep them updated, and I'm proud of the improvements our unit made in this area.",
      ],
      contradicting: [
        "Our nurse manager introduced the scheduled family update calls after complaints from families who felt they weren't kept informed. The idea was a set time every afternoon when the bedside nurse calls the family of each ventilated patient with a structured update. I was one of the nurses who made the calls during the pilot, and I gave feedback on the script. It worked well: families stopped calling at random times, and the family satisfaction scores went up from 74% to 89% over the next couple of quarters.",
        "I introduced daily update calls for families of ventilated patients, with a set time every afternoon, a structured update from the bedside nurse, and a physician callback if they had medical questions. I piloted it with a few colleagues and then we rolled it out to the unit. Our family satisfaction score went from about 60% to 70% over the year, which was a good improvement, though there's still work to do, especially on weekends when staffing is tighter.",
      ],
    },
    {
      name: "Central line champion and CLABSI prevention",
      claim:
        "As central line champion, ran daily line audits that helped the unit go 14 months without a CLABSI",
      match: [
        "clabsi",
        "central line",
        "central line champion",
        "line audits",
        "bloodstream infection",
        "line necessity",
        "dressing",
        "14 months",
      ],
      strong: [
        "On the progressive care unit at Blue Ridge I was the central line champion. Every day I audited each central line and PICC on the unit with a short checklist: does the patient still need it, or could a peripheral or midline do; is the dressing clean, dry, intact and dated, and within seven days for a transparent dressing or two days for gauze; is there a CHG sponge at the insertion site; are there disinfecting caps on every port; and are the tubing change dates current. Anything that failed I fixed with the nurse there and then, and any line without a clear indication I raised with the provider on rounds. I fed the results back at the morning huddle. The unit went 14 months without a CLABSI, and the most important single change, I think, was removing lines earlier when they were no longer needed.",
        "The audits were daily, but the real work was making the bundle easy to follow. When I started as central line champion, our audits showed dressings often overdue on weekends and disinfecting caps missing because they weren't stocked in every room. I worked with our materials coordinator to put caps and CHG dressing kits in each room's supply drawer, and I added 'line day and dressing date' to our bedside handover. I also ran short sessions on scrubbing the hub for fifteen seconds, because many nurses were doing a quick wipe. Within a couple of months the audit scores improved, and the unit went 14 months without a CLABSI. When we finally had one, I did the review with the infection preventionist, and it was a femoral line in place longer than intended, which led to a reminder about line necessity on rounds.",
      ],
      vague: [
        "Preventing central line infections is very important. As a line champion I helped make sure the team followed the bundle and best practices, and our unit had very good results for a long time.",
        "I'm passionate about infection prevention. I think regular audits and education are very effective, and I always make sure my own lines are well maintained.",
      ],
      contradicting: [
        "I was one of the central line champions on the progressive care unit, and I ran weekly line audits together with the infection preventionist. We checked dressings, dates, caps and whether each line was still needed, and we fed the results back at huddles. Thanks to that and a few other changes, like stocking disinfecting caps in every room, the unit went about six months without a CLABSI, which was our best stretch at the time.",
        "Our infection preventionist ran the daily line audits on the unit, and the unit went 14 months without a CLABSI during that time. My role was mainly following the bundle carefully with my own patients: scrubbing the hub, keeping dressings dated and within their change dates, and helping colleagues with dressing changes on my shifts. I also reminded providers on rounds when a line looked like it was no longer needed.",
      ],
    },
    {
      name: "Training nurses on the early warning score",
      claim: "Trained 30 step-down nurses on the new early warning score and escalation protocol",
      match: [
        "early warning score",
        "early warning",
        "trained",
        "training",
        "teaching",
        "educate",
        "step-down nurses",
        "mews",
      ],
      strong: [
        "When Blue Ridge introduced a new early warning score in Epic, I joined the implementation group and trained the 30 nurses on our step-down unit. I ran 30-minute sessions at shift change so both days and nights could attend, and instead of slides I used three real, de-identified cases from our unit where a patient had deteriorated. For each one, the nurses calculated the score hour by hour and decided when they would have called. Then I covered the protocol: a score of 5 or more means a provider at the bedside within 30 minutes, 7 or more means a rapid response call, and any nurse can call if worried regardless of the score. We also practised SBAR calls in pairs. Afterwards I audited charts for a month and followed up one-to-one with nurses who'd had a high score without documenting an escalation.",
        "Training 30 step-down nurses on the early warning score taught me that people accept a new tool when they see it on their own patients. The first objection was that the score would create alarm fatigue. So in the sessions I showed our own data: in the case reviews of patients transferred to the ICU, the score would have flagged most of them several hours before the rapid response was called. I also taught that the score supports judgment instead of replacing it, because a quiet, anxious patient with normal vital signs can still be in trouble. To make it stick I made a pocket card with the thresholds and actions, and I was available on both shifts for the first two weeks after go-live to answer questions at the bedside. By the end of the rollout, every nurse on the unit had completed the training.",
      ],
      vague: [
        "I helped train the nurses on my unit when we introduced a new early warning score. I think education is important so everyone feels confident using new tools, and I enjoy teaching my colleagues.",
        "Early warning scores help nurses recognize deterioration earlier. I was involved in educating staff about the new protocol and making sure everyone understood when to escalate.",
      ],
      contradicting: [
        "Our clinical educator trained the step-down nurses on the new early warning score when it went live, in classroom sessions over a few weeks. I was a super-user for my shift, so during go-live I answered questions at the bedside, checked that scores were being documented in Epic, and helped about five or six colleagues who were unsure when the score meant they should call a rapid response. I also passed common questions back to the educator so she could add them to the training.",
        "I trained around 80 nurses across three units on the new early warning score, running sessions over a couple of months at shift change so both days and nights could attend. We used case studies from our own units and practised escalation calls with SBAR in pairs, and I followed up with chart audits on each unit for a month afterwards. It was a big effort, but by the end every unit was using the score consistently.",
      ],
    },
    // --------------------------------------------------------------- general
    {
      name: "Conflict with a colleague",
      match: [
        "conflict",
        "disagreement",
        "disagreed with a colleague",
        "conflict with a colleague",
        "disagree with a colleague",
        "push back",
        "decision making",
      ],
      strong: [
        "A day-shift colleague used to give handover at the nurses' station rather than at the bedside, and twice I found something different from what she'd told me: once a norepinephrine rate that didn't match, once a dressing that hadn't been changed. I didn't want to raise it in front of others, so I asked her for a few minutes at the end of a shift. I described the two specific situations, said I knew how busy days were, and asked whether we could at least do drips, lines and the safety check at the bedside together. She was defensive at first and said I was checking up on her. I said I'd want her to do the same with my handover, and that seemed to help. We started doing bedside checks, and she later told me she'd caught something from a night nurse the same way. Our working relationship was better afterwards.",
        "I had a disagreement with a respiratory therapist about a patient's breathing trial. He wanted to skip it because the patient was anxious and tachypneic early in the morning. I thought the anxiety was from pain and the sedation wearing off, not respiratory failure, because the patient had been pain-free on fentanyl at 0400 and I had just reduced it. Rather than argue in the room, I suggested we treat the pain first and reassess in thirty minutes. He agreed to that. After a small fentanyl bolus the patient's respiratory rate came down to the low twenties, and the trial went ahead and passed, and he was extubated that morning. Afterwards I thanked him for being willing to wait. I think most disagreements at the bedside get easier when you propose a small test rather than trying to win the argument.",
      ],
      vague: [
        "Conflict is normal in a busy unit. When I disagree with a colleague, I try to talk to them privately and calmly, listen to their side and focus on what's best for the patient. Usually we can find a solution together.",
        "I try to avoid conflict by communicating respectfully and being a good team member. If there is a disagreement, I think it's important to stay professional and not let it affect patient care.",
      ],
    },
    {
      name: "A mistake or failure",
      match: [
        "mistake",
        "failure",
        "failed",
        "near miss",
        "went wrong",
        "regret",
        "resilience",
        "missed its goal",
        "did not go as planned",
        "error you made",
      ],
      strong: [
        "Early in my ICU career I had an older patient with pneumonia who became agitated at night, pulling at his oxygen and trying to get out of bed. I gave the PRN lorazepam that was ordered, and he became more confused and agitated, and by morning he was clearly delirious. I'd treated the agitation without asking why he was agitated. Looking back, he had every risk factor: age, infection, a new environment, no glasses or hearing aids, and poor sleep. I hadn't done a CAM-ICU assessment. I learned a lot from that night. Now, when a patient is agitated, I check pain, hypoxia, bladder and glucose first, do a CAM-ICU, and use non-drug measures: reorientation, glasses and hearing aids, lights down at night and family presence. And I ask the provider to avoid benzodiazepines for delirium, which our protocol now reflects.",
        "I once labeled a set of blood cultures at the nurses' station instead of at the bedside, because I was rushing between two patients. The lab flagged a mismatch between the collection time on the label and the time in Epic, and the cultures had to be redrawn. By then the patient had already had her first dose of antibiotics, so the new cultures were less useful, and I had to tell the resident why. Nobody was harmed, but it could have been much worse: if I'd mixed up the labels between patients, someone could have been treated for the wrong organism. I reported it myself through our safety reporting system. Since then I label every specimen at the bedside, in front of the patient, with two identifiers, however busy I am. I also talk about that mistake with the new graduates I precept, because it's an easy shortcut to take.",
        "A project that didn't meet its goal: at Tidewater I joined our early mobility working group and volunteered to lead it on nights. The goal was that every eligible ventilated patient would be mobilized at least to sitting on the edge of the bed once a day, and we aimed for 60% of eligible patient-days within three months. We reached about 30%. When I looked at why, the problem was the design, not the effort. We'd planned mobility for the day shift, when physical therapy was available, but the eligibility screening happened on nights and often wasn't passed on at handover, so the day team started from zero. We had also underestimated how often sedation was too deep for mobility. We changed two things: the eligibility screen became part of the 0500 awakening trial and the bedside handover, and physical therapy joined morning rounds. Over the following quarter we got to just over half. The lesson I took is to map who does each step before launching a protocol.",
      ],
      vague: [
        "Everyone makes mistakes, and I think the most important thing is to be honest and report them. When I've made a mistake, I took responsibility, made sure the patient was safe, and learned from it so it wouldn't happen again.",
        "I'm very careful in my practice, but of course I've made small mistakes. I always learn from them and use them to improve, and I think a culture where people can speak up is very important.",
      ],
    },
    {
      name: "Prioritizing under pressure",
      match: [
        "priorities",
        "prioritize",
        "prioritise",
        "prioritisation",
        "pressure",
        "busy shift",
        "time management",
        "urgent",
        "unrealistic",
        "could finish",
      ],
      strong: [
        "One night I had a patient on norepinephrine and CRRT, and a second patient who'd been stable, with family visiting. At about 2300 the stable patient vomited a large amount of blood. At the same time my CRRT machine alarmed and the family of my first patient wanted to talk. I prioritized by airway, breathing and circulation. The GI bleed came first: I turned her on her side, called for help and the rapid response, and asked the charge nurse to take over my other patient's CRRT alarm. Another nurse spoke to the family and explained I'd come back to them. We placed two large-bore IVs, sent a type and cross, and started blood under the massive transfusion protocol, and GI scoped her within two hours. Once she was stable, I went back to the family and apologized for the wait. The key was accepting that I couldn't do it alone and asking for specific help quickly.",
        "When I have more to do than time, I sort tasks into what can hurt the patient in the next hour and what can wait. Unstable vital signs, airway issues and time-critical meds like antibiotics in sepsis or insulin checks come first. Turns, baths and routine documentation can move by an hour if they have to. I also tell people what I'm deferring: if a family is waiting, I'll say 'I need twenty minutes with this patient, then I'll come and talk to you', and then I make sure I do. As relief charge nurse I apply the same logic to the whole unit: when two admissions come at once, I look at the assignments by acuity, not by bed number, and pair a new admission with the nurse whose other patient is most stable. On the nights that go well, nobody is doing two urgent things at once.",
      ],
      vague: [
        "In the ICU you always have to prioritize. I use the ABCs and focus on the most critical patient first, and I ask for help when I need it. I think it's important to stay calm and organized, especially on busy shifts.",
        "I handle pressure well. I make a plan at the start of the shift and adjust it as things change, and I communicate with my charge nurse and colleagues so nothing gets missed.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "critical feedback",
        "constructive",
        "receive feedback",
        "give feedback",
        "mentoring",
        "less experienced",
        "struggling",
        "preceptor",
      ],
      strong: [
        "During my first months in the ICU my preceptor told me my handovers were too long and unstructured. I was telling the whole story of the shift chronologically, and the oncoming nurse had to dig for the important parts. It was uncomfortable to hear, because I thought being thorough was a good thing. She suggested I start with the one thing I was most worried about, then go system by system, then drips and lines at the bedside, and finish with the plan for the next twelve hours. I wrote myself a template and practised it for a few weeks. My handovers went from about twenty minutes per patient to under ten, and nurses started telling me they found them easy to follow. Now it's one of the things I teach new graduates, and I tell them the same feedback was given to me.",
        "Giving feedback: one of my orientees was hesitant to call the resident at night, and I noticed she'd sat on a rising lactate for two hours because she didn't want to bother anyone. I didn't correct her in front of the team. At the end of the shift we sat down and I described exactly what I saw: the time the lactate came back, and the time she called. Then I asked what had stopped her. She said the resident had been short with her the previous week. I told her that was understandable but that the patient's safety comes first, and we practised an SBAR for that situation together. I also spoke to the charge nurse about the resident's tone, because that's a team problem. On her next shifts she called promptly, and she told me later that practising the words made the difference.",
      ],
      vague: [
        "I welcome feedback because it helps me grow as a nurse. When I receive feedback, I listen and reflect on it without getting defensive. When I give feedback, I try to be kind, specific and constructive.",
        "Feedback is important for both new and experienced nurses. I try to give feedback privately and respectfully, and I always ask my colleagues and managers how I can improve.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "leadership",
        "charge nurse",
        "interdisciplinary",
        "influence",
        "initiative",
        "improved",
        "continuous improvement",
        "changed for the better",
        "worked closely with others",
      ],
      strong: [
        "Proning a patient with ARDS is teamwork you can see. It needs five or six people: someone at the head managing the endotracheal tube, usually respiratory therapy, and two or three on each side. I've led proning turns on our unit several times. Before we start, I do a brief: who does what, the count we turn on, and what we do if the tube moves or the saturation drops. I make sure the lines are secured and long enough, ECG leads are moved to the back, and the eyes and face are protected. During the turn the person at the head calls the count, not me, because they control the airway. Afterwards we check tube position, breath sounds and pressure points. We haven't had an unplanned extubation during a proning turn on my shifts, and I think the brief before the turn is the reason.",
        "As relief charge nurse on nights, I lead a team of about ten nurses and two patient care technicians. My main job is to keep the night safe: assignments by acuity, knowing which patients are unstable, and being available. I do a walking round at about 2200 and again at 0300 to ask each nurse what's worrying them. One night, two nurses each had a patient who was deteriorating, and a new admission was coming from the emergency department. I took the admission myself for the first hour, asked the nurse with the most stable pair to help with one of the deteriorating patients, and called the house supervisor to ask for a resource nurse. Everyone got the help they needed, and the admission was settled by the time the resource nurse arrived. Leadership at night is mostly noticing who needs help before they ask.",
        "On nights at Tidewater I noticed that problems often surfaced at 0600, in the rush before handover: a missed potassium replacement, an infusion about to run out, a family member who'd been waiting for a call. Nobody was doing anything wrong; we just never stopped to look at the whole unit together. I suggested a five-minute safety huddle at 0300 with the charge nurse, the bedside nurses and the respiratory therapist: each nurse names one concern about their patients, and the charge nurse notes who's following up. I had no authority to introduce it, so I asked my manager if we could pilot it for two weeks on my shifts, and I kept it strictly to five minutes so nobody felt it took them away from their patients. In the first month it caught several problems early, including an unlabeled line and a missed electrolyte replacement. The night staff voted to keep it, and it's now part of the unit's standard night routine.",
      ],
      vague: [
        "Teamwork is essential in the ICU. I always try to help my colleagues, communicate clearly and support the whole interdisciplinary team. When I'm in charge, I try to be approachable and make sure everyone feels supported.",
        "I'm a team player and I enjoy working with nurses, physicians, respiratory therapists and everyone else involved in the patient's care. I think good patient outcomes depend on strong teamwork.",
      ],
    },
    {
      name: "Learning new skills fast",
      match: [
        "learn quickly",
        "learn fast",
        "new skill",
        "new equipment",
        "unfamiliar",
        "adaptability",
        "unclear",
        "ambiguity",
        "changes significantly",
        "new procedure",
      ],
      strong: [
        "During the first pandemic surge I was floated from the progressive care unit to the ICU with about a week of cross-training. I'd never managed a ventilated patient. I was paired with an experienced ICU nurse, and I asked to take over one specific part of the care each shift, first the sedation assessments, then the ventilator checks with RT, then the drips, rather than trying to learn everything at once. I read the unit protocols on my days off and wrote myself a one-page sheet with the ventilator alarms and what to check for each. I also asked the respiratory therapists to walk me through every alarm I didn't understand. Within a few weeks I was taking two ventilated patients with an ICU nurse as backup. That experience is what made me decide to move to critical care permanently in 2021.",
        "When Tidewater started offering CRRT on our unit, I was in the first group trained. We had a two-day course with the Prismaflex educator, but the real learning happened on the first patients. I made my own quick-reference card for alarms and for the citrate calcium protocol, and for the first few weeks I asked to have a CRRT patient every shift I worked, so I'd build experience quickly instead of once a month. When an alarm confused me, I called the nephrology fellow or the on-call educator instead of guessing, and I wrote the answer on my card. After about two months I was a super-user, helping colleagues troubleshoot at night. What I learned is that for a new device, repetition in a short period is far more effective than one long course.",
      ],
      vague: [
        "I'm a fast learner and I always look for opportunities to develop my skills. When I need to learn something new, I read the protocols, ask experienced colleagues and practise as much as possible until I feel confident.",
        "Healthcare changes all the time, so nurses always need to keep learning. I enjoy learning new things and I'm not afraid to ask questions when I'm unsure.",
      ],
    },
    {
      name: "Motivation for this role",
      match: [
        "motivation",
        "motivates",
        "why do you want",
        "draws you",
        "why calloway",
        "first 90 days",
        "join us",
        "why nursing",
      ],
      strong: [
        "There are three reasons. First, your ICU takes surgical and trauma patients as well as medical ones. I've spent the last several years in a medical ICU, and I want to develop in post-operative and trauma critical care, so a mixed unit at a Level II trauma center is the right next step. Second, the culture the posting describes: a nurse-driven sedation and ventilator liberation protocol, bedside handover and a shared governance council. Those are exactly the things I've worked on at Tidewater, through the VAP project and the family update calls, and I'd like to keep doing that kind of work. Third, the clinical ladder recognizes precepting and quality improvement, and I'd like my next steps to be formally recognized. And practically, I'm relocating to Richmond, and nights suit me well.",
        "What keeps me in critical care is the combination of close assessment and being able to act quickly. Having two patients means I can really know them and their families, and I can see the difference my care makes hour by hour. I'm interested in Calloway specifically because it's a teaching hospital, and in my experience the best nights are the ones where nurses, residents and respiratory therapists work as a team and teach each other. I'd also like to keep precepting, and your tailored orientation with a dedicated preceptor tells me you invest in new nurses. I already hold my CCRN, so I'd be able to support colleagues preparing for it. Long-term, I'd like to move toward a charge nurse or clinical educator role.",
      ],
      vague: [
        "I've always wanted to work at a hospital like Calloway because of its great reputation. I'm passionate about critical care nursing and I want to keep growing and learning, and I think this role is a great opportunity to do that.",
        "I love ICU nursing and making a difference in patients' lives. Your hospital's values match mine, and I'm excited about the chance to join a strong team and continue developing my skills.",
      ],
    },
    {
      name: "Difficult patient or family",
      match: [
        "difficult patient",
        "difficult",
        "angry",
        "upset",
        "aggressive",
        "complaint",
        "demanding",
        "difficult family",
        "angry family",
        "difficult conversation",
      ],
      strong: [
        "A patient's son arrived at midnight, angry because he'd found his mother lying flat with her lunch tray still in the room, and he started shouting at me in the corridor. I didn't argue or defend myself right away. I asked him to step into the family room with me, said I could see he was upset and that I wanted to understand. Some of what he said was fair: the tray should have been removed. Other things were misunderstandings; she'd been flat for a procedure an hour earlier. I explained the plan for the night, showed him the turning schedule, and offered to call him at 0600 with an update. I told my charge nurse afterwards, and documented the conversation. He called at six, and he thanked me at the end of the week. Acknowledging the part he was right about made the rest of the conversation possible.",
        "I cared for a man in severe alcohol withdrawal who was hallucinating and swinging at staff. Safety first: I called for help, kept myself between him and the door, and asked security to stand by without crowding him. I spoke slowly and simply, and reduced stimulation in the room by turning off the television and dimming the lights. His CIWA score was above 20, so I called the provider for treatment under our withdrawal protocol, and we gave phenobarbital, which we use on our unit. I also checked his glucose and oxygen, because hypoglycemia and hypoxia can look the same. Within about an hour he was calmer. We avoided restraints, which would have been the quick option, and I documented the de-escalation steps. The next day, when he was clearer, he apologized, and I told him I understood it wasn't really him.",
      ],
      vague: [
        "When a patient or family member is difficult, I try to stay calm and professional. Usually they are scared or frustrated, so I listen to their concerns, show empathy and try to find a solution together.",
        "I think it's important not to take it personally when a patient or family is upset. I try to understand where they're coming from, communicate clearly and involve my charge nurse if needed.",
      ],
    },
  ],
};
