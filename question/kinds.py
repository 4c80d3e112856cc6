"""What kind of answer a question asks for (question.model.AnswerType), and a second question
joined on to it by "and"."""

from __future__ import annotations

import re

from question.model import REQUIRED, AnswerType

# The kinds of organisation a question may ask for by name ("which charity runs it?").
ORGANISATIONS = (
    r"company|companies|supplier|provider|contractor|bidder|charity|charities|firm|university|"
    r"uni|college|agency|trust|housing association"
)

# The verbs that end a "which <body>" phrase: "which district councils *are* expected to ...".
AUXILIARIES = r"are|is|was|were|has|have|had|do|does|did|will|would|can|could|should|must|may"

_RULES: list[tuple[AnswerType, re.Pattern[str]]] = [
    # "What does 'sponsor' mean?", "for the quorum, what counts as a housing member?": a meaning
    # asked in so many words, whatever the term names (a role, a measure); unless a count is.
    (
        AnswerType.DEFINITION,
        re.compile(
            r"^(?!.*\bhow (many|much)\b).*(\bwhat (does|do|did) .+ (mean|stand for)\b"
            r"|\bstands? for\b|\bwhat counts? as\b|\bdefinition of\b|\bmeaning of\b"
            r"|\b(mean|meant) by\b)",
            re.I,
        ),
    ),
    # "Why was the launch delayed?" asks for a reason, whatever else it names ("the chair").
    (AnswerType.REASON, re.compile(r"\b(why|how come)\b|\bwhat (led to|caused)\b", re.I)),
    (AnswerType.FREQUENCY, re.compile(r"\bhow (often|frequently)\b|\bfrequency\b", re.I)),
    # "When was the plan approved?", "on what date did the board agree it?": the decision
    # names the event whose date is asked.
    (
        AnswerType.DATE,
        re.compile(
            # "When the strategy says X, what does it mean?": a "when" before a subject opens a
            # clause, not a question about a date.
            r"^\s*((from|by|since|until|till) )?when\b"
            r"(?!\s+(?:the|a|an|our|this|that|these|those|we|you|they|people|staff|it|i)\b)"
            # "When X approved the plan, how many others were?": the question follows the clause.
            r"(?![^?]*,\s*(?:who|whom|what|which|how|where|why)\b)"
            r"|\b(what|which) (date|year|month|day)\b"
            r"|\bhow long ago\b|\bdeadline\b",
            re.I,
        ),
    ),
    (
        AnswerType.DECISION,
        re.compile(r"\b(resolv\w*|decid\w*|decision|agreed?|approv\w*|vote[ds]?)\b", re.I),
    ),
    (
        AnswerType.PERSON,
        re.compile(
            # "and whose idea was that?": a follow-up's opening "and" hides its "who".
            r"^\s*((and|so|then|but|also),? )?(who|whom|whose)\b"
            # "in the 2018 plan, who owned ...?": the ask may follow a leading phrase.
            r"|[,;:–-]\s*(who|whom|whose)\b"
            # "Who owns it?" asks who; "did Northtown get it on its own?" does not ("its own").
            r"|\b(responsib\w*|owns|(?<!its )(?<!their )(?<!our )(?<!your )(?<!his )(?<!her )own|"
            r"owned|owner|leads?|leading|in charge|contact|"
            r"chairs?|chaired|chairing|accountable|which (body|board|organisation|partnership|"
            r"officer|team|councillor|member|director|"
            rf"{ORGANISATIONS})|presented|sponsor|signed(?! up))\b"
            # "Is there anyone on the X side?", "does anybody look after Y?": a person is asked
            # for, not whether one exists ("can a member send someone?" asks a yes or no).
            r"|\b(?:is|are) there (?:any|some)(?:one|body)\b"
            rf"|^\s*(?:{AUXILIARIES}) (?:any|some)(?:one|body)\b"
            # "which district councils are ...?", "which local authority will ...?": a body named
            # after its description, the verb after it saying the body is what is asked.
            r"|\bwhich (?:[a-z-]+ ){0,2}?(?:bod(?:y|ies)|boards?|organisations?|partnerships?|"
            r"teams?|councils?|authorit(?:y|ies))"
            rf"(?=\s+(?:{AUXILIARIES})\b|\s*[?,.]|\s*$)",
            re.I,
        ),
    ),
    # "What were the three aims?", "which are the 6 top priorities?": a count of things named in
    # the plural asks for the things, not a figure ("the five targets" are five targets).
    (
        AnswerType.LIST,
        re.compile(
            r"^\s*(?:and\s+|so\s+)?(?:what|which)(?:'re|\s+(?:are|were))\s+(?:the\s+)?"
            r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?"
            r"[a-z-]+[^su'\s]s\b",
            re.I,
        ),
    ),
    (
        AnswerType.NUMBER,
        re.compile(
            r"\bhow (many|much)\b|\b(percent\w*|proportion|rate|figure|number of|cost|budget|"
            r"target|share|amount|numbers|quorum|prevalence|uptake)\b|%|£",
            re.I,
        ),
    ),
    # "Which schools are in the pilot?", "which additions to the board were in the draft?",
    # "which pledges are rated red?": things of one kind, named in the plural; "what grants
    # make up the parks fund?", "what topics is the play plan built around?" the same with
    # "what", where a verb must follow the plural ("what happens ..." is none).
    (
        AnswerType.LIST,
        re.compile(
            r"^\s*(?:and\s+|so\s+)?which\s+(?:[a-z-]+\s+){0,2}?"
            r"(?!(?:has|was|does|is|this|its|his)\b)[a-z-]+[^su'\s]s\b"
            r"|^\s*(?:and\s+|so\s+)?what\s+(?:[a-z-]+\s+){0,2}?"
            r"(?!(?:has|was|does|is|this|its|his)\b)[a-z-]+[^su'\s]s\s+"
            r"(?:are|were|do|does|did|is|have|had|will|would|can|could|make|made)\b",
            re.I,
        ),
    ),
    # What a strategy promised: "what have we committed to on air quality?", "any pledge on X?".
    # "The strategy said it would X - has it?" reports a commitment in other words.
    (
        AnswerType.COMMITMENT,
        re.compile(
            r"\b(commit\w*|promis\w*|pledg\w*)\b"
            r"|\bsaid (it|we|they)(?:'d| would| will)\b|\bsaid it'd\b",
            re.I,
        ),
    ),
    # What a board made of an item, asked without the word "decide".
    (
        AnswerType.DECISION,
        re.compile(
            r"\b(land(ed)? on|ask(ed)? for|want(ed)? anything|conclu\w+|outcome of)\b", re.I
        ),
    ),
    (
        AnswerType.DEFINITION,
        # "What is the new forum going to focus on?" asks what it will do, not what it is.
        re.compile(
            r"\b(stand for|stands for|mean|meaning|defin\w*|counts? as)\b"
            r"|\bwhat (?:(?:actually|exactly|precisely) )?is (a|an|the)?\b"
            # "What is the new service called?" asks its name.
            r"(?!.*\b(going|doing|happening|planned|planning|due|expected|called)\b)",
            re.I,
        ),
    ),
    (
        AnswerType.LIST,
        re.compile(
            r"\b(list|what (?:are|were)|which (?:are|were)|name the|priorities|outcomes|goals|"
            r"values)\b",
            re.I,
        ),
    ),
    (
        AnswerType.YES_NO,
        re.compile(r"^\s*(is|are|does|do|did|was|were|has|have|had|can|will|should)\b", re.I),
    ),
]

