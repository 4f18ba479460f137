"""Social-media and relationship cues in the description: handles, profile links, follower
counts, "my wife", "trained on photos of", "likeness of"."""

from __future__ import annotations

import re
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, folded_description, view
from dfaudit.detect.text import StartFinder, finditer_at, word_set
from dfaudit.detect.vocab import SELF_ACCOUNT_WORDS

PROFILE_LINK = re.compile(
    r"(?:instagram\.com|tiktok\.com/@|onlyfans\.com|twitter\.com|x\.com|twitch\.tv|"
    r"youtube\.com/(?:@|c/|channel/)|fansly\.com|patreon\.com|reddit\.com/u(?:ser)?/)"
    r"/?[A-Za-z0-9_.]{2,}",
    0,
)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}\b")
FOLLOWERS = re.compile(
    r"\b\d[\d.,]*\s*(?:k|m|thousand|million)?\s*(?:followers|subscribers|subs|fans)\b",
    0,
)
# "Instagram filter", "insta glow filter", "TikTok style": a look, not a creator (one word may
# stand between)
_A_LOOK_AFTER = (
    r"(?![ _-]*(?:[a-z]+[ _-]+)?(?:filters?|styles?|looks?|aesthetic|vibes?|effects?|presets?"
    r"|photos? style)\b)"
)
PLATFORM_WORDS = re.compile(
    r"\b(?:instagram|insta|tiktok|onlyfans|only fans|youtuber|youtube channel|twitch streamer|"
    r"streamer|influencer|fansly|cosplayer|e-?girl|content creator)\b" + _A_LOOK_AFTER,
    0,
)
PRIVATE = re.compile(
    r"\b(?:my|our)\s+(?:wife|girlfriend|gf|ex|ex-?girlfriend|ex-?wife|crush|coworker|co-worker|"
    r"colleague|classmate|neighbou?r|boss|teacher|friend|sister|cousin|roommate|step-?sister)\b|"
    r"\b(?:a|an)\s+(?:coworker|co-worker|colleague|classmate|neighbou?r)\s+of\s+mine\b",
    0,
)
LIKENESS_PHRASE = re.compile(
    r"\b(?:trained on (?:\d+\s+)?(?:photos|pictures|images|pics|selfies) of|likeness of|"
    r"(?:look|looks) like (?:the )?(?:real|actual)|real[- ]life (?:person|woman|man|girl)|"
    r"(?:famous|popular|well[- ]known) (?:actress|actor|singer|model|influencer|streamer)|"
    r"(?:actress|actor|singer|model|influencer|streamer|rapper|athlete|youtuber) "
    r"(?:from|known for)|"
    # "not based on a real woman", "this is not a real person" deny it (a boilerplate "no real
    # person is depicted" is no denial: real uploads carry it too)
    r"(?<!not )(?<!not a )(?<!n't a )(?<!based on a )real person|"
    r"(?<!not )(?<!never )based on a real|"
    r"pornstar|porn star|deepfake|"
    # a parody disclaimer of someone real: "not affiliated with the person"
    r"not affiliated with (?:the person|her|him|them|the (?:actress|actor|celebrity|model))|"
    # "celebrity" as a look or scene ("celebrity candid", "like a celebrity") says nobody
    r"(?<!like a )(?:celebrity|celebrities)(?![ -](?:style|look|looks|vibes?|aesthetic|"
    r"events?|party|selfies?|photos?|shots?|candids?|lifestyle|glamou?r|magazine|covers?|"
    r"background|premiere|fashion|outfits?|makeup|red carpet|concept|scene|pose|poses)\b))\b",
    0,
)
REQUEST = re.compile(
    r"\b(?:of|like) (?:her|him) from (?:instagram|tiktok|onlyfans|twitter)\b", re.IGNORECASE
)


