"""Not a subject (negative evidence): artist styles (``in the style of``), concepts, poses,
clothing, tools, base checkpoints and merges, model types that are not about one subject."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import folded_description, tags_of, view
from dfaudit.detect.names import blended_names, find_names, first_name
from dfaudit.detect.text import (
    LiteralGate,
    PatternStarts,
    StartFinder,
    finditer_at,
    fold,
    words,
)
from dfaudit.detect.trades import trade_words
from dfaudit.detect.vocab import (
    CELEBRITY_CONCEPT,
    CELEBRITY_CONCEPT_LITERALS,
    CONCEPT_WORDS,
    FILM_LOOK_NAME,
    FILM_PHOTO,
    FILM_SPEED,
    LIKENESS_TAG_EXPLICIT,
    LIKENESS_TAG_OCCUPATION,
    LIVE_ACTION_WORDS,
    NATIONALITY_WORDS,
    NON_SUBJECT_TYPES,
    PRODUCT_WORDS,
    STYLE_WORDS,
    TOOL_WORDS,
    may_film,
)

_STYLE_PHRASE = re.compile(
    r"\b(?:in the style of|art ?style|artstyle|style of|painting style|drawing style|"
    r"art by|artwork by|inspired by the art|artist style)\b"
)
# "style" as a word, or ending a run-together word ("PaintStyle1", "inkstyle_v2"), but not
# "hairstyle" or "lifestyle"
_STYLE_NAME = re.compile(
    r"\b(?:style|styles|artstyle|art style|aesthetic|photography)\b"
    # neg10: a historical period's or an art movement's look ("Victorian Portrait", "Art
    # Nouveau Lady", "Baroque Beauty")
    r"|\b(?:victorian|edwardian|baroque|renaissance|rococo|art nouveau|art deco|"
    r"pre-?raphaelite|impressionis[mt]|cubis[mt]|ukiyo-?e|bauhaus|surrealis[mt]|"
    r"expressionis[mt]|pop art|regency era|elizabethan)\b"
    r"|(?<!hair)(?<!life)(?<=[a-z])style(?=s?\d*(?:\b|_|v\d))"
    # neg19: a photographer's credit or tools ("Shot by <Name>", "<Name>'s Lightroom preset
    # look", "colour grading - <Name>"): the photographs' look, not the photographer's face
    r"|^\W{0,3}(?:shot|photos?|photographed|lit|graded) by\b"
    r"|\b(?:lightroom|presets?|colou?r grad(?:ing|e))\b"
)
_TOOL_NAME = re.compile(
    r"\b(?:mix|merge|merged|blend|checkpoint|base model|vae|upscaler|negative|embedding helper|"
    r"slider|detailer|tweaker|enhancer|controlnet|workflow|inpainting|realistic vision|"
    r"photoreal(?:istic)? (?:mix|model|checkpoint)|general purpose)\b"
)
# A checkpoint named as a product: a merge or diffusion word ending a run-together word
# ("ivoryorangeMix", "dreamMixXX_v2", "LifeLikeDiffusion", "CryEngine 3"); a person's
# checkpoint is named after the person.
_PRODUCT_NAME = re.compile(r"(?:mix|merge|diffusion|engine)(?:x+|test|hc|v?\d+)?(?![a-z])")
_CONCEPT_NAME = re.compile(
    r"\b(?:concept|pose|poses|outfit|outfits|clothing|clothes|dress|costume|uniform|bikini|"
    r"lingerie|hairstyle|background|scenery|landscape|architecture|lighting|"
    r"position|expression|effect|texture|mugshots?|selfies?|police lineup|booking photo)\b"
    # neg15: a garment named in the title ("K-pop idol tracksuit", "music-show jacket",
    # "concert crop set"): the model is the garment, whoever's scene names it
    r"|\b(?:jackets?|tracksuits?|hoodies?|blazers?|skirts?|crop (?:tops?|sets?)|sweaters?|"
    r"cardigans?|swimsuits?|jumpsuits?|leotards?|tuxedos?|hanbok|qipao|cheongsam|yukata|"
    r"sailor suits?|stage ?wear|streetwear|sportswear)\b"
)
# A bracketed look of the person ("(cute style)", "(kawaii style)", "(school uniform style)").
_LOOK_STYLE = re.compile(
    r"\((?:[a-z]+ ){0,2}(?:cute|kawaii|small|petite|girly|youthful|innocent|uniform|sweet|"
    r"elegant|sexy|natural|casual|gravure|idol|glamou?r|young|girl|girlish|baby|lovely|pure|fresh) "
    r"style\)"
)
_BLEND_WORDS = frozenset({"mix", "merge", "merged", "blend"})
_SHOW_KIND = re.compile(r" (?:series|show|drama|film|movie|sitcom)\b")
CHECKPOINT_TYPES = frozenset({"Checkpoint"})
# Every match of ``_STYLE_PHRASE`` holds one of these (a cheap test before the pattern).
STYLE_PHRASE_LITERALS = ("style", "art by", "artwork by", "inspired by the art")


_STYLE_PHRASE_GATE = LiteralGate(STYLE_PHRASE_LITERALS)  # perf14: read off the shared pass
_STYLE_PHRASE_STARTS = PatternStarts(_STYLE_PHRASE)  # perf14: tried only where it can begin


def _may_style(text: str) -> bool:
    return _STYLE_PHRASE_GATE(text)


class NonSubject:
    name: ClassVar[str] = "non_subject"
    version: ClassVar[str] = "26"
    fields: ClassVar[tuple[str, ...]] = (
        "model_type",
        "name",
        "tags",
        "description",
        "trained_words",
    )

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        model_type = getattr(record, "model_type", "") or ""
        if model_type in NON_SUBJECT_TYPES:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "model_type",
                    model_type,
                    note="model type is not about a subject",
                    feature="non_subject:type",
                )
            )
        elif model_type in CHECKPOINT_TYPES:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.5,
                    "model_type",
                    model_type,
                    note="a checkpoint",
                    feature="non_subject:checkpoint",
                )
            )
        text_task = _text_task(record)
        if text_task:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "tags",
                    text_task,
                    note="a Hugging Face model of a text task: it makes no image of anyone",
                    feature="non_subject:type",
                )
            )
        name = view(record).name_folded
        blend = blended_names(view(record).description)
        for pattern, feature, note in (
            (_STYLE_NAME, "non_subject:style_name", "style word in name"),
            (_TOOL_NAME, "non_subject:tool_name", "tool or merge word in name"),
            (_CONCEPT_NAME, "non_subject:concept_name", "concept word in name"),
        ):
            match = pattern.search(name)
            if match is None and pattern is _TOOL_NAME and model_type in CHECKPOINT_TYPES:
                match = _PRODUCT_NAME.search(name)
            if (
                match
                and pattern is _STYLE_NAME
                and (_LOOK_STYLE.search(name) or _SHOW_KIND.match(name, match.end()))
            ):
                # "Anna Kowal (cute style)": how a person looks; "[HBO-style series]": a kind
                # of show; neither is an art style
                match = None
            if match and pattern is _TOOL_NAME and match.group(0) in _BLEND_WORDS and blend:
                match = None  # "Kowal x Day blend" of named people: their likeness, no tool
            if match:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.8,
                        "name",
                        match.group(0),
                        match.span(),
                        note=note,
                        feature=feature,
                    )
                )
        out.extend(_what_it_is(sig, record, model_type))
        style = concept = tool = 0
        tags = tags_of(record)
        # "artist" beside "pornstar" or "singer" is the person's trade (a recording artist),
        # not an art style.
        person_tagged = not PERSON_TRADE_TAGS.isdisjoint(tags)
        adapter = _hf_adapter(record)
        ranked = _ranked_name(view(record).name)
        for tag in tags:
            is_tool, is_style, is_concept = _tag_kinds(tag)
            if is_tool and adapter and tag in BASE_MODEL_TAGS:
                continue  # an adapter's base model ("sdxl" beside "lora"): no tool itself
            is_concept = is_concept or tag in ASSET_TAGS
            if is_style and person_tagged and tag in TRADE_STYLE_TAGS:
                is_style = False
            if is_tool and blend and tag in _BLEND_WORDS:
                continue  # a blend of named people (above)
            if is_tool and tool < 2:
                tool += 1
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.7,
                        "tags",
                        tag,
                        note="tool tag",
                        feature="non_subject:tool_tag",
                    )
                )
            elif is_style and style < 2:
                style += 1
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.7,
                        "tags",
                        tag,
                        note="style tag",
                        feature="non_subject:style_tag",
                    )
                )
            elif is_concept and ranked and tag in RANK_DRESS_TAGS:
                continue  # "<Rank> <Surname>" tagged uniform: what the officer wears
            elif is_concept and concept < 2:
                concept += 1
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.6,
                        "tags",
                        tag,
                        note="concept tag",
                        feature="non_subject:concept_tag",
                    )
                )
        text = folded_description(record, 1500)
        any_head = text[:ANY_SUBJECT_HEAD]
        any_subject = (
            _ANY_SUBJECT_STARTS.search(any_head)
            if any(w in any_head for w in _ANY_SUBJECT_LITERALS)
            else None
        )
        if any_subject is not None:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    any_subject.group(0),
                    any_subject.span(),
                    note="the description says any subject can wear or show what it teaches",
                    feature="non_subject:any_subject",
                )
            )
        thing = next((tag for tag in tags if tag in THING_TAGS), None)
        if thing is not None and not person_tagged:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "tags",
                    thing,
                    note="the tags say the model is a thing or a place",
                    feature="non_subject:thing_tag",
                )
            )
        credit = None if person_tagged else _style_credit(name, text[:STYLE_CREDIT_HEAD])
        if credit is not None:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.8,
                    "description",
                    credit.group(0),
                    credit.span(),
                    note="the description credits the title's name as the maker of a style",
                    feature="non_subject:style_name",
                )
            )
        film_look = (
            _FILM_LOOK_STARTS.search(text[:STYLE_CREDIT_HEAD]) if "of the " in text else None
        )
        if film_look is None and ("portrait of" in text or "painting of" in text):
            film_look = _SITTER_STYLE.search(text[:STYLE_CREDIT_HEAD])
        if film_look is not None and not person_tagged:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    film_look.group(0),
                    film_look.span(),
                    note="the description says the model teaches a film's or a painting's "
                    "look, not a face",
                    feature="non_subject:style_name",
                )
            )
        thing_name = _THING_NAME.search(name)
        if thing_name is None and ("type" in name or "wet" in name):
            process = _PROCESS_NAME.search(name)
            if process is not None and _BORN.search(text[:IS_THING_HEAD]) is None:
                thing_name = process
        kind = ""
        if not thing_name:
            head = text[:IS_THING_HEAD]
            kind = _kind_title(name, view(record).name, person_tagged, head)
            if not kind and not person_tagged:
                kind = _named_thing_opening(name, text) or _named_thing_in_head(name, text)
                if kind and _PERSON_SHOWN.search(head) is not None:
                    kind = ""
            if not kind and not person_tagged and name[:1] == "(":
                kind = _minor_planet(name, tags, head)
        if kind:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "name",
                    kind,
                    note="the title says what kind of thing it names (a comet, an avenue, a "
                    "quartet, a revolver, a glacier): named after someone, not anyone's face",
                    feature="non_subject:thing_tag",
                )
            )
        described = None if thing_name or kind else _is_thing(text[:IS_THING_HEAD])
        if (thing_name or described) and not person_tagged:
            found = thing_name or described
            assert found is not None
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "name" if thing_name else "description",
                    found.group(0),
                    found.span(),
                    note="the title or the description says the model is a thing, a place "
                    "or an animal (a typeface, a doll, a town, a pet)",
                    feature="non_subject:thing_tag",
                )
            )
        out.extend(_celebrity_concept(sig, name, tags, text[:CELEBRITY_HEAD]))
        out.extend(_negative_embedding(sig, name, tags, text[:NEGATIVE_HEAD]))
        out.extend(_film_or_effect(sig, name, tags, text[:NEGATIVE_HEAD]))
        library = text.find(CONCEPT_LIBRARY, 0, CONCEPT_LIBRARY_HEAD)
        if library >= 0:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    CONCEPT_LIBRARY,
                    (library, library + len(CONCEPT_LIBRARY)),
                    note="a concept library's upload: an object, style or character taught",
                    feature="non_subject:concept_library",
                )
            )
        match = _STYLE_PHRASE_STARTS.search(text) if _may_style(text) else None
        if match:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.6,
                    "description",
                    match.group(0),
                    match.span(),
                    note="style wording",
                    feature="non_subject:style_description",
                )
            )
        return out


# neg11: a Hugging Face repo whose pipeline is a text task ("Clara-Wendt-7B" tagged
# text-generation, a token classifier): a language model named like a person draws no face.
# (Speech synthesis is not among them: a voice is a likeness of its own.)
HF_TEXT_TASKS = frozenset(
    {"text-generation", "text2text-generation", "fill-mask", "token-classification",
     "text-classification", "question-answering", "summarization", "translation",
     "sentence-similarity", "feature-extraction", "zero-shot-classification",
     "table-question-answering", "conversational", "automatic-speech-recognition"}
)  # fmt: skip
HF_IMAGE_TAGS = frozenset(
    {"text-to-image", "image-to-image", "diffusers", "lora", "stable-diffusion",
     "stable-diffusion-xl", "stable-diffusion-diffusers", "unconditional-image-generation",
     "text-to-video", "image-to-video", "image-text-to-image", "flux", "dreambooth",
     "textual_inversion", "textual-inversion"}
)  # fmt: skip


def _text_task(record: object) -> str:
    """The text task of a Hugging Face repo that has no image tag, or ""."""
    if getattr(record, "platform", "") != "huggingface":
        return ""
    tags = tags_of(record)
    if not HF_IMAGE_TAGS.isdisjoint(tags):
        return ""
    return next((tag for tag in tags if tag in HF_TEXT_TASKS), "")


CELEBRITY_HEAD = 300
# The boilerplate of textual-inversion concept libraries ("This is the <x> concept taught to
# Stable Diffusion via Textual Inversion"): mostly objects, styles and drawn characters.
CONCEPT_LIBRARY = "concept taught to stable diffusion"
CONCEPT_LIBRARY_HEAD = 400
_CELEB_WORDS = ("celeb", "famous", "star")
# Where a match of ``CELEBRITY_CONCEPT`` can begin: it is tried there only.
_CELEBRITY_STARTS = StartFinder(
    ("paparazzi", "red", "candid", "magazine", "press", "like", "celeb", "famous", "movie", "star",
     "influencer", "instagram", "supermodel")
)  # fmt: skip
# In a description only celebrity itself as a look counts (these begin every such match).
_CELEB_STARTS = StartFinder(
    ("like", "celeb", "famous", "movie", "star", "seen", "worn", "spotted", "popular")
)


def _celebrity_concept(sig: str, name: str, tags: tuple[str, ...], head: str) -> list[Hit]:
    """Celebrity as a scene, style or look ("paparazzi photo", "celebrity red carpet", "look
    like a celebrity") in the name, a tag or the description's head: nobody in particular."""
    short = f"{name}\n{' | '.join(tags)}"
    if not any(literal in short for literal in CELEBRITY_CONCEPT_LITERALS):
        short = ""
    if not any(literal in head for literal in _CELEB_WORDS):
        head = ""
    for field, text, finder in (
        ("name", short.partition("\n")[0], _CELEBRITY_STARTS),
        ("tags", short.partition("\n")[2], _CELEBRITY_STARTS),
        ("description", head, _CELEB_STARTS),
    ):
        if not text:
            continue
        text = text.replace("_", " ")
        for match in finditer_at(CELEBRITY_CONCEPT, text, finder.starts(text)):
            # a description says "red carpet" or "candid" of a named person's photos too;
            # there only celebrity itself as a look counts ("a celebrity look")
            if field == "description" and not any(w in match.group(0) for w in _CELEB_WORDS):
                continue
            return [
                Hit(
                    sig,
                    "likeness",
                    -0.3,  # weak against a name; it mainly voids anonymous evidence
                    field,
                    match.group(0),
                    match.span(),
                    note="celebrity as a scene, style or look, not one person",
                    feature="non_subject:celebrity_concept",
                )
            ]
    return []


NEGATIVE_HEAD = 600
AVOIDS_PEOPLE = "non_subject:avoids_people"  # read by the combiner (combiner.NO_ONE_MARKS)
# A negative embedding: a model made to be put in the negative prompt, which steers every image
# away from what it learned. Its title or tags say so ("bad-hands-neg", "no-famous-faces neg", a
# `negative embedding` tag), and its description says where it goes ("put it in the negative
# prompt"); a model that only recommends another embedding ("use badhands in the negative
# prompt") is not one.
NEGATIVE_TAGS = frozenset(
    {"negative embedding", "negative embeddings", "negative", "negative prompt", "neg embedding"}
)
_NEGATIVE_TITLE = re.compile(r"(?:\b|_)(?:neg|negative)(?:\b|_|\d)|\bneg(?:ative)?[ _-]?emb")
_NEGATIVE_USE = re.compile(
    r"\b(?:put|place|use|add|insert|paste|drop|goes|belongs)(?: (?:it|this|them|me|the "
    r"embedding|this embedding))?(?: only)? (?:in|into|to|as|inside) (?:the |your |a )?"
    r"negatives?(?: prompts?)?\b|\bfor (?:the |your )?negative prompts?\b"
)
# What a negative embedding steers away from, when that is real people or celebrity ("to steer
# away from real faces", "avoid famous faces", "anti-celebrity"): nobody in particular.
_AVOIDED_PEOPLE = re.compile(
    r"\b(?:avoid\w*|steer\w* away from|away from|prevent\w*|reduc\w*|remov\w*|suppress\w*|"
    r"less|fewer|anti)[ -](?:\w+ ){0,2}(?:celebrit\w*|celebs?|famous (?:faces?|people|persons?)|"
    r"real (?:people|faces?|persons?)|likeness\w*|known faces?)"
    # neg11: "trained on a negative prompt listing celebrity names", "never copies a real face"
    r"|\b(?:listing|lists?|list of|full of) (?:\w+ ){0,2}(?:celebrit\w*|celebs?|famous|real) "
    r"(?:names|people|faces)\b"
    r"|\bnever (?:copies|copy|reproduces?|draws?|makes?|gives?) (?:you )?(?:a |any )?(?:real|known|"
    r"famous|celebrity) (?:faces?|people|persons?)\b"
)


def _negative_embedding(sig: str, name: str, tags: tuple[str, ...], head: str) -> list[Hit]:
    """A negative embedding's hits: its kind (title or tag), its use (put in the negative
    prompt) and, when it steers away from celebrities, that celebrity is nobody in particular.
    The kind and the use must both be there."""
    tagged = not NEGATIVE_TAGS.isdisjoint(tags)
    titled = "neg" in name and _NEGATIVE_TITLE.search(name.replace("-", " ")) is not None
    use = _NEGATIVE_USE.search(head) if "negative" in head else None
    if use is None or not (tagged or titled):
        return []
    out = [
        Hit(
            sig,
            "likeness",
            -1.0,
            "tags" if tagged else "name",
            "negative embedding",
            note="a negative embedding: not a subject, a direction away from one",
            feature="non_subject:type",
        ),
        Hit(
            sig,
            "likeness",
            -1.0,
            "description",
            use.group(0),
            use.span(),
            note="put in the negative prompt, it acts on any image whatever its subject",
            feature="non_subject:any_subject",
        ),
    ]
    avoided = _AVOIDED_PEOPLE.search(f"{name}\n{head}")
    if avoided is not None:
        out.append(
            Hit(
                sig,
                "likeness",
                -0.3,
                "name" if avoided.start() < len(name) else "description",
                avoided.group(0),
                note="steers away from celebrities or real people: nobody in particular",
                feature="non_subject:celebrity_concept",
            )
        )
        out.append(
            Hit(
                sig,
                "likeness",
                0.0,
                "name" if avoided.start() < len(name) else "description",
                avoided.group(0),
                note="the people it avoids: a mark the combiner reads, worth nothing",
                feature=AVOIDS_PEOPLE,
            )
        )
    return out


# What a description calls the title when the title is a concept's name ("Copper Haze effect.",
# "Ivy Wall concept LoRA"): the title is the effect's name, not a person's.
EFFECT_WORDS = ("effect", "concept", "texture", "filter", "lighting", "pattern", "background",
                "color grade", "colour grade", "color grading", "shader")  # fmt: skip
_TITLE_BARE = re.compile(r"\b(?:lora|locon|lycoris|embedding|sdxl|sd ?1\.5|flux|v\d+(?:\.\d+)?)\b")
TITLE_BARE_LIMIT = 60
# A title that is a place's name: "Lake <X>", "Mount <X>", "Port <X> Harbor", "<X> Falls",
# "Santa <X> Beach", "<X> Street" (one or two words before a kind of place that is no common
# surname; "Park", "Hill", "Castle", "Brook" are surnames and do not count).
PLACE_FIRST = frozenset({"lake", "mount", "mt", "mt.", "port", "cape", "fort", "isla", "isle",
                         "gulf", "bay", "san", "santa"})  # fmt: skip
PLACE_LAST = frozenset(
    {"street", "avenue", "boulevard", "harbor", "harbour", "falls", "beach", "chapel", "cathedral",
     "bay", "island", "canyon", "valley", "square", "plaza", "pier", "mountain", "mountains",
     "lagoon", "peninsula", "lighthouse", "boardwalk", "promenade", "temple", "shrine", "palace",
     "village", "alley", "waterfront", "marina", "springs"}
)  # fmt: skip
# neg10: kinds of place no common surname is ("Beach", "Bay", "Temple", "Plaza", "Street" are)
PLACE_ONLY_LAST = frozenset(
    {"avenue", "boulevard", "harbor", "harbour", "falls", "canyon", "pier", "mountains",
     "lagoon", "peninsula", "lighthouse", "boardwalk", "promenade", "waterfront", "springs"}
)  # fmt: skip
_PLACE_TITLE = re.compile(
    r"(?:lake|mount|mt\.?|port|cape|fort|isla|isle of|gulf of|bay of|san|santa) [a-z'-]{2,20}"
    r"(?: [a-z'-]{2,20})?"
    r"|(?:(?:san|santa|saint|st\.?) )?[a-z'-]{2,20}(?: [a-z'-]{2,20})? (?:"
    + "|".join(sorted(PLACE_LAST, key=len, reverse=True))
    + ")"
)
FILM_HEAD = 120


# neg13: a title that names a thing after someone by saying its kind: the kind's word opens
# the title ("Comet <Name>", "Avenue <Name>", "Estadio <Name>", "Storm <Name>"),
# ends it ("<Name> Quartet", "<Name> Revolver", "<Name> Glacier", "<Name> Defence") or ends its
# last brackets ("<Name> (chess opening)", "<Name> (cannon)", "<Name> (chatbot persona)").
# None of these words is a common surname, a look or initials ("Hall", "Law", "Street", "Cup",
# "Tank" and "SS" are left out).
KIND_FIRST = frozenset(
    {"comet", "asteroid", "avenue", "boulevard", "piazza", "rue", "calle", "estadio", "stade",
     "stadio", "chateau", "château", "domaine", "storm", "via",
     # neg18: places named after someone ("Villa <Given>", "Lake <Given>", "Port <Family>")
     "villa", "lake", "mount", "mt", "port", "fort", "cape", "isle"}
)  # fmt: skip
KIND_LAST = frozenset(
    {"defence", "defense", "gambit", "syndrome", "disease", "theorem", "conjecture", "lemma",
     "band", "quartet", "quintet", "orchestra", "choir", "arena", "stadium", "memorial",
     "monument", "obelisk", "mausoleum", "whiskey", "whisky", "bourbon", "vodka", "cognac",
     "champagne", "violin", "cello", "piano", "harp", "saxophone", "probe", "telescope",
     "spacecraft", "fractal", "cannon", "revolver", "rifle", "pistol", "musket", "glacier",
     "volcano", "fjord", "college", "university", "academy", "plush", "plushie", "locomotive",
     "chatbot", "racehorse", "comet", "asteroid", "nebula", "crater", "brand", "howitzer",
     "award", "medal", "prize", "gardens",
     # neg18: vehicles and watches named after someone ("<Family> Coupe", "<Family> & Co.
     # chronograph"), a building's hall ("<Family> Hotel lobby"); not the buildings
     # themselves, which end works' titles ("the drama Glass Harbor")
     "coupe", "sedan", "roadster", "motorcycle", "motorbike", "supercar", "hatchback",
     "limousine", "wristwatch", "chronograph", "timepiece", "lobby",
     # neg19: a typeface named after someone ("<Name> Grotesk lettering", "<Name> Serif")
     "grotesk", "serif", "typeface", "typefaces", "font", "fonts", "lettering", "monospace"}
)  # fmt: skip
# words that put someone beside the thing the title ends on ("<Name> with rifle")
RELATION_WORDS = frozenset(
    {"at", "in", "on", "with", "holding", "playing", "and", "visiting", "inside", "near", "by",
     "from", "of", "x", "vs", "feat", "ft"}
)  # fmt: skip
# a group of people's words: a band's page that lists its members is theirs
GROUP_WORDS = frozenset({"band", "quartet", "quintet", "orchestra", "choir"})
# places and bodies a tag of a trade ("sports") does not make a person's ("<Name> Stadium")
KIND_LAST_PLACES = frozenset(
    {"arena", "stadium", "memorial", "monument", "obelisk", "mausoleum", "glacier", "volcano",
     "fjord", "college", "university", "academy", "comet", "asteroid", "nebula", "crater"}
)  # fmt: skip
# what closing brackets may also say the thing is ("(horse)", "(tall ship)", "(steam engine)")
KIND_BRACKET_LAST = KIND_LAST | frozenset(
    {"opening", "horse", "mare", "stallion", "dog", "puppy", "cat", "kitten", "aircraft",
     "airplane", "plane", "train", "ship", "boat", "cultivar", "engine", "piece", "bear",
     "game", "card", "perfume", "fragrance", "bottle", "wine", "beer", "tortoise",
     "turtle", "goat", "owl", "hedgehog"}
)  # fmt: skip
_KIND_BRACKET = re.compile(r"\(([^()]{2,40})\)")
_KIND_WORDS = re.compile(r"[^\W\d_]+")


# the description shows a person ("40 photos of her", "his face"): a title's last word does not
# outweigh it ("<Name> Band" of the band's singer)
_PERSON_SHOWN = re.compile(
    r"\b(?:photos?|pictures?|images?|pics) of (?:her|him)\b|\b(?:her|his) face\b"
)
PERSON_SHOWN = _PERSON_SHOWN  # (gazetteer reads it too, on the folded description)
# what the description may call the title's name at its opening ("The <Name> Bridge spans the
# bay", "<Name> Whiskey: bottles and labels")
KIND_OPENING = KIND_LAST | frozenset(
    {"bridge", "tower", "rose", "street", "square", "building", "ship", "wine", "dessert",
     "cocktail", "salad", "trophy", "cup", "fountain", "statue", "hotel", "lighthouse", "font",
     "typeface"}
)  # fmt: skip
OPENING_HEAD = 200


def _named_thing_opening(name: str, head: str) -> str:
    """The kind's word after the title, where the description opens on the title's name, or
    ""."""
    text = head[4:OPENING_HEAD] if head.startswith("the ") else head[:OPENING_HEAD]
    first = _KIND_WORDS.match(name)
    if first is None or not text.startswith(first.group(0)):
        return ""  # (a cheap test: the description opens on the title's first word)
    bare = " ".join(_KIND_WORDS.findall(_KIND_BRACKET.sub(" ", _TITLE_BARE.sub(" ", name))))
    if len(bare) < 3 or not text.startswith(bare + " "):
        return ""
    after = _KIND_WORDS.match(text, len(bare) + 1)
    if after is None or after.group(0) not in KIND_OPENING:
        return ""
    return after.group(0)


def _named_thing_in_head(name: str, head: str) -> str:
    """The kind's word of a title that goes on after two or three words with that word
    ("<Given> <Family> Cup ceremony"), where the description calls the same words, with that
    word after them, a thing ("for the <Given> <Family> Cup", "at the <Given> <Family> Trophy"):
    a person is never "the <Name> Cup"; "" otherwise."""
    words = _KIND_WORDS.findall(_TITLE_BARE.sub(" ", name[:TITLE_BARE_LIMIT]))
    text = head[:OPENING_HEAD]
    for k in (2, 3):
        if len(words) == k and "the " in text:
            # neg19: the title is the name alone, and the description calls it a thing ("the
            # <Given Family> sneakers", "product shots of the <Family> Paris lipstick")
            found = re.search(r"\bthe " + re.escape(" ".join(words)) + r" ([a-z]+)\b", text)
            if found is not None and (
                found.group(1) in KIND_OPENING or found.group(1) in PRODUCT_WORDS
            ):
                return found.group(1)
            continue
        if len(words) <= k or words[k] not in KIND_OPENING:
            continue
        if re.search(r"\bthe " + re.escape(" ".join(words[: k + 1])) + r"\b", text):
            return words[k]
    return ""


# w2miss: a minor planet's designation, its number in brackets before the name ("(48213)
# Vellacourt-Moss"), on a page of space: named after someone, nobody's face. A year in
# brackets before a person's name ("(2024) <Name>") on a page of photos is no such page.
_MINOR_PLANET = re.compile(r"^\(\s*\d{1,6}\s*\)\s*[a-z]")
_SPACE_TAGS = frozenset(
    {"space", "astronomy", "sci-fi", "scifi", "science fiction", "planet", "planets", "cosmos",
     "galaxy", "universe", "outer space", "asteroid", "spacescape", "astrophotography"}
)  # fmt: skip
_SPACE_HEAD = re.compile(
    r"\b(?:asteroid|minor planet|planetoid|space rock|orbit|main[- ]belt|astronom\w*|"
    r"no (?:people|person|humans?|faces?))\b"
)


def _minor_planet(name: str, tags: tuple[str, ...], head: str) -> str:
    """The designation of a minor planet leading the title on a page of space, or ""."""
    match = _MINOR_PLANET.match(name)
    if match is None:
        return ""
    if _SPACE_TAGS.isdisjoint(tags) and _SPACE_HEAD.search(head) is None:
        return ""
    return match.group(0)


def _kind_title(name: str, raw: str, person_tagged: bool, head: str) -> str:
    """The word of a title that says it names a thing of a kind, or "". Beside a tag that says
    a person (a trade, "sports") or a description that shows one ("40 photos of her") only the
    title's first word or a place's last word counts ("Estadio <Name>" tagged sports is the
    stadium); a band's word not beside its members ("(band) - all members")."""
    bare = _TITLE_BARE.sub(" ", name[:TITLE_BARE_LIMIT])
    if "(" in bare:
        if not person_tagged:
            bracket = _kind_bracket(name, raw, head)
            if bracket:
                return bracket
        bare = _KIND_BRACKET.sub(" ", bare)
    found = _KIND_WORDS.findall(bare)
    if found and found[0] == "the":
        found = found[1:]
    if len(found) < 2:
        return ""
    if found[0] in KIND_FIRST:
        return found[0]
    last = found[-1]
    if not RELATION_WORDS.isdisjoint(found):
        return ""  # someone at, with or holding the thing ("<Name> at the Stadium", "with rifle")
    if last in KIND_LAST_PLACES:
        return last
    if last not in KIND_LAST or person_tagged or _PERSON_SHOWN.search(head) is not None:
        return ""
    if last in GROUP_WORDS and ("member" in head or "member" in name):
        return ""
    return last


def _kind_bracket(name: str, raw: str, head: str) -> str:
    """Brackets of the title that say the kind of thing it names, or "". A kind in brackets is
    written in lower case and short ("(chess opening)"); a work's title in brackets ("(Los
    Puentes de Arena)") is not."""
    for match in _KIND_BRACKET.finditer(raw[:TITLE_BARE_LIMIT]):
        said = match.group(1)
        inside = _KIND_WORDS.findall(said.lower())
        if not (
            said.islower()
            and 0 < len(inside) <= 3
            and (inside[-1] in KIND_BRACKET_LAST or "chatbot" in inside)
        ):
            continue
        if _PERSON_SHOWN.search(head) is not None:
            return ""
        if inside[-1] in GROUP_WORDS and ("member" in head or "member" in name):
            return ""
        return match.group(0)
    return ""


def _film_or_effect(sig: str, name: str, tags: tuple[str, ...], head: str) -> list[Hit]:
    """A film stock ("Portra 400" beside "film emulation") or a film look named in the title
    is a photographic style; a title the description calls an effect or a concept ("Copper Haze
    effect") is a concept's name."""
    out: list[Hit] = []
    title_film = (
        (FILM_PHOTO.search(name) or FILM_LOOK_NAME.search(name)) if may_film(name) else None
    )
    joined = " | ".join(tags)
    tag_film = None
    if title_film is None and may_film(joined):
        tag_film = FILM_PHOTO.search(joined) or FILM_LOOK_NAME.search(joined)
    # the film look said in the title, a tag or the description's opening ("Film emulation.")
    film_head = may_film(head)
    said = title_film or tag_film or (FILM_PHOTO.search(head[:FILM_HEAD]) if film_head else None)
    cue = said or (FILM_PHOTO.search(head) if film_head else None)
    if cue is not None:
        speed = FILM_SPEED.search(name)
        if speed is not None or said is not None:
            # a film speed in the title is a stock's name; a film look in the title beside a
            # person's name ("Anna Kowal analog film look") only says how she was shot
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.8 if speed is not None else -1.0,
                    "name"
                    if speed is not None or title_film is not None
                    else "tags"
                    if tag_film is not None
                    else "description",
                    (speed or cue).group(0),
                    note="a film stock or film look: a photographic style, nobody's face",
                    feature="non_subject:style_name" if speed else "non_subject:concept_name",
                )
            )
    bare = " ".join(_TITLE_BARE.sub(" ", name[:TITLE_BARE_LIMIT]).split())
    place_words = bare.replace("|", " ").split()
    place = (
        _PLACE_TITLE.fullmatch(" ".join(place_words))
        if 2 <= len(place_words) <= 4
        and (place_words[0] in PLACE_FIRST or place_words[-1] in PLACE_LAST)
        else None
    )
    if place is not None:
        kinds = [
            (
                "non_subject:concept_name",
                "the title is a place's name (a lake, a street, a beach), nobody's",
            )
        ]
        if place_words[0] in PLACE_FIRST or place_words[-1] in PLACE_ONLY_LAST:
            # neg10: a place's name that no surname ends ("Santa Imelda", "Alice Hollow
            # Springs"): the name-shaped title is the place's, as a thing tag says
            thing = "the title is a place's name, which no person's name is"
            kinds.insert(0, ("non_subject:thing_tag", thing))
        for feature, note in kinds:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "name",
                    place.group(0),
                    note=note,
                    feature=feature,
                )
            )
    if len(bare) >= 3 and bare in head:
        start = head.find(bare)
        after = head[start + len(bare) : start + len(bare) + 16].lstrip(" -:")
        effect = next((w for w in EFFECT_WORDS if after.startswith(w)), None)
        if effect is not None:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    f"{bare} {effect}",
                    note="the description calls the title an effect or a concept",
                    feature="non_subject:concept_name",
                )
            )
    return out


