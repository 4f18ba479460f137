"""Generic subjects (negative evidence): a face, look or beauty type that is nobody in
particular ("random merged face", "Korean beauty mix", "Nordic doll likeness"), or a persona
its maker says is fictional or AI-made ("not a real person", "AI influencer character")."""

from __future__ import annotations

import re
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import folded_description, tags_of, view
from dfaudit.detect.names import blended_names, find_names, first_name
from dfaudit.detect.text import LiteralGate, PatternStarts, StartFinder, fold, search_starts
from dfaudit.detect.vocab import (
    MODEL_WORDS,
    NATIONALITY_WORDS,
    TYPE_DECORATION_WORDS,
    fame_type_of_person,
    type_of_person,
)

_NOT_REAL = re.compile(
    r"\b(?:not (?:a |an |any )?(?:real|specific|single|particular|actual) (?:person|people|woman|"
    r"man|girl|human|individual|idol|celebrity|actress|actor)|no (?:single|specific|particular|"
    r"real) (?:person|individual|face|idol|celebrity|actress|actor)|"
    r"fictional (?:person|persona|woman|man|girl|model|influencer)|"
    r"(?:does not|doesn't|don't|do not) (?:exist|depict|represent)|"
    r"(?:many|several|multiple|different|generated|random|merged|averaged|mixed) "
    r"(?:different )?(?:generated )?faces|ai[- ](?:generated )?(?:influencer|model|persona|"
    r"character|girl|woman)|virtual (?:influencer|model|persona)|original character|"
    r"not (?:based on|modeled on|modelled on) (?:a |any )?(?:real|specific|anyone|anybody)|"
    # "not trained on any particular person", "not trained on a real woman"
    r"not trained on (?:a |an |any |one )?(?:real|specific|single|particular|actual) "
    r"(?:person|people|woman|man|girl|face|individual)|"
    r"avoid (?:looking|resembling) like (?:anyone|a real))\b"
)
# A face blended from many faces, generated or random ("a mix of 200 generated faces",
# "merged from random faces", "averaged faces").
_MANY_FACES = re.compile(
    r"\b(?:(?:mix|blend|merge|average|composite|amalgam) of (?:\d+ |many |several |multiple "
    r"|different |random |generated |synthetic ){1,3}faces|(?:many|several|multiple|different|"
    r"generated|random|merged|averaged|mixed|synthetic) (?:different )?(?:generated )?faces)\b"
)
_LOOKS_LIKE_NO_ONE = re.compile(
    r"\b(?:may|might|could) (?:look like|resemble) (?:someone|somebody|anyone)(?: you know)?"
    r"(?: in real life)?,? but (?:it|she|he|this) (?:is not|isn't|is no one)\b"
)
# Boilerplate that many uploads of real people carry as well ("fictional character, any
# resemblance to real persons is coincidental"): weighed apart, as a much weaker cue.
_DISCLAIMER = re.compile(
    r"\b(?:resembl\w* (?:to |with )?(?:any )?(?:real|actual|existing) (?:persons?|people|"
    r"individuals?)|coinciden(?:tal|ce)|purely fictional|"
    # "she is a totally fictional character": said of real people's uploads and of roles
    r"(?:(?:is|are) (?:a )?(?:totally |purely |completely |entirely )?)?fictional characters?|"
    r"no real (?:persons?|people|humans?) (?:was|were|is|are)|not intended to (?:depict|"
    r"represent|resemble))\b"
)
# A persona its maker invented: a consistent character, an OC, a person who never existed.
# Stronger than "not a real person" alone: it says where the face came from.
_PERSONA = re.compile(
    r"\b(?:consistent (?:character|face|person|persona)s?|custom (?:\w+ )?(?:characters?|"
    r"personas?)|(?:original|oc) characters?|characters? (?:i|we) (?:designed|created|made|"
    r"invented)|(?:i|we) (?:designed|created|made|invented) (?:this|her|him) (?:as a )?"
    r"(?:character|persona)|(?:person|woman|girl|man|lady) (?:who|that) (?:does not|doesn't|"
    r"didn't|did not|never) exist\w*|(?:she|he) (?:didn't|did not|doesn't|does not|never) exist"
    r"\w*|(?:is|was) (?:a |an )?(?:fake|made[- ]up|invented) (?:\(?ai|person|woman|girl|model|"
    r"character|persona|face)|made[- ]up (?:person|character|woman|girl|face)|is an? oc\b"
    # "AI-generated virtual idol", "a virtual singer", "fully synthetic face": a persona made
    # by a machine (not "not AI-generated", said of real photos)
    r"|(?<!not )(?<!no )(?:ai[- ](?:generated|made|created) )?virtual (?:idol|singer|"
    r"human|girl|woman|celebrity|star)s?\b"
    r"|(?<!not )(?<!no )(?<!the )(?<!avoid )(?<!less )(?<!not an )(?<!not a )"
    r"(?:ai[- ](?:generated|made|created)|fully synthetic|entirely synthetic|"
    r"synthetic) (?:idol|face|person|woman|girl|human|identity|singer|"
    # neg11: "my AI-generated model for my Instagram page"
    r"(?:instagram |fashion |photo )?model)s?\b"
    # "a 24-year-old AI influencer", "our virtual influencer", "fictional persona", a persona's
    # "backstory": an influencer or a persona its maker made up (not "not an AI influencer")
    r"|(?<!not )(?<!no )(?<!not a )(?<!not an )(?:ai|virtual|digital)[- ](?:generated |made |"
    r"created )?(?:influencers?|personas?|characters?|it girl|content creator)\b"
    # (not one made from a real person: "an AI influencer that looks like …", "based on …")
    r"(?! (?:that|who|which) (?:looks?|resembles?)\b| (?:based|modell?ed) on\b| (?:version|"
    r"clone|twin|copy) of\b)"
    r"|(?<!not )(?<!not a )fictional (?:persona|influencer)s?\b|\bback ?story\b"
    # neg18: "this person does not exist" (the site's name, spaced or run together), "an AI
    # girlfriend", "a digital human", "made from 100 % generated images", "trained on
    # synthetic images only" (not "generated images of <Name>", a real person's)
    r"|\bthis ?(?:person|woman|girl|man|face) ?(?:does ?not|doesn'?t) ?exists?\b"
    r"|(?<!not )(?<!not an )(?<!not a )\b(?:ai|virtual|digital)[- ](?:girlfriends?|boyfriends?|"
    r"wife|wives|waifus?|humans?)\b(?! (?:of|that looks?|who looks?|based on)\b)"
    r"|\b(?:made|trained|created|built) (?:from|on|with) (?:\d{1,3} ?% |only |purely |entirely "
    r"|fully )?(?:ai[- ])?(?:generated|synthetic) (?:images|pictures|photos|faces|data)"
    r"(?: only)?\b(?! of\b)"
    # "the VTuber idol unit", "a VTuber avatar": a drawn or 3D avatar's persona
    r"|\bv-?tuber (?:idol |girl )?(?:units?|groups?|avatars?|models?)\b"
    # neg11: "<Name> is a virtual YouTuber": an avatar's persona
    r"|\b(?:is|was) (?:a|an|the) (?:[a-z-]+ ){0,2}(?:virtual youtuber|vtuber|v-tuber|virtual "
    r"streamer)\b"
    # neg11: "my D&D character", "my webcomic's character", "OC LoRA:", "my OC": a character
    # of the uploader's own story or game (not "my favourite character", a work's)
    r"|\bmy (?:own )?(?:d&d|dnd|tabletop|ttrpg|rpg|pathfinder|campaign|webcomic|comic|novel|"
    r"book|story|fantasy|sci-fi|original|oc)(?:'s)? (?:characters?|heroine|hero|protagonist)\b"
    r"|(?:^|\b)(?:my )?oc (?:lora|locon|model|embedding)\b|\bmy ocs?\b|\ban? ocs? of (?:mine|"
    r"ours)\b)"
)
# neg19: "not a specific person", "a generic face", "not a real person", "a fictional person" in
# Chinese, Japanese and Korean (a real person's page says none of them of its subject)
SCRIPT_DENIALS = (
    "不是特定人物", "非特定人物", "并非特定人物", "並非特定人物", "不是特定的人", "不是真人",
    "非真人", "并非真人", "並非真人", "不是真实人物", "非真实人物", "虚构人物", "虛構人物",
    "通用脸", "通用臉", "大众脸", "大眾臉", "特定の人物ではありません", "特定の人物ではない",
    "実在しない", "実在の人物ではありません", "架空の人物",
    "特定の人物を再現したものではありません", "특정 인물이 아닙니다", "특정 인물이 아님",
    "실존 인물이 아닙니다", "실존하지 않는", "가상 인물", "가상의 인물",
)  # fmt: skip
SCRIPT_DENIAL_HEAD = 300