# Words one of which must be present before a pattern is run (None: always run).
TRIGGERS: dict[str, frozenset[str] | None] = {
    "social:profile_link": frozenset(
        {
            "instagram",
            "tiktok",
            "onlyfans",
            "twitter",
            "x",
            "twitch",
            "youtube",
            "fansly",
            "patreon",
            "reddit",
        }
    ),
    "social:followers": frozenset({"followers", "subscribers", "subs", "fans"}),
    "social:platform_word": frozenset(
        {
            "instagram",
            "insta",
            "tiktok",
            "onlyfans",
            "only",
            "youtuber",
            "youtube",
            "twitch",
            "streamer",
            "influencer",
            "fansly",
            "cosplayer",
            "egirl",
            "e",
            "content",
        }
    ),
    "social:handle": None,
    "social:request": frozenset({"her", "him"}),
    "social:private": frozenset({"my", "our", "mine"}),
    "social:likeness_phrase": frozenset(
        {
            "trained",
            "likeness",
            "look",
            "looks",
            "real",
            "famous",
            "popular",
            "well",
            "actress",
            "actor",
            "singer",
            "model",
            "influencer",
            "streamer",
            "rapper",
            "athlete",
            "youtuber",
            "based",
            "celebrity",
            "celebrities",
            "pornstar",
            "porn",
            "deepfake",
            "affiliated",
        }
    ),
}


# Substrings one of which every match of a pattern holds (the patterns run case-sensitively on
# the folded description): a far cheaper test than the scan, made after the word test.
# ``tests/detect/test_social_precheck.py`` checks each alternative of each pattern holds one.
LITERALS: dict[str, tuple[str, ...]] = {
    "social:profile_link": (".com", "twitch.tv"),
    "social:platform_word": (
        "insta", "tiktok", "onlyfans", "only fans", "youtube", "twitch", "streamer",
        "influencer", "fansly", "cosplayer", "girl", "content creator",
    ),
    "social:handle": ("@",),
    "social:private": ("my", "our", "mine"),
    "social:likeness_phrase": (
        "trained on ", "likeness of", " like ", "real-life ", "real life ", "famous ",
        "popular ", "well-known ", "well known ", " from", " known for", "real person",
        "based on a real", "celebrit", "pornstar", "porn star", "deepfake", "affiliated with",
    ),
}  # fmt: skip

# Literals every match of a pattern begins with: the pattern is tried only where one stands
# (``social:private``'s "a coworker of mine" begins with "a": that pattern is searched in full
# wherever "mine" stands). ``tests/detect/test_cpu_prechecks.py`` checks them.
STARTS: dict[str, StartFinder] = {
    "social:profile_link": StartFinder(
        ("instagram.com", "tiktok.com/@", "onlyfans.com", "twitter.com", "x.com", "twitch.tv",
         "youtube.com/", "fansly.com", "patreon.com", "reddit.com/u")
    ),
    "social:platform_word": StartFinder(
        ("insta", "tiktok", "onlyfans", "only", "youtube", "twitch", "streamer", "influencer",
         "fansly", "cosplayer", "e-girl", "egirl", "content")
    ),
    "social:private": StartFinder(("my", "our")),
    "social:handle": StartFinder(("@",)),  # perf14: every handle begins with it
    "social:likeness_phrase": StartFinder(
        ("trained on", "likeness of", "look", "real", "famous", "popular", "well", "actress",
         "actor", "singer", "model", "influencer", "streamer", "rapper", "athlete", "youtuber",
         "based", "celebrit", "pornstar", "porn", "deepfake", "not affiliated")
    ),
}  # fmt: skip


_NAME_PLATFORM = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}\b|\b(?:instagram|insta|tiktok|onlyfans|"
    r"youtuber|twitch|fansly|ig model|e-?girl)\b" + _A_LOOK_AFTER,
    re.IGNORECASE,
)


# The uploader's own accounts: "follow me on Instagram", "my instagram account", "support me on
# Patreon". A Patreon page is a maker's (its subjects are paid elsewhere).
SELF_PROMOTION_FEATURES = frozenset(
    {"social:profile_link", "social:platform_word", "social:handle"}
)
_SELF_BEFORE = re.compile(rf"\b(?:{SELF_ACCOUNT_WORDS})\b")
SELF_SPAN = 40


def _self_promotion(text: str, match: re.Match[str]) -> bool:
    """Whether a platform word, link or handle is the uploader's own (said so just before)."""
    if match.group(0).startswith("patreon.com"):
        return True
    return _SELF_BEFORE.search(text, max(0, match.start() - SELF_SPAN), match.start()) is not None


