"""Fiction (negative evidence): anime, game and film franchises, character tags, "from <the
anime/game>" in the name or description."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, folded_description, tags_of, view
from dfaudit.detect.names import canonical_key, common_words, find_names, first_name
from dfaudit.detect.text import (
    LiteralGate,
    PatternStarts,
    StartFinder,
    fold,
    search_starts,
    word_set,
)
from dfaudit.detect.trades import trade_words
from dfaudit.detect.vocab import (
    ANIMATED_WORDS,
    CONCEPT_WORDS,
    FICTION_PHRASES,
    FICTION_STRONG,
    FICTION_WORDS,
    FILM_LOOK_NAME,
    FILM_PHOTO,
    LIVE_ACTION_WORDS,
    LIVE_GENERIC_FICTION,
    NOT_NAME_WORDS,
    PHOTO_CONTEXT_WORDS,
    SCRIPT_OCCUPATION_TAGS,
    TARGET_EDGE_WORDS,
    may_film,
    without_negative_prompts,
)

_PHRASES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in sorted(FICTION_PHRASES, key=len, reverse=True))
    + r")\b"
)
_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(FICTION_STRONG, key=len, reverse=True)) + r")\b"
    # "not so good on anime ones", "works on anime checkpoints": the base models it runs on
    r"(?![ -](?:ones?|checkpoints?|models?|merges?|bases?|base models?)\b)"
)
# neg11: a genre or a platform before a game or a drawn medium ("from the horror game", "from
# the mobile game")
_GENRE = (
    r"(?:(?:horror|survival|indie|mobile|fighting|racing|strategy|puzzle|adventure|action|"
    r"shooter|fps|open-world|stealth|retro|arcade|browser|console|pc|fantasy|sci-fi|"
    r"platformer|rhythm) )?"
)
_FROM = re.compile(
    r"\b(?:from|in|character of|character from)\s+(?:the\s+)?(?:series|"
    + _GENRE
    + r"(?:anime|manga|game|video game|visual novel|light novel|webtoon|cartoon|comic|"
    # neg18: the drawn media of Chinese and Korean studios
    r"donghua|manhua|manhwa))\b"
    # "from the animated series", "from my favourite JRPG", "in the comic book series"
    r"|\b(?:from|in|character of|character from) (?:(?:the|my|a|an|this) )?(?:(?:favou?rite|"
    r"new|old|classic|popular|indie|japanese|korean|chinese) )?(?:animated (?:series|show|film|"
    r"movie|sitcom)|j?rpgs?|mmorpgs?|mmos?|gacha games?|otome games?|dating sims?|comic books?|"
    r"graphic novels?|cartoon series)\b"
)


_ROLE = re.compile(
    r"\b(?:heroine|protagonist|main character|villain|antagonist|mascot|sidekick|lead character|"
    r"playable character|title character) (?:of|from|in)\b"
    # "Character LoRA of X from <work>": a character model (a live-action one is read apart)
    r"|\bcharacter (?:lora|locon|lycoris|model|embedding) (?:of|for)\b(?! (?:me|myself|my)\b)"
    # neg18: the same with a colon or a dash ("Character LoRA: X from <work>")
    r"|\bcharacter (?:lora|locon|lycoris|model|embedding) ?[:\u2013\u2014-] ?(?=[a-z])"
    # neg18: "my favourite MMORPG girl", "a visual novel heroine", "gacha game waifu": a
    # character named by its drawn medium or its game (not "gamer girl", a person who plays)
    r"|\b(?:anime|manga|manhwa|manhua|donghua|webtoon|mmorpg|mmo|j?rpg|visual novel|light novel|"
    r"gacha(?: game)?|otome(?: game)?|rhythm game|video ?game|mobile game) (?:girls?|boys?|"
    r"waifus?|husbandos?|heroines?|characters?)\b"
    # "Marla Finch, drawn character": a drawing's figure, no face
    r"|\b(?:drawn|animated|cartoon) (?:character|heroine|hero|protagonist)s?\b"
)
# A title that names its drawn work in brackets ("Marla Finch (Quarry Kings comic)", "Yuna
# (Hoshikaze manga)"): the medium word ends the bracket. A live-action show or a bare "game"
# ("(Squid Game)") is not among them.
_DRAWN_WORK_NAME = re.compile(
    r"\((?:[^()]{1,40} )?(?:comics?|manga|manhwa|manhua|webtoon|cartoon|anime|video ?game|"
    r"visual novel|light novel|graphic novel)\)"
)
# neg19: drawn and game media the shared fiction tables lack, in a title or a description:
# light and web novels, webcomics, Chinese animation and comics, adult visual-novel genres, the
# game engines of avatars ("<Name> (VRChat avatar)", "MMD model <Name>"), and the abbreviations
# LN / VN where only a work's medium stands ("(VN)", "LN heroine"). Not before a trade of a real
# person ("light novel author", "VRChat streamer").
_DRAWN_MEDIUM = re.compile(
    r"(?:\b(?:light ?novels?|web ?novels?|web ?comics?|manhua|donghua|eroge|galge|vrchat|vroid|"
    r"koikatsu|mmd|vrm|(?:unity|booth|blender|vrc|3d) avatars?|(?:unity|booth|blender|vrc) "
    r"models?|webtoons?|manhwa)|\((?:ln|vn)\)|\b(?:ln|vn)(?= (?:heroines?|characters?|girls?|"
    r"routes?)\b|:)|(?<=\bthe )(?:ln|vn)\b)"
    r"(?![a-z])"
    r"(?! ?(?:authors?|writers?|illustrators?|artists?|streamers?|players?|creators?|youtubers?|"
    r"translators?|editors?|voice|cosplay\w*|adapt\w*|dramas?|k-?dramas?|live[- ]action)\b)"
)
_DRAWN_MEDIUM_LITERALS = ("novel", "comic", "manhua", "donghua", "eroge", "galge", "vrchat",
                          "vroid", "koikatsu", "mmd", "vrm", "ln", "vn", "avatar", "unity",
                          "booth", "blender", "vrc", "webtoon", "manhwa")  # fmt: skip
# Booru-style prompts of drawn characters: "1girl, long hair, silver hair, red eyes".
_BOORU_COUNT = re.compile(r"\b(?:[1-6](?:girl|boy)s?|solo)\b")
_DRAWN_WORD = re.compile(r"\b(?:anime|manga|cartoon|chibi|illustration|2d|cel shading)\b")
_BOORU_LOOK = re.compile(
    r"\b(?:(?:pink|blue|green|purple|silver|white|aqua|orange|red|multicolou?red|two-tone|"
    r"light blue|lavender|grey|gray) hair|(?:red|purple|pink|yellow|golden|orange|aqua|"
    r"glowing) eyes|heterochromia|animal ears|cat ears|fox ears|"
    r"ahoge|twintails|hair ornament)\b"
)
# Where a match of each description pattern can begin (every match begins with one of these):
# the patterns are tried there only (``text.finditer_at``), not at every character.
_ROLE_STARTS = StartFinder(
    (
        "heroine",
        "protagonist",
        "main character",
        "villain",
        "antagonist",
        "mascot",
        "sidekick",
        "character ",
        "drawn",
        "animated",
        "cartoon",
        # neg18: "a playable character in <Game>", "lead/title character of" (the pattern held
        # them; they were never tried, no start began them)
        "playable",
        "lead",
        "title",
        "anime",
        "manga",
        "manhwa",
        "manhua",
        "donghua",
        "webtoon",
        "mmo",
        "rpg",
        "jrpg",
        "visual novel",
        "light novel",
        "gacha",
        "otome",
        "rhythm game",
        "video",
        "mobile game",
    )
)
_FROM_STARTS = StartFinder(("from", "in", "character"))
_PHRASES_STARTS = StartFinder(FICTION_PHRASES)
_WORDS_STARTS = StartFinder(FICTION_STRONG)


# "works with anime checkpoints": made for drawn base models only (a page that also speaks of
# realistic checkpoints or photos says nothing by it: real people are drawn too)
_ANIME_BASE = re.compile(
    r"\b(?:works?|made|use it|trained) (?:well |best |great |only )?(?:with|on|for) "
    r"(?:most |any |all )?anime (?:checkpoints?|models?|bases?)\b"
)
_REAL_BASE = re.compile(r"\b(?:realistic|photoreal\w*|real photos?|photos of)\b")
# The drawn base checkpoints a page recommends by name ("anything4.5适配性良好", "use with
# Counterfeit or AOM3"): a model made for them draws. A page that names a realistic base, a
# photo or real people in script beside them says nothing by it.
_ANIME_CHECKPOINT = re.compile(
    r"\b(?:anything ?(?:v ?)?[345](?:\.\d)?|counterfeit|abyss ?orange ?mix|orangemix|aom ?[123]|"
    r"meina ?mix|pastel ?mix|anylora|cetus ?mix|rev ?animated|novel ?ai|nai ?(?:model|base|leak)"
    # neg10: the anime bases of 2024-2025 ("Illustrious, outfit triggers in the versions",
    # "illustrious / noobai")
    r"|illustrious(?: ?xl)?|noob ?ai(?: ?xl)?|animagine(?: ?xl)?)"
    r"(?![a-z])"
)
_ANIME_CHECKPOINT_LITERALS = ("anything", "counterfeit", "orange", "aom", "meina", "pastel",
                              "anylora", "cetus", "animated", "novel", "nai", "illustrious",
                              "noob", "animagine")  # fmt: skip
_ANIME_CHECKPOINT_GATE = LiteralGate(_ANIME_CHECKPOINT_LITERALS)  # perf14: in the shared pass
_ANIME_CHECKPOINT_STARTS = PatternStarts(_ANIME_CHECKPOINT)  # perf14: where it can begin
_REAL_CHECKPOINT = re.compile(
    r"chillout|majic|deliberate|realistic|photon|epicreal|cyberreal|urpm|perfect ?world|"
    r"beautiful ?realistic|xxmix|basil|lucky ?strike|henmix ?real|dreamshaper|real|photo"
    r"|真人|写实|真实|実写|リアル|실사|사진|写真"
)
_DESCRIPTION_TRIGGERS = (
    FICTION_STRONG
    | {"from", "in", "character", "heroine", "protagonist", "villain", "antagonist", "mascot"}
    | {"drawn", "animated"}
    | {"mmo", "mmorpg", "rpg", "jrpg", "visual", "light", "otome", "rhythm", "video", "mobile"}
    | {"donghua", "manhua"}
    | {p.split()[0] for p in FICTION_PHRASES}
)


class Fiction:
    name: ClassVar[str] = "fiction"
    version: ClassVar[str] = "36"
    fields: ClassVar[tuple[str, ...]] = ("tags", "name", "description", "trained_words")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        tags = tags_of(record)
        name = view(record).name_folded
        head = description_of(record)[:1500]
        if named_cosplayer(head):
            # photos of a named cosplayer: the costume's fiction says nothing of her face
            return [
                Hit(
                    sig,
                    "likeness",
                    0.5,
                    "description",
                    "cosplayer",
                    note="photos of a named cosplayer in costume",
                    feature="live_action:role",
                )
            ]
        live = _live_action(tags, name, head)
        # a drawn or game character made to look real ("Realistic <X> from <Work>"), or a
        # live-action role whose face is a mask or a helmet: neither is an actor's face
        made = _rendered(tags, name, view(record).description_folded[:RENDER_HEAD]) or (
            live and _masked(tags, name, head)
        )
        if made:
            live = ""
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0 if made in MASK_WORDS else -0.8,
                    "description",
                    made,
                    note="a character rendered or worn (a realistic render, a mask), no face",
                    feature="fiction:role",
                )
            )
        category = not live and _category_tag(
            tags, name, head, getattr(record, "model_type", "") or ""
        )
        faithful = not PERSON_TAGS.isdisjoint(tags)
        for tag in tags:
            if live and tag in LIVE_GENERIC_FICTION:
                continue  # a live-action character: the tag says "role", not "drawn"
            if live and (tag in ANIMATED_WORDS or tag in FICTION_STRONG):
                continue  # the drawn source of a live-action adaptation (_live_action)
            if faithful and tag in FAITH_TAGS:
                continue  # a preacher tagged "religion" and "person": a believer, no myth
            if category and tag in CATEGORY_TAGS:
                continue  # Civitai's "character" category on a photo model of someone
            hit = _tag_hit(tag)
            if hit is not None:
                out.append(hit)
        if live:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.5,
                    "tags",
                    live,
                    note="a character of live-action fiction has the actor's face",
                    feature="live_action:role",
                )
            )
            out.extend(
                _actor_targets(
                    sig, view(record).name, view(record).description, view(record).trained_words
                )
            )
        match = (
            _PHRASES.search(name)
            or _WORDS.search(name)
            or _FROM.search(name)
            or _GAME_NAME.search(name)
            or (_DRAWN_WORK_NAME.search(name) if "(" in name else None)
        )
        if match:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "name",
                    match.group(0),
                    match.span(),
                    note="fiction word in name",
                    feature="fiction:name",
                )
            )
        medium = None if live else _drawn_medium(name)
        if medium is not None:
            # neg19: the title says its drawn or game medium ("<Name> (VRChat avatar)", "<Name>
            # - LN heroine", "MMD model <Name>"): a character, as "from the anime" says
            out.append(
                Hit(
                    sig,
                    "likeness",
                    DRAWN_FROM_SCORE,
                    "name",
                    medium.group(0),
                    medium.span(),
                    note="a drawn or game medium in the name (light novel, VN, VRChat, MMD)",
                    feature="fiction:role",
                )
            )
        animal = _ANIMAL_TITLE.match(name[:ANIMAL_TITLE_HEAD])
        if animal is not None and not match:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "name",
                    animal.group(0),
                    animal.span(),
                    note="a named animal character ('<Name> the Duck')",
                    feature="fiction:name",
                )
            )
        out.extend(_booru_hits(sig, record))
        if not any(h.feature == "live_action:actor" for h in out):
            out.extend(_title_actor(sig, view(record).name, bool(live)))
        if not live and not any(h.feature == "live_action:actor" for h in out):
            out.extend(_described_actor(sig, head[:PLAYING_HEAD]))
        drawn = "" if live else _script_fiction(view(record).name, head[:SCRIPT_FICTION_HEAD])
        if drawn:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    # a VTuber said in script weighs as "the VTuber <Name>" does in English
                    DRAWN_FROM_SCORE if drawn in SCRIPT_VTUBER_WORDS else -0.8,
                    "description",
                    drawn,
                    note="a character of anime, manga or a game, said in script",
                    feature="fiction:role",
                )
            )
            if drawn in SCRIPT_VTUBER_WORDS:
                # as the word "vtuber" in an English description is also a fiction word
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.7,
                        "description",
                        drawn,
                        note="fiction word in description (a VTuber, said in script)",
                        feature="fiction:description",
                    )
                )
        text = folded_description(record, 1500)
        anime_base = _ANIME_BASE.search(text) if "anime " in text else None
        if anime_base is None and _ANIME_CHECKPOINT_GATE(text):
            anime_base = _ANIME_CHECKPOINT_STARTS.search(text)
            if anime_base is not None and _REAL_CHECKPOINT.search(text) is not None:
                anime_base = None
        if anime_base is not None and _REAL_BASE.search(text) is None:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "description",
                    anime_base.group(0),
                    anime_base.span(),
                    note="made for anime base models only",
                    feature="fiction:anime_base",
                )
            )
        credit = _voice_credit(view(record).name, head)
        if credit:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    DRAWN_FROM_SCORE,
                    "description",
                    credit,
                    note="a character credited to its voice actor (CV, VA, voiced by)",
                    feature="fiction:role",
                )
            )
        captured = _IN_GAME_STARTS.search(text) if _IN_GAME_GATE(text) else None
        captured = captured or _made_real(text)
        if captured:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    DRAWN_FROM_SCORE,
                    "description",
                    captured.group(0),
                    captured.span(),
                    note="trained on captures of a game or an anime, not photos",
                    feature="fiction:role",
                )
            )
        medium = None if live else _drawn_medium(text[:SCRIPT_FICTION_HEAD])
        if medium is not None:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    DRAWN_FROM_SCORE,
                    "description",
                    medium.group(0),
                    medium.span(),
                    note="a drawn or game medium in the description (light novel, VRChat)",
                    feature="fiction:role",
                )
            )
        if word_set(head).isdisjoint(_DESCRIPTION_TRIGGERS):
            return out
        # h20: a negative prompt's words ("Negative prompt: cartoon, 3d, doll") are what the
        # images steer away from, no fiction the subject comes from
        text = without_negative_prompts(text)
        role = search_starts(_ROLE, _ROLE_STARTS, text)
        if role and not live:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.8,
                    "description",
                    role.group(0),
                    role.span(),
                    note="a story role (heroine of, protagonist of)",
                    feature="fiction:role",
                )
            )
        match = (
            search_starts(_FROM, _FROM_STARTS, text)
            or search_starts(_PHRASES, _PHRASES_STARTS, text)
            or search_starts(_WORDS, _WORDS_STARTS, text)
        )
        if match and not (live and match.re is _FROM and "series" in match.group(0)):
            drawn_from = not live and _drawn_work_source(text, match)
            out.append(
                Hit(
                    sig,
                    "likeness",
                    DRAWN_FROM_SCORE,
                    "description",
                    match.group(0),
                    match.span(),
                    note="a character taken from a drawn work or a game",
                    feature="fiction:role",
                )
                if drawn_from
                else Hit(
                    sig,
                    "likeness",
                    -0.7,
                    "description",
                    match.group(0),
                    match.span(),
                    note="fiction word in description",
                    feature="fiction:description",
                )
            )
        return out


# A character's page credits the person who voices it ("CV: <Name>", "(VA: <Name>)", "voiced
# by <Name>", "her voice actress is <Name>"): the subject is the voiced character. A credit of
# the title's own name is the voice actor's page, a real person.
_VOICE_CREDIT = re.compile(
    r"(?i:\bvoiced by|\b(?:voice actress|voice actor|seiyuu|seiy\u016b|cv|va)\s?[:\uff1a.]|"
    # the credit in other languages ("doublée par", "gesprochen von", "doblada por", "声優：")
    r"\bdoubl\u00e9e? par|\bgesprochen von|\bsynchronsprecher(?:in)?\s?[:\uff1a]|"
    r"\bdoblad[ao] por|\bdublad[ao] por|\bdoppiat[ao] da|\u58f0\u512a\s?[:\uff1a]|"
    r"\b(?:her|his|the|their) (?:voice actress|voice actor|seiyuu) (?:is|was))\s*"
    r"([A-Z\u3040-\u30ff\u3400-\u9fff][^\s,.;()]{0,20}(?: [A-Z][^\s,.;()]{0,20})?)"
)
_VOICE_CREDIT_STARTS = PatternStarts(_VOICE_CREDIT, lowered=True)  # tried where it can begin
VOICE_HEAD = 800


def _drawn_medium(text: str) -> re.Match[str] | None:
    """A drawn or game medium of :data:`_DRAWN_MEDIUM` in a folded text, if any."""
    if not any(literal in text for literal in _DRAWN_MEDIUM_LITERALS):
        return None
    return _DRAWN_MEDIUM.search(text)


def _voice_credit(name: str, description: str) -> str:
    """The voice credit of a character's page ("CV: Mariko Tenjo"), or ""."""
    head = description[:VOICE_HEAD]
    lowered = head.lower()  # perf14: once, not once per cue
    if not any(
        cue in lowered
        for cue in (
            "voice",
            "cv",
            "va",
            "seiy",
            "doubl",
            "gesprochen",
            "synchron",
            "doblad",
            "dublad",
            "doppiat",
            "\u58f0\u512a",
        )  # fmt: skip
    ):
        return ""
    title = set(fold(name).split())
    for match in _VOICE_CREDIT_STARTS.finditer(head):
        credited = fold(match.group(1)).split()
        if credited and credited[0] not in title:
            return match.group(0)
    return ""