def _script_denial(head: str) -> str:
    """The script denial of a description's head (:data:`SCRIPT_DENIALS`), or ""."""
    text = head[:SCRIPT_DENIAL_HEAD]
    return next((word for word in SCRIPT_DENIALS if word in text), "")


# neg19: an ethnicity's look as a tool or a mix ("ethnicity helper", "ethnic look slider",
# "face shape + skin tone"), in the title or the description's head
_ETHNIC_TOOL = re.compile(
    r"\bethnic(?:ity|ities)? (?:look )?(?:helpers?|sliders?|mix(?:er)?|blend(?:er)?|tweakers?|"
    r"controls?|adjusters?|shifters?)\b"
    r"|\b(?:face shape|skin tone) ?(?:\+|and|&) ?(?:face shape|skin tone)\b"
)
ETHNIC_HEAD = 300


def _ethnic_tool(name: str, head: str) -> re.Match[str] | None:
    """The phrase that makes an ethnicity's look a tool, in the title or the head, or None."""
    for text in (name, head[:ETHNIC_HEAD]):
        if "ethnic" in text or "skin tone" in text:
            found = _ETHNIC_TOOL.search(text)
            if found is not None:
                return found
    return None


# neg19: "OC" as a word of a title ("<Name> (OC)", "OC: <Name>", "<Name> | OC v2"): an original
# character (the title is short; "oc" stands alone between brackets, separators or its ends)
_OC_TITLE = re.compile(r"(?:^|(?<=[\s(\[|:,/-]))ocs?(?=$|[\s)\]|:,/-])")
PERSONA_TITLE_HEAD = 120


def _persona_title(name: str) -> re.Match[str] | None:
    """The persona declaration of a folded title (``_PERSONA`` or "OC" as a word), or None."""
    name = name[:PERSONA_TITLE_HEAD]
    if "oc" in name:
        found = _OC_TITLE.search(name)
        if found is not None:
            return found
    return _PERSONA_STARTS.search(name) if _PERSONA_GATE(name) else None