TRADE_STYLE_TAGS = frozenset({"artist", "artists"})
PERSON_TRADE_TAGS = LIKENESS_TAG_EXPLICIT | LIKENESS_TAG_OCCUPATION


# A title that is a military rank and a capitalised name, nothing else ("Brigadier
# <Surname>", "Colonel <Given> <Surname>"): an officer, whose uniform tag is what they wear.
_RANKED_NAME = re.compile(
    r"(?i:brigadier|colonel|general|major|captain|lieutenant|sergeant|corporal|admiral|"
    r"commodore|commander|marshal)((?: [A-Z][a-z'-]{1,20}){1,2})"
)
RANKED_NAME_LIMIT = 60
RANK_DRESS_TAGS = frozenset({"uniform", "uniforms", "military uniform", "dress uniform"})


def _ranked_name(title: str) -> bool:
    """Whether a title is a rank and a capitalised name whose words are no concept's
    ("Brigadier Vossmoor", not "Captain Uniform", "General Outfit")."""
    found = _RANKED_NAME.fullmatch(title.strip()[:RANKED_NAME_LIMIT])
    if found is None:
        return False
    return not any(
        w.lower() in CONCEPT_WORDS or w.lower() in CONCEPT_NOUNS for w in found.group(1).split()
    )


# Tags that name the base model a Hugging Face adapter was trained on ("sdxl", "sd15"): on an
# adapter (a "lora" tag or a "base_model:adapter:" one) they say what it plugs into, not that
# it is a tool; on a checkpoint they still count.
BASE_MODEL_TAGS = frozenset({"sdxl", "sd15"})
_ADAPTER_TAGS = frozenset({"lora", "template:sd-lora"})
# Model types (as Civitai gives them) that plug into a base model: their "sdxl" tag says which
# one, as on a Hugging Face adapter (there the type is guessed, the tags decide).
ADAPTER_TYPES = frozenset({"LORA", "LoCon", "DoRA"})


