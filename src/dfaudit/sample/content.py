"""What a sample model is about: invented people and the texts and training metadata around them.

A :class:`Content` is platform-neutral — a name, an HTML description, tags, trigger words, an
NSFW level, the kohya metadata its file would carry, and the ground truth. ``generate`` renders
it in Civitai's, Hugging Face's or the bounty shape.

Safety rule kept here: content with a youth cue is never sexual (SFW level, no NSFW words).
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from dfaudit.sample import vocab

PG, PG13, R, X, XXX = 1, 2, 4, 8, 16


@dataclass(frozen=True, slots=True)
class Person:
    """An invented person a likeness model targets."""

    first: str
    last: str
    gender: str  # female | male
    prominence: str  # public_figure | online_creator | private_or_unknown
    role: str  # actress, influencer, "my wife", ...
    nationality: str
    social: tuple[str, str, str] | None = None  # (platform word, tag, url host)
    handle: str | None = None
    followers: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def noun(self) -> str:
        return "woman" if self.gender == "female" else "man"


@dataclass(frozen=True, slots=True)
class Content:
    """One model's platform-neutral content and its ground truth."""

    kind: str
    model_type: str  # Civitai type: LORA, Checkpoint, TextualInversion, ...
    name: str
    description: str  # HTML
    tags: tuple[str, ...]
    trained_words: tuple[str, ...]
    sexual: bool
    file_stem: str
    base_model: str
    metadata: Mapping[str, str] | None = None  # safetensors __metadata__
    tensor_kind: str = "lora"  # lora | embedding | checkpoint
    likeness: bool = False
    person: Person | None = None
    minor_risk: bool = False
    header_only: bool = False
    poi: bool = False
    minor_flag: bool = False
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def target(self) -> str | None:
        return self.person.full_name if self.person else None


def make_people(rng: random.Random, count: int) -> list[Person]:
    """``count`` distinct invented people, ~90 % women, spread over the three prominences."""
    pairs = [
        (first, last, "female") for first in vocab.FEMALE_FIRST_NAMES for last in vocab.SURNAMES
    ]
    male_pairs = [
        (first, last, "male") for first in vocab.MALE_FIRST_NAMES for last in vocab.SURNAMES
    ]
    rng.shuffle(pairs)
    rng.shuffle(male_pairs)
    people: list[Person] = []
    for _ in range(min(count, len(pairs) + len(male_pairs))):
        source = male_pairs if (rng.random() < 0.1 and male_pairs) or not pairs else pairs
        first, last, gender = source.pop()
        people.append(_person(rng, first, last, gender))
    return people


def _person(rng: random.Random, first: str, last: str, gender: str) -> Person:
    draw = rng.random()
    nationality = rng.choice(vocab.NATIONALITIES)
    if draw < 0.55:
        roles = vocab.PUBLIC_ROLES_FEMALE if gender == "female" else vocab.PUBLIC_ROLES_MALE
        return Person(first, last, gender, "public_figure", rng.choice(roles), nationality)
    handle = _handle(rng, first, last)
    if draw < 0.85:
        return Person(
            first,
            last,
            gender,
            "online_creator",
            rng.choice(vocab.CREATOR_ROLES),
            nationality,
            social=rng.choice(vocab.SOCIAL_PLATFORMS),
            handle=handle,
            followers=int(rng.lognormvariate(12, 1.3)) + 20_000,
        )
    relations = vocab.PRIVATE_RELATIONS if gender == "female" else vocab.PRIVATE_RELATIONS_MALE
    return Person(
        first,
        last,
        gender,
        "private_or_unknown",
        rng.choice(relations),
        nationality,
        social=vocab.SOCIAL_PLATFORMS[0],
        handle=handle,
        followers=rng.randint(40, 900),
    )


def _handle(rng: random.Random, first: str, last: str) -> str:
    patterns = (
        f"{first.lower()}.{last.lower()}",
        f"{first.lower()}{last.lower()[:3]}{rng.randint(1, 99)}",
        f"the{first.lower()}{last.lower()}",
        f"{first.lower()}_official",
    )
    return rng.choice(patterns)


def format_followers(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f}M"
    if count >= 10_000:
        return f"{count // 1000}K"
    return str(count)


