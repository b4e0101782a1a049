/**
 * English lexicon: phrases that hurt (with reasons and alternatives) and politeness cues.
 * Patterns generalise over inflection and contractions; see analysis/compile.ts for the dialect.
 * Cue weights follow the politeness strategies of Danescu-Niculescu-Mizil et al. (2013):
 * gratitude, deference, greetings, apologies, hedges, indirect requests and "we" soften;
 * direct (wh-)questions, sentence-initial "you", "so/then/and/but…" openers, factuality markers
 * ("actually", "obviously") and negative vocabulary harden.
 */
import { SENTENCE_START as S } from '../analysis/compile.ts';
import type { Lexicon } from '../analysis/types.ts';

const YOU = "(?:you|you guys|you people|y'all)";
const YOU_ARE = "(?:you're|you are|ur|u r)";
const WILL = "(?:'ll| will|'m going to| am going to|'re going to| are going to| shall)";
const BOSS =
  '(?:boss|manager|supervisor|director|line manager|team lead|lead|superior|head of [a-z]+|hr|cto|ceo|cfo|vp|higher-ups|management)';
/** Contempt words that are insults wherever they appear. */
const CONTEMPT =
  '(?:idiot(?:s|ic|ically)?|moron(?:s|ic)?|stupid(?:ity)?|dumb(?:est)?|incompetent|incompetence|pathetic|useless|ridiculous|clueless|brainless|imbecile|laughable|amateurish|crap(?:py)?|shit(?:ty)?|bullshit|wtf|fuck(?:ing|ed|er)?|f\\*+k(?:ing)?|damn|dammit|goddamn|asshole|loser|disgrace(?:ful)?|absurd|nonsense|inexcusable|outrageous|appalling|atrocious|shameful|disgusting|ludicrous|preposterous|abysmal|shoddy|half-?assed)';
/** Words that insult when said of a person ("you're lazy") but are ordinary elsewhere. */
/** Commitments people are sarcastic about ("deadlines are optional now"). */
const RULES =
  '(?:deadlines?|due dates?|estimates?|rules?|commitments?|promises?|meetings?|reviews?|tests?|standups?|specs?)';
const OPTIONAL = '(?:optional|(?:just )?(?:a )?suggestions?)';
const PERSON_BAD = `(?:${CONTEMPT}|ignorant|fools?|foolish|jerk|a joke|lazy|sloppy|careless|unprofessional|unreliable|hopeless|a mess|a disaster)`;

