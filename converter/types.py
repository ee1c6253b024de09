"""Static types for the one data model: a JSON Resume 1.0.0 document as a dict.

Why TypedDicts and not classes: every reader produces, and every writer
consumes, the plain dict that JSON Resume defines. Typing it lets mypy and
editors check field names without a parallel object model to keep in sync.
``total=False`` because every field of the standard is optional.
"""
from __future__ import annotations

from typing import Any, TypedDict


class Location(TypedDict, total=False):
    address: str
    postalCode: str
    city: str
    countryCode: str
    region: str


class Profile(TypedDict, total=False):
    network: str
    username: str
    url: str


class Basics(TypedDict, total=False):
    name: str
    label: str
    image: str
    email: str
    phone: str
    url: str
    summary: str
    location: Location
    profiles: list[Profile]


class Work(TypedDict, total=False):
    name: str
    location: str
    description: str
    position: str
    url: str
    startDate: str
    endDate: str
    summary: str
    highlights: list[str]


class Volunteer(TypedDict, total=False):
    organization: str
    position: str
    url: str
    startDate: str
    endDate: str
    summary: str
    highlights: list[str]


class Education(TypedDict, total=False):
    institution: str
    url: str
    area: str
    studyType: str
    startDate: str
    endDate: str
    score: str
    courses: list[str]
    location: str
    summary: str


class Award(TypedDict, total=False):
    title: str
    date: str
    awarder: str
    summary: str


class Certificate(TypedDict, total=False):
    name: str
    date: str
    url: str
    issuer: str


class Publication(TypedDict, total=False):
    name: str
    publisher: str
    releaseDate: str
    url: str
    summary: str


class Skill(TypedDict, total=False):
    name: str
    level: str
    keywords: list[str]


class Language(TypedDict, total=False):
    language: str
    fluency: str


class Interest(TypedDict, total=False):
    name: str
    keywords: list[str]


class Reference(TypedDict, total=False):
    name: str
    reference: str


class Project(TypedDict, total=False):
    name: str
    description: str
    highlights: list[str]
    keywords: list[str]
    startDate: str
    endDate: str
    url: str
    roles: list[str]
    entity: str
    type: str


class ExtraSection(TypedDict):
    """A section with no home in the schema (MAPPING §5), kept in ``meta``."""

    title: str
    items: list[str]


class Meta(TypedDict, total=False):
    canonical: str
    version: str
    lastModified: str
    extraSections: list[ExtraSection]


Resume = TypedDict(
    "Resume",
    {
        "$schema": str,
        "basics": Basics,
        "work": list[Work],
        "volunteer": list[Volunteer],
        "education": list[Education],
        "awards": list[Award],
        "certificates": list[Certificate],
        "publications": list[Publication],
        "skills": list[Skill],
        "languages": list[Language],
        "interests": list[Interest],
        "references": list[Reference],
        "projects": list[Project],
        "meta": Meta,
    },
    total=False,
)

#: The eleven list sections of JSON Resume, in schema order.
LIST_SECTIONS: tuple[str, ...] = (
    "work", "volunteer", "education", "awards", "certificates", "publications",
    "skills", "languages", "interests", "references", "projects",
)

#: A theme after loading: nested dicts of plain values (see schemas/theme.schema.json).
Theme = dict[str, Any]
