"""Contact details: e-mail, phone, URLs, profiles by host, places (MAPPING §4 basics).

Why by shape and host: contact lines are runs of fields split by ``|``, ``·``
or icons, in any order and language; each field is recognised by what it
looks like (``@``, digits, a domain) or by its label (``Tel.``, ``Email:``),
and a URL's host tells the profile network.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from . import dates, vocab

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
PHONE = re.compile(r"(?<![\w+(])(?:\+|\(\+?\d{1,4}\)|\(0\))?[ ]?\d[\d ().\-/]{5,22}\d(?!\w)")
_TLDS = ("com|org|net|io|dev|me|edu|ai|co|info|app|xyz|page|site|tech|de|fr|uk|cn|es|it|pt|br|ca|us|eu|ch|"
         "nl|se|no|dk|fi|at|be|pl|ru|jp|kr|in|au|nz|hk|sg|tw|am|ly|gg|so|to|cc|tv|blog|online|space|design|studio")
_PAREN = r"\([^\s<>()\[\]]{0,100}\)"  # ``…/Silicon_Valley_(TV_series)``: balanced brackets belong to the URL
URL = re.compile(rf"(?:https?://|www\.)(?:[^\s<>()\[\]]|{_PAREN}){{0,500}}(?:[^\s<>()\[\].,;:!?'\"]|{_PAREN})"
                 rf"|(?<![@\w.-])(?:[a-z0-9][a-z0-9-]{{0,62}}\.){{1,5}}(?:{_TLDS})\b"
                 rf"(?:/(?:[^\s<>()\[\]]|{_PAREN}){{0,300}}(?:[^\s<>()\[\].,;:!?'\"]|{_PAREN}))?",
                 re.I)
SEPARATORS = re.compile(r"\s*[|•·⋄◇▪]\s*|\s{2,}|\s;\s|\s[-–—]\s(?=\S)(?!\d{5,6}\s*$)"
                        r"|(?<!mail)\s+(?=(?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number| phone)?|tel\.?|"
                        r"telephone|cell|web|website|portfolio|linkedin|github|address)\s*[:：])", re.I)
_LABEL = re.compile(
    r"^(?P<label>e-?mail(?: address)?|mail|courriel|correo|tel\.?|telephone(?: number)?|téléphone|teléfono|telefone|"
    r"telefono|"
    r"telefon|telemóvel|celular|móvil|cellulare|portable|mobil|phone(?: number)?|mobile(?: phone| number)?|mob\.?|"
    r"cell|handy|tél\.?|fon|"
    r"whatsapp|website|web|homepage|home page|site|portfolio|personal|"
    r"blog|url|address|home|adresse|dirección|endereço|indirizzo|location|ort|wohnort|linkedin|github|gitlab|"
    r"twitter|"
    r"x|orcid|google scholar|scholar|stack ?overflow|researchgate|medium|dribbble|behance|kaggle|instagram|xing|"
    r"skype|telegram|wechat|mastodon|电话|手机|邮箱|电子邮件|微信|地址|主页|个人主页|"
    r"이메일|메일|전자우편|연락처|전화번호|전화|휴대폰|휴대전화|핸드폰|홈페이지|블로그|"
    r"البريد الإلكتروني|البريد الالكتروني|البريد|رقم الهاتف|الهاتف|هاتف|رقم الجوال|الجوال|جوال|الموقع)"
    r"\s*[:：]\s*", re.I)
_PHONE_WORD = re.compile(r"^(?P<label>mobile|phone|tel\.?|cell|handy|mob\.?|tél\.?|telefon|móvil|celular)\s+(?=[+(\d])",
                         re.I)
_PHONE_LABELS = {"电话", "手机", "tel", "tel.", "telephone", "téléphone", "teléfono", "telefone",
                 "telefono", "telefon", "phone", "mobile", "mob", "mob.", "cell", "handy", "tél",
                 "tél.", "fon", "whatsapp", "phone number", "mobile phone", "mobile number", "telephone number",
                 "연락처", "전화번호", "전화", "휴대폰", "휴대전화", "핸드폰", "رقم الهاتف", "الهاتف", "هاتف",
                 "رقم الجوال", "الجوال", "جوال"}
#: ``(+351) 912 555 014 (Mobile)``: the kind of number written after it (Europass) is not part of it.
_PHONE_KIND = re.compile(r"\s*\([^\W\d_]{2,12}\)$")
_HANDLE = re.compile(r"^@?[A-Za-z0-9][\w.-]{1,38}$")
#: ``SoundCloud: dandymusicnl``: a network the vocabulary does not know, named by its label.
_NETWORK_LABEL = re.compile(r"^(?P<label>[A-Z][\w+.-]{1,24}(?: [A-Z][\w+.-]{1,24})?)\s*:\s*(?P<value>\S+)$")
#: Labels of personal facts whose one-word values look like handles (``Nationality: german``).
_NOT_NETWORKS = {"nationality", "citizenship", "status", "gender", "sex", "born", "birth", "dob", "visa",
                 "religion", "age", "height", "licence", "license", "pronouns", "available", "availability"}


@dataclass(frozen=True)
class Profile:
    network: str
    username: str
    url: str


#: ``(555) 555-0100``, ``+1 555 555 0100``, ``555.555.0148``: a North American phone number.
#: (It opens with the ``+``, ``(`` or digit it needs and looks behind that afterwards, so the regex engine
#: skips to those characters instead of trying every place of the document: same matches, four times faster.)
_US_PHONE = re.compile(r"[+(\d](?<![\d+].)(?<!\d[ .-].)(?:(?<=\+)1[ .-]?(?:\(\d{3}\)[ ]?|\d{3}[ .-])"
                       r"|(?<=\()\d{3}\)[ ]?|(?<=\d)\d{2}[ .-])\d{3}[ .-]\d{4}(?!\d)")
#: ``Austin, TX``, ``Boston, MA 02110``: a state code after a city.
_STATE_CODE = re.compile(r",[ ]?([A-Z]{2})(?:[ ]\d{5}(?:-\d{4})?)?(?!\w)")


def american(text: str) -> bool:
    """The document shows US signals: a North American phone number or a ``City, ST`` state code.

    Why: it decides how an ambiguous ``03/04/2024`` reads (dates.forget_dates).
    """
    if _US_PHONE.search(text):
        return True
    codes = vocab.regions()[0]
    return any(m.group(1) in codes for m in _STATE_CODE.finditer(text))


def normalize_url(url: str) -> str:
    """A URL with a scheme (``joshwoo2003.github.io`` → ``https://joshwoo2003.github.io``)."""
    url = url.strip().rstrip(".,;")
    if url.lower().startswith("mailto:"):
        return url
    if not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        url = "https://" + url.lstrip("/")
    return url


@cache
def _hosts() -> dict[str, dict]:
    return vocab.load("profiles")["hosts"]


def profile_of(url: str) -> Profile | None:
    """The profile a URL points at (network and username), or None for other pages."""
    try:
        parts = urlsplit(normalize_url(url))
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    for known, info in _hosts().items():
        if host == known or host.endswith("." + known):
            segments = [s for s in parts.path.split("/") if s]
            need = info["user"]
            if need == 0:  # the account id is in the query: not a username
                return Profile(info["network"], "", normalize_url(url))
            if len(segments) == need or (need > 1 and len(segments) >= need):
                user = segments[need - 1].lstrip("@")
                return Profile(info["network"], user, normalize_url(url))
            return None
    return None


def label_network(label: str) -> str | None:
    """``GitHub`` → GitHub, for a handle written after a label."""
    return vocab.load("profiles")["labels"].get(label.strip().lower())


@dataclass
class Field:
    """One field of a contact line."""

    kind: str  # email, phone, url, profile, location, handle, text
    value: str
    network: str = ""
    username: str = ""
    #: Written after a label (``Address:``): a contact field whatever it looks like.
    labelled: bool = False


def split_fields(text: str) -> list[str]:
    return [p for p in SEPARATORS.split(text) if p and p.strip()]


def field_of(part: str) -> Field:
    """What one contact-line field is."""
    part = part.strip().strip(",;")
    tail = re.search(r"\s+\((?P<label>[^()]{2,20})\)$", part)
    if tail and URL.fullmatch(part[:tail.start()].strip()):  # ``www.x.example (Personal)``
        part = f"{tail.group('label')}: {part[:tail.start()].strip()}"
    m = _LABEL.match(part) or _PHONE_WORD.match(part)
    label = ""
    if m:
        label = m.group("label").lower().rstrip(".")
        part = part[m.end():].removeprefix("//").strip()  # (``Github:// deedy``: Deedy's label mimics a scheme)
    if not part:
        return Field("text", "")
    em = EMAIL.fullmatch(part.removeprefix("mailto:"))
    if em:
        return Field("email", em.group(0))
    if (label in _PHONE_LABELS or PHONE.fullmatch(part)) and sum(c.isdigit() for c in part) >= 7 \
            and not dates.is_date_only(part):
        return Field("phone", _PHONE_KIND.sub("", part))
    um = URL.fullmatch(part)
    if um:
        prof = profile_of(part)
        if prof:
            return Field("profile", prof.url, prof.network, prof.username)
        net = label_network(label) if label else None
        if net:
            return Field("profile", normalize_url(part), net, "")
        return Field("url", normalize_url(part))
    net = label_network(label) if label else None
    if net and _HANDLE.match(part):
        return Field("handle", part.lstrip("@"), net, part.lstrip("@"))
    other = None if label else _NETWORK_LABEL.match(part)
    if other and other.group("label").lower() not in _NOT_NETWORKS:
        value = other.group("value")
        if URL.fullmatch(value):
            return Field("profile", normalize_url(value), other.group("label"), "")
        if _HANDLE.match(value) and (value.startswith("@") or value != value.capitalize()):
            return Field("handle", value.lstrip("@"), other.group("label"), value.lstrip("@"))
    if label in ("address", "home", "adresse", "dirección", "endereço", "indirizzo", "location", "ort", "wohnort",
                 "地址"):  # (``Home: Rua …``: Europass names the home address so)
        return Field("location", part, labelled=True)
    kind, value = _form_field(part) if not label else ("", "")
    if kind == "location":
        return Field("location", value, labelled=True)
    if kind == "phone" and sum(c.isdigit() for c in value) >= _MIN_PHONE_DIGITS:
        return Field("phone", value)
    if place_parts(part):
        return Field("location", part)
    return Field("text", part)


_MIN_PHONE_DIGITS = 7


@cache
def _form_labels() -> dict[str, str]:
    """forms.toml's labels for where the person lives and their phone → ``location`` / ``phone``."""
    labels = vocab.load("forms")["labels"]
    kinds = {"location": "location", "city": "location", "address": "location", "phone": "phone"}
    return {label: kinds[key] for key in kinds for label in labels[key]}


def _form_field(part: str) -> tuple[str, str]:
    """``Проживает: Москва``, ``Adres: ul. Długa 5``, ``Тел.: +7 …``: (kind, value) after a known label, or ('', '')."""
    label, colon, value = part.partition(":")
    kind = _form_labels().get(label.strip().lower().rstrip(".")) if colon and value.strip() else None
    return (kind, value.strip()) if kind else ("", "")


def find_contacts(text: str) -> list[Field]:
    """Every contact field of a line; ``text`` kinds are the parts that are not contacts."""
    return [f for f in (field_of(p) for p in split_fields(text)) if f.value]


def is_contact(field: Field) -> bool:
    return field.kind in ("email", "phone", "url", "profile", "handle") or field.labelled


def is_contact_line(text: str) -> bool:
    return any(is_contact(f) for f in find_contacts(text))


_PLACE_WORD = re.compile(r"^[^\W\d_][\w.'’\- ]{0,40}$")
_US_ZIP = re.compile(r"^(?P<region>[A-Z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)$")
_EU_ZIP = re.compile(r"^(?P<zip>(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?|\d{4}-\d{3}|\d{2}-\d{3})\s+"
                     r"(?P<city>[^\W\d_][\w.'’\- ]{1,40})$")
#: ``Leeds LS1 4AP``: a British postcode after its town.
_UK_ZIP = re.compile(r"^(?P<city>[^\W\d_][\w.'’\- ]{1,40}?)\s+(?P<zip>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$")
_REGION_ZIP = re.compile(r"^(?P<region>[^\W\d_][^\d,]{1,30}?)\s+"
                         r"(?P<zip>(?:[A-Z]{1,3}\s)?\d{4,6}(?:-\d{4})?|\d{3}-\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
_POSTCODE = re.compile(r"\d{5,6}|\d{4}-\d{3}|\d{3}\s\d{2,3}|\d{4}\s?[A-Z]{2}|[A-Z]\d[A-Z]\s\d[A-Z]\d")
_PROVINCE = re.compile(r"\s*\(([A-Z]{2,3})\)$")
_CITY_STATE_ZIP = re.compile(r"(?P<city>[A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+){0,2})\s+(?P<region>[A-Z]{2,3})\s+"
                             r"(?P<zip>\d{4,5})")
#: ``GA United States``, ``DC 20009 US``: a state code, maybe its ZIP code, then the country, no comma between.
_STATE_COUNTRY = re.compile(r"^(?P<state>[A-Z]{2})(?:\s+(?P<zip>\d{5}(?:-\d{4})?))?"
                            r"\s+(?P<country>[^\W\d_][^\d,]{1,40})$")
#: ``1250-020 Lisbon (Portugal)``: the country in brackets after the city (Europass).
_COUNTRY_AFTER = re.compile(r"^(?P<place>.+?)\s*\((?P<country>[^\W\d_][^()]{1,40})\)$")
_DASH = re.compile(r"\s+[–—-]\s+")
_PART_SEP = re.compile(r"\s*,\s*|\s+[–—-]\s+")
_STREET = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])[\w.'’\- /]{3,60}$")


#: A Korean address, largest part first: a province (…도), then a city (…특별시, …광역시, …시, …군), then the rest.
_KO_ADDRESS = re.compile(r"^(?:(?P<region>[\uac00-\ud7af]{1,6}(?:특별자치도|도))\s+)?"
                         r"(?P<city>[\uac00-\ud7af]{1,6}(?:특별자치시|특별시|광역시|시|군))\s+(?P<address>\S.*\d.*)$")
#: ``大阪府``, ``神奈川県``, ``東京都``: a Japanese prefecture is named by its ending.
_JA_PREFECTURE = re.compile(r"^[\u3400-\u9fff]{1,4}[都道府県]$")


def _region(text: str) -> bool:
    codes, names = vocab.regions()
    return text in codes or text.lower() in names or bool(_JA_PREFECTURE.match(text))


def _holds_region(text: str) -> bool:
    """``Nova Scotia``, ``Nova Scotia B3H 1Y6``: a region, maybe with its postcode (so a code after it is a country)."""
    named = _REGION_ZIP.match(text)
    return _region(named.group("region") if named else text)


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(vocab.countries().values())


def place_parts(text: str) -> dict[str, str] | None:
    """``Berlin, Germany`` → city/countryCode; ``Austin, TX 78701`` → city/region/postalCode; else None.

    Why a gazetteer of countries and regions only: a place line is told
    from an organisation by its last part, which is nearly always a country
    or a state; city names are too many to list. Postal codes and a street
    in front are recognised by shape.
    """
    text = text.strip().strip(".")
    if not text or len(text) > 100:
        return None
    ko = _KO_ADDRESS.match(text) if "\uac00" <= text[0] <= "\ud7af" else None
    if ko:  # ``경기도 성남시 분당구 …``, ``서울특별시 마포구 …``: province, city, then the rest
        return {k: v for k, v in ko.groupdict().items() if v}
    dash = "-" in text or "–" in text or "—" in text  # (no dash, no comma: one part, no split needed; speed)
    dashed = _DASH.split(text, maxsplit=1) if dash else [text]
    after = place_parts(dashed[1]) if len(dashed) == 2 and "," in dashed[1] else None
    if after and after.get("city") and not _region(after["city"]) and not re.fullmatch(r"[A-Z]{2,3}", after["city"]):
        return None  # (``Mar Azul Seguros – Porto, Portugal``: a whole place after the dash; the head is no part of it)
    parts = [p.strip() for p in (_PART_SEP.split(text) if dash or "," in text else [text]) if p.strip()]
    out: dict[str, str] = {}
    countries = vocab.countries()
    bracket = _COUNTRY_AFTER.match(parts[-1]) if parts else None
    if bracket and bracket.group("country").lower() in countries:
        out["countryCode"] = countries[bracket.group("country").lower()]
        parts[-1] = bracket.group("place")
    spaced = _STATE_COUNTRY.match(parts[-1]) if len(parts) >= 2 else None
    if spaced and spaced.group("country").lower() in countries and spaced.group("state") in vocab.regions()[0]:
        out["countryCode"] = countries[spaced.group("country").lower()]  # ``Atlanta, GA United States`` (USAJOBS)
        parts[-1] = spaced.group("state")
        if spaced.group("zip"):
            out["postalCode"] = spaced.group("zip")
    if len(parts) >= 3 and parts[-1] in _country_codes() and _POSTCODE.fullmatch(parts[-2]):
        out["countryCode"] = parts.pop()  # ``…, 1015 AA, NL``: a code after the postcode is the country
    if len(parts) >= 2 and _POSTCODE.fullmatch(parts[-1]):  # ``Pune, Maharashtra - 411038``
        out["postalCode"] = parts.pop()
    country_last = bool(parts) and (parts[-1].lower() in countries or parts[-1] in _country_codes())
    if not 1 <= len(parts) <= (5 if country_last else 4):  # (a street in two parts, ward, city, region, country)
        return None
    codes = vocab.regions()[0]
    spaced_zip = _CITY_STATE_ZIP.fullmatch(parts[-1]) if len(parts) == 1 and not out else None
    if spaced_zip and spaced_zip.group("region") in codes:  # ``Dandenong VIC 3175``: no comma after the city
        return {"region": spaced_zip.group("region"), "postalCode": spaced_zip.group("zip"),
                "city": spaced_zip.group("city")}
    last = parts[-1]
    if "countryCode" in out:
        pass  # the country after the postcode closed the address
    elif last.lower() in countries:
        out["countryCode"] = countries[last.lower()]
        parts = parts[:-1]
    elif len(parts) >= 2 and last in _country_codes() and (last not in codes or _holds_region(parts[-2])):
        out["countryCode"] = last  # ``Bristol, GB``; ``Halifax, Nova Scotia, CA``: CA after a region is Canada
        parts = parts[:-1]
    elif _region(last) or (len(parts) == 2 and re.fullmatch(r"[A-Z]{2,3}", last)):
        out["region"] = last
        parts = parts[:-1]
    else:
        m = _US_ZIP.match(last)
        eu = _EU_ZIP.match(last)
        named = _REGION_ZIP.match(last)
        if m and m.group("region") in codes:
            out["region"], out["postalCode"] = m.group("region"), m.group("zip")
            parts = parts[:-1]
        elif named and _region(named.group("region")):
            # ``Maharashtra 411038``, ``QLD 4740``
            out["region"], out["postalCode"] = named.group("region"), named.group("zip")
            parts = parts[:-1]
        elif not (len(parts) <= 2 and ((eu and eu.group("zip")[0].isdigit()) or _UK_ZIP.match(last))) \
                and "postalCode" not in out:
            return None
    if not parts:
        if "region" in out and out["region"].lower() in ("remote", "hybrid"):
            return {"city": out["region"]}
        return out if "countryCode" in out and len(last) > 3 else None
    if "countryCode" in out and len(parts) >= 2 and (_region(parts[-1])
                                                      or re.fullmatch(r"[A-Z]{2,3}", parts[-1])):
        out["region"] = parts.pop()
    elif "countryCode" in out and len(parts) >= 2 and _US_ZIP.match(parts[-1]):
        m = _US_ZIP.match(parts.pop())
        out["region"], out["postalCode"] = m.group("region"), m.group("zip")  # type: ignore[union-attr]
    elif "countryCode" in out and len(parts) >= 2 and (named := _REGION_ZIP.match(parts[-1])) \
            and _region(named.group("region")):
        # ``California 94115, US``, ``Ontario M5V 2T6, CA``, ``ON M5J 2N8, Canada``
        out["region"], out["postalCode"] = named.group("region"), named.group("zip")
        parts.pop()
    elif "countryCode" in out and len(parts) == 2 and not any(c.isdigit() for p in parts for c in p) \
            and all(_PLACE_WORD.match(p) and len(p.split()) <= 3 for p in parts):
        out["region"] = parts.pop()  # ``Kraków, Małopolskie, PL``: city, region, country
    city = parts.pop()
    province = _PROVINCE.search(city)
    if province and "region" not in out:  # ``40121 Bologna (BO)``
        out["region"], city = province.group(1), city[:province.start()]
    m = _EU_ZIP.match(city) or _UK_ZIP.match(city)
    if m:
        out["postalCode"], city = m.group("zip"), m.group("city")
    if not _PLACE_WORD.match(city) or len(city.split()) > 4:
        return None
    out["city"] = city
    if parts:
        street = ", ".join(parts)
        # a street first (then ``Apt 5C``), or a locality in a postal address (``Kothrud, Pune … 411038``)
        if not (_STREET.match(parts[0]) or "postalCode" in out) or any(len(p) > 40 for p in parts):
            return None
        out["address"] = street
    words = {w.lower() for w in city.split()}
    if (words & vocab.words("organizations") or words & vocab.words("institutions")) and not _school_town(city, out):
        return None
    return out


def _school_town(city: str, place: dict[str, str]) -> bool:
    """``College Station, TX``, ``University Park, PA``, ``Institute, WV``: a town named after a school.

    Why so narrow: an institution word usually makes a name an organisation's
    (``Stanford University, CA``, ``University College London, UK``); a town
    is told by its state or country after it, the school word opening the
    name, and at most one plain word after that (never an acronym: ``MIT``).
    """
    if "region" not in place and "countryCode" not in place:
        return False
    first, *rest = city.split()
    kinds = vocab.words("organizations") | vocab.words("institutions")
    return first.lower() in vocab.words("institutions") and not first.isupper() and len(rest) <= 1 \
        and not any(w.lower() in kinds for w in rest)