export const en: Lexicon = {
  kinds: {
    absolute: {
      why: 'Absolutes like "always" and "never" turn one problem into a verdict on the person, so they defend the record instead of fixing the issue.',
      suggestion: 'Name the specific time: "On Tuesday, …" or "The last two reports…"',
    },
    blame: {
      why: 'A you-statement that judges the person puts them on the defensive; they will argue about their intent, not the problem.',
      suggestion: 'Describe the impact and what you need: "The report was missing X, and I need it for Y."',
    },
    insult: {
      why: 'An insult or contempt attacks the person, not the problem; it is the fastest way to end cooperation.',
      suggestion: 'Describe the concrete problem and its effect, without labelling the person or their work.',
    },
    sarcasm: {
      why: 'Sarcasm says the opposite of what you mean; it reads as contempt and invites a sharp reply.',
      suggestion: 'Say plainly what went wrong and what you need now.',
    },
    threat: {
      why: 'A threat or ultimatum forces a fight-or-submit choice; people dig in rather than cooperate.',
      suggestion:
        'State the consequence as a fact you both face and ask what would help: "If this slips past Friday, we miss the release. What would make Friday work?"',
    },
    shouting: {
      why: 'Capitals and stacked punctuation read as shouting in chat, even when you only mean emphasis.',
      suggestion:
        'Use normal case and one punctuation mark; put the emphasis in the words ("this is urgent because…").',
    },
    'passive-aggressive': {
      why: 'This phrase points out that they failed to read or listen; it sounds polite but lands as a reproach.',
      suggestion: 'Restate the point briefly and kindly, as if for the first time.',
    },
    'non-apology': {
      why: 'This apology shifts the problem onto their feelings or cancels itself with "but"; it usually makes things worse.',
      suggestion: 'Own your part plainly: "I\'m sorry I did X. Next time I will Y."',
    },
    dismissive: {
      why: "This brushes off the other person's concern; they will feel unheard and push harder.",
      suggestion: 'Acknowledge the concern first: "I can see this matters to you. Let\'s look at it."',
    },
    escalation: {
      why: 'Threatening to go over their head turns a working problem into a power contest; go to the person directly first.',
      suggestion:
        'Talk to them directly and agree on next steps; involve others together, if needed, as a shared decision.',
    },
    manipulation: {
      why: 'Pressure tactics (false urgency, guilt, everyone-else-agreed, extreme demands) damage trust even when they work.',
      suggestion: 'State your real interest and deadline honestly and ask what would work for them.',
    },
    demand: {
      why: 'A bare order with pressure leaves no room for their view and reads as a command, not a request.',
      suggestion:
        'Make it a clear request with the reason: "Could you fix this today? The client demo is at 3."',
    },
  },
  rules: [
    // Threats and ultimatums.
    { kind: 'threat', pattern: 'or else' },
    { kind: 'threat', pattern: `${YOU}${WILL} (?:regret|be sorry)` },
    { kind: 'threat', pattern: `(?:${YOU}(?:'re| are) going to|${YOU} will|will) regret (?:this|it|that)` },
    {
      kind: 'threat',
      pattern:
        '(?:consider this|this is|take this as) (?:your|my|the|a) (?:last|final) (?:warning|notice|chance)',
    },
    { kind: 'threat', pattern: '(?:last|final) warning' },
    {
      kind: 'threat',
      pattern: `if ${YOU} (?:don't|do not|can't|cannot|won't|will not|fail to|refuse to)[^.!?\\n]{1,80}?,? (?:then )?(?:I|we)${WILL}`,
    },
    { kind: 'threat', pattern: "(?:I|we)(?:'ll| will) (?:make sure|see to it that) (?:you|your)" },
    {
      kind: 'threat',
      pattern:
        "(?:I|we)(?:'ll| will|'m going to| am going to) (?:take|pursue) (?:legal action|this to court)",
    },
    {
      kind: 'threat',
      pattern: "(?:see you in court|you'll be hearing from (?:my|our) (?:lawyer|attorney)s?)",
    },
    {
      kind: 'threat',
      pattern: `(?:or )?${YOU_ARE} fired|or ${YOU_ARE} (?:done|out|finished)|${YOU_ARE} (?:done|finished) here`,
    },
    { kind: 'threat', pattern: 'watch your (?:back|step|mouth|tone)' },
    {
      kind: 'threat',
      pattern:
        "or (?:I|we)(?:'ll| will|'m| am|'re| are) (?:go(?:ing)? to|pull(?:ing)?|cancel(?:ling)?|terminat\\w*|report(?:ing)?|tell(?:ing)?|find(?:ing)?|replac\\w*|escalat\\w*|tak(?:e|ing)|remov\\w*|fir(?:e|ing)|drop(?:ping)?|end(?:ing)?)(?: \\p{L}+){0,4}",
    },
    {
      kind: 'threat',
      pattern:
        "(?:I|we)(?:'ll| will) (?:have to )?(?:revisit|reconsider|review|terminate|cancel|end) (?:the|our|this) (?:contract|agreement|relationship|partnership|deal)",
    },
    { kind: 'threat', pattern: '(?:this is )?(?:your |the )?last chance' },
    // Handing an unpaid bill to collectors or lawyers, said to the person who owes it.
    {
      kind: 'threat',
      pattern:
        '(?:hand|pass|send|refer|turn|forward|escalat)\\p{L}* (?:it|this|the (?:invoice|account|debt|matter|case)|your (?:account|invoice|debt)) (?:over )?to (?:a |an |our |the )?(?:collections?|collection agenc(?:y|ies)|debt collect\\p{L}*|(?:our )?(?:lawyers?|attorneys?|solicitors?|legal team))',
    },
    {
      kind: 'threat',
      pattern:
        '(?:take|taking|start|starting|initiate|pursue|pursuing|consider|considering|begin) (?:further |formal )?legal (?:action|steps|proceedings)',
    },
    {
      kind: 'threat',
      pattern:
        "(?:not|won't|will not|refuse to|aren't|are not) (?:be )?pay(?:ing)? (?:you )?(?:a (?:single )?(?:cent|penny|dime)|another (?:cent|penny|dime)|one (?:cent|penny|dime))",
    },
    {
      kind: 'threat',
      pattern:
        "(?:don't|do not) make me (?:escalate|go to|call|involve|loop in|come over|report|tell|get)\\p{L}*",
    },
    {
      kind: 'threat',
      pattern:
        "(?:I'm|I am|we're|we are) (?:starting to |slowly |quickly |really )?(?:losing|running out of) (?:my |our )?patience|(?:my|our) patience is (?:running|wearing) (?:out|thin)",
      why: 'Announcing that your patience is running out is a warning shot; they hear a threat and brace instead of helping.',
    },
    {
      kind: 'threat',
      pattern:
        '(?:whether|if) (?:we (?:should|can|want to) |to )?(?:continue|keep) (?:working|to work|doing business) with (?:you|your)',
    },
    // "Pay the invoice or we stop the service": cutting off what they rely on, as the stick.
    {
      kind: 'threat',
      pattern:
        "or (?:else )?(?:we|I)(?:'ll| will| have to| must| are going to|'re going to|'m going to)? (?:have to )?(?:stop|suspend|cut off|pull|cancel|terminate|block|disable|shut off|shut down|freeze|withhold|revoke|close) (?:the |your |all |our |any )?(?:services?|account|access|contract|deliver\\p{L}*|support|work|shipments?|orders?|subscription|licen[cs]es?|project|payments?|integration|api)",
    },
    {
      kind: 'threat',
      pattern:
        "(?:this is|that was|this was|that's) the (?:last|final) time (?:I|we)(?:'m|'ll| am| will| are|'re)? (?:cover|help|do|fix|clean|ask|remind|chase|tell|explain|accept|let|bail|sav|pick|tak|giv|put|wait)\\p{L}*",
    },
    {
      kind: 'threat',
      pattern:
        "(?:I|we)(?:'ll| will) (?:tell|let) (?:everyone|everybody|the (?:whole )?industry|people) (?:know )?(?:how|what|about)",
    },
    { kind: 'threat', pattern: "(?:I'm|I am) done (?:waiting|being (?:polite|nice|patient)|asking)" },
    {
      kind: 'threat',
      pattern:
        'tell (?:everyone|everybody|people) (?:in the (?:industry|company|market|team) )?(?:how|what|about) you',
    },
    // Escalation over someone's head.
    {
      kind: 'escalation',
      pattern: `(?:I|we)${WILL} (?:have to )?(?:tell|inform|talk to|speak to|speak with|go to|contact|call|email|write to|complain to|report (?:this|you|it) to|escalate (?:this|it)(?: to)?|loop in|cc|involve|let) (?:your|the) ${BOSS}`,
    },
    // "I'll talk to my manager about the discount" is checking, not a threat; complaining is not.
    {
      kind: 'escalation',
      pattern: `(?:I|we)${WILL} (?:have to )?(?:tell|inform|go to|complain to|report (?:this|you|it) to|escalate (?:this|it)(?: to)?) (?:my|our) ${BOSS}(?! (?:and|to) (?:get|come) back| (?:about|for) (?:the|a|an|your) (?:discount|price|pricing|budget|approval|extension|options?))`,
    },
    { kind: 'escalation', pattern: `(?:I|we)${WILL} (?:have to )?escalate (?:this|it|the matter)` },
    // "If I don't hear back by EOD I'm looping in Dave": bringing someone in as the stick.
    {
      kind: 'escalation',
      pattern:
        "if (?:I|we|you) (?:don't|do not|can't|cannot|won't|didn't) (?:hear back|get (?:a |an |any )?(?:reply|answer|response|update)|hear (?:from you|anything))[^.!?\\n]{0,40}?,? (?:then )?(?:I'm|I am|I'll|I will|we're|we are|we'll|we will) (?:going to )?(?:loop\\p{L}* in|cc\\p{L}*|involv\\p{L}*|escalat\\p{L}*|bring\\p{L}* in|rais\\p{L}* (?:it|this)|report\\p{L}*|go(?:ing)? (?:to|over|above))(?! (?:you|u|back)(?![\\p{L}]))(?: \\p{L}+){0,2}",
    },
    { kind: 'escalation', pattern: "(?:I'm|I am|we're|we are) escalating (?:this|it)(?: to \\p{L}+)?" },
    { kind: 'escalation', pattern: `escalat(?:e|ing|ed) (?:this|it) to (?:your|the|my) ${BOSS}` },
    { kind: 'escalation', pattern: '(?:go|going|went) over (?:your|his|her|their) heads?' },
    // "Unless you fix it, I'm going to your manager": going to them, said as a plan.
    {
      kind: 'escalation',
      pattern: `(?:I'm|I am|we're|we are) (?:going|heading) (?:straight |directly )?to your ${BOSS}(?!'s)(?! (?:office|desk|room|party|talk|session|meeting|offsite))`,
    },
    // HR and management need no article: "I will report this to HR".
    {
      kind: 'escalation',
      pattern: `(?:I|we)${WILL} (?:have to )?(?:report (?:this|it|you)|escalate (?:this|it)|complain|go) to (?:hr|management|the higher-ups)`,
    },
    { kind: 'escalation', pattern: `(?:cc|cc'?ing|cc'?d|copying|looping in|adding) (?:in )?your ${BOSS}` },
    { kind: 'escalation', pattern: `(?:report|reporting) you to (?:your |the |my )?${BOSS}` },
    { kind: 'escalation', pattern: `(?:take|taking) this (?:up )?(?:to|with) (?:your|the) ${BOSS}` },
    {
      kind: 'escalation',
      pattern: `(?:raise|raising|bring|bringing|flag|flagging|take|taking|escalate|escalating) (?:this|it|that|the (?:issue|matter|problem)) (?:up )?(?:with|to) your ${BOSS}`,
    },
    // Manipulation: false urgency, guilt, bandwagon, extreme anchoring.
    {
      kind: 'manipulation',
      pattern:
        "(?:right now|immediately|today|tonight|by (?:end of (?:the )?day|eod|tomorrow)|in the next (?:hour|\\d+ (?:minutes|hours))|within (?:the )?(?:hour|\\d+ (?:minutes|hours))),? or (?:the deal is off|we walk|we(?:'ll| will) (?:walk(?: away)?|go elsewhere|cancel|find (?:someone|another))|(?:I|we)(?:'ll| will) (?:take (?:our|my) business elsewhere|go with (?:someone|another)))",
    },
    {
      kind: 'manipulation',
      pattern: '(?:need|want) (?:this|it) (?:in|within) the next (?:hour|\\d+ (?:minutes|hours)) or',
    },
    {
      kind: 'manipulation',
      pattern:
        "or (?:the deal is off|we walk(?: away)?|we(?:'ll| will) (?:walk(?: away)?|go elsewhere|take our business elsewhere))",
    },
    { kind: 'manipulation', pattern: 'take it or leave it' },
    // Take-it-or-leave-it anchoring, and walking away as the stick.
    {
      kind: 'manipulation',
      pattern: `${S}(?:this is )?(?:our |my )?(?:final|best and final) offer(?=\\s*(?:[.!]|$))`,
    },
    {
      kind: 'manipulation',
      pattern:
        "or (?:we|I)(?:'re| are|'m| am|'ll| will) (?:be )?(?:(?:mov(?:e|ing)|switch(?:ing)?|go(?:ing)?) to (?:another|a different|a new|a cheaper|your competitors?|someone else)(?: \\p{L}+)?|(?:moving|switch|taking|take) (?:our|my) business elsewhere)",
    },
    {
      kind: 'manipulation',
      pattern:
        "after (?:all|everything) (?:that )?(?:I|we)(?:'ve| have)? (?:done|did|sacrificed) for (?:you|this team|this company)",
    },
    {
      kind: 'manipulation',
      pattern: "I (?:guess|suppose) I'm the only one who (?:cares|bothers|works|does)",
    },
    {
      kind: 'manipulation',
      pattern:
        "(?:I'm|I am) the only one (?:here )?who (?:cares|bothers|actually works|does anything|takes this seriously)",
    },
    {
      kind: 'manipulation',
      pattern:
        '(?:everyone|everybody|all the others|every other (?:client|vendor|team)) (?:else )?(?:has )?(?:already )?(?:agreed|said yes|signed|accepted|is fine with (?:it|this))',
    },
    { kind: 'manipulation', pattern: 'if you (?:really|actually|truly) (?:cared|valued|respected|wanted)' },
    { kind: 'manipulation', pattern: 'you owe (?:me|us)(?: one)?' },
    {
      kind: 'manipulation',
      pattern: '(?:and )?(?:you know it|everyone knows it|everybody knows it)(?=\\s*[.!])',
    },
    {
      kind: 'manipulation',
      pattern:
        '(?:we|I) (?:expect|want|demand|need|require) (?:at least )?(?:[4-9]\\d|100) ?% (?:off|discount|lower|less|cheaper)',
    },
    { kind: 'manipulation', pattern: '(?:5|6|7|8|9)\\d ?% (?:off|discount) or|100 ?% (?:off|discount) or' },
    // Insults and contempt.
    { kind: 'insult', pattern: "what(?:'s| is) wrong with you" },
    { kind: 'insult', pattern: '(?:who|what|why|where|how) the (?:hell|heck|fuck)' },
    { kind: 'insult', pattern: `${S}unbelievable(?=\\s*[.!?])` },
    {
      kind: 'insult',
      pattern:
        "(?:the )?worst \\p{L}+(?: \\p{L}+)? (?:I've|I have|I've ever|I have ever|I ever) (?:ever )?(?:seen|read|had)",
    },
    {
      kind: 'insult',
      pattern:
        "someone (?:who|that) (?:actually|really) knows? what (?:they're|they are|he's|she's|he is|she is) doing",
    },
    {
      kind: 'insult',
      pattern: `${YOU_ARE} (?:such )?(?:an? )?(?:(?:complete|total|absolute|utter|fucking|so|really) )?${PERSON_BAD}`,
    },
    {
      kind: 'insult',
      pattern:
        "(?:(?:this|that)(?: (?:\\p{L}+ )?\\p{L}+)?|(?:these|those|your|the) (?:\\p{L}+ )?\\p{L}+|it) (?:is|are|was|were|looks|'s) (?:a |an )?(?:total |complete |absolute |utter |just |frankly |honestly |such a |such an |such )?(?:garbage|trash|rubbish|a joke|a mess|a disaster|amateur hour|embarrassing|a nightmare|a shambles|shit ?show|clusterfuck|dumpster fire|train ?wreck|farce|circus|embarrassment|(?:complete |total )?waste of (?:my |our |everyone's )?time)",
    },
    // Self-deprecation ("sorry for the stupid question", "I'm so dumb") is not an insult.
    {
      kind: 'insult',
      pattern: `(?<!\\b(?:i'm|i am|i was|i feel|me|my) (?:so |really |a bit |a little |kind of )?)${CONTEMPT}(?! (?:question|mistake|of me|on my part))`,
    },
    { kind: 'insult', pattern: '(?:shut up|get lost|piss off|screw you)' },
    // "That's insulting" judges them; "stop insulting me" and "I find that insulting" say how it landed.
    { kind: 'insult', pattern: "(?:is|was|'s|frankly|downright|honestly|simply|quite) insulting" },
    {
      kind: 'insult',
      pattern:
        "(?:I'm|I am|im) not (?:your|ur) (?:babysitter|baby ?sitter|mom|mum|mother|dad|nanny|secretary|personal assistant|servant|maid|teacher)",
    },
    { kind: 'insult', pattern: '(?<!(?:I|we|they|kids|children|you) )grow up(?=\\s*(?:[.!,…]|$))' },
    {
      kind: 'insult',
      pattern:
        "(?:time to|not here to|not going to|won't|refuse to|supposed to|stop) (?:babysit|hand-?hold|spoon-?feed)\\p{L}*|(?:babysit|hand-?hold|spoon-?feed)\\p{L}* (?:you|your \\p{L}+|him|her|them|grown (?:adults|ups))",
    },
    {
      kind: 'insult',
      pattern:
        "if (?:you|u|your team) (?:can't|cannot|can not) (?:handle|cope with|manage|keep up with|do) (?:\\p{L}+ ){0,3}?(?:just |then )?(?:say so|step aside|quit|find (?:another|a different) job)",
    },
    {
      kind: 'insult',
      pattern:
        'what an? (?:(?:absolute|total|complete|utter|fucking|bloody|giant|huge) )?(?:mess|disaster|joke|shit ?show|clusterfuck|farce|circus|train ?wreck|dumpster fire)(?![,.!…]* *(?:sorry|poor you|hope you|hang in))',
      why: 'Calling the work a mess or a joke is a verdict on all of it; they hear contempt and defend instead of fixing the specific problem.',
      suggestion:
        'Name the concrete problem and its effect: "The totals on slide 3 do not match the report."',
    },
    // Blame.
    {
      kind: 'blame',
      pattern: `${YOU} (?:clearly |obviously |just |simply |really |never |still )?(?:don't|do not|didn't|did not|can't|cannot) (?:even )?(?:care|listen|get it|bother|pay attention|understand)`,
    },
    {
      kind: 'blame',
      pattern: `${YOU} (?:clearly |obviously )?(?:didn't|did not|don't|do not|never) (?:even )?(?:read|check|test|look at|think|try)`,
    },
    {
      kind: 'blame',
      pattern: `${YOU} (?:just |simply )?(?:never|don't ever|do not ever) (?:listen|read|care|help|answer|reply|respond|think|check|follow through|pay attention|learn)`,
    },
    {
      kind: 'blame',
      pattern: `${YOU} (?:clearly |obviously )?(?:didn't|did not|haven't|have not) (?:even )?bother(?:ed)? to`,
    },
    {
      kind: 'blame',
      pattern: `${YOU} (?:totally |completely |really )?(?:messed|screwed|fucked|mucked|botched|blew) (?:it |this |that |everything |things |the \\w+ )?up`,
    },
    {
      kind: 'blame',
      pattern: `${YOU} (?:totally |completely )?(?:messed|screwed|fucked|botched|ruined|broke|blew|dropped the ball)(?: (?:it|this|that|everything))?`,
    },
    {
      kind: 'blame',
      pattern:
        "(?:it's|it is|this is|that's|that is|its) (?:all |entirely |completely )?(?:your|ur) (?:fault|mistake|doing)",
    },
    { kind: 'blame', pattern: '(?:your|ur) fault' },
    { kind: 'blame', pattern: 'because of you' },
    {
      kind: 'blame',
      pattern: '(?:throw|threw|thrown|throwing) (?:(?:me|us|him|her|them|the team) )?under the bus',
    },
    {
      kind: 'blame',
      pattern: "(?:this is|that's|that is|is this) how (?:you|your \\p{L}+) treats? (?:us|me|your)",
    },
    {
      kind: 'blame',
      pattern:
        "(?:I'm|I am|we're|we are) (?:honestly |genuinely |frankly |really |quite |absolutely )?(?:appalled|disgusted|horrified|(?:shocked|stunned|baffled|flabbergasted) (?:that (?:you|anyone|your)|you'd|you would|anyone would|how (?:you|anyone)))",
    },
    {
      kind: 'absolute',
      pattern:
        "(?<=\\b(?:your|you're|you are|ur) [^.!?\\n]{0,30}?)(?:wrong|late|broken|missing|incorrect) again",
      why: '"Again" turns one miss into a pattern and a verdict on them; they will defend their record instead of fixing this one.',
    },
    {
      kind: 'blame',
      pattern:
        "(?:this|that|it|these|those) should(?:'ve| have) been (?:caught|tested|checked|done|fixed|sent|flagged|spotted|reviewed|noticed|handled|finished)(?! (?:in|by|with) (?:v\\d|version|release|\\d|the (?:latest|last|new|next)))",
      why: 'Saying what should have happened points at a failure, not at the fix; they defend the past instead of planning the next step.',
      suggestion:
        'Say what you need now and how to catch it next time: "Can we add a check for this to the review list?"',
    },
    {
      kind: 'blame',
      pattern:
        "(?:I have|I've got|I've|we have|we've got) (?:zero|no|little|absolutely no) (?:confidence|faith|trust) (?:left )?in (?:you|your|this|the|them|him|her)",
    },
    {
      kind: 'blame',
      pattern: "(?:that's |this is |that is |so |really )?not cool(?=\\s*(?:[.!,…]|$))",
      why: '"Not cool" is a verdict without the what or why; they hear disapproval and defend instead of fixing it.',
      suggestion:
        'Say what happened and what you need: "Pushing to main skipped review; please open a PR next time."',
    },
    {
      kind: 'blame',
      pattern:
        "I(?:'d| had| would have)? (?:honestly |really |frankly |genuinely )?(?:expected|expect) (?:better|more|a lot more|much more)(?= (?:from|of)|\\s*(?:[.!…]|$))|you should(?:'ve| have)? know(?:n)? better",
      why: '"I expected more" is a verdict on them, not on the work; they hear disappointment in the person and defend themselves.',
      suggestion:
        'Name the gap and what good looks like: "The tests did not cover the refund path; I need that before we merge."',
    },
    {
      kind: 'blame',
      pattern: "(?:this|that|it)(?:'s| is| was) (?:all |entirely )?on (?:you|your team)(?=\\s*(?:[.!,…]|$))",
    },
    {
      kind: 'blame',
      pattern:
        "(?:are you|you're|you are|did you|do you) (?:doing |do )?(?:this|it|that) on purpose|(?:are you|you're|you are) (?:deliberately|intentionally|purposely|purposefully) \\p{L}+",
    },
    {
      kind: 'blame',
      pattern:
        "(?:I'm|I am|im|we're|we are) (?:so |really |just |honestly |absolutely |completely |getting |pretty )*(?:sick|tired|fed up)(?: and tired)?(?: to death)? (?:of|with)|(?:I'm|I am|im|we're|we are) (?:so+|honestly so) (?:done|over) (?:with (?:this|you|your|them|all (?:of )?this)(?![\\p{L}])|it)|(?:I'm|I am|im) (?:so )?over it(?=\\s*(?:[.!,…]|$))|(?:I've|I have|we've|we have) (?:had it (?:with|up to here)|had enough(?: of (?:this|it|you|your|the)|(?=\\s*(?:[.!…]|$))))",
      why: 'Saying you are sick or tired of something vents exasperation at them; they hear contempt and stop listening to the request inside it.',
      suggestion:
        'Name what keeps happening and what would fix it: "This is the third time I have had to chase the update; can we agree on a check-in?"',
    },
    { kind: 'blame', pattern: 'clean(?:ing)? up (?:after you|your mess)|your mess' },
    {
      kind: 'blame',
      pattern: `${YOU} keep (?:on )?(?:ignoring|forgetting|missing|breaking|interrupting|making|skipping|dropping)`,
    },
    { kind: 'blame', pattern: "(?:I'm|I am) not (?:going to )?(?:take|taking) (?:the )?blame" },
    {
      kind: 'blame',
      pattern: "(?:is |it's |it is )?not (?:just |only )(?:mine|my (?:job|problem|responsibility|fault))",
    },
    {
      kind: 'blame',
      pattern: `${YOU} (?:failed|forgot|ignored|neglected) (?:to |my |our |the |it|this|again)`,
    },
    { kind: 'blame', pattern: `did ${YOU} (?:even|actually) (?:read|look|check|try|test|listen)` },
    // Sarcasm.
    {
      kind: 'sarcasm',
      pattern: 'oh,? (?:great|wonderful|perfect|fantastic|brilliant|lovely|joy|good|nice|sure)',
    },
    { kind: 'sarcasm', pattern: 'thanks a lot', needsHostile: true },
    { kind: 'sarcasm', pattern: '(?:thanks|thank you) for nothing' },
    { kind: 'sarcasm', pattern: '(?:good|great|nice|awesome) (?:job|work|going)', needsHostile: true },
    { kind: 'sarcasm', pattern: 'well done', needsHostile: true },
    { kind: 'sarcasm', pattern: 'must be nice' },
    { kind: 'sarcasm', pattern: `${S}news ?flash(?=\\s*[:,!.])` },
    // Scare quotes around what they sent: "thanks for the 'update'".
    {
      kind: 'sarcasm',
      pattern: `(?:thanks|thank you|thx) for (?:the|your|that|this) ["'“‘]\\p{L}+(?: \\p{L}+)?["'”’]`,
    },
    { kind: 'sarcasm', pattern: '(?:you|u|they|he|she|your team) had (?:one|1) job' },
    {
      kind: 'sarcasm',
      pattern:
        "(?:so )?(?:you're|you are) telling me(?= (?:that|nobody|no one|you|we|the|it|this|there|they|our|your))",
    },
    {
      kind: 'sarcasm',
      pattern: `${S}(?:funny|amazing|isn't it funny) how(?=[^.!?\\n]{0,40}(?:only|always|never|nobody|no one|every time|whenever|you|your|suddenly))`,
    },
    {
      kind: 'sarcasm',
      pattern:
        "(?:so |ok so |okay so )?(?:we're|we are|you're|you are) just (?:ignoring|skipping|dropping|forgetting about|pretending|making (?:it|this|things) up)(?=[^.!\\n]{0,60}\\?)",
    },
    {
      kind: 'sarcasm',
      pattern: `${S}(?:great|perfect|wonderful|fantastic|awesome|lovely|nice|brilliant|cool|excellent|love it|love that),? (?:yet )?another (?:\\p{L}+ )?(?:outage|bug|incident|delay|fire|crash|failure|issue|problem|regression|escalation|complaint|excuse|last-minute|missed|meeting|change|reorg)\\p{L}*`,
    },
    {
      kind: 'sarcasm',
      pattern: `(?:(?:I guess|guess|apparently|so) (?:the |our |your )?${RULES} (?:are|is) (?:just )?${OPTIONAL}|${RULES} (?:are|is) (?:apparently|now|clearly|basically) ${OPTIONAL}|${RULES} (?:are|is) ${OPTIONAL} now)(?: now)?`,
    },
    { kind: 'sarcasm', pattern: 'wow,? (?:another|just wow|thanks|great|so helpful)', needsHostile: true },
    { kind: 'sarcasm', pattern: 'yeah,? right' },
    { kind: 'sarcasm', pattern: '(?:what a|big) surprise' },
    { kind: 'sarcasm', pattern: 'surprise,? surprise' },
    { kind: 'sarcasm', pattern: 'how (?:nice|kind|thoughtful|generous) of you to (?:finally|even)' },
    { kind: 'sarcasm', pattern: 'nice of you to (?:finally|show up|join|reply)' },
    {
      kind: 'sarcasm',
      pattern:
        '(?:nice|good|kind|glad|great|lovely) (?:of you|that you|you) (?:to |could |can |decided to |managed to )?(?:finally|eventually)',
    },
    // "Late again, as usual": one miss turned into a pattern.
    {
      kind: 'absolute',
      pattern:
        '(?:late|broken|missing|wrong|delayed|down|forgotten|ignored|nothing|nobody|no one)(?: again)?,? (?:as usual|like always|as always)|(?:as usual|like always|as always),? (?:\\p{L}+ )?(?:nobody|no one|nothing|late|broken|missing|wrong|ignored|forgot|forgotten)',
      why: '"As usual" turns one miss into a pattern and a verdict on them; they will defend their record instead of fixing this one.',
    },
    { kind: 'sarcasm', pattern: '(?:so|very|really|super) helpful', needsHostile: true },
    { kind: 'sarcasm', pattern: 'congrat(?:ulation)?s on (?:breaking|ruining|missing|losing|failing)' },
    { kind: 'sarcasm', pattern: 'genius' },
    // Passive-aggressive.
    {
      kind: 'passive-aggressive',
      pattern: 'per my (?:last|previous|earlier|prior) (?:e-?mail|message|note|mail|slack|comment)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "as (?:I|we)(?:'ve| have)? (?:already |previously |clearly )(?:explained|said|mentioned|stated|noted|pointed out|told you|wrote|written)",
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:as|like) (?:I|we) (?:explained|said|mentioned|stated|told you|wrote) (?:before|earlier|previously|already|twice|last time)',
    },
    {
      kind: 'passive-aggressive',
      pattern: '(?:as )?(?:previously|already) (?:stated|mentioned|explained|discussed|communicated)',
    },
    { kind: 'passive-aggressive', pattern: 'as stated (?:before|previously|earlier|above)' },
    { kind: 'passive-aggressive', pattern: 'with (?:all )?due respect' },
    { kind: 'passive-aggressive', pattern: 'no offen[cs]e,? but' },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:thanks|thank you) for (?:finally|eventually|at last) (?:repl|respond|answer|getting back|get back|showing|show|joining|join|reading|read|looking|look|sending|send|doing|do|taking|responding|acknowledg|calling|call|updating)\\p{L}*',
    },
    {
      kind: 'passive-aggressive',
      pattern: '(?:just )?(?:a )?(?:friendly|gentle) reminder|just a (?:quick )?reminder',
    },
    {
      kind: 'passive-aggressive',
      pattern: "going forward,? (?:please|kindly|I (?:would|'d) appreciate|make sure)",
    },
    {
      kind: 'passive-aggressive',
      pattern: "(?:not sure|I'm not sure|unsure) (?:if|whether) you (?:saw|noticed|read|got)",
    },
    { kind: 'passive-aggressive', pattern: "in case you (?:missed|forgot|didn't see) (?:it|this|my)" },
    { kind: 'passive-aggressive', pattern: "I(?:'m| am) sure you(?:'re| are) (?:very |really )?busy,? but" },
    {
      kind: 'passive-aggressive',
      pattern: 'for the (?:second|third|fourth|fifth|tenth|hundredth|umpteenth|nth|last) time',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:let me|I(?:'ll| will)) (?:repeat|say) (?:this|it|myself) (?:again|one more time|once more)",
    },
    { kind: 'passive-aggressive', pattern: "(?:I'll|I will|let me) spell it out" },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:an apology|a (?:thank you|simple sorry)) would (?:have been|be) (?:nice|great|appreciated)|(?:a (?:heads[- ]up|reply|response|warning)|some (?:notice|warning|communication)) would have been (?:nice|great|appreciated|helpful)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?<=\\b(?:my|our) (?:\\p{L}+ )?)(?:doesn't|don't|does not|do not) (?:matter|count)(?: then| anymore| apparently)?(?=\\s*(?:[.!?…]|$))",
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:just )?like (?:the|my) (?:last|previous) (?:\\p{L}+ )?(?:messages|emails|ones|reminders|pings|requests)',
    },
    {
      kind: 'passive-aggressive',
      pattern: '(?:maybe|perhaps|next time) try (?:actually )?(?:reading|listening)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:I'm|I am) not going to keep (?:ask|chas|remind|follow|ping|beg)\\p{L}*|(?:I|we) (?:won't|will not) (?:keep )?(?:ask|chas|remind|beg)\\p{L}* (?:you )?(?:again|anymore|twice)",
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:when|once) (?:you've|you have|you) (?:actually|finally|bothered to) (?:read|look|check|test|tried|try|listen|open)\\p{L}*",
    },
    { kind: 'passive-aggressive', pattern: 'care to explain' },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:(?:it's|it is|this is|that's|that is) )?not (?:exactly )?(?:rocket science|brain surgery)(?!,? but)",
      why: '"It\'s not rocket science" says they are slow for not getting it; it lands as contempt, not help.',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "why (?:am I|do I|did I|is it that I(?:'m| am)?) (?:only |just )(?:now )?(?:hearing|finding out|learning|being told|told|find out|hear)(?: about)?(?: (?:this|it|that))?(?: now)?|why (?:am I|do I|did I) (?:hearing|finding out|learning|being told|hear|find out) (?:about )?(?:this|it|that) (?:only |just )?now|why (?:wasn't|was not|weren't) (?:I|we) (?:told|informed|looped in|cc'?d)",
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:not sure|no idea|I don't know|I do not know|I wonder|I'm not sure) what part of [^?.!\\n]{1,40}? (?:was|is|were|are) (?:unclear|confusing|hard to understand|so hard)|what part of [^?.!\\n]{1,40}? (?:don't|didn't|do not|did not) (?:you|u) (?:understand|get)",
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:this is )?(?:the |my )?(?:third|fourth|fifth|sixth|tenth|umpteenth|nth|[3-9](?:rd|th)|\\d\\d+th) time (?:I'm|I am|I've|I have|I) (?:ask|remind|chas|request|rais|mention|follow|ping|writ|explain|say)\\p{L}*",
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:do|must|should) I (?:really )?(?:need to|have to) (?:spell (?:it|this) out|explain (?:it|this) again|repeat (?:it|this|myself))',
    },
    {
      kind: 'passive-aggressive',
      pattern: `${S}hel+o+\\?+`,
      why: 'A bare "hello?" after no reply points out that they ignored you; it lands as a reproach, not a nudge.',
      suggestion:
        'Ask again plainly, with the deadline: "Could you look at this by 3pm? I need it for the release."',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "I (?:can't|cannot|can not) believe I (?:have|need|had) to (?:explain|say|repeat|ask|remind|tell|chase|spell)|I shouldn't (?:have|need) to (?:explain|say|repeat|ask|remind|tell|chase)",
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:I've|I have|I) (?:already )?asked (?:you |about this |for this |for it )?(?:three|four|five|six|several|multiple|many|so many|\\d+) times(?! (?:for|about|to) )|asked (?:you )?repeatedly(?! (?:for|about|to) )",
    },
    {
      kind: 'passive-aggressive',
      pattern: '(?:how|why) is (?:this|it|that) (?:so|that) (?:hard|difficult|complicated)',
    },
    { kind: 'passive-aggressive', pattern: 'as you (?:should|ought to) (?:already )?(?:know|be aware)' },
    { kind: 'passive-aggressive', pattern: 'if you had (?:read|bothered|listened|checked)' },
    {
      kind: 'passive-aggressive',
      pattern:
        'maybe if (?:you|your \\p{L}+) (?:had )?(?:read|listened|checked|tested|bothered|paid attention|looked)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:I guess |apparently )?(?:nobody|no one) (?:\\p{L}+ )?(?:reads|listens|checks|cares|cared|bothers|bothered|looks|answers|replies)(?:[^.!?\\n]{0,40} anymore)?',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        "(?:not sure|I don't know|I do not know|I don't understand|I can't see) (?:why|how|what(?:'s| is)?) (?:this|it|that)(?:'s| is)? (?:so )?(?:hard|difficult|complicated)|(?:not sure how |how )?(?:this|it) keeps coming up|how hard (?:can it be|is it)",
    },
    {
      kind: 'passive-aggressive',
      pattern: "(?:just )?don't (?:ask|come to|expect) me (?:to|for|when)(?: [^.!?\\n]{0,30})?",
    },
    // "Is it really that hard to pay on time?": a question that is really a reproach.
    { kind: 'passive-aggressive', pattern: '(?:is|was) it (?:really )?(?:that|so) (?:hard|difficult) to' },
    // Non-apologies.
    {
      kind: 'non-apology',
      pattern: "(?:I'm |I am |we're |we are )?sorry (?:if|that) you (?:felt|feel|were|got|found|took)",
    },
    { kind: 'non-apology', pattern: "(?:I'm |I am )?sorry you (?:feel|felt|see it|took it)" },
    {
      kind: 'non-apology',
      pattern:
        "(?:I'm |I am |we're |we are )?sorry if (?:anyone|anybody|someone|people|you|your team) (?:was|were|got|felt) (?:offended|upset|hurt|inconvenienced|bothered|affected|blindsided|disappointed)",
    },
    {
      kind: 'non-apology',
      pattern: "(?:I'm |I am )?sorry if (?:this|that|it|my \\w+) (?:came across|offended|upset|hurt)",
    },
    // "Sorry, but I can't make 3pm" declines politely; "sorry, but" that cancels an apology is the problem.
    {
      kind: 'non-apology',
      pattern:
        "(?:I'm |I am |we're |we are )?(?:so |very |really )?sorry,? but(?! (?:I|we) (?:can't|cannot|won't be able|will not be able|am not able|'m not able|are not able|'re not able|have to|need to|must|don't think I can|am unable|'m unable))",
    },
    { kind: 'non-apology', pattern: 'I apologi[sz]e(?: if you| if anyone|,? but)' },
    { kind: 'non-apology', pattern: 'mistakes were made' },
    {
      kind: 'non-apology',
      pattern:
        "(?:I'm |I am |we're |we are )?(?:sorry|apologies|apologi[sz]e)[^.!?\\n]{0,60}?,? but (?:(?:honestly|frankly|to be fair|tbh|really|in fairness),? )?(?:(?:you|u|you guys|your (?:team|side|people|company|\\p{L}+)) (?:should(?! (?:have (?:it|them|received|gotten|got|access)|see|get|receive|be able|now))|shouldn't|could have|need(?:ed)? to|have to|had to|(?:were|was)(?! right| correct)|didn't|did not|never|also|too)|it was(?:n't| not) (?:our|my)|it's not (?:our|my)|it is not (?:our|my)|(?:this|that) (?:wasn't|was not|isn't|is not) (?:our|my)|(?:these|such) things happen|(?:stuff|shit|it) happens|if you|had you|nobody|no one)",
    },
    { kind: 'non-apology', pattern: 'sorry for any (?:inconvenience|confusion|trouble),? but' },
    // Dismissive.
    { kind: 'dismissive', pattern: `${S}whatever(?=\\s*(?:[.!,…]|$|\\n))` },
    { kind: 'dismissive', pattern: 'whatever(?=\\s*(?:[.!…]+\\s*)?$)' },
    { kind: 'dismissive', pattern: 'whatever you say' },
    { kind: 'dismissive', pattern: 'calm down' },
    { kind: 'dismissive', pattern: `${S}(?:relax|chill)(?: out)?(?=[,.!])` },
    { kind: 'dismissive', pattern: "(?:that's |it's |that is |it is )?not my (?:problem|issue|concern|job)" },
    {
      kind: 'dismissive',
      pattern: "(?:it's|it is|that's|that is|this is|this isn't|it isn't) (?:not )?(?:such )?a big deal",
    },
    { kind: 'dismissive', pattern: "(?:it's|it is|that's|that is) not (?:that|a) big (?:of a )?deal" },
    { kind: 'dismissive', pattern: '(?:get over it|deal with it|who cares)' },
    { kind: 'dismissive', pattern: `${S}(?:so what|big deal)(?=\\s*(?:[?.!,…]|$))` },
    {
      kind: 'dismissive',
      pattern: `${YOU_ARE} (?:just )?(?:over-?reacting|being (?:too |so |overly )?(?:sensitive|dramatic|emotional))`,
    },
    { kind: 'dismissive', pattern: "don't be (?:so )?(?:dramatic|sensitive|emotional|silly)" },
    { kind: 'dismissive', pattern: 'stop (?:complaining|whining|moaning|crying)' },
    {
      kind: 'dismissive',
      pattern: "I (?:don't|do not|couldn't|could not) care(?! (?:about )?(?:which|either|how you))(?: less)?",
    },
    { kind: 'dismissive', pattern: 'if you say so' },
    { kind: 'dismissive', pattern: "(?:that's|that is|this is) not how any of (?:this|it) works" },
    { kind: 'dismissive', pattern: `${S}can (?:you|u) not\\?` },
    { kind: 'dismissive', pattern: '(?:then )?so be it(?=\\s*(?:[.!…]|$))' },
    { kind: 'dismissive', pattern: 'whatever (?:\\p{L}+ ){0,3}?I guess' },
    {
      kind: 'dismissive',
      pattern:
        "(?:stop|quit) lecturing(?: me)?|(?:don't|do not) lecture me|spare me the (?:lecture|speech|sermon)",
    },
    {
      kind: 'dismissive',
      pattern:
        '(?:do it|have it) (?:your (?:own )?way|however you want)|suit yourself|do (?:whatever|what) you (?:want|like)(?=\\s*(?:[.!,…]|then|$))',
    },
    { kind: 'dismissive', pattern: `${S}(?:oh,? )?give me a break(?=\\s*(?:[.!,…]|$))` },
    {
      kind: 'dismissive',
      pattern: "(?:we're|we are|I'm|I am) done here(?=\\s*(?:[.!…]|$))|this conversation is over",
    },
    {
      kind: 'dismissive',
      pattern: "(?:stop wasting|you're wasting|you are wasting|waste of) (?:my|our) time",
    },
    {
      kind: 'dismissive',
      pattern:
        "(?:that's|that is|it's|it is|this is) (?:not|never) (?:going to|gonna) happen|not happening|out of the question",
    },
    { kind: 'dismissive', pattern: "(?:that's|it's|sounds like) (?:a |an )?(?:you|your) problem" },
    // Demands with pressure.
    { kind: 'demand', pattern: 'no excuses' },
    {
      kind: 'demand',
      pattern:
        '(?:stop|quit) (?:making|giving|with the) excuses|enough (?:with the )?excuses|spare me the excuses|enough is enough',
    },
    {
      kind: 'demand',
      pattern:
        "(?:do|doing) (?:your|ur) (?:(?:damn|fucking|bloody) )?job|(?:that's|that is) (?:literally )?(?:your|ur) job",
      why: '"Do your job" says they are not doing it; it lands as contempt for the person, not as a request.',
    },
    { kind: 'demand', pattern: 'no exceptions' },
    {
      kind: 'demand',
      pattern:
        '(?:stop|quit) (?:pinging|messaging|bugging|spamming|nagging|pestering|harassing|chasing|tagging|calling) (?:me|us)',
    },
    { kind: 'demand', pattern: `${S}(?:just )?drop everything(?= (?:and|to)|[,.!]|$)` },
    {
      kind: 'demand',
      pattern: 'get (?:your|ur) (?:act|shit|stuff) together|pull yourself together|get a grip',
      why: 'Telling someone to get their act together judges them as a person; it gives them nothing to fix and a lot to defend.',
    },
    {
      kind: 'demand',
      pattern: "I (?:don't|do not) (?:want to|wanna) hear (?:it|any (?:excuses|more)|excuses|another excuse)",
    },
    { kind: 'demand', pattern: "I (?:don't|do not) care (?:how|why|what it takes)" },
    { kind: 'demand', pattern: 'period(?=\\s*(?:[.!]+\\s*)?$)' },
    { kind: 'demand', pattern: 'end of (?:story|discussion)' },
    { kind: 'demand', pattern: '(?:this|that) is (?:not a request|an order)' },
    { kind: 'demand', pattern: 'do (?:as|what) I (?:say|said|tell you)' },
    {
      kind: 'demand',
      pattern: `${S}(?:just )?(?:fix|do|send|finish|get|change|sort|handle|stop|answer|reply|call|update|deliver|give|bring|make|submit|redo|correct|remove|delete|revert|approve|pay)\\b[^.!?\\n]{0,40}? (?:now|immediately|right now|right away|at once|this instant|this minute|today,? period)(?![\\p{L}])(?! (?:please|if|or|and|that|so|because))`,
    },
    {
      kind: 'demand',
      pattern:
        'I (?:expect|want|need) (?:this|it) (?:done|fixed|finished|on my desk) (?:now|immediately|right now|today, period)',
    },
    // Absolutes aimed at the person.
    {
      kind: 'absolute',
      pattern: `(?<!\\b(?:do|does|did|will|would|can|could|have|are|were|is) (?:you|your team) (?:\\p{L}+ )?)(?<=\\b(?:${YOU}|${YOU_ARE}|you've|you have|your team) (?:(?:just|also|still|seriously|literally|basically|honestly|really|then|again) )?)(?:always|never|constantly|continually|forever|consistently)(?! (?:know|mind|fail to (?:amaze|impress)|cease to))`,
    },
    { kind: 'absolute', pattern: `(?:every (?:single )?time|each and every time|each time)(?= ${YOU}\\b)` },
    { kind: 'absolute', pattern: 'every single time' },
    { kind: 'absolute', pattern: `(?<=\\b${YOU} [a-z]+(?: [a-z]+)? )(?:all the time|non-?stop|24/7)` },
    // Listed last so they only add findings where nothing above matched.
    {
      kind: 'passive-aggressive',
      pattern:
        'how many (?:more )?times (?:do|must|will|should) I (?:have to |need to )?(?:tell|ask|remind|explain|say)(?: (?:you|this|it))?',
    },
    {
      kind: 'blame',
      pattern:
        '(?:are|were|do|did|have|r) (?:you|u|you guys) even (?:read|reading|listen|listening|look|looking|looked|check|checking|checked|test|testing|tested|try|trying|tried|care|understand|know|think|thinking|open|opened|bother|bothered|paying attention|pay attention|aware|awake|working|qualified|capable|remember)',
      why: 'The "even" turns a question into an accusation that they did not bother; they will defend themselves instead of answering.',
      suggestion: 'Ask the plain question: "Have you had a chance to read the brief?"',
    },
    {
      kind: 'blame',
      pattern: 'what (?:were|are) you (?:even )?thinking(?=\\s*(?:[?!.,]|$))',
      why: '"What were you thinking" questions their judgement, not the decision; they will defend themselves instead of fixing it.',
      suggestion: 'Ask about the decision: "Can you walk me through how we got here?"',
    },
    {
      kind: 'dismissive',
      pattern:
        "(?:seriously|srsly)[!?]*\\?[!?]*(?![!?\\s]*(?:(?:that's|that is|this is|it's|wow|omg|oh),? )?(?:so |such )?(?:an? )?(?:amazing|awesome|great|fantastic|brilliant|wonderful|congrat|wow|omg|yay|cool|nice|good news|love))|(?:are|r) (?:you|u) (?:for real|serious)(?: right now| rn)?(?=\\s*(?:[?!.,…]|$))|you can't be serious|(?:you've|you have|you) (?:got|gotta) (?:to )?be kidding(?: me)?",
      why: 'A bare "seriously?" treats their message or work as absurd; it reads as contempt, not as a question they can answer.',
      suggestion:
        'Say what surprised you and what you need: "I did not expect this. Can we look at what happened?"',
    },
    {
      kind: 'dismissive',
      pattern: 'are you (?:kidding|joking)(?: me)?',
      why: 'Asking whether they are kidding treats their work or message as absurd; it lands as contempt, not a question.',
      suggestion:
        'Say what surprised you and what you need: "I did not expect this. Can we look at what happened?"',
    },
    {
      kind: 'blame',
      pattern:
        "(?:this|that|it)(?: is|'s| was) (?:completely |totally |absolutely |simply |just )?(?:unacceptable|not acceptable)|(?:totally |completely |simply )?(?:unacceptable|not acceptable)(?=\\s*(?:[.!]|$))",
      why: '"Unacceptable" is a verdict, not information; they hear judgement and defend instead of explaining.',
      suggestion:
        'Name the impact and what you need: "This blocked the release, and I need it fixed by Friday."',
    },
    {
      kind: 'insult',
      pattern:
        "(?:(?:this|that|the|your) (?:\\p{L}+ )?\\p{L}+|this|that|it) (?:is|are|was|were|looks|'s) (?:so |really |very |pretty |just )?(?:sloppy|careless|unprofessional|amateurish)",
    },
  ],
  hostile:
    '(?:broke|broken|break(?:ing)?|ruin(?:ed|ing)?|missed|missing|late|again|failed|fail(?:ing)?|wrong|nothing|mess(?:ed)?|ignor(?:e|ed|ing)|forgot|useless|lost|deleted|crash(?:ed|ing)?|no one|nobody|never|another|delay(?:ed)?|wasted?|worst|disaster|outage|downtime|terrible|awful|thanks to you|ridiculous|seriously(?!,? (?:great|good|nice|amazing|awesome|impressive|well done|thanks?|thank you|love))|(?:after|past|missed|blew) (?:the )?deadline|great\\.{2,}|fantastic\\.{2,})',
  shoutWords: (
    'NO NOT NOW YOU YOUR WHY HOW WHAT WHO WHERE WHEN THIS THAT READ STOP NEVER EVER ALWAYS MUST NEED DONT CANT WONT ' +
    'TODAY TONIGHT ANSWER REPLY CALL URGENT DONE FIX FIXED AGAIN STILL ALL EVERY NOTHING NOBODY NONE ME MY MINE ONLY JUST REALLY ' +
    'VERY LISTEN LOOK SERIOUSLY IMMEDIATELY WRONG WOW OMG WTF HELLO HEY ARGH UGH YES HAVE HAS DID DOES ARE WAS WERE WILL'
  ).split(' '),
  cues: [
    // Reproaches without a stock phrase: they hold the reader to account all the same. First in
    // the list, so a common word they start with ("you", "who") is not taken by a general cue.
    // Weights: one clear shape alone makes a typical draft (10–15 words) tense, so 1.4–1.6 for
    // these (the base logit is -1.9 and the length discount about -0.15); 0.9–1.0 for the milder.
    // Their claim, then a contradiction: "you told me it was done. it clearly isn't." The window
    // starts after all the spaces (`(?!\s)`): the same matches, without 80 tries per space.
    {
      pattern:
        "you (?:said|told me|told us|promised|assured me|assured us|claimed)(?= (?!\\s)[^?\\n]{0,80}(?:n't|not|never)(?![\\p{L}]))",
      weight: 1.5,
    },
    // Hunting for whom to blame: "Who approved this?"
    {
      pattern: `${S}who (?:approved|signed off on|decided|changed|broke|deleted|merged|pushed|touched|moved|did) (?:this|that|it)(?= *\\?)`,
      weight: 1.6,
    },
    // A lecture on the next time: "Next time, ask before …"
    {
      pattern: `${S}next time,? (?:ask|check|tell|make sure|run|read|double-check|talk to|think)(?![\\p{L}])`,
      weight: 1.5,
    },
    // An explanation demanded of the room: "Can someone explain why …"
    {
      pattern: '(?:can|could) (?:someone|somebody|anyone) (?:please )?explain (?:to me )?(?:why|how come)',
      weight: 1.5,
    },
    // The same failure again: "the numbers don't add up again".
    {
      pattern:
        "(?:doesn't|don't|isn't|aren't|wasn't|weren't|didn't|won't|hasn't|haven't) (?:\\p{L}+ ){0,2}(?:again)(?![\\p{L}])",
      weight: 1.0,
    },
    // A passed deadline stated flatly: "the deadline was yesterday".
    {
      pattern:
        '(?:deadline was|was due|were due) (?:yesterday|last (?:week|friday|monday|tuesday|wednesday|thursday))',
      weight: 1.0,
    },
    // A short challenge instead of a question: "How does that happen?", "Where is it?"
    {
      pattern: `${S}(?:where|why|how|what) (?:is|was|are|were|does|did|do|can|could) (?:it|that|this)(?: (?:happen|possible|even|now|going))?(?= *\\?)`,
      weight: 1.4,
    },
    { pattern: 'how (?:is|was) (?:that|this|it) (?:even )?possible', weight: 1.4 },
    // Fault placed on their side: "this delay is on your side".
    { pattern: 'on (?:your|their) (?:side|end)(?![\\p{L}])', weight: 0.9 },
    // Their team's failure: "your team dropped the ball".
    {
      pattern:
        '(?:your|their) (?:team|people|guys|side|department|developers|devs) (?:\\p{L}+ )?(?:dropped|missed|broke|messed|forgot|ignored|failed|screwed|blew)',
      weight: 1.5,
    },
    { pattern: '(?:dropped|dropping|drop) the ball', weight: 1.5 },
    // Still waiting: "and I still have nothing".
    {
      pattern:
        "(?:still|yet) (?:have|got|received|heard|see) nothing|still nothing|(?:and|but) (?:I|we) still (?:have|don't|haven't|can't)",
      weight: 1.4,
    },
    // Sarcasm: "I'm not surprised we're behind", "at least pretend to read it".
    { pattern: "(?:I'm|I am|we're|we are) not (?:at all |even )?surprised", weight: 1.5 },
    { pattern: '(?:at least )?pretend (?:to|that you|you)', weight: 1.5 },
    { pattern: 'if this is how you', weight: 1.4 },
    // Refusing outright: "I'm not paying for work that …".
    {
      pattern:
        "(?:I'm|I am|we're|we are|I|we) (?:not|won't|will not|refuse to) (?:going to )?(?:pay|paying|sign|signing|accept|accepting|approve|approving) (?:for|this|that|it|the|any)",
      weight: 1.4,
    },
    // Framing before a verdict: "Just so we're clear, …".
    { pattern: "just so (?:we're|we are|you're|you are) clear|let me be (?:very )?clear", weight: 0.9 },
    // "Again." on its own.
    { pattern: `${S}again(?= *[.!?])`, weight: 0.9 },
    // Having to repeat oneself: "why do I have to keep explaining …".
    {
      pattern:
        '(?:have|need) to keep (?:explaining|reminding|asking|chasing|telling|repeating)|why (?:do )?I (?:have|need) to (?:keep )?(?:explain|remind|ask|chase|tell|repeat)',
      weight: 1.4,
    },
    // General shapes of a complaint (from a held-out batch): a state that is still not there,
    // an expectation that was broken, nobody telling me, being the one who…, "whatever you do".
    {
      pattern:
        "still (?:isn't|is not|aren't|are not|hasn't|has not|haven't|have not|doesn't|does not|don't|do not|won't|can't|not|no)(?![\\p{L}])(?![^.!?\\n]{0,80}(?:I'm|I am|I'll|I will|we're|we'll|looking into|on it|checking|fixing))",
      weight: 1.5,
    },
    { pattern: "(?:was|were|is|are) (?:supposed|meant) to|should(?:'ve| have) been", weight: 1.0 },
    {
      pattern:
        '(?:nobody|no one|no-one) (?:told|informed|asked|answered|replied|checked|tested|noticed|bothered|cared|briefed)(?![^\\n]{0,80}(?:fun|great news|thanks|thank you|nice|cool|glad|happy|no worries|all good))',
      weight: 1.5,
    },
    {
      pattern: "what's so (?:hard|difficult|complicated)|what is so (?:hard|difficult|complicated)",
      weight: 1.4,
    },
    { pattern: 'why (?:am|do|must|should) I (?:the one|always|have to|need to)', weight: 1.4 },
    { pattern: "whatever (?:you're|you are|you|they're|they are) (?:doing|did|think)", weight: 1.0 },
    {
      pattern:
        // Dispatched on "finally" (the subject is a lookbehind): not tried at every "you".
        '(?<=(?:someone|somebody|you|they|he|she) (?:\\p{L}+ )?)finally (?:decided|managed|bothered|got around|answered|replied|showed)',
      weight: 1.4,
    },
    {
      pattern: '(?:two|three|four|five|six|several) (?:days|weeks|months) (?:and|later|now)(?![\\p{L}])',
      weight: 0.9,
    },
    // A one-word "Great." or "Perfect." closing a complaint is sarcasm.
    {
      pattern: `${S}(?:great|perfect|wonderful|fantastic|lovely|awesome|brilliant|nice|super)(?= *[.!]+ *$)(?<=(?:n't|not|nobody|no one|never|nothing)[^\\n]{0,200})`,
      weight: 1.5,
    },
    // The cost they caused: "now I have to explain it to the client".
    {
      pattern:
        '(?:now )?I (?:have|need) to (?:explain|apologi[sz]e|answer) (?:this |it |that )?(?:to|for) (?:the client|the customer|management|the board|my boss|the team)',
      weight: 1.0,
    },
    // Softeners (lower risk).
    {
      pattern: '(?:thanks?|thank you|thx|ty|cheers|grateful|appreciate[ds]?|appreciation|kudos)',
      weight: -0.9,
      signal: 'gratitude',
    },
    { pattern: `${S}please`, weight: 0.1 },
    { pattern: '(?:please|pls|plz|kindly)', weight: -0.55, signal: 'softeners' },
    // "Why would you…" and "How could you…" are challenges, not indirect requests.
    {
      pattern: '(?<!(?:why|how|what|who) )(?:could|would) (?:you|we|it|I|someone|anyone|they)',
      weight: -0.7,
      signal: 'softeners',
    },
    {
      pattern:
        "(?:would you mind|do you mind|if you (?:don't mind|have (?:a (?:moment|minute|chance)|time)|get a chance|can|could)|when you (?:get|have) a (?:chance|moment|minute))",
      weight: -0.6,
      signal: 'softeners',
    },
    { pattern: '(?:can|will) you', weight: -0.35 },
    {
      pattern:
        "(?:I think|I believe|I guess|I suppose|I feel|I wonder|I was wondering|I'm wondering|I'm not sure|I am not sure|not sure|maybe|perhaps|possibly|probably|might|may|seems?|apparently|I suggest|suggest|I'd|I would|kind of|sort of|somewhat|a bit|a little|in my (?:opinion|view)|IMO|IMHO|AFAIK|it looks like|unless I'm|if I understand|I could be wrong|correct me)",
      weight: -0.4,
      signal: 'softeners',
    },
    {
      pattern: `${S}(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings|welcome|howdy)`,
      weight: -0.6,
    },
    {
      pattern: '(?:sorry|apologi[sz]e|apologies|my bad|my mistake|I was wrong|pardon)',
      weight: -0.55,
      signal: 'apology',
    },
    { pattern: `${S}excuse me(?= *\\?)`, weight: 1.6 },
    {
      pattern: "(?:we|us|our|ours|let's|let us|together|both of us|team)",
      weight: -0.25,
      signal: 'sharedPurpose',
    },
    {
      pattern:
        '(?:great|good|nice|excellent|awesome|wonderful|fantastic|interesting|interested|helpful|impressive|well done|good job|nice work|brilliant|cool|love|glad|happy|pleased|welcome|congrat\\w*|best|fine|works|agree|cheers|hope)',
      weight: -0.35,
    },
    {
      pattern:
        "(?:by the way|btw|incidentally|out of curiosity|just curious|I wanted to|I'd like to|I would like to)",
      weight: -0.45,
    },
    {
      pattern:
        '(?:let me know|what do you think|how does (?:that|this) (?:look|sound)|does (?:that|this) (?:work|make sense|help)|from your side|for you\\?|your (?:thoughts|view|take|input)|would work|happy to)',
      weight: -0.5,
    },
    { pattern: `${S}I`, weight: -0.25 },
    { pattern: '(?:help|helping|helpful|assist|assistance|advice|guidance)', weight: -0.3 },
    {
      pattern:
        "(?:am I (?:missing|misunderstanding|misreading|wrong|right)|(?:I'm|I am) not (?:quite |entirely |totally )?(?:sure|certain|clear)|it(?:'s| is) not (?:quite )?clear to me|I (?:assume|suspect|imagine|understand)|if I(?:'m| am) not mistaken|have you (?:tried|considered|looked|checked)|did you try|you (?:may|might) want to)",
      weight: -0.45,
      signal: 'softeners',
    },
    // Hardeners (raise risk).
    {
      pattern: `${S}(?:you|your|ur|u)(?!'d| would| could| might| may)`,
      weight: 0.55,
      signal: 'secondPerson',
    },
    {
      pattern: "(?:you|your|yours|yourself|you're|you've|you'll|ur|u)",
      weight: 0.12,
      signal: 'secondPerson',
    },
    // "Direct start" (Danescu-Niculescu-Mizil et al.): opening on "so/then/and/but" presumes the reply.
    { pattern: `${S}(?:so|then|and|but)(?=[ ,])`, weight: 0.5 },
    { pattern: 'why(?!\\s+not\\s+(?:we|us|let))', weight: 1.1 },
    { pattern: 'how come', weight: 0.9 },
    // "Why did you…", "why not just…": questioning the person's choice, not asking for information.
    {
      pattern:
        "why (?:do|did|would|are|were|can't|don't|didn't|won't|is|does) (?:you|anyone|someone)|why not just|why on earth",
      weight: 0.6,
    },
    { pattern: 'exactly(?= [^.!?\\n]{0,60}\\?)', weight: 0.4 },
    {
      pattern:
        '(?:is there|any) (?:a |any )?(?:good |particular |specific |real )?reason (?:you|why you|for you)',
      weight: 0.9,
    },
    { pattern: "(?:you|do you|don't you) (?:do )?reali[sz]e", weight: 1.0 },
    {
      pattern:
        "(?:at all|what do you (?:want|expect)|I (?:don't|do not) get (?:it|why|the point)|(?:are|am) (?:we|I) supposed to|or not?|or what?|(?:get|got) it?|comprende|capisce)",
      weight: 0.7,
    },
    { pattern: '(?:um+|uh+|huh|er+m*|duh|meh|sigh)', weight: 0.6 },
    // Insistence: demands, overdue, and counting reminders press on the reader's face.
    {
      pattern:
        '(?:expect(?:ed|ing)?|demand(?:ed|ing)?|insist(?:ed|ing)? on|require) (?:payment|immediate|full|a (?:response|reply)|an answer|you|this|it|that)',
      weight: 0.6,
    },
    { pattern: '(?:overdue|past due|outstanding|unpaid)', weight: 0.5 },
    { pattern: '(?:second|third|fourth|fifth|final|last) (?:reminder|notice|request|warning)', weight: 0.8 },
    { pattern: "I (?:don't|do not|can't|cannot) (?:understand|see|fathom) (?:why|how|what)", weight: 0.6 },
    { pattern: '(?:really|even)(?!\\?)', weight: 0.35 },
    {
      pattern:
        "what(?:'s| is| was) (?:the point|the problem|the issue|your problem|your issue|going on with|up with|the deal)",
      weight: 1.3,
    },
    { pattern: 'what (?:the )?(?:hell|heck|fuck|on earth)', weight: 1.5 },
    {
      pattern:
        '(?:are|were) you (?:serious|kidding|joking|sure|aware|even|actually|really|trying|saying|suggesting|accusing|telling me|out of)',
      weight: 0.9,
    },
    {
      pattern: '(?:did|do|have|does|can|could|would) you (?:even|actually|really|honestly|seriously|ever)',
      weight: 0.9,
    },
    {
      pattern:
        "(?:don't|didn't|can't|won't|aren't|isn't|wasn't|haven't|hasn't|shouldn't|wouldn't|couldn't|doesn't) (?:you|it|this|that|there|they|he|she)(?= [^.!\\n]{0,80}\\?)",
      weight: 0.55,
    },
    {
      pattern: "(?:you|you've|you have|you're) (?:don't|didn't|can't|won't|haven't|aren't|never|not)",
      weight: 0.45,
    },
    {
      pattern: "you (?:don't|didn't|can't|won't|haven't|aren't|never|have not|did not|do not|are not)",
      weight: 0.45,
    },
    { pattern: '(?:seriously|honestly|frankly|obviously|clearly|apparently you|evidently)', weight: 0.75 },
    {
      pattern:
        '(?:actually|in fact|the fact is|the fact that|of course|surely|certainly|definitely|no doubt)',
      weight: 0.45,
    },
    { pattern: '(?:really|even)\\?', weight: 0.8 },
    // "Direct question" is a wh-question; yes/no questions ("Is A a global?") are not (same study).
    {
      pattern: `${S}(?:what|who|where|which|how|when)(?= [^.!?\\n]{0,60}\\?)(?![^.!?\\n]{0,60}(?:would|could|might|we |us |our |think|help|suggest|recommend|advice|please|thanks|thank|idea))`,
      weight: 0.3,
    },
    {
      pattern:
        "(?:wrong|bad|worse|worst|mistake|mistaken|nonsense|silly|lie|lies|lying|liar|false|fake|rude|offensive|insult\\w*|accus\\w+|attack\\w*|blame\\w*|vandal\\w*|troll\\w*|spam\\w*|censor\\w*|bias\\w*|agenda|hypocri\\w+|ridicul\\w+|stupid|dumb|idiot\\w*|pointless|useless|waste|wasted|ignore[ds]?|ignoring|disrupt\\w*|abus\\w+|complain\\w*|mess|unacceptable|annoy\\w*|quit|refuse[ds]?|threat\\w*|hell|damn|crap|shit|fuck\\w*|never|nothing|nobody|no one|doesn't make sense|makes no sense|no idea|no reason|no point|what gives|again|anymore|still)",
      weight: 0.35,
    },
    {
      pattern: `${S}(?:stop|don't|do not|quit|read|look|learn|check|fix|explain|tell|give|answer|leave|get|go|cut|keep|try not|never|remove|undo|revert|grow up|give me|show me)(?![\\p{L}])`,
      weight: 0.55,
    },
  ],
};