def _hf_adapter(record: object) -> bool:
    """Whether a record is an adapter: a Civitai LoRA by its type (w2p20), a Hugging Face one
    by its tags."""
    if getattr(record, "platform", "") != "huggingface":
        return getattr(record, "model_type", "") in ADAPTER_TYPES
    raw = getattr(record, "tags", ()) or ()
    return any(
        isinstance(t, str) and (t.lower() in _ADAPTER_TAGS or t.startswith("base_model:adapter:"))
        for t in raw
    )


@lru_cache(maxsize=4096)
def _tag_kinds(tag: str) -> tuple[bool, bool, bool]:
    """Whether a folded tag is a tool, a style and a concept tag (cached: a small vocabulary)."""
    if tag in LIVE_ACTION_WORDS:
        return False, False, False  # "live action", "tv series": a screen work, not a concept
    return (
        tag in TOOL_WORDS,
        tag in STYLE_WORDS or tag.endswith(" style") or tag == "art style",
        tag in CONCEPT_WORDS or any(w in CONCEPT_WORDS for w in words(tag)),
    )


# What the model *is*, said by the shape of its title, its trigger words and its description
# rather than by one word: a title or trigger made of nothing but concept words ("Flat Chest",
# "Tongues and mouths", "Thailand Tradition Dress", "close portrait; tongue out"), a checkpoint
# that describes itself as a merge of models or as a VAE, an artist's camelCase handle
# ("InkDoesArts").


