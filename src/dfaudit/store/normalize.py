"""Raw API items → normalised records.

Pure functions: one raw item (a dict decoded from the API's JSON, exactly as it came) in, frozen
records out. They accept the shapes seen over the years: Civitai's 2023 items (image ``nsfw`` as
a word, no ``nsfwLevel``), its 2025 items (bit-flag ``nsfwLevel``, ``poi``, ``minor``, ``mode``),
and Hugging Face ``ModelInfo`` JSON from ``/api/models`` (with or without ``full``/``cardData``).
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import msgspec

from dfaudit.errors import DfauditError
from dfaudit.records import BountyRecord, FileRecord, ImageRecord, ModelRecord, NormalizedModel

CIVITAI_SITE = "https://civitai.com"
HF_SITE = "https://huggingface.co"

# Civitai's older image ratings as words, mapped onto today's bit flags.
NSFW_WORD_LEVELS = {
    "none": 1,
    "pg": 1,
    "soft": 2,
    "pg13": 2,
    "mature": 4,
    "r": 4,
    "x": 8,
    "xxx": 16,
}
NSFW_BITS = 4 | 8 | 16 | 32  # R | X | XXX | Blocked

# ``[^<>]*`` (not ``[^>]*``) keeps both patterns linear on text full of ``<`` and no ``>``.
# a tag, but not a prompt's network call ("<lora:mira_vossberg:0.8>"): pasted example prompts
# hold them raw, and the name they call is the model's file as its uploader named it
_TAG_RE = re.compile(r"<(?!(?:lora|lyco|locon|hypernet)\s{0,3}:)[^<>]*>", re.IGNORECASE)
_NETWORK_CALL_RE = re.compile(
    # bounded spaces: an unbounded run beside the lazy name would backtrack on hostile text
    r"<(?:lora|lyco|locon)\s{0,3}:\s{0,3}([^:<>\s][^:<>]{0,79}?)\s{0,3}[:>]",
    re.IGNORECASE,
)
MAX_NETWORK_NAMES = 2  # distinct network names read from a page's prompts as file names
_NETWORK_KINDS = ("lora", "lycoris", "locon", "dora")  # an image's resources of those kinds
_BLOCK_RE = re.compile(r"</?(p|br|div|li|h[1-6]|tr|hr)\b[^<>]*>", re.IGNORECASE)
# Words a page holds inside its tags and shows its readers: an image's alt text ("(image: <name>
# at the premiere)"), and the title of the Wikipedia article a link points to ("hint" linking to the
# article on the person). Everything bounded: the tag is ``[^<>]*`` and each value a few hundred
# characters at most, so the patterns stay linear on hostile markup.
_TAG_WITH_WORDS_RE = re.compile(r"<(?:img|a)\s[^<>]*>", re.IGNORECASE)
_ALT_RE = re.compile(
    r"\balt\s{0,3}=\s{0,3}(?:\"([^\"<>]{1,300})\"|'([^'<>]{1,300})')", re.IGNORECASE
)
_WIKI_HREF_RE = re.compile(
    r"\bhref\s{0,3}=\s{0,3}[\"']?https?://[a-z]{2,12}(?:\.m)?\.wikipedia\.org/wiki/([^\"'\s<>#?]{1,300})",
    re.IGNORECASE,
)
# An image's or link's title (the tooltip a reader sees), and the handle a link to a social
# profile names ("instagram.com/<handle>"): the account a page points its readers to. Hosts
# whose first path segment is an account; the platforms' own pages (a post, a search) are not.
_TITLE_RE = re.compile(
    r"\btitle\s{0,3}=\s{0,3}(?:\"([^\"<>]{1,300})\"|'([^'<>]{1,300})')", re.IGNORECASE
)
_PROFILE_HREF_RE = re.compile(
    r"\bhref\s{0,3}=\s{0,3}[\"']?https?://(?:www\.|m\.|mobile\.)?"
    r"(?:(?:instagram|tiktok|onlyfans|fansly|twitter|x|facebook)\.com|threads\.net|twitch\.tv"
    r"|youtube\.com/(?=@))/@?([A-Za-z0-9][A-Za-z0-9._-]{1,59})(?![A-Za-z0-9._-])",
    re.IGNORECASE,
)
_PROFILE_HOSTS = ("instagram.", "tiktok.", "onlyfans.", "fansly.", "twitter.", "x.com/",
                  "facebook.", "threads.net", "twitch.tv", "youtube.com/@")  # fmt: skip
_NOT_A_HANDLE = frozenset(
    {
        "p", "reel", "reels", "stories", "explore", "tv", "share", "intent", "hashtag", "home",
        "search", "i", "status", "watch", "videos", "tag", "login", "signup", "settings",
    }
)  # fmt: skip
MAX_TAG_WORDS_CHARS = 160  # of one alt text or article title, once decoded
_SPACE_RE = re.compile(r"[ \t\r\f\v]+")
_encoder = msgspec.json.Encoder()


# Bump when a normalised record would come out differently: stored records are then rebuilt.
NORMALIZER_VERSION = 4

# Bounds on what a hostile item can put into the store (the store's columns are int64/int32).
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MAX = 2**31 - 1
MAX_ID_CHARS = 256
MAX_SHORT_CHARS = 1_000  # names, creators, base models, tags, formats
MAX_URL_CHARS = 4_096
MAX_MARKUP_CHARS = 1_000_000  # a description's HTML; longer ones are cut before parsing
MAX_VERSION_NOTES_CHARS = 1_000  # the versions' own descriptions, together, after the model's
MAX_READ_DESCRIPTION_CHARS = 4_000  # what detection reads of one (detect.fields.DESCRIPTION_LIMIT)
MAX_IMAGE_PROMPTS = 3  # distinct example prompts of a model's preview images, read after its notes
MAX_IMAGE_PROMPT_CHARS = 300  # of each, before its negative prompt and settings


class MalformedItemError(DfauditError, ValueError):
    """A raw item that cannot be a platform item (e.g. its id is ``null``, ``true`` or a list).

    Crawls and imports skip such items and report them; they never end a run.
    """


def item_id(value: Any, what: str = "id") -> str:
    """An item's id as text: an int (not a bool) within int64, or a non-empty short string.

    Anything else (``null``, ``true``, ``1.5``, a list, an object, ``""``) is malformed.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if 0 <= value <= INT64_MAX:
            return str(value)
        raise MalformedItemError(f"{what} {value} is out of range")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise MalformedItemError(f"{what} is an empty string")
        if len(text) > MAX_ID_CHARS:
            raise MalformedItemError(f"{what} is longer than {MAX_ID_CHARS} characters")
        if not text.isprintable():
            raise MalformedItemError(f"{what} holds control characters")
        return text
    raise MalformedItemError(f"{what} of type {type(value).__name__} (expected int or string)")