PERSONA_SAID = "generic:persona_said"
FACE_GENERATOR = "generic:face_generator"  # read by the combiner (combiner.NO_ONE_MARKS)
_PERSONA_TAGS = frozenset(
    {"consistent character", "original character", "nobody", "ai model", "ai influencer",
     "virtual influencer", "ai persona", "fake person", "made up person"}
)  # fmt: skip
_PERSONA_STARTS = PatternStarts(_PERSONA)  # tried only where a match can begin (perf13)
_GENERIC_NAME = re.compile(
    r"\b(?:random|generic|average|averaged|mixed|merged|beautiful|pretty|cute|perfect|"
    r"ideal|face|faces|look|looks|beauty|doll|ethnic|ethnicity|mix|blend|"
    r"ai (?:influencer|model|girl)|fictional|persona|oc|virtual|consistent)\b"
    # a doll look run into a word: "Lovedoll likeness", "dolllikeness" (not "Dolly")
    r"|doll(?!y)"
)
# The features of a kind of face in a title: "Brazilian features helper", "Asian facial
# features" (a named person's features are read as her name: "Anna Kowal facial features").
_KIND_FEATURES = re.compile(
    r"\b(?:facial|face|ethnic|"
    + "|".join(sorted(NATIONALITY_WORDS, key=len, reverse=True))
    + r") (?:facial )?features\b"
)
# A name that is only a kind of person: "Tokyo Girl", "Sports Girl", "Handsome man", "Oppa".
_KIND_OF_PERSON = re.compile(
    r"(?:[a-z]+ ){0,2}(?:girl|girls|woman|women|man|men|boy|boys|lady|ladies|guy|guys|oppa|"
    r"unnie|noona|beauty|beauties)"
)
FACE_WORDS = frozenset({"face", "faces"})
# A doll look in a trigger word, spaced or run together ("dollstyle", "doll likeness"; not
# "dolly", "dollar").
_DOLL_TRIGGER = re.compile(r"doll(?:[ _-]?(?:style|likeness|look|face))")
_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A kind of person run into one word: "wuxiagirl", "catgirl", "hotwife" (the part before it at
# least three letters, so "Tangirl" … is read by the name tables first).
_KIND_RUN_TOGETHER = re.compile(r"[a-z]{3,12}(?:girls?|boys?|woman|women|guys?|ladies|lady)")

# What may follow such a kind of person in a title ("Catgirl in her room"), and nothing else.
SCENE_WORDS = frozenset(
    {"in", "on", "at", "her", "his", "the", "a", "room", "bed", "bedroom", "home", "house",
     "beach", "city", "office", "school", "garden", "street", "park", "pool"}
)  # fmt: skip


def _kind_only(bare: str) -> bool:
    """Whether a bare folded title is only a nationality ("korean") or opens on a kind of person
    run together ("wuxiagirl", "catgirl in her room") that is no first name."""
    words = bare.split()
    if all(w in NATIONALITY_WORDS for w in words):
        return True
    head = words[0]
    return bool(
        all(w in SCENE_WORDS for w in words[1:])
        and _KIND_RUN_TOGETHER.fullmatch(head)
        and first_name(head) is None
        and not find_names(bare)
    )


_LETTER_RUNS = re.compile(r"[a-z]{3,}")
# words a trigger or a file name holds beside the title's own: model, file and look words
_OTHER_FIELD_WORDS = MODEL_WORDS | TYPE_DECORATION_WORDS | {"safetensors", "ckpt", "photo"}
FILE_NAME_HEAD = 120
DESCRIPTION_NAME_HEAD = 600


def _named_elsewhere(record: object) -> bool:
    """Whether the description names people (a blend's recipe), or a trigger word or a file
    name holds a word the title does not ("photo of arjunthekkedath" beside "Singer face v1"):
    a name the title's look words describe (neg18, the guard of
    :func:`vocab.fame_type_of_person`)."""
    description = view(record).description[:DESCRIPTION_NAME_HEAD]
    if blended_names(description) or any(
        found.capitalised and len(found.words) >= 2 for found in find_names(description)
    ):
        return True
    title = set(_LETTER_RUNS.findall(view(record).name_folded))
    files = tuple(getattr(record, "file_names", ())[:6])
    others = (*view(record).trained_folded[:6], *(fold(f[:FILE_NAME_HEAD]) for f in files))
    for text in others:
        for word in _LETTER_RUNS.findall(text):
            if (
                word not in title
                and word not in _OTHER_FIELD_WORDS
                and not any(word.startswith(t) or t.startswith(word) for t in title)
            ):
                return True
    return False


def _kind_of_person_face(name: str) -> bool:
    """Whether a folded name is a kind of person and a face word ("asian girl face v3"): a
    kind of face, where "Jenna face" is one person's."""
    bare = " ".join(w for w in _NAME_DECORATION.sub(" ", name[:80]).split() if w not in FACE_WORDS)
    return bool(bare and _KIND_OF_PERSON.fullmatch(bare) and first_name(bare.split()[0]) is None)


NAMED_LOOK_SCORE = -0.25  # blend or look words beside a name the tables know
BLEND_WORDS = FACE_WORDS | {"mix", "blend", "merged", "merge"}
NOT_LOOK_WORDS = FACE_WORDS | {"fictional"}
NAMED_LOOK_WORDS = BLEND_WORDS | {"cute", "pretty", "beautiful", "perfect", "look", "looks"}
_INITIALS = re.compile(r"\s*[A-Z]{2,3}\b")
_NAME_DECORATION = re.compile(r"\b(?:lora|locon|lycoris|ti|embedding|v\d+(?:\.\d+)?)\b|[^a-z ]")
_GENERIC_TAGS = frozenset(
    {"ethnicity", "ethnic", "face", "faces", "beauty", "beautiful", "mix", "ai influencer", "oc"}
)
# "celia_ai", "keira-ai": a persona's trigger word marked as AI-made.
# Fixed-width on both sides, so the search is linear in the trigger's length.
_AI_TRIGGER = re.compile(r"[a-z]{3}[_-]ai\b|\bai[_-][a-z]{3}", re.IGNORECASE)
_TRIGGERS = (
    "not ", "no ", "fictional", "faces", "ai", "virtual", "original", "avoid", "resembl",
    "coinciden",
)  # fmt: skip
# Substrings one of which every persona phrase holds (a cheap gate before the pattern).
_PERSONA_TRIGGERS = ("consistent", "custom", "character", "exist", "fake", "made-up", "made up",
                     "invented", " oc", "virtual", "synthetic", "ai-generated", "ai generated",
                     "ai-made", "ai made", "ai-created", "ai created", "influencer", "persona",
                     "digital", "ai ", "backstory", "back story", "tuber", "generated",
                     "does not exist", "doesn't exist", "doesnt exist", "doesnotexist",
                     "oc ")  # fmt: skip


# Where a match of each description pattern can begin (every match begins with one of these):
# the patterns are tried there only (``text.finditer_at``), not at every character.
_NOT_REAL_STARTS = StartFinder(
    ("no", "fictional", "do", "many", "several", "multiple", "different", "generated", "random",
     "merged", "averaged", "mixed", "ai", "virtual", "original", "avoid")
)  # fmt: skip
_DISCLAIMER_STARTS = StartFinder(
    ("resembl", "coinciden", "purely", "is", "are", "no", "not", "fictional")
)


# perf14: the gates read off the shared start-finder pass
_TRIGGER_GATE, _PERSONA_GATE = LiteralGate(_TRIGGERS), LiteralGate(_PERSONA_TRIGGERS)


class GenericSubject:
    name: ClassVar[str] = "generic_subject"
    version: ClassVar[str] = "26"
    fields: ClassVar[tuple[str, ...]] = ("name", "tags", "description", "trained_words")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        head = folded_description(record, 800)
        if head and _TRIGGER_GATE(head):
            disclaimer = search_starts(_DISCLAIMER, _DISCLAIMER_STARTS, head)
            match = None if disclaimer else search_starts(_NOT_REAL, _NOT_REAL_STARTS, head)
            if disclaimer:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.5,
                        "description",
                        disclaimer.group(0),
                        disclaimer.span(),
                        note="a boilerplate disclaimer (real uploads carry it too)",
                        feature="generic:disclaimer",
                    )
                )
            if disclaimer and match is None and "faces" in head:
                # neg10: "any resemblance is purely coincidental; a mix of 200 generated faces":
                # beside the boilerplate, the faces it blends still say whose face it is: no one's
                faces = _MANY_FACES.search(head)
                if faces is not None:
                    out.append(
                        Hit(
                            sig,
                            "likeness",
                            -0.5,
                            "description",
                            faces.group(0),
                            faces.span(),
                            note="a blend of many generated or random faces, beside a disclaimer",
                            feature="generic:look",
                        )
                    )
            # "it may look like someone you know, but it is not": a denial of any face, even
            # beside the boilerplate
            match = match or (_LOOKS_LIKE_NO_ONE.search(head) if " but " in head else None)
            if match:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -1.0,
                        "description",
                        match.group(0),
                        match.span(),
                        note="says the face is nobody in particular or fictional",
                        feature="generic:not_real",
                    )
                )
        ethnic = _ethnic_tool(view(record).name_folded, head)
        if ethnic is not None:
            # neg19: an ethnicity's look as a tool ("<People> look slider", "ethnicity helper,
            # face shape + skin tone"): a type of face, nobody's
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    ethnic.group(0),
                    note="an ethnicity's look made a tool (a slider, a helper), no one's face",
                    feature="generic:look",
                )
            )
        denial = "" if head.isascii() else _script_denial(head)
        if denial and not any(h.feature == "generic:not_real" for h in out):
            # neg19: the denial said in Chinese, Japanese or Korean ("通用脸型，不是特定人物")
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    denial,
                    note="says the face is nobody in particular or fictional (in script)",
                    feature="generic:not_real",
                )
            )
        if head and _PERSONA_GATE(head):
            persona = _PERSONA_STARTS.search(head)
            if persona:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -1.0,
                        "description",
                        persona.group(0),
                        persona.span(),
                        note="a persona its maker invented (consistent character, OC)",
                        feature="generic:persona",
                    )
                )
                # the description says so (a tag alone, "consistent character", is how real
                # people's uploads were tagged too): a mark the combiner reads, worth nothing
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        0.0,
                        "description",
                        persona.group(0),
                        persona.span(),
                        note="the description itself says the persona is invented",
                        feature=PERSONA_SAID,
                    )
                )
        said = any(h.feature == PERSONA_SAID for h in out)
        declared = None if said else _persona_title(view(record).name_folded)
        if declared is not None:
            # neg19: the title declares the persona ("<Name> (OC)", "OC: <Name>", "<Name>
            # (consistent character)", "digital human: <Name>", "this person does not exist"),
            # as its description would
            for score, feature in ((-1.0, "generic:persona"), (0.0, PERSONA_SAID)):
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        score,
                        "name",
                        declared.group(0),
                        declared.span(),
                        note="the title declares a persona its maker invented (OC, consistent "
                        "character)",
                        feature=feature,
                    )
                )
            said = True
        field, invented = ("", "") if said else _invented(view(record).name_folded, head)
        if invented:
            # neg14: "a made-up average face", "fully generated face", "synthetic news presenter",
            # "visage généré par IA", "(placeholder face)": a face or person said to be invented
            for score, feature in ((-1.0, "generic:persona"), (0.0, PERSONA_SAID)):
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        score,
                        field,
                        invented,
                        note="says the face or person is invented, generated or a placeholder",
                        feature=feature,
                    )
                )
        crowd = _PLATFORM_PEOPLE.search(view(record).name_folded)
        if crowd:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.5,
                    "name",
                    crowd.group(0),
                    crowd.span(),
                    note="the title names a kind of people of a platform (plural), no one",
                    feature="generic:look",
                )
            )
        generator = _FACE_GENERATOR.search(view(record).name_folded)
        if generator:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.5,
                    "name",
                    generator.group(0),
                    generator.span(),
                    note="the title names a generator of faces, nobody's face",
                    feature="generic:look",
                )
            )
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.0,
                    "name",
                    generator.group(0),
                    generator.span(),
                    note="a face generator: a mark the combiner reads, worth nothing",
                    feature=FACE_GENERATOR,
                )
            )
        makes = _makes_people(head[:MAKES_HEAD])
        if makes:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.5,
                    "description",
                    makes,
                    note="says the model makes people of a kind (plural), nobody in particular",
                    feature="generic:look",
                )
            )
        persona_script = _script_persona(view(record).name, head)
        if persona_script:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    persona_script,
                    note="says in script that the person is invented or AI-made",
                    feature="generic:persona",
                )
            )
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.0,
                    "description",
                    persona_script,
                    note="the description itself says the persona is invented",
                    feature=PERSONA_SAID,
                )
            )
        # neg15: an idol unit of a drawn franchise, or a name said to be a placeholder
        out.extend(_drawn_idol_or_placeholder(sig, view(record).name_folded, head, out))
        name = view(record).name_folded.replace("_", " ").replace("-", " ")
        found = _GENERIC_NAME.findall(name)
        if "features" in name:
            features = _KIND_FEATURES.search(name)
            rest = name[: features.start()] + name[features.end() :] if features else ""
            if features and not find_names(rest[:120]):
                found.append(features.group(0))
        if not found:
            bare = " ".join(_NAME_DECORATION.sub(" ", name[:80]).split())
            if (
                bare
                and _KIND_OF_PERSON.fullmatch(bare)
                and first_name(bare.split()[0]) is None
                # "CD - realistic woman LoRA": initials name one woman
                and not _INITIALS.match(view(record).name)
                # "Red Carpet Girl 75" with the trigger "Livia Loretti": a title over a name
                and not any(find_names(w) for w in view(record).trained_words[:4])
            ):
                found = [bare]
            elif bare and _kind_only(bare) and not _SCRIPT.search(view(record).name):
                # "Korean1.0", "Wuxiagirl_V1", "Catgirl v1 in her room": a nationality or a
                # kind of person run together, nobody in particular
                found = [bare.split()[0]]
        if found:
            # "face" alone ("Jenna face lora", "Face model 07") is how real-person models are
            # named too; a look, beauty, doll or mix word says a kind of face
            # "face" ("Jenna face lora") and "fictional" ("Autumn Marsh (fictional)") are said
            # of real people's models too; a look, beauty, doll, mix or persona word is not
            look = any(word not in NOT_LOOK_WORDS for word in found) or (
                set(found) <= FACE_WORDS and _kind_of_person_face(name)
            )
            score = -min(1.0, 0.5 * len(found))
            if (
                look
                and set(found) <= NAMED_LOOK_WORDS
                and (find_names(view(record).name[:120]) or blended_names(view(record).description))
            ):
                # "Mix of Anna Kowal x Clara Day", "Anna Kowal cute": a blend of named people
                # or a named person's look, not a kind of face: a little against, at most
                look = False
                score = NAMED_LOOK_SCORE
            out.append(
                Hit(
                    sig,
                    "likeness",
                    score,
                    "name",
                    " ".join(found),
                    note="generic face or look words in the name",
                    feature="generic:look" if look else "generic:name",
                )
            )
        if not (found and look) and type_of_person(view(record).name_folded, script_looks=True):
            # fresh17: "Thai 美女 ⭐", "Korean face 여자 LoRA", "chica coreana v2": a demonym and a
            # generic person word and nothing else, a type of face whatever the tags say (as
            # one look word weighs; a name in another field still outweighs it)
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.5,
                    "name",
                    view(record).name_folded[:80],
                    note="the title is only a generic person word and a demonym, place or activity",
                    feature="generic:look",
                )
            )
        if fame_type_of_person(view(record).name_folded) and not _named_elsewhere(record):
            # neg18: "K-pop idol style face", "Thai actress type", "gravure idol look": a look
            # named after a trade of fame, with no name, is a type of face, not one star's
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "name",
                    view(record).name_folded[:80],
                    note="the title is only a look named after a trade of fame (a type of face)",
                    feature="generic:look",
                )
            )
            # its trade word resembles or names no one ("idol" in "K-pop idol style face")
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.0,
                    "name",
                    view(record).name_folded[:80],
                    note="the title's trade word names a type of face, no one in particular",
                    feature=FACE_GENERATOR,
                )
            )
        doll = next((t for t in view(record).trained_folded[:6] if _DOLL_TRIGGER.search(t)), "")
        if doll:
            # "maryleedollstyle": the trigger says the face is a doll look
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.5,
                    "trained_words",
                    doll,
                    note="the trigger word names a doll look",
                    feature="generic:look",
                )
            )
        for trigger in view(record).trained_words[:6]:
            match = _AI_TRIGGER.search(trigger)
            if match:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.8,
                        "trained_words",
                        match.group(0),
                        match.span(),
                        note="trigger word marks an AI-made persona",
                        feature="generic:ai_trigger",
                    )
                )
                break
        persona_tags = [t for t in tags_of(record) if t in _PERSONA_TAGS]
        if persona_tags:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "tags",
                    persona_tags[0],
                    note="a tag of an invented persona",
                    feature="generic:persona",
                )
            )
        tags = [t for t in tags_of(record) if t in _GENERIC_TAGS]
        if tags:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.5,
                    "tags",
                    tags[0],
                    note="generic face or look tag",
                    feature="generic:tag",
                )
            )
        return out