# Captures of a game or an anime ("80 in-game screenshots", "anime screencaps"): a drawn or
# rendered character's dataset, not photos of a face.
_IN_GAME = re.compile(
    r"(?<!no )(?<!not )(?<!without )\bin-?game (?:screenshots?|screencaps?|captures?|renders?|"
    r"models?|photos?|photo mode)\b"
    r"|(?<!no )(?<!not )(?<!without )\b(?:game|anime|cartoon|episode) (?:screenshots?|"
    r"screencaps?|screen caps?|frames?)\b"
    # neg11: a game's cutscenes and its photo mode ("4K cutscene captures", "photo mode
    # screenshots", "Unreal Engine 5 renders"): a rendered character, not photos of a face
    r"|(?<!no )(?<!not )(?<!without )\b(?:cutscenes?|cut-scenes?|photo mode|unreal engine(?: \d)?|"
    r"ue[45]) (?:screenshots?|screencaps?|captures?|renders?|frames?|stills|shots)\b"
    # a life-simulation game's sim or a virtual world's avatar ("my Sims 4 sim", "made in
    # create-a-sim", "my VRChat avatar", "Koikatsu card")
    r"|\b(?:sims ?[1-4] sim|create-a-sim|cas sim|(?:vrchat|second life|vroid|koikatsu|"
    r"honey ?select|mmd) (?:avatar|model|character|card)s?\b)"
    # the console or store a game character comes from, bracketed ("Dustline (PS5)")
    r"|\((?:ps[1-5]|playstation(?: [1-5])?|xbox(?: one| series [xs]| 360)?|nintendo switch|"
    r"switch|steam|pc game|wii u?|gamecube|n64|snes|3ds)\)"
)
# One of them is in every match of ``_IN_GAME`` (a cheap test before the pattern).
_IN_GAME_LITERALS = (
    "game", "screen", "cutscene", "cut-scene", "photo mode", "unreal", "ue4", "ue5", "sims",
    "-sim", "cas sim", "vrchat", "second life", "vroid", "koikatsu", "honey", "mmd ", "(ps",
    "(playstation", "(xbox", "(nintendo", "(switch)", "(steam)", "(pc game)", "(wii", "(n64)",
    "(snes)", "(3ds)",
)  # fmt: skip
_IN_GAME_GATE, _IN_GAME_STARTS = LiteralGate(_IN_GAME_LITERALS), PatternStarts(_IN_GAME)  # perf14