def _optional_id(value: Any) -> str | None:
    """A nested id (version, file): None when absent or malformed, so the part is skipped."""
    if value is None:
        return None
    try:
        return item_id(value)
    except MalformedItemError:
        return None


def _text(value: Any, limit: int = MAX_SHORT_CHARS) -> str | None:
    """A string field as it came (cut at ``limit``), or None when it is not a string."""
    return value[:limit] if isinstance(value, str) else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


MAX_CARD_DEPTH = 32


def _storable(value: Any, depth: int = 0) -> Any:
    """JSON as it came, minus what the store cannot hold: ints beyond 64 bits become None,
    nesting beyond ``MAX_CARD_DEPTH`` is cut (the raw page keeps the original)."""
    if isinstance(value, bool) or value is None or isinstance(value, str | float):
        return value
    if isinstance(value, int):
        return value if INT64_MIN <= value <= INT64_MAX else None
    if depth >= MAX_CARD_DEPTH:
        return None
    if isinstance(value, dict):
        return {str(k): _storable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_storable(v, depth + 1) for v in value]
    return None


def raw_sha256(item: Any, raw_bytes: bytes | None = None) -> str:
    """sha256 of the item's JSON as it came (its own bytes when known, else re-encoded)."""
    return hashlib.sha256(raw_bytes.strip() if raw_bytes else _encoder.encode(item)).hexdigest()


# Descriptions repeat across a creator's models and re-uploads: the text of each distinct
# markup is kept (per process, for short texts, up to a budget of characters; emptied when full).
_HTML_MEMO: dict[str, str] = {}
_HTML_MEMO_MAX_TEXT = 50_000
_HTML_MEMO_BUDGET = 16_000_000  # characters of markup and text held at most
_html_memo_chars = 0