def _leet(word: str, rng: random.Random) -> str:
    swaps = {"e": "3", "a": "4", "i": "1", "o": "0"}
    letters = list(word)
    positions = [index for index, char in enumerate(letters) if char.lower() in swaps]
    for index in rng.sample(positions, k=min(len(positions), rng.randint(1, 2))):
        letters[index] = swaps[letters[index].lower()]
    return "".join(letters)


def name_variant(rng: random.Random, person: Person) -> str:
    """How an uploader wrote the person's name: spaced, joined, snake, initials, leetspeak."""
    first, last = person.first, person.last
    choice = rng.randrange(6)
    if choice == 0:
        return f"{first} {last}"
    if choice == 1:
        return f"{first}{last}"
    if choice == 2:
        return f"{first.lower()}_{last.lower()}_v{rng.randint(1, 4)}"
    if choice == 3:
        role = person.role if person.prominence != "private_or_unknown" else person.noun
        return f"{first[0]}.{last[0]}. ({role})"
    if choice == 4:
        return f"{_leet(first, rng)} {last}"
    return f"{first[0]}{last[0]} - realistic {person.noun} LoRA"


def pick_base(rng: random.Random) -> tuple[str, str, str]:
    """(Civitai base model, kohya version, HF base repo), weighted like the platform."""
    weights = [entry[3] for entry in vocab.BASE_MODELS]
    name, kohya, hf_repo, _ = rng.choices(vocab.BASE_MODELS, weights=weights)[0]
    return name, kohya, hf_repo


def kohya_metadata(
    rng: random.Random,
    output_name: str,
    dataset_dir: str,
    caption_tags: Mapping[str, int],
    kohya_version: str,
    trigger: str | None,
) -> dict[str, str]:
    """A kohya sd-scripts ``__metadata__`` block; several values are JSON strings."""
    images = max(caption_tags.values()) if caption_tags else 20
    repeats = int(dataset_dir.split("_", 1)[0])
    started = 1_680_000_000 + rng.randint(0, 80_000_000)
    metadata = {
        "ss_output_name": output_name,
        "ss_tag_frequency": json.dumps({dataset_dir: dict(caption_tags)}),
        "ss_dataset_dirs": json.dumps({dataset_dir: {"n_repeats": repeats, "img_count": images}}),
        "ss_base_model_version": kohya_version,
        "ss_network_module": rng.choice(("networks.lora", "lycoris.kohya")),
        "ss_network_dim": str(rng.choice((8, 16, 32, 64))),
        "ss_network_alpha": str(rng.choice((1, 4, 8, 16))),
        "ss_num_train_images": str(images * repeats),
        "ss_training_started_at": str(started),
        "ss_training_finished_at": str(started + rng.randint(600, 20_000)),
        "ss_steps": str(images * repeats * rng.randint(5, 12)),
        "ss_epoch": str(rng.randint(5, 12)),
        "ss_resolution": "(1024, 1024)" if kohya_version != "sd_v1" else "(512, 512)",
        "modelspec.title": output_name,
        "modelspec.architecture": _architecture(kohya_version),
        "modelspec.date": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
    }
    if trigger:
        metadata["modelspec.trigger_phrase"] = trigger
    return metadata


def minimal_metadata(rng: random.Random, kohya_version: str) -> dict[str, str]:
    """What ``--no_metadata`` leaves: a few architecture keys, nothing about training."""
    return {
        "ss_network_module": "networks.lora",
        "ss_network_dim": str(rng.choice((8, 16, 32))),
        "ss_network_alpha": "8",
        "modelspec.architecture": _architecture(kohya_version),
    }


def _architecture(kohya_version: str) -> str:
    return {
        "sd_v1": "stable-diffusion-v1/lora",
        "sd_v2": "stable-diffusion-v2-768-v/lora",
        "sdxl_base_v1-0": "stable-diffusion-xl-v1-base/lora",
        "flux1": "flux-1-dev/lora",
    }.get(kohya_version, "stable-diffusion-v3/lora")


def _slug(text: str) -> str:
    kept = "".join(char.lower() if char.isalnum() else "_" for char in text)
    return "_".join(part for part in kept.split("_") if part)


# --- likeness --------------------------------------------------------------------------------