# "<Name> from the game <Work>", "character from the anime": a character taken from a drawn
# work or a game (not "from the series", which live action shares; not a "game show", nor
# "Game of …", a show's title).
_DRAWN_FROM = re.compile(
    r"(?:from|character of|character from) (?:the )?" + _GENRE + r"(?:anime|manga|manhwa|game|"
    r"video game|donghua|manhua|"
    r"visual novel|light novel|webtoon|cartoon|comic)s?\b(?! (?:show|of)\b)"
    r"|(?:from|character of|character from) (?:(?:the|my|a|an|this) )?(?:(?:favou?rite|new|"
    r"old|classic|popular|indie|japanese|korean|chinese) )?(?:animated (?:series|show|film|"
    r"movie|sitcom)|j?rpgs?|mmorpgs?|mmos?|gacha games?|otome games?|dating sims?|comic books?|"
    r"graphic novels?|cartoon series)\b"
)
# A real person's trade before it ("the voice actress from the game", "streamer known from the
# game"): a person, who is not the work's character.
_PERSON_BEFORE = re.compile(
    r"\b(?:voice|voiced|seiyuu|actor|actress|cosplay\w*|streamer|singer|idol|player|gamer|"
    r"plays|played|playing|youtuber|host|presenter|caster|commentator|known|"
    # the game's players and the real faces it was made from ("esports pro from the game",
    # "the face model from the game", "motion capture actress")
    r"e-?sports?|pro|professional|competitive|champion|speedrunner|face model|mocap|"
    r"motion capture)\b"
)
# neg11: a drawn or game character imagined real, a game's own footage, a VTuber's page: the
# subject is a character or an avatar, unless a person's trade stands in the same sentence
# ("realistic version of <Name>, the actress", "the voice actress from the <Work> anime").
_MADE_REAL = re.compile(
    # "realistic version of <Name>", "as if she were real" (not "a realistic version of my
    # LoRA", nor a live-action one, whose actor is real)
    r"\b(?:realistic|photorealistic|real[- ]life|irl) (?:version|take|rendition|interpretation) "
    r"(?:of|on) (?!(?:my|this|our|her|his|their|a|an|v\d)\b|the (?:lora|model|checkpoint|"
    r"embedding|original|previous|first|last|old|new)\b)"
    r"|\b(?:if|as if|as though|what if) (?:she|he|they) (?:were|was|are|existed) (?:real\b|in "
    r"real life|irl\b)"
    # "<Name> (<Work>) in real life": a bracketed work's character made real
    r"|\)\s?(?:in real life|irl)\b"
    # a game's own footage and models ("trained on game footage", "in-engine shots", "realistic
    # game character"; not "as a game character", a real person's cameo)
    r"|(?<!no )(?<!not )(?<!without )\bin-engine (?:shots?|renders?|captures?|screenshots?|"
    r"footage)\b"
    r"|(?<!as a )(?<!as the )(?<!no )(?<!not )\b(?:video ?)?game (?:footage|characters?|heroine|"
    r"protagonist|cutscenes?)\b"
    # the medium in brackets with its year ("Dustline (2029 video game)", "(visual novel)")
    r"|\((?:(?:19|20)\d\d )?(?:video ?game|anime|manga|visual novel|jrpg|webtoon|manhwa)\)"
    # "from the <Work> anime", "from the Ashen Crown video game" (not a live-action one)
    r"|\bfrom (?:the )?(?!live|the )(?:[a-z0-9'-]+ ){1,3}(?:anime|manga|manhwa|video game|"
    r"visual novel|webtoon|cartoon)\b"
    # a VTuber's own page: "<Name> is a virtual YouTuber", "VTuber <Name>, …"
    r"|\b(?:is|was) (?:a|an|the) (?:[a-z-]+ ){0,2}(?:virtual youtuber|vtuber|v-tuber|virtual "
    r"streamer)\b|^(?:the )?(?:vtuber|virtual youtuber) [a-z]"
    # neg18: "LoRA of the VTuber <Name>", "my favourite vtuber <Name>": the avatar named by its
    # kind anywhere (the sentence's person words still make it a real streamer's page)
    r"|\b(?:of|the|my|our|favou?rite|fave|indie) (?:vtuber|virtual youtuber|v-tuber) [a-z]"
)
_MADE_REAL_STARTS = PatternStarts(_MADE_REAL)  # tried only where a match can begin (perf13)
MADE_REAL_LITERALS = (
    "version of", "take of", "rendition of", "interpretation of", "version on", "take on",
    "if she", "if he", "if they", "though she", "though he", "though they", ") in real",
    ") irl", "in-engine", "game ", "(19", "(20", "(video", "(anime", "(manga", "(visual",
    "(jrpg", "(webtoon", "(manhwa", "anime", "manga", "manhwa", "visual novel", "webtoon",
    "cartoon", "tuber", "virtual",
)  # fmt: skip
_MADE_REAL_GATE = LiteralGate(MADE_REAL_LITERALS)  # perf14: read off the shared pass


