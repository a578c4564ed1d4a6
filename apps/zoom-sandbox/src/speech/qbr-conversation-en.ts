import { linesIn, type ScriptLine } from './script-line.ts';

const line = linesIn('en');

/**
 * The English QBR with Northwind Traders: commitments with owners and dates, look-alikes that are not
 * commitments (past deeds, requests, hedges, habits, a recap), a renewal at risk after a budget cut, and topics
 * (adoption, training, SSO, support tickets, pricing, renewal).
 */
export const QBR_CONVERSATION_EN: readonly ScriptLine[] = [
  line('host', 'Thanks for making the time, everyone. Today I would like to cover adoption, the support backlog, the SSO rollout and the renewal in March.'),
  line('Emma Clark', 'Sounds good. Before we start, finance has asked every team to cut software spend by fifteen percent next year.'),
  line('host', 'Thanks for telling us early. Is the Customer 360 renewal part of that review?'),
  line('Emma Clark', 'It is. Honestly, the renewal is at risk unless we can show the value to our CFO.'),
  line('host', "Then let's build that case together. I'll send the revised proposal with the usage numbers by Friday."),
  line('Emma Clark', 'That would help. Noah Williams in procurement will want to see it too.'),
  line('Olivia Park', 'On adoption, the service team uses the timeline every day now. Active users went from forty to about seventy.'),
  line('host', 'That is great to hear. We sent the adoption report last week, so those numbers should match what you saw.'),
  line('Olivia Park', 'They do. The weak spot is the warehouse team: most of them never logged in after the training.'),
  line('host', 'Would a short session just for them help?'),
  line('Olivia Park', "Yes. I'll set up a training session with the warehouse leads next week."),
  line('Liam Nguyen', "On the IT side, the SSO rollout is still blocked on our identity provider's certificate."),
  line('host', 'What do you need from us there?'),
  line('Liam Nguyen', 'Could you send us the updated metadata file?'),
  line('host', "Of course. I'll email you the metadata file today."),
  line('Liam Nguyen', "Thanks. Once we have it, we'll get back to you next week with a go-live date."),
  line('Emma Clark', 'What about the open support tickets? I counted five still waiting on your side.'),
  line('host', 'Three of those were fixed in the release that went out on Monday. The other two are export bugs.'),
  line('host', "I'll get you a status update on the two export tickets by Wednesday."),
  line('Jordan Blake', "Jordan here, I'm helping Northwind with the budget review. Do you have pricing for a smaller tier?"),
  line('host', "We might be able to do something there, but I can't promise anything yet."),
  line('Jordan Blake', "Understood. I'd like to think about the options before we decide anything."),
  line('host', "I'll send you the pricing options for a smaller tier by next Tuesday."),
  line('Olivia Park', "And I'll share our customer satisfaction survey results with you by Thursday, for the business case."),
  line('Liam Nguyen', 'For what it is worth, we review all our integrations every quarter anyway.'),
  line('Emma Clark', "If the numbers hold up, I'm confident we can renew, and maybe even add the warehouse seats."),
  line('host', 'Let me recap: the revised proposal on Friday, the metadata file today, the export tickets on Wednesday and the pricing options next Tuesday.'),
  line('Emma Clark', "And we'll come back to you with a decision on the renewal by the end of the month."),
  line('host', 'Perfect. Thanks, everyone, this was really useful.'),
  line('Olivia Park', 'Thank you, talk soon.'),
];