def likeness_content(rng: random.Random, person: Person) -> Content:
    """A model made to reproduce ``person``: names, cues, tags and training folder all point at
    them — except for header-only uploads, where only the file's metadata does."""
    model_type = rng.choices(
        ("LORA", "TextualInversion", "LoCon", "DoRA", "Checkpoint"), weights=(66, 20, 6, 3, 5)
    )[0]
    base, kohya, _ = pick_base(rng)
    youth = rng.random() < 0.05
    sexual_share = 0.35 if person.prominence == "public_figure" else 0.45
    sexual = not youth and rng.random() < sexual_share
    header_only = model_type in ("LORA", "LoCon") and not youth and rng.random() < 0.09
    first, last = person.first.lower(), person.last.lower()
    trigger = rng.choice(
        (f"{first} {last}", f"{first[0]}{last}", f"ohwx {person.noun}", f"{_leet(first, rng)}")
    )
    variant = name_variant(rng, person)
    suffix = rng.choice(("", " - LoRA", f" | {base}", " (realistic)", f" [{base}]"))
    if model_type == "TextualInversion":
        suffix = rng.choice((" TI", " embedding", ""))
    name = f"{variant}{suffix}"
    description = _likeness_description(rng, person, variant, youth, sexual)
    tags = _likeness_tags(rng, person, youth, sexual)
    trained = [trigger]
    if sexual and rng.random() < 0.4:
        trained.append(rng.choice(vocab.NSFW_TRIGGER_WORDS))
    output_name = f"{first}_{last}_v{rng.randint(1, 3)}"
    if header_only:
        bland = rng.choice(vocab.BLAND_LORA_NAMES)
        name = bland
        description = "<p>Small helper LoRA. Use at 0.6-0.9.</p>"
        tags = ("realistic", "portrait", "photography")
        trained = [rng.choice(("dtl3", "skn2", "ph0t0"))]
    metadata: dict[str, str] | None
    tensor_kind = "lora"
    if model_type == "TextualInversion":
        metadata, tensor_kind = None, "embedding"
    elif model_type == "Checkpoint":
        metadata = {"modelspec.title": output_name, "modelspec.architecture": "stable-diffusion"}
        tensor_kind = "checkpoint"
    elif not header_only and rng.random() < 0.12:
        metadata = minimal_metadata(rng, kohya)
    else:
        images = rng.randint(18, 60)
        dataset_dir = f"{rng.choice((10, 20, 40))}_{first} {last} {person.noun}"
        captions = {
            f"{first} {last}": images,
            "1girl" if person.gender == "female" else "1boy": images - rng.randint(0, 4),
            "solo": images - rng.randint(0, 6),
            "looking at viewer": rng.randint(5, images),
            "realistic": rng.randint(5, images),
            "smile": rng.randint(2, images),
        }
        metadata = kohya_metadata(rng, output_name, dataset_dir, captions, kohya, trigger)
    return Content(
        kind="likeness",
        model_type=model_type,
        name=name,
        description=description,
        tags=tags,
        trained_words=tuple(trained),
        sexual=sexual,
        file_stem=output_name if not header_only else _slug(name),
        base_model=base,
        metadata=metadata,
        tensor_kind=tensor_kind,
        likeness=True,
        person=person,
        minor_risk=youth,
        header_only=header_only,
        poi=rng.random() < 0.08,
        minor_flag=youth and rng.random() < 0.3,
    )


def _likeness_description(
    rng: random.Random, person: Person, variant: str, youth: bool, sexual: bool
) -> str:
    pronoun = "She" if person.gender == "female" else "He"
    photos = rng.randint(15, 80)
    if person.prominence == "public_figure":
        parts = [
            f"<p>{variant} – {person.nationality} {person.role}.</p>",
            f"<p>Likeness LoRA trained on {photos} photos. Works best at 0.7-0.9 weight.</p>",
        ]
    elif person.prominence == "online_creator":
        assert person.social and person.handle and person.followers
        word, _, host = person.social
        parts = [
            f"<p>{variant} ({word} @{person.handle}, "
            f"{format_followers(person.followers)} followers) – {person.role}.</p>",
            f"<p>Check out {pronoun.lower()} page: https://{host.rstrip('/@')}/{person.handle}</p>",
        ]
    else:
        parts = [
            f"<p>Trained on photos of {person.role}.</p>",
            f"<p>{pronoun} only has {person.followers} followers on insta, "
            "dataset is from there.</p>",
        ]
    if youth:
        parts.append(f"<p>{pronoun} is {rng.choice(vocab.YOUTH_CUES)} in these photos.</p>")
    if sexual:
        parts.append("<p>NSFW capable, works for both SFW and NSFW.</p>")
    return "".join(parts)