def _made_real(text: str) -> re.Match[str] | None:
    """The first match of ``_MADE_REAL`` whose sentence names no person's trade, or None."""
    if not _MADE_REAL_GATE(text):
        return None
    for match in _MADE_REAL_STARTS.finditer(text):
        if match.group(0).startswith("from "):
            before = text[max(0, match.start() - DRAWN_FROM_BEFORE) : match.start()].split()[-1:]
            if before and before[0].strip(",;:'\"()") in CONCEPT_WORDS:
                continue  # "the outfit from the <Work> anime": a thing comes from the work
        start = text.rfind(".", 0, match.start()) + 1
        stop = text.find(".", match.end())
        end = stop if stop >= 0 else len(text)
        # the sentence around the match, the match's own words left out ("virtual YouTuber")
        rest = f"{text[start : match.start()]} {text[match.end() : end]}"
        if _PERSON_BEFORE.search(rest) is None:
            return match
    return None


DRAWN_FROM_BEFORE = 80
# "from the game <Work>" says where the subject comes from: as strong as a fiction word in the
# title (a drawn or game character's uploader names her like a person, in the title, the
# trigger and the file, and says where she is from only there).
DRAWN_FROM_SCORE = -1.0


def _drawn_work_source(text: str, match: re.Match[str]) -> bool:
    """Whether a fiction match of the description is "from the <drawn medium or game>" and no
    person's trade stands just before it."""
    if match.re is not _FROM or _DRAWN_FROM.match(text, match.start()) is None:
        return False
    before = text[max(0, match.start() - DRAWN_FROM_BEFORE) : match.start()]
    clause = before.rpartition(".")[2]
    last = clause.split()[-1:]
    if last and last[0].strip(",;:'\"()") in CONCEPT_WORDS:
        # "in the outfit from the game", "the armor from the anime": a thing comes from the
        # work, not the subject
        return False
    return _PERSON_BEFORE.search(clause) is None


# Where a live-action model names its actor: "as played by X", "X as <role>", "stills of X",
# or the model name's part after " - " / " / " ("Role (Show) - X").
_ACTOR_CUE = re.compile(
    r"(?:played|portrayed|performed|acted) by |stills of |photos of |starring |"
    r"(?:actor|actress)(?: |: ?)",
    re.I,
)
# After an explicit cue ("played by", "Actor:"), capitalised words are the actor's name even
# when no name table knows them.
_CAPITALISED_NAME = re.compile(r"[A-Z][a-z']{1,20}(?:[ -][A-Z][a-z']{1,20}){1,2}\b")
_CUE_GAP = " :\"'“‘«-–—"  # what may stand between a cue and the name after it
_PARENTHESISED = re.compile(r"\(([^()]{3,60})\)")
_NAME_PARTS = re.compile(r"\s+[-/|]\s+")
ACTOR_HEAD = 200
_ACTOR_BEFORE = re.compile(
    r"\b((?:[A-Z][a-z'-]+ ){1,2}[A-Z][a-z'-]+)(?:'s (?:face|role|character|portrayal|looks? as)|"
    # w2neg: "<Actor>'s version of the character", "<Actor>'s take on the role"
    r"'s (?:own )?(?:version|take|interpretation|rendition) (?:of|on) (?:the |this )?"
    r"(?:character|role|part)\b|"
    # w2miss: a costume or a make-up between the actor and the role ("<Actor> in costume as
    # <Role>", "<Actor>, in full make-up, as <Role>"), the role said in other languages ("als",
    # "como", "nei panni di", "dans le rôle de", "in the role of")
    r",? (?:(?:in (?:full )?(?:costume|character|make-?up|uniform)|costumed|dressed up|"
    r"en vestuario|caracterizad[oa]|im kost[üu]m|en costume|in maschera),? )?"
    r"(?:as|als|como|nei panni di|dans le r[ôo]le de|in the role of|in der rolle (?:des|der)) "
    r"(?:the |der |die |el |la |le |il )?[A-Z])"
)


def _cue_gap(text: str) -> int:
    """How far the name after an actor cue may start: past the gap and one trade word of any
    script ("played by 여배우 <name> (<romanised>)", "played by model <Name>")."""
    gap = len(text) - len(text.lstrip(_CUE_GAP))
    word = text[gap:].split(" ", 1)[0]
    if word and (word in SCRIPT_OCCUPATION_TAGS or word.lower() in _cue_trades()):
        gap += len(word) + 1
    # the name in its own script, then romanised in brackets: either writing is the name
    script = _SCRIPT_THEN_BRACKET.match(text, gap)
    return script.end() if script else gap