class SocialCues:
    name: ClassVar[str] = "social_cues"
    version: ClassVar[str] = "9"
    fields: ClassVar[tuple[str, ...]] = ("name", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = _name_hits(sig, view(record).name)
        original = description_of(record)
        if not original:
            return out
        text = folded_description(record)
        present = word_set(original)
        for pattern, score, feature, note, prominence in (
            (
                PROFILE_LINK,
                0.8,
                "social:profile_link",
                "social-media profile link",
                "online_creator",
            ),
            (FOLLOWERS, 0.8, "social:followers", "follower count", "online_creator"),
            (
                PLATFORM_WORDS,
                0.5,
                "social:platform_word",
                "social-media platform",
                "online_creator",
            ),
            (HANDLE, 0.5, "social:handle", "social-media handle", "online_creator"),
            (PRIVATE, 0.9, "social:private", "a private relationship", "private_or_unknown"),
            (LIKENESS_PHRASE, 0.8, "social:likeness_phrase", "likeness wording", None),
            (REQUEST, 0.8, "social:request", "a person from social media", "online_creator"),
        ):
            triggers = TRIGGERS[feature]
            if triggers is not None and present.isdisjoint(triggers):
                continue
            literals = LITERALS.get(feature)
            if literals is not None and not any(literal in text for literal in literals):
                continue
            finder = STARTS.get(feature)
            if finder is not None and not (feature == "social:private" and "mine" in text):
                match = next(finditer_at(pattern, text, finder.starts(text)), None)
            else:
                match = pattern.search(text)
            if match is None:
                continue
            if feature in SELF_PROMOTION_FEATURES and _self_promotion(text, match):
                continue  # the uploader's own account ("follow me on Instagram"), not the subject's
            out.append(
                Hit(
                    sig,
                    "likeness",
                    score,
                    "description",
                    match.group(0),
                    match.span(),
                    note=note,
                    feature=feature,
                )
            )
            if prominence:
                out.append(
                    Hit(sig, "prominence", score, "description", match.group(0), value=prominence)
                )
        return out


def _name_hits(sig: str, name: str) -> list[Hit]:
    """A handle or a creator platform in the model's name ("DJ X @handle", "X instagram")."""
    if "@" not in name and not any(ch.isalpha() for ch in name):
        return []
    match = _NAME_PLATFORM.search(name)
    if match is None:
        return []
    out = [
        Hit(
            sig,
            "likeness",
            0.8,
            "name",
            match.group(0),
            match.span(),
            note="social-media handle or platform in the name",
            feature="social:name_platform",
        ),
        Hit(sig, "prominence", 0.8, "name", match.group(0), value="online_creator"),
    ]
    handle = _title_handle(name, match)
    if handle:
        out.append(Hit(sig, "target", HANDLE_TARGET, "name", handle, value=handle, note="handle"))
    return out


# The account a title names, as written: "@coffee.with.mira (TikTok)" -> "coffee.with.mira",
# "MiraPlaysAll (Twitch)" -> "MiraPlaysAll" (one word before its platform in brackets). It
# outranks a name read off the handle's shape ("Mira Plays").
HANDLE_TARGET = 0.9
_BRACKETED_PLATFORM = re.compile(
    r"^\s*([A-Za-z][A-Za-z0-9_.]{3,29})\s*[(\[]\s*(?:instagram|insta|ig|tiktok|twitch|youtube|"
    r"onlyfans|fansly|twitter|x)\s*[)\]]",
    re.IGNORECASE,
)


# Words before a title's handle that credit an account, not name the subject ("Mira Voss
# (requested by @quietsampler)", "thanks to @x"): the uploader's or a requester's handle.
_CREDIT_WORDS = frozenset({"by", "credit", "credits", "thanks", "thx", "via", "requested"})


def _title_handle(name: str, match: re.Match[str]) -> str:
    text = match.group(0)
    if text.startswith("@"):
        before = name[: match.start()].replace("(", " ").replace(":", " ").split()
        if before and before[-1].lower() in _CREDIT_WORDS:
            return ""
        return text[1:].rstrip(".")
    bracketed = _BRACKETED_PLATFORM.match(name)
    return bracketed.group(1) if bracketed else ""
