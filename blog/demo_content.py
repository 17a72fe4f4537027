"""Demo blog content for the careers site: categories and Markdown articles.

Pure data with no Django imports, so the seed command and tests can load it cheaply.
Internal links use /blog/<slug>/ and must point at slugs defined in ARTICLES.
"""

CATEGORIES = [
    {
        "name": "Interviewing",
        "slug": "interviewing",
        "description": (
            "Practical preparation for phone and in-person interviews, and how to handle the "
            "moments before and after them. Walk in knowing what to expect."
        ),
    },
    {
        "name": "Job search & resumes",
        "slug": "job-search",
        "description": (
            "How to write a resume that gets read, follow up without pestering, and choose the "
            "kind of role that fits your life."
        ),
    },
    {
        "name": "Career growth",
        "slug": "career-growth",
        "description": (
            "Ideas for weighing career paths, building the qualities employers look for and "
            "negotiating for what you are worth."
        ),
    },
    {
        "name": "Workplace",
        "slug": "workplace",
        "description": (
            "Advice for the day-to-day side of work: getting along with colleagues, building a "
            "good team culture and enjoying the moments in between."
        ),
    },
    {
        "name": "Employment law & pay",
        "slug": "employment-law-pay",
        "description": (
            "Plain-English explanations of US pay rules and paychecks. General information to "
            "help you ask the right questions, not legal advice."
        ),
    },
]

