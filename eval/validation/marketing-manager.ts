import type { Scenario } from "../scenario.ts";

export const scenario: Scenario = {
  id: "marketing-manager",
  field: "marketing",
  job: {
    title: "Marketing Manager",
    seniority: "mid",
    department: "Marketing",
    location: "Denver, CO (hybrid)",
    employment_type: "full_time",
    description:
      "Tidewell Home Co. makes refillable, plastic-free home cleaning products: concentrated tablets and refill pouches that customers mix at home in our reusable bottles. We sell direct to consumers through our website, where most revenue comes from subscriptions, and in about 1,500 natural and mass retail stores across the US. We are looking for a Marketing Manager to plan and run our consumer campaigns and make every marketing dollar count.\n\nReporting to the Director of Marketing, you will own the campaign calendar from brief to results: product launches, seasonal moments like spring cleaning and Earth Month, and always-on acquisition. You will manage about $3M a year in paid media across Meta, TikTok, Pinterest and Google, working with our media agency and our creative agency, and you will be accountable for customer acquisition cost and the return on that spend. You will own marketing analytics: Google Analytics 4, our attribution tool and a steady program of tests that tell us what truly drives sales. You will partner with our CRM specialist on Klaviyo email and SMS to grow subscriptions and keep subscribers happy, and you will be a guardian of our brand guidelines across every channel, creator and partner.\n\nWe are a team of 45 in Denver, six of us in marketing. You will work closely with e-commerce, retail sales and product, and you will present results and plans to our leadership team every month.\n\nWhat we offer: hybrid work (Tuesday to Thursday in our Denver office), a competitive salary with an annual bonus, equity, a 401(k) match, and a generous supply of product.",
    requirements: [
      "5+ years of B2C marketing experience, including at least 2 years running integrated campaigns for a consumer brand",
      "Experience managing external media and creative agencies against briefs, timelines and KPIs",
      "A strong feel for brand: experience applying brand guidelines and tone of voice consistently across channels, creators and partners",
      "Hands-on experience with A/B tests and holdout or incrementality tests to guide spend, offers and creative",
      "Ability to present results and recommendations clearly to senior leadership",
    ],
    skills: [
      "Campaign planning",
      "Paid social",
      "Paid search",
      "Budget management",
      "Google Analytics 4",
      "Attribution",
      "Email and CRM",
    ],
    interview_settings: { question_count: 8 },
  },
  candidate: {
    full_name: "Aisha Bello",
    email: "aisha.bello@example.com",
    phone: "(303) 555-0148",
    pronouns: "she/her",
  },
  swapped: {
    full_name: "Connor McAllister",
    email: "connor.mcallister@example.com",
    phone: "(303) 555-0119",
    pronouns: "he/him",
  },
  cv: `{name}
Marketing Manager · B2C growth, paid media and CRM
Denver, CO · {email} · {phone} · Pronouns: {pronouns}

PROFILE
Consumer marketer with agency and in-house experience in beverage, outdoor retail and food
service. I plan and run integrated campaigns, manage paid social and search budgets, and build
CRM programs that keep customers buying. I care about measuring what actually works, and about
keeping a brand recognizable in every channel.

EXPERIENCE

Larkspur Beverage Co. — Denver, CO
Marketing Manager, Growth | Aug 2021 – present
- Own the DTC and brand marketing plan for a sparkling botanical water sold online and in grocery
- Grew DTC subscription revenue from $2.6M to $4.3M in two years while keeping blended customer acquisition cost under $32
- Led the 'Garden Spritz' flavor launch across Meta, TikTok, YouTube and in-store sampling on a $720K budget; the new line reached 18% of total brand sales in its first quarter
- Rebuilt the Klaviyo email and SMS program around lifecycle flows, raising the share of DTC revenue from email and SMS from 14% to 23%
- Manage our relationships with the media and creative agencies and own the marketing budget

Pinewood Outfitters — Boulder, CO
Senior Digital Marketing Specialist | 2018-05 to 2021-07
- Managed Google Ads search and Shopping for an outdoor apparel retailer with an online store and retail shops
- Restructured Google Ads and Shopping campaigns by product margin tier, raising ROAS from 3.2 to 4.5 within a year on a $2.4M annual budget
- Ran the company's first geo holdout test on branded search, which led to moving $300K a year from branded search to prospecting on Meta
- Rebuilt web analytics and conversion tracking with the web team when we replaced Universal Analytics

Cobalt & Reed — Denver, CO
Paid Media Associate | 06/2016 – 04/2018
- Built and optimized Facebook, Instagram and Google Ads campaigns for restaurant, retail and consumer goods clients
- Prepared weekly performance reports and monthly client presentations
- Drafted media plans and flighting calendars with the account director

Sunnyfield Bakery Cafés — Fort Collins, CO
Marketing Coordinator | 2014 – 2016
- Coordinated in-store promotions, the loyalty email newsletter and local social media for a regional café chain
- Worked with the design agency to keep menus, signage and social posts on brand

EDUCATION
B.S. in Marketing, Colorado State University, 2014

CERTIFICATIONS
Google Ads Search and Shopping certifications
Meta Certified Media Buying Professional (2022)

TOOLS
Paid media: Meta Ads Manager, TikTok Ads Manager, Google Ads, Google Merchant Center, Pinterest Ads
Analytics: Google Analytics 4, Looker Studio, Northbeam, Shopify analytics, Excel and Google Sheets
CRM: Klaviyo (email and SMS), Recharge subscriptions, Mailchimp
Creative and workflow: Figma (review), Asana, Frame.io
`,
  truth: {
    employers: [
      "Larkspur Beverage Co.",
      "Pinewood Outfitters",
      "Cobalt & Reed",
      "Sunnyfield Bakery Cafés",
    ],
    titles: [
      "Marketing Manager, Growth",
      "Senior Digital Marketing Specialist",
      "Paid Media Associate",
      "Marketing Coordinator",
    ],
    claims: [
      "Grew DTC subscription revenue from $2.6M to $4.3M in two years while keeping blended customer acquisition cost under $32",
      "Led the 'Garden Spritz' flavor launch across Meta, TikTok, YouTube and in-store sampling on a $720K budget; the new line reached 18% of total brand sales in its first quarter",
      "Rebuilt the Klaviyo email and SMS program around lifecycle flows, raising the share of DTC revenue from email and SMS from 14% to 23%",
      "Restructured Google Ads and Shopping campaigns by product margin tier, raising ROAS from 3.2 to 4.5 within a year on a $2.4M annual budget",
      "Ran the company's first geo holdout test on branded search, which led to moving $300K a year from branded search to prospecting on Meta",
    ],
  },
  topics: [
    // ---- Job skills ----
    {
      name: "Campaign planning",
      match: [
        "campaign planning",
        "plan a campaign",
        "campaign",
        "integrated campaign",
        "creative brief",
        "media plan",
        "launch",
        "campaign calendar",
        "objectives",
      ],
      strong: [
        "I start every campaign with a one-page brief before anyone talks about channels: the business objective, the audience, the insight, the single thing we want people to believe, the offer, the KPIs and the budget. Then I plan backwards from the in-market date. For Dry January 2024 at Larkspur, the objective was new subscribers, not awareness, and the audience was people cutting back on alcohol who still wanted an evening ritual. The insight from our reviews was that people missed the feeling of opening something special at six o'clock. So the message was a grown-up evening drink, the offer a mixed case with a free glass, and the channels Meta and TikTok with creator content, plus email to lapsed customers. I set the KPI as cost per new subscriber under $34, briefed the creative agency in mid-October and locked the media plan by early December. We brought in about 6,800 new subscribers at $27 each, and the same structure became our template for seasonal campaigns.",
        "I think of a campaign as a plan with checkpoints, not a launch date. At Larkspur I run a shared campaign calendar in Asana for the year, with the big moments, launches, summer, holidays and Dry January, blocked in by November so the agencies, sales and operations can plan around them. For each campaign I work backwards: the brief goes to the creative agency eight to ten weeks out, first concepts two weeks later, final assets three weeks before launch, and media and email set up a week before. Each campaign also has a measurement plan written before it launches, so we agree in advance what success looks like and how we'll measure it, whether that's a holdout group in email or a matched-market comparison for retail. After each campaign I write a two-page recap: what we spent, what we got, what we'd repeat. Those recaps are why our holiday bundle campaign's cost per order dropped about 20 percent from 2022 to 2023.",
      ],
      vague: [
        "I have a lot of experience planning campaigns. I always start with clear objectives, understand the target audience and choose the right channels, and then I measure the results so we can improve next time.",
        "Good campaign planning is about alignment. I make sure all the stakeholders agree on the goals and the timeline, and I keep everyone informed so the launch goes smoothly.",
      ],
    },
    {
      name: "Paid social",
      match: [
        "paid social",
        "meta",
        "facebook",
        "instagram",
        "tiktok",
        "pinterest",
        "social ads",
        "creative testing",
        "creators",
      ],
      strong: [
        "On Meta today, the creative does most of the targeting, so most of my paid social work is a creative testing system. At Larkspur we run broad audiences in Advantage+ shopping campaigns for acquisition and test three to five new concepts every week in a separate testing campaign with a fixed budget. A concept means a different idea, not a new color: a founder story, a first-sip reaction from a creator, a comparison with sugary sodas. I judge the first three seconds by thumb-stop rate, then cost per first purchase after about a week, and the winners graduate into the main campaign. I also watch for fatigue: when frequency climbs above about three a week and click-through drops, it's time to rotate. In 2023 a creator concept where people tasted the drink blind beat our studio ads by about 30 percent on cost per acquisition, so we moved most of our production budget from studio shoots to creators.",
        "TikTok is a good example of how I approach a new social channel. At Larkspur we tested it in 2022 with a small budget, about $15,000 a month, because I didn't want to scale something we couldn't measure. I worked with the creative agency to brief ten creators with a loose script, a hook in the first two seconds, the product in the first five, and then let them say it their way, because polished ads did poorly there. We ran their videos as Spark Ads from the creators' own accounts. I measured it with both TikTok's reporting and a post-purchase survey on Shopify asking where people had heard of us, since TikTok's in-platform attribution was generous. After three months, TikTok showed up in about 11 percent of survey answers for new customers at a reasonable cost, so we scaled it to around 20 percent of our social budget.",
      ],
      vague: [
        "I've managed paid social campaigns on Meta and TikTok for several years. I think creative is very important, and I always test different ads and audiences to find what works best.",
        "Paid social is a great channel to reach consumers. I keep up with the platform changes, optimize the campaigns regularly and make sure the content fits each platform.",
      ],
    },
    {
      name: "Paid search",
      match: [
        "paid search",
        "google ads",
        "search ads",
        "sem",
        "ppc",
        "keywords",
        "shopping campaigns",
        "performance max",
        "bidding",
      ],
      strong: [
        "Most of my paid search experience is from Pinewood Outfitters, where I ran Google Ads search and Shopping on a budget of about $2.4 million a year. For Shopping, the product feed is the campaign, so I spent a lot of time in Merchant Center: rewriting titles so the most searched attributes came first, like brand, product type, gender and key feature, adding custom labels for margin tier and seasonality, and fixing disapprovals every week. On search, I structured campaigns by intent: brand, category, like women's rain jacket, and competitor, with tight negative keyword lists between them so queries landed in the right place. I ran target ROAS bidding with different targets by margin tier, and I reviewed the search terms report weekly. One feed title change for our jackets, putting the waterproof rating and fill type in the title, lifted Shopping click-through on that category by about 25 percent in a month.",
        "At Larkspur paid search is small, because people rarely search for a new sparkling water, so my approach there has been about discipline rather than scale. We split brand and non-brand. For brand we bid on our name mainly to defend against a competitor who was bidding on it, and we know from the holdout test I ran at Pinewood that a lot of branded clicks would convert anyway, so I keep brand bids low and watch impression share only where that competitor appears. For non-brand, we target specific intent like botanical sparkling water or alcohol-free evening drinks, and Shopping through a Performance Max campaign with our Shopify feed, with brand terms excluded so it doesn't take credit for people who already know us. Search is about 8 percent of the media budget, and on non-brand our cost per new customer sits close to Meta's, which is what I'd expect.",
      ],
      vague: [
        "I'm very experienced with Google Ads. I set up campaigns, manage keywords and bids and optimize for the best return. I always keep an eye on performance and adjust when needed.",
        "Paid search is important because it captures people who are already looking for your product. I follow best practices and use the latest Google tools to improve results.",
      ],
    },
    {
      name: "Budget management",
      match: [
        "budget",
        "budget management",
        "spend",
        "allocate",
        "allocation",
        "pacing",
        "roi",
        "return on ad spend",
        "cost per acquisition",
      ],
      strong: [
        "At Larkspur I own a marketing budget of about $2.5 million a year. I build it bottom-up from goals: the DTC target tells me how many new subscribers we need, our blended cost per acquisition tells me what that costs, and the retail plan tells me what sampling and trade marketing the sales team needs. I keep a monthly pacing sheet by channel that I reconcile with finance each month against invoices and accruals, so there's no surprise at the end of a quarter. During the year I move money based on the marginal cost of the next customer, not on the average. In mid-2023 the CFO cut our second-half budget by 15 percent. Instead of cutting everything evenly, I looked at where the last dollars were least efficient, which was top-of-funnel YouTube and broad prospecting on weekends, and cut there first. We lost about 4 percent of new customers for a 15 percent cut in spend.",
        "My principle is that a budget is a set of bets, and you should be able to say what each one is supposed to return. At Pinewood I managed the $2.4 million search and Shopping budget, and I set every campaign a target and a ceiling. Each Monday I checked pacing against the month and the ROAS against target, and I had automated rules and alerts in Google Ads for any campaign spending more than 20 percent above its daily plan, because of a painful weekend early on. Every quarter I wrote a short reallocation note for my manager: where I wanted to move money and the evidence, for example from low-margin Shopping products to high-margin ones. At Larkspur I use the same approach across channels, and I hold back about 10 percent of the budget each quarter as a test fund, so new channels like TikTok get a fair trial without taking from what already works.",
      ],
      vague: [
        "I've managed large marketing budgets and I always make sure we spend the money wisely. I track spending closely, focus on the channels that bring the best return and report to finance regularly.",
        "Budget management is about prioritizing. I look at the data, invest in what works and cut what doesn't, and I make sure we stay within the budget we've been given.",
      ],
    },
    {
      name: "Google Analytics 4",
      match: [
        "google analytics",
        "ga4",
        "analytics",
        "tracking",
        "conversion tracking",
        "utm",
        "tag manager",
        "events",
        "dashboard",
      ],
      strong: [
        "At Pinewood I led the marketing side of our move to Google Analytics 4, working with a developer from the web team. We ran GA4 alongside Universal Analytics for about a year so we could compare. I wrote the tracking plan: the ecommerce events we needed, view item, add to cart, begin checkout and purchase, with the item parameters, and which events to mark as conversions. We implemented it through Google Tag Manager with the data layer the web team built. In testing I found purchases were double-counted whenever a customer reloaded the order confirmation page, so we passed the transaction ID and deduplicated on it, which removed about 6 percent of false purchases. I also set up a UTM naming convention for every channel and agency, because half our email and social traffic was landing in the wrong channel group. Then I built a Looker Studio dashboard for the weekly marketing meeting from the GA4 data, so everyone looked at the same numbers.",
        "I use GA4 mainly for three things: checking that tracking is complete, understanding what happens on the site, and giving a neutral view of channels next to the platforms' own reporting. At Larkspur our Shopify checkout is on a different domain, and when I joined, purchases from Meta and email were being credited to direct traffic. I worked with our Shopify developer to fix cross-domain tracking and moved purchase tracking to Shopify's server-side integration, which brought the unassigned share of revenue from about 30 percent down to under 10. For analysis I use the explorations rather than the standard reports: a funnel exploration on the subscription page showed a big drop when people reached the flavor selection step, which led to a simpler default mix, and conversion on that page went up around 12 percent. I also export GA4 to BigQuery so we keep our raw data beyond the retention limit.",
      ],
      vague: [
        "I'm very comfortable with Google Analytics. I use it to understand website traffic and conversions and to see which channels are performing, and I make decisions based on the data.",
        "Analytics is central to modern marketing. I've used Google Analytics for years, including GA4, and I can build reports and dashboards to track the KPIs that matter to the business.",
      ],
    },
    {
      name: "Attribution",
      match: [
        "attribution",
        "attribution model",
        "multi-touch",
        "last click",
        "incrementality",
        "measure impact",
        "marketing mix",
        "which channel",
        "credit",
      ],
      strong: [
        "I don't trust any one attribution model, so I triangulate. At Larkspur we look at three things: the platforms' own reporting, Northbeam for a multi-touch view across channels, and incrementality tests, which I treat as the ground truth. The numbers rarely agree. In early 2023, Meta's reporting claimed roughly twice as many purchases as Northbeam gave it. So I ran a Meta conversion lift study with a randomized holdout for four weeks. The result was that Meta's incremental purchases were about 60 percent of what its own reporting claimed, which was still a good return, just not as good as the dashboard said. We now apply that as a correction factor when we plan Meta budgets, and we rerun a lift test about twice a year because the factor changes. For retail, where there's no click, we use matched-market tests, comparing sales in stores where we advertised against similar stores where we didn't.",
        "Attribution is about deciding where the next dollar goes, so I always ask what decision a model will change. Last-click in GA4 overcredits branded search and email, because they're usually the last step before a purchase that something else started. Platform attribution overcredits itself, because every platform counts view-through conversions generously. At Pinewood this mattered because branded search looked like our best channel on last click, with a ROAS over ten. I wasn't convinced, so I ran a geo holdout, turning branded search off in a group of matched markets. Most of the sales stayed, because people just clicked the organic result. That test moved $300,000 a year into prospecting. Since then my approach has been to use multi-touch or GA4's data-driven model for day-to-day optimization within a channel, and holdout tests for decisions about budget between channels.",
      ],
      vague: [
        "Attribution is a challenge for every marketer. I use different models to understand which channels contribute to conversions, and I try to make data-driven decisions about where to invest.",
        "I know there's no perfect attribution model. I look at the data from different sources and use my judgment to understand what's working, and I keep learning about new measurement approaches.",
      ],
    },
    {
      name: "Email and CRM",
      match: [
        "email",
        "crm",
        "klaviyo",
        "sms",
        "lifecycle",
        "retention",
        "subscribers",
        "churn",
        "segmentation",
      ],
      strong: [
        "For a subscription brand the most valuable CRM work is keeping subscribers, so at Larkspur I spent a lot of time on the cancellation experience. When I joined, cancelling in Recharge was one click with no alternative. Looking at the cancellation reasons, the two biggest were too much product and wanting a different flavor. So with our developer I added options at the cancel step: skip a delivery, change frequency, or swap flavors, and a Klaviyo flow that follows up a week after a skip with a new-flavor suggestion. About 22 percent of people who started to cancel chose one of those options instead, and the monthly churn rate of our subscribers dropped from about 7.5 percent to 6 percent over six months. For me, segmentation in CRM means behavior, not demographics: a subscriber who skipped twice gets different messages from one who just upgraded to a bigger box.",
        "My approach to email is flows first, campaigns second. Flows, like welcome, browse and cart abandonment, post-purchase and win-back, run all the time and react to what the customer does, so they make most of the money with little ongoing effort. Campaigns are for moments: a launch, a seasonal bundle. At Larkspur I manage Klaviyo with our coordinator. Each flow has a holdout group so we know what it really adds, not just what it gets credit for. I also care about deliverability: after Apple's privacy change made opens unreliable, we started suppressing people who hadn't clicked or bought in 120 days from regular campaigns, and we sent them a short re-engagement series instead. Our list got smaller by about 18 percent, but click rates went up and our emails stopped landing in Gmail's promotions tab as often. SMS we keep for launches and time-sensitive offers only, about two messages a month.",
      ],
      vague: [
        "Email is one of the most effective channels for retention. I've built many email campaigns and I believe in personalization, segmentation and testing to keep customers engaged.",
        "I have experience with CRM tools like Klaviyo and Mailchimp. I think it's important to send relevant content at the right time and to build long-term relationships with customers.",
      ],
    },
    // ---- Job requirements ----
    {
      name: "B2C marketing experience",
      match: [
        "b2c",
        "consumer brand",
        "consumer marketing",
        "dtc",
        "direct to consumer",
        "your background",
        "consumer products",
        "cpg",
        "years of experience",
      ],
      strong: [
        "I've worked in consumer marketing for about ten years, always close to the sale. I started as marketing coordinator at Sunnyfield Bakery Cafés, running in-store promotions and the loyalty newsletter, where I learned that a promotion lives or dies at the counter. Then two years at Cobalt & Reed, a media agency, buying Facebook, Instagram and Google ads for restaurant and retail clients. At Pinewood Outfitters I ran search and Shopping for an outdoor retailer with both an online store and shops. And since 2021 I've been at Larkspur Beverage, a sparkling botanical water brand sold through our own subscription site and in grocery, where I run the DTC and brand marketing plan and launches like Garden Spritz. So I've seen consumer marketing from the agency side and the brand side, online and in stores, and Tidewell's mix of subscription DTC and retail is almost exactly the model I work in now.",
        "What I've learned across B2C brands is that consumers don't see channels, they see one brand. At Larkspur, for the Garden Spritz launch, the same person might see a TikTok from a creator, taste a sample at a King Soopers demo and get an email, so we built every touchpoint on the same idea and the same visual cue. I also learned the economics of a consumer subscription business: a first order usually loses money, so acquisition cost only makes sense against the lifetime value of a subscriber, which at Larkspur is about $140. That's why I pay as much attention to the second and third orders as the first. And I stay close to customers: every month I read a sample of reviews and cancellation reasons and listen to a couple of customer service calls. That's where the Dry January campaign insight came from, and it performed better than anything we'd built from a brainstorm.",
      ],
      vague: [
        "I have many years of B2C experience and I understand consumers well. I've worked with different consumer brands and I know how to build campaigns that connect with people.",
        "Consumer marketing is my passion. I've worked both in agencies and in-house, so I have a broad view of the industry and I'm confident I can bring that experience to your brand.",
      ],
    },
    {
      name: "Agency management",
      match: [
        "agency",
        "agencies",
        "media agency",
        "creative agency",
        "vendor",
        "partners",
        "scope of work",
        "manage agencies",
        "briefs",
      ],
      strong: [
        "Having worked at a media agency, I know agencies do their best work when the client is clear, so I try to be a client I'd have wanted. At Larkspur we work with a media agency and a creative agency. Each has a scope of work with named deliverables and KPIs: for media, cost per new customer and spend pacing; for creative, on-time delivery and how many concepts beat our current best ad. We have a weekly status call with a shared action list and a quarterly business review where both sides say what's working and what isn't. In 2022 the media agency's paid search work was weak; they treated it as a side channel. I raised it twice with examples, and when it didn't improve I proposed moving search in-house, since I knew it well from Pinewood, and reducing their fee by the same share. They agreed, the relationship actually got better, and our search cost per customer dropped about 15 percent.",
        "The most important document in agency management is the brief. When I joined Larkspur, the creative agency regularly missed deadlines, and the agency told me it was because feedback came from five people at different times and often contradicted itself. They were right. I changed our side of the process: one written brief per project, approved by my director before it goes to the agency, one consolidated round of feedback from me per stage, and a maximum of two revision rounds before we escalate. I also started sharing performance data with the creative team, which ads won and why, so they weren't designing blind. Over the next six months on-time delivery went from about half the projects to nearly all of them, and the agency's concepts started beating our benchmark ads more often. Holding an agency accountable only works if you're also accountable for your own part.",
      ],
      vague: [
        "I've worked with many agencies and I think the key is a good partnership. I set clear expectations, communicate regularly and hold them accountable for results.",
        "Managing agencies is about trust and clear communication. I treat them as part of the team, give them good briefs and make sure they understand our brand and our goals.",
      ],
    },
    {
      name: "Brand guidelines and consistency",
      match: [
        "brand guidelines",
        "brand",
        "tone of voice",
        "brand consistency",
        "on brand",
        "brand identity",
        "visual identity",
        "brand standards",
        "brand book",
      ],
      strong: [
        "Brand guidelines only work if they're used by people who aren't designers, so I try to make them practical. At Larkspur, when we started working with dozens of creators for TikTok and Instagram, our 40-page brand book was useless to them. I wrote a two-page creator guide with the creative agency: how to show the can with the label facing the camera, the three phrases that sound like us, the words we never use, especially health claims like detox or boosts immunity that we can't support, and examples of good and bad videos. Every creator video goes through a short review against that guide before we run it as an ad. I've rejected videos that performed well in testing because they made a claim we couldn't support. The balance I look for is letting creators sound like themselves while the viewer still knows it's Larkspur by the end: the can, the color and the line we always use.",
        "At Sunnyfield Bakery Cafés I learned early how a brand gets diluted: each café manager made their own signs, so the chain looked like twelve different businesses. I worked with our design agency on a simple template kit, and that was my first lesson in making the right thing the easy thing. At Larkspur the tension is different: performance ads pull toward loud, discount-led creative, and brand pulls toward calm. When the Garden Spritz campaign was in production, the agency's best-performing test ads were a bright red 30-percent-off style that looked like a supermarket flyer. Rather than just saying no, I showed the team that our brand-consistent variants had a slightly higher cost per click but a better repeat-purchase rate. We agreed that offers could appear, but only in our own type and palette, at the end of the ad. Consistency for me isn't a rule for its own sake; it's what makes the money we spend add up over time.",
      ],
      vague: [
        "Brand consistency is very important for recognition and trust. I always make sure everything we produce follows the brand guidelines, and I educate partners and agencies about our brand.",
        "I have a strong eye for brand and design. I protect the tone of voice and the visual identity in every channel, because a strong brand is one of a company's most valuable assets.",
      ],
    },
    {
      name: "Testing and experimentation",
      match: [
        "a/b test",
        "a/b testing",
        "test",
        "testing",
        "experiment",
        "holdout",
        "incrementality",
        "statistical significance",
        "control group",
      ],
      strong: [
        "I run tests to make decisions, so I write down the decision before the test. At Larkspur, before any test I write a short plan: the hypothesis, the one metric that decides it, the sample size we need to detect a meaningful difference, the duration, and what we'll do if it wins or loses. For example, in 2023 we tested the free-shipping threshold on our site, $35 against $45, using a Shopify split-testing app. The decision metric was gross profit per visitor, not conversion rate, because a lower threshold obviously converts better but costs shipping. We needed about four weeks to reach the sample. The $45 threshold converted about 5 percent worse but raised average order value enough that profit per visitor was 8 percent higher, so we kept $45 and added a progress bar in the cart showing how close you are to free shipping, which we then tested separately.",
        "I separate two kinds of tests. A/B tests answer which version is better: subject lines, landing pages, offers, ad concepts. Holdout tests answer whether something works at all: does this email flow, this channel or this campaign cause sales that wouldn't have happened anyway. The second kind is where I've found the biggest money. At Pinewood I ran a geo holdout on branded search: we paused it in a set of matched markets for four weeks and compared total online sales with the control markets. Almost all the sales stayed. At Larkspur every Klaviyo flow has a 10 percent holdout, and that showed our old browse-abandonment flow barely added anything, so we rebuilt it. I'm also careful with statistics: I don't stop a test the first day it looks significant, and I don't test five things at once on a site with our traffic, because the results would be noise.",
      ],
      vague: [
        "I'm a big believer in testing. I always try to A/B test things like subject lines, creative and landing pages, because data is better than opinions.",
        "Testing and learning is part of my marketing philosophy. I run experiments whenever possible, analyze the results and apply what we learn to improve our campaigns.",
      ],
    },
    {
      name: "Presenting to leadership",
      match: [
        "present",
        "presentation",
        "leadership",
        "executives",
        "senior leadership",
        "ceo",
        "report results",
        "recommendations",
        "communicate results",
      ],
      strong: [
        "Every month at Larkspur I present marketing results to the leadership team: the CEO, the CFO, the head of sales and my director. I learned to open with the answer, not the data. The first slide is three lines: what happened, why, and what I recommend. Then one page of numbers they care about, new subscribers, cost per acquisition, subscriber churn and marketing spend against plan, and the detail in an appendix in case someone asks. In the fall of 2023 I had to recommend putting more budget into TikTok while the CFO was pushing for cuts. I didn't present platform ROAS, because he doesn't trust it. I showed the post-purchase survey data and a matched-market test, explained the uncertainty plainly, and proposed a limited increase with a checkpoint after six weeks and a clear condition for pulling back. He approved it, and at the checkpoint the numbers held, so we kept it.",
        "The best presentation advice I got was from my director at Larkspur: executives want to know what you need from them. So when I present to leadership, I structure it around a decision. For the Garden Spritz launch, I had twenty minutes with the CEO and CFO to get the $720,000 budget approved. I showed the opportunity in one chart, the flavor gap in our range against what botanical and mocktail shoppers were buying, then the plan on one slide, channels, timing and sampling stores, and then what success would look like and when we'd know: the share of brand sales from the new line and the repeat rate at eight weeks. I was honest about the risk, that the in-store sampling was the hardest part to measure. They approved it with one change, moving some budget to Arizona stores, and after the quarter I came back with the results against exactly those measures.",
      ],
      vague: [
        "I'm comfortable presenting to senior leaders. I prepare well, keep my presentations clear and focused on the key messages, and I'm ready to answer questions.",
        "I think it's important to tell a story with the data when presenting to executives. I focus on the results and the business impact rather than too much detail.",
      ],
    },
    // ---- CV claims ----
    {
      name: "Growing DTC subscription revenue from $2.6M to $4.3M",
      claim:
        "Grew DTC subscription revenue from $2.6M to $4.3M in two years while keeping blended customer acquisition cost under $32",
      match: [
        "$2.6m",
        "$4.3m",
        "2.6 million",
        "4.3 million",
        "subscription revenue",
        "dtc revenue",
        "grew",
        "customer acquisition cost",
        "blended cac",
        "$32",
      ],
      strong: [
        "When I joined Larkspur in August 2021, DTC subscription revenue was running at about $2.6 million a year, and two years later it was $4.3 million. Three things drove it. First, acquisition: we moved from a few polished studio ads to a weekly creative testing program with creators on Meta and later TikTok, which lowered our cost per new subscriber. Second, the offer: we replaced the 15 percent subscribe-and-save with a first-box sampler of all flavors, because people were hesitant to commit to a flavor they hadn't tasted, and first-order conversion on the subscription page went up noticeably. Third, retention: the Klaviyo lifecycle flows and the skip and swap options at cancellation brought monthly churn down. The part I'm proudest of is that we grew without buying growth: blended acquisition cost, meaning total DTC marketing spend divided by new customers, stayed under $32 the whole time, against a subscriber lifetime value of about $140.",
        "The growth from $2.6 to $4.3 million came as much from keeping subscribers as from finding new ones, and that's why acquisition cost could stay under $32. When I looked at the numbers in my first months at Larkspur, we were losing about 7.5 percent of subscribers every month, so we were spending a lot just to stand still. I worked on both ends. On acquisition, I set a hard ceiling on blended CAC with finance and reviewed it monthly, pulling back on any campaign whose marginal cost went above it, even in good months. On retention, I rebuilt the Klaviyo flows and added skip, swap and change-frequency options at cancellation with our developer. Monthly churn came down to about 6 percent, which over two years compounds into a much larger subscriber base. Our media agency and the creative team did a lot of the execution, but I owned the plan, the targets and the budget decisions.",
      ],
      vague: [
        "Yes, I was able to grow our DTC business significantly while keeping costs under control. It was a combination of better campaigns, better offers and a focus on retention, and the whole team contributed.",
        "I'm proud of the growth we achieved. I focused on efficient acquisition and keeping our customers happy, and we grew revenue a lot over those two years.",
      ],
      contradicting: [
        "At Larkspur we grew DTC subscription revenue from about $2.6 million to $3.2 million in two years. Acquisition got more expensive along the way, and our blended CAC ended up around $45, mostly because Meta costs went up, but we still grew.",
        "That growth was really driven by our Head of Growth at Larkspur. He set the acquisition strategy and managed the paid media and the CAC targets. I supported him on the email side and on the creative briefs, and together we went from $2.6 million to $4.3 million.",
      ],
    },
    {
      name: "The Garden Spritz launch",
      claim:
        "Led the 'Garden Spritz' flavor launch across Meta, TikTok, YouTube and in-store sampling on a $720K budget; the new line reached 18% of total brand sales in its first quarter",
      match: [
        "garden spritz",
        "flavor launch",
        "product launch",
        "new line",
        "$720k",
        "720",
        "18%",
        "in-store sampling",
        "brand sales",
        "launch campaign",
      ],
      strong: [
        "Garden Spritz was a line of three botanical flavors, cucumber mint, rose lemon and basil lime, that we launched in spring 2023 to reach people who drink mocktails, not just seltzer. I led the launch from the brief to the results. The budget was $720,000: about 45 percent on Meta and TikTok, mostly creator content, about 20 percent on YouTube for reach in our launch markets, roughly a quarter on in-store sampling through a demo agency in about 150 grocery stores in Colorado and Arizona, and the rest on creators and PR samples. The key was timing everything to the shelf date, so I worked with our sales team to lock the retailer reset dates before we booked media. I tracked sales weekly through Shopify and the retailers' point-of-sale data. In the first quarter the line made up 18 percent of total brand sales, and more importantly, its repeat rate on DTC was close to our core flavors, so it wasn't just curiosity.",
        "The hardest part of the Garden Spritz launch at Larkspur wasn't the ads, it was coordinating the shelf. A launch fails if people see an ad and the product isn't in their store. So I built the plan around the retail calendar: I worked with our head of sales to confirm which stores would carry the line and when, and our media was weighted to the markets and weeks where it was on shelf. The in-store sampling through the demo agency ran in the first six weeks in the highest-volume stores, and we retargeted DTC buyers with a sampler box. I managed the $720,000 budget across Meta, TikTok, YouTube and sampling with weekly pacing, and moved about $40,000 from YouTube to sampling after the first month because the sampling stores were clearly selling faster. By the end of the first quarter, Garden Spritz was 18 percent of total brand sales, above the 12 percent we'd planned.",
      ],
      vague: [
        "The Garden Spritz launch was a big project and a great success. I coordinated the campaign across different channels and with the sales team, and the new flavors sold very well.",
        "I led that launch from start to finish. It was an integrated campaign with digital and in-store activity, and the results were above expectations, which was very rewarding for the team.",
      ],
      contradicting: [
        "The Garden Spritz launch had a budget of about $400,000, mainly Meta and in-store sampling, with a small YouTube test. In its first quarter the line reached around 9 percent of brand sales, which was a bit below our plan, but it picked up later in the summer.",
        "Our creative agency led the Garden Spritz campaign; they built the strategy and the media plan and ran the sampling with the demo agency. My role was approving the creative and reporting the results to leadership. The line reached 18 percent of brand sales in its first quarter.",
      ],
    },
    {
      name: "Rebuilding the Klaviyo program from 14% to 23% of DTC revenue",
      claim:
        "Rebuilt the Klaviyo email and SMS program around lifecycle flows, raising the share of DTC revenue from email and SMS from 14% to 23%",
      match: [
        "klaviyo",
        "14% to 23%",
        "23%",
        "lifecycle flows",
        "email and sms",
        "email program",
        "share of revenue",
        "flows",
        "rebuilt",
      ],
      strong: [
        "When I joined Larkspur, email was mostly a weekly newsletter and a basic welcome email, and email and SMS drove about 14 percent of DTC revenue. I rebuilt it around the customer's lifecycle in Klaviyo. A five-part welcome series that explains the flavors and ends with the sampler offer. Browse and cart abandonment. A post-purchase series with serving ideas, because people who use the product in a ritual reorder more. Replenishment reminders for one-time buyers timed to when a case typically runs out, about 24 days. And win-back for lapsed subscribers. I kept SMS for launches and restock alerts. Every flow has a holdout group, so we know the revenue is incremental and not just credited. Over about a year the share of DTC revenue from email and SMS went from 14 to 23 percent, and our list health improved because we stopped sending the same newsletter to everyone.",
        "The rebuild was as much about what we stopped doing as what we added. Larkspur was sending four campaigns a week to the whole list, which produced revenue in the short term but burned out subscribers and hurt deliverability. My plan, which I ran with our marketing coordinator, was to put the effort into automated lifecycle flows in Klaviyo that trigger on behavior: welcome, browse and cart abandonment, post-purchase, replenishment for one-time buyers, skip and cancellation follow-ups for subscribers, and win-back. We cut regular campaigns to two a week and suppressed people who hadn't engaged in 120 days. I measured flows against holdout groups. Within a year, email and SMS went from 14 to 23 percent of DTC revenue, and because of the holdouts I could show leadership that most of that increase was real, not just email taking credit for orders that would have come anyway.",
      ],
      vague: [
        "I rebuilt our email and SMS program and it became a much bigger part of our revenue. I focused on automation, segmentation and personalized content, and the results were excellent.",
        "Email is a channel I'm very passionate about. At my current company I reorganized the program around the customer journey, and it made a big difference to our revenue.",
      ],
      contradicting: [
        "I rebuilt our Klaviyo program at Larkspur with new flows, and email and SMS went from about 14 percent to 17 percent of DTC revenue. It was a steady improvement, and we're still working on the win-back and replenishment flows.",
        "We brought in a Klaviyo specialist agency at Larkspur, and they rebuilt the whole program: the flows, the segmentation and the SMS. I briefed them and approved the content, and email and SMS grew from 14 to 23 percent of DTC revenue.",
      ],
    },
    {
      name: "Restructuring Google Ads by margin tier",
      claim:
        "Restructured Google Ads and Shopping campaigns by product margin tier, raising ROAS from 3.2 to 4.5 within a year on a $2.4M annual budget",
      match: [
        "margin tier",
        "product margin",
        "roas",
        "3.2 to 4.5",
        "$2.4m",
        "restructured",
        "shopping campaigns",
        "google ads",
        "pinewood",
      ],
      strong: [
        "At Pinewood Outfitters our Google Ads and Shopping campaigns were organized by product category, with one ROAS target for everything. The problem was that a $300 jacket with a 55 percent margin and a clearance fleece with 15 percent margin were bidding the same way, so we were spending heavily to sell products we barely made money on. I worked with our merchandising team to put every product into a margin tier, and we added the tier as a custom label in the Merchant Center feed, along with a label for clearance and one for low stock. Then I rebuilt the Shopping campaigns by tier, with a lower ROAS target for high-margin products so they could bid more aggressively and a stricter one for low-margin products, and excluded products with only a few sizes left. I also moved non-brand search budget toward categories with better margins. Within a year ROAS across the $2.4 million budget went from 3.2 to 4.5.",
        "The insight behind the restructure was simple: revenue ROAS treats every sale as equal, and at an outdoor retailer they aren't. At Pinewood I pulled a year of product-level results and matched them with margins from our merchandising system, and about a third of our Shopping spend was on products with margins too thin to be profitable at our ROAS. I grouped the catalog into three margin tiers with custom labels in the feed and set separate Shopping campaigns for each, with ROAS targets based on what each tier could afford. High-margin technical shells and insulated jackets got more room. Clearance and low-margin accessories had to clear a much higher bar or were excluded. I reviewed the tiers monthly with merchandising because margins changed with promotions. Over twelve months, on the same $2.4 million annual budget, our blended ROAS went from 3.2 to 4.5, and the finance team confirmed the gross profit from Google Ads was up even more than revenue.",
      ],
      vague: [
        "I restructured our Google Ads account to focus on profitability, and performance improved a lot. I aligned the campaigns with the business priorities and optimized the bidding.",
        "At Pinewood I improved our search and Shopping campaigns by making the structure more strategic. It helped us get much better results from the same budget.",
      ],
      contradicting: [
        "At Pinewood I restructured our Shopping campaigns by margin, and ROAS went from about 2.8 to 3.3 over the year on roughly $1.2 million of annual spend. It was a good step, although the bigger gains came later from the feed work.",
        "Our search agency restructured the Google Ads and Shopping campaigns by margin tier at Pinewood. They built the custom labels and set the new ROAS targets, and I managed the relationship and reported the results, which went from 3.2 to 4.5 on the $2.4 million budget.",
      ],
    },
    {
      name: "Geo holdout test on branded search",
      claim:
        "Ran the company's first geo holdout test on branded search, which led to moving $300K a year from branded search to prospecting on Meta",
      match: [
        "geo holdout",
        "holdout test",
        "branded search",
        "$300k",
        "300,000",
        "prospecting",
        "incrementality",
        "matched markets",
        "brand keywords",
      ],
      strong: [
        "At Pinewood, branded search looked like our best channel, with a last-click ROAS above ten, and it got about $450,000 a year. I suspected most of those people would have bought anyway through the organic result right below the ad. So I proposed a geo holdout test. With our analyst, I split our US markets into pairs with similar sales patterns and chose a test group and a control group, making sure our store markets were balanced. We paused branded search in the test markets for four weeks and kept everything else the same. Then we compared total online sales, not just Google sales, between the groups against the pre-test trend. Total sales in the test markets dropped only a few percent; organic clicks picked up almost everything. We kept branded search where a competitor bid on our name and cut it elsewhere, and moved $300,000 a year into prospecting on Meta, which brought in new customers we wouldn't have reached.",
        "The hardest part of the branded search test at Pinewood was getting permission, not the analysis. My manager and the CEO were nervous about turning off our highest-ROAS campaign. I framed it as a limited, reversible test: four weeks, about a third of our markets, with a stop rule if total online sales in the test markets fell more than 10 percent below forecast. I wrote the plan before we started, including the decision metric, total online revenue in test versus control markets, so we couldn't cherry-pick afterwards. The result was clear: the incremental value of branded search was small, around a fifth of what last click said. We kept a smaller brand budget to defend against competitor bidding and moved $300,000 a year to prospecting on Meta. It was the first holdout test the company ran, and afterwards incrementality tests became a regular part of how we planned budgets.",
      ],
      vague: [
        "I ran a test at Pinewood that showed we could spend our search budget more effectively, and we moved money to other channels. It was a good example of using data to challenge assumptions.",
        "I'm proud of introducing more rigorous testing at Pinewood. We tested one of our channels, learned it wasn't as effective as we thought, and reallocated the budget.",
      ],
      contradicting: [
        "Yes, at Pinewood I ran a holdout test on branded search, and based on it we moved about $80,000 a year from branded search into Meta prospecting. We kept most of the brand budget because the results weren't completely clear.",
        "Our analytics agency designed and ran the geo holdout test on branded search at Pinewood; they picked the markets and did the analysis. I paused the campaigns in the test markets, and after their report we moved $300,000 a year to Meta.",
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
        "At Larkspur our e-commerce manager and I disagreed strongly about Black Friday in 2022. He wanted 25 percent off everything site-wide, because it had driven a big revenue day the year before. I thought it would train our subscribers to wait for discounts and that a lot of those orders were people stocking up who'd have bought at full price anyway. Rather than argue in the team meeting, I asked him to look at the previous year's data with me. We found that about 40 percent of the Black Friday orders came from existing subscribers, and many of them skipped their next delivery. We agreed on a compromise: a gift bundle with a free glass for new customers and a thank-you offer only for subscribers, no site-wide discount. Revenue for the weekend was close to the year before, and gross margin was clearly higher. He and I now plan promotions together in advance, which avoids the last-minute fights.",
        "When I disagree with someone, I try to find out what they're being measured on, because that's often the real conflict. At Larkspur our head of retail sales wanted a large share of the launch budget for in-store demos, and I wanted it in digital, where I could measure results. It got tense in a planning meeting. Afterwards I went to his office and asked what he needed. His goal was velocity in the first eight weeks, because retailers decide whether to keep a new item based on it. That made sense; a good digital campaign means nothing if the product gets delisted. So we built the Garden Spritz plan together: sampling concentrated in the highest-volume stores and the first six weeks, and digital weighted to the same markets. We also agreed to measure sampling stores against similar stores without demos. The sampling stores sold clearly faster, and we now use that test design for every launch.",
      ],
      vague: [
        "I try to handle disagreements with respect and open communication. I listen to the other person's point of view, explain mine and look for a solution that's good for the business.",
        "Conflicts are a normal part of working in a team. I stay professional and focus on the facts and the shared goal, and most of the time we find common ground.",
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
        "didn't work",
      ],
      strong: [
        "In my first year at Larkspur I sent a win-back email with a 20 percent discount to the wrong segment. It was supposed to go to lapsed subscribers, but I built it on a segment that also included active subscribers, about 9,000 people who were already paying full price. Within an hour customer service was getting messages asking why they were paying more than lapsed customers. I told my director right away, and we decided to honor the code for everyone and send a short apology to the active subscribers with the same offer on their next box. It cost us several thousand dollars in margin. I then fixed the process: every campaign now has a checklist in Asana with the segment definition written in plain words and the recipient count checked against what we expect, and a second person reviews any email with an offer before it's scheduled. We haven't had a wrong-segment send since.",
        "A failure I learned a lot from was a Pinterest test at Larkspur in 2022. I expected it to be a strong channel for us because of the recipe and mocktail content, and I put $60,000 behind it over two months. I made two mistakes. I used our Meta creative, which looked like ads rather than the inspirational pins that do well there, and I didn't set a clear stop rule, so I kept extending it hoping it would improve. In the end the cost per new customer was more than twice our target. I presented the results honestly to my director, including what I'd do differently. What changed afterwards is that every new channel test now starts with creative made for that platform, a fixed budget and a written stop rule before we launch. When we tried Pinterest again in 2024 with proper pin creative and those rules, it became a small but profitable channel.",
      ],
      vague: [
        "I've made mistakes like everyone. The important thing is to take responsibility, fix the problem and learn from it. Mistakes are a great opportunity to improve.",
        "One of my weaknesses used to be trying to do too much at once, which sometimes led to small errors. I've learned to slow down and double-check my work.",
      ],
    },
    {
      name: "Prioritizing under pressure and deadlines",
      match: [
        "pressure",
        "deadline",
        "deadlines",
        "prioritize",
        "priorities",
        "competing",
        "workload",
        "tight timeline",
      ],
      strong: [
        "Two weeks before the Garden Spritz launch at Larkspur, our biggest grocery retailer moved its shelf reset forward by ten days. That meant the product would be in stores before our ads, sampling and emails were ready. I sorted everything by what had to be live for shoppers to find the product. The in-store sampling and the store locator on our site came first, because a shopper in the store was the most valuable moment. Paid social came next, but only in that retailer's markets, using the creator videos we already had instead of waiting for the final edit. The YouTube campaign and the PR push stayed on the original date. I told the agencies exactly what was moving and what wasn't, so they didn't try to rush everything. The sampling started on time in the first stores, and the launch hit its first-month sales target. What I learned is that under pressure you need to decide clearly what you won't do yet.",
        "I prioritize by impact and by what's blocking someone else. At Larkspur, the last week of each month is crowded: the leadership report, the media plan for next month and the agency's creative deadlines all land together. I block the report time first, because it's a fixed date and leadership decisions depend on it. Anything that unblocks another team, like approving creative the agency is waiting on, I do the same day, because a one-day delay from me becomes a three-day delay for them. The rest gets a realistic date that I say out loud. In November 2023, I also had a retailer's holiday promotion request come in with a two-day deadline in the same week. I asked our coordinator to pull the data for the report, handled the retailer request myself, and pushed an internal brand workshop by a week, which nobody minded once I explained why. Everything that mattered went out on time.",
      ],
      vague: [
        "I work well under pressure. I make a list of priorities, focus on the most important tasks first and communicate with my team if something needs to move.",
        "Marketing is a fast-paced field with a lot of deadlines. I stay organized, manage my time carefully and stay calm, and I always deliver on my commitments.",
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
        "The feedback that changed how I work came from my director at Larkspur after my second leadership presentation. She told me I was showing my work, not my thinking: twenty charts, and the CEO had to find the point himself. It was uncomfortable, because I was proud of the analysis. I asked her to go through one of my decks and say where she'd lost interest. Then I rebuilt my format: three headlines on the first slide, one page of core numbers, and everything else in an appendix. The next month the CEO asked two questions instead of ten, and both were about the decision I needed from him. I try to give feedback in the same direct way. When our marketing coordinator's campaign recaps listed metrics without conclusions, I showed her one of mine next to hers and asked what the reader should do after reading each. Her recaps improved within a couple of months.",
        "With agencies, feedback is most of the job, and I've learned that vague feedback is expensive. I used to write comments like make it pop or feels off-brand, and the creative agency at Larkspur would come back with something different but not better. Now I give feedback in three parts: what's working and should stay, what isn't working and why, tied to the brief or the data, and what I'm not asking them to change. When a set of Garden Spritz storyboards came in too polished for TikTok, I wrote that the product shots were right, the pace was wrong because the first two seconds didn't have a hook, and that they shouldn't touch the voiceover script. The next round was nearly final. I also ask the agency for feedback on us at each quarterly review, and their point about contradictory feedback from several people is what led me to consolidate our comments into one round.",
      ],
      vague: [
        "I really value feedback because it helps me grow. I try to listen without getting defensive, and when I give feedback I try to be honest, kind and specific.",
        "Giving and receiving feedback is essential for a healthy team. I like to have regular conversations with my colleagues so feedback is a normal part of how we work.",
      ],
    },
    {
      name: "Teamwork and leadership",
      match: [
        "teamwork",
        "team",
        "leadership",
        "lead a team",
        "collaborate",
        "cross-functional",
        "work with others",
        "manage people",
      ],
      strong: [
        "For the Garden Spritz launch at Larkspur I led a cross-functional team of people who didn't report to me: sales, operations, finance, our designer, the coordinator and two agencies. What worked was a single launch plan in Asana with owners and dates, and a thirty-minute launch stand-up every Tuesday where each person said what was done, what was at risk and what they needed. I made sure operations heard early about the sampling volumes so they could plan production, and finance saw the budget pacing every week, not at the end. When the retailer reset date moved, the team knew within a day and we replanned together rather than me reshuffling things alone. I also made a point of sharing credit: in the results presentation to leadership, every slide named the people whose work it was. Several people from that team asked to work together again on the holiday campaign.",
        "At Larkspur I work day to day with our marketing coordinator, and I see my job as helping her grow, not just handing out tasks. When she joined she mainly scheduled social posts. I gave her ownership of one Klaviyo flow at a time, starting with post-purchase, with a clear goal and a holdout so she could see her own results. We have a weekly half hour where she brings what she's working on and I mostly ask questions. After a year she owned all our email campaigns and presented the CRM results in the monthly review herself. Teamwork with the rest of the company matters just as much: I sit with customer service once a month to hear what customers say, and that's been the source of several campaign ideas. I think good marketing leadership is making other people's work easier and more visible.",
      ],
      vague: [
        "I'm a strong team player and I really enjoy collaborating with different departments. I believe in open communication, supporting my colleagues, sharing knowledge and celebrating our successes together as a team.",
        "As a leader I try to motivate people, give them clear goals and support them. I think the best teams are the ones where everyone feels heard and valued.",
      ],
    },
    {
      name: "Learning something new quickly",
      match: [
        "learn",
        "learning",
        "learn quickly",
        "new platform",
        "new channel",
        "unfamiliar",
        "pick up",
        "get up to speed",
      ],
      strong: [
        "When Larkspur decided to test TikTok in 2022, nobody on the team had run TikTok ads, including me. I gave myself two weeks before spending anything. I went through TikTok's own ads academy material, read the creative guidance they publish on what works in the first seconds of a video, and watched a lot of top-performing ads in the TikTok creative center for beverage and food brands. I also called a friend from my agency days who ran TikTok for a snack brand and asked her what she wished she'd known, which was mainly to let creators sound like themselves and to use Spark Ads. Then I started small, about $15,000 a month, with ten creator videos, and I treated the first month as learning, not performance. Within three months TikTok was profitable enough to scale to about a fifth of our social budget, and I wrote a playbook so our coordinator could run the creator briefs.",
        "I learn fastest with a real problem and a deadline. When I joined Larkspur, the company used Klaviyo, and I had only used Mailchimp at Sunnyfield and seen Klaviyo from the outside. Our welcome flow was broken, so that was my problem. I went through Klaviyo's own courses on flows and segmentation over a few evenings and then rebuilt the welcome series myself in the first month, including the conditional splits for people who'd already bought. When I got stuck on how Recharge subscription events came into Klaviyo, I asked their support team and our developer rather than guessing. The new welcome series lifted first-order conversion from email sign-ups, and it became the first piece of the larger lifecycle rebuild. Now I'm the person on the team others ask about Klaviyo, which is the best sign I've learned something.",
      ],
      vague: [
        "I'm a quick learner and very curious. Marketing changes all the time, so I'm used to learning new tools and platforms through online courses and by trying things.",
        "When I need to learn something new, I research it, ask people who know more than me and practice. I enjoy the challenge of learning new things.",
      ],
    },
    {
      name: "Motivation for the role",
      match: [
        "motivation",
        "why this role",
        "why do you want",
        "interested in",
        "tidewell",
        "why us",
        "career goals",
        "next step",
      ],
      strong: [
        "Tidewell is almost exactly the business model I've been working in at Larkspur: a consumer brand with subscriptions online and a growing retail presence, where marketing has to prove every dollar. So I can bring things that worked, like lifecycle CRM, creator-led paid social and holdout testing, from the first month. What's different, and what draws me, is the scale and the scope. You're spending about $3 million in paid media across more channels, and the role covers both brand and performance, with agency management and brand guidelines in the same seat. At Larkspur I've started to do that, but the brand side sits partly with my director. I'm also personally motivated by the product. Reducing single-use plastic is something I care about, and it's a message that customers can actually act on with every order, which makes the marketing more honest. In a few years I'd like to lead a marketing team, and this role is the right step.",
        "Honestly, I read your job posting and the line about a steady program of tests that tell us what truly drives sales made me want to apply. A lot of consumer brands say they're data-driven and then judge everything on platform ROAS. Incrementality testing is the work I'm proudest of, from the branded search holdout at Pinewood to the lift studies at Larkspur. I also like that the role includes Earth Month and spring cleaning as real seasonal moments; at Larkspur our seasons are summer and Dry January, and I enjoy building campaigns around a moment when the customer already has the problem we solve. And I'm a Tidewell customer myself, I've used the refill tablets for about a year, so I've been through your subscription flow and your emails, and I already have a few ideas for the cancellation experience.",
      ],
      vague: [
        "I'm excited about this opportunity because I love consumer brands and I think Tidewell has a great product. I'm looking for a role where I can grow and have more impact.",
        "This role is a great match for my experience in B2C marketing. I'm passionate about sustainability and I'd love to work for a company with a mission I believe in.",
      ],
    },
    {
      name: "Handling a difficult stakeholder",
      match: [
        "difficult stakeholder",
        "stakeholder",
        "difficult",
        "pushback",
        "push back",
        "demanding",
        "frustrated",
        "founder",
      ],
      strong: [
        "Larkspur's founder is very involved in marketing, and for the Garden Spritz launch he wanted the lead ad to be a two-minute video of him telling the story of the brand. He was attached to it, and he's the founder, so saying no outright wasn't an option. I told him I thought the story was valuable but probably not as the first thing a stranger sees on TikTok, and proposed we let customers decide: we'd run his video against two creator concepts with the same budget for a week and judge on cost per first purchase. He agreed because it was fair. His video came last for new customers, but it did very well with people who had already visited the site. So we used it as a retargeting ad and on the About page, and the creator ads led the launch. He was happy because his story had a clear job, and I got the decision I needed without a fight.",
        "A difficult stakeholder for me was the account director at our media agency at Larkspur when I moved paid search in-house. It reduced their fee, and he pushed back hard, first with me and then by going to my director. I understood it: it was revenue for them. I didn't make it personal. I prepared a short document with the search results over six months, the issues we'd raised and what hadn't changed, and I proposed that they take on Pinterest and YouTube planning, where they were strong, which made up part of the fee difference. I presented it to him and my director together so nobody was going around anyone. He accepted, and the relationship was better afterwards because the agency was doing work it was good at. Our search cost per new customer improved by about 15 percent in-house, and their YouTube planning for Garden Spritz was excellent.",
      ],
      vague: [
        "With difficult stakeholders I try to stay patient and understand their concerns. I explain my reasoning with data and look for a solution that works for both of us.",
        "I think relationships are the key. I try to build trust with stakeholders over time, keep them informed and involve them early so there are fewer surprises.",
      ],
    },
  ],
};