# a bracket that holds only a capitalised name ("(Cha Ri-a)"), not "(born January 6, 1969)"
_BRACKET_NAME = re.compile(
    r"[A-Z][a-z']{1,20}(?:-[a-z']{1,10})?(?: [A-Z][a-z']{1,20}(?:-[a-z']{1,10})?){1,2}"
)


def _after_title_role(match: re.Match[str], name: str) -> bool:
    """Whether a description's bracket follows the title's last word and holds a Latin name
    the title does not ("Lord Ashby (<Actor>)" under "… - Lord Ashby [live action]")."""
    inner = match.group(1)
    before = match.string[max(0, match.start() - 30) : match.start()].split()
    title = fold(name)
    return (
        _BRACKET_NAME.fullmatch(inner.strip()) is not None
        and bool(before)
        and fold(before[-1]).strip(".,:;") in title.split()
        and fold(inner) not in title
    )


_SCRIPT_THEN_BRACKET = re.compile(r"[^\x00-\x7f\s()（）]{2,8} ?[(（]")


@lru_cache(maxsize=1)
def _cue_trades() -> frozenset[str]:
    return frozenset(w for w in trade_words(art=False) if " " not in w)


def _actor_targets(
    sig: str, name: str, description: str, triggers: tuple[str, ...] = ()
) -> list[Hit]:
    """Target hits for the actor of a live-action role (they outrank the role's name)."""
    cued = [description[c.end() : c.end() + 40] for c in _cues(description)]
    texts = [("description", text) for text in cued]
    texts.extend(("trained_words", text) for text in _trigger_actors(name, triggers))
    # "Role (Actor) - Show": a person named in brackets is the actor
    texts.extend(
        ("name", m.group(1))
        for m in _PARENTHESISED.finditer(name[:200])
        if not _a_title(m.group(1), description)
    )
    # fresh17: "K-drama <Show>: <Role> (<Actor>). Screencaps …": the description's bracket
    # after the title's role holds another name, in Latin letters (not the role's own script
    # form, "<Name> (<hangul>)")
    bracketed = [
        m.group(1)
        for m in _PARENTHESISED.finditer(description[:ACTOR_HEAD])
        if _after_title_role(m, name) and not _a_title(m.group(1), description)
    ]
    texts.extend(("description", text) for text in bracketed)
    parts = _NAME_PARTS.split(name)
    # "Role - Actor": the last part; "Role - Actor - Show": the middle one when the last is
    # the show's title
    for part in (parts[-1], *parts[1:-1]) if len(parts) > 1 else ():
        if not _a_title(part, description):
            texts.append(("name", part))
    # the actor named before the role: "photo of <Actor> as <Role>", "<Actor>'s face"
    texts.extend(
        ("description", m.group(1)) for m in _ACTOR_BEFORE.finditer(description[:ACTOR_HEAD])
    )
    anchored = len(cued)  # the texts after a cue: the actor's name follows it directly
    for at, (field, text) in enumerate(texts):
        for match in find_names(text):
            if at < anchored and match.span[0] > _cue_gap(text):
                continue  # "the real actress face, not the comic. Clip skip 2": no name
            display = " ".join(w.capitalize() for w in match.words)
            hits = [
                Hit(
                    sig,
                    "likeness",
                    0.9,
                    field,
                    match.text,
                    note="the actor of a live-action role, named",
                    feature="live_action:actor",
                ),
                Hit(
                    sig,
                    "target",
                    0.95,
                    field,
                    match.text,
                    value=display,
                    note=canonical_key(" ".join(match.words)),
                ),
            ]
            gender = {"f": "female", "m": "male"}.get(match.first.gender)
            if gender:  # the actor's, not the role's
                hits.append(
                    Hit(sig, "gender", 1.5, field, match.first.name, value=gender, note="actor")
                )
            return hits
    for text in cued:
        found = _CAPITALISED_NAME.match(text)
        if found:
            return _actor_hits(sig, "description", found.group(0))
    # w2p20: "played by <given> <family>" in lower case: the slot only a person fills, read
    # as a name when its clause is nothing else (a given name, then one or two name words)
    for cue in _cues(description):
        if cue.group(0)[:6].lower() in ("played", "portra"):
            actor = _lower_actor(description[cue.end() : cue.end() + 40])
            if actor:
                return _actor_hits(sig, "description", actor)
    # the trigger's other name beside the role's, in no table: still the actor's
    for field, text in texts:
        words = text.split()
        if field == "trained_words" and 2 <= len(words) <= 4 and all(w.isalpha() for w in words):
            return _actor_hits(sig, field, " ".join(w.capitalize() for w in words))
    # "Role / Actor", "Role (Actor)": a capitalised name no table knows, in a part of the
    # name that is not the work's title
    for field, text in texts:
        found = _CAPITALISED_NAME.fullmatch(text.strip()) if field == "name" else None
        if found and not _place_like(found.group(0)):
            return _actor_hits(sig, "name", found.group(0))
    for text in bracketed:
        found = _CAPITALISED_NAME.fullmatch(text.strip())
        if found and not _place_like(found.group(0)):
            return _actor_hits(sig, "description", found.group(0))
    return []


# A title that opens on a person's name and says whom they play ("<Given> <Family> as Agent
# <Role>", "<Given> <Family> as the <Role>"): the name before "as" is the person's, the role's
# name after it is not.
_TITLE_ACTOR = re.compile(r"((?:[A-Z][a-z'-]{1,20} ){1,2}[A-Z][a-z'-]{1,20}) as (?:the )?[A-Z]")
TITLE_ACTOR_HEAD = 120


def _title_actor(sig: str, name: str, live: bool = False) -> list[Hit]:
    """A target hit for the person a title names before "as <Role>" (a name a table knows),
    ranked above the role's name after it; no likeness of its own unless the record is of a
    live-action or stage work (``live``): then the person is the actor, whose face it is."""
    found = _TITLE_ACTOR.match(name[:TITLE_ACTOR_HEAD])
    if found is None:
        return []
    for match in find_names(found.group(1)):
        if len(match.words) < 2:
            continue
        display = " ".join(w.capitalize() for w in match.words)
        actor = [
            Hit(
                sig,
                "likeness",
                0.9,
                "name",
                match.text,
                note="the actor of a live-action role, named",
                feature="live_action:actor",
            )
        ]
        return [
            *(actor if live else ()),
            Hit(
                sig,
                "target",
                0.95,
                "name",
                match.text,
                value=display,
                note=canonical_key(" ".join(match.words)),
            ),
        ]
    return []


# real14: "a person who resembles <Given> <Family> playing <Role> … from TV series <Work>":
# the description names a person who plays a role of a screen work (a film, a TV series), the
# actor, whose face it is, whatever the title or the tags say of the role's (game, book) work.
_PLAYING = re.compile(
    r"\b((?:[A-Z][a-z'-]{1,20} ){1,2}[A-Z][a-z'-]{1,20}),? (?:playing|portraying|plays|portrays)"
    r" (?:the |a |an )?[A-Z]"
)
# The screen the role is played on, said in the same opening (a drawn or animated one says so).
_SCREEN = re.compile(
    r"\b(?:tv|television|netflix|hbo|amazon|streaming) (?:series|show|adaptation|drama)\b"
    r"|\b(?:live[- ]action|(?:feature )?film|movie|sitcom|miniseries)\b"
)
PLAYING_HEAD = 400
# Drawn screens beside ``ANIMATED_WORDS``: "the anime TV series", "the cartoon film".
_DRAWN_SCREEN = frozenset({"anime", "manga", "cartoon", "cartoons", "donghua", "webtoon"})


def _described_actor(sig: str, head: str) -> list[Hit]:
    """The actor a description names as playing a role of a film or a TV series ("<Name>
    playing <Role> … from the TV series"): likeness and target hits; none when the screen is
    not named, or is drawn or animated ("in the anime", "animated film", a voice role)."""
    if "play" not in head and "portray" not in head:
        return []
    found = _PLAYING.search(head)
    if found is None:
        return []
    lowered = head.lower()
    if _SCREEN.search(lowered) is None:
        return []
    said = word_set(lowered)
    drawn = not said.isdisjoint(ANIMATED_WORDS) or not said.isdisjoint(_DRAWN_SCREEN)
    if drawn or "voice" in said or "voiced" in said:
        return []
    for match in find_names(found.group(1)):
        if len(match.words) >= 2:
            return _actor_hits(sig, "description", match.text)
    return []