# A model whose description opens on what it makes, a kind of people in the plural ("Generate
# beautiful Asian girls", "makes cute girls in a semi-realistic style"): many faces, no one's.
_MAKES_PEOPLE = re.compile(
    r"\b(?:generates?|generating|creates?|creating|makes?|making|produces?|producing) "
    r"(?:[a-z]+ ){0,3}(?:girls|women|ladies|boys|men|guys|people|persons|faces)\b"
)
# "curvy Instagram models", "TikTok girls": a platform's kind of people in the plural.
_PLATFORM_PEOPLE = re.compile(
    r"\b(?:instagram|insta|tiktok|onlyfans|twitch|youtube|cosplay|gravure) "
    r"(?:models|girls|women|influencers|babes|beauties|ladies|streamers|idols)\b"
)
_MAKES_LITERALS = ("generat", "creat", "mak", "produc")
MAKES_HEAD = 200
# neg11: a face that changes with every seed ("a new star-like face every seed", "a different
# face each generation"): a face generator, nobody's face.
_FACE_PER_SEED = re.compile(
    r"\b(?:new|different|random|unique|fresh|another)(?: [a-z-]+){0,2} faces? (?:on |with )?"
    r"(?:every|each|per) (?:seed|generation|gen|image|render|prompt|time)\b"
    # neg14: "a random runner at dawn — the face changes with every seed" (not "her face …")
    r"|(?<!her )(?<!his )\b(?:the )?faces? (?:changes?|varies|vary|differs?) (?:with |on |per |"
    r"in )?(?:every|each|per) (?:seed|generation|gen|image|render|prompt|time)\b"
    # w2miss: "generic hiker, varied faces", "assorted faces", "caras variadas", "visages
    # varies", "verschiedene Gesichter": faces said to vary, no one's (not "various faces of
    # <Name>", "different faces she pulls")
    r"|\b(?:varied|various|varying|assorted|diverse|random|different|mixed) faces\b"
    r"(?! (?:of|from|she|he|they|that|by)\b)"
    r"|\b(?:caras|rostros) (?:variad[oa]s|distint[oa]s|diferentes|aleatori[oa]s)\b"
    r"|\bvisages (?:varies|differents|aleatoires)\b|\bverschiedene gesichter\b"
    r"|\bvolti (?:diversi|vari|casuali)\b"
)
# "Celebrity Lookalike Generator", "Famous Face Randomizer", "face maker": a title that names a
# generator of faces.
_FACE_GENERATOR = re.compile(
    r"\b(?:face|faces|lookalike|look-alike|person|people|celebrity|celeb|star|influencer) "
    r"(?:[a-z]+ )?(?:generator|randomi[sz]er|mixer|maker|creator|roulette)\b"
)