def html_to_text(markup: object) -> str:
    """Plain text of an HTML description (tags dropped, entities decoded, blocks on new lines);
    ``""`` for anything that is not a non-empty string (typed ``object``: when compiled, a
    narrower annotation would be checked, and raise, before the test below)."""
    global _html_memo_chars
    if not markup or not isinstance(markup, str):
        return ""
    known = _HTML_MEMO.get(markup)
    if known is not None:
        return known
    text = _html_to_text(markup)
    if len(markup) <= _HTML_MEMO_MAX_TEXT:
        if _html_memo_chars > _HTML_MEMO_BUDGET:
            _HTML_MEMO.clear()
            _html_memo_chars = 0
        _HTML_MEMO[markup] = text
        _html_memo_chars += len(markup) + len(text)
    return text


def _html_to_text(markup: str) -> str:
    text = markup[:MAX_MARKUP_CHARS]
    if "<" in text:  # no tag without one: most short descriptions are plain text
        lowered = text.lower()
        if (
            "alt" in lowered
            or "title=" in lowered
            or "wikipedia.org/wiki/" in lowered
            or any(host in lowered for host in _PROFILE_HOSTS)
        ):
            text = _TAG_WITH_WORDS_RE.sub(_tag_words, text)
        text = _TAG_RE.sub(" ", _BLOCK_RE.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)
    # spaces collapsed over the whole text at once, as ``_SPACE_RE.sub(" ", text)`` would (it
    # never spans a newline), by plain replaces: the pattern's scan cost most of the function
    for other in "\t\r\f\v":
        if other in text:
            text = text.replace(other, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    lines = text.split("\n")
    return "\n".join(stripped for line in lines if (stripped := line.strip()))


def _tag_words(match: re.Match[str]) -> str:
    """An ``<img>`` or ``<a>`` tag as the words it shows a reader (its alt text or title, the
    title of the Wikipedia article it links to, the handle of the social profile it links to),
    between spaces; the tag itself when it holds none (the tag pass drops it afterwards)."""
    tag = match.group(0)
    image = tag[1:4].lower() == "img"
    alt = _ALT_RE.search(tag)
    if alt is None:
        alt = _TITLE_RE.search(tag)
    if alt is not None:
        words = html.unescape(alt.group(1) or alt.group(2) or "")
    elif image:
        return tag
    else:
        title = _WIKI_HREF_RE.search(tag)
        if title is not None:
            words = " ".join(unquote(title.group(1)).replace("_", " ").split())
            return f" (Wikipedia: {words[:MAX_TAG_WORDS_CHARS]}) " if words else " "
        profile = _PROFILE_HREF_RE.search(tag)
        if profile is None or profile.group(1).lower() in _NOT_A_HANDLE:
            return tag
        return f" (link: {profile.group(1)}) "
    words = " ".join(words.replace("<", " ").replace(">", " ").split())[:MAX_TAG_WORDS_CHARS]
    if not words:
        return " "
    return f" (image: {words}) " if image else f" (link: {words}) "


def parse_time(value: Any) -> datetime | None:
    """An ISO-8601 timestamp (with ``Z`` or an offset) as an aware datetime; None if absent."""
    if not value or not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)  # year 1 with a positive offset cannot be stored
    except (ValueError, OverflowError):
        return None


def _str_list(values: Any) -> tuple[str, ...]:
    """Tags and trained words as strings, whether given as strings or ``{"name": ...}``."""
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return ()
    out: list[str] = []
    for value in values:
        if value.__class__ is not str:
            if isinstance(value, dict):
                value = value.get("name")
            if not isinstance(value, str):
                continue
        value = value.strip()
        if value:
            out.append(value[:MAX_SHORT_CHARS])
    return tuple(out)


def _int(value: Any, low: int = INT64_MIN, high: int = INT64_MAX) -> int | None:
    """A number as an int within [low, high]; None when absent, not a number or out of range.

    A count of 10^30 or a size of ``1e308`` is not a real value: it is treated as unknown rather
    than clamped (a clamped count would dominate every sum) and the item is kept.
    """
    if type(value) is int:  # the common case first (bool is a subclass, not the same type)
        return value if low <= value <= high else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not low <= value <= high:
            return None
        value = int(value)
    elif isinstance(value, str):
        text = value.strip()
        if not (0 < len(text) <= 20 and text.lstrip("-").isdigit()):
            return None
        value = int(text)
    if isinstance(value, int) and low <= value <= high:
        return value
    return None


def _int32(value: Any) -> int | None:
    if type(value) is int:
        return value if -INT32_MAX - 1 <= value <= INT32_MAX else None
    return _int(value, -INT32_MAX - 1, INT32_MAX)