ROLE_TRIGGERS = 4


def _place_like(text: str) -> bool:
    """A capitalised title that reads as a place or a show ("Lantern Street", "Blackwater
    Parish"): its first word no first name, its last an ordinary English word."""
    words = text.split()
    return first_name(words[0]) is None and fold(words[-1]) in common_words()


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _trigger_actors(name: str, triggers: tuple[str, ...]) -> list[str]:
    """ "domeki_chihiro, ophelia thistlewood" as the trigger of "Ophelia Thistlewood (Show)":
    beside the role's own name, the trigger's other name is the actor's."""
    role = _letters(_PARENTHESISED.sub(" ", _NAME_PARTS.split(name, 1)[0]))
    if len(role) < 4:
        return []
    out: list[str] = []
    for trigger in triggers[:ROLE_TRIGGERS]:
        parts = [p.strip().replace("_", " ") for p in trigger.split(",")]
        if len(parts) > 1 and any(_letters(p) == role for p in parts):
            out.extend(p for p in parts if p and _letters(p) != role)
    return out


_MEDIUM_WORDS = frozenset(
    {"drama", "k-drama", "j-drama", "c-drama", "kdrama", "series", "movie", "film", "sitcom",
     "show", "netflix", "miniseries", "telenovela"}
)  # fmt: skip


def _a_title(part: str, description: str) -> bool:
    """Whether a part of the name is the work's title: it opens on "The", or the description
    says "from …" or "(played) in …" it."""
    part = part.strip().lower()
    if part.startswith("the "):
        return True
    # fresh17: "Velvet Court K-drama", "Salt Meridian (Netflix series)": a medium word ends it
    if part.rsplit(None, 1)[-1:] and part.rsplit(None, 1)[-1].strip("()") in _MEDIUM_WORDS:
        return True
    at = description[:ACTOR_HEAD].lower().find(part) if len(part) > 3 else -1
    before = description[max(0, at - 40) : at].lower()
    # "Role, Show (J-drama, season 2)": the work's medium in brackets after it
    after = description[at + len(part) : at + len(part) + 2] if at > 0 else ""
    return at > 0 and ("from " in before or " in " in before or after == " (")


_CLAUSE_END = re.compile(r"[\n,.;:!?()\[\]/|]")
_LOWER_NAME_WORD = re.compile(r"[a-z][a-z'-]{1,20}")
_INITIAL = re.compile(r"[a-z]")


def _lower_actor(text: str) -> str | None:
    """The name a "played by" clause holds in lower case ("odile hunter" → "Odile Hunter"): the
    whole clause is a given name of the table and one or two more words, none a common word
    of a phrase ("several actresses", "the same actress", "my friend"); None otherwise."""
    clause = _CLAUSE_END.split(text, 1)[0].strip(_CUE_GAP)
    words = clause.split()
    if not 2 <= len(words) <= 3 or not all(
        _LOWER_NAME_WORD.fullmatch(w) for w in (words[0], words[-1])
    ):
        return None
    if len(words) == 3 and not (
        _LOWER_NAME_WORD.fullmatch(words[1]) or _INITIAL.fullmatch(words[1])
    ):
        return None  # a middle word or a middle initial ("<given> q <family>")
    if first_name(words[0]) is None or any(
        w in NOT_NAME_WORDS or w in TARGET_EDGE_WORDS for w in words
    ):
        return None
    return " ".join(w.capitalize() for w in words)


def _actor_hits(sig: str, field: str, text: str) -> list[Hit]:
    """Likeness and target hits for an actor named after an explicit cue but in no table."""
    return [
        Hit(
            sig,
            "likeness",
            0.9,
            field,
            text,
            note="the actor of a live-action role, named",
            feature="live_action:actor",
        ),
        Hit(sig, "target", 0.95, field, text, value=text, note=canonical_key(text)),
    ]


# Civitai's category tag "character" (2023) marks models of real people as often as drawn
# ones: with photo words in the tags or the description's head and nothing drawn or animated
# anywhere, it is the category, not evidence of fiction.
CATEGORY_TAGS = frozenset({"character", "characters"})


# real14: the person words that stand beside the category on a DreamBooth checkpoint of one
# person ("character, woman"), and how short its page is (nothing said, or "personal use only").
CATEGORY_PERSON_WORDS = frozenset(
    {"woman", "man", "person", "girl", "boy", "female", "male", "women", "men", "people",
     "lady", "guy"}
)  # fmt: skip
BARE_PAGE = 40


def _category_tag(tags: tuple[str, ...], name: str, head: str, model_type: str = "") -> bool:
    if CATEGORY_TAGS.isdisjoint(tags):
        return False
    drawn = ANIMATED_WORDS | FICTION_STRONG
    if not drawn.isdisjoint(tags):
        return False
    words = set(name.replace("-", " ").replace("_", " ").split())
    if not words.isdisjoint(drawn):
        return False
    if not PHOTO_CONTEXT_WORDS.isdisjoint(tags):
        return True
    if _looks_like_named(name) or _depicts_real_people(head):
        return True
    if model_type == "Checkpoint" and _bare_person_checkpoint(tags, head):
        return True
    found = word_set(head)
    return not PHOTO_CONTEXT_WORDS.isdisjoint(found) and found.isdisjoint(drawn)


# real14: a title that says its subject looks like a named person ("ex girlfriend, a bit like
# <Given> <Family>", "looks like <Given> <Family>"): someone's face, whatever the category.
_LOOKS_LIKE = re.compile(r"\b(?:looks?|looking|bit|lot|little|kinda|somewhat) like ")
LOOKS_LIKE_AFTER = 40
# real14: a description that speaks of real people as its subject or its rules ("NSFW content
# depicting actual people is not permitted", "trained on photos of real people"); a denial
# ("not of a real person", "resemblance to real people is coincidental") is not one.
_REAL_PEOPLE = re.compile(
    r"(?<!not )(?<!no )\b(?:depicting|depicts|depict|photos of|images of|pictures of) "
    r"(?:an? )?(?:actual|real|existing) (?:people|persons?|humans?|individuals?)\b"
)
REAL_PEOPLE_HEAD = 400


def _bare_person_checkpoint(tags: tuple[str, ...], head: str) -> bool:
    """A checkpoint (a DreamBooth of one subject) tagged with the category and person words
    only, whose page says next to nothing ("", "personal use only"): the category of a person's
    model, no fiction said anywhere."""
    rest = [t for t in tags if t not in CATEGORY_TAGS]
    if not rest or not CATEGORY_PERSON_WORDS.issuperset(rest):
        return False
    return len(head.strip()) < BARE_PAGE


def _looks_like_named(name: str) -> bool:
    """Whether the title says its subject looks like a person it names (two name words)."""
    if " like " not in name:
        return False
    for found in _LOOKS_LIKE.finditer(name):
        after = name[found.end() : found.end() + LOOKS_LIKE_AFTER]
        if any(len(m.words) >= 2 and m.span[0] == 0 for m in find_names(after)):
            return True
    return False


def _depicts_real_people(head: str) -> bool:
    lowered = head[:REAL_PEOPLE_HEAD].lower()
    if "actual" not in lowered and "real" not in lowered and "existing" not in lowered:
        return False
    return _REAL_PEOPLE.search(lowered) is not None


def _cues(description: str) -> list[re.Match[str]]:
    return list(_ACTOR_CUE.finditer(description[:1500]))[:4]


FILM_HEAD = 300


# w2gen: a live-action adaptation of a drawn work ("Live-action drama of the webtoon <Work>:
# <Role>, as played by <Actor>"): the drawn tag is the source, the face is the named actor's.
_ADAPTATION = re.compile(
    r"\blive[- ]action (?:drama|film|movie|series|show|adaptation|remake)s?\b"
    r"|\b(?:drama|film|movie|series) adaptation of\b"
)