# neg11: "A generic pretty face; nobody in particular.": the face is said to be no one's.
_NOBODY_IN_PARTICULAR = re.compile(
    r"\b(?:nobody|no one|no-one|not anyone|not anybody) in particular\b"
    # "makes a face that is not anyone", "a face that isn't anybody real"
    r"|\b(?:is not|isn't|are not|aren't) (?:anyone|anybody)\b"
    r"|(?<!not )(?<!just )(?<!no )\ba generic (?:[a-z]+ ){0,2}(?:face|woman|girl|look|beauty|"
    r"person)\b"
)


def _makes_people(head: str) -> str:
    """The phrase of a description's head that says the model makes a kind of people, or a new
    face every seed, or that the face is nobody in particular, or ""."""
    if "particular" in head or "generic" in head or "anyone" in head or "anybody" in head:
        nobody = _NOBODY_IN_PARTICULAR.search(head)
        if nobody is not None:
            return nobody.group(0)
    if (
        "face" in head
        or "cara" in head
        or "rostro" in head
        or "visage" in head
        or ("gesicht" in head or "volti" in head)
    ):
        seed = _FACE_PER_SEED.search(head)
        if seed is not None:
            return seed.group(0)
    if not any(literal in head for literal in _MAKES_LITERALS):
        return ""
    match = _MAKES_PEOPLE.search(head)
    return match.group(0) if match else ""