def _word_list(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns of things a model can teach that are not a person: clothing, anatomy, acts, framing,
# scenes and objects (beside ``CONCEPT_WORDS``). Person words (woman, girl, man) are not among
# them: "sks woman" is a person's trigger.
CONCEPT_NOUNS = _word_list(
    """
    dress dresses gown gowns robe robes shawl shawls scarf veil costume costumes clothes outfit
    outfits uniform uniforms suit suits heels heel shoes boots sneakers stockings socks tights
    pantyhose leggings jeans pants shorts skirt skirts shirt blouse jacket coat sweater hoodie
    bra panties underwear lingerie bikini swimsuit corset apron hat hats cap crown tiara mask
    jewelry jewellery necklace earrings bracelet ring rings glasses sunglasses collar choker
    hanfu kimono qipao cheongsam sari saree hanbok ao dai yukata armor armour ornament ornaments
    tongue tongues mouth mouths lips teeth breasts breast boobs tits chest nipples nipple pussy
    pussies vagina vaginas vulva vulvas penis penises cock dick ass butt butts anus thighs thigh
    legs leg feet foot toes abs belly navel armpits armpit hips waist body bodies curves
    anal creampie blowjob handjob footjob titjob paizuri fellatio cunnilingus missionary
    doggystyle cowgirl sex masturbation fingering bukkake cumshot cum squirting orgasm bondage
    restraints spread pose poses posing position positions gesture
    framing angle lighting bokeh wall walls
    background scene scenery bed bedroom shower bath bathroom beach pool room kitchen office
    tree trees flower flowers bride brides
    """
)
# Words that may stand beside those nouns in such a title: adjectives, colours, sizes, function
# words, nationalities and the model's own type words.
CONCEPT_MODIFIERS = _word_list(
    """
    a an the and or of in on with for to at by her his their my your
    realistic real photorealistic photoreal detailed better perfect good best improved
    big small huge large giant tiny long short flat thick thin wide narrow round perky saggy
    close full upper lower half front back side rear open closed wet dry sexy hot cute
    standing sitting lying kneeling bent spread out up down through over under
    tradition traditional ancient modern classic vintage retro fantasy gothic casual formal
    white black red blue pink green yellow purple golden gold silver grey gray brown
    opera wedding bridal school office party summer winter christmas holiday evening night
    high low heeled silk lace leather latex satin cotton denim wool velvet sheer mesh
    lora locon lycoris loha lokr embedding embeddings ti textual inversion hypernetwork model
    models edition version concept concepts helper pack sd sdxl xl
    """
)
_PHRASE_WORDS = CONCEPT_NOUNS | CONCEPT_MODIFIERS | NATIONALITY_WORDS
_LATIN_WORD = re.compile(r"[a-z]+")
_SCRIPT_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CONCEPT_TITLE_HEAD = 120
CONCEPT_TRIGGERS = 6
CONCEPT_PHRASE_WORDS = 4


def _concept_words(text: str) -> int:
    """The number of concept nouns of a folded text made of nothing but concept nouns and their
    modifiers (0 when any other word stands in it)."""
    nouns = 0
    for word in _LATIN_WORD.findall(text):
        if word in CONCEPT_NOUNS or word in CONCEPT_WORDS:
            nouns += 1
        elif word not in CONCEPT_MODIFIERS and word not in NATIONALITY_WORDS and len(word) > 1:
            return 0
    return nouns


def concept_title(name: str) -> bool:
    """Whether a folded title names only a concept ("Flat Chest", "high heels 高跟鞋"); a title
    in script beside it counts as its translation only beside two Latin words or more."""
    head = name[:CONCEPT_TITLE_HEAD]
    if not _concept_words(head):
        return False
    if _SCRIPT_CHAR.search(head):
        return len(_LATIN_WORD.findall(head)) >= 2
    return True


def concept_triggers(triggers: tuple[str, ...]) -> bool:
    """Whether every trigger word is a short concept phrase ("festival dress; tradition
    shawl"): each holds a concept noun, four words at most, and no word a first name."""
    pieces = [p for t in triggers[:CONCEPT_TRIGGERS] for p in re.split(r"[,;]", t) if p.strip()]
    return bool(pieces) and all(_concept_phrase(p) for p in pieces)


def _concept_phrase(text: str) -> bool:
    found = _LATIN_WORD.findall(text)
    if not found or len(found) > CONCEPT_PHRASE_WORDS or _SCRIPT_CHAR.search(text):
        return False
    if not any(w in CONCEPT_NOUNS or w in CONCEPT_WORDS for w in found):
        return False
    return all(w in _PHRASE_WORDS or first_name(w) is None for w in found)


CONCEPT_DESCRIPTION_MAX = 100
_PIECES = re.compile(r"[,;.\n]")


def concept_description(text: str) -> bool:
    """Whether a short folded description is nothing but concept phrases and styles ("Chinese
    style, ancient costume, hanfu"): at least two pieces, each a concept phrase or a "<word>
    style" whose other words are concept modifiers or nationalities."""
    if not text or len(text) > CONCEPT_DESCRIPTION_MAX:
        return False
    pieces = [p for p in _PIECES.split(text) if p.strip()]
    return len(pieces) >= 2 and all(_concept_phrase(p) or _style_phrase(p) for p in pieces)


def _style_phrase(text: str) -> bool:
    found = _LATIN_WORD.findall(text)
    return (
        2 <= len(found) <= 3
        and found[-1] == "style"
        and not _SCRIPT_CHAR.search(text)
        and all(w in _PHRASE_WORDS for w in found[:-1])
    )


# A checkpoint that says it is a merge of models, or a VAE ("merged various Asian-based models",
# "a perfect merge of A, B and C", "models mixed in", "This VAE slightly reduces …"): a tool.
_MERGE = re.compile(
    r"\b(?:(?:this|a|my|perfect|new) (?:\w+ )?(?:merge|merger|mix|merged model)\b"
    # "AnnaBelleXL: general purpose realistic merge", "photorealistic mix for portraits"
    r"|(?:general[- ]purpose|realistic|photorealistic|semi-realistic) (?:\w+ )?(?:merge|mix)\b"
    r"|merged? (?:of |with |from )?(?:\w+[ ,-]+){0,4}(?:models|checkpoints)\b"
    r"|merged (?:\w+ ){0,2}model\b"
    r"|(?:models|checkpoints) (?:\w+ ){0,3}(?:merged|mixed)\b"
    r"|this vae\b"
    # a merge's recipe: "Recipe: A 0.6 + B 0.4 (add difference)", "weighted sum 0.5"
    r"|recipe\b|add difference\b|weighted sum\b|\d\.\d{1,3} ?\+ ?[a-z])"
)
_NOT_MERGED = re.compile(r"\b(?:without merg|not (?:a )?merg|no merg|unmerged\b|before merg)")
_MERGE_LITERALS = ("merg", "mix", "vae", "recipe", "add difference", "weighted sum", "+")
MERGE_HEAD = 600
_MERGE_NAME = re.compile(r"(?:\bmix|\bmerge|mix(?:x+|v?\d+)?)(?![a-z])|\bmerged\b")
# An artist's camelCase handle as the title's first word: "InkDoesArts", "MiraDraws".
# neg11: "Photos by <Name>", "Portraits by <Name>", "Paintings by <Name>": a title that credits
# the maker of the pictures (not "photos of <Name>", their subject).
_MADE_BY_TITLE = re.compile(
    r"^\W*(?:photos?|photographs?|photography|pictures?|portraits?|paintings?|drawings?|"
    r"illustrations?|sketches|artworks?|art|prints?|engravings?|etchings?|shots|images) by "
)
_ARTIST_HANDLE = re.compile(r"^\W*[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Arts?|Artist|Draws|Paints)\b")
ASSET_TAGS = frozenset({"asset", "assets", "game asset", "game assets"})
# "Works on any character", "only the dress is trained": the model teaches something any
# subject can wear or show, not anyone's face
_ANY_SUBJECT = re.compile(
    r"\b(?:works|use it|use|usable|apply it) (?:on|with|for) (?:any (?:character|person|subject|"
    r"body|girl|woman|man|face|portrait|photo|picture|image|scene)\b|anyone\b|anybody\b)"
    # "No face trained", "the face was not trained": only what the subject wears or does
    r"|\bno faces? (?:was |were |is )?trained\b|\bfaces? (?:is|was|were) not trained\b"
    r"|\bonly the (?:dress|outfit|clothes|clothing|costume|kit|shirt|uniform|jersey|hairstyle|"
    r"makeup|background|pose|style|body) (?:is|was) trained\b"
    # neg11: a face tool for any person's model ("use at 0.3 after any celebrity LoRA", "with
    # your favourite person LoRA"): it fixes faces, it learned none
    r"|\b(?:after|with|on|for|over|under|to) (?:any|every|all|your (?:favou?rite|own)) "
    r"(?:other )?(?:celebrity|celeb|person|people|character|face|subject|real person)"
    r"(?:'s)? (?:loras?|models?|embeddings?|checkpoints?)\b"
    # neg15: "Outfit only, no idol face.", "clothing only", "no celebrity face": the garment is
    # trained, nobody's face (not "no face distortion", a fix; nor "not the outfit only")
    r"|(?<!not )(?<!not the )\b(?:outfits?|clothing|clothes|costumes?|garments?|wardrobe) only\b"
    r"|\bno (?:idol|celebrity|celeb|person's|real|actual|human|model's|one's)"
    r" faces?\b(?! (?:swaps?|distortions?|fix\w*|detail\w*|restor\w*|glitch\w*)\b)"
)
ANY_SUBJECT_HEAD = 600
# one of them is in every match
_ANY_SUBJECT_LITERALS = (" any", "only the", "trained", " every", " all", " your", " only", "no ")
_ANY_SUBJECT_STARTS = PatternStarts(_ANY_SUBJECT)  # perf14: tried only where it can begin
# Tags that say the model is a thing or a place, not anyone: a name-shaped title beside them is
# the thing's or the place's ("Mercedes Gullwing" tagged vehicle, "Florence Rooftops" tagged
# background), unless a tag also says a person (a trade, "celebrity").
THING_TAGS = frozenset(
    {"vehicle", "vehicles", "car", "cars", "motorcycle", "aircraft", "ship", "object", "objects",
     "building", "buildings", "architecture", "background", "backgrounds", "landscape",
     "scenery", "cityscape", "city", "interior", "furniture", "food", "animal", "animals",
     "pet", "pets", "dog", "cat", "plant", "plants", "weapon", "weapons", "prop", "props",
     # neg10: a typeface, a doll or a statue, a horse, a place of nature
     "font", "fonts", "typography", "typeface", "logo", "logos", "doll", "dolls", "bjd",
     "statue", "statues", "sculpture", "sculptures", "mannequin", "mannequins", "figurine",
     "figurines", "horse", "horses", "bird", "birds", "nature", "waterfall", "landmark",
     "landmarks", "location", "locations", "ships", "boat", "boats", "yacht",
     "flower", "flowers", "roses", "cultivar", "hurricane", "typhoon",
     # neg11: a trophy, a drink, an instrument, a bag, a bridge or a tower, the weather, a
     # brand's mascot, a zoo animal
     "trophy", "trophies", "drink", "drinks", "cocktail", "cocktails", "beverage", "guitar",
     "guitars", "instrument", "instruments", "handbag", "handbags", "bag", "bags", "sneakers",
     "bridge", "bridges", "tower", "towers", "weather", "storm", "storms", "satellite",
     "mascot", "mascots", "elephant", "elephants", "racehorse", "racehorses", "lens", "lenses",
     "camera", "cameras", "house", "mansion", "villa", "action figure", "action figures",
     # neg13: a drink's bottle or label
     "beer", "wine", "whisky", "whiskey", "liquor", "spirits", "bottle", "bottles",
     "stained glass", "mosaic", "fresco", "tapestry",
     # neg19: a fashion or cosmetic house's products
     # (not what a person wears: jewellery, a watch, sunglasses, lipstick)
     "perfume", "perfumes", "fragrance", "fragrances", "cosmetics", "skincare", "product",
     "products", "packshot", "packshots", "product photography"}
)  # fmt: skip

# neg10: the title names a thing that has a person's shape or name ("Helena Gardner Script
# font", "Rosalind BJD", "Mannequin Molly", "Statue of Helena"): no one's face.
_THING_NAME = re.compile(
    r"\b(?:font|typeface|mannequin|bjd|ball[- ]jointed doll|statue|sculpture|figurine|"
    r"hurricane|typhoon|cyclone|tropical storm|cruise ship|ocean liner|yacht|cultivar|"
    r"perfume bottle|eau de parfum|eau de toilette|fragrance|typography|lettering|"
    # neg19: a perfume or a skincare line named after someone ("<Given Family> perfume")
    r"perfume|parfum|cologne|skincare|packshot|"
    r"fashion house|couture house|maison|"
    # neg11: a product line, a drink or a dish, an award or a brand's mascot that carries a
    # name ("<Name> Signature Guitar", "<Name> Cocktail", "<Name> Award", "(brand mascot)")
    r"signature (?:guitar|shoe|sneaker|model|edition|line|series|collection)|guitar|roadster|"
    r"handbag|sneaker|cocktail|salad|trophy|statuette|mascot|cosmetics|packaging|"
    r"action figure|stained glass|mosaic|fresco|tapestry)s?\b"
    # a house a title gives to someone, which the model shows ("<Name>'s Villa")
    r"|['\u2019]s (?:villa|mansion|estate|castle|penthouse|house|yacht|garden|car|jet|plane|"
    r"boat|motorcycle|truck|limo|limousine)s?(?: v?\d[\w.]*)?$"
    # a ship's prefix ("HMS Adelaide Corran", "MV Lisette"; not "Ms", a woman's title)
    r"|^(?:hms|rms|uss|mv|m/v|m/s) [a-z]"
)
# neg11: an old photographic process in the title is a look ("Lindell Process Tintype"), a
# thing; w2miss: but not when the page dates a person's birth ("<Name> (daguerreotype)" ...
# "railway engineer <Name>, born 1847", "(b. 1829)", "né en 1838"): then it says how a
# historical person is shown.
_PROCESS_NAME = re.compile(
    r"\b(?:tintype|daguerreotype|daguerr[ée]otype|ambrotype|cyanotype|wet[- ]plate)s?\b",
    re.IGNORECASE,
)
_BORN = re.compile(
    r"\b(?:born|b\.|n[ée]e?|nato|nata|nacid[oa]|geboren|ur\.|urodzon[ya])\s+"
    r"(?:(?:in|en|im|nel|em|w|on|c\.|ca\.)\s+)?(?:\d{1,2}\s+\w+\s+)?1[5-9]\d\d\b",
    re.IGNORECASE,
)
# neg10: the description says what the name is, a thing, a place or an animal ("Helena Gardner
# is a serif typeface", "is an Italian luxury fashion house", "Oliver is my ginger tabby",
# "Daisy Mae is our family's beagle puppy"), or whose photos they are ("photos I took of my cat
# Luna"). At most three describing words between, none of them a person's or a link word.
_THING_NOUNS = (
    r"(?:font|typeface|fashion (?:brand|house|label)|clothing (?:brand|line|label)|luxury "
    r"brand|city|town|village|waterfall|river|lake|mountain|island|harbou?r|"
    r"neighbou?rhood|landmark|(?:ball[- ]jointed|porcelain|resin|vinyl|rag) doll|bjd|statue|"
    r"sculpture|mannequin|figurine|hurricane|typhoon|cyclone|tropical storm|ship|cruise ship|"
    r"yacht|vessel|ocean liner|schooner|perfume|fragrance|scent|rose|cultivar|orchid|tulip|"
    r"peony|flower|"
    r"cat|kitten|dog|puppy|tabby|retriever|terrier|beagle|poodle|labrador|husky|corgi|pug|"
    r"dachshund|shepherd|spaniel|collie|horse|mare|stallion|pony|parrot|rabbit|bunny|"
    r"hamster|ferret|pet|"
    # neg11: a racehorse or a zoo animal, a car, an instrument, a product, a dish or a drink,
    # an award, a building or a street, a brand's mascot
    r"racehorse|filly|colt|gelding|thoroughbred|elephant|giraffe|car|roadster|guitar|"
    r"sneaker|handbag|cocktail|salad|trophy|statuette|award|tower|bridge|"
    r"concert hall|stadium|mascot|villa|mansion|lens|camera|action figure|"
    # a shop, an inn or a firm named like a woman ("<Name> is a sourdough bakery in Leeds")
    r"bakery|caf\u00e9|cafe|restaurant|bistro|pub|tavern|inn|hotel|boutique|winery|brewery|"
    r"distillery|lighthouse|icebreaker|locomotive|airship|"
    # neg13: a phenomenon, a disease or a theorem, a band, a place, a ship, a drink, an
    # instrument, a spacecraft, a weapon, a toy, a game's piece or a flower named after someone
    r"phenomenon|syndrome|disease|theorem|conjecture|chess opening|gambit|"
    r"band|jazz band|quartet|quintet|orchestra|choir|avenue|boulevard|piazza|plaza|square|"
    r"arena|"
    r"memorial|monument|obelisk|mausoleum|comet|asteroid|nebula|glacier|volcano|fjord|"
    r"steamship|steamer|tall ship|galleon|frigate|submarine|brand(?! new)|company|manufacturer|"
    r"whiske?y|bourbon|vodka|gin|beer|ale|wine|champagne|violin|cello|piano|harp|"
    r"saxophone|probe|telescope|spacecraft|space probe|rover|fractal|cannon|rifle|revolver|"
    r"pistol|musket|sword|plush|plushie|teddy bear|plush toy|soft toy|stuffed toy|"
    r"playing piece|game piece|"
    r"board game|card game|dahlia|tulip|clematis|daffodil|camellia|magnolia|hydrangea)"
)
# What may not follow the thing's noun: a person it names ("a dog lover", "the city's mayor")
_NOT_PERSON_AFTER = (
    r"(?!'s\b|-| (?:person|lover|owner|mom|mum|dad|parent|girl|boy|woman|man|lady|fan|model|"
    r"influencer|ambassador|sitter|walker|trainer|breeder|council|member|mayor|captain|"
    r"official|resident|native|local|star|icon|legend|queen|king|princess|face|muse|"
    r"enthusiast|fanatic|nut|collector|winner|show|ceremony|night|party|assistant|clerk|"
    r"chef|cook|regular|keeper|staff|employee|waitress|barista|landlady|landlord|host|quiz|"
    r"wash|ceo|boss|chief|head|prodigy|virtuoso|player|member)\b"
    # nor a trade named after it ("a rose gardener", "a font designer", "a dog groomer")
    r"| [a-z]+(?:er|or|ist|ian|ess)\b)"
)
_IS_THING = re.compile(
    # the fewest describing words first: "is a landmark of the city" is a landmark's
    r"\b(?:is|was) (?:a|an|the|my|our)((?: [a-z'-]+){0,3}?) "
    + _THING_NOUNS
    + r"s?\b"
    + _NOT_PERSON_AFTER
    # neg11: a description that opens on the name and what it is ("Duchess Amberleigh, the
    # bay filly, …", "<Name>, a brutalist tower"): the same, said in apposition
    # (the noun ends the phrase: "<Name>, the street style queen" is no street)
    # (neg13: or after a colon or a dash: "<Name>: a sweet dessert wine from the Loire")
    + r"|^[^,.;:!?]{1,60}(?:,|:| -| \u2013| \u2014) (?:a|an|the|my|our)((?: [a-z'-]+){0,3}?) "
    + _THING_NOUNS
    + r"s?"
    + r"(?=[,.;:!?)]|$| (?:by|at|in|from|of|on|near|with|owned|built|bred|who|that|which)\b)"
    + r"|\b(?:photos?|pictures?|pics|images|shots) (?:i (?:have )?(?:took|taken) )?of (?:my|our)"
    r"((?: [a-z'-]+){0,2}) " + _THING_NOUNS + r"\b"
    # "renders text in the Eliza Grotesk typeface", "gowns of the fashion house Odette Varenne"
    r"|\b(?:text|letters|lettering|words|titles?|signs?|logos?|written|set|typeset) (?:in|with) "
    r"the(?: [a-z'-]+){1,3} (?:typeface|font)\b"
    r"|\b(?:gowns|clothes|clothing|collections?|runway|designs|bags|handbags|dresses|pieces) "
    r"(?:of|by|from) the (?:fashion |couture )?house\b"
    # neg11: "sneaker of the <Name> signature line", "the <Name> signature guitar": a product
    # line named after someone, not the person
    r"|\b(?:sneakers?|shoes?|boots?|guitars?|cars?|bags?|handbags?|watch(?:es)?|perfumes?) "
    r"(?:of|from) the(?: [a-z'-]+){1,3} signature (?:line|series|edition|collection)\b"
    # a description that opens on it: "My cat, 40 photos.", "Our beagle puppy Daisy."
    r"|^(?:my|our)((?: [a-z'-]+){0,2}) " + _THING_NOUNS + r"\b(?! (?:person|lover|owner)\b)"
    # neg11: what it is, in brackets: "<Name> - Derby winner 2029 (horse)"
    r"|\(" + _THING_NOUNS + r"s?\)"
    # neg13: "the persona of an AI chatbot app", "the avatar of the bank's virtual assistant"
    r"|\b(?:persona|avatar|mascot|voice) of (?:a|an|the)((?: [a-z'-]+){0,2}?) "
    r"(?:chatbot|chat bot|(?:ai|virtual|voice|digital) assistant)\b"
)
_NOT_A_DESCRIBING_WORD = frozenset(
    {"from", "of", "in", "at", "with", "who", "that", "and", "for", "near", "on", "to", "by",
     "girl", "woman", "man", "boy", "lady", "model", "actress", "actor", "singer", "person",
     "wife", "girlfriend", "friend", "sister", "mother", "daughter", "brother", "husband"}
)  # fmt: skip
_IS_THING_LITERALS = (" is ", " was ", "is ", "of my ", "of our ", "my ", "our ", "typeface",
                      "font", "house", "signature", ", a", ", the", ", my", ", our",
                      "(", "chatbot", "chat bot", "assistant", ": a", ": the", "- a", "- the",
                      "\u2013 a", "\u2013 the", "\u2014 a", "\u2014 the")  # fmt: skip
IS_THING_HEAD = 400
_IS_THING_STARTS = PatternStarts(_IS_THING)  # tried only where its words stand (neg13)


# neg10: the description credits the title's name with a style ("Fashion photography in the
# manner of <Name>", "in the style of the painter <Name>", "inspired by the work of <Name>"):
# the name is a photographer's or a painter's, whose style, not face, is taught. ("Photography
# of <Name>", "paintings of <Name>" depict her, and are not among them.)
_STYLE_CREDIT = re.compile(
    r"\b(?:in the (?:style|manner|vein|spirit|tradition) of|(?:style|aesthetic|brushwork|"
    r"palette) of|inspired by the (?:works?|art|artworks?) of)(?: the)?(?: (?:[a-z0-9-]+ )?"
    r"(?:photographer|painter|artist|illustrator|cinematographer|sculptor|printmaker))? "
)
STYLE_CREDIT_HEAD = 600
# neg11: "the look of the 1964 film <Title>", "colour grading of the film <Title>": a film's
# look, whose title may be a heroine's name (not "stills of the film", a live-action face).
_FILM_LOOK = re.compile(
    r"\b(?:look|colou?r grad(?:e|ing)|cinematography|palette|colou?rs|grain) of the "
    r"(?:\d{4} )?(?:film|movie|motion picture|album|record|painting)\b"
)
_FILM_LOOK_STARTS = PatternStarts(_FILM_LOOK)  # perf14: tried only where it can begin


# neg13: the style of a painting whose title names its sitter ("in the style of Portrait of
# <Name>", "style of the 1890 portrait of <Name>", "brushwork after the painting of <Name>"): a
# painting's look, not the sitter's face
_SITTER_STYLE = re.compile(
    r"\b(?:style|look|brushwork|palette|manner|technique) (?:of|from|after) (?:the |a |an )?"
    r"(?:(?:\d{4}|[a-z]+) ){0,2}(?:portrait|painting) of\b"
)


_STYLE_CREDIT_GATE = LiteralGate(("style", "manner", "vein", "spirit", "tradition", "brushwork",
                                  "palette", "inspired"))  # fmt: skip
_STYLE_CREDIT_STARTS = PatternStarts(_STYLE_CREDIT)  # perf14: tried only where it can begin


# neg18: a style credited through an art trade ("style LoRA after the concept artist <Name>",
# "an homage to the illustrator <Name>", "tribute to the photographer <Name>"): the art trades
# are the trades table's (``trades.trade_words(art=True)``).
_ART_CREDIT = re.compile(
    r"\b(?:style|styles|homage|hommage|tribute|aesthetic|look|"
    # neg19: a photographer's grading, preset or light ("a colour grading inspired by the
    # photographer <Name>")
    r"grading|presets?|lighting|tones|film look)(?: (?:lora|locon|lycoris|model|"
    r"embedding|checkpoint))? (?:after|of|to|inspired by|based on) (?:the )?(?:[a-z0-9-]+ )?(?:"
    + "|".join(sorted((re.escape(fold(w)) for w in trade_words(art=True)), key=len, reverse=True))
    + r") "
)
_ART_CREDIT_STARTS = PatternStarts(_ART_CREDIT)
# neg18: the title's name followed by its style or its works ("<Name> style.", "<Name>'s art
# style", "<Name>'s paintings"): the name is the maker's. The style word ends the phrase (not
# "<Name> style hair", a look of hers).
_STYLE_AFTER_NAME = re.compile(
    r"(?:'s|’s)?(?: (?:art ?style|artstyle|painting style|drawing style|style)(?: lora| model|"
    r" embedding| lycoris)?(?=[.,;:!)]|$| - | by | trained )|(?:'s|’s) (?:works?|artworks?|art|"
    r"paintings?|illustrations?|photographs?|photography|prints?|brushwork|palette)\b)"
)


# neg19: the title's name said to be of an art trade, beside what its works look like ("<Name>
# is a fashion photographer; this captures the grain and colour of the shots"): the maker of a
# style. Not where the page shows her (``_PERSON_SHOWN``: "photos of her").
_IS_ART_TRADE = re.compile(
    r" (?:is|was) an? (?:[a-z-]+ )?(?:"
    + "|".join(sorted((re.escape(fold(w)) for w in trade_words(art=True)), key=len, reverse=True))
    + r")\b"
)
_WORKS_LOOK = re.compile(
    r"\b(?:grain|colou?rs?|palette|tones|light|lighting|grading|composition|style|look of)\b"
)


def _style_credit(name: str, head: str) -> re.Match[str] | None:
    """The phrase that credits the title's first word (a given name) with a style, or None."""
    first = name.split(" ", 1)[0]
    if len(first) < 3:
        return None
    if _STYLE_CREDIT_GATE(head):
        for match in _STYLE_CREDIT_STARTS.finditer(head):
            if head.startswith(first, match.end()):
                return match
    for match in _ART_CREDIT_STARTS.finditer(head):
        if head.startswith(first, match.end()):
            return match
    # the whole title (a name of two words at least) then its style: "<Name> style."
    bare = name.strip()
    if " " not in bare or len(bare) > 40:
        return None
    if f"{bare} is a" in head or f"{bare} was a" in head:
        trade = _IS_ART_TRADE.match(head, head.find(bare) + len(bare))
        if (
            trade is not None
            and _WORKS_LOOK.search(head, trade.end()) is not None
            and _PERSON_SHOWN.search(head) is None
        ):
            return trade
    start = head.find(bare)
    while start >= 0:
        after = _STYLE_AFTER_NAME.match(head, start + len(bare))
        if after is not None and after.end() > after.start():
            return after
        start = head.find(bare, start + 1)
    return None


def _is_thing(head: str) -> re.Match[str] | None:
    """The sentence of a description's head that says its subject is a thing, a place or an
    animal, or None."""
    if not any(literal in head for literal in _IS_THING_LITERALS):
        return None
    members = "member" in head
    for match in _IS_THING_STARTS.finditer(head):
        gap = next((group for group in match.groups() if group), "").split()
        if members and not GROUP_WORDS.isdisjoint(_KIND_WORDS.findall(match.group(0))):
            continue  # a band whose members the page names: their faces (neg13)
        if _NOT_A_DESCRIBING_WORD.isdisjoint(gap):
            return match
    return None


# A trigger pair that puts one token on both sexes ("sks man; sks woman", "zwx male, zwx female"):
# the token is something a man and a woman can both show (underwear, a look), not one face.
_TOKEN_CLASS = re.compile(r"^\s*([a-z0-9]{2,12}) +(woman|man|girl|boy|lady|guy|female|male)\s*$")
_SEXES = {"woman": "f", "girl": "f", "lady": "f", "female": "f",
          "man": "m", "boy": "m", "guy": "m", "male": "m"}  # fmt: skip
SEX_TRIGGERS = 8


def _token_on_both_sexes(triggers: tuple[str, ...]) -> str:
    """The token one trigger word puts on a woman and another on a man, or ""."""
    seen: dict[str, str] = {}
    for trigger in triggers[:SEX_TRIGGERS]:
        for piece in trigger.split(","):
            found = _TOKEN_CLASS.match(piece)
            if found is None:
                continue
            token, sex = found.group(1), _SEXES[found.group(2)]
            if seen.get(token, sex) != sex:
                return token
            seen[token] = sex
    return ""


# A title that names a photographic process or a scene's look ("Color Grading Negative
# Embeddings", "Analog Film Photographic Scene Enhancement", "easy movie scenes"): a tool
# for any picture, not anyone's face.
_PHOTO_PROCESS = re.compile(
    r"\b(?:colou?r grading|scene enhancement|(?:movie|film|cinematic) scenes?|analog film|"
    r"film grain|cinematic lighting|photographic (?:scenes?|effects?|enhancement))\b"
)
_PROCESS_LITERALS = ("grading", "scene", "film", "cinematic", "photographic")


def _may_process(name: str) -> bool:
    return any(literal in name for literal in _PROCESS_LITERALS)


# neg10: a checkpoint's description that lists sample prompts ("Sample prompts: 'portrait of
# <Name>, 35mm'", "Example prompt: photo of <Name> …"): a general model's demo.
_SAMPLE_PROMPT = re.compile(
    r"\b(?:sample|example|demo|showcase|preview|test)(?: image)? prompts?\b"
    r"|\bprompts? (?:used|examples?)\b"
)
SAMPLE_PROMPT_HEAD = 1500
_SAMPLE_PROMPT_STARTS = PatternStarts(_SAMPLE_PROMPT)  # perf14: tried only where it can begin
SAMPLE_PROMPT_FEATURE = "non_subject:sample_prompt"


def _what_it_is(sig: str, record: object, model_type: str) -> list[Hit]:
    out: list[Hit] = []
    v = view(record)
    if concept_title(v.name_folded):
        out.append(
            Hit(
                sig,
                "likeness",
                -1.0,
                "name",
                v.name_folded[:CONCEPT_TITLE_HEAD],
                note="the title names only a concept (an outfit, body part, act or framing)",
                feature="non_subject:concept_name",
            )
        )
    if v.trained_folded and concept_triggers(v.trained_folded):
        out.append(
            Hit(
                sig,
                "likeness",
                -1.0,
                "trained_words",
                v.trained_folded[0],
                note="every trigger word is a concept phrase",
                feature="non_subject:concept_trigger",
            )
        )
    if concept_description(v.description_folded):
        out.append(
            Hit(
                sig,
                "likeness",
                -1.0,
                "description",
                v.description_folded[:CONCEPT_DESCRIPTION_MAX],
                note="the whole description names only a concept or a style",
                feature="non_subject:concept_name",
            )
        )
    if model_type in CHECKPOINT_TYPES:
        sample = _SAMPLE_PROMPT_STARTS.search(v.description_folded[:SAMPLE_PROMPT_HEAD])
        if sample is not None and not find_names(v.description_folded[: sample.start()][-400:]):
            # (a name before the prompts is the page's own subject: "Dreambooth of <Name>.
            # Example prompt: …")
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    sample.group(0),
                    sample.span(),
                    note="a checkpoint's sample prompts: whoever they name is a demo, not what "
                    "it was trained on",
                    feature=SAMPLE_PROMPT_FEATURE,
                )
            )
    if model_type in CHECKPOINT_TYPES:
        head = v.description_folded[:MERGE_HEAD]
        match = _MERGE.search(head) if any(w in head for w in _MERGE_LITERALS) else None
        if match is not None and _NOT_MERGED.search(head):
            match = None  # "the base form, without merging": a trained model, said so
        # a checkpoint named as a merge ("ivoryorangeMix", "dreamMixXX_realistic", "X Mix")
        match = match or _MERGE_NAME.search(v.name_folded)
        if match:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    match.group(0),
                    match.span(),
                    note="a checkpoint that says it is a merge of models or a VAE",
                    feature="non_subject:merge",
                )
            )
    both = _token_on_both_sexes(v.trained_folded)
    if both:
        out.append(
            Hit(
                sig,
                "likeness",
                -1.0,
                "trained_words",
                both,
                note="one token taught on a man and on a woman: a thing anyone wears, no face",
                feature="non_subject:any_subject",
            )
        )
    process = _PHOTO_PROCESS.search(v.name_folded) if _may_process(v.name_folded) else None
    if process:
        out.append(
            Hit(
                sig,
                "likeness",
                -0.8,
                "name",
                process.group(0),
                process.span(),
                note="the title names a photographic process or scene look, not anyone",
                feature="non_subject:style_name",
            )
        )
    credit = _MADE_BY_TITLE.match(v.name_folded) if " by " in v.name_folded else None
    if credit:
        out.append(
            Hit(
                sig,
                "likeness",
                -0.8,
                "name",
                credit.group(0),
                credit.span(),
                note="the title credits whom the pictures are by, their maker, not their subject",
                feature="non_subject:style_name",
            )
        )
    handle = _ARTIST_HANDLE.match(v.name)
    if handle:
        out.append(
            Hit(
                sig,
                "likeness",
                -0.8,
                "name",
                handle.group(0),
                note="an artist's handle names the style",
                feature="non_subject:style_name",
            )
        )
    return out
