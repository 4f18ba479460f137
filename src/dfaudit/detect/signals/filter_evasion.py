"""Filter evasion: the uploader says the name was bent to get past a platform's real-person
filter ("name changed because of the filter, you know who it is", "(you know who)", "can't use
her real name here"). Nobody hides the name of an invented character, so the wording itself is
evidence that a real person is meant, whatever the bent name looks like."""

from __future__ import annotations

import re
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import folded_description, view
from dfaudit.detect.text import StartFinder, search_starts

DESCRIPTION_HEAD = 1500
_EVASION = re.compile(
    # "(you know who)", "you know who it is" (not the villain's "you-know-who")
    r"\(you know who\)|\byou know who (?:it|she|he|this|they) (?:is|are)\b"
    r"|\bname (?:was |is )?(?:changed|censored|hidden|altered|misspelled|misspelt|obfuscated)"
    r" (?:because of|due to|for|to (?:get )?(?:past|around|avoid|bypass|dodge)) "
    r"(?:the |a |civitai'?s? )?(?:filters?|rules?|tos|bans?|moderation|mods)\b"
    r"|\b(?:can'?t|cannot|not allowed to) (?:say|use|write|post|put) (?:her|his|their|the) "
    r"(?:real |full )?names?\b"
    r"|\b(?:bypass|avoid|dodge|evade|get around|get past)(?:ing)? (?:the |a )?"
    # a filter of names or people, not a photo filter ("avoid the filter look")
    r"(?:name |real[- ]person |celebrity |poi |civitai'?s? )filters?\b"
)
# Every match begins with one of these: the pattern is tried only where they stand (on the
# description, from the record's one shared start-finder pass).
_STARTS = StartFinder(
    ("(you know who", "you know who", "name ", "can't", "cant", "cannot", "not allowed",
     "bypass", "avoid", "dodge", "evade", "get around", "get past")
)  # fmt: skip


class FilterEvasion:
    name: ClassVar[str] = "filter_evasion"
    version: ClassVar[str] = "1"
    fields: ClassVar[tuple[str, ...]] = ("name", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        for field, text in (
            ("name", view(record).name_folded),
            ("description", folded_description(record, DESCRIPTION_HEAD)),
        ):
            match = search_starts(_EVASION, _STARTS, text)
            if match is not None:
                return [
                    Hit(
                        sig,
                        "likeness",
                        1.0,
                        field,
                        match.group(0),
                        match.span(),
                        note="the name was bent to get past a real-person filter",
                        feature="evasion:filter",
                    )
                ]
        return []