# "…はAIで作った架空の人物です。実在しません。", "虚拟人物", "가상 인물": an invented or AI-made
# person said in Chinese, Japanese or Korean script (a title's "(AIグラビア)" too). Boilerplate
# that only denies a relation to real people ("実在の人物とは関係ありません") is not among them.
SCRIPT_PERSONA_PHRASES = (
    "架空の人物", "架空のキャラ", "架空の女性", "架空の女の子", "実在しません", "実在しない人物",
    "AIで作った", "AIで生成した", "AIグラビア", "AI美女", "虚拟人物", "虚构人物", "虚拟女孩",
    "虚拟模特", "AI生成的人物", "不存在的人", "가상 인물", "가상의 인물", "가상 모델",
    "실존하지 않는", "AI로 만든",
)  # fmt: skip

# Each phrase as written and folded ("AIグラビア", "aiグラビア"): the description's head is folded.
_SCRIPT_PERSONA_FORMS = tuple(
    dict.fromkeys(form for p in SCRIPT_PERSONA_PHRASES for form in (p, p.lower()))
)


def _script_persona(name: str, head: str) -> str:
    """The script phrase of an invented or AI-made person in the title or the description's
    head ("" when none; only texts that hold a character outside ASCII are searched)."""
    for text in (name, head):
        if text and not text.isascii():
            for phrase in _SCRIPT_PERSONA_FORMS:
                if phrase in text:
                    return phrase
    return ""


