import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "primary-teacher",
  field: "education",
  job: {
    title: "Year 3/4 Class Teacher",
    description:
      "Hollybrook Primary School is a two-form entry community primary school in Leeds with 420 pupils aged 4 to 11. We are a diverse, inclusive school: around a third of our pupils are eligible for pupil premium and a fifth speak English as an additional language. We are looking for a committed class teacher to join our lower Key Stage 2 team from September, teaching a mixed Year 3/4 class.\n\nYou will plan and teach engaging, well-sequenced lessons across the primary curriculum, using our shared medium-term plans and adapting them for the pupils in front of you. You will make sure every child can access learning, including pupils with SEND and those new to English, and you will direct a shared teaching assistant. Reading is at the heart of our curriculum: we teach phonics through Read Write Inc., and in lower Key Stage 2 you will support pupils who are not yet fluent readers as well as teaching whole-class reading and writing. You will assess pupils' progress at our termly assessment points, use the information to plan interventions, and take part in pupil progress meetings with the senior leadership team.\n\nWe expect high standards of behaviour built on positive relationships and a consistent, restorative approach. You will keep parents and carers informed through Class Dojo, parents' evenings and regular conversations at the classroom door. Safeguarding is everyone's responsibility at Hollybrook: you will follow our procedures and record concerns on CPOMS.\n\nWe offer a supportive year-group team with shared planning time, a well-stocked library, high-quality CPD and the chance to lead a foundation subject. The post is full time, on the Main or Upper Pay Scale, and subject to an enhanced DBS check.",
    seniority: "mid",
    department: "Lower Key Stage 2",
    location: "Leeds, UK",
    employment_type: "full_time",
    requirements: [
      "Qualified Teacher Status (QTS) and at least two years' experience teaching in Key Stage 2",
      "Secure subject knowledge of the Key Stage 2 maths curriculum and a mastery approach to teaching it",
      "Experience adapting teaching for pupils with SEND and pupils learning English as an additional language",
      "Ability to direct a teaching assistant effectively and plan collaboratively with a year-group partner",
      "Willingness to lead a foundation subject across the school, or to develop towards subject leadership",
    ],
    skills: [
      "Lesson planning",
      "Differentiation",
      "Behaviour management",
      "Phonics and literacy",
      "Assessment and progress tracking",
      "Parent communication",
      "Safeguarding",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Hannah Whitfield",
    email: "hannah.whitfield@example.com",
    phone: "07700 900142",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Tariq Hussain",
    email: "tariq.hussain@example.com",
    phone: "07700 900187",
    pronouns: "he/him",
  },
  cv: `{name}
Pronouns: {pronouns}
Leeds, West Yorkshire | {phone} | {email}

PROFILE
Primary teacher with six years' experience in Years 3 and 4, and two years as a Key Stage 2
teaching assistant before that. Strong on early reading and phonics catch-up in Key Stage 2,
maths fluency, and calm, relationship-based behaviour management. Geography subject lead and
Early Career Teacher mentor.

QUALIFICATIONS
Qualified Teacher Status (QTS), 2018
PGCE Primary (5-11), Leeds Trinity University, 2017-2018
BA (Hons) Geography, University of Sheffield, 2012-2015
Read Write Inc. Phonics and Fresh Start training, Ruth Miskin Training
Annual safeguarding and child protection training; Prevent awareness
ECF mentor training

EXPERIENCE

Year 4 Class Teacher
Ashgrove Primary School, Bradford | September 2021 - present
- Teach a mixed-ability Year 4 class in a three-form entry school with high EAL and pupil premium numbers
- Raised the Year 4 Multiplication Tables Check average from 18.6 to 22.9 out of 25 in two years as the year group's maths lead
- Ran a daily Fresh Start phonics catch-up group for 8 pupils; 7 of the 8 were reading at age-related expectations by July
- Mentored 2 Early Career Teachers through their two-year induction
- Geography subject lead: rewrote the school's geography curriculum map with a fieldwork unit in every year group

Year 3 Class Teacher
Kirkstall Lane Primary School, Leeds | Sept 2018 - Jul 2021
- Completed my NQT year, then taught on the main pay scale
- Planned and taught the full Year 3 curriculum with a year-group partner, sharing planning and moderation
- Introduced fortnightly parent reading cafés, raising the share of pupils reading at home three times a week from 41% to 78%
- Cut behaviour incidents logged on CPOMS for my class from 46 in the autumn term to 15 in the summer term
- Moved teaching online during the school closures using Google Classroom and weekly phone calls to vulnerable families

Teaching Assistant
Meadowfield Junior School, Harrogate | 2015 - 2017
- Supported a Year 5 class, including one-to-one support for a pupil with an EHCP for autism
- Delivered small-group reading and Numicon maths interventions planned with the class teacher
- Ran the after-school gardening club

Play Leader
Brightsparks Holiday Club, Sheffield | Summers 2013 - 2015
- Planned and led games, crafts and sports for primary-age children during the school holidays
- Completed paediatric first aid training

SKILLS AND TOOLS
Read Write Inc. and Fresh Start, White Rose Maths, Times Tables Rock Stars, Numicon, Zones of
Regulation, restorative approaches, CPOMS, Arbor, Class Dojo, Google Classroom, Insight
Tracking, NFER tests, Purple Mash
`,
  truth: {
    employers: [
      "Ashgrove Primary School",
      "Kirkstall Lane Primary School",
      "Meadowfield Junior School",
      "Brightsparks Holiday Club",
    ],
    titles: [
      "Year 4 Class Teacher",
      "Year 3 Class Teacher",
      "Teaching Assistant",
      "Play Leader",
    ],
    claims: [
      "Raised the Year 4 Multiplication Tables Check average from 18.6 to 22.9 out of 25 in two years as the year group's maths lead",
      "Ran a daily Fresh Start phonics catch-up group for 8 pupils; 7 of the 8 were reading at age-related expectations by July",
      "Mentored 2 Early Career Teachers through their two-year induction",
      "Introduced fortnightly parent reading cafés, raising the share of pupils reading at home three times a week from 41% to 78%",
      "Cut behaviour incidents logged on CPOMS for my class from 46 in the autumn term to 15 in the summer term",
    ],
  },
  topics: [
    // ---------------------------------------------------------------- skills
    {
      name: "Lesson planning",
      match: [
        "lesson planning",
        "plan a lesson",
        "planning",
        "lesson plan",
        "sequence",
        "medium-term plan",
        "learning objective",
        "unit of work",
        "structure a lesson",
      ],
      strong: [
        "I plan backwards from the end of the unit. At Ashgrove we use White Rose Maths for the medium-term sequence, but I don't just teach the slides as they come. For the Year 4 fractions unit last spring, I started from the end-of-unit assessment and asked what the children needed to be able to do: find equivalent fractions, then add and subtract fractions with the same denominator. Then I looked at a five-question pre-assessment from the week before, which showed that about a third of the class didn't see a fraction as a number on a number line. So I added two lessons on number lines, with fraction walls and Cuisenaire rods, before moving on. Each lesson has the same shape: a retrieval starter on earlier learning, a clear 'I do, we do, you do' model, and a short independent task with a hinge question, so I know who needs a same-day catch-up. By the end of the unit, 26 of my 30 children met the objective in the assessment.",
        "A good lesson plan for me answers three questions: what exactly should the children know or be able to do by the end, how will I know, and what will trip them up. In Year 3 at Kirkstall Lane I planned a two-week persuasive writing unit around a letter to the council about our local park. I started with a WAGOLL, a 'what a good one looks like' that I wrote myself, and we picked it apart together to build a success criteria checklist. Then I sequenced the grammar they needed, conjunctions like 'because', 'so' and 'although', into short daily sentence-level lessons before any extended writing. I built in talk first, with a class debate, because many of my pupils wrote far better once they had said it out loud. The letters were posted to the council and a councillor replied, which the children loved. In our writing moderation, my class went from 52% at the expected standard in the autumn to 71% in the summer.",
      ],
      vague: [
        "I think good lesson planning is essential. I always make sure my lessons have clear objectives, are engaging and meet the needs of all learners. I like to use a variety of activities and resources to keep the children interested.",
        "Planning is something I take seriously. I follow the school's schemes and make sure lessons build on what the children already know. I also reflect after each lesson and adapt my plans if something hasn't worked.",
      ],
    },
    {
      name: "Differentiation",
      match: [
        "differentiation",
        "differentiate",
        "adaptive teaching",
        "mixed ability",
        "mixed-ability",
        "scaffold",
        "stretch",
        "challenge",
        "higher attainers",
        "range of abilities",
      ],
      strong: [
        "I think of it as adaptive teaching rather than three different worksheets: everyone works towards the same objective, and the support or challenge varies. When I taught column subtraction with exchanging in Year 4 at Ashgrove, I modelled with place value counters first. Children who were still insecure kept the counters and a part-whole model on their table and worked through the first examples with my teaching assistant. Children who were secure moved on to reasoning, like 'Spot the mistake' or 'Which method is more efficient for 5,002 minus 2,998, and why?' Because I use mini whiteboards and a hinge question halfway through the lesson, the groups change every day: a child who needed counters on Monday might be on the challenge by Wednesday. I moved away from fixed ability tables in my first year, because I saw the children on the 'bottom table' stop expecting to reach the main task. In writing I do the same with word banks, sentence stems and a model paragraph, and a 'deepen' task such as rewriting a paragraph from another character's viewpoint.",
        "Last year I had children reading two or three years below their age in the same class as three children working well beyond Year 4 in maths. In a history lesson on the Romans, the whole class answered the same enquiry question: 'Why did the Romans build Hadrian's Wall?' For children with lower reading ages, I rewrote the same source texts at a simpler level and pre-taught the key vocabulary in a five-minute group that morning. The most confident readers got two sources that disagreed and had to decide which was more reliable and why. I used partner talk with carefully chosen pairs, so every child had rehearsed an answer before writing it. Everyone wrote an answer to the same question, and the books showed it worked: the pre-teach group used words like 'frontier' and 'garrison' correctly in their writing, and two of the children who usually wrote one sentence wrote a full paragraph.",
      ],
      vague: [
        "Every child learns differently, so I try to make sure my lessons are accessible to everyone. I provide support for children who need it and challenge for those who are ready for more, so that all pupils can make progress.",
        "Differentiation is really important in a mixed-ability class. I get to know my pupils well and adapt my teaching to their needs, using different resources and groupings where appropriate.",
      ],
    },
    {
      name: "Behaviour management",
      match: [
        "behaviour management",
        "behaviour",
        "behavior",
        "disruptive",
        "classroom management",
        "routines",
        "consequences",
        "rewards",
        "restorative",
        "low-level disruption",
      ],
      strong: [
        "My behaviour management rests on routines and relationships, and I'm explicit about both. In September I teach routines like any other lesson: how we line up, how books are handed out, what 'show me five' means, and we practise until they're automatic. I follow the school's behaviour policy consistently, so a reminder, then a warning with a clear choice, then time out in a partner class, and every consequence is followed by a short restorative conversation: 'What happened? Who has been affected? What do we need to do to put it right?' One boy in my Year 4 class last year was refusing work and walking out several times a week. Talking with him and his mum, I found the trigger was the transition after lunch. We agreed he would come in five minutes early to help me set up, with a visual timetable on his desk and a time-out card he could use instead of leaving. Within half a term he was leaving the room about once a fortnight instead of three times a week.",
        "I deal with low-level disruption quietly and quickly, so it doesn't become the lesson. My sequence goes from least to most intrusive: a look, moving closer, saying the child's name, then a private reminder of the expectation with a choice. And I praise the children doing the right thing, specifically: 'Thank you, Ayaan, for pencil down and eyes on me.' When I joined Ashgrove, my Year 4 class had a reputation for being noisy, and transitions between lessons were taking four or five minutes. I introduced a countdown with a clear expectation for each number, a class points target linked to a Friday reward the children voted for, and I sat down with my teaching assistant so we used exactly the same language. By Christmas our transitions were under a minute, and the deputy head commented on the calm in the room during a learning walk. The time we saved added up to more than an hour of learning a week.",
      ],
      vague: [
        "I believe good behaviour comes from positive relationships and clear expectations. I always try to stay calm, be consistent and praise good behaviour, so the children know where they stand.",
        "Behaviour management is about creating a positive classroom environment. I follow the school's behaviour policy and make sure children understand the consequences of their actions, while also recognising good choices.",
      ],
    },
    {
      name: "Phonics and literacy",
      match: [
        "phonics",
        "reading",
        "literacy",
        "read write inc",
        "early reading",
        "decoding",
        "reading fluency",
        "comprehension",
        "writing",
        "love of reading",
      ],
      strong: [
        "In lower Key Stage 2 most of the class are past phonics, so my focus is on fluency and comprehension, but I never assume every child can decode. In September I use the Read Write Inc. placement assessment with anyone below age-related expectations on our reading test. For the whole class, I teach daily reading from a shared text, for example 'The Iron Man' in Year 3, with echo reading and choral reading to build fluency, then explicit teaching of one comprehension skill, such as inference or summarising, using the VIPERS question stems. Every child reads aloud to an adult at least weekly, and the lowest 20% read daily. Spelling follows our scheme, but I link it back to phonics, for example teaching the 'ch' in 'chef' and 'school' as other pronunciations of a grapheme the children already know. Last year 83% of my class reached the expected standard in the summer NFER reading test, up from 64% in the autumn.",
        "I'll describe one child. A girl joined my Year 4 class from overseas with good spoken English but reading at about a Year 1 level. Her comprehension when I read to her was strong, so the gap was decoding. I placed her with the Read Write Inc. assessment, and she joined our Fresh Start group, but I made sure she still took part in whole-class reading: my teaching assistant pre-read the next chapter with her the day before, so she came to the lesson knowing the story. I sent home decodable books at her level, not the class novel, with a short note for her parents on how to help her blend. I reassessed her every six weeks. By the summer she had moved through four Fresh Start modules and was reading the class novel aloud to her group. For me it shows that in Key Stage 2 you have to find the specific gap rather than just giving more reading.",
      ],
      vague: [
        "Reading is so important because it unlocks the whole curriculum. I love sharing books with children and building a love of reading. I follow the school's phonics scheme and make sure children who are struggling get extra support.",
        "I'm very passionate about literacy. I think phonics gives children a strong foundation, and in Key Stage 2 it's important to keep developing fluency and comprehension through lots of reading practice.",
      ],
    },
    {
      name: "Assessment and progress tracking",
      match: [
        "assessment",
        "assess",
        "progress",
        "tracking",
        "data",
        "formative",
        "summative",
        "pupil progress",
        "gaps",
        "attainment",
      ],
      strong: [
        "I use assessment at two levels. Day to day it's formative: mini whiteboards, a hinge question, and looking at every book at the end of the lesson. I sort the books into three piles, got it, nearly and not yet, and the 'not yet' children get ten minutes with me or my teaching assistant the same afternoon or the next morning. Then there's summative: at Ashgrove we use NFER tests in reading and maths each term and teacher assessment for writing, all entered in Insight Tracking. Before each pupil progress meeting with the deputy head, I look at the question-level analysis, not just the scaled scores. Last autumn it showed that nearly half my class lost marks on time questions even though their overall scores were fine. I added a five-minute time fluency session every day for six weeks and put analogue clocks into our morning tasks. In the spring test, the average mark on the time questions went from 41% to 78%.",
        "Tracking only helps if it changes what I teach. At Kirkstall Lane I kept a simple spreadsheet alongside the school system, with every child against the key Year 3 objectives in reading and maths, colour-coded after each unit. At the autumn pupil progress meeting it showed that my pupil premium boys were behind in reading fluency, not comprehension. I set up a paired reading intervention three times a week with my teaching assistant, using timed repeated reading, and the boys kept their own words-per-minute chart because they liked watching the line go up. I retested them after eight weeks: seven of the nine had gone from around 60 words a minute to over 90, and five of them reached the expected standard in the summer test. I also share progress with the children themselves, through next-step comments in their books that they answer in purple pen at the start of the next lesson.",
      ],
      vague: [
        "Assessment is key to knowing where children are and what they need next. I use a mixture of formative and summative assessment and keep track of pupils' progress so I can plan the right support.",
        "I regularly check pupils' understanding during lessons and use the school's tracking system to monitor progress. It's important that no child falls behind, so I act quickly when I notice a gap.",
      ],
    },
    {
      name: "Parent communication",
      match: [
        "parent",
        "parents",
        "carers",
        "communication with parents",
        "parents' evening",
        "families",
        "class dojo",
        "keep parents informed",
        "home-school",
      ],
      strong: [
        "I want parents to hear from me before there is a problem, so my first contact is always positive. In the first three weeks of September I send every family a short message on Class Dojo about something their child did well. That makes the harder conversations easier later on. I'm on the door at the end of every day, which is where most of the useful conversations happen. At parents' evening I show books, not just levels: one piece of work, what their child can do now, and one specific thing to help with at home, like ten minutes of Times Tables Rock Stars a night. For families who don't come in, I phone. At Ashgrove about a third of my class's parents speak Urdu or Polish at home, so for important meetings I book one of our bilingual teaching assistants or an interpreter, and I keep written messages short and plain. Last year every family in my class had a face-to-face or phone conversation with me by the end of the autumn term.",
        "When I have a concern, I tell parents early, with facts and a plan. Last year I noticed a boy in my class was increasingly tired and his reading record had stopped coming back. Rather than writing a note, I asked his dad for a short meeting after school. I started with what was going well, then described what I'd seen, with dates, and asked whether anything had changed at home. The family had moved in with relatives and he was sharing a room with three cousins. We agreed he could do his reading at our breakfast club, and I rang his dad every Friday for a few weeks to keep him updated. I also recorded the change in circumstances on CPOMS, as we do for any child. Within a month he was reading every day again, and his dad told me he appreciated being treated as a partner rather than being told off.",
      ],
      vague: [
        "Good communication with parents is essential. I try to be approachable and keep parents informed about their child's progress, and I always make time to listen to their concerns.",
        "I see parents as partners in their child's education. I like to build positive relationships with families through regular updates, parents' evenings and being available at the classroom door.",
      ],
    },
    {
      name: "Safeguarding",
      match: [
        "safeguarding",
        "child protection",
        "designated safeguarding lead",
        "dsl",
        "disclosure",
        "concern about a child",
        "welfare",
        "keeping children safe",
        "kcsie",
      ],
      strong: [
        "A Year 4 girl told me while the class was changing for PE that she didn't want to go home because her mum's boyfriend 'gets angry and throws things'. I stayed calm, let her talk and didn't ask leading questions, just 'Tell me more' and 'Is there anything else?' I didn't promise to keep it a secret; I told her I would need to share it with people whose job is to keep her safe. As soon as the class was settled with my teaching assistant, I wrote down exactly what she had said, in her words, with the time, logged it on CPOMS and went straight to our Designated Safeguarding Lead rather than waiting until the end of the day. The DSL made a referral to children's social care that afternoon, and the family received support. My part afterwards was to keep things normal and predictable for her in class and to record anything new. The key things are not to investigate, to record her exact words, and to report the same day.",
        "Safeguarding is mostly about noticing small changes over time and recording them, because one note on its own rarely tells the story. At Kirkstall Lane I had a boy whose attendance dropped, who came in hungry several days a week and whose uniform wasn't being washed. None of those alone felt like a referral, but I logged each observation on CPOMS with dates, and the DSL could see the pattern building, alongside concerns from his sister's teacher. That led to an early help assessment, and the family got support with housing and food. I also know the procedure if a concern is about an adult in school: it goes to the headteacher, or to the chair of governors if it's about the head. I read Keeping Children Safe in Education Part One every September, I've done Prevent training, and I teach the NSPCC PANTS rule and our online safety units so children know who they can talk to.",
      ],
      vague: [
        "Safeguarding is everyone's responsibility, and I take it very seriously. If I had a concern about a child, I would follow the school's policy and report it to the Designated Safeguarding Lead straight away.",
        "Keeping children safe is the most important part of the job. I keep up to date with my safeguarding training, I'm aware of the signs to look for and I always record and report any concerns.",
      ],
    },
    // ---------------------------------------------------------------- requirements
    {
      name: "QTS and Key Stage 2 teaching experience",
      match: [
        "qts",
        "qualified teacher status",
        "key stage 2",
        "ks2",
        "teaching experience",
        "your experience",
        "year 3",
        "year 4",
        "lower key stage 2",
        "your background",
      ],
      strong: [
        "I gained QTS in 2018 through a PGCE at Leeds Trinity, and I've taught lower Key Stage 2 ever since: three years in Year 3 at Kirkstall Lane Primary in Leeds, including my NQT year, and now my fourth year in Year 4 at Ashgrove Primary in Bradford. Before the PGCE I spent two years as a Key Stage 2 teaching assistant at Meadowfield Junior School, mostly in Year 5, including one-to-one support for a boy with autism. So I know this age group well: the jump from Key Stage 1 in Year 3, where some children still need phonics and a lot of structure, and the Year 4 expectations around the Multiplication Tables Check and more independent writing. At Ashgrove I'm also the Year 4 maths lead, the school's geography lead and an ECT mentor. Both of my schools have high numbers of pupils with EAL and pupil premium, which is very similar to Hollybrook.",
        "My Key Stage 2 experience is mostly Years 3 and 4, and I enjoy them because it's the age when children become independent learners. In Year 3 at Kirkstall Lane, the big task in the autumn was the transition from infant school: I kept some Year 2 routines, like a visual timetable and short bursts of practical learning, for the first weeks, and gradually built the children's stamina for longer independent tasks. In Year 4 at Ashgrove the focus shifts to fluency: the Multiplication Tables Check in June, longer writing across the curriculum, and getting children ready for upper Key Stage 2. I've taught the whole curriculum, including RE, French from a scheme and computing with Purple Mash. Having taught both Year 3 and Year 4, I know both sets of objectives well, which is exactly what a mixed Year 3/4 class needs.",
      ],
      vague: [
        "I have experience teaching in Key Stage 2 and I really enjoy working with this age group. I hold QTS and I've developed a good understanding of the curriculum and what children need at this stage.",
        "I've taught in lower Key Stage 2 for several years now, and I feel confident with the curriculum and the expectations. I'm always looking to develop further as a teacher.",
      ],
    },
    {
      name: "Maths subject knowledge and mastery",
      match: [
        "maths",
        "mathematics",
        "mastery",
        "white rose",
        "reasoning",
        "concrete pictorial abstract",
        "manipulatives",
        "misconceptions",
        "fractions",
        "place value",
      ],
      strong: [
        "I teach maths with a mastery approach: the whole class moves through the same content in small steps, and we use concrete, pictorial and abstract representations to build understanding. At Ashgrove we follow White Rose. A typical Year 4 lesson starts with a four-question flashback on earlier learning, then a model with manipulatives, such as base-ten and place value counters for four-digit numbers, then a bar model or part-whole model, and only then the abstract calculation. I plan reasoning into every lesson with stems like 'I know that... so...' and 'Always, sometimes, never'. Subject knowledge matters most in anticipating misconceptions, like children who think 0.5 is smaller than 0.25 because five is less than twenty-five. When that came up last year, I went back to place value charts and Dienes for tenths and hundredths before moving on. As Year 4 maths lead I run our weekly maths planning meeting, and I've led a staff CPD session on bar modelling for word problems.",
        "A unit I'm proud of is area and perimeter in Year 4, because children so often confuse the two. I planned it so they experienced both before any formula. We measured the perimeter of the playground with trundle wheels, then made rectilinear shapes on geoboards and squared paper and counted squares for area. The key question was 'Can two shapes have the same area but different perimeters?', and groups had to prove their answer with drawings. Because the children had built the ideas themselves, the usual error of adding the sides to find the area hardly appeared: 24 of my 29 children got every area and perimeter question right in the end-of-unit assessment. I also think subject knowledge is about progression: I know what Year 3 covered and what Year 5 will build on, so in a mixed Year 3/4 class I can go back or stretch while keeping the same core idea for everyone.",
      ],
      vague: [
        "I really enjoy teaching maths. I think it's important for children to understand concepts and not just learn procedures, so I use practical resources and make lessons as engaging as possible.",
        "I'm confident with the Key Stage 2 maths curriculum. I follow the school's scheme and try to build fluency, reasoning and problem solving so children become confident mathematicians.",
      ],
    },
    {
      name: "Supporting pupils with SEND and EAL",
      match: [
        "send",
        "special educational needs",
        "eal",
        "english as an additional language",
        "senco",
        "ehcp",
        "autism",
        "inclusion",
        "new to english",
        "additional needs",
      ],
      strong: [
        "I have five children on the SEND register in my Year 4 class this year, including a girl with an EHCP for speech, language and communication needs and a boy with ADHD. I work with our SENCo on the assess, plan, do, review cycle: each child has a support plan with two or three specific targets that I write, and we review them each term with the parents. For the girl with the EHCP, the speech and language therapist's advice is built into my teaching: I pre-teach key vocabulary with pictures, give instructions in short chunks with a visual, and give her extra processing time before she answers. For the boy with ADHD we agreed planned movement breaks, like taking messages or handing out books, and a wobble cushion. I learned a lot about autism as a teaching assistant at Meadowfield, supporting a boy one to one, especially how much a predictable routine and warning about changes matter. Last year all five of my SEND pupils met at least two of their three targets.",
        "At Ashgrove around 40% of my class speak English as an additional language, and one or two children each year arrive new to English. When a child arrives, I first find out what they can do in their home language, through our EAL assessment and a conversation with the parents and an interpreter, because a child who reads well in Polish or Arabic needs very different support from one who has never been to school. I give them a buddy who speaks the same language where possible, a visual timetable and a word mat with key vocabulary in both languages. I plan lots of structured talk with sentence stems, so they hear and practise the language of the lesson before writing. Last year a boy arrived from Afghanistan speaking only Dari. I tracked him with the Bell Foundation EAL assessment framework, and after two terms he had moved from band A to band C and was writing short paragraphs in English.",
      ],
      vague: [
        "Inclusion is very important to me. I believe every child has the right to access learning, so I work closely with the SENCo and adapt my teaching to support children with SEND and those learning English.",
        "I have worked with lots of children with additional needs and children who speak English as an additional language. I try to be patient, use visuals and make sure they feel included in the class.",
      ],
    },
    {
      name: "Working with a teaching assistant and year-group partner",
      match: [
        "teaching assistant",
        "teaching assistants",
        "support staff",
        "deploy",
        "direct",
        "year-group partner",
        "collaborative planning",
        "ppa",
        "adults in the classroom",
      ],
      strong: [
        "A teaching assistant makes the most difference when they know the lesson as well as I do and aren't just sitting next to the same child every day. At Ashgrove I share a TA with my year-group partner, so she's with me in the mornings. Every Friday I give her a one-page sheet for the next week: the objective for each lesson, the key vocabulary, the misconceptions to watch for and which group she'll work with. I rotate her groups, and in about half of lessons I work with the children who need the most support myself while she roves, because the EEF guidance shows the least secure children often end up with the least teacher time. She runs our morning interventions, and we spend five minutes at lunchtime deciding who needs a catch-up that afternoon. She marks with a simple code, so I can see where she gave support. By the end of the first term she was confident enough to lead the start of our guided reading sessions on her own.",
        "Planning with my year-group partners is a big part of how I work. There are three Year 4 classes at Ashgrove, and we divide the subjects: I plan maths, one colleague plans English and the other plans the foundation subjects, then each of us adapts the plans for our own class. That only works with shared standards, so we agree the success criteria together and moderate writing every half term, so our judgements are consistent. It isn't always smooth: last year one colleague's plans often arrived on Monday morning, which left the teaching assistants no time to prepare. Rather than complain, I suggested we all share plans by Thursday in our shared drive and look over each other's, which made it a joint deadline rather than one person's problem. It stuck, and in the end-of-year staff survey our TAs said having plans on Thursday made a real difference to them.",
      ],
      vague: [
        "Teaching assistants are a really valuable part of the team. I make sure my TA knows what we're doing in lessons and how they can support the children, and I value their input and ideas.",
        "I enjoy working collaboratively with colleagues. I think sharing planning and ideas with the year-group team and communicating well with support staff helps everyone and benefits the children.",
      ],
    },
    {
      name: "Subject leadership",
      match: [
        "subject lead",
        "subject leader",
        "subject leadership",
        "foundation subject",
        "geography",
        "curriculum map",
        "lead a subject",
        "whole school",
        "middle leadership",
      ],
      strong: [
        "I've been geography lead at Ashgrove since 2022. When I took it on, geography was taught as separate topics with a lot of colouring in of maps and very little progression, and in pupil voice interviews children couldn't remember what they had learned. I started with a subject audit: book looks in every year group, pupil interviews and a short staff questionnaire. Then I rewrote the curriculum map so locational knowledge, place knowledge, human and physical geography, and skills and fieldwork build from year to year, with a fieldwork unit in every year group, from a school grounds survey in Year 1 to a traffic survey on the high street in Year 6. Each unit has a knowledge organiser and a short end-of-unit quiz. I ran two staff meetings on it and team-taught a fieldwork lesson in Year 2. When I repeated the pupil interviews a year later, children could explain what they had learned and why it mattered, and our school improvement partner named geography as a strength in her visit note.",
        "For me subject leadership is about knowing what is happening in classrooms and supporting teachers, not writing documents. As geography lead I have one release afternoon each half term, which I split between a book look, a short learning walk and talking to a small group of children. When I found that map work in Year 3 was inconsistent, I didn't send an email; I planned a map-skills lesson with the Year 3 teacher and taught it with her, and we turned it into a map-skills progression sheet for every class. I manage the subject budget, so I bought class sets of Ordnance Survey maps and compasses, and I organised a local walk with a parent who works as a town planner. I report to governors once a year. I'd be glad to lead geography at Hollybrook, or take on history or another foundation subject if that's where you need someone.",
      ],
      vague: [
        "I'd be very interested in leading a subject. I think a subject lead should be passionate, keep up to date and support colleagues so that the subject is taught well across the school.",
        "Subject leadership is a great opportunity to have an impact beyond your own classroom. I'd make sure the curriculum is well sequenced and that staff feel confident teaching it.",
      ],
    },
    // ---------------------------------------------------------------- CV claims
    {
      name: "Raising Multiplication Tables Check results",
      claim:
        "Raised the Year 4 Multiplication Tables Check average from 18.6 to 22.9 out of 25 in two years as the year group's maths lead",
      match: [
        "multiplication tables check",
        "multiplication",
        "times tables",
        "mtc",
        "tables",
        "times tables rock stars",
        "recall",
        "maths lead",
      ],
      strong: [
        "When I became Year 4 maths lead at Ashgrove, our Multiplication Tables Check average was 18.6 out of 25, below the national average, and about a quarter of the children scored under 15. The problem wasn't understanding; it was recall under time pressure, with six seconds per question. Across the three Year 4 classes we introduced a daily ten-minute fluency session: chanting, counting in multiples and quick games, one table at a time in an order that builds, so twos, fours and eights together, then threes, sixes and nines, and sevens last. We used Times Tables Rock Stars for practice with a class battle every Friday, and from the spring the children practised in Soundcheck mode, which mirrors the real check. Children scoring under 15 in our half-termly practice checks had three extra short sessions a week with a teaching assistant. In the second year our average was 22.9, and the number of children scoring full marks went from 11 to 34 across the year group.",
        "A lot of schools buy Times Tables Rock Stars and stop there. What made the difference for us in Year 4 at Ashgrove was structure and data. In September I ran a baseline practice check, which showed the sevens, eights and twelves were weakest. I planned the year so each table had a two-week focus, with concrete work first, like arrays and counting sticks, then daily quick-fire practice. I tracked every child's practice check score each half term in a shared spreadsheet for the three classes, which let us target the children under 15 for small-group work, and I sent families a short guide explaining the check with a ten-minute-a-day routine. I also had to bring along a colleague who felt it was too much drilling; we agreed to keep the sessions short and game-based, and she ended up designing some of our best games. Over two years our average went from 18.6 to 22.9 out of 25.",
      ],
      vague: [
        "I focused on times tables a lot with the year group. I think regular practice and making it fun is the key, and the children's confidence improved a lot in the check.",
        "Times tables are really important for children's maths. We used lots of games and practice in Year 4, and I was pleased with how well the children did in the Multiplication Tables Check.",
      ],
      contradicting: [
        "As Year 4 maths lead at Ashgrove, I introduced daily times tables practice and Times Tables Rock Stars across the year group. Our average in the Multiplication Tables Check went from about 20 out of 25 to 21.5 in the first year, which was a small but steady improvement. We were still a little below the national average, so there is more to do.",
        "Our deputy head, who leads maths at Ashgrove, designed a new times tables programme for Year 4 after our results came in low. She planned the daily fluency sessions and set up the tracking, and I delivered them in my class along with Times Tables Rock Stars. The year group's average went from 18.6 to 22.9 out of 25 over two years, and it was great to see the children's confidence grow.",
      ],
    },
    {
      name: "Fresh Start phonics catch-up group",
      claim:
        "Ran a daily Fresh Start phonics catch-up group for 8 pupils; 7 of the 8 were reading at age-related expectations by July",
      match: [
        "fresh start",
        "catch-up",
        "catch up",
        "phonics intervention",
        "intervention",
        "reading intervention",
        "age-related expectations",
        "struggling readers",
        "behind in reading",
      ],
      strong: [
        "In September I assessed the eight Year 4 children at Ashgrove who were furthest behind in reading, using the Read Write Inc. assessment. They could read simple words but were stuck on the more complex sounds and had very little fluency, which was holding them back in every subject. I ran a Fresh Start group with them every morning for 45 minutes, during assembly and registration time, so they didn't miss English or maths. Fresh Start is designed for older pupils, with age-appropriate texts, so they didn't feel they were reading 'baby books'. I followed the programme closely: speed sounds, then reading the anthology text three times, for accuracy, then fluency, then comprehension, with partner work so every child read aloud every day. I reassessed every six weeks and regrouped. By July, seven of the eight were reading at age-related expectations in our summer test. The eighth had a language disorder, and the SENCo and I moved him onto a more specialist programme.",
        "I volunteered to run the catch-up group because I'd found in Year 3 that phonics for older children works if it's fast, daily and respectful of their age. There were eight pupils, and the key was consistency: the same routines every day, and I never cancelled the group for rehearsals or trips. I made sure the children could see their own progress: each one had a chart of the speed sounds they knew, and we celebrated every time someone moved up a module. I shared the texts and the sounds each child was working on with their class teachers, so they could use the same words in other lessons and not ask them to read texts they couldn't decode. By July, seven of the eight were at age-related expectations. One boy went from refusing to read aloud to asking if he could read to the Year 2 class, which he did every Friday in the summer term.",
      ],
      vague: [
        "I ran a phonics catch-up group for some children who were behind with their reading. Phonics is so important, and with regular practice they made great progress over the year.",
        "I've led reading interventions for children who need extra help. I try to make the sessions fun and build their confidence, and it's really rewarding to see them catch up with their peers.",
      ],
      contradicting: [
        "I ran a Fresh Start catch-up group in Year 4 at Ashgrove three times a week for twelve pupils who were behind in reading. By the end of the year about half of them were reading at age-related expectations, and the others had made good progress and carried on with the group in Year 5.",
        "Our English lead ran a Fresh Start catch-up group every morning for eight of our Year 4 pupils, and I supported it by hearing them read in class and sending books home. She did the assessments and the grouping. By July seven of the eight were at age-related expectations, which shows how well the programme works when it's done every day.",
      ],
    },
    {
      name: "Mentoring Early Career Teachers",
      claim: "Mentored 2 Early Career Teachers through their two-year induction",
      match: [
        "mentor",
        "mentoring",
        "early career teacher",
        "early career teachers",
        "early career framework",
        "induction",
        "new teachers",
        "coaching",
        "supporting colleagues",
      ],
      strong: [
        "I've mentored two Early Career Teachers at Ashgrove through their two-year induction under the Early Career Framework. I did the ECF mentor training, and we met for an hour every week. I use instructional coaching: I observe for twenty minutes, pick one high-leverage action step, such as cold calling instead of hands up, and then we rehearse it together in the empty classroom before she tries it the next day. One of my ECTs struggled with behaviour in her first term with a lively Year 3 class, and her instinct was to raise her voice. We worked on one step each week: first positioning and scanning the room, then a consistent script for warnings, then planning transitions minute by minute. By February, the induction tutor's observation noted secure behaviour management. Both of my ECTs passed their induction, and one of them now leads PE. Mentoring made me a better teacher too, because I had to explain why I do things.",
        "Mentoring is about helping someone find their own way, not turning them into a copy of me. With my second ECT the problem wasn't behaviour, it was workload: he was spending hours every evening making resources and writing comments in books, and he was exhausted by October. I asked him to keep a time log for a week and we went through it together. He cut resource-making by adapting our shared year-group plans instead of starting from scratch, and we moved him to whole-class feedback instead of written comments in every book. I also made sure he used his ECT release time properly, for example to watch our strongest writing teacher. By Christmas he said he was working about two hours less a night, and his lessons were better for it. He passed his induction and is still at the school. I kept our weekly notes and his progress reviews on the appropriate body's system.",
      ],
      vague: [
        "I really enjoy supporting new teachers. I think it's important to be approachable, share what you've learned and give them encouragement, especially in their first years when teaching can be overwhelming.",
        "Mentoring has helped me grow as a teacher too. I try to give constructive feedback and support my mentees so they can develop their confidence and their own teaching style.",
      ],
      contradicting: [
        "I've mentored one Early Career Teacher at Ashgrove through the first year of her induction. We met every couple of weeks and I gave her feedback on her lessons, mostly about behaviour and planning. She's doing well and is now in her second year with a different mentor.",
        "At Ashgrove our induction tutor, an assistant head, runs the ECT programme: she does the observations and the weekly mentoring meetings for the new teachers. I supported two of the ECTs informally as their year-group colleague, sharing plans, answering questions and letting them watch my lessons. Both of them passed their induction, and I was really pleased to have helped.",
      ],
    },
    {
      name: "Parent reading cafés",
      claim:
        "Introduced fortnightly parent reading cafés, raising the share of pupils reading at home three times a week from 41% to 78%",
      match: [
        "reading café",
        "reading cafés",
        "reading at home",
        "home reading",
        "parent engagement",
        "parents reading",
        "reading records",
        "engaging parents",
      ],
      strong: [
        "At Kirkstall Lane, when I checked the Year 3 reading records in my first autumn, only 41% of my class were reading at home at least three times a week, which was the school's expectation. Talking to parents, the reason wasn't lack of interest: many didn't know what to do beyond listening, some weren't confident readers themselves, and some had very few children's books at home. So I started a reading café every other Friday for the last half hour of the day: parents came into the classroom, there was tea and biscuits, and they read with their child. For the first ten minutes I modelled one thing, such as asking questions while reading or what to do when a child gets stuck on a word, and I gave out a bookmark with question prompts. Every child chose a library book to take home. I counted reading records every half term, and by the summer 78% of the class were reading at home three times a week. The other Year 3 class started their own café the following year.",
        "The reading cafés came from a conversation with a mum at the classroom door, who said she didn't know how to help with reading because her son 'can already read'. I realised many parents thought home reading stopped mattering after phonics. So I set up a café every other Friday afternoon and kept it informal, because a formal workshop would have put off exactly the parents I most wanted to reach. Each session had one short tip from me, then parents and children read together while I moved around and chatted. For parents who worked, I filmed the tip on my phone and posted it on Class Dojo. I phoned the families I was most worried about to invite them personally, and several of them became regulars; attendance was usually 12 to 15 families. Tracking the reading records each half term, the share of children reading at home three times a week went from 41% at the start to 78% by the end of the year.",
      ],
      vague: [
        "I organised some events to get parents more involved with reading. I think it's so important for parents to be involved in their children's learning, and it was lovely to see families reading together.",
        "Reading at home makes a big difference to children's progress. I worked on encouraging parents to read more with their children, and the response from families was really positive.",
      ],
      contradicting: [
        "I started reading cafés in my Year 3 class at Kirkstall Lane because home reading was low. Parents came in once a month on a Friday, I showed them how to use question prompts, and they read with their children. About 60% of the class were reading at home regularly when we started, and by the end of the year it was close to 70%. It was a modest change, but the parents who came really enjoyed it.",
        "Our English lead at Kirkstall Lane set up parent reading cafés across the school after she noticed home reading had dropped. She planned the sessions and the tips for parents, and each class teacher hosted them. In my Year 3 class I welcomed the parents, set out the books and chatted with families while they read. Home reading in my class went up from 41% to 78% over the year, and it was lovely to have parents in the classroom.",
      ],
    },
    {
      name: "Reducing behaviour incidents",
      claim:
        "Cut behaviour incidents logged on CPOMS for my class from 46 in the autumn term to 15 in the summer term",
      match: [
        "behaviour incidents",
        "incidents",
        "cpoms",
        "logged",
        "reduce incidents",
        "zones of regulation",
        "lunchtime",
        "playground",
        "fewer incidents",
      ],
      strong: [
        "In my second year at Kirkstall Lane I had a Year 3 class with a lot of conflict, and in the autumn term 46 behaviour incidents were logged on CPOMS for my class. I analysed the log instead of just reacting to it: most incidents happened straight after lunch and involved the same six or seven children, usually arguments from the playground carrying on into the classroom. So I made three changes. We started every afternoon with ten calm minutes, a story or a Zones of Regulation check-in, where children put their name on a zone and I could see who needed a quick conversation before learning started. I worked with the lunchtime supervisors to set up structured games with equipment on our part of the playground. And I held short restorative conversations for every playground falling-out with just the children involved, before the afternoon lesson began. By the summer term incidents logged for my class were down to 15, and afternoon lessons were starting on time again.",
        "The number went from 46 incidents on CPOMS in the autumn term to 15 in the summer term, but what mattered was why they were happening. When I looked at the log with our behaviour lead, the pattern was clear: arguments after lunch, and two children who found unstructured time very hard. For those two I set up a lunchtime Lego club twice a week in the library with a couple of friends they chose, and a meet-and-greet with me at the classroom door every afternoon. For the whole class I introduced the Zones of Regulation and a calm corner, and I explicitly taught what to do when a game goes wrong: use words, walk away, tell an adult. I kept logging everything that met the school's policy in exactly the same way all year, so the comparison between terms was fair. By the summer, the two children who had been involved in most incidents had almost none.",
      ],
      vague: [
        "I worked hard to improve behaviour in my class, and we saw a big reduction in incidents over the year. I think consistency and positive relationships made the difference.",
        "Behaviour in my class improved a lot over the year. I put some strategies in place to support the children and worked with colleagues, and the children responded really well.",
      ],
      contradicting: [
        "In my Year 3 class at Kirkstall Lane we had a lot of playground fallings-out carrying on after lunch. I introduced the Zones of Regulation and a calm start to the afternoon, and I worked with the lunchtime staff on structured games. Incidents on CPOMS went from around 30 in the autumn to about 20 by the summer. It didn't solve everything, but it was a steady improvement.",
        "Our behaviour lead at Kirkstall Lane noticed my class had a lot of incidents after lunch, so she came in and put a new plan in place: a calm start to the afternoon, the Zones of Regulation and a lunchtime club for the children who struggled. She led the restorative conversations with the children involved, and I followed her plan in class. Incidents logged on CPOMS went down from 46 to 15 by the summer, and I learned a lot from watching how she worked.",
      ],
    },
    // ---------------------------------------------------------------- general
    {
      name: "Conflict with a colleague",
      match: [
        "conflict",
        "disagreement",
        "disagree",
        "disagreed with a colleague",
        "tension",
        "clash",
        "difficult colleague",
        "challenge a colleague",
      ],
      strong: [
        "In my first year at Ashgrove, my year-group partner and I disagreed about grouping in maths. She wanted to keep ability tables; I had moved away from them at Kirkstall Lane because I'd seen the children on the lowest table stop expecting to reach the main task. We planned together, so it mattered. Instead of arguing it out in PPA, I suggested we try both for a half term: she kept her groups, I used mixed groupings with same-day catch-up, and we compared the end-of-unit assessments and the books. I also took her concern seriously, which was fair: she worried the least confident children would be lost in a whole-class input. So I added a short pre-teach group for them. After the half term, my lowest attainers had done slightly better, she moved to a similar approach, and I kept her idea of the pre-teach group. We're still good friends, and that unit became the model for the year group.",
        "A teaching assistant I worked with at Kirkstall Lane was very experienced, and she often stepped in during my lessons to give children the answer or to deal with behaviour differently from me. It undermined what I was trying to do, but I knew she cared about the children. I asked her for a coffee after school, in private, and started with what I valued about her, which was true: the children adored her. Then I described what I had seen, with a specific example from that morning, and why it mattered: I needed the children to struggle a little in order to learn. I asked how she would like us to work. She said she never knew the plan for each lesson, so she filled the gap herself. From then on I gave her a one-page plan each week, including questions to ask instead of answers, and the tension went away within a couple of weeks.",
      ],
      vague: [
        "I try to handle disagreements with colleagues calmly and professionally. I think it's important to listen to the other person's point of view and find a compromise that's best for the children.",
        "Conflict can happen in any team. I believe in open and honest communication, and I'd always try to talk things through privately rather than let a disagreement affect the classroom.",
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
        "didn't go well",
        "do differently",
      ],
      strong: [
        "In my NQT year at Kirkstall Lane I planned a science unit on forces and magnets that was full of practical activities, and I thought it went brilliantly because the children were so engaged. Then at the end of the unit I gave a short assessment, and most of them couldn't explain why some materials are magnetic or use the word 'attract' correctly. I had planned the activities but not the learning: I hadn't made clear what children should remember from each investigation. I talked it over with my mentor and retaught two lessons with the explanation, a diagram and the vocabulary first, then the practical to test it, and a short quiz the next day. The results were much better. Since then, every lesson I plan starts with one sentence saying what the children should know at the end, and I check it. It was uncomfortable at the time, but it changed how I plan every subject.",
        "Last year I made a mistake with a parent. A child had been upset at lunchtime after a falling-out, and I meant to tell his mum at the end of the day, but I got caught up with a safeguarding conversation and forgot. She heard about it from her son that evening and was understandably upset that school hadn't told her. The next morning I phoned her before school, apologised without making excuses, and explained what had happened and what we had done to sort it out. She accepted the apology. What I changed was practical: I now keep a sticky note on my desk during the day for anything I need to tell a parent, and I don't leave the door at home time until I've checked it. I haven't missed one since, and I've shared the habit with my ECTs.",
      ],
      vague: [
        "Everyone makes mistakes, and I think the important thing is to learn from them. When something doesn't go well, I reflect on it, take responsibility and think about what I would do differently next time.",
        "I've definitely had lessons that didn't go to plan. I try to see mistakes as learning opportunities and I'm always open to feedback so I can keep improving.",
      ],
    },
    {
      name: "Prioritising under pressure",
      match: [
        "priorities",
        "prioritise",
        "prioritize",
        "workload",
        "pressure",
        "deadlines",
        "time management",
        "juggle",
        "stress",
      ],
      strong: [
        "The busiest time of my year is the summer term in Year 4: the Multiplication Tables Check in June, end-of-year assessments, reports, transition to Year 5 and usually a trip. Last year I also had geography monitoring and my ECT's final assessment. At the start of the term I put every deadline on one calendar and split the tasks into what only I could do, what could be shared, and what could be simpler. I wrote reports in batches of five over three weeks, using assessment notes I already had, rather than all in one weekend. I used our shared year-group plans so I wasn't making resources from scratch. And I moved the geography monitoring back two weeks, after agreeing it with the deputy head, because the ECT assessment had a fixed deadline and the monitoring didn't. Everything was done on time, and I didn't lose a weekend to report writing, which I did in my first year and swore never to repeat.",
        "Day to day, my rule is that children's safety and learning come first, and paperwork comes after. One morning last term I had a safeguarding disclosure at 8:50, my teaching assistant was off sick, and I had a lesson observation at 10:30. The disclosure came first: I recorded it on CPOMS and spoke to the DSL before the end of registration, because that can't wait. I asked the office to let my year-group partner know I had no TA, and we combined two groups for the guided reading session. Then I told the deputy head honestly what the morning had been like; she offered to move the observation, but the lesson was planned, so I kept it, and it went well. I think staying calm, dealing with the thing that can't wait, and being honest with leaders about what is realistic is most of what prioritising means in a school.",
      ],
      vague: [
        "Teaching is a busy job, so I'm very organised. I use lists and plan ahead to make sure I meet deadlines, and I always keep the children's needs as my top priority.",
        "I work well under pressure. I prioritise tasks based on what's most urgent and important, and I try to keep a good work-life balance so I can give my best to the class.",
      ],
    },
    {
      name: "Giving and receiving feedback",
      match: [
        "feedback",
        "criticism",
        "lesson observation",
        "constructive",
        "received feedback",
        "give feedback",
        "appraisal",
        "performance review",
      ],
      strong: [
        "In my second year at Ashgrove, a lesson observation by our deputy head went well overall, but her main feedback was that I talked too much: my input in a writing lesson lasted about 25 minutes and the children had only 15 minutes to write. I was a bit defensive at first, because I thought the modelling was needed. She suggested I time myself, and when I did for a week, my inputs were averaging 20 minutes. So I broke my input into chunks: a six-minute model, eight minutes of writing, a short pause to look at one child's work under the visualiser, then more writing. When she came back six weeks later, the children were writing for twice as long, and the quality of the writing in their books had improved too. I now pass the same advice on to the ECTs I mentor, and I still time my inputs now and then.",
        "Giving feedback well is something I've worked on as a mentor. I keep it specific, focused on one thing, and about what the children are doing rather than about the teacher. After observing my ECT, I might say: 'When you asked the question, five hands went up and the same two children answered. What could you do so everyone has to think?' Then we agree a step, like mini whiteboards or cold calling, and rehearse it. I also ask for feedback myself: at the end of each half term I ask my teaching assistant what would make her job easier, and I've changed my weekly plan format twice because of her answers. With the children I use whole-class feedback in writing: I read all the books after the lesson, pick one focus for the next day, and show examples of strong sentences from their own work on the board.",
      ],
      vague: [
        "I really value feedback because it helps me grow as a teacher. I always listen carefully, reflect on what's been said and put the advice into practice in my classroom.",
        "When I give feedback to colleagues, I try to be positive and constructive. I think it's important to be supportive and focus on the next steps.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "team",
        "work with others",
        "collaborate",
        "leadership",
        "working together",
        "team player",
        "take the lead",
      ],
      strong: [
        "The best example of teamwork I've had was the Year 4 times tables work at Ashgrove. As the year group's maths lead I couldn't just tell two experienced colleagues what to do, so we looked at our own results together first and agreed what the problem was: recall under time pressure, not understanding. Then each of us took a part: one colleague made the daily fluency resources, I set up the tracking spreadsheet and the parent guide, and our three teaching assistants ran the small-group boosters. We met for fifteen minutes every other Monday to look at the practice check scores and move children between groups. When a colleague worried it was too much drilling, we made the sessions shorter and more game-based. Over two years our average went from 18.6 to 22.9 out of 25, and because it was a shared result, it has kept going.",
        "I think leadership in a school is mostly about making it easier for other people to do a good job. When the schools closed in 2020, I was in Year 3 at Kirkstall Lane with one year-group partner, and we had two days to move to remote learning. I'd used Google Classroom on my PGCE, so I volunteered to set it up for the whole school and ran a short online training session for staff. My partner and I split the work: I recorded the daily maths videos, she did English, and we shared the topic work. We also split the list of vulnerable families and phoned each of them every week. When some families had no devices, we worked with the office to deliver paper packs. It was an exhausting time, but the team worked brilliantly, and it's when I realised I enjoy leading as well as teaching.",
      ],
      vague: [
        "I'm a real team player. I enjoy working with colleagues, sharing ideas and supporting each other, and I think a strong team makes a huge difference to the children.",
        "Good teamwork is based on communication and trust. I'm always happy to help colleagues, share resources and ideas, and I'm comfortable taking the lead when it's needed.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn quickly",
        "learn something new",
        "new skill",
        "new scheme",
        "picked up",
        "unfamiliar",
        "cpd",
        "adapt to change",
      ],
      strong: [
        "When I moved to Ashgrove, the school used Read Write Inc. and Fresh Start, which I had never taught, because Kirkstall Lane used a different phonics scheme. I was asked to run the Fresh Start group from the first week of term. I completed the Ruth Miskin online training modules over the summer, but I knew that wasn't enough, so I asked the English lead if I could watch her teach a session, and then she watched my first two and gave me feedback. The programme is very precise about routines and signals, so I practised the speed sounds at home and used the training videos on the online portal to check my pace. Within three weeks I was running the group confidently on my own, and in the spring the English lead asked me to demonstrate a session at a staff meeting. By July, seven of my eight children were reading at age-related expectations.",
        "During the first lockdown in 2020 I had to learn remote teaching almost overnight. I'd used Google Classroom a little but had never recorded a lesson. I watched a couple of short tutorials and then kept it simple: a ten-minute recorded video each day using Screencastify, a short task, and feedback through Classroom comments. After the first week I asked parents for feedback with a two-question form, and they told me the videos were too long and the tasks needed printing. So I cut the videos to five to seven minutes and made tasks that could be done on paper or on a phone. Within a month, around 80% of my class were handing in work most days, one of the highest rates in the school. What I took from it is to start simple, get feedback quickly and adjust.",
      ],
      vague: [
        "I'm a quick learner and I enjoy taking on new challenges. I'm always happy to attend training and read up on new approaches so I can keep developing my practice.",
        "Education is always changing, so I think being adaptable is really important. I'm open-minded and I like learning new things from colleagues, from reading and from CPD.",
      ],
    },
    {
      name: "Motivation for this role",
      match: [
        "motivation",
        "motivates",
        "why do you want",
        "why this school",
        "why hollybrook",
        "why teaching",
        "interest in this role",
        "join us",
      ],
      strong: [
        "I'm looking for a school where I can keep doing the things I've become good at: early reading catch-up, maths fluency and working closely with families. Hollybrook's profile is very like the schools I've worked in, a diverse community with a high number of pupils with EAL and pupil premium, and that is where I feel I make the most difference. I was pleased to see you use Read Write Inc., because I'm trained in it and in Fresh Start, and catch-up in lower Key Stage 2 is something I care about. The mixed Year 3/4 class appeals to me too, because I've taught both year groups and I like the planning challenge of a mixed class. I'm also interested in leading a foundation subject: I've led geography for three years and would be happy to continue or take on something new. And practically, I live in north Leeds and would like to work in my own community.",
        "What keeps me in teaching is the moment something clicks for a child who thought they couldn't do it. Last year a boy in my Fresh Start group read a full page aloud to the class for the first time, and the whole class clapped. I want to work in a school that puts reading first and cares about every child catching up, and from your website and my visit, Hollybrook does. I liked that your year groups have shared planning time; I've seen how much that helps teachers work sustainably, and it's how I work best. Your restorative behaviour approach is close to what I've done in both of my schools. In the longer term I'd like to develop as a middle leader, probably in English or curriculum, and I'd like to do that in a school where I can stay for a good number of years.",
      ],
      vague: [
        "I've always been passionate about teaching and making a difference in children's lives. Hollybrook seems like a wonderful school with great values, and I'd love to be part of your team.",
        "I'm excited about this role because it would allow me to keep developing as a teacher. I love working with this age group and I think I could contribute a lot to the school.",
      ],
    },
    {
      name: "A difficult parent",
      match: [
        "difficult parent",
        "angry parent",
        "upset parent",
        "complaint",
        "challenging parent",
        "difficult conversation",
        "unhappy",
        "confrontational",
      ],
      strong: [
        "A dad came to my classroom door at home time, very angry because his daughter had been moved into a different reading group and he thought I had 'written her off'. He was raising his voice in front of other parents and children. I calmly asked if we could talk inside and asked a colleague to stay nearby. I let him finish without interrupting, then acknowledged that he was worried about her. I showed him her reading assessment and explained that she had moved into a group for six weeks to work on fluency, with the aim of moving back, and that groups change regularly. I also admitted that he should have heard it from me, not from her. We agreed I would send him a short weekly update and the books she was reading so he could practise at home. Six weeks later she was back in her original group, and he sent a thank-you card at the end of the year.",
        "At Ashgrove I had a mum who sent long emails several times a week disputing sanctions her son had received, copying in the headteacher. My phase leader and I agreed an approach: instead of replying to each email, I offered a fortnightly meeting with her, with the SENCo present, because her son was on the SEND register and we suspected some of his behaviour was linked to his needs. In the first meeting I mostly listened, and it became clear she felt she only heard from school when something went wrong. So we set up a home-school book with one positive comment from me every day, and we rewrote his behaviour plan together, including planned movement breaks. The emails stopped within a month, and by the summer she was volunteering on our trips. I learned that frequent complaints are often about trust rather than the specific incident.",
      ],
      vague: [
        "When a parent is upset, I always try to stay calm and listen to their concerns. Usually parents just want the best for their child, so I try to work together with them and find a solution.",
        "I think it's important to stay professional with parents even when conversations are difficult. I'd listen, show empathy, explain the school's position clearly and involve senior leaders if needed.",
      ],
    },
  ],
};