ARTICLES = [
    {
        "title": "How to Handle Rejection After a Job Interview",
        "slug": "bouncing-back-after-interview-rejection",
        "category": "interviewing",
        "summary": (
            "A rejection after a promising interview stings. Here is how to process it, reply "
            "gracefully, learn what you can and keep your job search moving."
        ),
        "seo_title": "How to Handle Rejection After a Job Interview",
        "seo_description": (
            "Practical steps for dealing with a job rejection: how to reply, how to ask for "
            "feedback and how to turn a no into your next opportunity."
        ),
        "days_ago": 6,
        "body": """\
You prepared, you showed up, you felt a real connection with the hiring manager, and then the
email arrived: *"We've decided to move forward with another candidate."* Few parts of a job search
feel as personal as that message, even though it usually isn't personal at all.

Rejection is a normal part of looking for work. Most people who land a job they love heard "no"
several times on the way. What separates a short setback from a long slump is how you respond in
the days that follow.

## Give yourself a day

It is fine to be disappointed. You invested time and hope, and pretending otherwise only pushes
the feeling somewhere else. Take an evening off from the job boards. Go for a walk, call a friend,
cook something good. A day of rest is not the same as giving up; it is how you come back
clear-headed instead of discouraged.

What you should avoid is making big decisions while the sting is fresh, such as deciding you are
"not good enough" for a whole field, or firing off a reply you would not want forwarded.

## Remember what a rejection usually means

Hiring decisions depend on far more than your performance in one conversation. A few common
reasons candidates are turned down:

- Another applicant had a specific skill or certification the team needed right now.
- An internal candidate was promoted into the role.
- The budget changed and the position was paused or reshaped.
- The company had several strong finalists and could only choose one.

None of these say anything about your worth. Often the gap between the top two candidates is tiny.

## Reply with a short, gracious note

Within a day or two, answer the rejection. Thank the interviewer for their time, say you enjoyed
learning about the team, and let them know you would welcome being considered for future roles.
Three or four sentences is plenty:

> Thank you for letting me know, and for the time you and the team spent with me. I enjoyed
> learning about your plans for the new service center. If another role opens that fits my
> background, I would be glad to be considered.

This note costs you five minutes and keeps a door open. Hiring managers remember candidates who
handled disappointment well, and runners-up are regularly called back when a new position opens or
the first choice does not work out.

## Ask for feedback, but hold it loosely

It is reasonable to ask, politely and once, whether the interviewer has any feedback that could
help you. Many companies limit what they can share, so don't be surprised by a brief answer or
none at all. If you do get specifics, treat them as one person's view, not a verdict.

## Review your own performance

Whether or not you hear back, spend twenty minutes writing down what you remember:

1. Which questions did you answer well?
2. Where did you ramble or go blank?
3. Was there anything about the role you wish you had asked?
4. Did you research the company enough?

Patterns matter more than single moments. If you notice you struggle with questions about conflict
or failure, practice a few stories using a simple structure: the situation, what you did, and the
result. Our guides to [preparing for a phone
interview](/blog/how-to-prepare-for-a-phone-interview/) and [preparing for an in-person
interview](/blog/how-to-prepare-for-an-in-person-interview/) include exercises you can use.

## Keep your pipeline full

One of the best protections against rejection is having several opportunities in motion at once.
When one interview carries all your hopes, a "no" feels crushing. When you have three other
applications out and a recruiter call on the calendar, it is just one result among many.

Set a weekly goal you control, such as five tailored applications and two networking messages, and
measure yourself against that rather than against offers. If it has been a while since you updated
your resume, our tips on [getting past applicant tracking
systems](/blog/ats-friendly-resume-tips/) can help more of your applications reach a human reader.

## Lean on people who can help

You don't have to do this alone. Friends in your industry can run a mock interview with you.
Former colleagues can tell you about openings before they are posted. And a staffing agency can
put you in front of several employers at once, often with candid feedback from the recruiter about
how each interview went.

When you're ready for the next step, [browse our open jobs](/jobs/) and see what fits.
""",
    },
    {
        "title": "How to Prepare for a Phone Interview",
        "slug": "how-to-prepare-for-a-phone-interview",
        "category": "interviewing",
        "summary": (
            "Phone interviews are often the first real filter in a hiring process. Learn how to "
            "set up your space, research the role, answer with confidence and close the call "
            "well."
        ),
        "seo_title": "",
        "seo_description": (
            "Set up a quiet space, research the company, prepare short answers and close "
            "strong. A practical checklist for your next phone screen."
        ),
        "days_ago": 27,
        "body": """\
A phone interview can feel casual. There is no commute, no handshake, and you might be taking the
call from your kitchen. But for many employers it is the first real filter in the hiring process,
and the person on the other end is deciding whether you move on to the next round. A little
preparation makes a big difference.

## Understand what the call is for

Most phone interviews fall into one of two types:

- **A screening call** with a recruiter or HR coordinator, usually 15 to 30 minutes. They want to
  confirm your background matches the job, check your availability and pay expectations, and get a
  sense of how you communicate.
- **A hiring-manager call**, which goes deeper into your skills and experience and may include
  technical or situational questions.

If you are not sure which one you have, it is fine to ask when you schedule it: "Could you tell me
who I'll be speaking with and roughly how long the call will last?"

## Set up your space

Because the interviewer can't see you, everything they learn comes through your voice. Give
yourself the best conditions:

- Choose a quiet room and close the door. Tell anyone at home when the call is happening.
- Use a fully charged phone with a strong signal. If your reception is spotty, a landline or Wi-Fi
  calling may be more reliable.
- Silence notifications on your computer and other devices.
- Keep a glass of water within reach.

Many people find they sound more energetic standing up, and smiling really does change your tone
of voice. It sounds silly until you try it.

## Do your homework

Read the job posting again and highlight the three or four requirements that seem most important.
For each one, think of a specific example from your work history that shows you can do it.

Then spend some time on the company: what it does, who its customers are, and any recent news. You
don't need to memorize anything. The goal is to be able to explain, in a sentence or two, why this
role interests you.

## Keep notes in front of you

This is the big advantage of a phone interview: you can have notes the interviewer will never see.
Keep them short so you aren't reading aloud. A single page might include:

1. A 30-second summary of who you are and what you are looking for.
2. Your examples for the key requirements.
3. Your pay range and availability, so you answer consistently.
4. Two or three questions to ask them.

Have your resume open as well, so you can refer to the same dates and job titles the interviewer
is looking at.

## Answer clearly and concisely

Without facial expressions to guide you, it is easy to ramble. Aim for answers of about one to two
minutes. If you're not sure you answered the question, ask: "Does that cover what you were looking
for, or would you like more detail?"

Pauses feel longer on the phone. If you need a moment to think, say so: "That's a good question.
Let me think for a second." It sounds far more composed than filling the silence with "um."

## Close the call well

Near the end, you will usually be asked whether you have questions. Always have at least one. Good
options include:

- "What does a successful first 90 days look like in this role?"
- "What are the next steps in your process, and when might I hear back?"

Thank the interviewer by name and briefly restate why you are interested. Within a day, send a
short thank-you email. If the timeline they gave you passes without news, our guide to [following
up after you apply](/blog/how-to-follow-up-after-applying/) explains how to check in without being
pushy.

## If you move forward

A successful phone screen often leads to a longer interview, sometimes on site. Our checklist for
[preparing for an in-person interview](/blog/how-to-prepare-for-an-in-person-interview/) picks up
where this one leaves off. And if the answer is no, read [how to handle rejection after an
interview](/blog/bouncing-back-after-interview-rejection/) before you move on to the next
opportunity.

Ready to put this into practice? [Browse our open jobs](/jobs/).
""",
    },
    {
        "title": "How to Prepare for an In-Person Interview",
        "slug": "how-to-prepare-for-an-in-person-interview",
        "category": "interviewing",
        "summary": (
            "From planning your route to the questions you ask on the way out, here is a "
            "step-by-step guide to walking into an in-person interview prepared and calm."
        ),
        "seo_title": "How to Prepare for an In-Person Job Interview",
        "seo_description": (
            "Plan your route, research the team, practice your stories and know what to bring. "
            "A step-by-step guide to in-person job interviews."
        ),
        "days_ago": 45,
        "body": """\
An in-person interview gives you something a phone or video call can't: the chance to see where
you would work, meet the people you would work with, and make an impression that goes beyond your
resume. It also comes with more moving parts. Here is how to prepare so you can focus on the
conversation instead of the logistics.

## A few days before

### Research the company and the team

Go beyond the homepage. Look at how the company describes its products or services, who its
customers are, and what it has been talking about recently. If you know who will interview you,
read their professional profiles so you understand their roles.

### Match your experience to the job

Print the job description and mark the main requirements. For each, prepare a short story from
your experience that shows the skill in action. A simple structure keeps stories tight:

1. **Situation:** where you were and what the challenge was.
2. **Action:** what you personally did.
3. **Result:** what changed, with a number if you have one.

Prepare stories for the common themes too: a time you solved a problem, a time you disagreed with
someone, a mistake you learned from, and a time you went beyond what was expected.

### Practice out loud

Thinking through an answer is different from saying it. Rehearse with a friend, or record yourself
on your phone and listen back. You are not trying to memorize a script, just to become comfortable
telling your stories.

## The day before

- **Plan your route.** Check how long the trip takes at the time of day you'll be traveling, and
  where to park or which stop to use. Aim to arrive 10 to 15 minutes early; arriving much earlier
  can put pressure on your host.
- **Choose your outfit.** Dress one step more formally than the people who work there usually do.
  If you are unsure, ask your recruiter or contact. Make sure everything is clean and comfortable.
- **Pack your bag.** Bring several printed copies of your resume, a notepad and pen, a list of
  references, a photo ID for building security, and the name and phone number of the person you
  are meeting.
- **Get some sleep.** Last-minute cramming rarely helps as much as a rested mind.

## On the day

Treat everyone you meet with courtesy, from the security desk to the receptionist. Interviewers
often ask colleagues what they thought of a candidate.

When you meet your interviewer, offer a friendly greeting and make eye contact. Listen to the
whole question before you answer, and take a moment to think if you need one. If you meet several
people, tailor your answers to each person's role: a future teammate may care about how you
collaborate, while a department head may care more about results.

Have questions ready. A few that usually lead to useful answers:

- "What are the biggest challenges for the person in this role in the first few months?"
- "How does the team measure success?"
- "What do you enjoy most about working here?"

If a question catches you off guard, it is fine to be honest about what you don't know and explain
how you would find out. Interviewers generally respect a candid answer more than a bluff.

## Wrapping up

Before you leave, ask about next steps and the expected timeline. Thank each interviewer and note
their names so you can follow up.

Within 24 hours, send a short thank-you email to each person you met. Mention something specific
from your conversation so it doesn't read like a template. If you have not heard back by the date
they mentioned, our guide to [following up after you
apply](/blog/how-to-follow-up-after-applying/) covers how to check in.

## After the interview

Write down what went well and what you would change next time. If an offer comes, read [how to
negotiate a job offer](/blog/how-to-negotiate-a-job-offer/) before you respond. If not, our advice
on [handling rejection after an interview](/blog/bouncing-back-after-interview-rejection/) can
help you regroup quickly.

Looking for your next interview? [Browse our open jobs](/jobs/).
""",
    },
    {
        "title": "How to Decline a Job Interview Politely",
        "slug": "how-to-decline-an-interview-politely",
        "category": "interviewing",
        "summary": (
            "Sometimes the right answer to an interview invitation is no. Here is when to "
            "decline, how to do it gracefully, and a short sample email you can adapt."
        ),
        "seo_title": "How to Decline a Job Interview Politely (Sample Email)",
        "seo_description": (
            "When and how to turn down a job interview without burning bridges, with a short "
            "sample email you can adapt to your situation."
        ),
        "days_ago": 64,
        "body": """\
It might seem strange to turn down an interview while you are job hunting, but there are plenty of
good reasons to do it. You might have accepted another offer, realized the pay or location won't
work, or learned something about the role that doesn't fit your goals. Declining respectfully
protects your reputation and keeps the door open for the future.

## Good reasons to decline

- **You accepted another job.** Once you've committed elsewhere, let other employers know
  promptly.
- **The role isn't a fit.** Maybe the job description changed, or you learned the schedule,
  commute or responsibilities don't match what you need.
- **The pay is far below your range.** If a recruiter confirms the budget is well below what you
  can accept, it is kinder to everyone to say so now.
- **You have concerns about the company.** After doing your research, you may decide the culture
  or direction is not right for you.
- **Your circumstances changed.** A family situation, a move or a health issue can all change your
  plans.

You don't owe anyone a detailed explanation. A brief, honest reason is enough.

## Decline as early as you can

Interviewers block time on their calendars, book rooms and sometimes arrange for colleagues to
join. The sooner you let them know, the better. If the interview is already scheduled, respond as
soon as you've made your decision, ideally at least a day ahead.

Email is usually the right channel, since it gives the recipient a written record. If the
interview is only a few hours away, a quick phone call followed by an email is more considerate.

## What to include

A good decline message is short and contains four things:

1. Thanks for the invitation and for their time.
2. A clear statement that you are withdrawing.
3. A brief reason, if you're comfortable sharing one.
4. A friendly close that leaves the door open, if you mean it.

## A sample email

Here's a simple message you can adapt:

> **Subject:** Interview on Thursday - Jordan Lee
>
> Hi Ms. Patel,
>
> Thank you for inviting me to interview for the Project Coordinator position. I appreciate the
> time you have spent on my application.
>
> I have accepted another offer, so I'd like to withdraw from consideration. I enjoyed learning
> about your team, and I hope our paths cross again in the future.
>
> Best regards,
>
> Jordan Lee

If your reason is that the role doesn't fit, you might replace the second paragraph with: "After
careful thought, I have decided the role is not the right match for my goals at this time." If
you'd like to be considered for different openings, say so directly.

## What to avoid

- **Ghosting.** Not showing up or not responding is the surest way to be remembered for the wrong
  reasons. Recruiters and hiring managers talk to each other, and many industries are smaller than
  they look.
- **Over-explaining.** A long justification can sound defensive. Keep it simple.
- **Criticizing the company.** Even if you had a poor experience, a decline email is not the place
  for it.
- **Negotiating by accident.** If what you really mean is "I would interview if the pay were
  higher," say that instead of declining. It's a different conversation, and our guide on
  [negotiating a job offer](/blog/how-to-negotiate-a-job-offer/) can help you frame it.

## Declining through a recruiter

If a staffing agency arranged the interview, tell your recruiter first. They can pass the message
along and may be able to suggest a role that fits better. Being upfront with your recruiter builds
trust, and a recruiter who understands what you want can save you a lot of time. If you are
weighing temporary and permanent work, read about [contract vs. direct-hire
jobs](/blog/contract-vs-direct-hire-jobs/) to decide which suits you.

## Keep the relationship

The person you decline today may be hiring for a better role next year, or may move to another
company and remember you. A polite, timely no is a small act of professionalism that people
notice.

If you find yourself turning down interviews because they aren't quite right, it may be time to
refocus your search. A well-tuned resume, like the one described in our [applicant tracking system
tips](/blog/ats-friendly-resume-tips/), helps you attract the roles you actually want.
""",
    },
    {
        "title": "Is Aerospace Engineering a Stable Career?",
        "slug": "is-aerospace-engineering-a-stable-career",
        "category": "career-growth",
        "summary": (
            "Aerospace engineering offers challenging work and strong pay, but the field moves "
            "with budgets and business cycles. Here is an honest look at what makes it stable "
            "and what to watch."
        ),
        "seo_title": "Is Aerospace Engineering a Stable Career? An Honest Look",
        "seo_description": (
            "What makes aerospace engineering a secure career, what makes it unpredictable, and "
            "how engineers build long, steady careers in the field."
        ),
        "days_ago": 86,
        "body": """\
Aerospace engineers design, test and support aircraft, spacecraft, satellites and the systems
inside them. It is demanding, highly technical work, and it attracts people who want to solve hard
problems. But if you are choosing a major, changing careers or weighing a job offer, you probably
also want to know: is it a stable career?

The honest answer is that aerospace offers real long-term security for people with the right
skills, but individual jobs can be affected by forces well outside an engineer's control.
Understanding both sides helps you plan.

## What makes aerospace relatively stable

### Long programs

Aircraft and spacecraft take years, sometimes decades, to develop, certify and support. A single
aircraft model may be built and maintained long after it first flies. That creates steady demand
for engineers in manufacturing, testing, maintenance and sustainment, not just in the exciting
early design phases.

### Specialized, hard-to-replace skills

Aerodynamics, propulsion, structures, guidance and control, and systems engineering take years to
master. Employers invest heavily in engineers who know their products and processes, and
experienced people are not easy to replace.

### Several sources of demand

Aerospace work is funded from different directions: commercial aviation, national defense,
government space programs and a growing private space sector. When one slows, another may be
growing, and engineers with transferable skills can sometimes move between them.

### Skills that travel

An aerospace background transfers well to related fields such as automotive, energy, robotics,
medical devices and advanced manufacturing. Strong fundamentals in math, physics, software and
systems thinking are valuable almost anywhere.

## What can make it less stable

### Budgets and contracts

Much defense and space work depends on government budgets and contract awards. When a program is
canceled or a contract goes to a competitor, teams can shrink quickly, even at large employers.

### Business cycles

Commercial aviation follows the economy and travel demand. When airlines cut or delay aircraft
orders, suppliers up and down the chain feel it.

### Geographic concentration

Aerospace jobs tend to cluster around certain regions, bases and manufacturing sites. If you want
to stay in one city for the long term, your options may be narrower than in fields found
everywhere.

### Citizenship and clearance requirements

Many defense-related roles require a security clearance, which generally means US citizenship, and
export-control rules can limit some technical work to US persons. Meeting these requirements can
be an advantage, since cleared engineers are in steady demand, but they narrow the options for
others.

## How to build a more stable aerospace career

1. **Build strong fundamentals.** An accredited engineering degree is the usual entry point. A
   Professional Engineer (PE) license is less common in aerospace than in civil engineering, but
   it can add credibility in some roles.
2. **Learn the tools.** Experience with modeling and simulation software, programming for
   analysis, and requirements and test practices makes you useful across programs.
3. **Broaden across the life cycle.** Engineers who understand design, manufacturing and
   in-service support can move to wherever the work is.
4. **Protect your record.** If you work in defense, a clearance is valuable. Keep it by being
   honest and responsible.
5. **Stay connected.** Professional societies, conferences and former colleagues are often how
   people hear about openings when a program winds down.
6. **Consider contract work.** Contract engineering roles are common in aerospace and can be a
   good way to gain experience on different programs. Our overview of [contract vs. direct-hire
   jobs](/blog/contract-vs-direct-hire-jobs/) explains the trade-offs.

## Where to check the numbers

For current pay and job outlook figures, the Occupational Outlook Handbook published by the US
Bureau of Labor Statistics is a reliable free source. Figures change from year to year, so look at
the latest edition rather than relying on older articles, including this one.

## The bottom line

Aerospace engineering is not immune to layoffs, but it rewards people who keep learning and stay
flexible. The engineers with the steadiest careers tend to combine deep expertise in one area with
enough breadth to move when a program ends.

If you're pursuing an aerospace role, make sure your resume speaks the language of the jobs you
want; our [applicant tracking system tips](/blog/ats-friendly-resume-tips/) can help. It also pays
to know [which personality traits employers value](/blog/personality-traits-employers-value/),
because technical teams hire for character as well as skill. When you're ready, [send us your
resume](/resume/).
""",
    },
    {
        "title": "Why Gratitude at Work Matters, and How to Practice It",
        "slug": "gratitude-at-work",
        "category": "workplace",
        "summary": (
            "A sincere thank-you costs nothing and can change how a team works together. Here "
            "are simple, genuine ways to show gratitude at work, whatever your role."
        ),
        "seo_title": "Gratitude at Work: Why It Matters and How to Show It",
        "seo_description": (
            "Simple, sincere ways to show appreciation to coworkers, managers and your team, "
            "and why gratitude makes workplaces better for everyone."
        ),
        "days_ago": 105,
        "body": """\
Most people can remember a time someone at work thanked them in a way that stuck: a manager who
noticed the extra hours before a deadline, or a coworker who mentioned their help in a meeting.
Those moments are small, but they shape how we feel about our jobs and the people we work with.

Gratitude at work isn't about forced positivity or ignoring real problems. It is about noticing
the good work around you and saying so. Done sincerely, it is one of the simplest ways to build a
team people want to be part of.

## Why it matters

### People want to know their work counts

Feeling that your effort is seen is one of the things people most often say they want from a job.
When appreciation is missing, even well-paid employees can start to feel invisible, and people who
feel invisible tend to start looking elsewhere.

### It strengthens working relationships

Thanking someone specifically tells them what you valued, which makes them more likely to do it
again. It also builds goodwill that helps when the team hits a hard patch or has to work through a
disagreement.

### It changes how you see your own job

Making a habit of noticing what is going well can shift your attention away from small
frustrations. It won't fix a genuinely bad situation, but it can make an ordinary week feel more
manageable.

## How to show gratitude well

### Be specific

"Thanks for everything" is nice. "Thanks for staying late to reconcile those invoices; it meant we
closed the month on time" is memorable. Name the action and the difference it made.

### Be timely

Appreciation lands best soon after the fact. You don't need to wait for a performance review or
the end of a project.

### Match the setting to the person

Some people love public recognition; others would much rather get a quiet message. If you aren't
sure, a private note is the safer choice. When you do recognize someone publicly, credit everyone
who contributed.

### Thank upward and sideways, not just downward

Managers need appreciation too, and so do people in other departments who make your work possible:
the IT technician who fixed your laptop quickly, the receptionist who routes calls, the warehouse
crew that loaded the truck right the first time.

## Simple ways to practice it

- **Send a two-line note.** A short email or chat message takes a minute.
- **Mention people in meetings.** "Before we start, I want to point out that Sam's checklist saved
  us hours this week."
- **Write it down.** Some people keep a weekly list of three things that went well. It also helps
  when it's time to write reviews or recommendations.
- **Pass praise along.** If a customer compliments a colleague, make sure the colleague and their
  manager hear about it.
- **Offer help in return.** Sometimes the best thank-you is taking something off a busy coworker's
  plate.

## What to avoid

Gratitude loses its value when it feels automatic or strategic. Avoid generic praise that could
apply to anyone, thanking people only when their boss is watching, or using appreciation to soften
criticism every single time.

> Gratitude is not a substitute for fair pay, reasonable workloads or real solutions to problems.
> Healthy teams need both.

## Gratitude during your job search

Thankfulness matters outside the office too. A brief thank-you after an interview, a note to a
reference who vouched for you, or a message to a recruiter who helped you prepare all leave a good
impression. Even when you don't get the job, a gracious reply can keep doors open, as we explain
in [how to handle rejection after an interview](/blog/bouncing-back-after-interview-rejection/).

## Start small

You don't need a program or a budget to bring more gratitude to your workplace. Pick one person
this week whose work made your job easier, and tell them exactly what they did and why it
mattered. Then do it again next week. Over time, those small moments add up to a culture.

Looking for more ways to bring people together? See our ideas for [inclusive office holiday party
games](/blog/office-holiday-party-games/), and learn [which personality traits employers
value](/blog/personality-traits-employers-value/) most.
""",
    },
    {
        "title": "Federal Overtime Rules Explained: What Hourly and Salaried Workers Should Know",
        "slug": "federal-overtime-rules-explained",
        "category": "employment-law-pay",
        "summary": (
            "Under federal law, many workers must be paid time and a half for hours over 40 in "
            "a workweek. Here is a plain-English overview of who qualifies, how exemptions work "
            "and where to check."
        ),
        "seo_title": "Federal Overtime Rules (FLSA) Explained for Workers",
        "seo_description": (
            "A plain-English guide to federal overtime: who is non-exempt, how time and a half "
            "works, the salary and duties tests, and where to get official answers."
        ),
        "days_ago": 127,
        "body": """\
If you work more than 40 hours in a week, are you owed extra pay? For many workers in the United
States, the answer is yes. The federal rule comes from the Fair Labor Standards Act (FLSA), and
understanding the basics can help you read your paycheck with confidence and ask the right
questions.

> This article is general information, not legal advice. Overtime rules have exceptions, and state
> laws vary. For your specific situation, check the US Department of Labor's Wage and Hour
> Division or talk to a qualified employment attorney.

## The basic rule

Under the FLSA, employees who are **non-exempt** must be paid at least **one and a half times
their regular rate of pay** for every hour worked over 40 in a **workweek**.

A few details matter:

- **The workweek is fixed.** It is a regular, recurring period of seven consecutive days (168
  hours) set by the employer. It doesn't have to start on Monday, but it can't be shifted around
  to avoid overtime.
- **Each week stands alone.** Hours generally can't be averaged across two weeks. Working 50 hours
  one week and 30 the next is not the same as two 40-hour weeks; the first week includes 10
  overtime hours.
- **The regular rate can include more than your hourly wage.** Certain extra payments, such as
  many non-discretionary bonuses and shift differentials, may need to be included when the
  overtime rate is calculated.
- **Federal law doesn't require extra pay just for weekends, holidays or nights.** Those premiums
  may come from company policy, a union contract or state law, but the federal trigger is working
  more than 40 hours in the workweek.

## Exempt vs. non-exempt

Most hourly workers are non-exempt. Some salaried employees are **exempt** from overtime, but
being paid a salary does not by itself make someone exempt. For the common white-collar exemptions
(executive, administrative and professional), an employee generally has to meet all of these
tests:

1. **Salary basis test.** The employee is paid a predetermined, fixed salary that is not reduced
   because of variations in the quality or quantity of the work.
2. **Salary level test.** The salary must be at or above a minimum threshold. The threshold is set
   by the Department of Labor, has changed over time and has been the subject of court decisions,
   so check the Department of Labor's website for the amount currently in effect.
3. **Duties test.** The employee's actual primary duties must fit the exemption: for example,
   managing a department and directing other employees' work, office work tied to running the
   business that involves independent judgment on significant matters, or work that requires
   advanced knowledge in a field of science or learning.

Job titles don't decide exemption. A position called "manager" or "coordinator" can still be
non-exempt if the actual work does not meet the duties test. There are also other exemptions with
their own rules, such as those for outside sales employees and certain computer professionals.

## State laws may go further

The FLSA sets a floor, not a ceiling. Some states have stricter rules, such as overtime after a
certain number of hours in a single day, higher salary thresholds for exemption, or special rules
for particular industries. When both federal and state law apply, the employee is generally
entitled to whichever standard is more protective. Check your state's labor department as well as
the federal rules.

## Common questions

### Can my employer give me time off instead of overtime pay?

For most private-sector employees, no. Compensatory time off in place of overtime pay is generally
limited to certain public-sector employers under federal law.

### What if I worked overtime without permission?

If your employer knew or had reason to know you were working, that time generally counts as hours
worked and must be paid. An employer can require approval for overtime and enforce that rule
through discipline, but it generally can't refuse to pay for work it allowed to happen.

### Can I agree to give up overtime?

Generally, no. Employees can't sign away their FLSA overtime rights, even voluntarily.

### What about contract and temporary workers?

If you are a W-2 employee of a staffing agency, these rules apply to you just as they do to anyone
else. Our article on [contract vs. direct-hire jobs](/blog/contract-vs-direct-hire-jobs/) explains
how employment through an agency works.

## Practical tips

- **Keep your own record** of the hours you work each day, including start and end times and
  unpaid breaks.
- **Check every pay stub.** Make sure overtime hours and the overtime rate are listed correctly.
  Our guide on [how to read your pay stub](/blog/how-to-read-your-pay-stub/) walks through each
  line.
- **Ask first.** Many mistakes are honest errors that payroll will fix quickly once you point them
  out.
- **Know where to go.** If a problem isn't resolved, the Wage and Hour Division accepts
  complaints, and federal law prohibits employers from retaliating against employees who file
  them.

Understanding your rights is part of evaluating any job. When you're comparing roles and offers,
it helps to know [how to negotiate a job offer](/blog/how-to-negotiate-a-job-offer/) with clear
facts about how you will be paid.
""",
    },
    {
        "title": "Office Holiday Party Games Everyone Can Enjoy",
        "slug": "office-holiday-party-games",
        "category": "workplace",
        "summary": (
            "The best office holiday party games are easy to join, low pressure and welcoming "
            "to everyone. Here are ideas that work in person and online, plus tips for keeping "
            "things inclusive."
        ),
        "seo_title": "Inclusive Office Holiday Party Games for Work",
        "seo_description": (
            "Low-pressure, work-appropriate holiday party games for in-person and remote teams, "
            "plus tips for making sure everyone feels welcome."
        ),
        "days_ago": 148,
        "body": """\
A good holiday party gives coworkers a chance to relax together and celebrate the year. Games can
help break the ice, especially for teams that don't usually mix, but the wrong game can make
people uncomfortable. The best choices are easy to understand, optional, and fun whether or not
someone celebrates a particular holiday.

## Start with a few ground rules

Before you choose games, keep these principles in mind:

- **Make participation optional.** Some people love the spotlight; others would rather watch. Both
  are fine.
- **Keep it inclusive.** Choose winter, end-of-year or general themes rather than activities
  centered on one religious holiday. Think about coworkers with different abilities, dietary needs
  and comfort levels.
- **Skip anything embarrassing.** Avoid games that involve personal questions, physical contact,
  drinking or teasing.
- **Mind the budget.** If a game involves gifts, set a low, clear spending limit so no one feels
  pressure.
- **Keep it short.** Two or three games of 15 to 20 minutes each are plenty.

## Games for in-person parties

### Year-in-review trivia

Write 15 to 20 questions about the past year at your company: milestones, new team members, the
record month, the week the coffee machine broke. Split into mixed teams across departments. Keep
the questions about shared work experiences, not personal lives, and avoid anything that singles
someone out.

### Two truths and a wish

A gentle twist on a classic. Each person shares two true, work-appropriate facts about themselves
and one thing they hope for in the coming year, and the others guess which is the wish. It helps
people learn about each other and ends on a hopeful note.

### Gift swap with a twist

Everyone brings a wrapped, modestly priced gift. Players draw numbers; on your turn you can open a
new gift or "steal" one that has already been opened. Cap the number of steals per gift to keep
things moving. Suggest useful or fun gifts, like a nice mug, a puzzle or a small plant, and ask
people to skip gag gifts that could offend.

### Build-it challenge

Give each team identical supplies, such as paper, tape and paper cups, and ten minutes to build
the tallest freestanding tower or the best winter scene. It rewards collaboration and gets people
laughing without anyone having to perform alone.

### Caption contest

Display a funny, work-safe photo, such as a cat wearing a tiny hard hat, and have teams write
captions. Read them aloud anonymously and vote. It works well for quieter people because no one
has to speak on stage.

## Games for remote and hybrid teams

- **Scavenger hunt at home.** Call out items people can find in 60 seconds, like something blue, a
  book with a one-word title or a favorite mug. The first to show it on camera gets a point.
- **Online quiz.** Many free quiz tools let everyone answer on their phone. Mix year-in-review
  questions with general knowledge.
- **Background contest.** Invite people to decorate their video background with a winter or
  end-of-year theme and let the team vote.
- **Emoji riddles.** Post a series of emojis in the chat and have people decode the movie, song or
  company event they describe.

For hybrid parties, put in-room and remote participants on the same teams so no one is left out.

## Prizes and recognition

Small prizes make games more fun: a modest gift card, a longer lunch break, or a silly trophy that
passes to a new winner each year. You can also use the event to recognize real contributions. A
few sincere words of thanks from leadership can mean more than any prize, as we discuss in [why
gratitude at work matters](/blog/gratitude-at-work/).

## Tips for organizers

Ask a small, varied group of coworkers to help plan, so you get different perspectives. Schedule
the party during work hours when you can, so people with caregiving responsibilities or long
commutes can join. Provide good non-alcoholic drinks, and make sure there is food for a range of
dietary needs.

> The goal isn't to crown a winner. It's to help people feel like part of a team.

A workplace where people know and appreciate each other tends to be one where they want to stay,
and where [the personality traits employers value](/blog/personality-traits-employers-value/),
like kindness and collaboration, can thrive.
""",
    },
    {
        "title": "Personality Traits Employers Value (and How to Show Them)",
        "slug": "personality-traits-employers-value",
        "category": "career-growth",
        "summary": (
            "Skills get you considered, but character often gets you hired. Here are the "
            "personality traits employers look for most and how to show them on your resume and "
            "in interviews."
        ),
        "seo_title": "Personality Traits Employers Value Most",
        "seo_description": (
            "Reliability, adaptability, curiosity and more: the personal qualities hiring "
            "managers look for, and how to show them with real examples."
        ),
        "days_ago": 170,
        "body": """\
Two candidates with the same training and the same years of experience can leave very different
impressions. Often the difference is character: how they approach problems, treat people and
handle pressure. Employers can teach most technical skills, but personality traits are much harder
to train. That is why interviewers spend so much time on questions that begin with "Tell me about
a time when..."

Here are the traits employers consistently look for across industries, and practical ways to show
them.

## 1. Reliability

Showing up on time, meeting deadlines and doing what you said you would do is the foundation of
trust. In many jobs, especially in operations, healthcare, manufacturing and logistics,
reliability matters as much as skill.

**How to show it:** Mention attendance records, on-time delivery or responsibilities you were
trusted with. During the hiring process itself, be punctual, respond promptly and follow through
on anything you promise.

## 2. Adaptability

Processes change, priorities shift and new tools arrive. Employers value people who can adjust
without losing momentum.

**How to show it:** Prepare a story about a time your plans changed suddenly, such as a new
system, a reorganization or an urgent request, and explain how you got up to speed.

## 3. Curiosity and willingness to learn

People who ask good questions and seek out new skills tend to grow into bigger roles.

**How to show it:** Talk about something you learned recently on your own, like a course, a
certification or a new tool. In interviews, ask thoughtful questions about the team and the work.

## 4. Integrity

Honesty and good judgment are essential wherever money, safety, data or customers are involved.

**How to show it:** Be truthful on your resume and in interviews. If you're asked about a mistake,
own it and explain what you learned. Interviewers notice candidates who deflect blame.

## 5. Collaboration

Very few jobs are done alone. Employers want people who share information, respect different
viewpoints and help others succeed.

**How to show it:** Say "we" when describing team projects, while being clear about your own part.
Give an example of working well with someone whose style differed from yours.

## 6. Composure under pressure

Deadlines, difficult customers and busy seasons are part of most jobs. Staying calm and focused
helps everyone around you.

**How to show it:** Describe a high-pressure situation and the steps you took to prioritize. The
way you handle a tough interview question is evidence in itself.

## 7. Initiative

Employers appreciate people who notice problems and act on them without waiting to be asked.

**How to show it:** Highlight improvements you suggested or made, such as a faster process, a
cleaner spreadsheet or a better checklist, and what changed as a result.

## 8. A positive, respectful attitude

This doesn't mean being cheerful all the time. It means treating people with courtesy, giving
colleagues the benefit of the doubt and focusing on solutions. Small habits like [showing
gratitude at work](/blog/gratitude-at-work/) are part of it.

**How to show it:** Speak respectfully about past employers, even ones you didn't enjoy. Thank the
people you meet during the hiring process.

## Bringing it together on your resume

A resume can't list personality traits convincingly; anyone can write "hard-working team player."
Instead, let your accomplishments show them.

> "Trained five new team members on inventory software, cutting onboarding time by a week"
> demonstrates initiative, collaboration and reliability without using any of those words.

Our tips for [writing a resume that gets past applicant tracking
systems](/blog/ats-friendly-resume-tips/) explain how to phrase accomplishments so both software
and people understand them.

## In the interview

Most behavioral questions are looking for these traits. Before any interview, prepare a short
story for each of the eight traits above; many stories will cover more than one. Our guides to
[phone interviews](/blog/how-to-prepare-for-a-phone-interview/) and [in-person
interviews](/blog/how-to-prepare-for-an-in-person-interview/) walk through how to structure them.

## Be yourself

You don't need every trait in equal measure. The goal isn't to pretend to be someone else, but to
help employers see the real strengths you already bring. The right job is one where your natural
qualities are valued.

Ready to find it? [Browse our open jobs](/jobs/).
""",
    },
    {
        "title": "How to Write a Resume That Gets Past Applicant Tracking Systems",
        "slug": "ats-friendly-resume-tips",
        "category": "job-search",
        "summary": (
            "Many employers use applicant tracking systems to organize applications. Learn how "
            "to format and word your resume so the software reads it correctly and a recruiter "
            "wants to call you."
        ),
        "seo_title": "How to Write an ATS-Friendly Resume",
        "seo_description": (
            "Formatting and keyword tips to help your resume read correctly in applicant "
            "tracking systems and impress the recruiter who reviews it."
        ),
        "days_ago": 191,
        "body": """\
When you apply for a job online, your resume often goes into an applicant tracking system (ATS)
before anyone reads it. These systems help employers manage large numbers of applications. They
split your resume into fields such as name, job titles, dates and skills, and let recruiters
search and sort candidates.

There are plenty of myths about software automatically "rejecting" resumes. In practice, the
bigger risk is that your resume is read incorrectly, or doesn't show up when a recruiter searches
for the skills they need. The good news is that a clear, well-organized resume works well for both
software and people.

## Keep the format simple

Elaborate layouts can confuse parsing software. To be safe:

- **Use a single-column layout.** Multiple columns, text boxes and tables can scramble the order
  of your information.
- **Stick to standard fonts** in a readable size.
- **Use standard section headings** like "Work Experience," "Education," "Skills" and
  "Certifications." Creative headings may not be recognized.
- **Keep contact details out of headers and footers.** Some systems skip them, so put your name,
  phone and email in the main body.
- **Leave out images, icons and charts.** Skill-level bars, for example, can't be read by software
  and don't tell a recruiter much anyway.
- **Submit the file type requested.** A Word document or a text-based PDF is usually safe, but
  follow the posting's instructions.

## Mirror the language of the job posting

Recruiters often search for specific terms. Read the job description carefully and note the
skills, tools, certifications and job titles it mentions. If you genuinely have that experience,
use the same wording.

For example, if the posting asks for "forklift certification" and your resume says "certified to
operate powered industrial trucks," consider including both phrases. If the job mentions "accounts
payable," don't only write "AP." Spell out abbreviations at least once.

> Never add keywords for skills you don't have. They might get you an interview, but they won't
> get you through one, and they damage trust with the employer and the recruiter.

## Write strong experience bullets

Once your resume is found, a person decides whether to call you. Make each bullet count:

1. **Start with an action verb:** managed, built, reduced, trained, resolved.
2. **Say what you did and the result.** "Processed an average of 60 orders per day with 99%
   accuracy" beats "Responsible for order processing."
3. **Use numbers where you can:** volumes, percentages, dollar amounts, team sizes, time saved.
4. **Keep it relevant.** Emphasize the experience that matches this job, and trim older or
   unrelated details.

## Get the basics right

- **Give each role a clear job title**, with the employer's name, the location (city and state is
  enough) and dates in a consistent format, such as month and year.
- **Add a short summary** at the top: two or three sentences about your experience and the kind of
  role you want.
- **Include a skills section** that lists tools, software, equipment and certifications.
- **Proofread.** A misspelled skill can hide you from a keyword search as well as hurt a first
  impression.

## Tailor it for each application

You don't need to rewrite your resume every time, but adjusting your summary and top bullets for
each job makes a real difference. Keep a master version with everything, then copy and trim it for
each application.

## After you apply

Submitting your resume is only the first step. Our guide to [following up after you
apply](/blog/how-to-follow-up-after-applying/) explains when and how to check in. Once you land an
interview, get ready with our tips for [preparing for a phone
interview](/blog/how-to-prepare-for-a-phone-interview/).

Working with a staffing agency is another way to make sure a person actually reads your resume. A
recruiter can match you with roles, including [contract and direct-hire
positions](/blog/contract-vs-direct-hire-jobs/) you might not find on your own. When your resume
is ready, [send it to us](/resume/).
""",
    },
    {
        "title": "How to Follow Up After Applying for a Job",
        "slug": "how-to-follow-up-after-applying",
        "category": "job-search",
        "summary": (
            "A well-timed, polite follow-up can bring your application to a recruiter's "
            "attention. Here is when to check in, what to say and when to move on."
        ),
        "seo_title": "How to Follow Up on a Job Application",
        "seo_description": (
            "When to follow up after applying, what to write, and how to stay on a recruiter's "
            "radar without being pushy. Includes a short sample message."
        ),
        "days_ago": 213,
        "body": """\
You found a great job, tailored your resume and clicked "submit." Now comes the hard part:
waiting. It is natural to wonder whether anyone has seen your application, and a thoughtful
follow-up can help. The key is to be polite, brief and patient.

## Should you follow up at all?

Usually, yes, with a couple of exceptions. If the job posting says "no phone calls" or "no
follow-ups," respect that. And if you applied through a large online portal with no contact
person, a follow-up may not reach anyone. In most other cases, a short message shows genuine
interest and can bring your application to the top of someone's inbox.

## When to follow up

- **After submitting an application:** wait about one to two weeks. Hiring teams often collect
  applications for a while before reviewing them.
- **After an interview:** send a thank-you note within 24 hours. If they gave you a timeline, wait
  until a day or two after it passes before checking in.
- **After a second follow-up with no reply:** it's usually time to move on, at least for now.

If the posting lists a closing date, follow up a few days after it instead.

## Who to contact

Look for a name: the recruiter listed in the posting, the person who scheduled your interview, or
the hiring manager. A professional networking profile or the company's careers page may help you
find the right person. If you applied through a staffing agency, contact your recruiter rather
than the employer directly; they usually have the most up-to-date information.

## What to say

Keep your message to a few sentences. Include:

1. The job title and when you applied.
2. A short reminder of why you are a strong fit.
3. A polite question about the timeline or next steps.
4. Thanks for their time.

Here's an example:

> **Subject:** Following up on my application for Warehouse Supervisor
>
> Hello Mr. Alvarez,
>
> I applied for the Warehouse Supervisor position on March 3 and wanted to confirm that my
> application was received. With six years of experience leading shift teams and improving pick
> accuracy, I'm excited about the chance to contribute to your distribution center.
>
> Could you share an idea of the hiring timeline? Thank you for your time, and I look forward to
> hearing from you.
>
> Best regards,
>
> Dana Brooks

## Email, phone or in person?

Email is the standard choice. It is easy for the recipient to answer when convenient, and it keeps
a record. A phone call can work for smaller businesses or when you already know the person, but
keep it short. Showing up in person without an invitation is rarely a good idea unless the posting
specifically welcomes walk-ins.

## Mistakes to avoid

- **Following up too often.** One or two check-ins are enough. More can hurt your chances.
- **Sounding impatient.** Phrases like "I still haven't heard anything" can come across as a
  complaint. Keep the tone positive.
- **Sending the same generic message everywhere.** Mention the specific job and something relevant
  about your background.
- **Putting your search on hold.** Keep applying while you wait. A full pipeline takes the
  pressure off any single opportunity.

## If you don't hear back

Silence is frustrating, but it doesn't always mean no. Roles are put on hold, hiring managers go
on vacation and priorities change. After your second follow-up, turn your energy to other
opportunities. If you do hear a "no," respond graciously; our article on [handling rejection after
an interview](/blog/bouncing-back-after-interview-rejection/) explains why that matters.

If you keep applying without hearing back, your resume may be the issue. Review our [tips for
getting past applicant tracking systems](/blog/ats-friendly-resume-tips/) to make sure your
application is being read correctly.

Want a recruiter on your side? [Send us your resume](/resume/) and we'll help you look for the
right fit.
""",
    },
    {
        "title": "Contract vs. Direct-Hire Jobs: Which Is Right for You?",
        "slug": "contract-vs-direct-hire-jobs",
        "category": "job-search",
        "summary": (
            "Staffing agencies fill contract, contract-to-hire and direct-hire roles. Here is "
            "how each works, what to ask about pay and benefits, and how to choose the right "
            "path for your goals."
        ),
        "seo_title": "Contract vs. Direct-Hire Jobs Through a Staffing Agency",
        "seo_description": (
            "How contract, contract-to-hire and direct-hire roles work through a staffing "
            "agency, with the pros and cons of each for job seekers."
        ),
        "days_ago": 236,
        "body": """\
When you work with a staffing agency, you'll usually hear about three kinds of jobs: contract,
contract-to-hire and direct hire. Each can be a smart move depending on your situation. Knowing
the differences helps you ask the right questions and choose roles that fit your goals.

## Contract jobs

A contract, or temporary, job lasts for a set period or a specific project. It might be a few
weeks covering a leave of absence, or a year-long engineering project.

In most staffing arrangements, the agency is your employer of record. That means the agency pays
your wages, withholds taxes and issues your W-2, while you do the work at the client company's
site, or remotely, under the client's day-to-day direction.

**Advantages:**

- **A faster start.** Contract roles often move quickly, sometimes from interview to first day in
  a week or two.
- **Variety.** You can gain experience with different companies, industries and systems, which
  strengthens your resume.
- **Flexibility.** Contracts can suit people between careers, returning to work, or who like to
  take breaks between projects.
- **A foot in the door.** Many companies use contract work to get to know potential long-term
  hires.

**Things to consider:**

- **End dates.** Contracts end, and extensions aren't guaranteed. Plan your finances accordingly.
- **Benefits vary.** Some agencies offer health insurance or other benefits to contract employees,
  but eligibility and coverage differ. Ask specifically what is available.
- **Less internal access.** Contractors may not be included in some company events, training or
  bonus programs.

## Contract-to-hire jobs

Contract-to-hire roles start as contract positions with the intention of converting you to a
permanent employee of the client company after a trial period, often a few months. Both sides get
to see whether the fit is right before committing.

Conversion depends on your performance and on the client's budget and business needs. Ask your
recruiter how long the contract period usually runs, what the conversion process looks like, and
what pay and benefits would look like afterward.

## Direct-hire jobs

In a direct-hire placement, the staffing agency finds and screens candidates, but you are hired by
the client company as a permanent employee from day one. The agency's main role ends once you
accept the offer, though a good recruiter will usually check in to see how things are going.

**Advantages:** company benefits from the start, subject to the employer's policies; a clear
long-term path; and full inclusion in the company's culture and programs.

**Things to consider:** the hiring process is often longer, with more interviews, and employers
may be more selective.

> **Do you pay the agency?** Reputable staffing agencies in the US are paid by the client company,
> not by the job seeker. Be cautious of anyone who asks you for a fee to be considered for a job.

## How to choose

Ask yourself a few questions:

1. **How soon do I need income?** If the answer is "soon," contract work can bridge the gap.
2. **How important is long-term stability?** If it's your top priority, focus on direct-hire or
   contract-to-hire roles.
3. **Am I exploring?** Contract roles are a low-risk way to try a new industry or type of work.
4. **What benefits do I need?** Compare carefully, including health coverage, paid time off and
   retirement plans.

Whatever you choose, understand how you'll be paid. As a contract employee you are still covered
by wage laws, including [federal overtime rules](/blog/federal-overtime-rules-explained/) if you
are non-exempt. When an offer arrives, read our guide on [how to negotiate a job
offer](/blog/how-to-negotiate-a-job-offer/); many of the same principles apply to contract pay
rates.

## Make your resume work for every type

Contract experience is valuable experience. List each assignment clearly, and note that it was a
contract role so short tenures make sense to the reader. Our [applicant tracking system
tips](/blog/ats-friendly-resume-tips/) cover formatting that works for any job history.

Curious what's available right now? [Browse our open jobs](/jobs/).
""",
    },
    {
        "title": "How to Negotiate a Job Offer Without Losing It",
        "slug": "how-to-negotiate-a-job-offer",
        "category": "career-growth",
        "summary": (
            "Negotiating an offer is normal, and a respectful request rarely puts the offer at "
            "risk. Here is how to research your value, make your case and handle the "
            "conversation."
        ),
        "seo_title": "How to Negotiate a Job Offer: A Step-by-Step Guide",
        "seo_description": (
            "Research your market value, decide what matters most and negotiate with "
            "confidence. Practical steps for salary and benefits conversations."
        ),
        "days_ago": 262,
        "body": """\
Getting an offer is exciting, and it is tempting to say yes on the spot. But the time between the
offer and your acceptance is often your best chance to improve your pay and working conditions.
Many employers expect some negotiation, and a respectful, well-prepared request rarely costs
anyone an offer.

## Start by saying thank you

When the offer arrives, express genuine enthusiasm and thank the employer. Then ask for the
details in writing and a little time to review them: "Thank you, I'm really excited about this.
Could you send the full offer in writing? I'd like to review it and get back to you by Thursday."
A day or two is a reasonable request.

## Know what the job is worth

Negotiation works best when it is grounded in facts. Research pay for similar roles in your area
and industry:

- **Public wage data.** The US Bureau of Labor Statistics publishes pay information by occupation
  and location.
- **Job postings.** A growing number of states and cities require pay ranges in job ads, which
  gives you real market data.
- **Your network.** Former colleagues and industry contacts may share ranges, even if not exact
  figures.
- **Recruiters.** A recruiter who places people in similar roles often knows what employers are
  actually paying.

Consider your specific strengths too: certifications, experience with specialized equipment,
bilingual skills or a track record of measurable results.

## Look at the whole package

Salary is important, but it is not the only thing you can discuss. Depending on the employer, you
might also ask about:

- Start date
- A sign-on bonus
- Paid time off
- Schedule flexibility or remote days
- Job title
- Training, certification or tuition support
- A pay review after a set period, such as six months

Health insurance and retirement plans are often set by company policy, but make sure you
understand them fully, because they can be worth a great deal.

Decide in advance what matters most to you and what your walk-away point is. Knowing your
priorities keeps the conversation focused.

## Make your request

A phone or video call often feels more personal, but email is fine if that is how the conversation
has gone so far. Be clear, specific and positive:

> I'm excited about the role and the team. Based on my research and my six years of experience
> with this equipment, I was hoping for a base salary closer to $68,000. Is there flexibility
> there?

A few tips:

1. **Name a specific number** near the top of your researched range, rather than asking vaguely
   for "more."
2. **Explain briefly why**, focusing on your value and market data rather than personal expenses.
3. **Then stop talking.** Let the employer respond. Silence is not a bad sign.
4. **Be ready for a counteroffer.** If the salary can't move, ask about other parts of the
   package.

## Handle the response gracefully

If the employer meets your request, thank them and confirm the updated offer in writing. If they
meet you partway, decide whether it works for you. If they can't change anything, you can still
decide based on the whole picture.

Avoid ultimatums unless you are truly prepared to walk away, and never invent a competing offer.
If you do have another offer, you can mention it honestly.

## Accepting, or saying no

Once you reach an agreement, accept in writing and confirm your start date. If you decide the
offer isn't right, decline politely; the same principles in our guide to [declining an interview
politely](/blog/how-to-decline-an-interview-politely/) apply here too.

## Negotiating through a staffing agency

If you're placed through an agency, your recruiter negotiates with the client on your behalf. Be
honest with them about your expectations from the start so they can advocate for you. For contract
roles, the conversation is usually about your hourly rate; our article on [contract vs.
direct-hire jobs](/blog/contract-vs-direct-hire-jobs/) explains how those roles differ.

Also make sure you understand how you'll be paid, including whether you are eligible for overtime.
Our overview of [federal overtime rules](/blog/federal-overtime-rules-explained/) covers the
basics.

When you're ready to find your next offer, [browse our open jobs](/jobs/).
""",
    },
    {
        "title": "How to Read Your Pay Stub, Line by Line",
        "slug": "how-to-read-your-pay-stub",
        "category": "employment-law-pay",
        "summary": (
            "Your pay stub shows how your gross pay becomes your take-home pay. Here is what "
            "each section means, what to check every payday and what to do if something looks "
            "wrong."
        ),
        "seo_title": "How to Read Your Pay Stub: A Line-by-Line Guide",
        "seo_description": (
            "Gross pay, taxes, deductions and net pay explained in plain English, plus what to "
            "check every payday so errors get caught early."
        ),
        "days_ago": 294,
        "body": """\
Your pay stub, sometimes called an earnings statement, is more than a receipt. It shows how your
employer calculated your pay, what was taken out and why. Checking it each payday takes a couple
of minutes and can catch mistakes before they grow.

Layouts vary by employer and payroll provider, but most pay stubs include the same main sections.

## The basics at the top

- **Employee and employer information:** your name, an employee ID and often the last digits of
  your Social Security number.
- **Pay period:** the dates the paycheck covers.
- **Pay date:** when the money is paid.

Check that these are right, especially if you've recently started a job or moved.

## Earnings

This section shows what you earned before anything was taken out, called your **gross pay**.
Depending on your job, it may include:

- **Regular hours** and your hourly rate, or your salary for the period.
- **Overtime hours** and the overtime rate. If you are non-exempt, federal law generally requires
  at least one and a half times your regular rate for hours over 40 in a workweek; see our guide
  to [federal overtime rules](/blog/federal-overtime-rules-explained/).
- **Shift differentials, bonuses or commissions.**
- **Paid time off**, such as vacation, sick or holiday hours.

Compare the hours against your own records. This is the most common place to find errors.

## Taxes

Several taxes are withheld from most paychecks:

- **Federal income tax.** The amount depends on your earnings and the information on your Form
  W-4. If you want more or less withheld, you can give your employer a new W-4.
- **Social Security.** Withheld at 6.2% of wages, up to an annual wage limit that is adjusted each
  year.
- **Medicare.** Withheld at 1.45% of wages, with an additional amount for higher earners.
- **State and local income tax**, if your state or city has one. Some states don't tax wages at
  all.

Social Security and Medicare together are often labeled **FICA**. Your employer pays a matching
share of these taxes on its own; that share doesn't come out of your pay.

## Deductions

Deductions are amounts taken out for benefits or other obligations. They usually fall into two
groups:

- **Pre-tax deductions** come out before income tax is calculated, which lowers your taxable
  income. Common examples are health, dental and vision premiums through an employer plan,
  traditional 401(k) contributions, and health savings or flexible spending accounts.
- **After-tax deductions** come from pay that has already been taxed, such as Roth 401(k)
  contributions, some insurance policies or union dues.

You may also see court-ordered deductions, such as wage garnishments or child support. If you
don't recognize a deduction, ask about it.

## Net pay

**Net pay** is what's left after taxes and deductions: your take-home pay. It should match the
amount deposited in your account or printed on your check.

## Year-to-date totals

Most stubs include **year-to-date (YTD)** columns showing totals since January 1. They are useful
for budgeting, for applying for loans or apartments, and for checking your annual tax forms later.

## What to check every payday

1. Hours and rates match your own records.
2. Overtime is listed and calculated correctly.
3. Deductions match the benefits you enrolled in.
4. Nothing new appears without explanation.
5. Net pay matches what you actually received.

## If something looks wrong

Start with your manager, HR or payroll contact. Most errors are honest mistakes and are corrected
in the next pay cycle. Keep copies of your pay stubs and your own hours log. If you work through a
staffing agency, the agency's payroll team handles your pay, so contact them first; our article on
[contract vs. direct-hire jobs](/blog/contract-vs-direct-hire-jobs/) explains why.

> This article is general information, not tax or legal advice. For your specific situation,
> consult the IRS, your state's tax and labor agencies or a qualified professional.

Understanding your pay also makes you a stronger negotiator. Before your next offer, read our
guide to [negotiating a job offer](/blog/how-to-negotiate-a-job-offer/).
""",
    },
]