# neg14: a face or person its maker says is invented, generated, averaged or a placeholder, in
# several wordings and languages (folded: no accents): "a made-up average face", "an imaginary
# woman", "(placeholder face)", "fully generated face", "100 % synthetic person", "the synthetic
# news presenter", "AI anchor", "visage généré", "persona ficticia", "erfundene Person". A real
# person's page that says "AI-generated images of <Name>" names no invented face (no face word
# follows), nor do "the generated face does not look like her" (no "fully") or "an AI-generated
# face of <Name>" / "a virtual anchor based on <Name>" (of, based on, modelled on, version of).
_FACE_NOUNS = (
    r"(?:faces?|persons?|people|woman|women|man|men|girls?|lady|ladies|humans?|characters?|"
    r"personas?|individuals?|identity|presenters?|anchors?|newsreaders?|newscasters?|"
    r"spokes(?:person|woman|man|model)s?|avatars?|mascots?)"
)
# (a face "of" someone is that person's: the of-words of the five languages may not follow a
# face or person word; a presenter "of" a channel is the channel's)
_NOT_OF = r"(?! (?:of|de|del|di|da|do|della|du|von|van)\b)"
_INVENTED = re.compile(
    r"(?<!not )(?<!not a )(?<!not an )(?<!no )(?<!never )\b(?:"
    r"(?:made(?:-| )up|invented|fictitious|imaginary|non-?existent|placeholder|dummy|mock-?up)"
    r" (?:[a-z-]+ ){0,2}"
    + _FACE_NOUNS
    + r"\b"
    + _NOT_OF
    + r"|(?:fully|entirely|completely|purely|totally|100 ?%) (?:ai[- ]|computer[- ])?"
    r"(?:generated|synthetic|rendered|invented|artificial) (?:[a-z-]+ )?"
    + _FACE_NOUNS
    + r"\b"
    + _NOT_OF
    # "<Name> (placeholder)", "an average generated face": a name or a face said to stand in for
    # nobody ("a placeholder name" is read by _PLACEHOLDER, which spares a trigger's)
    + r"|(?<=\()placeholder\)|(?:average|generic) (?:ai[- ])?generated "
    r"(?:faces?|persons?)\b"
    + _NOT_OF
    # "a demo face", "the default avatar", "a composite face" (not "a composite face of …")
    + r"|(?:demo|default|template|stock|lorem ipsum|composite|averaged) (?:faces?|avatars?|"
    r"personas?|persons?)\b"
    + _NOT_OF
    # French, Spanish, Portuguese, Italian, German: an invented or generated face or person
    + r"|(?:visage|personne|femme|rostro|cara|persona|mujer|rosto|pessoa|mulher|volto|donna|"
    r"gesicht|person|frau)s? (?:entierement |totalmente |completamente |interamente )?"
    r"(?:genere|generee|fictive|fictif|inventee?|imaginaire|synthetique|generad[oa]|ficticia|"
    r"ficticio|inventad[oa]|inexistente|imaginaria|gerad[oa]|fittizi[oa]|inventat[oa]|"
    r"generat[oa]|inesistente|immaginaria)\b"
    + _NOT_OF
    + r"|(?:erfundene|fiktive|ki-generierte|kunstliche|nicht existierende)[sn]? "
    r"(?:person|frau|gesicht|figur|personlichkeit)\b"
    + _NOT_OF
    + r"|(?:presentatrice|presentateur|presentadora|presentador|apresentadora|conduttrice|"
    r"moderatorin|nachrichtensprecherin) (?:virtuel(?:le)?|virtual|virtuale|ia|ki|sintetic[ao]|"
    r"synthetique)\b"
    # "no es una persona real", "n'est pas une vraie personne", "keine echte Person", "una
    # persona che non esiste"
    r"|(?:no es una persona|non e una persona|nao e uma pessoa) (?:real|reale)\b"
    r"|n'est pas une (?:vraie personne|personne reelle)|keine (?:reale|echte|reelle) person\b"
    r"|(?:persona que no|personne qui n'|pessoa que nao|persona che non) ?(?:existe|esiste)\b"
    r")"
    r"(?! (?:that|who|which) (?:looks?|resembles?)\b| (?:based|modell?ed) on\b|"
    r" (?:version|clone|twin|copy|lookalike) of\b)"
)
_INVENTED_STARTS = PatternStarts(_INVENTED)
# "the synthetic news presenter", "AI anchor", "a CGI host", "virtual brand ambassador" (looked
# for where one of the presenter words stands)
_AI_PRESENTER = re.compile(
    r"(?<!not )(?<!not an )(?<!no )\b(?:ai|cgi|synthetic|virtual|digital|generated)[- ]"
    r"(?:news ?|tv )?(?:anchors?|presenters?|newsreaders?|newscasters?|hosts?|ambassadors?|"
    r"spokes(?:person|woman|man|model)s?)\b"
    r"(?! (?:that|who|which) (?:looks?|resembles?)\b| (?:based|modell?ed) on\b|"
    r" (?:version|clone|twin|copy|lookalike) of\b)"
)
_PRESENTER_WORDS = ("anchor", "presenter", "newsreader", "newscaster", "host", "ambassador",
                    "spokes")  # fmt: skip