def _adaptation(head: str) -> bool:
    """Whether the description's opening calls the model's work a live-action adaptation and
    names who plays the role (both: a drawn work's "live-action" wish names no actor)."""
    lowered = head[:FILM_HEAD].lower()
    return _ADAPTATION.search(lowered) is not None and bool(_cues(head[:FILM_HEAD]))


# live-action tags that are also the word of film photography
_FILM_TAGS = frozenset({"film", "films", "movie", "movies"})


def _live_action(tags: tuple[str, ...], name: str, head: str = "") -> str:
    """The live-action word of a record whose tags, name or description speak of film, TV or
    cosplay and of nothing drawn or animated; "" otherwise."""
    found = ""
    joined = " | ".join(tags)
    lowered = head[:FILM_HEAD].lower()
    if (may_film(name) or may_film(joined)) and (
        FILM_PHOTO.search(name)
        or FILM_LOOK_NAME.search(name)
        or FILM_PHOTO.search(joined)
        or FILM_LOOK_NAME.search(joined)
    ):
        return ""  # film photography ("film emulation", "35mm"): the medium, not a movie
    if (
        may_film(lowered)
        and FILM_PHOTO.search(lowered)
        # w2neg: a film look in the description's sample prompt ("disposable camera") beside
        # a screen tag that is no film word ("tv show", "live action"): the prompt's look,
        # the tag's role
        and not any(tag in LIVE_ACTION_WORDS and tag not in _FILM_TAGS for tag in tags)
    ):
        return ""
    adapted = _adaptation(head)
    for tag in tags:
        if (tag in ANIMATED_WORDS or tag in FICTION_STRONG) and not adapted:
            return ""
        if not found and tag in LIVE_ACTION_WORDS:
            found = tag
    words = set(name.replace("-", " ").replace("_", " ").split())
    if not words.isdisjoint(ANIMATED_WORDS) or not words.isdisjoint(FICTION_STRONG):
        return ""
    if found:
        return found
    # "<Role> from The <X> Show", "… (Actor Name) from the 1980s TV series": a character tag
    # alone, with the screen named in the title or the description and nothing drawn there.
    shown = words & LIVE_TITLE_WORDS
    if "show" in shown and _NOT_A_DRAMA.search(name) is not None:
        shown = shown - {"show"}  # neg15: "K-pop music-show jacket": an event, no drama
    if shown:
        return min(shown)
    if head and CATEGORY_TAGS.intersection(tags):
        described = word_set(head)
        if described.isdisjoint(ANIMATED_WORDS) and described.isdisjoint(FICTION_STRONG):
            said = described & LIVE_DESCRIPTION_WORDS
            lowered = head.lower()
            if "film" in said and _film_look(lowered):
                # real14: "film grain" in a photo checkpoint's prompt: a look, not a movie
                said = said - {"film"}
            if said:
                return min(said)
            for phrase in LIVE_DESCRIPTION_PHRASES:
                if phrase in lowered:
                    return phrase
    return ""


def _film_look(lowered: str) -> bool:
    """Whether a folded text speaks of film as a photo's look ("film grain", "analog film")."""
    return may_film(lowered) and (
        FILM_LOOK_NAME.search(lowered) is not None or FILM_PHOTO.search(lowered) is not None
    )


# "Trained on photos of cosplayer @mira.cos dressed as …", "by cosplayer @mira_cos": a cosplayer
# is a real person whatever character she plays; her handle names her.
# "cosplayer @velvet.fox" or, without the at sign, a handle-shaped word ("cosplayer kiwi_cos",
# "cosplayer mika.rin2": an underscore, a dot or a digit in it; "cosplayer in costume" is not one)
_COSPLAYER = re.compile(
    r"\bcosplayer (?:@(?P<handle>[a-z0-9][\w.]{2,29}[a-z0-9])"
    r"|(?P<bare>(?=[a-z0-9]*[_.\d])(?=[\w.]*[a-z])[a-z0-9][\w.]{2,29}[a-z0-9])\b)",
    re.IGNORECASE,
)


COSPLAYER_HEAD = 400  # the description's opening, where the cosplayer is named


def named_cosplayer(description: str) -> str:
    """The handle of the cosplayer whose photos the model was trained on, named in the
    description's opening ("" when none)."""
    head = description[:COSPLAYER_HEAD]
    if "cosplayer " not in head.lower():
        return ""
    match = _COSPLAYER.search(head)
    if match is None:
        return ""
    return match.group("handle") or match.group("bare")


# Words of a title or description that name a live-action screen work (a drawn one says so).
LIVE_TITLE_WORDS = frozenset({"show", "sitcom", "tv", "telenovela", "kdrama", "cdrama"})
# ("tv" alone is not among them: anime has TV seasons too)
# neg15: a show that is an event or a broadcast of music, not a screen drama with roles ("music
# show", "fashion show", "car show", "award show")
_NOT_A_DRAMA = re.compile(
    r"\b(?:music|fashion|runway|catwalk|trade|car|motor|auto|air|dog|horse|flower|light|slide|"
    r"awards?|fireworks)[ _-]shows?\b"
)
LIVE_DESCRIPTION_WORDS = frozenset(
    {"sitcom", "actress", "actor", "film", "movie", "kdrama", "cdrama", "netflix", "hbo",
     "telenovela"}
)  # fmt: skip
# "… from the series <Work>, played by <Name>": an actor plays the role (a drawn one is voiced)
LIVE_DESCRIPTION_PHRASES = (
    "tv series", "tv show", "live-action", "live action", "played by ", "portrayed by ",
)  # fmt: skip


@lru_cache(maxsize=4096)
def _tag_hit(tag: str) -> Hit | None:
    """The fiction hit of one folded tag, if any (cached: tags come from a small vocabulary)."""
    sig = f"{Fiction.name}@{Fiction.version}"
    if tag in FICTION_STRONG or _PHRASES.fullmatch(tag):
        return Hit(
            sig, "likeness", -1.0, "tags", tag, note="fiction tag", feature="fiction:tag_strong"
        )
    if tag in FICTION_WORDS or tag in DRAWN_TAGS or tag in MYTH_TAGS or tag in CREATURE_TAGS:
        return Hit(sig, "likeness", -0.6, "tags", tag, note="fiction tag", feature="fiction:tag")
    return None


BOORU_PROMPT_HEAD = 300  # a Hugging Face card's prompt opens the text made of it
BOORU_WORDS = 16  # the triggers of a prompt entered one word a trigger


def _booru_hits(sig: str, record: object) -> list[Hit]:
    """A trigger prompt with a booru subject count and two drawn-character looks or a drawn
    medium ("1girl, anime"); on Hugging Face also the card's prompt the description opens on."""
    prompts = [fold(trigger) for trigger in view(record).trained_words[:6]]
    if len(prompts) > 1:
        # neg19: a prompt entered one word a trigger ("hikari", "1girl", "silver hair")
        prompts = [", ".join(fold(t) for t in view(record).trained_words[:BOORU_WORDS])]
    if getattr(record, "platform", "") == "huggingface":
        prompts.append(folded_description(record, BOORU_PROMPT_HEAD))
    for text in prompts:
        if not _BOORU_COUNT.search(text):
            continue
        looks = _BOORU_LOOK.findall(text)
        drawn = _DRAWN_WORD.search(text)  # "yun lihua, 1girl, anime"
        if drawn:
            looks = [drawn.group(0), *looks]
        if len(looks) >= 2 or drawn:
            return [
                Hit(
                    sig,
                    "likeness",
                    -0.8,
                    "trained_words",
                    ", ".join(looks[:3]),
                    note="booru-style prompt of a drawn character",
                    feature="fiction:booru_trigger",
                )
            ]
    return []