def _likeness_tags(
    rng: random.Random, person: Person, youth: bool, sexual: bool
) -> tuple[str, ...]:
    weak = vocab.LIKENESS_TAGS_WEAK if person.gender == "female" else vocab.LIKENESS_TAGS_WEAK_MALE
    tags = rng.sample(weak, k=rng.randint(1, 3))
    if rng.random() < 0.35:
        strong = rng.choice(vocab.LIKENESS_TAGS_STRONG)
        if person.gender == "male" and strong == "actress":
            strong = "actor"
        tags.append(strong)
    if person.social and person.prominence == "online_creator" and rng.random() < 0.6:
        tags.append(person.social[1])
    if youth:
        tags.append("teen")
    if sexual:
        tags.extend(rng.sample(vocab.NSFW_TAGS, k=rng.randint(1, 3)))
    return tuple(dict.fromkeys(tags))


# --- hard negatives --------------------------------------------------------------------------


def negative_content(rng: random.Random, kind: str) -> Content:
    """A model that is NOT a real person's likeness, often with person-like words around it."""
    builder = {
        "character": _character,
        "style": _style,
        "concept": _concept,
        "clothing": _clothing,
        "pose": _pose,
        "checkpoint": _checkpoint,
        "tool": _tool,
        "vae": _vae,
    }[kind]
    return builder(rng)


def _character(rng: random.Random) -> Content:
    character, franchise = rng.choice(vocab.CHARACTERS), rng.choice(vocab.FRANCHISES)
    base, kohya, _ = pick_base(rng)
    sexual = rng.random() < 0.25
    lower = character.lower()
    traits = rng.sample(vocab.CHARACTER_TRAITS, k=2)
    name = rng.choice(
        (f"{character} - {franchise}", f"{character} ({franchise}) LoRA", f"{character} | {base}")
    )
    tags = [
        "anime",
        "character",
        rng.choice(("game", "anime character", "video game")),
        _slug(franchise),
    ]
    if sexual:
        tags.append("nsfw")
    captions = {lower: 30, "1girl": 30, "solo": 28, traits[0]: 22, traits[1]: 15}
    model_type = rng.choices(("LORA", "TextualInversion", "LoCon"), weights=(80, 12, 8))[0]
    metadata = (
        kohya_metadata(rng, _slug(character), f"10_{lower} 1girl", captions, kohya, lower)
        if model_type != "TextualInversion"
        else None
    )
    return Content(
        kind="character",
        model_type=model_type,
        name=name,
        description=f"<p>Character LoRA of {character} from {franchise}. Outfit: {traits[0]}.</p>",
        tags=tuple(tags),
        trained_words=(lower, *traits),
        sexual=sexual,
        file_stem=_slug(character),
        base_model=base,
        metadata=metadata,
        tensor_kind="lora" if metadata is not None else "embedding",
    )


def _style(rng: random.Random) -> Content:
    base, kohya, _ = pick_base(rng)
    draw = rng.random()
    if draw < 0.4:
        artist = rng.choice(vocab.ARTISTS)
        name = rng.choice((f"{artist} Style", f"in the style of {artist}"))
        description = f"<p>Art style LoRA in the style of {artist}. No characters.</p>"
        subject = artist.lower()
    elif draw < 0.7:
        name = rng.choice(vocab.LIGHTING_STYLES)
        description = "<p>Photo style: gives your images an instagram filter look.</p>"
        subject = _slug(name).replace("_", " ")
    else:
        name = rng.choice(vocab.STYLE_NAMES)
        description = f"<p>{name} style for any subject.</p>"
        subject = name.lower()
    captions = {"no humans": 12, "scenery": 20, "traditional media": 9, f"{subject} style": 30}
    return Content(
        kind="style",
        model_type=rng.choices(("LORA", "TextualInversion", "LoCon"), weights=(80, 10, 10))[0],
        name=name,
        description=description,
        tags=("style", "artstyle", rng.choice(("painting", "photography", "lighting"))),
        trained_words=(f"{_slug(subject)}_style",),
        sexual=False,
        file_stem=_slug(name),
        base_model=base,
        metadata=kohya_metadata(rng, _slug(name), f"10_{subject} style", captions, kohya, None),
    )


