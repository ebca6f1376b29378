import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "litigation-paralegal",
  field: "legal",
  job: {
    title: "Litigation Paralegal",
    seniority: "mid",
    department: "Litigation",
    location: "Chicago, IL (hybrid)",
    employment_type: "full_time",
    description:
      "Whitcombe Ashby LLP is a 60-lawyer litigation firm in Chicago representing manufacturers, insurers and mid-sized companies in commercial disputes, product liability and employment cases in Illinois state courts and federal courts across the Midwest. We are hiring a Litigation Paralegal to support a team of partners and associates on a docket of active cases, from the complaint through trial.\n\nYou will manage discovery from collection to production, working in Relativity with our litigation support manager on processing, review and productions, and you will prepare privilege logs and production letters. You will draft pleadings, discovery requests and responses, subpoenas and routine correspondence for attorney review, and keep case files in iManage organized and complete. You will calendar and track court and discovery deadlines with our docketing department, prepare and e-file documents in federal CM/ECF and the Illinois e-filing system, and carry out legal and factual research on Westlaw. For depositions, you will prepare exhibit sets, key-document outlines and witness binders, and coordinate court reporters and videographers. You will also help the team prepare for trial: exhibit lists, trial binders and witness logistics.\n\nWe value paralegals who own their cases: who notice when a deadline is at risk, who know the record better than anyone, and who treat client confidentiality as non-negotiable.\n\nWe offer a hybrid schedule after onboarding, paid overtime, an annual bonus, paid CLE and certification fees, and a 401(k) with a firm match.",
    requirements: [
      "3+ years as a litigation paralegal in a law firm, supporting civil cases in state and federal court",
      "Paralegal certificate from an ABA-approved program, or equivalent experience",
      "Absolute discretion with privileged and confidential client information",
      "Experience preparing for trial: exhibit lists, trial binders and witness logistics",
      "Meticulous attention to detail in proofreading, cite-checking and document control",
    ],
    skills: [
      "E-discovery (Relativity)",
      "Drafting pleadings and correspondence",
      "Case management",
      "Court filings and deadlines",
      "Legal research",
      "Deposition preparation",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Rashid Haddad",
    email: "rashid.haddad@example.com",
    phone: "(312) 555-0162",
    pronouns: "he/him",
  },
  swapped: {
    full_name: "Emily Novak",
    email: "emily.novak@example.com",
    phone: "(312) 555-0108",
    pronouns: "she/her",
  },
  cv: `{name}
Litigation Paralegal · NALA Certified Paralegal
Chicago, IL · {email} · {phone} · Pronouns: {pronouns}

SUMMARY
Litigation paralegal with experience in commercial and product liability defense and in
plaintiff-side personal injury. I run discovery in Relativity, draft pleadings and discovery for
attorney review, keep case calendars airtight, and prepare depositions and trials. Attorneys rely
on me to know the record and to keep client information locked down.

EXPERIENCE

Harrow & Lindqvist LLP — Chicago, IL
Litigation Paralegal | February 2020 – Present
- Support partners and associates on commercial contract, product liability and trade secret cases in the Circuit Court of Cook County and the Northern District of Illinois
- Managed the Relativity review for a breach-of-contract case with 1.8 million collected documents, using search terms and active learning to narrow the review set to 210,000 documents
- Prepared exhibit sets and witness binders for 27 depositions in a multi-plaintiff product liability case over eight months
- Set up a two-person deadline check with the docketing department for the litigation group; no missed court or discovery deadlines across more than 400 filings since 2021
- Draft privilege logs, production letters, subpoenas and discovery responses for attorney review
- Prepare exhibit lists, trial binders and witness schedules, and run trial presentation software in court

Castellano Moss Law Group — Oak Brook, IL
Paralegal | Jun 2017 – Jan 2020
- Drafted complaints, interrogatories, requests to produce and discovery answers for a caseload of about 60 active personal injury files
- Requested and summarized medical records and bills and assembled settlement demand packages for attorney review
- E-filed documents in Cook and DuPage counties and tracked deadlines in Filevine
- Kept clients informed of case status under attorney supervision

Lakeview Community Legal Aid — Chicago, IL
Legal Assistant | 09/2015 – 05/2017
- Conducted client intake interviews and conflict checks for housing and consumer debt matters
- Prepared court forms, appearances and answer packets for eviction and collection cases
- Maintained confidential client files and the clinic's court calendar

EDUCATION
Paralegal Certificate (ABA-approved program), Roosevelt University, 2017
B.A. in Political Science, University of Illinois Chicago, 2015

CERTIFICATIONS
NALA Certified Paralegal (CP), 2019

SKILLS
E-discovery: Relativity (processing, search term reports, active learning, privilege logs, productions)
Research: Westlaw, PACER, Illinois and federal court rules, judges' standing orders
Filing: CM/ECF (N.D. Ill.), eFileIL (Odyssey), CompuLaw, Filevine
Documents: iManage, Adobe Acrobat Pro (Bates numbering, redaction), TrialDirector, Microsoft Office
Languages: English (native), Arabic (conversational)
`,
  truth: {
    employers: [
      "Harrow & Lindqvist LLP",
      "Castellano Moss Law Group",
      "Lakeview Community Legal Aid",
    ],
    titles: ["Litigation Paralegal", "Paralegal", "Legal Assistant"],
    claims: [
      "Managed the Relativity review for a breach-of-contract case with 1.8 million collected documents, using search terms and active learning to narrow the review set to 210,000 documents",
      "Prepared exhibit sets and witness binders for 27 depositions in a multi-plaintiff product liability case over eight months",
      "Set up a two-person deadline check with the docketing department for the litigation group; no missed court or discovery deadlines across more than 400 filings since 2021",
      "Drafted complaints, interrogatories, requests to produce and discovery answers for a caseload of about 60 active personal injury files",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "E-discovery (Relativity)",
      match: [
        "e-discovery",
        "ediscovery",
        "relativity",
        "document review",
        "esi",
        "production",
        "privilege log",
        "search terms",
        "review platform",
        "collection",
      ],
      strong: [
        "At Harrow & Lindqvist I work in Relativity on almost every case, usually with our litigation support manager handling processing and me running the review. Once data is processed, I set up the workspace for the attorneys: the coding layout with responsiveness, confidentiality under the protective order and privilege fields, batches by custodian, and email threading so reviewers see the whole conversation. I run search term reports so the attorneys can negotiate terms with opposing counsel based on real hit counts instead of guesses. During review I do second-level QC on samples, check that families are coded consistently, and keep a running privilege log from the privilege fields so it's not a last-minute project. For productions I build the production set with Bates numbers and confidentiality endorsements, check the image and text counts against the load file, and draft the cover letter. On one production in 2022, my QC caught about forty documents where a family member was tagged privileged but the parent wasn't, and we fixed them before anything went out.",
        "My approach to e-discovery follows the stages: preservation, collection, processing, review and production, and most problems come from skipping steps early. When a new case comes in at Harrow & Lindqvist, I help the associate draft the litigation hold notice, track custodian acknowledgments in a spreadsheet and follow up with anyone who hasn't confirmed. I work with the client's IT contact on what sources exist, email, shared drives, Teams chats, phones, and document the collection. In Relativity, after processing and deduplication, I use search term reports and, on bigger matters, an active learning project so the attorneys review the likely relevant documents first. Before a production goes out, I compare it against the ESI protocol's requirements for format and metadata fields. On the 1.8 million document breach-of-contract case, those steps are what let us get the review set to about 210,000 documents and still meet every production deadline in the case management order.",
      ],
      vague: [
        "I have a lot of experience with e-discovery and Relativity. I'm comfortable with document review, coding and productions, and I always try to be accurate and organized when handling large volumes of data.",
        "E-discovery is a very important part of modern litigation. I understand the process and I work closely with the attorneys and the litigation support team to make sure everything is done correctly.",
      ],
    },
    {
      name: "Drafting pleadings and correspondence",
      match: [
        "drafting",
        "draft",
        "pleadings",
        "complaint",
        "discovery requests",
        "discovery responses",
        "subpoena",
        "correspondence",
        "letters",
        "motions",
      ],
      strong: [
        "I draft a lot for attorney review: at Castellano Moss it was complaints, interrogatories, requests to produce and answers to discovery for personal injury cases, and at Harrow & Lindqvist it's discovery requests and responses, subpoenas, notices of deposition, privilege logs, production letters and routine meet-and-confer correspondence. My process is the same every time. I start from the firm's most recent approved version, never a random old file, check the applicable rule, for example Illinois Rule 213 for interrogatories or Federal Rule 45 for a subpoena, and the judge's standing order. I fill in the facts from the file, not from memory, and I flag anything I'm unsure about in a comment for the attorney instead of guessing. Recently I drafted a Rule 45 document subpoena to a non-party distributor in a product liability case; I pulled the definitions from our document requests so they matched, attached the protective order, and drafted the cover letter. The associate made two edits and it went out the same day.",
        "With correspondence, my goal is that the attorney can sign it without rewriting. At Harrow & Lindqvist I draft most of our routine letters: production cover letters, deficiency letters about late discovery responses, and scheduling letters for depositions. A deficiency letter, for example, needs to be precise: which request, what the other side answered, why it's deficient under the rule, and a specific date for a meet-and-confer, because the judge will look at that letter if we end up filing a motion to compel under Local Rule 37.2. I keep a running chart of each side's discovery requests and responses, so when I draft I can cite the exact request numbers and dates. In 2023 I drafted a deficiency letter on a set of interrogatory answers that were mostly boilerplate objections; the associate sent it with minor edits, and the other side served supplemental answers within two weeks, without a motion.",
      ],
      vague: [
        "I'm a strong writer and I have experience drafting pleadings, discovery and letters. I always follow the firm's templates, proofread carefully and make sure the attorney reviews everything before it goes out.",
        "Drafting is one of my strengths. I understand the format and language of legal documents and I'm careful with the details, so the attorneys can rely on my drafts.",
      ],
    },
    {
      name: "Case management",
      match: [
        "case management",
        "case files",
        "organize",
        "multiple cases",
        "caseload",
        "imanage",
        "chronology",
        "file organization",
        "matter",
      ],
      strong: [
        "I manage cases so that anyone on the team could pick up the file and find what they need. At Harrow & Lindqvist I usually support six to eight active matters. Each one has the same structure in iManage: pleadings, correspondence, discovery served and received, productions, depositions, experts and research, with consistent naming, date first, so sorting works. For each case I keep three living documents: a case chronology with Bates cites to the key documents, a discovery tracker with every request, response date and deficiency, and a task list I review with the associate every Monday. When a paralegal left the firm in 2022, I took over two of her cases mid-discovery. I spent the first week rebuilding the discovery tracker from the docket and the correspondence, and I found a set of requests to admit from the other side that hadn't been calendared. We served responses on time, but only because of that review.",
        "For me case management is knowing what's coming, not just where things are. At Castellano Moss I handled about sixty personal injury files at a time in Filevine, so I had to be systematic. Every file had a status, the next action and a date, and I ran a weekly report of files with nothing scheduled in the next thirty days, because a quiet file is often one where something has been missed, like a medical provider who never sent records. I kept a standard checklist for each stage, intake, treatment, records and bills, demand, and litigation, so nothing depended on my memory. At Harrow & Lindqvist the cases are bigger and fewer, so my focus is on the record: I build a case chronology in the first month of each matter, and attorneys use it to prepare for depositions and for summary judgment briefing.",
      ],
      vague: [
        "I'm a very organized person, and I'm used to managing many cases at once. I keep my files in order, track tasks carefully and make sure the attorneys always have what they need.",
        "Good case management is essential in litigation. I use the firm's systems to keep everything organized and I communicate regularly with the team about the status of each matter.",
      ],
    },
    {
      name: "Court filings and deadlines",
      match: [
        "deadline",
        "deadlines",
        "calendar",
        "docketing",
        "filing",
        "e-filing",
        "cm/ecf",
        "court rules",
        "statute of limitations",
      ],
      strong: [
        "Deadlines are the one part of the job with no room for error, so I never rely on a single calendar entry. At Harrow & Lindqvist, when anything is filed or served, I calculate the response deadline myself from the rule and compare it with the entry the docketing department makes in CompuLaw. If they differ, we check the rule together before anyone relies on it. A real example: opposing counsel in a federal case served interrogatories by email, and the calendar entry had added three days for service. Since the 2016 amendment to Federal Rule 6(d), electronic service no longer adds three days, so the real deadline was three days earlier. We corrected it and served on time. For e-filing I prepare the document, check it against the local rules and the judge's standing order, things like page limits, courtesy copies and proposed orders, and file in CM/ECF or eFileIL. Then I save the file-stamped copy and confirm the filing went through on the docket the same day.",
        "My approach to filings is to work backwards from the deadline and build in a buffer. For anything significant, like a summary judgment motion in the Northern District, I put the internal deadlines on the team calendar: final draft to the partner three days before, exhibits compiled and Bates-checked two days before, table of contents and authorities the day before, and filing by early afternoon on the due date, never at 11:50 at night. Electronic filing systems do go down. In 2023, eFileIL had an outage on a day we had a response due in Cook County; because we were ready by noon, I had time to contact the clerk's office, document the outage with screenshots and file as soon as it came back, with a short notice explaining the delay. State court is different from federal in the details, for example in Illinois an unanswered request to admit is deemed admitted after 28 days, so I treat those deadlines as critical.",
      ],
      vague: [
        "I'm very careful with deadlines. I always calendar everything right away, double-check the dates with the docketing team and make sure filings are ready and submitted well before they're due.",
        "Meeting court deadlines is one of the most important responsibilities of a paralegal. I know the filing systems and I stay organized so that nothing falls through the cracks.",
      ],
    },
    {
      name: "Legal research",
      match: [
        "legal research",
        "research",
        "westlaw",
        "case law",
        "statutes",
        "keycite",
        "cite-check",
        "precedent",
        "factual research",
      ],
      strong: [
        "Most of the research I do at Harrow & Lindqvist is procedural or factual, and I leave the legal analysis to the attorneys, but I do it thoroughly. Procedural research means the Illinois Supreme Court Rules, the Northern District local rules and each judge's standing orders, which often have their own requirements for things like motions to compel or sealed filings. On Westlaw I pull cases the associate cites, check them with KeyCite for negative history, and flag anything with a red or yellow flag with a note on why. For factual research, I check corporate records with the Illinois Secretary of State, PACER for other lawsuits involving the parties, and prior testimony of experts. In a product liability case in 2023 I searched for the plaintiff's engineering expert's prior cases and found an order from another federal court excluding part of his opinions under Rule 702. The associate used it in our motion to bar his testimony, and the judge limited his opinions.",
        "I approach research by writing down the exact question first, because a vague question leads to hours of reading. When an associate at Harrow & Lindqvist asked me whether we could serve a subpoena on an out-of-state non-party for a Cook County case, I narrowed it to what procedure Illinois uses and what the other state requires. I found that Illinois adopted the Uniform Interstate Depositions and Discovery Act, checked that the other state, Indiana, had adopted it too, and then looked up the Indiana clerk's process for issuing the local subpoena. I wrote a one-page memo with the steps, the citations and links to the forms, and noted one point I wasn't sure about, the fee, for the associate to confirm. We had the subpoena issued in Indiana within a week. For cite-checking briefs, I check every citation against Westlaw and the Bluebook, quotations against the source, and record cites against the exhibits.",
      ],
      vague: [
        "I'm experienced with Westlaw and I enjoy legal research. I know how to find relevant cases and statutes quickly and I always make sure the authorities are still good law.",
        "Research is an important part of my work. I'm thorough and careful, and I can find the information the attorneys need, whether it's case law, court rules or public records.",
      ],
    },
    {
      name: "Deposition preparation",
      match: [
        "deposition",
        "depositions",
        "exhibits",
        "witness binder",
        "deposition outline",
        "court reporter",
        "transcript",
        "witness preparation",
        "notice of deposition",
      ],
      strong: [
        "For a deposition I prepare two things: the logistics and the documents. Logistics means the notice of deposition, the court reporter and videographer, the room or the remote platform, an interpreter if needed, and confirming everything with opposing counsel a few days ahead. The documents are where I add most value. For the attorney taking the deposition at Harrow & Lindqvist, I build a witness binder: every document the witness authored, received or is mentioned in, pulled from Relativity in date order, with the key ones flagged, plus any prior testimony. Then I prepare the exhibit set the attorney selects, pre-marked and in enough copies, or uploaded to the exhibit-sharing platform for a remote deposition. We use one exhibit numbering sequence across the whole case, so an exhibit has the same number in every deposition, and I track it in a master exhibit index. After the deposition I order the transcript, track the errata deadline and write a summary with page and line cites.",
        "The hardest deposition preparation I've done was for a multi-plaintiff product liability case at Harrow & Lindqvist, with 27 depositions over eight months, mostly our client's engineers and sales staff, and several plaintiffs. When we were defending our client's employees, I prepared a preparation binder for the attorney's session with the witness: the documents the other side was likely to use, especially emails that could be read out of context, and the witness's earlier written discovery answers, so the witness wasn't surprised. When we were taking a deposition, I built the binder around the attorney's outline topics. Because the same documents came up in many depositions, the master exhibit index was essential: it showed which exhibit numbers were used, by whom and with which witness, so the attorneys could refer back to earlier testimony. The partner told me afterwards that having the index meant she never had to search for an exhibit during a deposition.",
      ],
      vague: [
        "I have prepared for many depositions. I organize the exhibits, coordinate with the court reporter and make sure the attorney has everything they need to be ready.",
        "Deposition preparation requires a lot of organization and attention to detail. I make sure all the documents are in order and that everything is scheduled correctly.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "Litigation experience in state and federal court",
      match: [
        "litigation experience",
        "civil litigation",
        "state court",
        "federal court",
        "law firm",
        "your background",
        "types of cases",
        "practice areas",
      ],
      strong: [
        "I've worked in litigation for about ten years, in three settings. At Lakeview Community Legal Aid I was a legal assistant on eviction and consumer debt cases in Cook County, which taught me how a courtroom and a clerk's office actually work. At Castellano Moss Law Group I was a paralegal on personal injury cases, plaintiff side, in Cook and DuPage counties, from the intake to settlement or trial, with a caseload of about sixty files. And since 2020 I've been at Harrow & Lindqvist on the defense side: commercial contract disputes, product liability and a trade secret case, in the Circuit Court of Cook County and the Northern District of Illinois. So I know Illinois state practice and federal practice, CM/ECF and eFileIL, and both sides of a case. Whitcombe Ashby's mix of commercial, product liability and employment work in state and federal court is very close to my current docket.",
        "The biggest difference I've seen between state and federal litigation is structure. In the Northern District of Illinois, the judge sets a case management schedule early, discovery follows the ESI protocol and the Rule 26(f) report, and the standing orders matter a lot. In the Circuit Court of Cook County, things move at a different pace, and you rely more on the Illinois Supreme Court Rules and the Law Division's procedures. At Harrow & Lindqvist I've worked on cases in both at the same time. For example, in 2023 we had a product liability case in federal court and a related contract case in the Cook County commercial calendar, with overlapping documents. I kept one Relativity workspace with separate production sets and a chart of which protective order applied to which documents, so nothing produced under one order ended up in the other case without the right designation.",
      ],
      vague: [
        "I have several years of experience as a litigation paralegal in law firms. I've worked on many types of civil cases in state and federal courts and I'm comfortable with the whole litigation process.",
        "I have a solid background in litigation. I've supported attorneys in different practice areas and I know how to adapt to different courts and their requirements.",
      ],
    },
    {
      name: "Paralegal certificate and training",
      match: [
        "certificate",
        "certification",
        "aba-approved",
        "paralegal program",
        "education",
        "nala",
        "qualifications",
        "continuing education",
        "training",
      ],
      strong: [
        "I completed the paralegal certificate at Roosevelt University, an ABA-approved program, in 2017, while I was working at Lakeview Community Legal Aid. I'd already been doing intake and court forms there, and the program gave me the theory behind it: civil procedure, legal research and writing on Westlaw, evidence and litigation practice. I took it in the evenings, which meant I could apply things at work the next day, like writing a proper client intake memo. In 2019 I passed the NALA Certified Paralegal exam, partly to prove to myself that I had the breadth, not just the personal injury work I was doing at Castellano Moss. I keep the credential current with continuing education every renewal cycle, and I choose courses that match the work, recently on Relativity active learning, federal e-discovery case law and trial presentation. I'd take advantage of your paid certification fees for a Relativity certification.",
        "My formal training is the ABA-approved paralegal certificate from Roosevelt University and the NALA Certified Paralegal credential, which I earned in 2019. But I'd say much of what makes me good at the job came from how I built on them. At Castellano Moss, the senior paralegal had me draft every type of document at least once under her review before I worked independently, and I kept a binder of her comments. At Harrow & Lindqvist I've done Relativity's own training courses on review management and analytics, which is why I could run an active learning project on the 1.8 million document case. I also read the Northern District's local rules end to end when I started, because I came from state practice. The certificate gave me the foundation, and I've made a habit of closing any gap I see in my own knowledge before it causes a problem.",
      ],
      vague: [
        "I have a paralegal certificate from an ABA-approved program and I'm a certified paralegal. I believe education is important and I continue to take courses to keep my skills current.",
        "My paralegal training gave me a strong foundation in legal procedures and research, and I've built on it through years of practical experience in law firms.",
      ],
    },
    {
      name: "Client confidentiality",
      match: [
        "confidentiality",
        "confidential",
        "privileged",
        "privilege",
        "attorney-client",
        "protective order",
        "sensitive information",
        "discretion",
        "data security",
      ],
      strong: [
        "Confidentiality for me is mostly about habits, because a breach usually happens through a small slip rather than a decision. At Harrow & Lindqvist I only send client documents through the firm's secure file transfer, never as large email attachments and never from personal accounts. I check the recipient list on every email before sending, because autocomplete is how an email ends up with opposing counsel. When I work from home, I don't print, and my screen locks when I step away. Under protective orders I make sure documents designated Confidential or Attorneys' Eyes Only are stamped in productions and that we only share them with the people the order allows, for example experts who have signed the acknowledgment. In 2022 a client's employee asked me to send a set of AEO documents the other side had produced to his personal email so he could review them. I explained politely that the protective order didn't allow it, and told the associate, who arranged a supervised review instead.",
        "I learned early at Lakeview Community Legal Aid that even confirming someone is a client can be a breach. A caller once said he was a tenant's brother and asked about her eviction hearing. I told him I couldn't confirm whether we represented anyone, and offered to take a message for the attorney, which she passed to the client. In litigation, privilege is the other side of confidentiality. At Harrow & Lindqvist, before every production I run a privilege screen in Relativity: attorney names and law firm domains, and terms like privileged and legal advice, and any hit not coded as reviewed for privilege gets a second look before it goes out. In one production that screen caught an email between the client's CFO and its outside counsel that had been coded responsive but not privileged. We withheld it and logged it. If something ever does slip through, I know the clawback process under the 502(d) order, but the goal is never to need it.",
      ],
      vague: [
        "I understand how important confidentiality is in a law firm. I always protect client information, follow the firm's policies and never discuss cases outside the office.",
        "Client confidentiality is a core value for me. I'm very discreet, I handle sensitive information carefully and I know that trust is the foundation of the attorney-client relationship.",
      ],
    },
    {
      name: "Trial preparation",
      match: [
        "trial",
        "trial preparation",
        "trial binders",
        "exhibit list",
        "witness logistics",
        "courtroom",
        "trial presentation",
        "trialdirector",
        "jury",
      ],
      strong: [
        "The trial I know best was a breach-of-contract bench trial in the Cook County commercial calendar in 2023 that lasted six days. I started about eight weeks out with the exhibit list, which ended up with around 300 exhibits. I tracked each exhibit's Bates range, the sponsoring witness and the objections the other side raised in the pretrial filings, in one spreadsheet that fed both the exhibit list and the binders. I built the witness binders for each direct and cross, the judge's binder, and the deposition designations with page and line cites. I also handled logistics: witness schedules, travel for two out-of-state witnesses and a war room near the courthouse. In court I ran TrialDirector, calling up exhibits and deposition clips as the attorneys asked for them, and each evening I updated the admitted-exhibits list so we knew exactly what was in evidence. We won on the main claim, and the partner said the exhibit tracking saved us at least one argument about what had been admitted.",
        "My approach to trial preparation is to work backwards from the courtroom: what will the attorney need in their hands at each moment, and how will they get it in under ten seconds. So I build everything around the witness order. Each witness has a binder with their outline, the exhibits in the order the attorney plans to use them, their deposition transcript and any prior statements for impeachment. I prepare the exhibit list to the court's format, pre-mark the exhibits, and make sure we have copies for the judge, the witness and opposing counsel. At Castellano Moss I helped on two personal injury jury trials in Cook County, and there I learned the small things: check that the courtroom's display works the day before, bring spare cables, and have a printed backup of every exhibit. During trial I keep a running log of admitted exhibits and testimony highlights, which the attorneys use for the closing argument.",
      ],
      vague: [
        "I have experience preparing for trials. I organize the exhibits, prepare the binders and take care of logistics so the attorneys can focus on the case.",
        "Trial preparation is stressful but rewarding. I stay organized, work long hours when needed and make sure everything is ready before we go to court.",
      ],
    },
    {
      name: "Attention to detail",
      match: [
        "attention to detail",
        "detail",
        "proofreading",
        "proofread",
        "accuracy",
        "quality control",
        "errors",
        "bates",
        "table of authorities",
      ],
      strong: [
        "Attention to detail is something I build into checklists rather than trust to concentration, especially late at night before a filing. For every brief at Harrow & Lindqvist, I check four things separately, in separate passes: citations against Westlaw and the Bluebook, quotations word for word against the source, every record cite against the actual exhibit and Bates page, and formatting against the local rules and the judge's standing order, like page limits and font size. Then I generate and check the table of contents and table of authorities. It sounds slow, but doing one thing per pass is faster than trying to catch everything at once. On a summary judgment brief in 2023, the record-cite pass found that about a dozen cites pointed to the wrong page because the exhibit had been re-paginated after a supplemental production. We fixed them before filing, and the reply brief from the other side didn't have anything to pick at.",
        "I once caught a problem in a production that would have been embarrassing. At Harrow & Lindqvist we were producing a set of documents designated Confidential under the protective order, and my QC before release included comparing the Bates range on the production letter with the images and checking a sample for the confidentiality stamp. The sample showed that about 200 documents from one custodian were stamped but the designation field in the load file was blank, so on the other side's system they would have appeared as non-confidential. I traced it to a coding batch where the reviewer had applied the stamp in a different field. We fixed the field, rebuilt the production and sent it the same day. For me detail work is about knowing where errors tend to happen, at handoffs, after last-minute changes and in anything that was copied from a previous document, and checking those places every time.",
      ],
      vague: [
        "I'm a very detail-oriented person. I always proofread my work carefully, sometimes more than once, and I double-check everything before it goes to the attorney, to the other side or to the court.",
        "In legal work small mistakes can have big consequences, so I take accuracy very seriously. I review documents carefully and make sure everything is correct and consistent.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Relativity review narrowed from 1.8 million to 210,000 documents",
      claim:
        "Managed the Relativity review for a breach-of-contract case with 1.8 million collected documents, using search terms and active learning to narrow the review set to 210,000 documents",
      match: [
        "1.8 million",
        "210,000",
        "review set",
        "active learning",
        "search terms",
        "breach-of-contract",
        "breach of contract",
        "narrow",
        "collected documents",
      ],
      strong: [
        "That was a breach-of-contract case at Harrow & Lindqvist in 2021 and 2022 between our client, a packaging manufacturer, and a former distributor. We collected about 1.8 million documents from 22 custodians, email, shared drives and Teams. After processing, deduplication and email threading removed a good share, I ran search term reports on the remaining set so the associate could negotiate terms with opposing counsel using real hit counts; a few broad terms like the product names hit on almost everything, so we narrowed them with proximity connectors. That got us to about 480,000 documents. Then I set up an active learning project in Relativity, so our contract reviewers saw the documents most likely to be relevant first. When the rate of relevant documents dropped off, we ran an elusion test on the unreviewed documents, which the attorneys approved, and stopped. In total, about 210,000 documents were reviewed, and we met every production deadline in the case management order.",
        "I managed the review day to day, with the associate making the legal calls and our litigation support manager handling processing. The collection was 1.8 million documents. My part was turning that into a review that was defensible and affordable. I prepared search term reports for the associate's negotiations with opposing counsel and documented every version of the terms, because if the other side later challenged our process, we'd need to show exactly what we did. Then I set up the active learning project in Relativity, trained the reviewers on the coding protocol and ran daily QC on samples of their decisions. I tracked the review's progress in a daily report for the partner: documents reviewed, responsive rate and projected finish date. After validation we had reviewed about 210,000 documents instead of more than a million, which the partner estimated saved the client several hundred thousand dollars in review costs.",
      ],
      vague: [
        "That was a very large case with a lot of documents. I used the tools in Relativity to make the review more efficient, and we were able to reduce the number of documents significantly.",
        "I managed that review from start to finish. It required a lot of organization and coordination with the attorneys and reviewers, and in the end we saved the client a lot of time and money.",
      ],
      contradicting: [
        "That breach-of-contract case had about 600,000 documents after collection, and with search terms we narrowed it to around 150,000 for review. We didn't use active learning on that case; the reviewers went through everything that hit on the terms.",
        "Our litigation support manager ran that part of the case: she negotiated the search terms with the associate and set up the active learning in Relativity, which took the 1.8 million documents down to 210,000. I managed the reviewers' batches and did QC on the productions.",
      ],
    },
    {
      name: "Preparing 27 depositions in a product liability case",
      claim:
        "Prepared exhibit sets and witness binders for 27 depositions in a multi-plaintiff product liability case over eight months",
      match: [
        "27 depositions",
        "27",
        "product liability",
        "multi-plaintiff",
        "exhibit sets",
        "witness binders",
        "eight months",
        "depositions",
      ],
      strong: [
        "That was a product liability case at Harrow & Lindqvist, in the Northern District of Illinois, where we defended the manufacturer of an industrial heater against claims from several plaintiffs. Over eight months we had 27 depositions: our client's engineers, sales and quality staff, the plaintiffs, and two third-party installers. I prepared the exhibit sets and binders for all of them, working with two associates and the partner. For depositions we took, the binder followed the attorney's outline, with every document the witness authored or received, in date order, pulled from Relativity. For our own witnesses, I prepared the binder for the preparation session with the documents the plaintiffs were likely to use. The most useful thing I built was a master exhibit index, one numbering sequence for the whole case, so an exhibit kept the same number in every deposition and the attorneys could see where it had already been used and by whom. I also tracked transcripts and errata deadlines for each one.",
        "The 27 depositions in that product liability case were close together, sometimes three in one week, some remote and some in person in Chicago and Indianapolis. I handled the logistics as well as the documents: notices, court reporters and videographers, the exhibit-sharing platform for remote depositions, and hotel and room bookings. Because the case had several plaintiffs represented by different firms, scheduling alone needed a shared calendar that I maintained with opposing counsel's paralegals. For the documents, I prepared a witness binder and a pre-marked exhibit set for each deposition, and after each one I updated the master exhibit index and wrote a summary with page and line cites, usually within three days of getting the transcript. By the end, the attorneys used the summaries and the index to draft the summary judgment motion, and the partner said it was the best-organized deposition record she'd had on a case of that size.",
      ],
      vague: [
        "That was a big case with a lot of depositions. I was responsible for preparing the exhibits and binders and I made sure the attorneys were always ready. It was a lot of work, but it went very well.",
        "I supported the attorneys through a long series of depositions on that case. Good organization was essential, and I learned a lot about product liability litigation.",
      ],
      contradicting: [
        "On that product liability case I prepared the exhibit sets and binders for about 12 depositions over roughly a year. The other depositions were handled by a paralegal at our co-counsel's firm.",
        "On that case our senior paralegal prepared the exhibit sets and witness binders for the 27 depositions; she worked with the attorneys on what went in. I helped by scheduling the court reporters and copying and tabbing the binders.",
      ],
    },
    {
      name: "Two-person deadline check with docketing",
      claim:
        "Set up a two-person deadline check with the docketing department for the litigation group; no missed court or discovery deadlines across more than 400 filings since 2021",
      match: [
        "two-person",
        "deadline check",
        "docketing department",
        "400 filings",
        "missed deadlines",
        "no missed",
        "calendaring",
        "compulaw",
        "since 2021",
      ],
      strong: [
        "In 2021 our litigation group at Harrow & Lindqvist had a near miss: a response deadline in a Cook County case had been calendared from the wrong date, and an associate caught it with two days to spare. I proposed a simple two-person check to the litigation partner and the docketing manager. When anything comes in that triggers a deadline, an order, a served discovery request, a new complaint, the docketing clerk calculates and enters it in CompuLaw, and the paralegal on the case independently calculates it from the rule and confirms it by replying to the docketing email with the rule and the date. If the two don't match, we resolve it together before the deadline is relied on. I wrote a one-page guide on the common traps, like Federal Rule 6(d) no longer adding three days for electronic service, and trained the other paralegals. Since then, across more than 400 filings in the group, we haven't missed a court or discovery deadline.",
        "The idea behind the two-person check was that calendaring errors aren't about carelessness, they're about a single point of failure. Before 2021, at Harrow & Lindqvist, the docketing department entered deadlines and the paralegals and attorneys trusted the calendar. After a near miss on a Cook County response deadline, I designed a check with the docketing manager: for every deadline-triggering event, the case paralegal independently calculates the date and confirms it in writing, citing the rule. We also added a weekly report of all deadlines in the next fourteen days, which each paralegal reviews with their attorney. The docketing manager was skeptical at first because it meant more emails, so we agreed to review it after three months. In that time it caught two discrepancies, and after that nobody wanted to go back. Since 2021 the group has handled more than 400 filings without a missed court or discovery deadline.",
      ],
      vague: [
        "I helped improve the way we track deadlines in our group. It's a simple process, but it makes a big difference, and we've had a very good record since we started it.",
        "Deadlines are critical in litigation, so I worked with the docketing team to make our process more reliable. Everyone in the group now follows it, and it has worked very well.",
      ],
      contradicting: [
        "I set up a deadline double-check with our docketing department in 2021. Since then we've handled about 150 filings, and we missed only one deadline, which the court extended when we explained what happened.",
        "Our docketing manager designed the two-person deadline check for the litigation group after a near miss in 2021. I follow it on my cases, confirming the dates she enters, and the group hasn't missed a deadline in more than 400 filings since then.",
      ],
    },
    {
      name: "Drafting for a caseload of about 60 personal injury files",
      claim:
        "Drafted complaints, interrogatories, requests to produce and discovery answers for a caseload of about 60 active personal injury files",
      match: [
        "60",
        "60 active",
        "personal injury",
        "caseload",
        "castellano",
        "complaints",
        "interrogatories",
        "requests to produce",
        "discovery answers",
      ],
      strong: [
        "At Castellano Moss Law Group I carried about sixty active personal injury files at a time, mostly car accidents and premises liability, for two attorneys. When a case moved into litigation, I drafted the complaint from the firm's templates and the file: the facts from the police report and the client interview, the injuries from the medical records, and the correct defendant names, which I verified with the Secretary of State for businesses. I also drafted our interrogatories and requests to produce to defendants, and our clients' answers to discovery under Illinois Rules 213 and 214. For client answers I met or called the client to go through each interrogatory, because their answers had to match the medical records and what they'd say at deposition. The attorney reviewed and signed everything. With sixty files, the only way to keep up was a standard set of drafts and a weekly list in Filevine of every discovery deadline in the next three weeks.",
        "The volume at Castellano Moss taught me to draft efficiently without cutting corners. With about sixty active personal injury files, I was drafting complaints, interrogatories, requests to produce and discovery answers nearly every day. I kept a library of the firm's approved forms, updated each time an attorney made a substantive edit, so the next draft started from the best version. For each new draft, I checked the specifics that vary by case: the right county and court, the defendants' exact legal names, the dates, the injuries and the damages claimed. Discovery answers were the most sensitive, because a client's answer about prior injuries or medical history that doesn't match the records can damage the case, so I compared every answer against the records before sending the draft to the attorney. Over two and a half years, the attorneys rarely had to do more than light edits, which is what let them handle that caseload.",
      ],
      vague: [
        "At my previous firm I had a large caseload and I drafted a lot of documents for the attorneys. It was a busy environment and it taught me to work efficiently and accurately.",
        "I handled drafting for many personal injury cases. I used templates, paid attention to the details of each case and made sure the attorneys were happy with my work.",
      ],
      contradicting: [
        "At Castellano Moss I drafted complaints and discovery for around 25 active personal injury files. The firm had another paralegal who handled the rest of the caseload.",
        "At Castellano Moss the attorneys drafted the complaints and discovery themselves for the sixty or so active files; I formatted their drafts, prepared the exhibits and filed everything with the court.",
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
        "At Harrow & Lindqvist an associate and I clashed over how late he sent changes to filings. Twice in a month he sent a revised brief after ten at night for a filing due at midnight, and the exhibits and tables I'd prepared had to be redone in a rush. The second time we nearly filed with a wrong exhibit reference. I was frustrated, but I waited until the next morning and asked him for fifteen minutes. I showed him what the last-minute changes caused, with the specific error we almost filed, and asked what was driving them. It turned out the partner was sending him comments late. So we agreed on a plan together: he'd ask the partner for comments by the afternoon before, and for anything that came later, he'd tell me by six which sections might change so I could hold those exhibits. It worked, and now he gives me a heads-up without being asked.",
        "My approach to disagreements is to focus on the process, not the person. At Castellano Moss another paralegal and I shared two attorneys, and we disagreed about how to prioritize their requests. She handled whatever came in first, and I felt that filing deadlines should always come before demand letters. It caused friction because the attorneys got different answers from each of us. I suggested we sit down and write a short priority list together: court deadlines, then discovery deadlines, then client-facing work like demands, then everything else. We took it to the attorneys, who agreed and added one item, anything involving a statute of limitations goes to the very top. After that we split the work more evenly, covered for each other, and the tension disappeared, because we were working from the same list.",
      ],
      vague: [
        "I try to resolve conflicts calmly and professionally. I listen to the other person, try to understand their point of view and look for a solution that works for both of us.",
        "Conflicts can happen in a busy law firm. I believe in open communication and respect, and I try to address issues early before they become bigger problems.",
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
        "missed",
      ],
      strong: [
        "In my first year at Harrow & Lindqvist I produced a set of documents to opposing counsel without the Confidential stamp on about thirty of them, even though they'd been designated under the protective order. I had built the production from a saved search that didn't include the confidentiality field in the endorsement settings. I noticed it the next morning when I checked the production against the privilege and confidentiality report. I told the associate right away. He sent a letter to opposing counsel the same day, under the protective order's provision for correcting designations, and we made a replacement production with the correct stamps; opposing counsel confirmed they had destroyed the first set. No harm came of it, but it was a lesson. Since then I use a production checklist that includes checking a sample of each designation in the final images before release, not just in Relativity, and I haven't had a designation error since.",
        "At Castellano Moss I once sent a draft settlement demand to the attorney with the wrong medical bill total: I had missed an updated bill from a physical therapy provider, so the total was about $4,000 too low. The attorney caught it when she reviewed it against the file, before it went out, but it was my mistake, and in a demand package an understated number is money the client might never see. I owned it and fixed it the same day. Then I changed how I tracked medical specials: instead of adding up bills as they arrived, I kept a running ledger in Filevine for each client, with every provider, date of service, amount billed and the date I'd last requested an updated bill. Before any demand, I requested final updated bills from every provider on the ledger. It took a bit more time, but the totals were never wrong again.",
      ],
      vague: [
        "Everyone makes mistakes, and I'm no exception. When I make one, I tell the attorney right away, take responsibility and do what I can to fix it and make sure it doesn't happen again.",
        "Early in my career I made some small mistakes because I was trying to do things too quickly. I learned that it's better to take the time to check my work carefully.",
      ],
    },
    {
      name: "Prioritizing under pressure and deadlines",
      match: [
        "pressure",
        "prioritize",
        "priorities",
        "competing",
        "multiple attorneys",
        "workload",
        "tight timeline",
        "urgent",
      ],
      strong: [
        "The most intense week I've had was in 2023 at Harrow & Lindqvist, when a summary judgment response was due in federal court on the same Friday that a partner needed trial exhibits finalized for a pretrial conference the following Monday, and we had a production due under a court order on Wednesday. I listed everything and sorted it by consequence. The court-ordered production on Wednesday came first, because missing it could mean sanctions, and it was mostly QC I had already planned. The summary judgment response came second because the deadline was fixed. The trial exhibits had more flexibility, so I told the partner on Monday that I'd have them finished Saturday, and asked our other paralegal to start the exhibit stickers and copies. I was open with both attorneys about the plan, so nobody was surprised. Everything was filed and delivered on time, and I made sure to thank the paralegal who helped.",
        "When several attorneys need things at once, I don't decide silently whose work is more important. My rule is that court deadlines come first, then anything that blocks someone else's work, then everything else in order of due date, and if two attorneys' deadlines conflict, I tell them both and let them decide, because they know the cases better than I do. At Harrow & Lindqvist I keep a simple weekly list of every deliverable with its real deadline and I share it with the attorneys I support. When a partner once asked me for a deposition binder by the next morning while I was finishing a production for an associate due the same day, I showed them both the list. The associate agreed to push his internal review by a few hours, and both were done on time. Making the priorities visible avoids most of the stress.",
      ],
      vague: [
        "Law firms are fast-paced, and I'm used to working under pressure. I prioritize based on deadlines and importance, stay organized and communicate with the attorneys if there's a conflict.",
        "I handle pressure well. I make a list, focus on the most urgent tasks and stay calm, and I'm willing to work extra hours when a deadline requires it.",
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
        "A partner at Harrow & Lindqvist gave me feedback early on that my deposition summaries were too long. I was summarizing almost every page, and she said she needed to know in two minutes what the witness admitted, what hurt us and where to find it. I asked her to mark up one summary with what she'd keep. Then I changed the format: a half-page at the top with the key admissions and problem testimony, each with a page and line cite, and a topic index below instead of a page-by-page narrative. She used the next summary in a motion the same week. I also give feedback, mostly to contract reviewers during document review. When QC showed a reviewer was coding documents as privileged just because a lawyer was copied, I showed her two examples, explained that a lawyer being copied on a business email isn't enough, and reviewed her next batch with her. Her error rate dropped quickly.",
        "I ask for feedback directly, because attorneys rarely have time to offer it. After each trial or big production at Harrow & Lindqvist, I ask the attorneys one question: what's one thing I could have done to make your work easier? After the 2023 bench trial, the answer was that the witness binders should have included the deposition designations for each witness at the front, so the attorney didn't have to search the separate designation binder. It seemed obvious once he said it, and I've done it that way since. When I give feedback, I try to be specific and timely, and to say why it matters. When a new paralegal in our group filed a document without saving the file-stamped copy to iManage, I showed her how we'd have no proof of the filing time if the docket was ever questioned, and walked her through the step. She's been careful about it ever since.",
      ],
      vague: [
        "I welcome feedback because it helps me improve. I listen carefully, don't take it personally and try to apply it. When I give feedback, I try to be constructive and respectful.",
        "I think feedback is very important in a law firm. I appreciate when attorneys tell me how I can do better, and I'm always happy to help newer colleagues learn.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "team",
        "leadership",
        "collaborate",
        "work with others",
        "coordinate",
        "lead",
        "support attorneys",
      ],
      strong: [
        "On the 1.8 million document review at Harrow & Lindqvist, I coordinated a team of contract reviewers, about a dozen at the peak, under the associate's supervision. I don't manage people formally, but I was their day-to-day contact. I wrote the coding guide with the associate, ran a kickoff session with sample documents, and held a fifteen-minute call each morning for the first two weeks to go over questions and QC findings, so inconsistencies were fixed early instead of in the production. I kept a running list of decisions, like how to code drafts or documents in other languages, so everyone applied the same rules. When the review fell behind schedule, I reorganized the batches so the fastest reviewers took the most complex custodians. We finished on time. Teamwork in a law firm also means making the attorneys' lives easier: I try to anticipate what they'll need next rather than waiting to be asked.",
        "I've always worked in small teams, and I think the best teamwork is covering for each other without being asked. At Harrow & Lindqvist there are four paralegals in the litigation group. When one of them was out on parental leave in 2023, I covered three of his cases, and before he came back I wrote him a handover memo with everything that had happened, every deadline in the next two months and where each document was in iManage. When he returned, he said it was the first time he hadn't spent a week catching up. We now do that for each other for every vacation. I also share what I learn: after I learned to run active learning projects in Relativity, I did a short session for the other paralegals with a checklist, so it didn't stay in my head.",
      ],
      vague: [
        "I'm a strong team player. I enjoy working with attorneys and other paralegals, and I'm always willing to help when someone has too much work.",
        "Teamwork is very important in litigation because every case involves many people. I communicate well, share information openly and try to support everyone on the team, whatever their role.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "learn quickly",
        "new software",
        "new system",
        "unfamiliar",
        "pick up",
        "get up to speed",
      ],
      strong: [
        "When I moved from Castellano Moss to Harrow & Lindqvist in 2020, I had never worked in federal court or in Relativity; personal injury discovery was mostly paper and PDFs. I had a month before my first big production. For federal practice, I read the Federal Rules on discovery, the Northern District's local rules and the standing orders of the two judges on my cases, and made a one-page cheat sheet of the differences from Illinois practice. For Relativity, I did the vendor's online training on review and productions, and asked our litigation support manager to let me shadow her on a production from start to finish. Then I did the next one myself with her reviewing it. Within about three months I was running productions independently, and within a year I was setting up active learning projects, which I then taught the other paralegals. I learn fastest by doing the real task with someone checking it the first time.",
        "When the firm started using TrialDirector for a 2023 bench trial, I had about five weeks to learn it before we were in the courtroom, and I'd only used it once briefly. I built the trial database myself with the real exhibits, which was the best way to learn, and practiced calling up exhibits, zooming and highlighting, and playing deposition clips synchronized with the transcript. I scheduled two mock sessions with the associates in our conference room where they asked for exhibits at random, as they would in court, and I timed myself until I could bring up any exhibit in a few seconds. I also kept a one-page list of shortcuts and fixes for common problems, like a clip not syncing. During the trial it worked without a problem, and I've run presentation at every trial since.",
      ],
      vague: [
        "I'm a fast learner. When I need to learn a new system or area of law, I read the materials, take training and ask questions, and I usually get up to speed quickly.",
        "I enjoy learning new things. The legal field is always changing, so I try to stay current and I'm open to learning new software and procedures.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "motivation",
        "why this role",
        "why do you want",
        "interested in",
        "whitcombe",
        "why us",
        "career goals",
        "next step",
      ],
      strong: [
        "Whitcombe Ashby's docket is very close to mine, commercial disputes and product liability in Cook County and the federal courts, so I can contribute from the first week. What draws me is the depth. At Harrow & Lindqvist most of our cases settle before trial, and the part of the work I enjoy most is trial preparation and running the exhibits in court. Your posting says the team takes cases through trial, and I'd like to do more of that. I also liked the line about paralegals who own their cases and know the record better than anyone; that's how I try to work, and it tells me the attorneys here treat paralegals as part of the case team. And the support for certification matters to me: I'd like to add a Relativity certification and eventually become a senior paralegal who leads discovery on larger matters and trains newer paralegals.",
        "I'm looking for a firm where I can take on more responsibility on fewer, larger cases. At Harrow & Lindqvist I've grown a lot, from my first federal production to running the review on a 1.8 million document case and supporting a six-day bench trial, but our group is small and the senior work is shared between four paralegals. A 60-lawyer litigation firm with product liability and employment cases would give me bigger matters and more trials. I also know a bit about Whitcombe Ashby from the other side: we had a case against your firm in 2022, and I was impressed by how organized your productions and privilege logs were, which doesn't happen often. That's the standard I want to work to. Long term, I'd like to specialize in e-discovery and trial work, and this role covers both.",
      ],
      vague: [
        "I'm interested in this role because Whitcombe Ashby has a great reputation and I'd like to grow my career at a firm like yours. I think my experience is a good match.",
        "I'm looking for a new challenge where I can use my skills and keep learning. Litigation is my passion, and this position seems like a great next step.",
      ],
    },
    {
      name: "Handling a difficult client or stakeholder",
      match: [
        "difficult client",
        "client",
        "difficult",
        "stakeholder",
        "upset",
        "frustrated",
        "demanding",
        "pushback",
      ],
      strong: [
        "At Castellano Moss one of our personal injury clients called me almost every day, often upset, because her case was taking longer than she expected and she was struggling to pay her medical bills. I couldn't give legal advice or promise an outcome, but I could make sure she felt informed. With the attorney's agreement, I set up a fixed call with her every Friday where I explained exactly where the case was: which records we were still waiting for, when the demand would go out, and what would happen next. I also told her which questions I'd pass to the attorney, and made sure she got answers to them. The daily calls stopped within a couple of weeks. Later, when the case settled, she sent a card to the office. What I learned is that difficult clients are often just anxious people without information, and a predictable schedule does more than long reassurances.",
        "A difficult stakeholder at Harrow & Lindqvist was a client's IT director during a collection for the breach-of-contract case. He was pushing back on collecting Teams chats and phones, saying it was too much work and that the important material was all in email. I understood his concern, because his team was small. But we had a duty to preserve and collect relevant sources, and the other side had specifically asked for chats. I didn't argue with him; I set up a call with him and the associate where the associate explained the legal obligation, and I came with a concrete plan: a list of the twelve highest-priority custodians first, a collection vendor to do the phone imaging so his team only had to schedule time, and a timeline that avoided their quarter-end. He agreed, and the collection was done in three weeks. Later, those Teams chats turned out to include some of the most important documents in the case.",
      ],
      vague: [
        "When a client is difficult, I stay patient and professional. I listen to their concerns, keep them informed and make sure the attorney knows about any issues.",
        "I understand that clients are often stressed when they're involved in litigation. I try to be empathetic and responsive, and I always treat them with respect.",
      ],
    },
  ],
};