# Tags of drawn or animated media beside ``FICTION_WORDS`` ("animation" on a cartoon's
# character), and of myth and religion: a figure known from paintings and statues, no photo.
DRAWN_TAGS = frozenset(
    {"animation", "animated", "animated series", "dreamworks", "pixar", "cgi", "3d animation",
     "stop motion", "claymation",
     # neg11: a life-simulation game's sim or a virtual world's avatar
     "sims", "the sims", "sims 4", "vrchat", "koikatsu", "vroid", "second life",
     # neg19: the drawn media _DRAWN_MEDIUM reads in titles, as tags
     "light novel", "light novels", "web novel", "webcomic", "web comic", "manhua", "donghua",
     "eroge", "galge", "vrchat avatar", "mmd model", "3d avatar", "vrm"}
)  # fmt: skip
MYTH_TAGS = frozenset(
    {"mythology", "mythological", "myth", "myths", "religion", "religious", "religous", "bible",
     "biblical", "deity", "deities", "folklore", "mythical", "saint", "saints",
     # neg11: a ghost of legend
     "ghost", "ghosts", "phantom"}
)  # fmt: skip
# Tags of a faith (of MYTH_TAGS) that also stand on a real believer's or a preacher's page: beside
# a tag that says a person (PERSON_TAGS) they say nothing drawn; a deity's or a saint's do.
FAITH_TAGS = frozenset({"religion", "religious", "religous"})
PERSON_TAGS = frozenset({"person", "real person", "people", "celebrity", "preacher"})
# Creatures that are no person ("monsters", "dinosaur"): a tag of what the model draws.
CREATURE_TAGS = frozenset(
    {"monsters", "creature", "creatures", "dinosaur", "dinosaurs", "dragons", "alien", "aliens",
     "kaiju", "monster"}
)  # fmt: skip
# real14: a title that opens on a name and an animal epithet ("Pemberton the Duck", "Rosalind
# the Bat (…)"): a cartoon or comic animal character, no person's face.
ANIMALS = (
    "duck", "cat", "dog", "frog", "fox", "bear", "bunny", "rabbit", "pig", "mouse", "tiger",
    "lion", "wolf", "owl", "penguin", "cow", "horse", "goat", "sheep", "hedgehog", "dinosaur",
    "monkey", "shark", "whale", "turtle", "snail", "bee", "chipmunk", "squirrel", "raccoon",
    "elephant", "giraffe", "hamster", "kitten", "puppy", "pony", "unicorn", "bird", "parrot",
    "chicken", "crab", "octopus", "panda", "koala", "otter", "badger", "moose", "skunk", "bat",
    "snake", "lizard", "echidna", "armadillo", "platypus", "gecko", "goose", "kangaroo",
)  # fmt: skip
_ANIMAL_TITLE = re.compile(
    r"\W{0,3}[a-z][a-z'-]{1,20} the (?:(?:big|little|red|blue|green|giant|tiny) )?(?:"
    + "|".join(ANIMALS)
    + r")(?![a-z])"
)
ANIMAL_TITLE_HEAD = 60
# Tabletop and role-playing games in a title ("D&D Bestiary", "TTRPG monsters").
_GAME_NAME = re.compile(
    r"(?:\b(?:ttrpg|rpg|dnd|tabletop|bestiary|monsters?|creatures?)\b|\bd&d\b|\bd ?& ?d\b)"
)
# "Realistic <character> from <work>", "<character> in <Work> | Realistic LoRA": a drawn or game
# character rendered real. The work must be one of the record's own tags (a title its uploader
# tagged), so "realistic Anna Kowal in a red dress" is not one.
_REALISTIC = re.compile(r"\b(?:realistic|photorealistic|photoreal|real life|real-life|irl)\b")
_WORK_AFTER = re.compile(r"\b(?:from|in) (?:the )?")
RENDER_WINDOW = 80
RENDER_HEAD = 300  # the folded description's opening, where a render names its work
# Words of a tag that say an outfit, a look or a person, not a work ("korean dress", "kpop idol").
NOT_A_WORK = CONCEPT_WORDS | {
    "woman", "women", "girl", "girls", "man", "men", "idol", "model", "person", "people", "photo",
    "style", "look", "face", "body", "realistic",
}  # fmt: skip
MASK_HEAD = 300  # the description's opening, where a masked character is described
MASK_WORDS = frozenset({"mask", "masked", "masks", "helmet", "helmeted", "animatronic", "puppet"})
# neg18: a live-action role that is a creature ("the Bog Stalker creature", "Kaiju <Name>", a
# film's alien in a latex suit): a suit or effects, no actor's face
CREATURE_WORDS = frozenset(
    {"kaiju", "monster", "monsters", "creature", "creatures", "alien", "aliens", "xenomorph",
     "golem", "wendigo", "cryptid", "latex suit", "creature suit"}
)  # fmt: skip


def _rendered(tags: tuple[str, ...], name: str, head: str) -> str:
    """The realistic word of a drawn or game character made to look real, or ""."""
    works = [
        t
        for t in tags
        if " " in t and t not in PHOTO_CONTEXT_WORDS and NOT_A_WORK.isdisjoint(t.split())
    ]
    if not works:
        return ""
    for text in (name, head):
        if "real" not in text and "irl" not in text:
            continue
        realistic = _REALISTIC.search(text)
        if realistic is None:
            continue
        # the work after "from" / "in", near the realistic word (before or after it)
        start = max(0, realistic.start() - RENDER_WINDOW)
        for found in _WORK_AFTER.finditer(text, start, realistic.end() + RENDER_WINDOW):
            rest = text[found.end() : found.end() + 80]
            if any(rest.startswith(w) or rest.startswith(w.removeprefix("the ")) for w in works):
                return realistic.group(0)
    return ""


def _masked(tags: tuple[str, ...], name: str, head: str) -> str:
    """A mask or helmet word of a live-action role (a masked killer, a helmeted villain), or a
    creature's (neg18: a film's monster or alien)."""
    for tag in tags:
        if tag in MASK_WORDS or tag in CREATURE_WORDS:
            return tag
    found = (set(name.split()) | word_set(head[:MASK_HEAD])) & (MASK_WORDS | CREATURE_WORDS)
    return min(found) if found else ""


# "（Work）のキャラLoRA", "动漫角色", "애니 캐릭터": a drawn or game character said in Chinese,
# Japanese or Korean script (a role of live action, 角色 / 배역 alone, is not among them).
SCRIPT_FICTION_WORDS = (
    "キャラ", "アニメ", "漫画", "マンガ", "ゲーム", "二次元", "动漫", "动画", "漫画角色",
    "游戏角色", "二次元", "애니", "캐릭터", "만화", "게임",
    # neg19: light and web novels, webtoons, visual novels said in script
    "ラノベ", "ライトノベル", "ノベルゲーム", "ギャルゲ", "エロゲ", "웹툰", "웹소설", "라이트노벨",
    "轻小说", "輕小說", "网络小说", "條漫", "条漫",
    # neg18: a VTuber said in script
    "バーチャルyoutuber", "バーチャルユーチューバー", "vチューバー", "ブイチューバー", "버튜버",
    "버추얼 유튜버", "虚拟主播", "虛擬主播", "虚拟up主",
)  # fmt: skip
SCRIPT_VTUBER_WORDS = frozenset(
    SCRIPT_FICTION_WORDS[SCRIPT_FICTION_WORDS.index("バーチャルyoutuber") :]
)
SCRIPT_FICTION_HEAD = 300
# Trades and photo words in script that say a real person stands beside the fiction word: a voice
# actress of anime (声優), an actress, a singer, an idol, a cosplayer, a photo shoot.
SCRIPT_PERSON_WORDS = (
    "声優", "声优", "성우", "女優", "俳優", "演员", "배우", "歌手", "가수", "アイドル", "아이돌",
    "コスプレイヤー", "코스플레이어", "写真", "사진", "本人",
)  # fmt: skip


def _script_fiction(name: str, head: str) -> str:
    """The script word of a drawn or game character in the title or the description's head."""
    # lower-cased for the Latin letters script words hold ("バーチャルYouTuber")
    texts = [t.lower() for t in (name, head) if t and not t.isascii()]
    if any(word in t for t in texts for word in SCRIPT_PERSON_WORDS):
        return ""  # "アニメ声優": a voice actress of anime, a real person
    for text in texts:
        for word in SCRIPT_FICTION_WORDS:
            if word in text:
                return word
    return ""