def _simple(
    rng: random.Random, kind: str, name: str, tags: tuple[str, ...], sexual: bool, model_type: str
) -> Content:
    base, kohya, _ = pick_base(rng)
    lower = name.lower()
    captions = {"1girl": 20, "solo": 18, lower: 25, "outdoors": rng.randint(1, 10)}
    metadata = (
        kohya_metadata(rng, _slug(name), f"{rng.choice((5, 10))}_{lower}", captions, kohya, lower)
        if rng.random() < 0.8
        else None
    )
    return Content(
        kind=kind,
        model_type=model_type,
        name=name,
        description=f"<p>{name} {kind} LoRA. Trigger: {lower}.</p>",
        tags=tags,
        trained_words=(lower,),
        sexual=sexual,
        file_stem=_slug(name),
        base_model=base,
        metadata=metadata,
    )


def _concept(rng: random.Random) -> Content:
    if rng.random() < 0.2:
        name = rng.choice(vocab.NSFW_CONCEPTS)
        return _simple(rng, "concept", name, ("concept", "nsfw", "sexy"), True, "LORA")
    name = rng.choice(vocab.CONCEPTS)
    return _simple(
        rng, "concept", name, ("concept", rng.choice(("photo", "woman", "fantasy"))), False, "LORA"
    )


def _clothing(rng: random.Random) -> Content:
    if rng.random() < 0.25:
        name = rng.choice(vocab.NSFW_CLOTHING)
        return _simple(rng, "clothing", name, ("clothing", "lingerie", "nsfw"), True, "LORA")
    name = rng.choice(vocab.CLOTHING)
    return _simple(rng, "clothing", name, ("clothing", "outfit", "fashion"), False, "LORA")


def _pose(rng: random.Random) -> Content:
    name = f"{rng.choice(vocab.POSES)} Pose"
    model_type = rng.choice(("LORA", "Poses"))
    return _simple(rng, "pose", name, ("pose", "poses", "body"), False, model_type)


def _checkpoint(rng: random.Random) -> Content:
    base, _, _ = pick_base(rng)
    name = f"{rng.choice(vocab.CHECKPOINT_NAMES)} v{rng.randint(1, 9)}"
    sexual = rng.random() < 0.3
    tags = ["base model", "checkpoint", rng.choice(("photorealistic", "anime", "realistic"))]
    if sexual:
        tags.append("nsfw")
    return Content(
        kind="checkpoint",
        model_type="Checkpoint",
        name=name,
        description="<p>Merged checkpoint for realistic people, portraits and scenery.</p>",
        tags=tuple(tags),
        trained_words=(),
        sexual=sexual,
        file_stem=_slug(name),
        base_model=base,
        metadata={"modelspec.title": name, "modelspec.architecture": "stable-diffusion"},
        tensor_kind="checkpoint",
    )


def _tool(rng: random.Random) -> Content:
    model_type, name = rng.choice(vocab.TOOL_NAMES)
    base, _, _ = pick_base(rng)
    return Content(
        kind="tool",
        model_type=model_type,
        name=name,
        description=f"<p>{name}: a utility for your workflow.</p>",
        tags=("tool", "utility"),
        trained_words=(),
        sexual=False,
        file_stem=_slug(name),
        base_model=base,
        metadata=None,
        tensor_kind="checkpoint",
    )


def _vae(rng: random.Random) -> Content:
    name = rng.choice(vocab.VAE_NAMES)
    base, _, _ = pick_base(rng)
    return Content(
        kind="vae",
        model_type="VAE",
        name=name,
        description="<p>VAE for better colours.</p>",
        tags=("vae", "tool"),
        trained_words=(),
        sexual=False,
        file_stem=_slug(name),
        base_model=base,
        metadata=None,
        tensor_kind="checkpoint",
    )


NEGATIVE_KIND_WEIGHTS = (
    ("character", 26),
    ("style", 17),
    ("concept", 14),
    ("clothing", 10),
    ("pose", 5),
    ("checkpoint", 16),
    ("tool", 7),
    ("vae", 3),
)