def image_level(image: Mapping[str, Any]) -> int | None:
    """An image's NSFW level as bit flags, from ``nsfwLevel`` (int or word) or older ``nsfw``."""
    level = image.get("nsfwLevel")
    if type(level) is int or (isinstance(level, int) and not isinstance(level, bool)):
        return _int32(level)
    word = level if isinstance(level, str) else image.get("nsfw")
    if isinstance(word, str):
        known = NSFW_WORD_LEVELS.get(word)  # the words as Civitai writes them, first
        return known if known is not None else NSFW_WORD_LEVELS.get(word.strip().lower())
    if word is True:
        return 8
    if word is False:
        return 1
    return None


def civitai_status(mode: Any, availability: Any = None) -> str:
    if isinstance(mode, str):
        if mode.lower() == "takendown":
            return "taken_down"
        if mode.lower() == "archived":
            return "archived"
    if isinstance(availability, str) and availability.lower() == "private":
        return "private"
    return "active"


def _lower_hex(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 256:
        return None
    value = value.strip()
    return value.lower() if value else None


@dataclass(frozen=True, slots=True)
class ModelRows:
    """A normalised model whose files and images are plain rows: the values of
    :class:`FileRecord` and :class:`ImageRecord` in field order (``FileRecord(*row)`` is the
    record). Bulk imports write these straight into Arrow columns, without building an object
    per file and image (about ten images per Civitai model)."""

    model: ModelRecord
    files: tuple[tuple[Any, ...], ...]
    images: tuple[tuple[Any, ...], ...]
    raw_sha256: str


def normalize_civitai_model(
    raw: Mapping[str, Any], *, site: str = CIVITAI_SITE, raw_bytes: bytes | None = None
) -> NormalizedModel:
    """One ``/api/v1/models`` item → records for the models, files and images tables.

    Raises :class:`MalformedItemError` when the item's id is not a valid id; any other field of
    the wrong type or out of range is treated as absent.
    """
    rows = civitai_model_rows(raw, site=site, raw_bytes=raw_bytes)
    return NormalizedModel(
        rows.model,
        tuple(FileRecord(*row) for row in rows.files),
        tuple(ImageRecord(*row) for row in rows.images),
        rows.raw_sha256,
    )


_INT32_MIN = -INT32_MAX - 1
# the word levels in the cases Civitai writes them (image_level reads any other spelling)
# an image's fields in the order ``civitai_model_rows`` reads them
_IMAGE_KEYS = ("url", "nsfwLevel", "nsfw", "width", "height", "poi", "minor")
_WORDS = {
    spelling: level
    for word, level in NSFW_WORD_LEVELS.items()
    for spelling in (word, word.capitalize(), word.upper())
}


def civitai_model_rows(
    raw: Mapping[str, Any], *, site: str = CIVITAI_SITE, raw_bytes: bytes | None = None
) -> ModelRows:
    """:func:`normalize_civitai_model` with files and images as rows (see :class:`ModelRows`).

    The common shapes (int ids, levels and sizes, string texts, lists of strings) take inline
    fast paths checked by exact type; anything else goes through the same helpers as before,
    so hostile values come out the same.
    """
    model_id = raw["id"]
    if model_id.__class__ is int and 0 <= model_id <= INT64_MAX:
        model_id = str(model_id)
    else:
        model_id = item_id(model_id)
    versions = raw.get("modelVersions")
    versions = [v for v in versions if isinstance(v, dict)] if isinstance(versions, list) else []
    files: list[tuple[Any, ...]] = []
    images: list[tuple[Any, ...]] = []
    levels: list[int] = []
    image_poi = image_minor = False
    trained: list[str] = []
    version_names: list[str] = []
    version_notes: list[str] = []
    prompts: list[str] = []
    networks: list[str] = []  # the LoRAs the example images were made with, by name
    newest_files = -1  # how many files the newest version has
    times: list[datetime] = []
    base_model: str | None = None
    append_image = images.append
    words_level = _WORDS
    low, high = _INT32_MIN, INT32_MAX
    for version in versions:
        vget = version.get
        version_id = vget("id")
        if version_id.__class__ is int and 0 <= version_id <= INT64_MAX:
            version_id = str(version_id)
        else:
            version_id = _optional_id(version_id)
        name = vget("name")
        version_names.append(name[:MAX_SHORT_CHARS] if isinstance(name, str) else "")
        notes = vget("description")
        if notes and notes.__class__ is str:
            version_notes.append(notes)
        words = vget("trainedWords")
        if words:
            trained.extend(_str_list(words))
        if base_model is None:
            base = vget("baseModel")
            if base and isinstance(base, str):
                base_model = base[:MAX_SHORT_CHARS]
        stamp = vget("publishedAt")
        parsed = parse_time(stamp) if stamp else None
        if parsed is None:
            stamp = vget("createdAt")
            parsed = parse_time(stamp) if stamp else None
        if parsed is not None:
            times.append(parsed)
        version_files = vget("files")
        if version_files:
            _civitai_files(files, _list(version_files), model_id, version_id, version)
        if newest_files < 0:
            newest_files = len(files)
        version_images = vget("images")
        if not version_images or not isinstance(version_images, list):
            continue
        for image in version_images:
            if not isinstance(image, dict):
                continue
            url, level, word, width, height, poi, minor = map(image.get, _IMAGE_KEYS)
            if level.__class__ is int:
                if not low <= level <= high:
                    level = None
            elif level is None and word.__class__ is str and word in words_level:
                level = words_level[word]  # Civitai's older word levels, as it writes them
            else:
                level = image_level(image)
            if level is not None:
                levels.append(level)
            if width.__class__ is not int or not low <= width <= high:
                width = _int32(width)
            if height.__class__ is not int or not low <= height <= high:
                height = _int32(height)
            if url is not None:
                url = url[:MAX_URL_CHARS] if isinstance(url, str) else None
            # absent or false on nearly every image: no call then
            poi = False if poi is None or poi is False else bool(poi)
            minor = False if minor is None or minor is False else bool(minor)
            if poi:
                image_poi = True
            if minor:
                image_minor = True
            append_image(("civitai", model_id, version_id, url, level, width, height, poi, minor))
            if len(prompts) < MAX_IMAGE_PROMPTS:
                meta = image.get("meta")
                if meta.__class__ is dict:
                    prompt = _image_prompt(meta)
                    if prompt is not None and prompt not in prompts:
                        prompts.append(prompt)
                    if len(networks) < MAX_NETWORK_NAMES:
                        _resource_names(meta.get("resources"), networks)
                    if len(networks) < MAX_NETWORK_NAMES and "Lora hashes" in meta:
                        _hashed_names(meta["Lora hashes"], networks)
    get = raw.get
    stats = get("stats")
    downloads = stats.get("downloadCount") if isinstance(stats, dict) else None
    if downloads.__class__ is not int or not INT64_MIN <= downloads <= INT64_MAX:
        downloads = _int(downloads)
    creator = get("creator")
    creator = _text(creator.get("username")) if isinstance(creator, dict) else None
    name = get("name")
    model_type = get("type")
    level = get("nsfwLevel")
    if level.__class__ is not int or not low <= level <= high:
        level = _int32(level)
    description = _with_version_notes(get("description"), version_notes, prompts)
    file_names = [f[4] for f in files]
    if "<" in description or networks:
        # after the newest version's files: a page of many versions lists dozens of files
        called = _network_names(description, file_names, networks)
        file_names[newest_files:newest_files] = called
    model = ModelRecord(
        platform="civitai",
        model_id=model_id,
        url=f"{site}/models/{model_id}",
        name=name[:MAX_SHORT_CHARS] if isinstance(name, str) else "",
        model_type=(model_type[:MAX_SHORT_CHARS] if isinstance(model_type, str) else None)
        or "Other",
        creator=creator,
        created_at=min(times) if times else None,
        base_model=base_model,
        tags=_str_list(get("tags")),
        nsfw=bool(get("nsfw")),
        nsfw_level=level,
        poi=bool(get("poi")),
        minor=bool(get("minor")),
        downloads=downloads or 0,
        status=civitai_status(get("mode"), get("availability")),
        description=description,
        trained_words=tuple(dict.fromkeys(trained)),
        version_names=tuple(version_names),
        file_names=tuple(file_names),
        image_nsfw_levels=tuple(levels),
        image_poi=image_poi,
        image_minor=image_minor,
    )
    return ModelRows(model, tuple(files), tuple(images), raw_sha256(raw, raw_bytes))


_CIVITAI_SLUG = re.compile(r"civitai\.com/models/[0-9]{1,12}/([A-Za-z0-9][A-Za-z0-9_-]{1,99})")


def _image_prompt(meta: dict[str, Any]) -> str | None:
    """An example image's prompt (Civitai's ``images[].meta.prompt``, where the API gives it),
    without its negative prompt and settings, cut at :data:`MAX_IMAGE_PROMPT_CHARS`."""
    prompt = meta.get("prompt")
    if not isinstance(prompt, str):
        return None
    prompt = prompt[: MAX_IMAGE_PROMPT_CHARS * 4].split("Negative prompt:", 1)[0]
    prompt = " ".join(prompt.split())[:MAX_IMAGE_PROMPT_CHARS]
    return prompt or None


def _resource_names(resources: object, out: list[str]) -> None:
    """The LoRA names of an example image's ``meta.resources`` (``{"name": "mira_vossberg_v2",
    "type": "lora", "weight": 0.8}``: the networks its prompt called), appended to ``out`` up
    to :data:`MAX_NETWORK_NAMES`."""
    if not isinstance(resources, list):
        return
    for resource in resources[:8]:
        if not isinstance(resource, dict):
            continue
        kind, name = resource.get("type"), resource.get("name")
        if not (isinstance(kind, str) and isinstance(name, str)):
            continue
        name = name.strip()
        if kind.lower() in _NETWORK_KINDS and 0 < len(name) <= 80 and name not in out:
            out.append(name)
            if len(out) >= MAX_NETWORK_NAMES:
                return


# A1111's "Lora hashes" of an image's generation data: "mira_vossberg_v2: 94baf639c467, …"
_LORA_HASH_RE = re.compile(r"\s*([^:,\n]{1,80}): [0-9a-fA-F]{8,16}\s*(?:,|$)")


def _hashed_names(hashes: object, out: list[str]) -> None:
    """The LoRA names an image's "Lora hashes" list (the networks its prompt called, as
    :func:`_resource_names` reads them), appended to ``out`` up to :data:`MAX_NETWORK_NAMES`."""
    if not isinstance(hashes, str):
        return
    for m in _LORA_HASH_RE.finditer(hashes[:MAX_MARKUP_CHARS]):
        name = m.group(1).strip()
        if name and name not in out:
            out.append(name)
            if len(out) >= MAX_NETWORK_NAMES:
                return


def _network_names(text: str, file_names: list[str], called: list[str] | None = None) -> list[str]:
    """The names a page's prompts call the model by ("<lora:mira_vossberg_v2:0.8>" gives
    ``mira_vossberg_v2``), then those its example images' resources list (``called``), at most
    :data:`MAX_NETWORK_NAMES` distinct, none that is already the stem of one of its files: read
    as file names (the file as its uploader named it)."""
    stems = {n.rsplit(".", 1)[0].casefold() for n in file_names if isinstance(n, str)}
    out: list[str] = []
    found = [m.group(1) for m in _NETWORK_CALL_RE.finditer(text[:MAX_MARKUP_CHARS])]
    for name in [*found, *called] if called else found:
        if name.casefold() not in stems and name not in out:
            out.append(name)
            if len(out) == MAX_NETWORK_NAMES:
                break
    return out


def _with_version_notes(
    description: object, notes: list[str], prompts: list[str] | None = None
) -> str:
    """The model's description, then what its versions say about themselves ("About this
    version"), each distinct text once, within :data:`MAX_VERSION_NOTES_CHARS` in all, then the
    example prompts of its preview images ("Example prompt: …"). Uploaders often name the person
    there only ("v2: more photos of <name>", "photo of <name>, smiling")."""
    text = html_to_text(description) if description and isinstance(description, str) else ""
    if prompts:
        notes = [*notes, *(f"Example prompt: {p}" for p in prompts)]
    if not notes:
        return text
    seen = {text} if text else set()
    parts: list[str] = []
    room = MAX_VERSION_NOTES_CHARS
    for markup in notes:
        note = html_to_text(markup[:MAX_VERSION_NOTES_CHARS])[:room]
        if note and note not in seen:
            seen.add(note)
            parts.append(note)
            room -= len(note)
            if room <= 0:
                break
    # detection reads a description's first MAX_READ_DESCRIPTION_CHARS: a long description is
    # cut so that what the versions and their images say still falls within them
    room = MAX_READ_DESCRIPTION_CHARS - sum(len(p) + 1 for p in parts)
    if text and len(text) > room:
        text = text[: max(0, room)].rstrip()
    return "\n".join([text, *parts] if text else parts)


def _civitai_files(
    out: list[tuple[Any, ...]],
    files: list[Any],
    model_id: str,
    version_id: str | None,
    version: dict[str, Any],
) -> None:
    """Rows of a version's files (FileRecord fields in order), appended to ``out``."""
    for file in files:
        if not isinstance(file, dict):
            continue
        get = file.get
        file_id = get("id")
        if file_id.__class__ is int and 0 <= file_id <= INT64_MAX:
            file_id = str(file_id)
        elif (file_id := _optional_id(file_id)) is None:
            continue
        hashes = get("hashes")
        if not isinstance(hashes, dict):
            hashes = {}
        size_kb: Any = get("sizeKB")
        size_ok = isinstance(size_kb, int | float) and not isinstance(size_kb, bool)
        size = _int(size_kb * 1024) if size_ok else None
        metadata = get("metadata")
        file_type = get("type")
        out.append(
            (
                "civitai",
                model_id,
                version_id,
                file_id,
                _text(get("name")) or "",
                size,
                _lower_hex(hashes.get("SHA256")),
                _lower_hex(hashes.get("AutoV2")),
                _lower_hex(hashes.get("BLAKE3")),
                _text(get("downloadUrl"), MAX_URL_CHARS)
                or _text(version.get("downloadUrl"), MAX_URL_CHARS),
                _text(metadata.get("format")) if isinstance(metadata, dict) else None,
                bool(get("primary")),
                str(file_type)[:40] if file_type else None,
            )
        )


HF_LORA_TAGS = ("lora", "template:sd-lora")


def _hf_type(tags: Iterable[str], siblings: Iterable[str]) -> str:
    tag_set = {t.lower() for t in tags}
    if tag_set & set(HF_LORA_TAGS) or any(t.startswith("base_model:adapter:") for t in tag_set):
        return "LORA"
    if "textual_inversion" in tag_set or "textual-inversion" in tag_set:
        return "TextualInversion"
    names = [s.lower() for s in siblings]
    if "model_index.json" in names or any(n.endswith((".ckpt", ".safetensors")) for n in names):
        return "Checkpoint"
    return "Other"


_WEIGHT_SUFFIXES = (".safetensors", ".ckpt", ".pt", ".bin", ".pth", ".gguf")


def _not_weights(name: str) -> bool:
    """Sort key putting a repo's weight files before its other files (order kept within)."""
    return not name.lower().endswith(_WEIGHT_SUFFIXES)


def normalize_hf_model(
    raw: Mapping[str, Any], *, endpoint: str = HF_SITE, raw_bytes: bytes | None = None
) -> NormalizedModel:
    """One Hugging Face ``ModelInfo`` JSON item → records (siblings become files).

    Raises :class:`MalformedItemError` when the item has no valid ``id`` (or ``modelId``).
    """
    given = raw.get("id")
    repo_id = item_id(raw.get("modelId") if given is None and "modelId" in raw else given)
    tags = _str_list(raw.get("tags"))
    card = _dict(raw.get("cardData") or raw.get("card_data"))
    siblings = [s for s in _list(raw.get("siblings")) if isinstance(s, dict)]
    revision = _text(raw.get("sha"), MAX_ID_CHARS)
    files: list[FileRecord] = []
    for sibling in siblings:
        name = _text(sibling.get("rfilename"), MAX_ID_CHARS) or ""
        lfs = _dict(sibling.get("lfs"))
        sha = _lower_hex(lfs.get("sha256") or lfs.get("oid"))
        size = _int(sibling.get("size")) or _int(lfs.get("size"))
        files.append(
            FileRecord(
                platform="huggingface",
                model_id=repo_id,
                version_id=revision,
                file_id=f"{repo_id}/{name}",
                name=name,
                size_bytes=size,
                sha256=sha,
                autov2=sha[:10] if sha else None,
                blake3=None,
                download_url=f"{endpoint.rstrip('/')}/{repo_id}/resolve/main/{name}",
                file_format="SafeTensor" if name.endswith(".safetensors") else None,
                primary=name.endswith(".safetensors"),
            )
        )
    base = card.get("base_model")
    if isinstance(base, list):
        base = base[0] if base else None
    base = _text(base)
    if base is None:
        base = next((t.split(":")[-1] for t in tags if t.startswith("base_model:")), None)
    instance = _str_list(card.get("instance_prompt"))
    widget_texts: list[str] = []
    # the card's example prompts, or the Hub's copy of them when the card came without
    for widget in _list(card.get("widget") or raw.get("widgetData"))[:16]:
        if isinstance(widget, dict) and isinstance(widget.get("text"), str):
            widget_texts.append(widget["text"][:MAX_MARKUP_CHARS])
    # A card's own summary and the Civitai page a mirror names as its source: the slug of a
    # Civitai model's address is that model's name ("…/models/265394/<name>-sdxl").
    card_text = [
        text[:MAX_VERSION_NOTES_CHARS]
        for key in ("description", "summary", "source")
        if isinstance(text := card.get(key), str)
    ]
    widget_texts.extend(t for t in card_text if not t.startswith(("http://", "https://")))
    mirrored = tuple(
        dict.fromkeys(m.group(1) for t in card_text for m in _CIVITAI_SLUG.finditer(t))
    )[:4]
    # the names the card gives the model and its training data: its model-index entries and
    # the datasets it was trained on ("<owner>/<name>-photos"), read as version names
    card_names = [
        entry.get("name") for entry in _list(card.get("model-index")) if isinstance(entry, dict)
    ] + [dataset.rsplit("/", 1)[-1] for dataset in _str_list(card.get("datasets"))]
    mirrored += tuple(
        name[:MAX_SHORT_CHARS] for name in card_names[:4] if isinstance(name, str) and name
    )
    card_tags = _str_list(card.get("tags"))
    all_tags = tuple(dict.fromkeys(tags + card_tags))
    status = "disabled" if raw.get("disabled") else "active"
    downloads = _int(raw.get("downloadsAllTime")) or _int(raw.get("downloads")) or 0
    author = _text(raw.get("author")) or (repo_id.split("/")[0] if "/" in repo_id else None)
    model = ModelRecord(
        platform="huggingface",
        model_id=repo_id,
        url=f"{endpoint.rstrip('/')}/{repo_id}",  # a mirror's or test server's, not the Hub's
        name=repo_id.split("/", 1)[-1],
        model_type=_hf_type(all_tags, (f.name for f in files)),
        creator=author or None,
        created_at=parse_time(raw.get("createdAt") or raw.get("created_at")),
        base_model=base or None,
        tags=all_tags,
        nsfw="not-for-all-audiences" in {t.lower() for t in all_tags},
        nsfw_level=None,
        poi=False,
        minor=False,
        downloads=downloads,
        status=status,
        description="\n".join(widget_texts),
        trained_words=instance,
        version_names=mirrored,
        # weights first: a repo's dozens of example images come before them alphabetically
        file_names=tuple(sorted((f.name for f in files), key=_not_weights)),
        card=_storable(card),
    )
    return NormalizedModel(model, tuple(files), (), raw_sha256(raw, raw_bytes))


def normalize_bounty(raw: Mapping[str, Any], *, site: str = CIVITAI_SITE) -> BountyRecord:
    """One tRPC ``bounty.getInfinite`` / ``getById`` item → a bounty record.

    Raises :class:`MalformedItemError` when the bounty's id is not a valid id.
    """
    bounty_id = item_id(raw["id"])
    stats = _dict(raw.get("stats"))
    details = _dict(raw.get("details"))
    user = _dict(raw.get("user"))
    levels = tuple(
        level
        for image in _list(raw.get("images"))
        if isinstance(image, dict) and (level := image_level(image)) is not None
    )
    return BountyRecord(
        bounty_id=bounty_id,
        url=f"{site}/bounties/{bounty_id}",
        name=_text(raw.get("name")) or "",
        description=html_to_text(raw.get("description")),
        bounty_type=_text(raw.get("type")) or "",
        mode=_text(raw.get("mode")),
        nsfw=bool(raw.get("nsfw")),
        nsfw_level=_int32(raw.get("nsfwLevel")),
        poi=bool(raw.get("poi")),
        tags=_str_list(raw.get("tags")),
        base_model=_text(details.get("baseModel")),
        requester=_text(user.get("username")),
        starts_at=parse_time(raw.get("startsAt")),
        expires_at=parse_time(raw.get("expiresAt")),
        complete=bool(raw.get("complete")),
        unit_amount=_int(raw.get("unitAmount")) or 0,
        entry_count=_int(stats.get("entryCountAllTime")) or 0,
        benefactor_count=_int(stats.get("benefactorCountAllTime")) or 0,
        image_nsfw_levels=levels,
    )


def is_nsfw_level(level: int | None) -> bool:
    """True when a level's bits include R, X, XXX or Blocked."""
    return bool(level and level & NSFW_BITS)