# "Who gets priority for home adaptations?", "who is the new grant aimed at?", "who will
# support be prioritised for?" ask which residents, not which officer or body.
_BENEFICIARIES = re.compile(
    r"^\s*who\s+(gets?|can|could|is eligible|are eligible|qualif\w+|benefits?|will benefit|"
    r"is entitled|are entitled|is prioritised|are prioritised)\b"
    r"|^\s*who\b.*\b(for|aimed at|targeted at)\s*\?*\s*$"
    # "Who's most affected?", "who is at risk?": which group of residents.
    r"|^\s*who(?:'s|’s| is| are)?\s+(?:most |more |worst |hardest |least )?"
    r"(?:affected|at (?:\w+ )?risk|likely to|vulnerable|hit)\b",
    re.I,
)
# A name in title case inside the question ("Open Door Plus", "Healthy Homes Fund") says what
# the question is about, not what kind of answer it wants.
_TITLED_NAME = re.compile(r"(?<=\w[\s'‘’\"])[A-Z][\w&-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w&-]*)+")


# "What's the leisure budget for 2026/27?": what the sum of money is, the money word ending
# the thing asked about ("what's the plan for the grant?" asks for a plan).
_SUM_ASKED = re.compile(
    r"^\s*what(?:'s| is| was| were| are| will be)\s+(?:(?:the|our|their|its)\s+)?"
    r"(?:(?!(?:for|of|in|on|about|with|to)\b)[\w/-]+\s+){0,4}?"
    r"(?:grant|budget|cost|costs|funding|spend|allocation|price|fee|fees|rent|rents)\b",
    re.I,
)