def _invented(name: str, head: str) -> tuple[str, str]:
    """The field ("name" or "description") and the phrase of the title or the description's head
    that says the face or person is invented, generated or a placeholder, or ("", "")."""
    for field, text in (("name", name), ("description", head)):
        if text:
            match = _INVENTED_STARTS.search(text)
            if match is None and any(word in text for word in _PRESENTER_WORDS):
                match = _AI_PRESENTER.search(text)
            if match is not None:
                return field, match.group(0)
    return "", ""


# neg15: an idol of an anime, manga or game franchise: "centre of the anime idol unit in
# <Show>", "the gacha game's idol group", "an idol unit from the rhythm game". Its members are
# drawn characters (a real idol group's member is "of the idol group <Group>", with no drawn
# medium before the unit); a cosplayer of one is a real person (the page says cosplay).
_DRAWN_IDOL = re.compile(
    r"(?<!not )(?<!not an )(?<!no )\b(?:anime|manga|gacha|gacha game|mobile game|rhythm game|"
    r"game|in-game|2d|animated|fictional)(?:'s)? idol (?:units?|groups?|bands?|duos?|trios?|"
    r"characters?)\b"
    r"|\bidol (?:units?|groups?) (?:from|in|of) (?:the |an? )?(?:anime|manga|gacha|"
    r"(?:mobile |rhythm )?game|visual novel|light novel|idol anime)\b"
    # "a heroine from the idol anime <Work>", "in the idol rhythm game"
    r"|\b(?:from|in|of) (?:the |an? )?idol (?:anime|manga|gacha|(?:mobile |rhythm )?game|"
    r"visual novel|franchise)s?\b"
)
_DRAWN_IDOL_GATE = LiteralGate(("idol",))
# ... unless the page is a real performer's: the unit's voice actress or singer, its cast on a
# live stage, a cosplayer ("the voice actress of Hotaru in the anime idol unit …")
_REAL_PERFORMER = re.compile(
    r"\b(?:voice|voiced|seiyuu|cv|va|cast|played by|actress|actor|cosplay\w*|live concerts?|"
    r"real[- ]life|irl)\b|声優"
)
# A name its maker says stands for nobody: "'Jane Roe' is just a placeholder name", "Max
# Mustermann (placeholder)", "the name is a dummy". Not a trigger word's placeholder ("ohwx is a
# placeholder token for her"): the sentence may name no trigger, token or instance word.
_PLACEHOLDER = re.compile(
    r"(?<!not )(?<!not a )(?<!no )\b(?:placeholder|dummy|filler|stand-in) names?\b"
    r"|\bnames? (?:is|are) (?:just |only |simply )?(?:an? )?(?:placeholder|dummy|filler|"
    r"stand-in)\b"
    r"|\((?:just )?(?:an? )?placeholder(?: name)?\)"
)
_TRIGGER_WORDS = re.compile(r"\b(?:trigger|token|instance|keyword|activation)")


def _drawn_idol_or_placeholder(sig: str, name: str, head: str, found: list[Hit]) -> list[Hit]:
    """A persona's hits (as :data:`_PERSONA`'s) for an idol of a drawn franchise or a name said
    to be a placeholder, unless the persona is said already (``found``)."""
    if any(h.feature == PERSONA_SAID for h in found):
        return []
    match: re.Match[str] | None = None
    note = ""
    if (_DRAWN_IDOL_GATE(head) or "idol" in name) and not (
        _REAL_PERFORMER.search(name) or _REAL_PERFORMER.search(head)
    ):
        match = _DRAWN_IDOL.search(name) or _DRAWN_IDOL.search(head)
        note = "an idol of an anime, manga or game franchise: a drawn persona"
    if match is None and (
        "placeholder" in name
        or "placeholder" in head
        or "dummy" in head
        or "filler" in head
        or "stand-in" in head
    ):
        for text in (name, head):
            match = _PLACEHOLDER.search(text)
            if match is not None:
                line = text[max(0, match.start() - 80) : match.end() + 40]
                if _TRIGGER_WORDS.search(line) is None:
                    break
                match = None
        note = "says the name is a placeholder that stands for nobody"
    if match is None:
        return []
    field = "name" if match.string is name else "description"
    return [
        Hit(sig, "likeness", score, field, match.group(0), match.span(), note=note, feature=feat)
        for score, feat in ((-1.0, "generic:persona"), (0.0, PERSONA_SAID))
    ]