# "Has any district council signed the charter?": a question opening with its verb names who
# signs; it asks whether they have, not for a name.
ASKS_IF_SIGNED = re.compile(rf"^\s*(?:{AUXILIARIES})\b.*\bsign(?:ed)?\b", re.I)


_OPENING = re.compile(
    r"^\s*(?:and|so|but|also|then|ok(?:ay)?)\b[\s,]*"
    # "Can someone explain ...?", "could you tell me ...": a request, not a question about a
    # someone; what follows says what is asked.
    r"|^\s*(?:(?:can|could|would|will) (?:some|any)(?:one|body|you) |please )(?:please )?"
    r"(?=explain|tell me|clarify|remind me|confirm|let me know|say)",
    re.I,
)
# Words joined by slashes name items side by side ("the plant / tend / prune thing",
# "red/amber/green"): what is asked about, not what kind of answer is wanted.
SLASHED_ITEMS = re.compile(r"\b[a-z][a-z'’-]+(?:\s*/\s*[a-z][a-z'’-]+)+\b", re.I)


def without_opening(question: str) -> str:
    """The question without an opening that asks nothing, a follow-up's "and" ("and when is it
    due?") or a request's "can someone" ("can someone explain ..."): rules reading what is asked
    from the question's start read past it."""
    return _OPENING.sub("", question, count=1)


def answer_type(question: str) -> AnswerType:
    if _BENEFICIARIES.search(question):
        return AnswerType.OTHER
    # "And when is it due?", "so is it still open?": a follow-up's opening word asks nothing.
    asked = without_opening(SLASHED_ITEMS.sub("X", _TITLED_NAME.sub("X", question)))
    for kind, pattern in _RULES:
        if pattern.search(asked):
            if kind is AnswerType.PERSON and ASKS_IF_SIGNED.search(asked):
                # "Has any council signed it yet?" asks whether, of signers it names itself.
                return AnswerType.YES_NO
            return kind
    # "What's the leisure budget for 2026/27?" asks for a sum, as "how much" would.
    if _SUM_ASKED.search(question):
        return AnswerType.NUMBER
    return AnswerType.OTHER


# "When is it due back, and from whom?": a second question joined on by "and".
_SECOND_ASK = re.compile(
    r"(?:,\s*|\s)and\s+((?:by |from |since |until )?(?:who|whom|whose|when|how often|how many|"
    r"how much)\b.*)$",
    re.I,
)


def second_ask(question: str) -> tuple[str, AnswerType] | None:
    """A second question joined on by "and", with the kind of answer it asks for, when that
    kind differs from the first question's and must be present (a name, a date, a figure)."""
    found = _SECOND_ASK.search(question)
    if not found:
        return None
    clause = found.group(1)
    kind = answer_type(re.sub(r"^(by|from|since|until) ", "", clause, flags=re.I))
    if kind not in REQUIRED or kind is answer_type(question[: found.start()]):
        return None
    return clause, kind
